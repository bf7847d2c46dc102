"""Rasa NLU component: "mission locale de <place>" is a place search.

A message that names a mission locale and a place the knowledge base knows
("mission locale Bordeaux", "ML 59100") is a search for that structure,
whatever a statistical classifier says. This component only overrides
intents that cannot be right for such a message (out of scope, fallback,
greeting, another language) and the two FAQ answers about missions locales
in general (definition, meeting an adviser); other FAQ answers ("la mission
locale de Lille, c'est gratuit ?"), the follow-up intents and distress are
left alone. A misspelled town counts only when it is all that follows "mission
locale (de)" and is one letter away from the town's name ("mission locale de
strasbour").
"""

import logging
import re
from typing import List

from rapidfuzz.distance import Levenshtein
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu_components.base import StatelessComponent, set_intent

logger = logging.getLogger(__name__)

SEARCH_INTENT = "chercher_mission_locale"
OVERRIDABLE = {"hors_sujet", "nlu_fallback", "saluer", "autre_langue", "capacites"}
# FAQ answers about missions locales in general: with a place named, the user wants that place's.
GENERAL_FAQ_TOPICS = {"faq/ml_definition", "faq/rencontrer_conseiller"}
_MENTION = re.compile(r"\b(mi+s+i+on+s?|misison|mision)\s+loca(le|l)s?\b|\bml\b", re.IGNORECASE)


WINDOW_WORDS = 6


def names_a_place_search(text: str) -> bool:
    """True when a place the knowledge base resolves follows "mission locale" (within a few words)."""
    mention = _MENTION.search(text or "")
    if not mention:
        return False
    from core.knowledge_base import PLACE_MARKERS, STOPWORDS, knowledge_base, normalise  # plain Python

    after = " ".join(text[mention.end():].split()[:WINDOW_WORDS])
    try:
        kb = knowledge_base()
        if kb.find_explicit(f"{mention.group(0)} {after}").status != "not_found":
            return True
        # "mission locale de Strasbour": a misspelled name is still meant as a place when it is
        # all that follows "mission locale (de)": one or two words, none of them a common word.
        words = normalise(text[mention.end():]).split()
        if words and words[0] in PLACE_MARKERS:
            words = words[1:]
        if not 1 <= len(words) <= 2 or any(w in STOPWORDS or len(w) < 4 for w in words):
            return False
        query = " ".join(words)
        finding = kb.find(query)
        if finding.status == "not_found" or not finding.place_name:
            return False
        # One letter wrong, missing or doubled at most: "blorpville" is not Borville.
        name = normalise(re.sub(r"\s*\(.*\)$", "", finding.place_name))
        return Levenshtein.distance(query, name) <= 1
    except Exception:  # noqa: BLE001 - an unreadable knowledge base must not break NLU
        logger.exception("knowledge base failed in place detection")
        return False


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class PlaceMentionOverride(StatelessComponent):
    """Sets `chercher_mission_locale` on "mission locale + known place" messages."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            faq_key = ((message.get("response_selector") or {}).get("faq") or {}).get("response", {}).get(
                "intent_response_key"
            )
            overridable = intent.get("name") in OVERRIDABLE or (
                intent.get("name") == "faq" and faq_key in GENERAL_FAQ_TOPICS
            )
            if not overridable or text.startswith("/") or not names_a_place_search(text):
                continue
            set_intent(message, SEARCH_INTENT, 1.0)
        return messages
