"""The distress safety net: phrases that must, and must not, trigger it."""

import pytest

from nlu_components.distress import speaks_of_distress


@pytest.mark.parametrize(
    "message",
    [
        "j'en peux plus de vivre",
        "Je veux en finir.",
        "jveux mourir",
        "j'ai envie de disparaître",
        "je pense au suicide",
        "j'ai des idées noires tout le temps",
        "je dors dehors ce soir",
        "je suis à la rue depuis hier",
        "chui a la rue",
        "mes parents m'ont mis à la porte",
        "j'ai nulle part où dormir",
        "mon père me frappe",
        "mon copain me bat",
        "j'ai été violée",
        "je suis victime de violences conjugales",
        "je me fais harceler au lycée",
        "cyberharcèlement sur insta",
        "je suis en danger",
        "plus envie de vivre",
        "personne ne remarquerait si je disparaissais",
        "je veux que tout s'arrête",
    ],
)
def test_distress_is_detected(message):
    assert speaks_of_distress(message)


@pytest.mark.parametrize(
    "message",
    [
        "",
        "qui finance les missions locales ?",
        "je cherche un logement pour la rentrée",
        "j'ai fini ma formation",
        "comment tuer le temps en attendant mon rdv",
        "je veux finir mes études",
        "c'est quoi le CEJ",
        "la mission locale peut m'aider pour le permis ?",
        "x" * 10000,
    ],
)
def test_ordinary_messages_are_not_flagged(message):
    assert not speaks_of_distress(message)
