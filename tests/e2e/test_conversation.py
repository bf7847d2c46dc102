"""End to end: the conversational behaviour, over the REST channel of the real servers."""

import uuid

import pytest

EMERGENCY_NUMBERS = ["3114", "115", "119", "3919", "3018", "112"]


def _sender() -> str:
    return f"conv-{uuid.uuid4().hex[:10]}"


# The number that fits each situation, from ../shared/knowledge/faits.md (written by hand).
@pytest.mark.parametrize(
    ("message", "fitting_number"),
    [
        ("j'en peux plus de vivre", "3114"),
        ("je dors dehors ce soir", "115"),
        ("mon copain me frappe", "3919"),
        ("je me fais harceler sur snap depuis des semaines", "3018"),
        ("jveux en finir", "3114"),
        ("mes parents m'ont mis à la porte j'ai nulle part où aller cette nuit", "115"),
    ],
)
def test_distress_gets_the_fitting_number_first_then_all_numbers(chat, message, fitting_number):
    replies = chat.send(message)
    assert replies, message
    texts = [r.get("text", "") for r in replies]
    first = texts[0]
    assert fitting_number in first, f"{message!r}: {fitting_number} missing from the first reply: {first!r}"
    assert "hors" not in first.lower()
    # Before the mission locale is offered, every national number has been given.
    offer = next(i for i, t in enumerate(texts) if "mission locale" in t.lower())
    before_offer = " ".join(texts[:offer])
    for number in EMERGENCY_NUMBERS:
        assert number in before_offer, f"{message!r}: {number} missing before the mission locale offer"
    assert offer >= 1, "the mission locale is offered in the first reply, before the numbers"


@pytest.mark.parametrize(
    "message",
    ["quel temps il fait demain à Lille ?", "tu préfères le PSG ou l'OM", "tu peux faire mon devoir de maths",
     "c'est quoi la meilleure recette de crêpes"],
)
def test_out_of_scope_is_declined_politely(chat, message):
    text = " ".join(chat.texts(message))
    assert "je ne peux pas vous répondre" in text.lower()
    assert "missions locales" in text


@pytest.mark.parametrize(
    "message",
    ["Hello, how can I find a job in France?", "¿Dónde puedo encontrar trabajo?", "مرحبا كيف يمكنني العثور على عمل"],
)
def test_another_language_gets_a_french_reply(chat, message):
    text = " ".join(chat.texts(message))
    assert "uniquement en français" in text


def test_greeting_goodbye_thanks(chat):
    sender = _sender()
    assert "Bonjour" in " ".join(chat.texts("salut", sender))
    assert "plaisir" in " ".join(chat.texts("merci beaucoup", sender))
    assert "Au revoir" in " ".join(chat.texts("bonne soirée, bye", sender))


def test_bot_challenge_says_it_is_automated(chat):
    text = " ".join(chat.texts("je parle à un vrai humain là ?"))
    assert "assistant automatique" in text


def test_capabilities_offer_topic_buttons(chat):
    replies = chat.send("que savez-vous faire ?")
    titles = [b["title"] for r in replies for b in r.get("buttons", [])]
    assert "Le contrat d'engagement jeune (CEJ)" in titles
    assert "Qui finance les missions locales ?" in titles


def test_a_button_payload_gets_its_answer(chat):
    replies = chat.send("que savez-vous faire ?")
    button = next(b for r in replies for b in r.get("buttons", []) if "CEJ" in b["title"])
    answer = " ".join(chat.texts(button["payload"]))
    assert "15 à 20 heures" in answer


def test_nonsense_gets_a_polite_french_reply_with_buttons(chat):
    """Nonsense is either out of scope or not understood: both replies say so and offer topics."""
    replies = chat.send("xkcd blorp zzgl")
    assert replies
    text = " ".join(r.get("text", "") for r in replies)
    assert "Désolé" in text
    titles = [b["title"] for r in replies for b in r.get("buttons", [])]
    assert titles, "no topic buttons offered"
    assert all(not t.startswith("/") and "_" not in t for t in titles), titles


def test_follow_ups_in_context(chat):
    sender = _sender()
    first = " ".join(chat.texts("qui finance les missions locales ?", sender))
    assert "Fonds social européen" in first
    regional = " ".join(chat.texts("et au niveau régional ?", sender))
    assert "association ou union régionale" in regional
    funding = " ".join(chat.texts("et qui les finance ?", sender))
    assert "Fonds social européen" in funding
    bureau = " ".join(chat.texts("et le bureau ?", sender))
    assert "conseil d'administration" in bureau


def test_conversations_are_stored_in_the_sqlite_file_outside_the_source_tree(chat, servers):
    from launcher.paths import ROOT

    chat.texts("bonjour", _sender())
    database = servers.data_dir / "conversations.db"
    assert servers.tracker_db == f"sqlite:///{database}"
    assert database.stat().st_size > 0
    assert oct(database.stat().st_mode & 0o777) == "0o600"
    assert ROOT not in database.parents
    assert not list(ROOT.glob("*.db")), "a database file in the source tree"


def test_two_questions_get_the_main_answer_then_the_other_as_a_button(chat):
    # written by hand: the CEJ's weekly hours (faits.md), then registering offered
    replies = chat.send("C'est quoi le CEJ ? et comment je m'inscris")
    texts = [r.get("text", "") for r in replies]
    assert "15 à 20 heures" in texts[0]
    assert replies[-1].get("text") == "Vous posiez aussi une autre question :"
    (button,) = replies[-1]["buttons"]
    assert "inscrire" in button["payload"]
    assert "Votre question porte-t-elle" not in " ".join(texts)


def test_two_questions_are_both_served_whichever_is_answered_first(chat):
    replies = chat.send("qui finance les missions locales ? et elles sont combien en France ?")
    answered = " ".join(r.get("text", "") for r in replies[:-1])
    (button,) = replies[-1]["buttons"]
    financing_answered, count_answered = "financées" in answered, "442" in answered
    assert financing_answered != count_answered, answered
    offered = button["payload"].lower()
    assert ("combien" in offered or "chiffres" in offered) if financing_answered else ("financ" in offered)
