"""Rasa NLU component: "mission locale de <place>" is a place search.

A message that names a mission locale and a place the knowledge base knows
("mission locale Bordeaux", "ML 59100", "mision locale de lens") is a search for
that structure, whatever a statistical classifier says. This component overrides
intents that cannot be right for such a message (out of scope, fallback,
greeting, another language) and the FAQ answers: the place is answered first,
and a specific FAQ question asked beside it ("la mission locale de Lille, c'est
gratuit ?") is kept as the entity `autre_sujet`, which the rules answer right
after the place (`action_repondre_autre_sujet`; the two FAQ answers about
missions locales in general, definition and meeting an adviser, are what the
place answer gives, so they are dropped). The follow-up intents and distress are left alone. A misspelled town
counts only when it is all that follows "mission locale (de)" and is one letter
away from the town's name ("mission locale de strasbour").
"""

import logging
import re
from typing import List

from rapidfuzz.distance import Levenshtein
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from core.knowledge_base import PLACE_MARKERS, STOPWORDS, Finding, knowledge_base, normalise
from core.two_questions import OTHER_TOPIC_ENTITY
from nlu_components.base import StatelessComponent, set_intent

logger = logging.getLogger(__name__)

SEARCH_INTENT = "chercher_mission_locale"
OVERRIDABLE = {"hors_sujet", "nlu_fallback", "saluer", "autre_langue", "capacites"}
# FAQ answers about missions locales in general: with a place named, the user wants that place's.
GENERAL_FAQ_TOPICS = {"faq/ml_definition", "faq/rencontrer_conseiller"}
# "mission locale" as users type it: missions locale, mision, misson, mission local, missionlocale,
# ML, mloc
_MENTION = re.compile(r"\b(mi+s+i*o+n+s?|misison|mision)\s*loca(le|l)e?s?\b|\bml\b|\bmloc\b", re.IGNORECASE)


WINDOW_WORDS = 6
# Where the person lives, right before the place ("j'habite à", "je vis à", "je suis de"; not "un
# jeune que je suis à Calais", where "suis" is "follow")
_DWELLING = (r"(?:j?habite\w*|jvis|vis|vit|vivons|vivez|reside\w*|(?<!que )(?:je|j) suis|jsuis|chui|viens|venons|on est|"
             r"nous sommes|je loge|je reste)")
_PLACE_WORDS = r"(?:a|au|aux|de|d|du|sur|en|dans|pres de|vers)?\s*(?:la |le |les |l )?"


def names_a_place_search(text: str) -> bool:
    """True when a place the knowledge base resolves follows "mission locale" (within a few words)."""
    return named_place_kind(text) is not None


def named_place_kind(text: str):
    """The kind of place ("commune", "departement", "region") that a message asks a mission locale
    for: named within a few words after "mission locale", or given as where the person lives
    ("j'habite à Lens, c'est quelle mission locale ?", "je suis à Quimper, vous faites le CEJ ?");
    None otherwise."""
    mention = _MENTION.search(text or "")
    try:
        kb = knowledge_base()
        if mention:
            after = " ".join(text[mention.end():].split()[:WINDOW_WORDS])
            explicit = kb.find_explicit(f"{mention.group(0)} {after}")
            if explicit.status != "not_found":
                return explicit.place_kind or "commune"
        # the place said as where the person lives (or by its postcode), not merely named
        # ("éducatrice à Compiègne, …" is not a search)
        norm = normalise(text or "")
        lives = re.search(rf"\b{_DWELLING}\b", norm)
        postcode = re.search(r"\b\d{5}\b", norm)
        whole = kb.find_explicit(text) if lives or postcode else Finding("not_found")  # most messages: skipped
        if whole.status == "found" and whole.place_kind == "commune" and whole.commune_code:
            # the name's first word as typed ("j'habite à cherbourg" for Cherbourg-en-Cotentin)
            first = re.sub(r"^(la|le|les|l) ", "", normalise(kb.communes[whole.commune_code]["name"])).split()[0]
            if postcode or re.search(rf"\b{_DWELLING}\s+{_PLACE_WORDS}{re.escape(first)}", norm):
                return "commune"
        elif whole.status == "ambiguous" and lives:
            return "commune"
        if not mention:
            return None
        # "mission locale de Strasbour": a misspelled name is still meant as a place when it is
        # all that follows "mission locale (de)": one or two words, none of them a common word.
        words = normalise(text[mention.end():]).split()
        if words and words[0] in PLACE_MARKERS:
            words = words[1:]
        if not 1 <= len(words) <= 2 or any(w in STOPWORDS or len(w) < 4 for w in words):
            return None
        query = " ".join(words)
        finding = kb.find(query)
        if finding.status != "found" or not finding.place_name or finding.place_kind != "commune":
            return None
        # One letter wrong, missing or doubled at most: "blorpville" is not Borville.
        name = normalise(re.sub(r"\s*\(.*\)$", "", finding.place_name))
        return "commune" if Levenshtein.distance(query, name) <= 1 else None
    except Exception:  # noqa: BLE001 - an unreadable knowledge base must not break NLU
        logger.exception("knowledge base failed in place detection")
        return None


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class PlaceMentionOverride(StatelessComponent):
    """Sets `chercher_mission_locale` on "mission locale + known place" messages and on messages
    saying where the person lives."""

    def __init__(self) -> None:
        # loaded with the model (about 1 s), so that the first message does not wait for it
        try:
            knowledge_base()
        except Exception:  # noqa: BLE001 - an unreadable knowledge base must not stop the server
            logger.exception("knowledge base unreadable at start; place detection will retry")

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            faq_key = ((message.get("response_selector") or {}).get("faq") or {}).get("response", {}).get(
                "intent_response_key"
            )
            if text.startswith("/") or intent.get("name") not in OVERRIDABLE | {"faq"}:
                continue
            kind = named_place_kind(text)
            # an FAQ question beside a department or a region ("les missions locales des
            # Hauts-de-France, qui les coordonne ?") is about the network, not a search
            general = faq_key in GENERAL_FAQ_TOPICS
            if kind is None or (intent.get("name") == "faq" and kind != "commune" and not general):
                continue
            set_intent(message, SEARCH_INTENT, 1.0)
            if intent.get("name") == "faq" and faq_key and faq_key not in GENERAL_FAQ_TOPICS:
                entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != OTHER_TOPIC_ENTITY]
                entities.append({"entity": OTHER_TOPIC_ENTITY, "value": faq_key.split("/", 1)[1], "start": 0,
                                 "end": len(text), "extractor": type(self).__name__})
                message.set(ENTITIES, entities, add_to_output=True)
        return messages
