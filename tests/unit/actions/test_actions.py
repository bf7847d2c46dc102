"""The clarification action, run on tracker fixtures like those Rasa sends."""

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionClarifier, ActionDefaultAskAffirmation, ActionProposerAutreSujet
from core.faq_catalogue import TOPICS
from tests.rendering import rendered


def tracker_with(parse: dict) -> Tracker:
    return Tracker.from_dict(
        {"sender_id": "test", "slots": {}, "latest_message": parse, "events": [], "paused": False,
         "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"}
    )


def run(action, parse):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker_with(parse), {}))
    return rendered(dispatcher.messages), events


def faq_parse(ranking):
    return {
        "text": "le conseil",
        "intent": {"name": "nlu_fallback", "confidence": 0.8},
        "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.8}, {"name": "faq", "confidence": 0.8}],
        "response_selector": {"faq": {"ranking": [
            {"id": i, "confidence": c, "intent_response_key": f"faq/{k}"} for i, (k, c) in enumerate(ranking)
        ]}},
    }


def test_uncertain_faq_offers_the_likely_topics_by_label():
    messages, events = run(ActionClarifier(), faq_parse([("gouvernance_ca_role", 0.45), ("gouvernance_bureau", 0.40)]))
    assert events == []
    assert len(messages) == 1
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert titles == ["Le rôle du conseil d'administration", "Le bureau", "Autre chose"]
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads[0] == "À quoi sert le conseil d'administration d'une mission locale ?"
    assert "sujets" in messages[0]["text"]


def test_nonsense_gets_general_topics():
    parse = {"text": "zzz", "intent": {"name": "nlu_fallback", "confidence": 0.3},
             "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "hors_sujet", "confidence": 0.3}]}
    messages, _ = run(ActionClarifier(), parse)
    assert "compris" in messages[0]["text"]
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert "Qu'est-ce qu'une mission locale ?" in titles


def test_rasa_default_ask_affirmation_is_replaced_in_french():
    messages, _ = run(ActionDefaultAskAffirmation(), faq_parse([("cej", 0.3), ("pacea", 0.29)]))
    assert "Did you mean" not in messages[0]["text"]
    assert [b["title"] for b in messages[0]["buttons"]][:2] == ["Le contrat d'engagement jeune (CEJ)", "Le PACEA"]


def test_the_second_question_of_a_message_is_offered_as_a_button():
    parse = {"text": "c'est quoi le CEJ ? et comment je m'inscris", "intent": {"name": "faq"},
             "entities": [{"entity": "autre_sujet", "value": "inscription"}]}
    messages, _ = run(ActionProposerAutreSujet(), parse)
    (message,) = messages
    assert message["text"] == "Vous posiez aussi une autre question :"
    assert [b["payload"] for b in message["buttons"]] == [TOPICS["inscription"].question]


def test_no_second_question_no_button():
    for entities in ([], [{"entity": "autre_sujet", "value": "pas_un_sujet"}]):
        messages, _ = run(ActionProposerAutreSujet(), {"text": "x", "intent": {"name": "faq"}, "entities": entities})
        assert messages == []


def test_no_thanks_to_the_call_back_message_question_is_no_message_not_a_cancel():
    """"Non merci" answers "Voulez-vous laisser un court message … ?": no message, the request goes
    on; only a word that says stop ("annuler") ends the call-back form."""
    from actions.callback import CANCELLED, ValidateFormRappel

    form = ValidateFormRappel()
    asked = tracker_with({"text": "Non merci", "intent": {"name": "refuser", "confidence": 0.9}})
    result = form.validate_rappel_message("Non merci", CollectingDispatcher(), asked, {})
    assert result.get("rappel_message") == "-" and "rappel_statut" not in result
    result = form.validate_rappel_message("annuler", CollectingDispatcher(), asked, {})
    assert result.get("rappel_statut") == CANCELLED
