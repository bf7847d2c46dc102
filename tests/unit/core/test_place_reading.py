"""Which messages ask for a mission locale somewhere (`PlaceReading.search`), which the NLU makes
a place search (nlu_components/place_mention.py)."""

import pytest

from core.knowledge_base import knowledge_base
from core.place_reading import read_place


@pytest.mark.parametrize(
    "text,expected",
    [
        ("mission locale Bordeaux", True),
        ("ML 59100", True),
        ("misison locale de Quimper", True),
        ("la mission locale de Roubaix svp", True),
        ("mission locale", False),  # no place
        ("c'est quoi une mission locale ?", False),
        ("quel temps fait-il à Bordeaux", False),  # a place but no mission locale
        ("mission locale de blorpville", False),  # unknown place
        ("trop vieux pour la mission locale", False),  # Vieux (Calvados) is not meant
        ("la ML ca a ete monte par qui a la base", False),
        ("ma mere veut que j'aille a la mission locale mais c koi le principe", False),
        ("mission locale dans le 93", True),
        ("comment nait une mission locale, qui doit se mettre autour de la table ?", False),
        ("je cherche la mission locale la plus proche de Brest", True),
        ("mission locale de strasbour", True),  # a misspelled town alone after "mission locale de"
        ("mission locale de mon quartier", False),
        ("la mission locale de ma ville", False),
        # misspellings of "mission locale" (issue 13)
        ("mision locale de Lens", True),
        ("missions locale Tours", True),
        ("mission local de brest", True),
        ("misson locale à Vannes", True),
        ("missionlocale de Lille", True),
        ("mloc de Nantes", True),
        ("MISSION LOCALE DE ROUBAIX", True),
        ("la mission locale elle est en cours de fusion ?", False),  # Cours: an ordinary word here
        ("j'habite à Roubaix, c'est quelle mission locale ?", True),  # the place before the mention
        ("Qui représente les missions locales à l'échelle nationale ?", False),  # L'Échelle (08)
        ("je suis à Quimper, vous faites le CEJ ?", True),  # where the person lives
        ("Éducatrice à Compiègne, je voudrais savoir si vous financez un vélo", False),  # a place, not a search
        ("un jeune que je suis à Calais a besoin d'une aide, qui monte le dossier ?", False),  # "suis": follow
        ("j'habite 59100, vous faites le CEJ ?", True),
        # the second round (issue 13): a commune standing apart in a question, misspelled where the
        # person says they live, followed by its department; not an interjection, not a verb
        ("Valenciennes, est-ce que c'est gratuit ?", True),
        ("Nice, merci pour le lien !!", False),
        ("jsuis a carcasone j'ai besoin d'aide pr trouver un taf", True),
        ("Bonjour, Le Moule en Guadeloupe, comment avoir un rendez-vous ?", True),
        ("En tant qu'administrateur, je me demande si notre mission locale pourrait passer en GIP", False),
        ("une ML c'est un GIP ou une asso", False),
    ],
)
def test_a_message_asks_for_a_mission_locale_somewhere(text, expected):
    assert (read_place(knowledge_base(), text).search is not None) is expected
