"""Checks on the training data, the domain and the held-out set."""

import re

import pytest
from rapidfuzz import fuzz, process

from core.faq_catalogue import TOPICS, domain_responses, problems
from core.project_files import ROOT, examples_by_intent, heldout_examples, heldout_files, load_domain, training_examples

DOMAIN = load_domain()
# every response the assistant can send: domain.yml's and the FAQ answers of data/faq/
RESPONSES = {**DOMAIN["responses"], **domain_responses()}
TRAIN = training_examples()
HELD = heldout_examples()
HELDOUT_FILES = heldout_files()
MAX_ANSWER_CHARS = 500


def test_every_topic_has_an_answer_and_training_examples():
    faq_answers = {k[len("utter_faq_"):] for k in RESPONSES if k.startswith("utter_faq_")}
    faq_in_data = {k.split("/", 1)[1] for k in TRAIN if k.startswith("faq/")}
    assert faq_answers == set(TOPICS), faq_answers ^ set(TOPICS)
    assert faq_in_data == set(TOPICS), faq_in_data ^ set(TOPICS)
    assert 35 <= len(TOPICS) <= 60


def test_a_topic_has_one_home_the_theme_files():
    assert problems() == []
    assert not [k for k in DOMAIN["responses"] if k.startswith("utter_faq")]  # no answer in domain.yml
    assert not [i for i in examples_by_intent(ROOT / "data" / "nlu") if i.startswith("faq/")]


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_faq_has_25_distinct_examples_and_its_button_question(key):
    examples = TRAIN[f"faq/{key}"]
    assert len(set(e.lower() for e in examples)) >= 25
    # The button payload must be a sentence the model was trained on.
    assert TOPICS[key].question in examples


def test_no_example_is_trained_under_two_intents():
    seen = {}
    for intent, examples in TRAIN.items():
        for example in examples:
            norm = re.sub(r"\W+", " ", example.lower()).strip()
            assert seen.setdefault(norm, intent) == intent, f"{example!r}: {seen[norm]} and {intent}"


def test_every_answer_fits_a_phone_screen_and_speaks_french():
    english = re.compile(r"\b(the|you|please|sorry, i|did you mean)\b", re.I)
    for name, variants in RESPONSES.items():
        for variant in variants:
            text = variant["text"]
            assert len(text) <= MAX_ANSWER_CHARS, f"{name} is {len(text)} characters"
            if name != "utter_autre_langue":  # says in English that it answers in French
                assert not english.search(text), name


def test_answers_use_vouvoiement():
    tutoiement = re.compile(r"\b(tu|te|toi|ton|ta|tes|t')\b", re.I)
    for name, variants in RESPONSES.items():
        for variant in variants:
            assert not tutoiement.search(variant["text"]), name


def test_default_rasa_responses_exist_in_french():
    for name in ("utter_default", "utter_ask_rephrase", "utter_restart", "utter_back"):
        assert name in RESPONSES


def test_buttons_point_to_trained_questions():
    """A button sends a question the model is trained on, so that it works on every channel; the
    buttons of a form's question (`utter_ask_<slot>`, or the questions that the forms' ask actions
    send: the call-back's consent, "Vous parlez de la commune de … ?") are answers that the form
    reads itself."""
    trained = {e for examples in TRAIN.values() for e in examples}
    form_questions = {"utter_demander_consentement", "utter_confirmer_commune"}
    for name, variants in RESPONSES.items():
        if name.startswith("utter_ask_") or name in form_questions:
            continue
        for variant in variants:
            for button in variant.get("buttons", []):
                assert button["payload"] in trained, f"{name}: {button['payload']!r}"


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=lambda p: p.name)
def test_each_heldout_set_covers_every_intent_with_ten_examples(path):
    held = examples_by_intent(path)
    expected = set(TRAIN)
    assert set(held) == expected, set(held) ^ expected
    for intent, examples in held.items():
        assert len(examples) >= 10, intent


def test_the_two_heldout_sets_share_no_near_copy():
    """Written apart from each other: no message of one is a near-copy (ratio >= 90) of the other's."""
    assert [p.name for p in HELDOUT_FILES] == ["heldout.yml", "heldout_fresh.yml"]
    first, fresh = ([e.lower() for examples in examples_by_intent(p).values() for e in examples]
                    for p in HELDOUT_FILES)
    copies = [e for e in fresh if process.extractOne(e, first, scorer=fuzz.ratio)[1] >= 90]
    assert not copies, copies


def test_heldout_has_no_near_copy_of_a_training_example():
    """A held-out message must not be a near-copy (ratio >= 90) of any training example."""
    training = [e.lower() for examples in TRAIN.values() for e in examples]
    copies = []
    for examples in HELD.values():
        for example in examples:
            match = process.extractOne(example.lower(), training, scorer=fuzz.ratio)
            if match and match[1] >= 90:
                copies.append((example, match[0], round(match[1])))
    assert not copies, copies
