"""Choices on text-only channels (channels/text_choices.py)."""

from channels.text_choices import last_turn_buttons, numbered_choices, out_of_range, typed_number

SAINT_DENIS = [
    {"title": "Saint-Denis (93)", "payload": "mission locale de Saint-Denis 93200"},
    {"title": "Saint-Denis (La Réunion)", "payload": "mission locale de Saint-Denis 97400"},
]


def test_buttons_become_one_numbered_message():
    assert numbered_choices("Laquelle est la vôtre ?", SAINT_DENIS) == (
        "Laquelle est la vôtre ?\n"
        "1. Saint-Denis (93)\n"
        "2. Saint-Denis (La Réunion)\n"
        "Répondez par le numéro de votre choix."
    )
    assert numbered_choices("", SAINT_DENIS[:1]) == "1. Saint-Denis (93)\nRépondez par le numéro de votre choix."


def test_typed_numbers():
    for text, number in [("2", 2), (" 2 ", 2), ("2.", 2), ("2)", 2), ("n° 3", 3), ("numéro 1", 1), ("0", 0)]:
        assert typed_number(text) == number, text
    # two digits are a department or a postcode, not a choice
    for text in ["", None, "2 fois", "93", "75", "93200", "deux", "le 2", "1.5"]:
        assert typed_number(text) is None, text


def _user(text):
    return {"event": "user", "text": text}


def _bot(text, buttons=None):
    return {"event": "bot", "text": text, "data": {"buttons": buttons} if buttons else {}}


def test_the_buttons_of_the_last_bot_turn():
    events = [
        {"event": "action", "name": "action_listen"},
        _user("saint denis"),
        _bot("Plusieurs communes correspondent.", SAINT_DENIS),
        {"event": "action", "name": "action_listen"},
    ]
    assert last_turn_buttons(events) == SAINT_DENIS
    # the last message with buttons counts, even followed by a plain one
    assert last_turn_buttons(events[:3] + [_bot("Autre chose ?")]) == SAINT_DENIS
    # once the user wrote again, the earlier buttons are gone
    assert last_turn_buttons(events + [_user("merci"), _bot("Avec plaisir !")]) == []
    assert last_turn_buttons([]) == []


def test_out_of_range_in_french():
    assert out_of_range(4) == "Répondez par un numéro entre 1 et 4, ou écrivez votre question."
    assert out_of_range(1) == "Répondez par 1 pour choisir la proposition, ou écrivez votre question."
