"""Two questions in one message: the split, and which topic is answered or offered."""

import pytest

from core.two_questions import choose, question_parts


@pytest.mark.parametrize(
    "message, parts",
    [
        ("C'est quoi le CEJ ? Et comment je m'inscris ?", ["c est quoi le cej", "comment je m inscris"]),
        ("qui finance les missions locales et combien il y en a",
         ["qui finance les missions locales", "combien il y en a"]),
        ("Qui finance les missions locales ?", ["qui finance les missions locales"]),
        # a greeting or a filler is not a question of its own
        ("Bonjour ! Qui finance les missions locales ?", ["qui finance les missions locales"]),
        ("ok ? c quoi le pacea", ["c quoi le pacea"]),
        # "et" inside one question does not split it
        ("les jeunes et les employeurs peuvent venir ?", ["les jeunes et les employeurs peuvent venir"]),
        ("", []),
        ("c'est quoi le CEJ ? " * 1000, ["c est quoi le cej"] * 4),
    ],
)
def test_question_parts(message, parts):
    assert question_parts(message) == parts


WHOLE = {"faq/cej": 0.5, "faq/inscription": 0.4, "faq/pacea": 0.1}
CEJ = {"faq/cej": 0.9, "faq/inscription": 0.05, "faq/pacea": 0.05}
INSCRIPTION = {"faq/cej": 0.05, "faq/inscription": 0.9, "faq/pacea": 0.05}
UNSURE = {"faq/cej": 0.4, "faq/inscription": 0.35, "faq/pacea": 0.25}


def test_the_main_question_is_the_one_the_whole_message_leans_to():
    two = choose(WHOLE, [INSCRIPTION, CEJ], [1.0, 1.0])
    assert two is not None and two.main_part == 1 and two.other_topic == "inscription"


def test_no_offer_without_two_clear_different_topics():
    assert choose(WHOLE, [CEJ, CEJ], [1.0, 1.0]) is None  # the same question twice
    assert choose(WHOLE, [CEJ, UNSURE], [1.0, 1.0]) is None  # the second is unclear
    assert choose(WHOLE, [CEJ, INSCRIPTION], [1.0, 0.2]) is None  # the second is not an FAQ question
    assert choose(WHOLE, [CEJ], [1.0]) is None
