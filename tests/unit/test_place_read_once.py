"""Each user message's places are read once in the whole system (issue 12): by the NLU component,
whose reading travels in the parse data to the action server; the actions look codes up and never
read the text again. Counted here on the real NLU component and the real actions, joined as the
servers join them (the component's output properties become the tracker's latest message)."""

import asyncio

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import structures
from actions.structures import ActionChercherLieu, ActionCoordonnees, ActionRepondreLieu, ValidateFormLieu
from core import place_reading
from core.knowledge_base import KnowledgeBase
from nlu_components import place_mention
from nlu_components.place_mention import PlaceMentionOverride
from tests.rendering import rendered


@pytest.fixture
def reads(monkeypatch):
    """Counts the readings, and the knowledge base's text searches made outside a reading."""
    counts = {"readings": 0, "searches_outside": 0}
    inside = []

    def counting_read(kb, text):
        counts["readings"] += 1
        inside.append(True)
        try:
            return place_reading.read_place(kb, text)
        finally:
            inside.pop()

    original_parse = KnowledgeBase.parse

    def counting_parse(self, text):
        if not inside:
            counts["searches_outside"] += 1
        return original_parse(self, text)

    monkeypatch.setattr(place_mention, "read_place", counting_read)
    monkeypatch.setattr(structures, "read_place", counting_read)
    monkeypatch.setattr(KnowledgeBase, "parse", counting_parse)
    return counts


def processed(text: str, intent: str) -> Message:
    """The message as the Rasa server's NLU leaves it (the classifier's intent given, then the place component run)."""
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    PlaceMentionOverride().process([message])
    return message


def parsed(text: str, intent: str) -> dict:
    """What the Rasa server's NLU gives for `text`."""
    return processed(text, intent).as_dict(only_output_properties=True)


def tracker(parse: dict, **slots) -> Tracker:
    return Tracker.from_dict({"sender_id": "t", "slots": slots, "latest_message": parse, "events": [],
                              "paused": False, "followup_action": None, "active_loop": {},
                              "latest_action_name": "action_listen"})


def run(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return rendered(dispatcher.messages), events


def test_a_place_question_is_read_once_and_answered(reads):
    parse = parsed("mission locale de Roubaix", "chercher_mission_locale")
    messages, _ = run(ActionChercherLieu(), tracker(parse))
    assert "Roubaix" in messages[0]["text"]
    assert reads == {"readings": 1, "searches_outside": 0}


def test_the_form_reads_each_answer_once(reads):
    first = parsed("je cherche ma mission locale", "chercher_mission_locale")
    _, events = run(ActionChercherLieu(), tracker(first))
    assert {"event": "slot", "name": "lieu_trouve", "value": False, "timestamp": None} in events  # the form asks
    answer = parsed("Quimper", "nlu_fallback")
    form = ValidateFormLieu()
    asked = tracker(answer, requested_slot="lieu")
    extracted = asyncio.run(form.extract_lieu(CollectingDispatcher(), asked, {}))
    slots = form.validate_lieu(extracted["lieu"], CollectingDispatcher(), asked, {})
    messages, _ = run(ActionRepondreLieu(), tracker(answer, lieu=slots["lieu"], lieu_probleme=slots["lieu_probleme"]))
    assert "Quimper" in messages[0]["text"]
    assert reads == {"readings": 2, "searches_outside": 0}  # two messages, one reading each


def test_a_follow_up_naming_a_place_is_read_once(reads):
    parse = parsed("et le téléphone de la mission locale de Dinan ?", "demander_telephone")
    messages, _ = run(ActionCoordonnees(), tracker(parse, structure_code="59512"))
    assert "02 96 85 32 67" in "\n".join(m.get("text") or "" for m in messages)  # bretagne_contacts_et_antennes.csv
    assert reads == {"readings": 1, "searches_outside": 0}


def test_a_towns_mission_locale_asked_in_the_plural_is_a_search():
    # (twenty-fifth session, dev-UX) "Mission Locales du Mans" is no request for the department's other structures
    assert processed("Mission Locales du Mans", "demander_autres_structures").get("intent")["name"] == "chercher_mission_locale"
    assert processed("les autres missions locales près du Mans", "demander_autres_structures").get("intent")["name"] == (
        "demander_autres_structures")


def test_a_town_asked_where_it_is_is_a_search_not_a_question_to_the_robot():
    # (twenty-sixth session, dev-VD) "vous êtes où" beside a town asks where its mission locale is
    assert processed("Roussillon, vous êtes où ?", "bot_challenge").get("intent")["name"] == "chercher_mission_locale"
    assert processed("vous êtes un robot ?", "bot_challenge").get("intent")["name"] == "bot_challenge"
