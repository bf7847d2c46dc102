"""Rasa NLU component: the FAQ answer is chosen by the ResponseSelector and a
linear n-gram classifier together (`faq_linear.py`), placed right after the
ResponseSelector and before the age rule and the uncertainty check.

It rewrites the selector's output in place (`response_selector.faq`: its
ranking and its chosen response), so that everything downstream (the age
rule, the clarification, Rasa's `utter_faq` action and `rasa test nlu`)
reads the combined choice as if the selector had made it.

Training stores the FAQ training examples in the model; loading fits the
linear model on them again (under a second for ~1,900 examples, and
deterministic), so no pickled object is ever read back.
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

EXAMPLES_FILE = "faq_examples.json"
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
                 model: Optional[FaqLinearModel] = None) -> None:
        self._retrieval_intent = config.get("retrieval_intent", "faq")
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

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
        examples = self._examples(training_data)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / EXAMPLES_FILE).write_text(json.dumps(examples, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FaqEnsemble":
        model = None
        try:
            with model_storage.read_from(resource) as directory:
                examples = json.loads((directory / EXAMPLES_FILE).read_text(encoding="utf-8"))
            model = FaqLinearModel([t for t, _ in examples], [k for _, k in examples])
        except (ValueError, OSError) as error:
            # No FAQ examples (or none stored): the selector's choice stands alone.
            logger.warning("FaqEnsemble: no linear FAQ model (%s); using the ResponseSelector alone.", error)
        return cls(config, model_storage, resource, model)

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
            top = ranking[0]
            if top[INTENT_RESPONSE_KEY] != faq["response"].get(INTENT_RESPONSE_KEY):
                faq["response"] = dict(
                    faq["response"], intent_response_key=top[INTENT_RESPONSE_KEY], responses=[],
                    utter_action=f"utter_{top[INTENT_RESPONSE_KEY]}", id=top.get("id"),
                )
            faq["response"]["confidence"] = top["confidence"]
            faq["ranking"] = ranking
            message.set("response_selector", selector, add_to_output=True)
        return messages
