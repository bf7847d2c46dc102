"""One start of the real action and Rasa servers with the four messaging platforms
turned on by (fake) credentials, and one local fake of each platform's API.

The platforms' real APIs cannot be reached here: each `FakeApi` (tests/channels/fakes.py)
stands in for one, records what the assistant sends it and answers as the platform does.
The webhook payloads the tests post are in each platform's real format and signed as
the platform signs them.
"""

import pytest

from launcher import ports
from launcher.model import ensure_trained
from launcher.servers import Servers
from tests.channels import fakes

RASA_PORT, ACTION_PORT = ports.CHANNELS
TELEGRAM_PORT, MESSENGER_PORT, SLACK_PORT, TWILIO_PORT = (
    ports.CHANNEL_FAKES[name] for name in ("telegram", "messenger", "slack", "twilio"))

# Fake credentials, in each platform's own shape.
TELEGRAM_TOKEN = "123456789:AAEfakeTokenForTheChannelTests_0123456"
TELEGRAM_BOT = "assistant_ml_test_bot"
TELEGRAM_WEBHOOK = "https://assistant.example/webhooks/telegram/webhook"
FACEBOOK_SECRET = "fake-app-secret-0123456789abcdef"
FACEBOOK_PAGE_TOKEN = "EAAfakePageAccessToken"
SLACK_TOKEN = "xoxb-0000000000-fake-token"
SLACK_SIGNING_SECRET = "fake8f742231b10e8888abcd99yyyzzz"
TWILIO_SID = "AC" + "f" * 32
TWILIO_TOKEN = "fake-twilio-auth-token-0123456789"
TWILIO_NUMBER = "+33700000000"
# The public URL Twilio signs: behind a proxy it differs from the URL the server sees.
TWILIO_WEBHOOK = "https://assistant.example/webhooks/twilio/webhook"


@pytest.fixture(scope="session")
def platforms():
    started = {
        "telegram": fakes.FakeApi(TELEGRAM_PORT, fakes.telegram_answer(TELEGRAM_BOT)).start(),
        "facebook": fakes.FakeApi(MESSENGER_PORT, fakes.messenger_answer).start(),
        "slack": fakes.FakeApi(SLACK_PORT, fakes.slack_answer).start(),
        "twilio": fakes.FakeApi(TWILIO_PORT, fakes.twilio_answer).start(),
    }
    yield started
    for fake in started.values():
        fake.stop()


@pytest.fixture(scope="session")
def servers(platforms, tmp_path_factory):
    env = {
        "ML_TELEGRAM_TOKEN": TELEGRAM_TOKEN,
        "ML_TELEGRAM_VERIFY": TELEGRAM_BOT,
        "ML_TELEGRAM_WEBHOOK_URL": TELEGRAM_WEBHOOK,
        "ML_TELEGRAM_API_URL": platforms["telegram"].url,
        "ML_FACEBOOK_VERIFY": "fake-verify-token",
        "ML_FACEBOOK_SECRET": FACEBOOK_SECRET,
        "ML_FACEBOOK_PAGE_ACCESS_TOKEN": FACEBOOK_PAGE_TOKEN,
        "ML_FACEBOOK_API_URL": platforms["facebook"].url + "/v19.0",
        "ML_SLACK_TOKEN": SLACK_TOKEN,
        "ML_SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "ML_SLACK_API_URL": platforms["slack"].url + "/api/",
        "ML_TWILIO_ACCOUNT_SID": TWILIO_SID,
        "ML_TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "ML_TWILIO_NUMBER": TWILIO_NUMBER,
        "ML_TWILIO_WEBHOOK_URL": TWILIO_WEBHOOK,
        "ML_TWILIO_API_URL": platforms["twilio"].url,
    }
    data_dir = tmp_path_factory.mktemp("channels-state")
    with Servers(ensure_trained(), rasa_port=RASA_PORT, action_port=ACTION_PORT,
                 data_dir=data_dir, extra_env=env) as running:
        yield running
