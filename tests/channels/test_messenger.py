"""Facebook Messenger: a signed page event gets the French answer through the Send API."""

import hashlib
import hmac
import json
import time

from tests.channels import conftest
from tests.channels.webhook import post

PAGE_ID, PSID = "1122334455", "9988776655443322"


def _page_event(text: str) -> bytes:
    # https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
    now = int(time.time() * 1000)
    return json.dumps({
        "object": "page",
        "entry": [{"id": PAGE_ID, "time": now, "messaging": [{
            "sender": {"id": PSID}, "recipient": {"id": PAGE_ID}, "timestamp": now,
            "message": {"mid": f"m_{now}", "text": text},
        }]}],
    }).encode("utf-8")


def _signed(body: bytes, secret: str = conftest.FACEBOOK_SECRET) -> dict:
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={digest}"}


def _texts_to_user(received) -> bool:
    body = received["body"]
    return (received["path"] == "/v19.0/me/messages" and body.get("recipient", {}).get("id") == PSID
            and "message" in body)


def test_a_question_gets_the_french_answer(servers, platforms):
    body = _page_event("Qui finance les missions locales ?")
    status, _ = post(f"{servers.rasa_url}/webhooks/facebook/webhook", body, _signed(body))
    assert status == 200
    sent = platforms["facebook"].wait_for(_texts_to_user)
    assert all(r["query"]["access_token"] == conftest.FACEBOOK_PAGE_TOKEN for r in sent)
    text = " ".join(r["body"]["message"].get("text", "") for r in sent)
    # data/faq/financement.yml, topic financement
    assert "Les missions locales sont financées par l'État, la Région, le Département" in text


def test_a_wrongly_signed_event_is_refused(servers, platforms):
    before = len(platforms["facebook"].received)
    body = _page_event("Bonjour")
    status, _ = post(f"{servers.rasa_url}/webhooks/facebook/webhook", body, _signed(body, "not-the-secret"))
    assert status == 403
    time.sleep(1)
    assert len(platforms["facebook"].received) == before


def test_the_verify_token_challenge(servers):
    import urllib.request

    url = (f"{servers.rasa_url}/webhooks/facebook/webhook?hub.mode=subscribe"
           "&hub.verify_token=fake-verify-token&hub.challenge=1158201444")
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.read().decode("utf-8") == "1158201444"


def test_homonyms_come_as_quick_replies_and_one_answers(servers, platforms):
    before = len(platforms["facebook"].matching(_texts_to_user))  # earlier tests' replies to this user
    body = _page_event("saint denis")
    assert post(f"{servers.rasa_url}/webhooks/facebook/webhook", body, _signed(body))[0] == 200
    sent = platforms["facebook"].wait_for(_texts_to_user, count=before + 1)
    last = sent[-1]["body"]["message"]
    # largest first (kb/communes.json); "Saint-Denis (La Réunion)" is longer than Messenger's
    # 20-character titles, so the text lists the four in full and the quick replies are numbered
    assert last["text"] == ("Plusieurs communes correspondent. Laquelle est la vôtre ? Ou indiquez votre code postal.\n"
                            "1. Saint-Denis (La Réunion)\n2. Saint-Denis (93)\n3. Saint-Denis (11)\n"
                            "4. Saint-Denis (30)\nChoisissez votre réponse ci-dessous.")
    assert [q["title"] for q in last["quick_replies"]] == [
        "1. Saint-Denis (La…", "2. Saint-Denis (93)", "3. Saint-Denis (11)", "4. Saint-Denis (30)"]
    # tapping a quick reply sends its payload back
    reunion = last["quick_replies"][0]["payload"]
    seen = len(sent)
    tap = json.loads(_page_event("1. Saint-Denis (La…"))
    tap["entry"][0]["messaging"][0]["message"]["quick_reply"] = {"payload": reunion}
    body = json.dumps(tap).encode("utf-8")
    assert post(f"{servers.rasa_url}/webhooks/facebook/webhook", body, _signed(body))[0] == 200
    answer = platforms["facebook"].wait_for(_texts_to_user, count=seen + 1)[seen:]
    text = " ".join(r["body"]["message"].get("text", "") for r in answer)
    # kb/structures.json, code 97411: Mission locale de Saint-Denis, in La Réunion
    # the place is named as in the choices (core/knowledge_base.py, commune_label)
    # UNML coverage: 97411 -> 97411, seat "19 rte de moufia", 97490 Saint-Denis (ml_seats.csv)
    assert "Pour Saint-Denis (La Réunion), c'est la mission locale de Saint-Denis qui couvre votre commune." in text
    assert "19 route de Moufia, 97490 Saint-Denis" in text
