"""Rasa NLU component: the FAQ answer, chosen from the linear classifier's topic
probabilities, written where Rasa's ResponseSelector would write it.

The intent classifier (`intent_classifier.py`) passes the FAQ topics'
probabilities in the message (`LINEAR_FAQ_KEY`). This component ranks them and
writes the parse output `response_selector.faq` (the ranking, and the chosen
topic's answers and `utter_action`) in the shape of Rasa 3.6's ResponseSelector
(rasa/nlu/selectors/response_selector.py), so that everything downstream reads
it unchanged: the age rule, the clarification, Rasa's `utter_faq` action and
`rasa test nlu`. It also names the topic in the intent
(`full_retrieval_intent_name`), as the ResponseSelector does.

A message that asks two questions with clear, different topics (`two_questions.py`) gets the
choice of its main question, and the entity `autre_sujet` naming the other topic, which
`action_proposer_autre_sujet` offers as a button after the answer.

Why not the ResponseSelector: on the held-out sets it added almost nothing to
the linear classifier and took most of the training time (docs/nlu-evaluation.md,
"Training in minutes"); without it the choice is deterministic.

The answers themselves are not read here: `utter_faq` takes the text of the response that
`utter_action` names from the domain (`utter_faq_<topic>`, see `faq_importer.py`), so an
answer edit does not touch the NLU.
"""

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from core.faq_catalogue import answer_response
from core.two_questions import OTHER_TOPIC_ENTITY, choose
from nlu_components.intent_classifier import LINEAR_FAQ_KEY, LINEAR_FAQ_PARTS_KEY

RANKING_LENGTH = 10


def ranked(probabilities: Dict[str, float]) -> List[Dict[str, Any]]:
    """The topics best first (ties by key), as ResponseSelector ranking entries."""
    ordered = sorted(probabilities.items(), key=lambda kv: (-kv[1], kv[0]))[:RANKING_LENGTH]
    return [{"id": None, INTENT_RESPONSE_KEY: key, "confidence": p} for key, p in ordered]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class FaqSelector(GraphComponent):
    """Writes the FAQ choice of the linear classifier as the response selector's output."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"retrieval_intent": "faq"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._retrieval_intent = config.get("retrieval_intent", "faq")

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FaqSelector":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            linear = message.get(LINEAR_FAQ_KEY)
            if not linear or not (message.get(TEXT) or "").strip():
                continue
            two = self._two_questions(message, linear)
            if two is not None:
                # the choice is the main question's; the other is named for the button
                linear = message.get(LINEAR_FAQ_PARTS_KEY)[two.main_part]["probabilities"]
            ranking = ranked(linear)
            key, confidence = ranking[0][INTENT_RESPONSE_KEY], ranking[0]["confidence"]
            utter_action = answer_response(key.split("/", 1)[1])
            selector = message.get("response_selector") or {}
            selector["all_retrieval_intents"] = [self._retrieval_intent]
            selector[self._retrieval_intent] = {
                "response": {
                    "responses": [],  # utter_faq reads the text from the domain
                    "confidence": confidence,
                    "intent_response_key": key,
                    "utter_action": utter_action,
                },
                "ranking": ranking,
            }
            message.set("response_selector", selector, add_to_output=True)
            intent = message.get(INTENT) or {}
            if intent.get("name") == self._retrieval_intent:
                message.set(INTENT, dict(intent, full_retrieval_intent_name=key), add_to_output=True)
                if two is not None:
                    text = message.get(TEXT) or ""
                    entities = list(message.get(ENTITIES) or []) + [{
                        "entity": OTHER_TOPIC_ENTITY, "value": two.other_topic, "start": 0,
                        "end": len(text), "extractor": type(self).__name__,
                    }]
                    message.set(ENTITIES, entities, add_to_output=True)
        return messages

    @staticmethod
    def _two_questions(message: Message, whole: Dict[str, float]):
        parts = message.get(LINEAR_FAQ_PARTS_KEY)
        if not parts:
            return None
        return choose(whole, [p["probabilities"] for p in parts], [p["share"] for p in parts])
