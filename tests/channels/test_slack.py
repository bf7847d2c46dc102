"""Slack: a signed Events API direct message gets the French answer through chat.postMessage."""

import hashlib
import hmac
import json
import time

from tests.channels import conftest
from tests.channels.webhook import post

USER, DM_CHANNEL = "U0TESTUSER", "D0TESTDM01"


def _event(text: str) -> bytes:
    # https://api.slack.com/apis/events-api#callback-field (event_callback, message.im)
    ts = f"{time.time():.6f}"
    return json.dumps({
        "token": "fake-verification-token", "team_id": "T0TEAM", "api_app_id": "A0APP",
        "type": "event_callback", "event_id": "Ev0TEST", "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0TEAM", "user_id": "U0BOTUSER", "is_bot": True}],
        "event": {"type": "message", "channel_type": "im", "channel": DM_CHANNEL, "user": USER,
                  "text": text, "ts": ts, "event_ts": ts},
    }).encode("utf-8")


def _signed(body: bytes) -> dict:
    # https://api.slack.com/authentication/verifying-requests-from-slack
    timestamp = str(int(time.time()))
    base = b"v0:" + timestamp.encode() + b":" + body
    digest = hmac.new(conftest.SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": f"v0={digest}"}


def test_a_question_gets_the_french_answer(servers, platforms):
    body = _event("Qui finance les missions locales ?")
    status, _ = post(f"{servers.rasa_url}/webhooks/slack/webhook", body, _signed(body))
    assert status == 200
    # Slack's channel answers the webhook at once and replies in the background.
    sent = platforms["slack"].wait_for(lambda r: r["path"] == "/api/chat.postMessage"
                                       and r["body"].get("channel") == DM_CHANNEL, settle=2)
    assert sent[0]["headers"].get("Authorization") == f"Bearer {conftest.SLACK_TOKEN}"
    text = " ".join(r["body"].get("text", "") for r in sent)
    # data/faq/financement.yml, topic financement
    assert "Les missions locales sont financées par l'État, la Région, le Département" in text


def test_an_unsigned_event_is_refused(servers, platforms):
    before = len(platforms["slack"].received)
    status, _ = post(f"{servers.rasa_url}/webhooks/slack/webhook", _event("Bonjour"),
                     {"Content-Type": "application/json"})
    assert status == 400
    time.sleep(1)
    assert len(platforms["slack"].received) == before
