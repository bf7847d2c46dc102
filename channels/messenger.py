"""Facebook Messenger, guarded, with these changes to Rasa's channel:

- the Graph API base URL (version included) comes from ML_FACEBOOK_API_URL (default:
  the one fbmessenger uses), so the tests can use a local fake;
- the request signature is checked with X-Hub-Signature-256 (HMAC-SHA256 of the body
  with the app secret), or else X-Hub-Signature (SHA1), in constant time; an invalid
  one gets 403;
- buttons go out as quick replies (up to 11): Rasa's button template drops every
  button beyond three, and homonyms have four. Quick-reply titles hold 20 characters;
  when a title is longer (most FAQ topic labels, "Saint-Denis (La Réunion)"), the
  text lists the full titles, numbered, and the quick replies start with the number.
"""

import hashlib
import hmac
from typing import Any, Dict, List, Mapping, Tuple

from fbmessenger import MessengerClient
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput, Messenger, MessengerBot
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import text_choices
from channels.blueprints import webhook_blueprint
from channels.guard import OnNewMessage, guarded
from core import settings
from core.replies import sentence

API_URL_VARIABLE = "ML_FACEBOOK_API_URL"
DEFAULT_API_URL = "https://graph.facebook.com/v2.12"
MAX_QUICK_REPLIES, MAX_TITLE = 11, 20  # fbmessenger refuses more than 11


def graph_client(page_access_token: str) -> MessengerClient:
    client = MessengerClient(page_access_token)
    client.graph_url = (settings.text(API_URL_VARIABLE) or DEFAULT_API_URL).rstrip("/")
    return client


def signature_valid(app_secret: str, body: bytes, headers: Mapping[str, str]) -> bool:
    """Meta's check: "sha256=<hex HMAC of the body>" (or the older "sha1=...")."""
    for header, prefix, digest in (("X-Hub-Signature-256", "sha256=", hashlib.sha256),
                                   ("X-Hub-Signature", "sha1=", hashlib.sha1)):
        value = headers.get(header) or ""
        if value:
            expected = prefix + hmac.new(app_secret.encode("utf-8"), body, digest).hexdigest()
            return hmac.compare_digest(value, expected)
    return False


CHOOSE_BELOW = sentence("utter_choisir_ci_dessous")


def _cut(title: str) -> str:
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1].rstrip() + "…"


def with_quick_replies(text: str, buttons: List[Dict[str, Any]]) -> Tuple[str, List[Dict[str, str]]]:
    """The message text and its quick replies; numbered when a title does not fit."""
    buttons = buttons[:MAX_QUICK_REPLIES]
    titles = [str(button.get("title", "")) for button in buttons]
    if any(len(title) > MAX_TITLE for title in titles):
        text = text_choices.numbered_choices(text, buttons, CHOOSE_BELOW)
        titles = [_cut(f"{number}. {title}") for number, title in enumerate(titles, 1)]
    replies = [{"content_type": "text", "title": title, "payload": str(button.get("payload", ""))}
               for title, button in zip(titles, buttons)]
    return text, replies


class QuickReplyMessengerBot(MessengerBot):
    async def send_text_with_buttons(self, recipient_id: str, text: str,
                                     buttons: List[Dict[str, Any]], **kwargs: Any) -> None:
        await self.send_quick_replies(recipient_id, *with_quick_replies(text, buttons))


class ConfigurableMessenger(Messenger):
    """Rasa's per-request webhook handler, through the configured Graph API URL."""

    def __init__(self, page_access_token: str, on_new_message: OnNewMessage) -> None:
        super().__init__(page_access_token, on_new_message)
        self.client = graph_client(page_access_token)

    async def _handle_user_message(self, text: str, sender_id: str, metadata: Any) -> None:
        out_channel = QuickReplyMessengerBot(self.client)
        await out_channel.send_action(sender_id, sender_action="mark_seen")
        await out_channel.send_action(sender_id, sender_action="typing_on")
        try:
            await self.on_new_message(
                UserMessage(text, out_channel, sender_id, input_channel=self.name(), metadata=metadata)
            )
        finally:
            await out_channel.send_action(sender_id, sender_action="typing_off")


class GuardedFacebookInput(FacebookInput):
    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = webhook_blueprint("guarded_fb_webhook", __name__)

        @webhook.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            if self.fb_verify and request.args.get("hub.verify_token") == self.fb_verify:
                return response.text(request.args.get("hub.challenge") or "")
            return response.text("invalid verify token", status=403)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not signature_valid(self.fb_secret or "", request.body or b"", request.headers):
                return response.text("invalid signature", status=403)
            messenger = ConfigurableMessenger(self.fb_access_token, handle)
            await messenger.handle(request.json, self.get_metadata(request))
            return response.text("success")

        return webhook

    def get_output_channel(self) -> MessengerBot:
        return QuickReplyMessengerBot(graph_client(self.fb_access_token))
