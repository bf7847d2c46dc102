"""Rasa NLU component: the FAQ answer is chosen by the ResponseSelector and the
linear classifier together, placed right after the ResponseSelector and before
the age rule and the uncertainty check.

The linear classifier's FAQ probabilities come from the intent classifier
(`intent_classifier.py`, message key `LINEAR_FAQ_KEY`): one model serves both.
This component averages them with the selector's ranking and rewrites the
selector's output in place (`response_selector.faq`: its ranking and its chosen
response), so that everything downstream (the age rule, the clarification,
Rasa's `utter_faq` action and `rasa test nlu`) reads the combined choice as if
the selector had made it. The selector reports only its top 10 topics; a topic
it did not rank counts 0 on its side, so such a topic reaches at most half the
combined confidence: it can be offered as a clarification button, never
answered straight away.

Why: the selector and the linear model make different errors (the selector
generalises over whole sentences, the linear model keeps every character
n-gram, which suits typos); their average is right more often than either
(docs/nlu-evaluation.md).

Training stores the FAQ answers in the model, to give the chosen topic's answer
when the average changes the selector's choice.
"""

import json
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.intent_classifier import LINEAR_FAQ_KEY

STORED_FILE = "faq_answers.json"
RANKING_LENGTH = 10
# An equal vote, fixed before measuring.
LINEAR_WEIGHT = 0.5


def combine(selector_ranking: List[Dict[str, Any]], linear: Dict[str, float],
            weight: float = LINEAR_WEIGHT) -> List[Tuple[str, float]]:
    """Weighted average of the selector's confidences (a topic it did not
    rank counts 0) and the linear model's; best first, ties by key."""
    selector = {
        str(entry.get("intent_response_key")): float(entry.get("confidence") or 0.0)
        for entry in selector_ranking if entry.get("intent_response_key")
    }
    keys = set(selector) | set(linear)
    combined = {k: (1 - weight) * selector.get(k, 0.0) + weight * linear.get(k, 0.0) for k in keys}
    return sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class FaqEnsemble(GraphComponent):
    """Averages the ResponseSelector's ranking with the linear classifier's."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"retrieval_intent": "faq"}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 responses: Optional[Dict[str, List[Dict[str, Any]]]] = None) -> None:
        self._retrieval_intent = config.get("retrieval_intent", "faq")
        self._model_storage = model_storage
        self._resource = resource
        self._responses = responses or {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FaqEnsemble":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        prefix = f"utter_{self._retrieval_intent}/"
        responses = {k: v for k, v in training_data.responses.items() if k.startswith(prefix)}
        with self._model_storage.write_to(self._resource) as directory:
            (directory / STORED_FILE).write_text(json.dumps(responses, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FaqEnsemble":
        # A missing or unreadable file raises: the model is broken and must not load silently.
        with model_storage.read_from(resource) as directory:
            responses = json.loads((directory / STORED_FILE).read_text(encoding="utf-8"))
        return cls(config, model_storage, resource, responses)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            selector = message.get("response_selector") or {}
            faq = selector.get(self._retrieval_intent)
            linear = message.get(LINEAR_FAQ_KEY)
            if not faq or not faq.get("ranking") or not linear or not (message.get(TEXT) or "").strip():
                continue
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
