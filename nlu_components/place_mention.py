"""Rasa NLU component: reads each message's places once, and makes "mission locale de <place>" a
place search.

Every message is read once by `core.place_reading.read_place`; the reading (codes, no text) goes
into the parse data under `place`, where the actions find it (they never read the text again).

A message that names a mission locale and a place the knowledge base knows ("mission locale
Bordeaux", "ML 59100", "mision locale de lens"), or says where the person lives, is a search for
that structure, whatever a statistical classifier says. This component overrides intents that
cannot be right for such a message (out of scope, fallback, greeting, thanks, another language) and the FAQ
answers: the place is answered first, and a specific FAQ question asked beside it ("la mission
locale de Lille, c'est gratuit ?") is kept as the entity `autre_sujet`, which the rules answer right
after the place (`action_repondre_autre_sujet`; the two FAQ answers about missions locales in
general, definition and meeting an adviser, are what the place answer gives, so they are dropped).
The follow-up intents and distress are left alone.
"""

import logging
import re
from typing import List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from core.knowledge_base import knowledge_base
from core.place_reading import PARSE_KEY, PlaceReading, read_place
from core.text import lower_without_accents
from core.two_questions import OTHER_TOPIC_ENTITY
from nlu_components.base import StatelessComponent, chosen_faq_key, set_intent

logger = logging.getLogger(__name__)

SEARCH_INTENT = "chercher_mission_locale"
OVERRIDABLE = {"hors_sujet", "nlu_fallback", "saluer", "remercier", "autre_langue", "capacites",
               "au_revoir",  # "à Saumur" had been read as "à plus"
               "bot_challenge"}  # "Roussillon, vous êtes où ?" had been read as "who are you?" (twenty-sixth session, dev-VD)
OTHERS_INTENT = "demander_autres_structures"
# FAQ answers about missions locales in general: with a place named, the user wants that place's.
GENERAL_FAQ_TOPICS = {"faq/ml_definition", "faq/rencontrer_conseiller"}


def reading_of(text: str) -> Optional[PlaceReading]:
    """The message's place reading; None when the knowledge base cannot be read (the actions then
    apologise)."""
    try:
        return read_place(knowledge_base(), text)
    except Exception:  # noqa: BLE001 - an unreadable knowledge base must not break NLU
        logger.exception("knowledge base failed in place reading")
        return None


def known_commune_name(code: str) -> Optional[str]:
    """The name of a commune of the knowledge base, or None (unknown code, unreadable base)."""
    try:
        commune = knowledge_base().communes.get(code)
    except Exception:  # noqa: BLE001 - an unreadable knowledge base must not break NLU
        return None
    return commune["name"] if commune else None


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class PlaceMentionOverride(StatelessComponent):
    """Puts each message's place reading in its parse data, and sets `chercher_mission_locale` on
    "mission locale + known place" messages and on messages saying where the person lives."""

    def __init__(self) -> None:
        # loaded with the model (about 1 s), so that the first message does not wait for it
        try:
            knowledge_base()
        except Exception:  # noqa: BLE001 - an unreadable knowledge base must not stop the server
            logger.exception("knowledge base unreadable at start; place detection will retry")

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue  # a payload names its intent itself
            reading = reading_of(text)
            if reading is None:
                continue
            message.set(PARSE_KEY, reading.to_data(), add_to_output=True)
            self._override(message, text, reading.search)
        return messages

    @staticmethod
    def _override(message: Message, text: str, kind: Optional[str]) -> None:
        intent = message.get(INTENT) or {}
        # a town's mission locale asked in the plural ("Mission Locales du Mans") is no request for the department's others
        # (twenty-fifth session, dev-UX)
        plural_for_a_town = intent.get("name") == OTHERS_INTENT and kind == "commune" and not re.search(
            r"\bautres?\b", lower_without_accents(text))
        if kind is None or (intent.get("name") not in OVERRIDABLE | {"faq"} and not plural_for_a_town):
            return
        faq_key = chosen_faq_key(message)
        # an FAQ question beside a department or a region ("les missions locales des
        # Hauts-de-France, qui les coordonne ?") is about the network, not a search
        general = faq_key in GENERAL_FAQ_TOPICS
        if intent.get("name") == "faq" and kind != "commune" and not general:
            return
        set_intent(message, SEARCH_INTENT, 1.0)
        if intent.get("name") == "faq" and faq_key and faq_key not in GENERAL_FAQ_TOPICS:
            entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != OTHER_TOPIC_ENTITY]
            entities.append({"entity": OTHER_TOPIC_ENTITY, "value": faq_key.split("/", 1)[1], "start": 0,
                             "end": len(text), "extractor": PlaceMentionOverride.__name__})
            message.set(ENTITIES, entities, add_to_output=True)
