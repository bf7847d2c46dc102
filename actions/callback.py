"""The call-back form ("je veux parler à quelqu'un", "rappelez-moi"): `form_rappel` asks the age,
the first name, a phone number or e-mail address, the commune (resolved to its mission locale
through the knowledge base, homonyms offered as buttons), an optional message, then consent; the
request is stored for that mission locale's staff (core/callback_requests.py) only with consent.

Under 15 (the French age of digital consent), the person is asked to have a parent contact the
mission locale and nothing is stored. "annuler" (or any cancel phrase) ends the form at any
question, with nothing stored; after MAX_ATTEMPTS wrong answers to one question, it stops too.
The form's outcome is the slot `rappel_statut`, read by `action_terminer_rappel`.
"""

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import answers
from actions.structures import SafeAction, place_reading, say, text_of
from core import callback_form, callback_requests, settings
from core.form_answers import is_cancel, is_no, is_stop, is_yes
from core.knowledge_base import Finding, knowledge_base
from core.replies import sentence
from launcher import database
from launcher.paths import state_dir

logger = logging.getLogger(__name__)

FORM_SLOTS = ["rappel_age", "rappel_prenom", "rappel_contact", "rappel_commune", "rappel_message",
              "rappel_consentement"]
# rappel_statut: why the form ended early, or how it ended
CANCELLED, UNDER_15, GAVE_UP, REFUSED, FAILED = "annule", "moins_15", "abandon", "refus", "panne"
ENDED_EARLY = {CANCELLED, UNDER_15, GAVE_UP, REFUSED, FAILED}
# what the assistant says when the form ended without a request (FAILED: the technical-problem apology)
ENDED_RESPONSES = {CANCELLED: "utter_rappel_annule", UNDER_15: "utter_rappel_moins_15_ans",
                   REFUSED: "utter_rappel_refuse", GAVE_UP: "utter_rappel_abandon"}
# what each question expects, said again after a wrong answer: utter_rappel_redemander_<question>
def retry_response(slot: str) -> str:
    return "utter_rappel_redemander_" + slot.removeprefix("rappel_")


def database_url() -> str:
    """The conversation database, where the requests are kept: the one the run command passes, else
    the run command's default (the SQLite file of the state directory), as for `rasa run actions`."""
    return settings.text("ML_DATABASE_URL") or database.database_url(state_dir())


def retention_days() -> int:
    return settings.integer("ML_RETENTION_DAYS")


class ActionCommencerRappel(SafeAction):
    """Starts a call-back request afresh (answers of an earlier, unfinished one are forgotten)."""

    def name(self) -> Text:
        return "action_commencer_rappel"

    def act(self, dispatcher, tracker, domain):
        dispatcher.utter_message(response="utter_rappel_intro")
        return reset_events()


class ValidateFormRappel(FormValidationAction):
    """Reads and checks each answer of `form_rappel`; ends it early when the person cancels, is
    under 15, refuses consent, or answers one question wrongly MAX_ATTEMPTS times."""

    def name(self) -> Text:
        return "validate_form_rappel"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> List[Text]:
        return [] if tracker.get_slot("rappel_statut") in ENDED_EARLY else list(FORM_SLOTS)

    async def get_extraction_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[Dict[Text, Any]]:
        """The message is the answer to the question being asked, whatever the NLU read in it;
        never a distress message (its rule answers and ends the form)."""
        slot = tracker.get_slot("requested_slot")
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if slot not in FORM_SLOTS or intent == "urgence":
            return []
        tracker.slots[slot] = text_of(tracker)
        return [SlotSet(slot, text_of(tracker))]

    @staticmethod
    def _retry(slot: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        attempts = float(tracker.get_slot("rappel_essais") or 0) + 1
        if attempts >= callback_form.MAX_ATTEMPTS:
            return {slot: None, "rappel_statut": GAVE_UP, "rappel_essais": 0.0}
        dispatcher.utter_message(response=retry_response(slot))
        return {slot: None, "rappel_essais": attempts}

    def _checked(self, slot: str, value: Any, reader, dispatcher: CollectingDispatcher,
                 tracker: Tracker) -> Dict[Text, Any]:
        """The answer read by `reader` (None: asked again, or the form stops after MAX_ATTEMPTS);
        a word that says stop ("annuler") ends the form."""
        if value is None:
            return {}  # a slot reset, not an answer
        text = str(value)
        if is_stop(text):
            return {slot: None, "rappel_statut": CANCELLED}
        read = reader(text)
        if read is None:
            return self._retry(slot, dispatcher, tracker)
        return {slot: read, "rappel_essais": 0.0}

    def validate_rappel_age(self, value, dispatcher, tracker, domain):
        checked = self._checked("rappel_age", value, callback_form.read_age, dispatcher, tracker)
        if isinstance(checked.get("rappel_age"), int):
            age = checked["rappel_age"]
            checked["rappel_age"] = str(age)
            if age < callback_form.MIN_AGE_ALONE:
                checked["rappel_statut"] = UNDER_15
        return checked

    def validate_rappel_prenom(self, value, dispatcher, tracker, domain):
        return self._checked("rappel_prenom", value, callback_form.read_first_name, dispatcher, tracker)

    def validate_rappel_contact(self, value, dispatcher, tracker, domain):
        return self._checked("rappel_contact", value, callback_form.read_contact, dispatcher, tracker)

    def validate_rappel_commune(self, value, dispatcher, tracker, domain):
        if value is None:
            return {}  # a slot reset, not an answer
        text = str(value)
        try:
            finding = place_reading(tracker).answer  # the value is the latest message
        except Exception:  # noqa: BLE001 - the form stops with the technical apology
            logger.exception("knowledge base failed in the call-back form")
            return {"rappel_commune": None, "rappel_statut": FAILED}
        if finding.status == "ambiguous" or finding.status == "confirm":
            return {"rappel_commune": None, "rappel_candidats": finding.candidates}
        if finding.status == "found" and finding.place_kind == "commune" and finding.structures:
            return {"rappel_commune": finding.commune_code, "rappel_structure": finding.structures[0],
                    "rappel_candidats": None, "rappel_essais": 0.0}
        if is_cancel(text):
            return {"rappel_commune": None, "rappel_statut": CANCELLED}
        return self._retry("rappel_commune", dispatcher, tracker)

    def validate_rappel_message(self, value, dispatcher, tracker, domain):
        checked = self._checked("rappel_message", value, callback_form.read_message, dispatcher, tracker)
        if checked.get("rappel_message") == "":
            checked["rappel_message"] = "-"  # no message: a filled slot; the stored request gets ""
        return checked

    def validate_rappel_consentement(self, value, dispatcher, tracker, domain):
        if value is None:
            return {}  # a slot reset, not an answer
        text = str(value)
        if is_yes(text):
            return {"rappel_consentement": "oui", "rappel_essais": 0.0}
        if is_no(text) or is_cancel(text):
            return {"rappel_consentement": None, "rappel_statut": REFUSED}
        return self._retry("rappel_consentement", dispatcher, tracker)


class ActionAskRappelCommune(SafeAction):
    """Asks for the commune, or offers the homonyms of the name given."""

    def name(self) -> Text:
        return "action_ask_rappel_commune"

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        candidates = [c for c in tracker.get_slot("rappel_candidats") or [] if c in kb.communes]
        if candidates:  # the place search's homonym buttons: name and postcode, which the form reads
            say(dispatcher, answers.ambiguous_place(kb, Finding("ambiguous", candidates=candidates)))
            return [SlotSet("rappel_candidats", None)]
        dispatcher.utter_message(response="utter_demander_rappel_commune")
        return []


class ActionAskRappelConsentement(SafeAction):
    """Asks for consent, saying truthfully what is kept, for whom, how long, and how to withdraw."""

    def name(self) -> Text:
        return "action_ask_rappel_consentement"

    def act(self, dispatcher, tracker, domain):
        kb = knowledge_base()
        structure = kb.structures.get(tracker.get_slot("rappel_structure") or "")
        team = (sentence("utter_detail_la_structure", structure=answers.in_sentence(structure.name)) if structure
                else sentence("utter_detail_votre_mission_locale"))
        dispatcher.utter_message(response="utter_demander_consentement", equipe=team, jours=retention_days())
        return []


class ActionTerminerRappel(SafeAction):
    """After the form: stores the request (only with consent) and says what happens next; or says
    why nothing was stored."""

    def name(self) -> Text:
        return "action_terminer_rappel"

    def events_after_failure(self) -> List[Dict[str, Any]]:
        return reset_events()

    def act(self, dispatcher, tracker, domain):
        status = tracker.get_slot("rappel_statut")
        kb = knowledge_base()
        structure = kb.structures.get(tracker.get_slot("rappel_structure") or "")
        if status in ENDED_RESPONSES:
            dispatcher.utter_message(response=ENDED_RESPONSES[status])
        elif status == FAILED or structure is None or tracker.get_slot("rappel_consentement") != "oui":
            say(dispatcher, answers.technical_problem())
        else:
            message = tracker.get_slot("rappel_message") or ""
            contact = tracker.get_slot("rappel_contact") or ""
            callback_requests.save(database_url(), callback_requests.CallbackRequest(
                structure_code=structure.code, commune_code=tracker.get_slot("rappel_commune") or "",
                first_name=tracker.get_slot("rappel_prenom") or "", contact=contact,
                message="" if message == "-" else message,
                channel=(tracker.get_latest_input_channel() or "")[:40]))
            reach = sentence("utter_detail_a_l_adresse" if "@" in contact else "utter_detail_au_numero", contact=contact)
            dispatcher.utter_message(response="utter_rappel_enregistre", prenom=tracker.get_slot("rappel_prenom"),
                                     structure=answers.in_sentence(structure.name), joindre=reach)
            logger.info("call-back request stored for structure %s", structure.code)
            return reset_events() + [SlotSet("structure_code", structure.code),
                                     SlotSet("departement_code", structure.department)]
        return reset_events()


def reset_events() -> List[Dict[str, Any]]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS + ["rappel_statut", "rappel_candidats", "rappel_structure"]] + [
        SlotSet("rappel_essais", 0.0)]
