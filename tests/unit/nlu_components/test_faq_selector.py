"""The linear intent classifier (intents and FAQ topics from one model), the
FAQ choice written as the response selector's output, and the Rasa components
that do it (real Rasa Messages and model storage on disk; trained on the
project's own examples)."""

import pytest
import yaml
from rapidfuzz import fuzz, process
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from core.faq_catalogue import TOPICS, domain_responses
from core.project_files import ROOT, training_examples
from nlu_components.faq_selector import FaqSelector
from nlu_components.intent_classifier import LINEAR_FAQ_KEY, LinearIntentClassifier, intent_ranking
from nlu_components.linear_text import LinearTextModel

FAQ = {k: v for k, v in training_examples().items() if k.startswith("faq/")}
CONTEXT = ExecutionContext(GraphSchema({}), "test")

# Written for these tests, with typos; each is checked below not to be a near-copy of a training
# example. The expected topics come from the answers in data/faq/, chosen by hand.
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


def test_the_components_sit_where_they_feed_each_other():
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]]
    position = names.index("nlu_components.faq_selector.FaqSelector")
    assert names[position - 1] == "nlu_components.intent_classifier.LinearIntentClassifier"
    assert position < names.index("nlu_components.age_routing.AgeRouting")
    assert position < names.index("nlu_components.faq_uncertainty.FaqUncertaintyFallback")
    assert "ResponseSelector" not in names  # the FAQ choice has one author


def test_no_component_of_the_model_draws_random_numbers():
    """Every training gives the same model: no neural component (DIET, ResponseSelector, TED), whose
    results depend on a random initialisation (docs/nlu-evaluation.md, "Three trainings")."""
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    names = {c["name"] for c in config["pipeline"] + config["policies"]}
    assert not names & {"DIETClassifier", "ResponseSelector", "TEDPolicy", "UnexpecTEDIntentPolicy"}


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


@pytest.fixture(scope="module")
def component(tmp_path_factory):
    return FaqSelector.create({}, LocalModelStorage(tmp_path_factory.mktemp("storage")), Resource("faq_selector"), CONTEXT)


@pytest.mark.parametrize("text, topic", UNSEEN)
def test_the_choice_is_written_as_rasas_response_selector_would(component, classifier, text, topic):
    message = Message(data={"text": text})
    classifier.process([message])
    component.process([message])
    selector = message.get("response_selector")
    assert selector["all_retrieval_intents"] == ["faq"]
    chosen = selector["faq"]
    assert set(chosen["response"]) == {"responses", "confidence", "intent_response_key", "utter_action"}
    assert chosen["response"]["intent_response_key"] == topic
    key = topic.split("/", 1)[1]
    # utter_faq sends the domain response named here (data/faq/ answers, faq_importer.py)
    assert chosen["response"]["utter_action"] == f"utter_faq_{key}"
    assert chosen["ranking"][0]["intent_response_key"] == topic
    assert chosen["response"]["confidence"] == chosen["ranking"][0]["confidence"]
    assert len(chosen["ranking"]) <= 10
    confidences = [r["confidence"] for r in chosen["ranking"]]
    assert confidences == sorted(confidences, reverse=True)
    assert message.get("intent")["full_retrieval_intent_name"] == topic
    assert "response_selector" in message.output_properties


def test_the_fse_answer_is_the_one_in_the_theme_file(component, classifier):
    message = Message(data={"text": UNSEEN[0][0]})
    classifier.process([message])
    component.process([message])
    utter_action = message.get("response_selector")["faq"]["response"]["utter_action"]
    assert "Fonds social européen" in domain_responses()[utter_action][0]["text"]
    assert TOPICS["financement_fse"].answer == domain_responses()[utter_action][0]["text"]


def test_component_leaves_messages_without_faq_probabilities_alone(component):
    message = Message(data={"text": "bonjour"})
    component.process([message])
    assert message.get("response_selector") is None


@pytest.mark.parametrize("component_class", [LinearIntentClassifier])
def test_a_model_without_the_stored_file_does_not_load(tmp_path, component_class):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("never_trained")
    with storage.write_to(resource):
        pass  # the component's directory exists, its file does not
    with pytest.raises(OSError):
        component_class.load({}, storage, resource, CONTEXT)
