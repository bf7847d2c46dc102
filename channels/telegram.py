"""Telegram, guarded, with these changes to Rasa's channel:

- the Bot API base URL comes from ML_TELEGRAM_API_URL (default: Telegram's), so the
  tests can use a local fake;
- the webhook is registered with a `secret_token` derived from the bot token, and an
  update without the matching X-Telegram-Bot-Api-Secret-Token header gets 403 (Rasa's
  channel accepts updates from anyone);
- Rasa's channel shares one output channel between all messages; the guard counts each
  message's replies through a proxy of its own, so that is safe.

Rasa's connector calls `setWebhook` once at start, in a short-lived event loop of its
own; the bot's HTTP session is closed there, so that the server's loop opens a fresh
one instead of reusing a session bound to a closed loop.
"""

import asyncio
import hashlib
import hmac
from typing import Any, Optional

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guard import OnNewMessage, guarded
from core import settings

API_URL_VARIABLE = "ML_TELEGRAM_API_URL"
DEFAULT_API_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_secret(access_token: str) -> str:
    """The webhook's secret token (Telegram allows A-Z, a-z, 0-9, _ and -; 1 to 256)."""
    return hashlib.sha256(b"missions-locales-webhook:" + access_token.encode("utf-8")).hexdigest()


class ConfigurableTelegramOutput(TelegramOutput):
    def __init__(self, access_token: str) -> None:
        server = TelegramAPIServer.from_base(settings.text(API_URL_VARIABLE) or DEFAULT_API_URL)
        Bot.__init__(self, access_token, server=server)
        self.secret_token = webhook_secret(access_token)

    async def set_webhook(self, url: Optional[str], *args: Any, **kwargs: Any) -> bool:
        """setWebhook, always with the secret token (aiogram 2.15 predates that field)."""
        return await self.request("setWebhook", {"url": url, "secret_token": self.secret_token})


class GuardedTelegramInput(TelegramInput):
    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = super().blueprint(guarded(on_new_message))
        secret = webhook_secret(self.access_token or "")

        @webhook.middleware("request")
        async def only_from_telegram(request: Request) -> Optional[HTTPResponse]:
            if request.method == "POST" and request.path.endswith("/webhook"):
                if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
                    return response.text("invalid secret token", status=403)
            return None

        return webhook

    def get_output_channel(self) -> ConfigurableTelegramOutput:
        channel = ConfigurableTelegramOutput(self.access_token)

        async def register_webhook() -> None:
            try:
                await channel.set_webhook(self.webhook_url)
            finally:
                await channel.session.close()

        try:
            asyncio.run(register_webhook())
        except TelegramAPIError as error:
            raise RasaException(f"Failed to set the Telegram webhook: {error}") from error
        return channel
