"""Rasa NLU component: the FAQ answer is chosen by the ResponseSelector and a
linear n-gram classifier together (`faq_linear.py`), placed right after the
ResponseSelector and before the age rule and the uncertainty check.

It rewrites the selector's output in place (`response_selector.faq`: its
ranking and its chosen response), so that everything downstream (the age
rule, the clarification, Rasa's `utter_faq` action and `rasa test nlu`)
reads the combined choice as if the selector had made it. The selector reports
only its top 10 topics; a topic it did not rank counts 0 on its side, so such a
topic reaches at most half the combined confidence: it can be offered as a
clarification button, never answered straight away.

Training stores the FAQ training examples and answers in the model; loading
fits the linear model on them again (well under a second for the ~1,560
examples, and deterministic), so no pickled object is ever read back. The
launcher retrains when this file changes (`launcher/model.py`); a change to
`faq_linear.py` needs no retraining, it applies when the model next loads.
"""

import json
import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.faq_linear import FaqLinearModel, combine

logger = logging.getLogger(__name__)

STORED_FILE = "faq_examples_and_answers.json"
RANKING_LENGTH = 10


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class FaqEnsemble(GraphComponent):
    """Averages the ResponseSelector's ranking with a linear classifier's."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"retrieval_intent": "faq"}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[FaqLinearModel] = None,
                 responses: Optional[Dict[str, List[Dict[str, Any]]]] = None) -> None:
        self._retrieval_intent = config.get("retrieval_intent", "faq")
        self._model_storage = model_storage
        self._resource = resource
        self._model = model
        self._responses = responses or {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FaqEnsemble":
        return cls(config, model_storage, resource)

    def _examples(self, training_data: TrainingData) -> List[List[str]]:
        prefix = f"{self._retrieval_intent}/"
        return [
            [e.get(TEXT), e.get(INTENT_RESPONSE_KEY)]
            for e in training_data.intent_examples
            if (e.get(INTENT_RESPONSE_KEY) or "").startswith(prefix) and e.get(TEXT)
        ]

    def train(self, training_data: TrainingData) -> Resource:
        prefix = f"utter_{self._retrieval_intent}/"
        stored = {
            "examples": self._examples(training_data),
            "responses": {k: v for k, v in training_data.responses.items() if k.startswith(prefix)},
        }
        with self._model_storage.write_to(self._resource) as directory:
            (directory / STORED_FILE).write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FaqEnsemble":
        # A missing or unreadable file raises: the model is broken and must not load silently.
        with model_storage.read_from(resource) as directory:
            stored = json.loads((directory / STORED_FILE).read_text(encoding="utf-8"))
        examples = stored["examples"]
        if len({key for _, key in examples}) < 2:
            logger.warning("FaqEnsemble: fewer than two FAQ topics; the ResponseSelector chooses alone.")
            return cls(config, model_storage, resource)
        model = FaqLinearModel([t for t, _ in examples], [k for _, k in examples])
        return cls(config, model_storage, resource, model, stored["responses"])

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        for message in messages:
            selector = message.get("response_selector") or {}
            faq = selector.get(self._retrieval_intent)
            text = message.get(TEXT) or ""
            if not faq or not faq.get("ranking") or not text.strip():
                continue
            linear = self._model.probabilities([text])[0]
            by_key = {r.get(INTENT_RESPONSE_KEY): r for r in faq["ranking"]}
            ranking = [
                dict(by_key.get(key) or {"id": None, INTENT_RESPONSE_KEY: key}, confidence=confidence)
                for key, confidence in combine(faq["ranking"], linear)[:RANKING_LENGTH]
            ]
            key, confidence = ranking[0][INTENT_RESPONSE_KEY], ranking[0]["confidence"]
            if key != faq["response"].get(INTENT_RESPONSE_KEY):
                utter_action = f"utter_{key}"
                faq["response"] = {
                    # as Rasa's ResponseSelector does when a topic has no response
                    "responses": self._responses.get(utter_action) or [{TEXT: key}],
                    "intent_response_key": key,
                    "utter_action": utter_action,
                }
            faq["response"]["confidence"] = confidence
            faq["ranking"] = ranking
            message.set("response_selector", selector, add_to_output=True)
        return messages
