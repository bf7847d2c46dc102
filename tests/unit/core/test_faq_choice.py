"""When the response selector's ranking is trusted, and when the user is asked."""

from core.faq_choice import MIN_CONFIDENCE, decide, ranking_of


def entry(key, confidence):
    return {"id": 1, "confidence": confidence, "intent_response_key": f"faq/{key}"}


def test_clear_winner_is_answered():
    assert decide([entry("cej", 0.92), entry("pacea", 0.03)]).answer == "cej"


def test_two_close_topics_are_offered_as_choices():
    decision = decide([entry("gouvernance_ca_role", 0.46), entry("gouvernance_bureau", 0.41), entry("cej", 0.02)])
    assert decision.answer is None
    assert decision.candidates == ["gouvernance_ca_role", "gouvernance_bureau"]


def test_low_confidence_is_not_answered():
    decision = decide([entry("unml", MIN_CONFIDENCE - 0.01), entry("gratuit", 0.01)])
    assert decision.answer is None
    assert decision.candidates == ["unml"]


def test_unknown_keys_are_ignored():
    decision = decide([entry("retired_topic", 0.9), entry("cej", 0.3)], known={"cej"})
    assert decision.candidates == ["cej"]


def test_implausible_topics_are_never_offered():
    # Nonsense spreads the confidence thinly: no menu of unrelated answers.
    decision = decide([entry("gratuit", 0.05), entry("cej", 0.04), entry("unml", 0.03)])
    assert decision == (None, [])


def test_no_ranking_means_no_answer_and_no_candidates():
    assert decide([]) == (None, [])


def test_ranking_is_read_from_a_rasa_parse_result():
    parse = {"response_selector": {"faq": {"ranking": [entry("cej", 0.9)]}}}
    assert ranking_of(parse)[0]["intent_response_key"] == "faq/cej"
    assert ranking_of({}) == []
