"""The linear intent classifier (intents and FAQ topics from one model), its
combination with the selector's ranking, and the Rasa components that do it
(real Rasa Messages and model storage on disk; trained on the project's own
examples and answers)."""

import pytest
import yaml
from rapidfuzz import fuzz, process
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.faq_ensemble import FaqEnsemble, combine
from nlu_components.intent_classifier import LINEAR_FAQ_KEY, LinearIntentClassifier, intent_ranking
from nlu_components.linear_text import LinearTextModel
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
# Ordinary intents, written by hand for these tests (the names come from domain.yml).
UNSEEN_INTENTS = [
    ("bonjoure a vous", "saluer"),
    ("merci bcp pour ton aide", "remercier"),
]


def test_the_unseen_messages_are_not_near_copies_of_training_examples():
    training = [e.lower() for examples in training_examples().values() for e in examples]
    for text, _ in UNSEEN + UNSEEN_INTENTS:
        assert process.extractOne(text.lower(), training, scorer=fuzz.ratio)[1] < 90, text


@pytest.fixture(scope="module")
def model():
    texts = [t for examples in FAQ.values() for t in examples]
    keys = [k for k, examples in FAQ.items() for _ in examples]
    return LinearTextModel(texts, keys)


def test_needs_two_labels():
    with pytest.raises(ValueError):
        LinearTextModel(["a", "b"], ["faq/x", "faq/x"])


def test_probabilities_cover_every_topic_and_sum_to_one(model):
    probs = model.probabilities(["qui finance les missions locales"])[0]
    assert set(probs) == set(FAQ)
    assert sum(probs.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("text, topic", UNSEEN)
def test_linear_model_finds_the_topic_despite_spelling(model, text, topic):
    probs = model.probabilities([text])[0]
    assert max(probs, key=probs.get) == topic


def test_the_intent_ranking_sums_the_faq_topics_into_faq():
    ranking = intent_ranking({"faq/a": 0.3, "faq/b": 0.3, "saluer": 0.4}, {"faq"})
    assert ranking == [{"name": "faq", "confidence": pytest.approx(0.6)},
                       {"name": "saluer", "confidence": pytest.approx(0.4)}]


def test_combine_is_the_average_and_keeps_topics_only_one_side_ranked():
    selector = [{"intent_response_key": "faq/a", "confidence": 0.6},
                {"intent_response_key": "faq/b", "confidence": 0.4}]
    linear = {"faq/b": 0.9, "faq/c": 0.1}
    assert combine(selector, linear) == [("faq/b", pytest.approx(0.65)), ("faq/a", pytest.approx(0.3)),
                                         ("faq/c", pytest.approx(0.05))]


def test_the_components_sit_where_they_feed_each_other():
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]]
    position = names.index("nlu_components.faq_ensemble.FaqEnsemble")
    assert names.index("nlu_components.intent_classifier.LinearIntentClassifier") < position
    assert names[position - 1] == "ResponseSelector"
    assert position < names.index("nlu_components.age_routing.AgeRouting")
    assert position < names.index("nlu_components.faq_uncertainty.FaqUncertaintyFallback")


def project_messages():
    messages = [Message(data={"text": t, "intent": "faq", "intent_response_key": k})
                for k, texts in FAQ.items() for t in texts]
    messages += [Message(data={"text": t, "intent": i})
                 for i, texts in training_examples().items() if "/" not in i for t in texts]
    return messages


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("classifier"))
    resource = Resource("linear_intents")
    LinearIntentClassifier.create({}, storage, resource, CONTEXT).train(TrainingData(project_messages()))
    return LinearIntentClassifier.load({}, storage, resource, CONTEXT)


@pytest.mark.parametrize("text, intent", UNSEEN_INTENTS + [(t, "faq") for t, _ in UNSEEN])
def test_the_classifier_gives_the_intent(classifier, text, intent):
    message = Message(data={"text": text})
    classifier.process([message])
    assert message.get("intent")["name"] == intent
    ranking = message.get("intent_ranking")
    assert ranking[0] == message.get("intent")
    assert [r["confidence"] for r in ranking] == sorted((r["confidence"] for r in ranking), reverse=True)


@pytest.mark.parametrize("text, topic", UNSEEN)
def test_the_classifier_passes_the_faq_topics_on(classifier, text, topic):
    message = Message(data={"text": text})
    classifier.process([message])
    faq = message.get(LINEAR_FAQ_KEY)
    assert max(faq, key=faq.get) == topic
    assert sum(faq.values()) == pytest.approx(1.0)
    assert LINEAR_FAQ_KEY not in message.output_properties


def selector_output(ranking):
    """The shape Rasa 3.6's ResponseSelector writes (rasa/nlu/selectors/response_selector.py)."""
    top = ranking[0]
    key = top["intent_response_key"]
    return {"faq": {"response": {"responses": ANSWERS[f"utter_{key}"], "confidence": top["confidence"],
                                 "intent_response_key": key, "utter_action": f"utter_{key}"},
                    "ranking": ranking},
            "all_retrieval_intents": ["faq"]}


@pytest.fixture(scope="module")
def component(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("faq_ensemble")
    FaqEnsemble.create({}, storage, resource, CONTEXT).train(TrainingData([], responses=ANSWERS))
    return FaqEnsemble.load({}, storage, resource, CONTEXT)


def classified(classifier, text, output):
    message = Message(data={"text": text, "response_selector": output})
    classifier.process([message])
    return message


def test_component_overrules_a_hesitant_selector_with_the_right_answer(component, classifier):
    # The selector hesitates between two wrong topics; the text is plainly about the FSE.
    output = selector_output([{"id": 1, "intent_response_key": "faq/gratuit", "confidence": 0.4},
                              {"id": 2, "intent_response_key": "faq/aides", "confidence": 0.35}])
    message = classified(classifier, UNSEEN[0][0], output)
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


def test_component_keeps_an_agreeing_choice_and_its_responses(component, classifier):
    output = selector_output([{"id": 1, "intent_response_key": "faq/convention_collective", "confidence": 0.9}])
    message = classified(classifier, UNSEEN[2][0], output)
    component.process([message])
    chosen = message.get("response_selector")["faq"]
    assert chosen["response"]["intent_response_key"] == "faq/convention_collective"
    assert chosen["response"]["responses"] == ANSWERS["utter_faq/convention_collective"]


def test_component_leaves_messages_without_faq_choice_alone(component):
    message = Message(data={"text": "bonjour"})
    component.process([message])
    assert message.get("response_selector") is None


def test_without_the_classifier_the_selector_chooses_alone(component):
    output = selector_output([{"id": 1, "intent_response_key": "faq/gratuit", "confidence": 0.4}])
    message = Message(data={"text": UNSEEN[0][0], "response_selector": output})
    component.process([message])
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/gratuit"


@pytest.mark.parametrize("component_class", [FaqEnsemble, LinearIntentClassifier])
def test_a_model_without_the_stored_file_does_not_load(tmp_path, component_class):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("never_trained")
    with storage.write_to(resource):
        pass  # the component's directory exists, its file does not
    with pytest.raises(OSError):
        component_class.load({}, storage, resource, CONTEXT)
