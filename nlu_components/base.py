"""Base for the project's untrained NLU components (rule-based post-processing)."""

from typing import Any, Dict, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage


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
