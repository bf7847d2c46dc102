"""The platform channels (channels/): request signatures, configurable API URLs, and what
each changes in the way Rasa's connector talks to the platform."""

import hashlib
import hmac
from urllib.parse import urlencode

from channels import messenger, slack, telegram, twilio

# Twilio's documented example (webhooks security page and its request-validator tests).
TWILIO_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
TWILIO_PARAMS = {"CallSid": "CA1234567890ABCDE", "Caller": "+14158675309", "Digits": "1234",
                 "From": "+14158675309", "To": "+18005551212"}
TWILIO_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8="


def test_twilio_signature_of_the_documented_example():
    body = urlencode(TWILIO_PARAMS).encode()
    assert twilio.signature_valid("12345", TWILIO_URL, body, TWILIO_SIGNATURE)
    reordered = urlencode(dict(reversed(list(TWILIO_PARAMS.items())))).encode()
    assert twilio.signature_valid("12345", TWILIO_URL, reordered, TWILIO_SIGNATURE)


def test_twilio_signature_refusals():
    body = urlencode(TWILIO_PARAMS).encode()
    assert not twilio.signature_valid("54321", TWILIO_URL, body, TWILIO_SIGNATURE)
    assert not twilio.signature_valid("12345", "http://127.0.0.1:5005/webhooks/twilio/webhook", body,
                                      TWILIO_SIGNATURE)
    assert not twilio.signature_valid("12345", TWILIO_URL, body.replace(b"1234&", b"9999&"), TWILIO_SIGNATURE)
    assert not twilio.signature_valid("12345", TWILIO_URL, body, "")
    assert not twilio.signature_valid("12345", TWILIO_URL, b"\xff\xfe", TWILIO_SIGNATURE)


def test_twilio_blank_fields_count_in_the_signature():
    # Twilio signs every field it sends, blank ones included (e.g. "FromCity=").
    import base64

    url = "https://h.example/webhooks/twilio/webhook"
    data = url + "Body" + "bonjour" + "From" + "+33611223344" + "FromCity" + ""
    expected = base64.b64encode(hmac.new(b"tok", data.encode(), hashlib.sha1).digest()).decode()
    body = b"From=%2B33611223344&FromCity=&Body=bonjour"
    assert twilio.signature_valid("tok", url, body, expected)


def test_whatsapp_replies_come_from_the_whatsapp_sender():
    assert twilio.sender_number("+33700000000", "whatsapp:+33611223344") == "whatsapp:+33700000000"
    assert twilio.sender_number("whatsapp:+33700000000", "whatsapp:+33611223344") == "whatsapp:+33700000000"
    assert twilio.sender_number("+33700000000", "+33611223344") == "+33700000000"


def test_messenger_signature_sha256_then_sha1():
    body = b'{"object":"page","entry":[]}'
    sha256 = "sha256=" + hmac.new(b"app-secret", body, hashlib.sha256).hexdigest()
    sha1 = "sha1=" + hmac.new(b"app-secret", body, hashlib.sha1).hexdigest()
    assert messenger.signature_valid("app-secret", body, {"X-Hub-Signature-256": sha256})
    assert messenger.signature_valid("app-secret", body, {"X-Hub-Signature": sha1})
    assert not messenger.signature_valid("other", body, {"X-Hub-Signature-256": sha256})
    assert not messenger.signature_valid("app-secret", body + b" ", {"X-Hub-Signature-256": sha256})
    assert not messenger.signature_valid("app-secret", body, {"X-Hub-Signature-256": sha1})
    assert not messenger.signature_valid("app-secret", body, {})


def test_api_urls_default_to_the_platforms(monkeypatch):
    for variable in ("ML_TELEGRAM_API_URL", "ML_FACEBOOK_API_URL", "ML_SLACK_API_URL", "ML_TWILIO_API_URL"):
        monkeypatch.delenv(variable, raising=False)
    assert telegram.ConfigurableTelegramOutput("123:abc").server.api_url("123:abc", "getMe") == \
        "https://api.telegram.org/bot123:abc/getMe"
    assert messenger.graph_client("EAA").graph_url == "https://graph.facebook.com/v2.12"
    assert slack.ConfigurableSlackBot("xoxb-1").client.base_url == "https://slack.com/api/"
    assert twilio.TextOnlyTwilioOutput("AC1", "t", "+337").api.base_url == "https://api.twilio.com"


def test_api_urls_from_the_environment(monkeypatch):
    monkeypatch.setenv("ML_TELEGRAM_API_URL", "http://127.0.0.1:5391/")
    monkeypatch.setenv("ML_FACEBOOK_API_URL", "http://127.0.0.1:5392/v19.0")
    monkeypatch.setenv("ML_SLACK_API_URL", "http://127.0.0.1:5393/api")
    monkeypatch.setenv("ML_TWILIO_API_URL", "http://127.0.0.1:5394")
    assert telegram.ConfigurableTelegramOutput("123:abc").server.api_url("123:abc", "getMe") == \
        "http://127.0.0.1:5391/bot123:abc/getMe"
    assert messenger.graph_client("EAA").graph_url == "http://127.0.0.1:5392/v19.0"
    assert slack.ConfigurableSlackBot("xoxb-1").client.base_url == "http://127.0.0.1:5393/api/"
    channel = twilio.GuardedTwilioInput.from_credentials({
        "account_sid": "AC1", "auth_token": "t", "twilio_number": "+33700000000",
        "webhook_url": "https://h.example/webhooks/twilio/webhook",
    })
    output = channel.get_output_channel("whatsapp:+33611223344")
    assert output.api.base_url == "http://127.0.0.1:5394"
    assert output.twilio_number == "whatsapp:+33700000000"
    assert channel.webhook_url == "https://h.example/webhooks/twilio/webhook"


def test_messenger_titles_that_fit_go_out_as_they_are():
    buttons = [{"title": "Saint-Denis (93)", "payload": "mission locale de Saint-Denis 93200"},
               {"title": "Saint-Denis (11)", "payload": "mission locale de Saint-Denis 11310"}]
    assert messenger.with_quick_replies("Laquelle ?", buttons) == ("Laquelle ?", [
        {"content_type": "text", "title": "Saint-Denis (93)", "payload": "mission locale de Saint-Denis 93200"},
        {"content_type": "text", "title": "Saint-Denis (11)", "payload": "mission locale de Saint-Denis 11310"},
    ])


def test_messenger_long_titles_are_listed_in_full_and_the_quick_replies_numbered():
    buttons = [{"title": "Saint-Denis (La Réunion)", "payload": "mission locale de Saint-Denis 97400"},
               {"title": "Saint-Denis (93)", "payload": "mission locale de Saint-Denis 93200"}]
    text, replies = messenger.with_quick_replies("Laquelle est la vôtre ?", buttons)
    assert text == ("Laquelle est la vôtre ?\n1. Saint-Denis (La Réunion)\n2. Saint-Denis (93)\n"
                    "Choisissez votre réponse ci-dessous.")
    assert replies == [
        {"content_type": "text", "title": "1. Saint-Denis (La…", "payload": "mission locale de Saint-Denis 97400"},
        {"content_type": "text", "title": "2. Saint-Denis (93)", "payload": "mission locale de Saint-Denis 93200"},
    ]
    assert all(len(r["title"]) <= 20 for r in replies)


def test_messenger_sends_at_most_eleven_quick_replies():
    buttons = [{"title": f"Choix {n}", "payload": f"/choix{n}"} for n in range(15)]
    assert len(messenger.with_quick_replies("?", buttons)[1]) == 11


def test_telegram_webhook_secret_is_stable_and_allowed_by_telegram():
    import re

    secret = telegram.webhook_secret("123:abc")
    assert secret == telegram.webhook_secret("123:abc") != telegram.webhook_secret("123:abd")
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret)
