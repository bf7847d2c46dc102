"""Base for the project's untrained NLU components (rule-based post-processing), the one way they
change a message's intent, and the one way they read the FAQ choice."""

from typing import Any, Dict, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message


class StatelessComponent(GraphComponent):
    """A component with no configuration and no training: only `process`."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "StatelessComponent":
        return cls()


def set_intent(message: Message, name: str, confidence: float) -> None:
    """Makes `name` the message's intent, first in its ranking (where it appears only once)."""
    intent = {"name": name, "confidence": confidence}
    ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)


def faq_selection(message: Message) -> Dict[str, Any]:
    """The FAQ choice that FaqSelector wrote where Rasa's ResponseSelector would
    (`response_selector.faq`: `response` and `ranking`), or {} when there is none; changes made
    to it are the message's once `message.set("response_selector", ...)` is called."""
    return (message.get("response_selector") or {}).get("faq") or {}


def chosen_faq_key(message: Message) -> Optional[str]:
    """The chosen FAQ topic's key ("faq/cej"), or None."""
    return (faq_selection(message).get("response") or {}).get("intent_response_key")
