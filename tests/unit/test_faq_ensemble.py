"""The linear FAQ classifier, its combination with the selector's ranking, and
the Rasa component that rewrites the selector's output (real Rasa Message and
model storage on disk; trained on the project's own FAQ examples and answers)."""

import pytest
import yaml
from rapidfuzz import fuzz, process
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.faq_ensemble import FaqEnsemble
from nlu_components.faq_linear import FaqLinearModel, combine, normalise
from tests.project_data import ROOT, load_domain, training_examples

FAQ = {k: v for k, v in training_examples().items() if k.startswith("faq/")}
ANSWERS = {k: v for k, v in load_domain()["responses"].items() if k.startswith("utter_faq/")}
CONTEXT = ExecutionContext(GraphSchema({}), "test")

# Written for these tests, with typos; each is checked below not to be a near-copy of a training
# example. The expected topics come from the answers in domain.yml, chosen by hand.
UNSEEN = [
    ("le fond social europen donne t'il de l'argent aux mission locale", "faq/financement_fse"),
    ("les sous de l'europe pour les ML ça marche comment", "faq/financement_fse"),
    ("ya une convension colective pour les salarier des ML ?", "faq/convention_collective"),
]


def test_the_unseen_messages_are_not_near_copies_of_training_examples():
    training = [e.lower() for examples in training_examples().values() for e in examples]
    for text, _ in UNSEEN:
        assert process.extractOne(text.lower(), training, scorer=fuzz.ratio)[1] < 90, text


@pytest.fixture(scope="module")
def model():
    texts = [t for examples in FAQ.values() for t in examples]
    keys = [k for k, examples in FAQ.items() for _ in examples]
    return FaqLinearModel(texts, keys)


def test_normalise_drops_case_and_accents():
    assert normalise("Où est l'ÉTAT ?") == "ou est l'etat ?"


def test_needs_two_topics():
    with pytest.raises(ValueError):
        FaqLinearModel(["a", "b"], ["faq/x", "faq/x"])


def test_probabilities_cover_every_topic_and_sum_to_one(model):
    probs = model.probabilities(["qui finance les missions locales"])[0]
    assert set(probs) == set(FAQ)
    assert sum(probs.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("text, topic", UNSEEN)
def test_linear_model_finds_the_topic_despite_spelling(model, text, topic):
    probs = model.probabilities([text])[0]
    assert max(probs, key=probs.get) == topic


def test_combine_is_the_average_and_keeps_topics_only_one_side_ranked():
    selector = [{"intent_response_key": "faq/a", "confidence": 0.6},
                {"intent_response_key": "faq/b", "confidence": 0.4}]
    linear = {"faq/b": 0.9, "faq/c": 0.1}
    assert combine(selector, linear) == [("faq/b", pytest.approx(0.65)), ("faq/a", pytest.approx(0.3)),
                                         ("faq/c", pytest.approx(0.05))]


def test_the_component_sits_between_the_selector_and_the_rules_that_read_its_choice():
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]]
    position = names.index("nlu_components.faq_ensemble.FaqEnsemble")
    assert names[position - 1] == "ResponseSelector"
    assert position < names.index("nlu_components.age_routing.AgeRouting")
    assert position < names.index("nlu_components.faq_uncertainty.FaqUncertaintyFallback")


def selector_output(ranking):
    """The shape Rasa 3.6's ResponseSelector writes (rasa/nlu/selectors/response_selector.py)."""
    top = ranking[0]
    key = top["intent_response_key"]
    return {"faq": {"response": {"responses": ANSWERS[f"utter_{key}"], "confidence": top["confidence"],
                                 "intent_response_key": key, "utter_action": f"utter_{key}"},
                    "ranking": ranking},
            "all_retrieval_intents": ["faq"]}


def trained(tmp_path, examples, responses=None):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("faq_ensemble")
    FaqEnsemble.create({}, storage, resource, CONTEXT).train(TrainingData(examples, responses=responses))
    return storage, resource


@pytest.fixture(scope="module")
def component(tmp_path_factory):
    examples = [Message(data={"text": t, "intent": "faq", "intent_response_key": k})
                for k, texts in FAQ.items() for t in texts]
    examples.append(Message(data={"text": "bonjour", "intent": "saluer"}))
    storage, resource = trained(tmp_path_factory.mktemp("storage"), examples, ANSWERS)
    return FaqEnsemble.load({}, storage, resource, CONTEXT)


def test_component_overrules_a_hesitant_selector_with_the_right_answer(component):
    # The selector hesitates between two wrong topics; the text is plainly about the FSE.
    output = selector_output([{"id": 1, "intent_response_key": "faq/gratuit", "confidence": 0.4},
                              {"id": 2, "intent_response_key": "faq/aides", "confidence": 0.35}])
    message = Message(data={"text": UNSEEN[0][0], "response_selector": output})
    component.process([message])
    chosen = message.get("response_selector")["faq"]
    assert chosen["response"]["intent_response_key"] == "faq/financement_fse"
    assert chosen["response"]["utter_action"] == "utter_faq/financement_fse"
    assert chosen["response"]["responses"] == ANSWERS["utter_faq/financement_fse"]
    assert "Fonds social européen" in chosen["response"]["responses"][0]["text"]
    assert set(chosen["response"]) == {"responses", "confidence", "intent_response_key", "utter_action"}
    assert chosen["ranking"][0]["intent_response_key"] == "faq/financement_fse"
    assert chosen["response"]["confidence"] == chosen["ranking"][0]["confidence"]
    assert len(chosen["ranking"]) <= 10
    confidences = [r["confidence"] for r in chosen["ranking"]]
    assert confidences == sorted(confidences, reverse=True)


def test_component_keeps_an_agreeing_choice_and_its_responses(component):
    output = selector_output([{"id": 1, "intent_response_key": "faq/convention_collective", "confidence": 0.9}])
    message = Message(data={"text": UNSEEN[2][0], "response_selector": output})
    component.process([message])
    chosen = message.get("response_selector")["faq"]
    assert chosen["response"]["intent_response_key"] == "faq/convention_collective"
    assert chosen["response"]["responses"] == ANSWERS["utter_faq/convention_collective"]


def test_component_leaves_messages_without_faq_choice_alone(component):
    message = Message(data={"text": "bonjour"})
    component.process([message])
    assert message.get("response_selector") is None


def test_component_with_fewer_than_two_topics_leaves_the_selector_alone(tmp_path):
    storage, resource = trained(tmp_path, [Message(data={"text": "salut", "intent": "saluer"})])
    alone = FaqEnsemble.load({}, storage, resource, CONTEXT)
    output = selector_output([{"id": 1, "intent_response_key": "faq/gratuit", "confidence": 0.4}])
    message = Message(data={"text": UNSEEN[0][0], "response_selector": output})
    alone.process([message])
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/gratuit"


def test_a_model_without_the_stored_examples_does_not_load(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("never_trained")
    with storage.write_to(resource):
        pass  # the component's directory exists, its file does not
    with pytest.raises(OSError):
        FaqEnsemble.load({}, storage, resource, CONTEXT)
