"""Slack, guarded, with the Web API base URL taken from ML_SLACK_API_URL (default:
Slack's), so the tests can use a local fake. Rasa's channel already checks
X-Slack-Signature and X-Slack-Request-Timestamp against the signing secret."""

from typing import Optional

from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint
from slack_sdk.web.async_client import AsyncWebClient

from channels.guard import OnNewMessage, guarded
from core import settings

API_URL_VARIABLE = "ML_SLACK_API_URL"
DEFAULT_API_URL = "https://slack.com/api/"


class ConfigurableSlackBot(SlackBot):
    def __init__(self, token: str, slack_channel: Optional[str] = None,
                 thread_id: Optional[str] = None, proxy: Optional[str] = None) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        base_url = (settings.text(API_URL_VARIABLE) or DEFAULT_API_URL).rstrip("/") + "/"
        self.client = AsyncWebClient(token, proxy=proxy, base_url=base_url)


class GuardedSlackInput(SlackInput):
    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return super().blueprint(guarded(on_new_message))

    def get_output_channel(self, channel: Optional[str] = None,
                           thread_id: Optional[str] = None) -> ConfigurableSlackBot:
        return ConfigurableSlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy)
