"""Rasa actions: thin wrappers around the plain-Python modules of this package."""

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.structures import answer_place, place_reading
from core.faq_catalogue import TOPICS, answer_response, topic_buttons
from core.faq_choice import (
    CLARIFY_GENERIC_RESPONSE,
    CLARIFY_TOPICS_RESPONSE,
    GENERIC_TOPICS,
    OTHER_BUTTON,
    decide,
    ranking_of,
)
from core.knowledge_base import knowledge_base
from core.two_questions import OTHER_TOPIC_ENTITY

logger = logging.getLogger(__name__)

MAX_PLACE_ALONE_WORDS = 5


class ActionClarifier(Action):
    """Low NLU confidence: offers the likely FAQ topics, or general topics."""

    def name(self) -> Text:
        return "action_clarifier"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        parse = tracker.latest_message or {}
        # A place typed alone ("Roubaix", "59100", "à Vannes svp") is an answer to "where do you
        # live?"; a longer message that merely names a place ("éducatrice à Compiègne, …") is not.
        text = parse.get("text") or ""
        try:
            kb = knowledge_base()
            finding = place_reading(tracker).explicit if len(text.split()) <= MAX_PLACE_ALONE_WORDS else None
        except Exception:  # noqa: BLE001 - clarification still works without the knowledge base
            logger.exception("knowledge base unavailable in the clarification")
            finding = None
        if finding is not None and finding.status != "not_found":
            return answer_place(dispatcher, kb, finding)
        intents = [i for i in parse.get("intent_ranking") or [] if i.get("name") != "nlu_fallback"]
        faq_likely = bool(intents) and intents[0].get("name") == "faq" and float(
            intents[0].get("confidence") or 0.0
        ) >= 0.3
        candidates = decide(ranking_of(parse), set(TOPICS)).candidates if faq_likely else []
        if candidates:
            dispatcher.utter_message(
                response=CLARIFY_TOPICS_RESPONSE, buttons=topic_buttons(candidates) + [OTHER_BUTTON]
            )
        else:
            dispatcher.utter_message(
                response=CLARIFY_GENERIC_RESPONSE, buttons=topic_buttons(GENERIC_TOPICS) + [OTHER_BUTTON]
            )
        return []


def other_topics(tracker: Tracker) -> List[str]:
    """The FAQ topics of a message's other question (entity `autre_sujet`)."""
    return [e.get("value") for e in (tracker.latest_message or {}).get("entities") or []
            if e.get("entity") == OTHER_TOPIC_ENTITY and e.get("value") in TOPICS]


class ActionProposerAutreSujet(Action):
    """After the answer to a message's main question, its other question as a button."""

    def name(self) -> Text:
        return "action_proposer_autre_sujet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        buttons = topic_buttons(other_topics(tracker))[:1]
        if buttons:
            dispatcher.utter_message(response="utter_autre_question", buttons=buttons)
        return []


class ActionRepondreAutreSujet(Action):
    """After the place answer, the FAQ question asked in the same message, answered in full ("la
    mission locale de Lille, c'est gratuit ?": Lille's structure, then whether it is free)."""

    def name(self) -> Text:
        return "action_repondre_autre_sujet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        keys = other_topics(tracker)
        if keys:
            dispatcher.utter_message(response=answer_response(keys[0]))
        return []


class ActionDefaultAskAffirmation(ActionClarifier):
    """Replaces Rasa's English "Did you mean ...?" with the French clarification."""

    def name(self) -> Text:
        return "action_default_ask_affirmation"
