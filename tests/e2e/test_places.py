"""End to end: "find my mission locale" through the real servers over HTTP.

Expected seats come by hand from ../shared/data/missions_locales/missions_locales.csv
(code_structure = INSEE code of the seat) and the commune names of
@etalab/decoupage-administratif.
"""

import uuid

import pytest

ANNUAIRE = "lannuaire.service-public.fr"

# (message, region, text the answer must contain)
PLACES = [
    ("je cherche la mission locale de roubaix", "Hauts-de-France", "siège : Roubaix"),
    ("ML 59100", "Hauts-de-France", "siège : Roubaix"),
    ("mission locale de Strasbourg", "Grand Est", "siège : Strasbourg"),
    ("y a une mission locale à Toulouse ?", "Occitanie", "siège : Toulouse"),
    ("mission locale Bordeaux", "Nouvelle-Aquitaine", "siège : Bordeaux"),
    ("c'est où la mission locale de Nice", "Provence-Alpes-Côte d'Azur", "siège : Nice"),
    ("mission locale de Dijon", "Bourgogne-Franche-Comté", "siège : Dijon"),
    ("je cherche la mission locale de Rouen", "Normandie", "siège : Rouen"),
    ("mission locale d'Orléans", "Centre-Val de Loire", "siège : Orléans"),
    ("ma mission locale à Nantes c'est laquelle", "Pays de la Loire", "siège : Nantes"),
    ("mission locale de Rennes", "Bretagne", "siège : Rennes"),
    ("mission locale de Grenoble", "Auvergne-Rhône-Alpes", "siège : Grenoble"),
    ("je cherche la mission locale de Sarcelles", "Île-de-France", "siège : Sarcelles"),
    ("mission locale d'Ajaccio", "Corse", "siège : Ajaccio"),
    ("mission locale de Cayenne", "Guyane", "siège : Cayenne"),
    ("j'habite à st denis de la réunion", "La Réunion", "siège : Saint-Denis"),
    ("mission locale des Abymes", "Guadeloupe", "siège : Les Abymes"),
    ("mission locale de Fort-de-France", "Martinique", "intercommunalité"),
    ("mission locale à Mamoudzou", "Mayotte", "Mayotte"),
    ("mission locale 97150", "Saint-Martin", "siège : Saint-Martin"),
    ("mission locale paris 15e", "Île-de-France", "siège : Paris"),
    ("mission locale Marseille 13e", "Provence-Alpes-Côte d'Azur", "siège : Marseille"),
    ("mission locale lyon 3eme", "Auvergne-Rhône-Alpes", "siège : Lyon"),
    ("mission locale de strasbour", "Grand Est", "siège : Strasbourg"),
    ("mission locale de Cherbourg", "Normandie", "siège : Cherbourg-en-Cotentin"),
    ("mission locale de Roissy-en-Brie", "Île-de-France", "siège : Roissy-en-Brie"),
    ("la mission locale de Brest svp", "Bretagne", "siège : Brest"),
    ("mission locale saint denis 93", "Île-de-France", "siège : Saint-Denis"),
]


def _sender() -> str:
    return f"place-{uuid.uuid4().hex[:10]}"


@pytest.mark.parametrize("message,region,expected", PLACES, ids=[p[0][:40] for p in PLACES])
def test_place_question_is_answered_directly(chat, message, region, expected):
    replies = chat.send(message, _sender())
    text = "\n".join(r.get("text", "") for r in replies)
    assert expected in text, f"{message!r} -> {text!r}"
    assert ANNUAIRE in text  # the answer is an indication, the directory is the reference
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
    assert "siège : Roubaix" in answer
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
    assert "siège : Saint-Denis" in answer and "La Réunion" in answer


def test_count_in_a_region_says_its_source(chat):
    text = " ".join(chat.texts("combien de missions locales en Bretagne ?"))
    assert "17 missions locales" in text and "septembre 2023" in text
