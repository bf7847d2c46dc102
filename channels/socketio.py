"""Rasa's socket.io channel, guarded (see channels/guard.py)."""

from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from channels.guard import OnNewMessage, guarded


class GuardedSocketIOInput(SocketIOInput):
    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(guarded(on_new_message))
