"""Telegram: an Update posted to the webhook gets the French answer through the Bot API."""

import json
import time

from channels.telegram import webhook_secret
from tests.channels import conftest
from tests.channels.webhook import post

CHAT_ID = 987654321


def _update(update_id: int, text: str) -> dict:
    # https://core.telegram.org/bots/api#update (a private chat message)
    person = {"id": CHAT_ID, "is_bot": False, "first_name": "Léa", "language_code": "fr"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id, "date": int(time.time()), "text": text,
            "from": person, "chat": {"id": CHAT_ID, "type": "private", "first_name": "Léa"},
        },
    }


def _sent_to_chat(received) -> bool:
    return received["path"].endswith("/sendMessage") and received["body"].get("chat_id") == str(CHAT_ID)


def test_the_webhook_was_registered_at_start(servers, platforms):
    calls = platforms["telegram"].matching(lambda r: r["path"].endswith("/setWebhook"))
    assert calls, "setWebhook was not called at start"
    assert calls[0]["path"] == f"/bot{conftest.TELEGRAM_TOKEN}/setWebhook"
    assert calls[0]["body"]["url"] == conftest.TELEGRAM_WEBHOOK
    assert calls[0]["body"]["secret_token"] == webhook_secret(conftest.TELEGRAM_TOKEN)


def test_a_question_gets_the_french_answer(servers, platforms):
    status, _ = post(f"{servers.rasa_url}/webhooks/telegram/webhook",
                     json.dumps(_update(1001, "Qui finance les missions locales ?")).encode("utf-8"),
                     {"Content-Type": "application/json",
                      "X-Telegram-Bot-Api-Secret-Token": webhook_secret(conftest.TELEGRAM_TOKEN)})
    assert status == 200
    sent = platforms["telegram"].wait_for(_sent_to_chat)
    text = " ".join(r["body"]["text"] for r in sent)
    # data/faq/financement.yml, topic financement
    assert "Les missions locales sont financées par l'État, la Région, le Département" in text
    assert "Fonds social européen (FSE)" in text


def test_an_update_without_the_secret_token_is_refused(servers, platforms):
    before = len(platforms["telegram"].received)
    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guessed"}):
        status, _ = post(f"{servers.rasa_url}/webhooks/telegram/webhook",
                         json.dumps(_update(1002, "Bonjour")).encode("utf-8"),
                         {"Content-Type": "application/json", **headers})
        assert status == 403
    time.sleep(1)
    assert len(platforms["telegram"].received) == before
