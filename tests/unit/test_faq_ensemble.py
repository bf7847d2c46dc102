"""The linear FAQ classifier, its combination with the selector's ranking, and
the Rasa component that rewrites the selector's output (real Rasa Message and
model storage on disk; trained on the project's own FAQ examples)."""

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.faq_ensemble import FaqEnsemble
from nlu_components.faq_linear import FaqLinearModel, combine, normalise
from tests.project_data import training_examples

FAQ = {k: v for k, v in training_examples().items() if k.startswith("faq/")}


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


@pytest.mark.parametrize("text, topic", [
    # messages written for this test, not in the training data; topics from domain.yml
    ("le fond social europeen il donne des sous aux ML ?", "faq/financement_fse"),
    ("c quoi l'AREFIE", "faq/arefie"),
    ("la convention collective des salariés des missions locales", "faq/convention_collective"),
])
def test_linear_model_finds_the_topic_despite_spelling(model, text, topic):
    probs = model.probabilities([text])[0]
    assert max(probs, key=probs.get) == topic


def test_combine_is_the_average_and_keeps_topics_only_one_side_ranked():
    selector = [{"intent_response_key": "faq/a", "confidence": 0.6},
                {"intent_response_key": "faq/b", "confidence": 0.4}]
    linear = {"faq/b": 0.9, "faq/c": 0.1}
    assert combine(selector, linear) == [("faq/b", pytest.approx(0.65)), ("faq/a", pytest.approx(0.3)),
                                         ("faq/c", pytest.approx(0.05))]


def selector_output(ranking):
    top = ranking[0]
    return {"faq": {"response": {"responses": [{"text": "réponse du sélecteur"}], "confidence": top["confidence"],
                                 "intent_response_key": top["intent_response_key"],
                                 "utter_action": f"utter_{top['intent_response_key']}", "id": 1},
                    "ranking": ranking},
            "all_retrieval_intents": ["faq"]}


@pytest.fixture(scope="module")
def component(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("faq_ensemble")
    context = ExecutionContext(GraphSchema({}), "test")
    examples = [Message(data={"text": t, "intent": "faq", "intent_response_key": k})
                for k, texts in FAQ.items() for t in texts]
    examples.append(Message(data={"text": "bonjour", "intent": "saluer"}))
    FaqEnsemble.create({}, storage, resource, context).train(TrainingData(examples))
    return FaqEnsemble.load({}, storage, resource, context)


def test_component_overrules_a_hesitant_selector(component):
    # The selector hesitates between two wrong topics; the text is plainly about the FSE.
    message = Message(data={"text": "le fonds social européen finance les missions locales ?", "response_selector":
                            selector_output([{"id": 1, "intent_response_key": "faq/gratuit", "confidence": 0.4},
                                             {"id": 2, "intent_response_key": "faq/aides", "confidence": 0.35}])})
    component.process([message])
    chosen = message.get("response_selector")["faq"]
    assert chosen["response"]["intent_response_key"] == "faq/financement_fse"
    assert chosen["response"]["utter_action"] == "utter_faq/financement_fse"
    assert chosen["ranking"][0]["intent_response_key"] == "faq/financement_fse"
    assert len(chosen["ranking"]) <= 10
    confidences = [r["confidence"] for r in chosen["ranking"]]
    assert confidences == sorted(confidences, reverse=True)


def test_component_keeps_an_agreeing_choice_and_its_responses(component):
    message = Message(data={"text": "qui finance les missions locales ?", "response_selector":
                            selector_output([{"id": 1, "intent_response_key": "faq/financement", "confidence": 0.9}])})
    component.process([message])
    chosen = message.get("response_selector")["faq"]
    assert chosen["response"]["intent_response_key"] == "faq/financement"
    assert chosen["response"]["responses"] == [{"text": "réponse du sélecteur"}]


def test_component_leaves_messages_without_faq_choice_alone(component):
    message = Message(data={"text": "bonjour"})
    component.process([message])
    assert message.get("response_selector") is None


def test_component_without_faq_examples_leaves_the_selector_alone(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("empty")
    context = ExecutionContext(GraphSchema({}), "test")
    FaqEnsemble.create({}, storage, resource, context).train(TrainingData([Message(data={"text": "salut", "intent": "saluer"})]))
    empty = FaqEnsemble.load({}, storage, resource, context)
    output = selector_output([{"id": 1, "intent_response_key": "faq/gratuit", "confidence": 0.4}])
    message = Message(data={"text": "le fonds social européen ?", "response_selector": output})
    empty.process([message])
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/gratuit"
