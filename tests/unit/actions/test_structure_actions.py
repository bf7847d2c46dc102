"""The place actions run on tracker fixtures (the rasa-sdk Tracker that the
action server builds from Rasa's JSON), asserting the messages and events.
Expected facts come from ../shared/data/missions_locales/*.csv by hand."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import structures
from actions.actions import ActionClarifier
from actions.structures import (
    CANCELLED,
    GAVE_UP,
    ActionAskLieu,
    ActionAssociationRegionale,
    ActionAutresStructures,
    ActionChercherLieu,
    ActionCompterStructures,
    ActionCoordonnees,
    ActionRepondreLieu,
    ValidateFormLieu,
)
from core.knowledge_base import knowledge_base
from core.place_reading import PARSE_KEY, read_place
from tests.rendering import rendered

ANNUAIRE = "https://lannuaire.service-public.fr"


def tracker(text: str = "", intent: str = "chercher_mission_locale", confidence: float = 0.95, **slots) -> Tracker:
    """The tracker the action server gets after `text`, with the place reading the NLU adds."""
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    if text:
        latest[PARSE_KEY] = read_place(knowledge_base(), text).to_data()
    return Tracker.from_dict({
        "sender_id": "test",
        "slots": slots,
        "latest_message": latest,
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    })


def run(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return rendered(dispatcher.messages), events


def texts(messages) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def answer_to(typed: str):
    """The form's answer after `typed` was given as the commune: validation, then the answer."""
    asked = tracker(typed, intent="nlu_fallback", confidence=0.4, requested_slot="lieu")
    slots = ValidateFormLieu().validate_lieu(typed, CollectingDispatcher(), asked, {})
    return run(ActionRepondreLieu(), tracker(lieu=slots["lieu"], lieu_probleme=slots["lieu_probleme"]))


def test_a_short_form_of_two_communes_covered_by_one_structure_gets_it_for_both():
    # communes_to_ml.csv: 78361 (Mantes-la-Jolie) and 78362 (Mantes-la-Ville) -> 78361; ml_seats.csv:
    # 78361 "78-ML MANTES LA JOLIE", "8 quater avenue de la division leclerc", 78200
    messages, events = answer_to("je vis à Mantes depuis 3 ans")
    text = texts(messages)
    assert "Mantes-la-Jolie" in text and "8 quater avenue de la Division Leclerc" in text
    assert "La même mission locale couvre aussi Mantes-la-Ville (78)." in text
    assert "code postal" not in text  # no question: whichever Mantes, the same mission locale
    assert SlotSet("structure_code", "78361") in events


def test_place_answer_names_the_structure_seated_in_the_commune():
    messages, events = answer_to("mission locale de roubaix")
    text = texts(messages)
    assert "Roubaix" in text
    assert "siège" in text  # says how it was found
    assert ANNUAIRE in text  # and that it is not the official catchment area
    assert SlotSet("structure_code", "59512") in events
    assert SlotSet("departement_code", "59") in events
    assert SlotSet("lieu", None) in events
    assert len(messages[0]["text"]) <= 500


def test_a_commune_gets_the_structure_of_the_official_coverage_with_its_address():
    # couverture_2026/communes_to_ml.csv: 77002 (Amillis) -> 77131; ml_seats.csv: 77131 "15 Bis av de
    # strasbourg", 77120 Coulommiers
    messages, events = answer_to("Amillis")
    text = texts(messages)
    assert "c'est la mission locale de Coulommiers qui couvre votre commune" in text
    assert "15 bis avenue de Strasbourg, 77120 Coulommiers" in text
    assert "zones de couverture de l'UNML, janvier 2026" in text and ANNUAIRE in text
    assert SlotSet("structure_code", "77131") in events


def test_a_commune_served_from_another_department_is_told_so():
    # communes_to_ml.csv: 01370 (Saint-Laurent-sur-Saône, Ain) -> 71270; ml_seats.csv: 71270 "1000 av
    # marechal de lattre de tassigny", 71000 Mâcon
    messages, events = answer_to("Saint-Laurent-sur-Saône")
    text = texts(messages)
    assert "mission locale de Mâcon" in text
    assert "1000 avenue Maréchal de Lattre de Tassigny, 71000 Mâcon" in text
    assert "autre département : Saône-et-Loire (71)" in text
    assert SlotSet("structure_code", "71270") in events


def test_the_seat_guess_is_kept_for_a_commune_the_coverage_does_not_name():
    # Amillis (77002): no seat; CA Coulommiers Pays de Brie holds 77131 (fixture couverture.csv agrees)
    assert knowledge_base().structures_by_seat("77002")[:2] == ("epci", ["77131"])


def test_giving_up_after_the_retries_points_to_the_directories():
    messages, events = run(ActionRepondreLieu(), tracker(lieu="", lieu_probleme=GAVE_UP))
    assert ANNUAIRE in texts(messages) and "unml.info" in texts(messages)
    assert SlotSet("lieu", None) in events


@pytest.mark.parametrize(
    "value,expected",
    [
        # the slot holds the commune's code (Roubaix: 59512 in the commune source), not the text
        ("Roubaix", {"lieu": "commune:59512", "lieu_probleme": None, "lieu_essais": 0.0, "lieu_candidats": None}),
        ("saint denis", {"lieu": None, "lieu_probleme": "ambigu",
                         "lieu_candidats": ["97411", "93066", "11339", "30247"]}),
        ("blablabla", {"lieu": None, "lieu_probleme": "introuvable", "lieu_essais": 1.0}),
    ],
)
def test_form_validation(value, expected):
    result = ValidateFormLieu().validate_lieu(value, CollectingDispatcher(), tracker(value, lieu_essais=0.0), {})
    assert result == expected


def test_form_gives_up_after_three_misses():
    result = ValidateFormLieu().validate_lieu("blablabla", CollectingDispatcher(), tracker("blablabla", lieu_essais=2.0), {})
    assert result["lieu_probleme"] == GAVE_UP and result["lieu"] is not None  # filled: the form ends


def test_form_lets_an_faq_interrupt_but_takes_any_text_as_a_place_otherwise():
    extract = ValidateFormLieu().extract_lieu
    faq = tracker("qui finance les missions locales ?", intent="faq", confidence=0.97, requested_slot="lieu")
    assert asyncio.run(extract(CollectingDispatcher(), faq, {})) == {}
    typo = tracker("roubaiixx", intent="nlu_fallback", confidence=0.3, requested_slot="lieu")
    assert asyncio.run(extract(CollectingDispatcher(), typo, {})) == {"lieu": "roubaiixx"}
    start = tracker("je cherche ma mission locale")
    assert asyncio.run(extract(CollectingDispatcher(), start, {})) == {}
    start_with_place = tracker("mission locale de roubaix")
    assert asyncio.run(extract(CollectingDispatcher(), start_with_place, {})) == {"lieu": "mission locale de roubaix"}


@pytest.mark.parametrize("phrase", ["laisse tomber", "annule", "c'est pas grave", "non merci", "Bon, laisse tomber !",
                                    "je sais pas", "jprefere pas le dire", "j'ai changé d'avis", "pas maintenant",
                                    "peu importe", "c'était une erreur", "forget it",
                                    # words that look like misspelled communes (Voulangis, Irai): still a cancel
                                    "je voulais demander autre chose en fait", "jte dirai plus tard",
                                    # 2026-12-02: later, asking why, annoyance, a mistake, indifference
                                    "je reviendrai", "pourquoi tu veux savoir ?", "c pas tes affaires",
                                    "encore cette question", "oups mauvaise manip", "je préfère rester anonyme",
                                    "ça m'est égal", "jai changer davis", "on arrête là", "forget about it",
                                    # (third session) personal data kept, no one place, giving up
                                    "c'est mes données personnelles ça", "je dis pas où j'habite", "RGPD !",
                                    "je suis pas obligée de le dire", "je bouge tout le temps, entre deux foyers",
                                    "je m'en fiche de la commune", "on peut faire sans ?", "niet", "c bon",
                                    # (fourteenth session, dev-RI) leaving, with a word that is a village (Ousté)
                                    "Ouste, je quitte", "bon jme casse",
                                    # (twenty-fourth session, from the development sets) leaving, skipping, misspelled
                                    "quitter", "Quitter la conversation", "nan je zappe", "pas la peine en fait", "Passons",
                                    "Ça regarde que moi", "Non, j'aime pas donner ça", "c pa grav", "laise tombé", "fin",
                                    "aucune envie dsl", "Pas la peine, je vais appeler directement",
                                    # (dev-UP) leaving, later, misspelled, not one's business
                                    "nan c mort", "jme tire", "je me barre 👋", "tchao", "suivant", "khlass",
                                    "je vais demander a ma mere plutot", "stooop 🛑", "terminé, au revoir", "bsx jdoi y aller",
                                    "jsui pressé jrevien + tard", "jdonne pas ma ville moi", "mele toi de tes oignons", "anuler",
                                    "laise tonber",
                                    # (thirty-eighth session, dev-ZZR) calling instead, in short
                                    "non jvais appeler direct"])
def test_a_cancel_phrase_ends_the_form_with_a_polite_reply(phrase):
    asked = tracker(phrase, intent="nlu_fallback", confidence=0.4, requested_slot="lieu")
    form = ValidateFormLieu()
    assert asyncio.run(form.extract_lieu(CollectingDispatcher(), asked, {})) == {"lieu": phrase}
    result = form.validate_lieu(phrase, CollectingDispatcher(), asked, {})
    assert result["lieu_probleme"] == CANCELLED and result["lieu"] is not None  # filled: the form ends
    messages, events = run(ActionRepondreLieu(), tracker(lieu=result["lieu"], lieu_probleme=CANCELLED))
    assert "j'arrête la recherche" in texts(messages)
    assert SlotSet("lieu_probleme", None) in events


def test_a_place_given_with_thanks_is_a_place_not_a_cancel():
    # communes_to_ml.csv: 30189 (Nîmes) -> 30189
    asked = tracker("Nîmes merci", intent="nlu_fallback", confidence=0.4, requested_slot="lieu")
    result = ValidateFormLieu().validate_lieu("Nîmes merci", CollectingDispatcher(), asked, {})
    assert result["lieu"] == "commune:30189" and result["lieu_probleme"] is None


def test_a_commune_named_like_an_ordinary_word_is_confirmed_first():
    # "tours" typed alone, lower case, out of the form's question: Tours (37) is asked about
    form = ValidateFormLieu()
    first = form.validate_lieu("tours", CollectingDispatcher(), tracker("tours"), {})
    assert first["lieu_probleme"] == "confirmer" and first["lieu_candidats"][0] == "37261"
    messages, events = run(ActionAskLieu(), tracker(lieu_probleme="confirmer", lieu_candidats=["37261"]))
    assert "Vous parlez de la commune de Tours (37) ?" in texts(messages)
    assert [b["title"] for b in messages[0]["buttons"]] == ["Oui", "Non"]
    pending = dict(lieu_probleme="oui_non", lieu_candidats=["37261"], requested_slot="lieu")
    yes = form.validate_lieu("oui", CollectingDispatcher(), tracker("oui", **pending), {})
    messages, events = run(ActionRepondreLieu(), tracker(lieu=yes["lieu"], lieu_probleme=yes["lieu_probleme"]))
    assert "mission locale de Tours" in texts(messages) and SlotSet("structure_code", "37261") in events
    thanks = form.validate_lieu("oui merci", CollectingDispatcher(), tracker("oui merci", **pending), {})
    assert thanks["lieu"] == "commune:37261"  # "merci" is no cancel after a yes
    no = form.validate_lieu("non", CollectingDispatcher(), tracker("non", **pending), {})
    assert no["lieu"] is None and no["lieu_probleme"] == "refus"
    messages, _ = run(ActionAskLieu(), tracker(lieu_probleme="refus"))
    assert texts(messages).startswith("D'accord. Dans quelle commune habitez-vous ?")


def test_the_same_word_answering_the_form_question_is_taken():
    asked = tracker("tours", intent="nlu_fallback", confidence=0.4, requested_slot="lieu")
    result = ValidateFormLieu().validate_lieu("tours", CollectingDispatcher(), asked, {})
    assert result["lieu"] == "commune:37261" and result["lieu_probleme"] is None  # Tours (37)


def test_form_never_reads_distress_as_a_place():
    # "laisse" and "mois" are close to communes (Laissey, Moisy): distress must still stop the form.
    extract = ValidateFormLieu().extract_lieu
    for text in ("laisse tomber, mon copain me frappe depuis des mois", "je dors dans ma voiture a Lille ce soir"):
        distress = tracker(text, intent="urgence", confidence=1.0, requested_slot="lieu")
        assert asyncio.run(extract(CollectingDispatcher(), distress, {})) == {}


def test_a_call_back_request_interrupts_the_place_form_unless_it_gives_a_number():
    extract = ValidateFormLieu().extract_lieu
    request = tracker("je voudrais être rappelé par un conseiller", intent="demander_rappel", confidence=0.95,
                      requested_slot="lieu")
    assert asyncio.run(extract(CollectingDispatcher(), request, {})) == {}  # its rule starts the call-back form
    typed = "Zzyzxville 06 12 34 56 78"
    answer = tracker(typed, intent="demander_rappel", confidence=0.95, requested_slot="lieu")
    assert asyncio.run(extract(CollectingDispatcher(), answer, {})) == {"lieu": typed}  # an attempt at the place


def test_ambiguous_place_offers_buttons_that_resolve():
    messages, events = run(ActionAskLieu(), tracker(lieu_probleme="ambigu", lieu_candidats=["97411", "93066", "11339", "30247"]))
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert titles == ["Saint-Denis (La Réunion)", "Saint-Denis (93)", "Saint-Denis (11)", "Saint-Denis (30)"]
    assert "code postal" in messages[0]["text"]
    # each payload resolves to its commune
    resolved = [knowledge_base().find(b["payload"]).commune_code for b in messages[0]["buttons"]]
    assert resolved == ["97411", "93066", "11339", "30247"]
    assert SlotSet("lieu_probleme", None) in events


def test_phone_is_given_only_where_the_data_has_it():
    # Dinan (22050): 02 96 85 32 67 in bretagne_contacts_et_antennes.csv
    messages, _ = run(ActionCoordonnees(), tracker("et son téléphone ?", intent="demander_telephone", structure_code="22050"))
    assert "02 96 85 32 67" in texts(messages)
    # Roubaix (59512): no phone in the data -> says so, gives the directory and the AREFIE's phone (arml.csv)
    messages, _ = run(ActionCoordonnees(), tracker("et son téléphone ?", intent="demander_telephone", structure_code="59512"))
    text = texts(messages)
    assert "Je n'ai pas le téléphone" in text
    assert ANNUAIRE in text
    assert "09 72 56 12 30" in text


def test_address_of_a_structure_with_an_address():
    # Saint-Brieuc (22278), ml_seats.csv: "47 rue du docteur rahuel", 22023 Saint-Brieuc
    messages, _ = run(ActionCoordonnees(), tracker("c'est où ?", intent="demander_adresse", structure_code="22278"))
    assert "47 rue du Docteur Rahuel, 22023 Saint-Brieuc" in texts(messages)


def test_the_address_for_a_name_shared_by_several_communes_asks_which_first():
    # Saint-Denis: La Réunion (97411), Seine-Saint-Denis (93066)… (the homonym question's buttons)
    messages, events = run(ActionCoordonnees(), tracker("je vis à Saint-Denis, l'adresse de la mission locale ?",
                                                        intent="demander_adresse", structure_code="59512"))
    assert "Plusieurs communes correspondent" in texts(messages)
    titles = [b["title"] for m in messages for b in m.get("buttons") or []]
    assert any("Saint-Denis" in t and "93" in t for t in titles) and "Saint-Denis (La Réunion)" in titles
    assert "Roubaix" not in texts(messages) and events == []


def test_follow_up_without_a_structure_asks_for_the_place():
    messages, events = run(ActionCoordonnees(), tracker("et son téléphone ?", intent="demander_telephone"))
    assert "commune" in texts(messages) and events == []


def test_regional_association_of_the_structure_shown_and_of_a_named_region():
    messages, _ = run(ActionAssociationRegionale(), tracker("et l'association régionale ?", intent="demander_association_regionale", structure_code="59512"))
    assert "AREFIE" in texts(messages) and "09 72 56 12 30" in texts(messages)
    messages, _ = run(ActionAssociationRegionale(), tracker("l'association régionale de Bretagne", intent="demander_association_regionale"))
    assert "ARML Bretagne" in texts(messages) and "02 30 96 65 32" in texts(messages)


def test_other_structures_of_the_department_exclude_the_one_shown():
    # Corse-du-Sud (2A): 2A004 Ajaccio and 2A247 Porto-Vecchio
    messages, _ = run(ActionAutresStructures(), tracker("il y en a d'autres ?", intent="demander_autres_structures",
                                                        structure_code="2A004", departement_code="2A"))
    text = texts(messages)
    assert "Porto" in text and "Ajaccio" not in text


def test_count_says_its_source_and_date():
    messages, _ = run(ActionCompterStructures(), tracker("combien de missions locales en Bretagne ?", intent="compter_structures"))
    text = texts(messages)
    assert "17 missions locales" in text  # PROVENANCE.md: Bretagne 17; none merged (structures_448_vs_2026.csv)
    assert "zones de couverture de l'UNML de janvier 2026" in text
    # the national figures are offered, not repeated (their one home is the FAQ topic)
    assert "442" not in text
    assert [b["title"] for b in messages[0]["buttons"]] == ["Le réseau en chiffres"]


def test_count_without_a_place_gives_the_national_figures():
    messages, _ = run(ActionCompterStructures(), tracker("combien de missions locales ?", intent="compter_structures"))
    assert messages[0]["response"] == "utter_faq_national_chiffres"  # data/faq/organisation.yml


def test_a_place_typed_alone_is_answered_by_the_clarification():
    parse_tracker = tracker("Quimper", intent="nlu_fallback", confidence=0.4)
    messages, events = run(ActionClarifier(), parse_tracker)
    assert "Quimper" in texts(messages)
    assert SlotSet("structure_code", "29232") in events


def test_an_exception_inside_an_action_gives_a_french_apology(monkeypatch):
    def broken():
        raise OSError("kb unreadable")

    monkeypatch.setattr(structures, "knowledge_base", broken)
    messages, events = run(ActionRepondreLieu(), tracker(lieu="commune:59512"))
    assert "problème technique" in texts(messages)
    assert ANNUAIRE in texts(messages)
    assert events == []


def test_missing_phone_sentence_agrees_in_gender_and_gives_the_address():
    # Roubaix (59512): no phone in the sources; ml_seats.csv: "92 av jean baptiste lebas", 59100 Roubaix
    messages, _ = run(ActionCoordonnees(), tracker("leur numéro ?", intent="demander_telephone", structure_code="59512"))
    text = texts(messages)
    assert "Je n'ai pas le téléphone" in text and "Vous le trouverez" in text
    assert "92 avenue Jean Baptiste Lebas, 59100 Roubaix" in text


def test_a_merged_structure_is_never_given_and_its_successor_is_named():
    # Roissy-en-Brie (77390): seat of 99999 "77-ML ROISSY EN BRIE", merged (structures_448_vs_2026.csv);
    # communes_to_ml.csv: 77390 -> 77468 (Torcy), "5 passage de l'arche guédon", 77200 Torcy
    messages, events = answer_to("Roissy-en-Brie")
    text = texts(messages)
    assert "Roissy-en-Brie a fusionné" in text
    assert "c'est la mission locale de Torcy qui couvre votre commune" in text
    assert "5 passage de l'Arche Guédon, 77200 Torcy" in text
    assert SlotSet("structure_code", "77468") in events


def test_an_unreadable_knowledge_base_ends_the_form_with_the_apology(monkeypatch):
    def broken():
        raise ValueError("kb/communes.json: not JSON")

    monkeypatch.setattr(structures, "knowledge_base", broken)
    form = ValidateFormLieu()
    t = tracker("mission locale de Quimper", requested_slot="lieu")
    extracted = asyncio.run(form.extract_lieu(CollectingDispatcher(), t, {}))
    assert extracted == {"lieu": "mission locale de Quimper"}
    validated = form.validate_lieu("mission locale de Quimper", CollectingDispatcher(), t, {})
    messages, _ = run(ActionRepondreLieu(), tracker(lieu=validated["lieu"], lieu_probleme=validated["lieu_probleme"]))
    assert "problème technique" in texts(messages) and ANNUAIRE in texts(messages)

def test_search_with_a_known_place_is_answered_in_one_action():
    messages, events = run(ActionChercherLieu(), tracker("mission locale de roubaix"))
    assert "Roubaix" in texts(messages)
    assert SlotSet("lieu_trouve", True) in events
    assert SlotSet("structure_code", "59512") in events


@pytest.mark.parametrize("text", ["je cherche ma mission locale", "saint denis", "ma mission locale à zorglubville"])
def test_search_without_a_single_known_place_hands_over_to_the_form(text):
    messages, events = run(ActionChercherLieu(), tracker(text))
    assert messages == []  # the form asks, or offers the homonyms
    assert SlotSet("lieu_trouve", False) in events


def test_search_with_an_unreadable_knowledge_base_apologises_without_starting_the_form(monkeypatch):
    def broken():
        raise ValueError("kb/communes.json: not JSON")

    monkeypatch.setattr(structures, "knowledge_base", broken)
    messages, events = run(ActionChercherLieu(), tracker("mission locale de Quimper"))
    assert "problème technique" in texts(messages) and ANNUAIRE in texts(messages)
    assert events == [SlotSet("lieu_trouve", True)]


def test_the_faq_question_asked_beside_a_place_is_answered_after_it():
    from actions.actions import ActionRepondreAutreSujet
    t = Tracker.from_dict({
        "sender_id": "test", "slots": {}, "events": [], "paused": False, "followup_action": None,
        "active_loop": {}, "latest_action_name": "action_chercher_lieu",
        "latest_message": {"text": "la mission locale de Lille, c'est gratuit ?",
                           "intent": {"name": "chercher_mission_locale", "confidence": 1.0},
                           "entities": [{"entity": "autre_sujet", "value": "gratuit"}]},
    })
    messages, events = run(ActionRepondreAutreSujet(), t)
    assert [m.get("response") for m in messages] == ["utter_faq_gratuit"] and events == []


def test_an_action_stores_no_slot_setting_that_changes_nothing():
    """Each event is kept and replayed with the conversation: a slot set to the value it already
    has is left out (here `lieu` and `lieu_essais`, already empty and 0), a changed one is kept."""
    messages, events = run(ActionChercherLieu(), tracker("mission locale de roubaix", lieu_essais=0.0))
    names = [e["name"] for e in events if e.get("event") == "slot"]
    assert "structure_code" in names and "lieu_trouve" in names
    assert "lieu" not in names and "lieu_essais" not in names
    assert "Roubaix" in texts(messages)
