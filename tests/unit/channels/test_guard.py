"""The channel guard (channels/guard.py) on its own: Rasa's real output channel,
handlers that answer, fail, hang or stay silent."""

import asyncio
import time

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from channels import guard
from channels.rest import parse_request

TECHNICAL = "je rencontre un problème technique"


def run(handler, text):
    collector = CollectingOutputChannel()
    asyncio.run(guard.guarded(handler)(UserMessage(text, collector, "test")))
    return [m.get("text", "") for m in collector.messages]


async def answers(message: UserMessage) -> None:
    await message.output_channel.send_response(message.sender_id, {"text": f"reçu : {message.text}"})


async def raises(message: UserMessage) -> None:
    raise RuntimeError("panne")


async def silent(message: UserMessage) -> None:
    return None


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  bonjour  ", "bonjour"),
        ("bon\x00jour\x07", "bonjour"),
        ("ligne 1\nligne 2\tfin", "ligne 1 ligne 2 fin"),
        ("e\u0301cole", "école"),  # decomposed accent put back together
        ("\u200bmission\ufeff locale", "mission locale"),
        ("\ud800orphelin", "orphelin"),  # an unpaired surrogate (invalid UTF-16) is dropped
        (None, ""),
    ],
)
def test_clean_text(raw, expected):
    assert guard.clean_text(raw) == (expected, False)


def test_long_text_is_cut_to_1000_characters():
    text, cut = guard.clean_text("a" * 10_000)
    assert cut and len(text) == 1000


def test_a_normal_reply_passes_through_alone():
    assert run(answers, "salut") == ["reçu : salut"]


def test_empty_message_gets_a_french_prompt_without_nlu():
    replies = run(answers, "   \n ")
    assert len(replies) == 1 and replies[0].startswith("Je n'ai reçu aucun texte")


def test_long_message_is_answered_on_its_first_1000_characters_and_the_user_told():
    replies = run(answers, "b" * 5000)
    assert "1 000 premiers caractères" in replies[0]
    assert replies[1] == "reçu : " + "b" * 1000


def test_a_failure_gets_the_technical_reply():
    replies = run(raises, "bonjour")
    assert len(replies) == 1 and TECHNICAL in replies[0]
    assert "3114" in replies[0]


def test_silence_gets_the_technical_reply():
    assert TECHNICAL in run(silent, "bonjour")[0]


def test_a_hang_is_cut_at_the_deadline(monkeypatch):
    monkeypatch.setattr(guard, "REPLY_DEADLINE_S", 0.5)

    async def hangs(message: UserMessage) -> None:
        await asyncio.sleep(30)

    start = time.monotonic()
    replies = run(hangs, "bonjour")
    assert TECHNICAL in replies[0]
    assert time.monotonic() - start < 5


def test_rasa_action_timeout_is_lowered_below_the_deadline():
    import rasa.core.actions.action
    import rasa.utils.endpoints

    assert rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT < guard.REPLY_DEADLINE_S
    assert rasa.utils.endpoints.DEFAULT_REQUEST_TIMEOUT < guard.REPLY_DEADLINE_S


@pytest.mark.parametrize(
    "body, problem",
    [
        (b"\xff\xfe\x00", "UTF-8"),
        (b"pas du json", "UTF-8"),
        (b"[1, 2]", "objet JSON"),
        (b'{"message": "bonjour"}', "sender"),
        (b'{"sender": 42, "message": "bonjour"}', "sender"),
        (b'{"sender": "   ", "message": "bonjour"}', "sender"),
        (b'{"sender": "a"}', "message"),
        (b'{"sender": "a", "message": ["bonjour"]}', "message"),
        (b'{"sender": "a", "message": null}', "message"),
    ],
)
def test_malformed_rest_requests_are_refused_with_a_reason(body, problem):
    parsed, error = parse_request(body)
    assert parsed is None
    assert error.startswith("Requête invalide") and problem in error


def test_a_well_formed_rest_request_is_read():
    assert parse_request('{"sender": " a1 ", "message": "Où est ma mission locale ?"}'.encode()) == (
        {"sender": "a1", "message": "Où est ma mission locale ?"}, "")


def test_messages_sharing_one_output_channel_are_counted_apart():
    """A platform channel may share one output channel among conversations: a reply to
    one must not hide the silence of another, nor leave a wrapper behind."""
    shared = CollectingOutputChannel()

    async def answers_slowly(message: UserMessage) -> None:
        if message.sender_id == "parle":
            await asyncio.sleep(0.2)
            await message.output_channel.send_response(message.sender_id, {"text": "réponse"})

    async def both():
        handler = guard.guarded(answers_slowly)
        await asyncio.gather(handler(UserMessage("a", shared, "parle")), handler(UserMessage("b", shared, "muet")))

    asyncio.run(both())
    by_sender = {(m["recipient_id"], m.get("text", "")[:7]) for m in shared.messages}
    assert ("parle", "réponse") in by_sender
    assert any(r == "muet" and TECHNICAL in t for r, t in ((m["recipient_id"], m["text"]) for m in shared.messages))
    assert not any(r == "parle" and TECHNICAL in m["text"] for m in shared.messages for r in [m["recipient_id"]])
    assert "send_response" not in vars(shared)
