"""Base for the project's untrained NLU components (rule-based post-processing), and the one
way they change a message's intent."""

from typing import Any, Dict, Text

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
