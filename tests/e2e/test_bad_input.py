"""Bad input through the real REST endpoint: a polite French reply (or a clear 400
for a malformed request), and the server keeps serving others."""

import json
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRENCH_MARKERS = ("vous", "Vous", "Je ", "je ", "Désolé", "Bonjour")


def post_raw(webhook: str, body: bytes, timeout: float = 60):
    request = urllib.request.Request(webhook, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read().decode("utf-8"))


def assert_polite_french(replies, about=""):
    texts = [r.get("text", "") for r in replies]
    assert texts and all(texts), f"{about!r}: no reply or an empty one: {replies}"
    assert any(marker in " ".join(texts) for marker in FRENCH_MARKERS), f"{about!r}: {texts}"


def test_server_still_answers_a_normal_question(chat):
    assert "gratuit" in " ".join(chat.texts("c'est payant ?"))


@pytest.mark.parametrize("message", ["", "   ", "\n\t  \n"])
def test_empty_message_gets_a_prompt(chat, message):
    texts = chat.texts(message)
    assert len(texts) == 1 and texts[0].startswith("Je n'ai reçu aucun texte")


@pytest.mark.parametrize("size", [10_000, 1_000_000])
def test_huge_message_is_cut_and_the_user_told(chat, size):
    texts = chat.texts("qui finance les missions locales ? " + "x" * size)
    assert "1 000 premiers caractères" in texts[0]
    assert len(texts) >= 2 and all(texts)


@pytest.mark.parametrize(
    "message",
    ["😀😀😀", "🙏", "👍🏽🔥💯", "<script>alert('x')</script>", "'; DROP TABLE events; --",
     "<img src=x onerror=alert(1)>", "asdfghjkl qwerty zxcv", "???!!!", "1234567890123",
     "bonjour\x00\x01\x02", "\u202eesrever", "ﷺ"],
)
def test_odd_text_gets_a_polite_french_reply(chat, message):
    replies = chat.send(message)
    assert_polite_french(replies, message)
    assert all("<script" not in r.get("text", "") and "<img" not in r.get("text", "") for r in replies)


@pytest.mark.parametrize(
    "message",
    ["What is a mission locale and how do I apply?", "¿Qué es una misión local?", "ما هي البعثة المحلية؟"],
)
def test_other_languages_get_a_french_reply(chat, message):
    assert "uniquement en français" in " ".join(chat.texts(message))


@pytest.mark.parametrize(
    "body, field",
    [
        (b'{"sender": "x", "message": "\xff\xfe caf\xe9"}', "UTF-8"),
        (b"not json at all", "UTF-8"),
        (b'{"message": "bonjour"}', "sender"),
        (b'{"sender": 12, "message": "bonjour"}', "sender"),
        (b'{"sender": "x"}', "message"),
        (b'{"sender": "x", "message": {"text": "bonjour"}}', "message"),
        (b'["sender", "message"]', "objet JSON"),
    ],
)
def test_malformed_requests_get_a_clear_400(servers, chat, body, field):
    status, reply = post_raw(servers.rest_webhook, body)
    assert status == 400
    assert reply["error"].startswith("Requête invalide") and field in reply["error"]
    assert "gratuit" in " ".join(chat.texts("c'est payant ?"))  # and the server keeps serving


def test_a_burst_of_200_messages_from_one_sender_all_get_a_reply(servers, chat):
    sender = f"burst-{uuid.uuid4().hex[:8]}"
    body = json.dumps({"sender": sender, "message": "bonjour"}).encode()
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda _: post_raw(servers.rest_webhook, body, timeout=120), range(200)))
    assert all(status == 200 for status, _ in results)
    guard_replies = 0
    for _, replies in results:
        assert_polite_french(replies, "burst")
        guard_replies += any("problème technique" in r.get("text", "") for r in replies)
    print(f"burst of 200: {200 - guard_replies} answered by the assistant, {guard_replies} by the guard")
    assert "gratuit" in " ".join(chat.texts("c'est payant ?"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_random_text_always_gets_a_reply(chat, text):
    replies = chat.send(text)
    assert replies
    assert all(r.get("text") or r.get("buttons") for r in replies)
