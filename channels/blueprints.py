"""The webhook blueprint shared by our channels that define their own routes."""

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse


def webhook_blueprint(name: str, module: str) -> Blueprint:
    """A blueprint named `name` with Rasa's usual health route (GET / -> {"status": "ok"})."""
    blueprint = Blueprint(name, module)

    @blueprint.route("/", methods=["GET"])
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    return blueprint
