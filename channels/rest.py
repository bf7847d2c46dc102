"""The REST channel used by the web widget, guarded (see channels/guard.py).

Same URL and JSON as Rasa's `rest` channel (POST /webhooks/rest/webhook with
{"sender": "...", "message": "..."}; the reply is the list of bot messages), but a
malformed request gets a clear 400 instead of being filed under a shared default
sender, and the client cannot set the input channel or metadata. Streaming
(`?stream=true`) is not offered.
"""

import json
from typing import Any, Dict, Optional, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.blueprints import webhook_blueprint
from channels.guard import OnNewMessage, guarded

MAX_SENDER_CHARS = 128


def parse_request(body: bytes) -> Tuple[Optional[Dict[str, Any]], str]:
    """(the sender and message, or None) and the French error for a malformed request."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None, "Requête invalide : le corps doit être du JSON encodé en UTF-8."
    if not isinstance(data, dict):
        return None, "Requête invalide : un objet JSON {\"sender\": ..., \"message\": ...} est attendu."
    sender, message = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return None, f"Requête invalide : « sender » doit être un texte non vide de {MAX_SENDER_CHARS} caractères au plus."
    if not isinstance(message, str):
        return None, "Requête invalide : « message » doit être un texte."
    return {"sender": sender.strip(), "message": message}, ""


class GuardedRestInput(RestInput):
    """Rasa's REST channel, guarded and strict about its input."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = webhook_blueprint(f"guarded_webhook_{type(self).__name__}", __name__)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            parsed, error = parse_request(request.body or b"")
            if parsed is None:
                return response.json({"error": error}, status=400)
            collector = CollectingOutputChannel()
            await handle(
                UserMessage(parsed["message"], collector, parsed["sender"], input_channel=self.name())
            )
            return response.json(collector.messages)

        return webhook
