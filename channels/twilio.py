"""Twilio (SMS and WhatsApp), guarded, with three changes to Rasa's channel:

- a request is accepted only with a valid X-Twilio-Signature, computed over the public
  webhook URL (`webhook_url` in the credentials: behind a proxy the URL the server sees
  differs) and every form field, blank ones included; otherwise 403;
- SMS and WhatsApp cannot show buttons: choices go out as one numbered message, and a
  typed number is mapped back to the payload of the matching button of the last bot
  turn, read from the tracker store (so it survives a restart);
- the API base URL comes from ML_TWILIO_API_URL (default: Twilio's), so the tests can
  use a local fake.

WhatsApp senders arrive as "whatsapp:+33..."; the reply then goes out from
"whatsapp:" + the Twilio number.
"""

import logging
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from channels import text_choices
from channels.blueprints import webhook_blueprint
from channels.guard import OnNewMessage, guarded
from core import settings

logger = logging.getLogger(__name__)

API_URL_VARIABLE = "ML_TWILIO_API_URL"
DEFAULT_API_URL = "https://api.twilio.com"
WHATSAPP = "whatsapp:"


def signature_valid(auth_token: str, webhook_url: str, body: bytes, signature: str) -> bool:
    """Twilio's check: HMAC-SHA1 of the URL and the sorted form fields, in base64."""
    if not signature:
        return False
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return False
    return RequestValidator(auth_token).validate(webhook_url, RequestParameters(fields), signature)


def sender_number(twilio_number: str, recipient: str) -> str:
    """The "from" number for a recipient: WhatsApp replies come from the WhatsApp sender."""
    if recipient.startswith(WHATSAPP) and not twilio_number.startswith(WHATSAPP):
        return WHATSAPP + twilio_number
    return twilio_number


class TextOnlyTwilioOutput(TwilioOutput):
    """Rasa's Twilio output, with a configurable API URL and buttons as a numbered list."""

    def __init__(self, account_sid: str, auth_token: str, twilio_number: str) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        self.api.base_url = settings.text(API_URL_VARIABLE) or DEFAULT_API_URL

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: List[Dict[str, Any]], **kwargs: Any
    ) -> None:
        body = text_choices.numbered_choices(text, buttons)
        await self._send_message({"to": recipient_id, "from_": self.twilio_number, "body": body})


class GuardedTwilioInput(TwilioInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "GuardedTwilioInput":
        channel = super().from_credentials(credentials)  # raises when credentials are missing
        channel.webhook_url = credentials.get("webhook_url") or ""
        return channel

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = webhook_blueprint("guarded_twilio_webhook", __name__)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            signature = request.headers.get("X-Twilio-Signature", "")
            if not signature_valid(self.auth_token, self.webhook_url, request.body or b"", signature):
                logger.warning("twilio: request refused, invalid X-Twilio-Signature")
                return response.text("invalid signature", status=403)
            sender, text = request.form.get("From"), request.form.get("Body")
            if not sender:
                return response.text("", status=204)
            output = self.get_output_channel(sender)
            number = text_choices.typed_number(text)
            if number is not None:
                buttons = await self._last_buttons(request, sender)
                if buttons and not 1 <= number <= len(buttons):
                    await output.send_text_message(sender, text_choices.out_of_range(len(buttons)))
                    return response.text("", status=204)
                if buttons:
                    text = buttons[number - 1].get("payload") or text
            await handle(UserMessage(text or "", output, sender, input_channel=self.name(),
                                     metadata=self.get_metadata(request)))
            return response.text("", status=204)

        return webhook

    @staticmethod
    async def _last_buttons(request: Request, sender: str) -> List[Dict[str, Any]]:
        try:
            tracker = await request.app.ctx.agent.tracker_store.retrieve(sender)
        except Exception:  # noqa: BLE001 - without the history, the number goes to NLU as typed
            logger.exception("twilio: could not read the conversation to map a typed number")
            return []
        if tracker is None:
            return []
        return text_choices.last_turn_buttons(event.as_dict() for event in tracker.events)

    def get_output_channel(self, recipient: str = "") -> TextOnlyTwilioOutput:
        return TextOnlyTwilioOutput(self.account_sid, self.auth_token,
                                    sender_number(self.twilio_number or "", recipient))
