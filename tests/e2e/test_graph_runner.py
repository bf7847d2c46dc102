"""channels/graph_runner.py (change 6 of rasa_patches) on the project's trained model: the server's
runner and Rasa's dask runner give the same parse for the held-out messages and the load test's
messages, and the same prediction at every step of every story and rule of the project. In
process (two of Rasa's own message processors on the same model, one per runner); no server."""

import asyncio
import sys

import pytest
import rasa.core.processor
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.nlu.training_data.loading import load_data

from channels import rasa_patches
from channels.graph_runner import SequentialGraphRunner
from channels.guard import ACTION_TIMEOUT_S
from core.project_files import ROOT
from launcher.model import ensure_trained

sys.path.insert(0, str(ROOT / "scripts"))
from loadtest import FAQ, NONSENSE, PLACES  # noqa: E402


def _processor(model, runner_class) -> MessageProcessor:
    rasa.core.processor.DaskGraphRunner = runner_class
    processor = MessageProcessor(model, InMemoryTrackerStore(None), InMemoryLockStore(), None)
    processor.nlg = TemplatedNaturalLanguageGenerator(processor.domain.responses)
    return processor


@pytest.fixture(scope="module")
def processors():
    rasa_patches.install(action_timeout_s=ACTION_TIMEOUT_S)  # as in the server: the other changes on
    model = ensure_trained()
    try:
        pair = (_processor(model, DaskGraphRunner), _processor(model, SequentialGraphRunner))
    finally:
        rasa.core.processor.DaskGraphRunner = SequentialGraphRunner
    assert isinstance(pair[0].graph_runner, DaskGraphRunner)
    assert not isinstance(pair[0].graph_runner, SequentialGraphRunner)
    assert isinstance(pair[1].graph_runner, SequentialGraphRunner)
    return pair


def _texts():
    texts = []
    for path in sorted((ROOT / "tests" / "nlu").glob("*.yml")):
        texts += [example.get("text") for example in load_data(str(path)).intent_examples]
    return texts + FAQ + PLACES + NONSENSE + ["", "🙂🙂", "<script>alert(1)</script>", "je veux mourir"]


def test_same_parse_for_every_held_out_and_load_test_message(processors):
    dask_processor, ours = processors
    texts = _texts()
    assert len(texts) >= 300

    async def parse_all(processor):
        return [await processor.parse_message(UserMessage(text)) for text in texts]

    expected = asyncio.run(parse_all(dask_processor))
    found = asyncio.run(parse_all(ours))
    assert found == expected
    # and the parse is a real one: written by hand, a question about the CEJ is an FAQ question
    by_text = dict(zip(texts, found))
    assert by_text["le contrat d'engagement jeune ca marche comment"]["intent"]["name"] == "faq"


def test_same_prediction_at_every_step_of_every_story_and_rule(processors):
    dask_processor, ours = processors
    domain = ours.domain
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")])
    trackers = TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0).generate()
    steps = 0
    for training_tracker in trackers:
        events = []
        for event in training_tracker.events:
            events.append(event)
            if not isinstance(event, (ActionExecuted, UserUttered)):
                continue
            predictions = [processor._predict_next_with_tracker(
                DialogueStateTracker.from_events(f"s{steps}", list(events), domain.slots))
                for processor in (dask_processor, ours)]
            assert predictions[1] == predictions[0]
            assert predictions[1].policy_name == predictions[0].policy_name
            steps += 1
    assert steps >= 200
