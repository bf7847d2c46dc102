"""Rasa NLU component: the intent classifier, a linear model (`linear_text.py`)
over every leaf label of the training data: each ordinary intent, and each FAQ
topic (`faq/<topic>`) as a label of its own.

The intent ranking sums the FAQ topics into the retrieval intent `faq`; the
FAQ topics' own probabilities are passed on in the message (`LINEAR_FAQ_KEY`,
not part of the parse output) to `faq_selector.py`, which writes the FAQ
choice. One model, fitted once, serves both decisions.

It replaces DIET (docs/nlu-evaluation.md, "Training in minutes"): on the two
held-out sets it classifies intents better, it trains in no time, and it is
deterministic, so its decisions do not depend on a training run.

Training stores the examples in the model (JSON); loading fits the linear
model on them (about a second), so no pickled object is ever read back.
"""

import json
import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from core.two_questions import question_parts
from nlu_components.linear_text import LinearTextModel

logger = logging.getLogger(__name__)

STORED_FILE = "intent_examples.json"
LINEAR_FAQ_KEY = "linear_faq_probabilities"
# When a message asks several questions: each part's FAQ topic probabilities and the share of
# FAQ labels in it (read by faq_selector.py, see two_questions.py).
LINEAR_FAQ_PARTS_KEY = "linear_faq_parts"
RANKING_LENGTH = 10


def leaf_examples(training_data: TrainingData) -> List[List[str]]:
    """[text, leaf label] for every intent example: `faq/<topic>` for an FAQ example."""
    return [
        [e.get(TEXT), e.get(INTENT_RESPONSE_KEY) or e.get(INTENT)]
        for e in training_data.intent_examples
        if e.get(TEXT) and e.get(INTENT)
    ]


def intent_ranking(leaves: Dict[str, float], retrieval_intents: set) -> List[Dict[str, Any]]:
    """Leaf probabilities summed per intent (`faq/a` + `faq/b` -> `faq`), best first."""
    summed: Dict[str, float] = {}
    for label, probability in leaves.items():
        intent = label.split("/", 1)[0] if label.split("/", 1)[0] in retrieval_intents else label
        summed[intent] = summed.get(intent, 0.0) + probability
    ranked = sorted(summed.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"name": name, "confidence": confidence} for name, confidence in ranked]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class LinearIntentClassifier(GraphComponent):
    """Intents and FAQ topics from one linear n-gram model."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"retrieval_intents": ["faq"]}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[LinearTextModel] = None) -> None:
        self._retrieval_intents = set(config.get("retrieval_intents") or ["faq"])
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        with self._model_storage.write_to(self._resource) as directory:
            (directory / STORED_FILE).write_text(
                json.dumps(leaf_examples(training_data), ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearIntentClassifier":
        # A missing or unreadable file raises: the model is broken and must not load silently.
        with model_storage.read_from(resource) as directory:
            examples = json.loads((directory / STORED_FILE).read_text(encoding="utf-8"))
        model = LinearTextModel([t for t, _ in examples], [label for _, label in examples])
        return cls(config, model_storage, resource, model)

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        texts = [message.get(TEXT) or "" for message in messages]
        for message, leaves in zip(messages, self._model.probabilities(texts)):
            ranking = intent_ranking(leaves, self._retrieval_intents)[:RANKING_LENGTH]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            faq = self._faq_share(leaves)
            if faq["share"] > 0:
                message.set(LINEAR_FAQ_KEY, faq["probabilities"])
                parts = question_parts(message.get(TEXT) or "")
                if len(parts) > 1:
                    message.set(LINEAR_FAQ_PARTS_KEY, [self._faq_share(p) for p in self._model.probabilities(parts)])
        return messages

    def _faq_share(self, leaves: Dict[str, float]) -> Dict[str, Any]:
        """The share of the FAQ topics among every label, and their probabilities among themselves."""
        faq = {label: p for label, p in leaves.items() if label.split("/", 1)[0] in self._retrieval_intents}
        total = sum(faq.values())
        return {"share": total, "probabilities": {k: p / total for k, p in faq.items()} if total else {}}
