"""The credentials file the launcher writes for the Rasa server (launcher/credentials.py)."""

import stat

import pytest
import rasa.shared.utils.io

from launcher.credentials import CredentialsError, enabled_platforms, write_credentials

ALWAYS_ON = {
    "channels.rest.GuardedRestInput": None,
    "channels.socketio.GuardedSocketIOInput": {
        "user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered", "session_persistence": True,
    },
}

ALL_PLATFORMS = {
    "ML_TELEGRAM_TOKEN": "123:abc", "ML_TELEGRAM_VERIFY": "ml_bot",
    "ML_TELEGRAM_WEBHOOK_URL": "https://h.example/webhooks/telegram/webhook",
    "ML_FACEBOOK_VERIFY": "v", "ML_FACEBOOK_SECRET": "s", "ML_FACEBOOK_PAGE_ACCESS_TOKEN": "EAA",
    "ML_SLACK_TOKEN": "xoxb-1", "ML_SLACK_SIGNING_SECRET": "sss",
    "ML_TWILIO_ACCOUNT_SID": "AC1", "ML_TWILIO_AUTH_TOKEN": "t", "ML_TWILIO_NUMBER": "+33700000000",
    "ML_TWILIO_WEBHOOK_URL": "https://h.example/webhooks/twilio/webhook",
}


def _read(path):
    """As the Rasa server reads it."""
    return rasa.shared.utils.io.read_config_file(str(path))


def test_without_platform_variables_only_rest_and_socketio(tmp_path):
    path = write_credentials(tmp_path, {"HOME": "/home/x", "ML_SLACK_TOKEN": "  "})
    assert path == tmp_path / "credentials.yml"
    assert _read(path) == ALWAYS_ON
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_every_platform_whose_variables_are_set(tmp_path):
    content = _read(write_credentials(tmp_path, {**ALL_PLATFORMS, "ML_SLACK_CHANNEL": "#aide"}))
    assert content == {
        **ALWAYS_ON,
        "channels.telegram.GuardedTelegramInput": {
            "access_token": "123:abc", "verify": "ml_bot",
            "webhook_url": "https://h.example/webhooks/telegram/webhook",
        },
        "channels.messenger.GuardedFacebookInput": {"verify": "v", "secret": "s", "page-access-token": "EAA"},
        "channels.slack.GuardedSlackInput": {
            "slack_token": "xoxb-1", "slack_signing_secret": "sss", "slack_channel": "#aide",
        },
        "channels.twilio.GuardedTwilioInput": {
            "account_sid": "AC1", "auth_token": "t", "twilio_number": "+33700000000",
            "webhook_url": "https://h.example/webhooks/twilio/webhook",
        },
    }
    assert enabled_platforms(ALL_PLATFORMS) == ["Telegram", "Facebook Messenger", "Slack", "Twilio"]


def test_values_are_written_as_strings_never_expanded(tmp_path):
    tricky = {"ML_SLACK_TOKEN": "${HOME}", "ML_SLACK_SIGNING_SECRET": "yes: no # 'x' \"y\"\n"}
    content = _read(write_credentials(tmp_path, tricky))
    assert content["channels.slack.GuardedSlackInput"] == {
        "slack_token": "${HOME}", "slack_signing_secret": "yes: no # 'x' \"y\"",
    }


def test_a_partly_configured_platform_names_what_is_missing(tmp_path):
    with pytest.raises(CredentialsError) as error:
        write_credentials(tmp_path, {"ML_TWILIO_ACCOUNT_SID": "AC1", "ML_TWILIO_AUTH_TOKEN": "t"})
    message = str(error.value)
    assert "Twilio" in message
    assert "ML_TWILIO_NUMBER, ML_TWILIO_WEBHOOK_URL are not set" in message
    assert "ML_TWILIO_ACCOUNT_SID" in message  # what to unset to turn it off
    assert not (tmp_path / "credentials.yml").exists()


def test_an_optional_variable_alone_is_a_partial_configuration(tmp_path):
    with pytest.raises(CredentialsError, match="Slack is partly configured: ML_SLACK_TOKEN, "
                                               "ML_SLACK_SIGNING_SECRET are not set"):
        write_credentials(tmp_path, {"ML_SLACK_CHANNEL": "#aide"})
