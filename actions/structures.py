"""Rasa actions that find a mission locale and answer follow-ups about it.

Thin wrappers: the knowledge base (`core/knowledge_base.py`) finds places and
structures, `answers.py` writes the French answers. Any exception inside an
action gives the user a French apology with the official directory, and is
logged; the user is never left without a reply.
"""

import abc
import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import answers
from core.faq_catalogue import answer_response
from core.form_answers import ends_the_search, is_cancel, is_no, is_yes
from core.knowledge_base import Finding, KnowledgeBase, knowledge_base
from core.place_reading import PARSE_KEY, PlaceReading, finding_from_codes, read_place

logger = logging.getLogger(__name__)

MAX_PLACE_ATTEMPTS = 3
# The place form's status, in the slot `lieu_probleme` (the slot `lieu` only holds what was typed):
# while asking: AMBIGUOUS (homonyms offered), NOT_FOUND, CONFIRM (a commune named like an ordinary
# word: ask yes or no), YES_NO_ASKED (that question is pending), REFUSED ("non" to it);
# once the form ends without a place: GAVE_UP (three misses), KB_FAILED (the knowledge base failed:
# the technical apology), CANCELLED (the user stopped the search).
AMBIGUOUS, NOT_FOUND, CONFIRM, YES_NO_ASKED, REFUSED = "ambigu", "introuvable", "confirmer", "oui_non", "refus"
GAVE_UP, KB_FAILED, CANCELLED = "abandon", "panne", "annule"
# Intents that interrupt the place form (each has a rule in data/rules.yml).
INTERRUPTING_INTENTS = {"faq", "urgence", "au_revoir", "demander_rappel"}
INTERRUPT_CONFIDENCE = 0.7


try:  # loaded when the action server starts (about 1 s), not on the first place question
    knowledge_base()
except Exception:  # noqa: BLE001 - the actions apologise and retry when it is unreadable
    logger.exception("knowledge base unreadable at start")



def place_reading(tracker: Tracker) -> PlaceReading:
    """The places of the latest message, as the NLU read them (`core/place_reading.py`). A message
    the NLU did not read (its knowledge base failed, or a payload) is read here."""
    kb = knowledge_base()
    data = (tracker.latest_message or {}).get(PARSE_KEY)
    if isinstance(data, dict):
        return PlaceReading.from_data(kb, data)
    logger.debug("no place reading in the parse data: reading the message in the action")
    return read_place(kb, text_of(tracker))


# The form's slot `lieu` holds the place found, as codes ("commune:59512", "departement:59",
# "region:32", "postcode:77100"), or "" when the form ended without one (`lieu_probleme` says why).
NO_PLACE = ""


def place_key(finding: Finding) -> str:
    if finding.postcode:
        return f"postcode:{finding.postcode}"
    code = {"commune": finding.commune_code, "departement": finding.departement_code,
            "region": finding.region_code}.get(finding.place_kind or "")
    # the other communes of the name typed follow a "+": "commune:78361+78362" (the answer names them)
    return f"{finding.place_kind}:{'+'.join([code] + finding.other_homonyms)}" if code else NO_PLACE


def finding_of_key(kb: KnowledgeBase, key: str) -> Finding:
    kind, _, codes = (key or "").partition(":")
    code, *others = codes.split("+")
    if kind == "postcode":
        return finding_from_codes(kb, {"status": "found", "kind": "commune", "postcode": code})
    return finding_from_codes(kb, {"status": "found", "kind": kind, kind: code, "others": others})


def say(dispatcher: CollectingDispatcher, messages: List[Dict[str, Any]]) -> None:
    """Sends the messages of `answers`: each a domain response by name, with its variables."""
    for message in messages:
        values = dict(message)
        response, buttons = values.pop("response"), values.pop("buttons", None) or []
        dispatcher.utter_message(response=response, buttons=buttons, **values)


def text_of(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def slots_for(kb: KnowledgeBase, finding: Finding) -> List[Dict[str, Any]]:
    """Remember what was shown, for the follow-ups."""
    events = []
    if finding.status == "found" and finding.structures:
        first = kb.structures[finding.structures[0]]
        events.append(SlotSet("structure_code", first.code if finding.place_kind == "commune" else None))
        events.append(SlotSet("departement_code", finding.departement_code or first.department))
    return events


def answer_place(dispatcher: CollectingDispatcher, kb: KnowledgeBase, finding: Finding) -> List[Dict[str, Any]]:
    if finding.status == "found":
        say(dispatcher, answers.found_place(kb, finding))
        return slots_for(kb, finding)
    if finding.status == "ambiguous":
        say(dispatcher, answers.ambiguous_place(kb, finding))
        return []
    say(dispatcher, answers.place_not_found())
    return []


def changed_slots_only(tracker: Tracker, events: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The events without the slot settings that change nothing (a slot set to the value it has):
    every event is stored and replayed with the conversation at each of its messages, and the
    dialogue's states, which the policies read, hold slot values, not their events."""
    values: Dict[str, Any] = {}
    kept = []
    for event in events:
        if event.get("event") == "slot":
            name = event.get("name")
            current = values[name] if name in values else tracker.get_slot(name)
            if current == event.get("value") and type(current) is type(event.get("value")):
                continue
            values[name] = event.get("value")
        kept.append(event)
    return kept


class SafeAction(Action, abc.ABC):
    """Runs `act`; on any exception, logs it and apologises in French.

    Abstract, so the action server does not register it as an action itself.
    """

    @abc.abstractmethod
    def name(self) -> Text:
        """The action's name in the domain."""

    @abc.abstractmethod
    def act(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        """The action's work; its exceptions are caught by `run`."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        try:
            return changed_slots_only(tracker, self.act(dispatcher, tracker, domain))
        except Exception:  # noqa: BLE001 - the user must get a reply whatever failed
            logger.exception("action %s failed", self.name())
            dispatcher.messages.clear()
            say(dispatcher, answers.technical_problem())
            return self.events_after_failure()

    def events_after_failure(self) -> List[Dict[str, Any]]:
        """Events returned with the apology (none by default)."""
        return []


class ValidateFormLieu(FormValidationAction):
    """Fills and checks the place of the 'find my mission locale' form."""

    def name(self) -> Text:
        return "validate_form_lieu"

    async def extract_lieu(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        text = text_of(tracker)
        intent = (tracker.latest_message or {}).get("intent") or {}
        if intent.get("name") == "urgence":
            return {}  # distress is never read as a place: its rule answers and ends the form
        asked = tracker.get_slot("requested_slot") == "lieu"
        if asked and (is_cancel(text) or is_yes(text) or is_no(text)):
            return {"lieu": text}  # an answer to the question, not a place: validation says which
        try:
            reading = place_reading(tracker)
        except Exception:  # noqa: BLE001
            logger.exception("knowledge base failed while reading a place")
            return {"lieu": text} if text else {}  # validation fails too and ends the form
        if (reading.answer if asked else reading.alone).status != "not_found":
            return {"lieu": text}
        if asked:
            # a number or an address in the answer is an attempt at the place (a mistyped postcode),
            # not a call-back request, which the person makes before giving any contact
            answering = intent.get("name") == "demander_rappel" and re.search(r"\d|@", text)
            if (intent.get("name") in INTERRUPTING_INTENTS and not answering
                    and (intent.get("confidence") or 0) >= INTERRUPT_CONFIDENCE):
                return {}  # let the interruption rules answer, the form resumes after
            return {"lieu": text}
        return {}

    def validate_lieu(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        text = str(value or "")
        status = tracker.get_slot("lieu_probleme")
        candidates = tracker.get_slot("lieu_candidats") or []
        done = {"lieu_essais": 0.0, "lieu_candidats": None}
        if status == YES_NO_ASKED and is_no(text):
            return {"lieu": None, "lieu_probleme": REFUSED, "lieu_candidats": None}
        explicit = False  # a place named explicitly: it wins over a cancel word ("Nîmes merci")
        offered = bool(status == YES_NO_ASKED and candidates and is_yes(text))  # "oui (merci)": that commune
        try:
            kb = knowledge_base()
            if offered:
                finding = finding_of_key(kb, f"commune:{candidates[0]}")  # the commune offered
            else:
                reading = place_reading(tracker)
                finding = reading.answer if tracker.get_slot("requested_slot") == "lieu" else reading.alone
                explicit = reading.explicit.status != "not_found"
        except Exception:  # noqa: BLE001
            logger.exception("knowledge base failed while validating a place")
            return {"lieu": NO_PLACE, "lieu_probleme": KB_FAILED, **done}
        # a cancel phrase ends the search, even when its words look like a misspelled commune ("je
        # voulais…": Voulangis), unless it names the place explicitly or says yes to the one offered
        if ends_the_search(text, finding.status, explicit or offered):
            return {"lieu": NO_PLACE, "lieu_probleme": CANCELLED, **done}
        if finding.status == "found":
            return {"lieu": place_key(finding), "lieu_probleme": None, **done}
        if finding.status in ("ambiguous", "confirm"):
            return {"lieu": None, "lieu_probleme": AMBIGUOUS if finding.status == "ambiguous" else CONFIRM,
                    "lieu_candidats": finding.candidates}
        attempts = float(tracker.get_slot("lieu_essais") or 0) + 1
        if attempts >= MAX_PLACE_ATTEMPTS:
            return {"lieu": NO_PLACE, "lieu_probleme": GAVE_UP, **done}
        return {"lieu": None, "lieu_probleme": NOT_FOUND, "lieu_essais": attempts}


class ActionAskLieu(SafeAction):
    """Asks for the place: first time, after a miss, or with buttons for homonyms."""

    def name(self) -> Text:
        return "action_ask_lieu"

    def act(self, dispatcher, tracker, domain):
        problem = tracker.get_slot("lieu_probleme")
        kb = knowledge_base()
        candidates = [c for c in tracker.get_slot("lieu_candidats") or [] if c in kb.communes]
        if problem == AMBIGUOUS and candidates:
            say(dispatcher, answers.ambiguous_place(kb, Finding("ambiguous", candidates=candidates)))
        elif problem == CONFIRM and candidates:
            say(dispatcher, answers.confirm_place(kb, candidates[0]))
            return [SlotSet("lieu_probleme", YES_NO_ASKED), SlotSet("lieu_candidats", candidates[:1])]
        else:
            say(dispatcher, answers.ask_place(problem))
        return [SlotSet("lieu_probleme", None), SlotSet("lieu_candidats", None)]


class ActionChercherLieu(SafeAction):
    """First step of a place search: a message that names a known place is answered at once.

    Otherwise (no place, an unknown or an ambiguous one) it sets `lieu_trouve` to False and
    the rules hand over to `form_lieu`, which asks, offers the homonyms, and retries. One
    call to the action server when the place is in the message.
    """

    def name(self) -> Text:
        return "action_chercher_lieu"

    def events_after_failure(self) -> List[Dict[str, Any]]:
        return [SlotSet("lieu_trouve", True)]  # answered (with the apology): no form

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        finding = place_reading(tracker).alone
        if finding.status != "found":
            return [SlotSet("lieu_trouve", False), SlotSet("lieu_probleme", None), SlotSet("lieu_candidats", None)]
        return answer_place(dispatcher, kb, finding) + [
            SlotSet("lieu_trouve", True), SlotSet("lieu", None), SlotSet("lieu_essais", 0.0)]


class ActionRepondreLieu(SafeAction):
    """Answers with the mission locale(s) for the place the form collected."""

    def name(self) -> Text:
        return "action_repondre_lieu"

    def act(self, dispatcher, tracker, domain):
        place = tracker.get_slot("lieu")
        status = tracker.get_slot("lieu_probleme")
        reset = [SlotSet("lieu", None), SlotSet("lieu_essais", 0.0), SlotSet("lieu_probleme", None),
                 SlotSet("lieu_candidats", None)]
        if status == CANCELLED:
            say(dispatcher, answers.search_cancelled())
            return reset
        if status == KB_FAILED:
            say(dispatcher, answers.technical_problem())
            return reset
        if not place or status == GAVE_UP:
            say(dispatcher, answers.gave_up())
            return reset
        kb = knowledge_base()
        return answer_place(dispatcher, kb, finding_of_key(kb, place)) + reset


def _current_structure(kb: KnowledgeBase, tracker: Tracker, finding: Finding):
    """(structure, finding) for the commune named in the message (`finding`, its reading), else
    (structure last shown, None)."""
    if finding.status == "found" and finding.place_kind == "commune" and finding.structures:
        return kb.structures[finding.structures[0]], finding
    code = tracker.get_slot("structure_code")
    return (kb.structures.get(code) if code else None), None


class ActionCoordonnees(SafeAction):
    """Phone or address of the structure named or last shown."""

    def name(self) -> Text:
        return "action_coordonnees"

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        named = place_reading(tracker).alone
        if named.status == "ambiguous":
            # "je vis à Saint-Denis, l'adresse ?": which Saint-Denis first (the place answer then gives
            # the head office's address)
            return answer_place(dispatcher, kb, named)
        structure, finding = _current_structure(kb, tracker, named)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if not structure:
            dispatcher.utter_message(response="utter_demander_quelle_structure")
            return []
        events = []
        if finding is not None and finding.structures[0] != tracker.get_slot("structure_code"):
            events = answer_place(dispatcher, kb, finding)  # a new place: first say which structure
        say(dispatcher, answers.contact_details(kb, structure, "adresse" if intent == "demander_adresse" else "telephone"))
        return events


class ActionAssociationRegionale(SafeAction):
    """The regional association of a region named in the message, or of the structure last shown."""

    def name(self) -> Text:
        return "action_association_regionale"

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        finding = place_reading(tracker).alone
        if finding.status == "found" and finding.place_kind == "region" and finding.region_code:
            region = finding.region_code
            say(dispatcher, answers.regional_association(kb, kb.association_for_region(region), kb.regions.get(region, region)))
            return []
        structure, named = _current_structure(kb, tracker, finding)
        events = slots_for(kb, named) if named is not None else []
        if not structure and finding.status == "found" and finding.structures:
            structure = kb.structures[finding.structures[0]]
        if not structure:
            dispatcher.utter_message(response="utter_demander_region")
            return []
        say(dispatcher, answers.regional_association(kb, kb.association_of(structure), structure.region_name))
        return events


class ActionAutresStructures(SafeAction):
    """Other structures of the department named, or of the structure last shown."""

    def name(self) -> Text:
        return "action_autres_structures"

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        finding = place_reading(tracker).alone
        department: Optional[str] = finding.departement_code if finding.status == "found" else None
        exclude = None
        if not department:
            department = tracker.get_slot("departement_code")
            exclude = tracker.get_slot("structure_code")
        if not department:
            dispatcher.utter_message(response="utter_demander_departement")
            return []
        say(dispatcher, answers.others_in_department(kb, department, exclude))
        return [SlotSet("departement_code", department)]


class ActionCompterStructures(SafeAction):
    """How many structures in a region or department (with the referential's date)."""

    def name(self) -> Text:
        return "action_compter_structures"

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        finding = place_reading(tracker).alone
        if finding.status == "found" and finding.place_kind in ("departement", "region"):
            say(dispatcher, answers.count_answer(kb, finding))
        else:
            dispatcher.utter_message(response=answer_response("national_chiffres"))
        return []
