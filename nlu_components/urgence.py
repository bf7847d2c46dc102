"""Rasa NLU component: forces the `urgence` intent on messages of distress.

Placed last in the pipeline (after FallbackClassifier), so neither a
low-confidence fallback nor a wrong FAQ choice can hide a message that
speaks of suicide, violence, danger, harassment or no roof tonight.
"""

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu_components.base import StatelessComponent
from nlu_components.distress import speaks_of_distress

URGENCE_INTENT = "urgence"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class UrgenceOverride(StatelessComponent):
    """Sets intent `urgence` (confidence 1) when distress patterns match."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/") or not speaks_of_distress(text):
                continue
            intent = {"name": URGENCE_INTENT, "confidence": 1.0}
            ranking = [
                r
                for r in (message.get(INTENT_RANKING_KEY) or [])
                if r.get("name") != URGENCE_INTENT
            ]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)
        return messages
