"""Rasa NLU component: turns an uncertain FAQ choice into `nlu_fallback`.

FallbackClassifier only looks at the intent confidence. Every FAQ shares the
single retrieval intent `faq`, so a message that the response selector
cannot place between two FAQ answers would still be answered, possibly
wrongly. This component reads the selector's ranking and, when the choice
is uncertain (see `faq_choice.decide`), sets the intent to `nlu_fallback`;
the clarification action then offers the likely topics as buttons.
"""

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from core.faq_choice import decide, ranking_of
from nlu_components.base import StatelessComponent, set_intent


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class FaqUncertaintyFallback(StatelessComponent):
    """Sets `nlu_fallback` when the response selector hesitates."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if intent.get("name") != "faq" or (message.get(TEXT) or "").startswith("/"):
                continue
            parse = {"response_selector": message.get("response_selector")}
            if decide(ranking_of(parse)).answer is not None:
                continue
            set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME, float(intent.get("confidence") or 0.0))
        return messages
