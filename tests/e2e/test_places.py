"""End to end: "find my mission locale" through the real servers over HTTP.

Expected structures come by hand from the UNML coverage of January 2026
(../shared/data/missions_locales/couverture_2026/: communes_to_ml.csv gives the structure of each
commune, ml_seats.csv its seat address, whose postcode and town the answer must give) and the
commune names of @etalab/decoupage-administratif.
"""

import uuid

import pytest

ANNUAIRE = "lannuaire.service-public.fr"

# (message, region, text the answer must contain)
PLACES = [
    ("je cherche la mission locale de roubaix", "Hauts-de-France", "59100 Roubaix"),
    ("ML 59100", "Hauts-de-France", "59100 Roubaix"),
    ("mission locale de Strasbourg", "Grand Est", "67000 Strasbourg"),
    ("y a une mission locale à Toulouse ?", "Occitanie", "31500 Toulouse"),
    ("mission locale Bordeaux", "Nouvelle-Aquitaine", "33000 Bordeaux"),
    ("c'est où la mission locale de Nice", "Provence-Alpes-Côte d'Azur", "06000 Nice"),
    ("mission locale de Dijon", "Bourgogne-Franche-Comté", "21000 Dijon"),
    ("je cherche la mission locale de Rouen", "Normandie", "76100 Rouen"),
    ("mission locale d'Orléans", "Centre-Val de Loire", "45000 Orléans"),
    ("ma mission locale à Nantes c'est laquelle", "Pays de la Loire", "44100 Nantes"),
    ("mission locale de Rennes", "Bretagne", "35000 Rennes"),
    ("mission locale de Grenoble", "Auvergne-Rhône-Alpes", "38000 Grenoble"),
    ("je cherche la mission locale de Sarcelles", "Île-de-France", "95200 Sarcelles"),
    ("mission locale d'Ajaccio", "Corse", "20090 Ajaccio"),
    ("mission locale de Cayenne", "Guyane", "97300 Cayenne"),
    ("j'habite à st denis de la réunion", "La Réunion", "97490 Saint-Denis"),
    ("mission locale des Abymes", "Guadeloupe", "97139 Les Abymes"),
    ("mission locale de Fort-de-France", "Martinique", "97232 Le Lamentin"),
    ("mission locale à Mamoudzou", "Mayotte", "97600 Mamoudzou"),
    ("mission locale 97150", "Saint-Martin", "97150 Saint-Martin"),
    ("mission locale paris 15e", "Île-de-France", "75018 Paris 18e"),
    ("mission locale Marseille 13e", "Provence-Alpes-Côte d'Azur", "13006 Marseille 6e"),
    ("mission locale lyon 3eme", "Auvergne-Rhône-Alpes", "69007 Lyon 7e"),
    ("mission locale de strasbour", "Grand Est", "67000 Strasbourg"),
    ("mission locale de Cherbourg", "Normandie", "50130 Cherbourg-en-Cotentin"),
    ("mission locale de Roissy-en-Brie", "Île-de-France", "77200 Torcy"),
    ("la mission locale de Brest svp", "Bretagne", "29200 Brest"),
    ("mission locale saint denis 93", "Île-de-France", "93200 Saint-Denis"),
]


def _sender() -> str:
    return f"place-{uuid.uuid4().hex[:10]}"


@pytest.mark.parametrize("message,region,expected", PLACES, ids=[p[0][:40] for p in PLACES])
def test_place_question_is_answered_directly(chat, message, region, expected):
    replies = chat.send(message, _sender())
    text = "\n".join(r.get("text", "") for r in replies)
    assert expected in text, f"{message!r} -> {text!r}"
    assert "zones de couverture de l'UNML" in text  # the answer says where it comes from
    assert ANNUAIRE in text  # and where to find hours, phones and other places
    assert all(len(r.get("text", "")) <= 500 for r in replies)


def test_places_cover_every_region():
    regions = {p[1] for p in PLACES}
    assert len(PLACES) >= 25
    assert len(regions) == 19  # 18 regions with structures + Saint-Martin


def test_the_form_asks_for_the_place_then_follow_ups(chat):
    sender = _sender()
    ask = " ".join(chat.texts("je cherche ma mission locale", sender))
    assert "commune" in ask and "code postal" in ask
    answer = " ".join(chat.texts("Roubaix", sender))
    assert "mission locale de Roubaix" in answer and "92 avenue Jean Baptiste Lebas, 59100 Roubaix" in answer
    phone = " ".join(chat.texts("et son téléphone ?", sender))
    assert "Je n'ai pas le téléphone" in phone and "09 72 56 12 30" in phone  # AREFIE, arml.csv
    association = " ".join(chat.texts("et l'association régionale ?", sender))
    assert "AREFIE" in association
    others = " ".join(chat.texts("il y en a d'autres dans le département ?", sender))
    assert "Nord (59)" in others and "siège : Roubaix" not in others


def test_the_form_retries_then_offers_a_way_out(chat):
    sender = _sender()
    chat.texts("je cherche ma mission locale", sender)
    first = " ".join(chat.texts("zzkqx", sender))
    assert "Je n'ai pas trouvé cette commune" in first
    chat.texts("qqqwwx", sender)
    last = " ".join(chat.texts("pfffrrt", sender))
    assert ANNUAIRE in last and "unml.info" in last
    # the conversation goes on normally afterwards
    assert "Fonds social européen" in " ".join(chat.texts("qui finance les missions locales ?", sender))


def test_homonyms_get_buttons_and_a_button_resolves(chat):
    sender = _sender()
    replies = chat.send("mission locale de saint denis", sender)
    buttons = [b for r in replies for b in r.get("buttons", [])]
    titles = [b["title"] for b in buttons]
    assert titles == ["Saint-Denis (La Réunion)", "Saint-Denis (93)", "Saint-Denis (11)", "Saint-Denis (30)"]
    reunion = next(b for b in buttons if "Réunion" in b["title"])
    answer = " ".join(chat.texts(reunion["payload"], sender))
    assert "97490 Saint-Denis" in answer and "La Réunion" in answer


def test_count_in_a_region_says_its_source(chat):
    text = " ".join(chat.texts("combien de missions locales en Bretagne ?"))
    assert "17 missions locales" in text and "janvier 2026" in text


def test_a_commune_served_from_another_department(chat):
    # communes_to_ml.csv: 01370 Saint-Laurent-sur-Saône (Ain) -> 71270, Mâcon (Saône-et-Loire)
    text = " ".join(chat.texts("mission locale de Saint-Laurent-sur-Saône"))
    assert "mission locale de Mâcon" in text and "71000 Mâcon" in text
    assert "autre département : Saône-et-Loire (71)" in text


def test_the_commune_of_a_merged_structure_gets_the_one_that_replaced_it(chat):
    # structures_448_vs_2026.csv: 91228 "91-ML EVRY" merged; communes_to_ml.csv: 91228 -> 77296
    # (ml_seats.csv: 77296 "77-ML MOISSY CRAMAYEL", 77550 Moissy-Cramayel)
    text = " ".join(chat.texts("mission locale d'Évry-Courcouronnes"))
    assert "a fusionné" in text and "77550 Moissy-Cramayel" in text


@pytest.mark.parametrize("message, expected", [
    # no danger in it, but words the intent model reads as distress (communes_to_ml.csv: 56121 Lorient
    # -> 56121; ml_seats.csv: "56-ML LORIENT", 56100 Lorient)
    ("Jsui rentrée chez ma mère à Lorient, j'étais à Rennes pour la fac mais j'ai tout arrêté",
     ["mission locale de Lorient", "56100 Lorient"]),
    # had been answered "Au revoir" (the model read "à plus"; communes_to_ml.csv: 49328 Saumur ->
    # 49328; ml_seats.csv: "49-Mission Locale du Saumurois", 49400 Saumur)
    ("à Saumur", ["Saumurois", "49400 Saumur"]),
])
def test_a_place_the_intent_model_misreads_gets_its_structure(chat, message, expected):
    text = " ".join(chat.texts(message))
    assert all(part in text for part in expected), text


def test_a_town_named_like_a_word_opening_the_message_is_asked_about_then_answered(chat):
    # weak evidence (a name that is also a word, no mark of a name, then a need): the assistant asks, then answers on "oui"
    # (communes_to_ml.csv: 37261 Tours -> 37261; ml_seats.csv: "37-ML TOURS", 10 place neuve, 37000 Tours)
    sender = _sender()
    replies = chat.send("tours besoin d'un rdv", sender)
    asked = " ".join(r.get("text", "") for r in replies)
    assert "Vous parlez de la commune de Tours" in asked
    assert "Oui" in [b["title"] for r in replies for b in r.get("buttons", [])]
    answer = " ".join(chat.texts("oui", sender))
    assert "mission locale de Tours" in answer and "37000 Tours" in answer
