"""Rasa NLU component: applies the age rule (`age_rule.py`) to the response
selector's choice, after the ResponseSelector and before the uncertainty check."""

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from core.faq_catalogue import answer_response
from nlu_components.age_rule import route_age_topic
from nlu_components.base import StatelessComponent, chosen_faq_key, faq_selection


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class AgeRouting(StatelessComponent):
    """Re-routes between the age topics according to the age stated."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            faq = faq_selection(message)
            if not faq.get("ranking"):
                continue
            chosen = chosen_faq_key(message) or ""
            target = route_age_topic(message.get(TEXT) or "", chosen.split("/", 1)[-1])
            if not target or f"faq/{target}" == chosen:
                continue
            ranking = faq["ranking"]
            entry = next((r for r in ranking if r.get("intent_response_key") == f"faq/{target}"), None)
            if entry is None:
                continue
            # The routed topic takes the top place with the top confidence.
            top = max(float(r.get("confidence") or 0.0) for r in ranking)
            routed = dict(entry, confidence=top)
            faq["ranking"] = [routed] + [dict(r, confidence=min(float(r.get("confidence") or 0.0), top / 2))
                                         for r in ranking if r is not entry]
            faq["response"] = dict(
                faq["response"], intent_response_key=f"faq/{target}", confidence=top,
                responses=[], utter_action=answer_response(target), id=entry.get("id"),
            )
            message.set("response_selector", message.get("response_selector"), add_to_output=True)
        return messages
