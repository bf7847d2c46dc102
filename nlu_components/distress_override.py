"""Rasa NLU component: a message of distress gets the `urgence` intent and its situation.

Placed last in the pipeline, so that neither a fallback, a clarification menu, an FAQ answer
nor a place search can hide a message about a person in danger. It decides with the patterns
of `distress.py` first (precise), then the linear classifier of `distress_classifier.py`
(general); both are plain Python and deterministic, so the decision does not depend on how the
Rasa model happened to train.

- distress found: intent `urgence` (confidence 1) and an entity `situation_urgence` naming
  the situation, which fills the slot `urgence_situation`; `utter_urgence` (domain.yml) gives
  that situation's number first.
- the model said `urgence` but neither detector agrees: the decision stays with the
  deterministic detectors (measured in docs/nlu-evaluation.md, "Safety"), so the message goes
  to the clarification (`nlu_fallback`), which offers topics, instead of the numbers; or, when the
  place reading made it a search (a home said among hard facts: "je suis rentrée chez ma mère à
  Lorient… j'ai tout arrêté"), to the place search.

The classifier is made once, when the model is loaded: fitted on about 33,600 examples (about 12 s), or read from the
machine's cache when the same examples and code were fitted before (under a second; `DistressClassifier.from_project`).
"""

import logging
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from core.knowledge_base import normalise
from core.place_reading import PARSE_KEY
from nlu_components.base import set_intent
from nlu_components.distress_classifier import DistressClassifier, detect
from nlu_components.place_mention import SEARCH_INTENT, known_commune_name

logger = logging.getLogger(__name__)

URGENCE_INTENT = "urgence"
SITUATION_ENTITY = "situation_urgence"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class DistressOverride(GraphComponent):
    """Sets `urgence` and its situation on messages of distress (see module doc)."""

    def __init__(self, classifier: DistressClassifier) -> None:
        self._classifier = classifier

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "DistressOverride":
        # made before the server says it is ready, so that no message waits for it
        return cls(DistressClassifier.from_project())

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue
            reading = message.get(PARSE_KEY) or {}
            found = detect(text, self._classifier, place_words=place_words(reading),
                           place_search=reading.get("search") is not None)
            if found is not None:
                set_intent(message, URGENCE_INTENT, 1.0)
                entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != SITUATION_ENTITY]
                entities.append({
                    "entity": SITUATION_ENTITY, "value": found, "start": 0, "end": len(text),
                    "extractor": type(self).__name__,
                })
                message.set(ENTITIES, entities, add_to_output=True)
            elif (message.get(INTENT) or {}).get("name") == URGENCE_INTENT:
                if reading.get("search"):
                    logger.debug("distress: the model's 'urgence' is not confirmed; a place search")
                    set_intent(message, SEARCH_INTENT, 1.0)
                else:
                    logger.debug("distress: the model's 'urgence' is not confirmed; asking instead")
                    set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME, 0.0)
        return messages


def place_words(reading: Dict[str, Any]) -> List[str]:
    """The words of the communes that a message's place reading (PlaceMentionOverride, before this
    component) found in it, as written in the knowledge base."""
    words: List[str] = []
    for key in ("alone", "answer", "explicit"):
        code = (reading.get(key) or {}).get("commune")
        name = known_commune_name(code) if code else None
        if name:
            words.extend(normalise(name).split())
    return words
