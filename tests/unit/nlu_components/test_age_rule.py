"""The age rule: ages from faits.md (16 to 25 révolus; France Travail from 26; school before 16)."""

import pytest

from nlu_components.age_rule import route_age_topic


@pytest.mark.parametrize(
    "text,predicted,expected",
    [
        ("une personne de 35 ans peut s'inscrire ?", "age_moins_16", "age_plus_26"),
        ("j'ai 26 ans je peux venir", "public_age", "age_plus_26"),
        ("j'ai 25 ans, c'est encore bon ?", "age_plus_26", "public_age"),
        ("mon fils a 15 ans", "public_age", "age_moins_16"),
        ("j'ai 16 ans", "age_moins_16", "public_age"),
        ("à 17 ans on est obligé d'être en formation ?", "obligation_formation", None),
        ("j'ai 22 ans, obligation de formation ?", "obligation_formation", "public_age"),
        ("trop vieux pour la mission locale", "age_moins_16", "age_plus_26"),
        ("je suis trop jeune ?", "public_age", "age_moins_16"),
        ("j'ai 30 ans, c'est quoi le CEJ", "cej", None),  # not an age topic: untouched
        ("qui peut venir à la mission locale ?", "public_age", None),
        ("moins de 16 ans", "public_age", "age_moins_16"),
        ("j'ai pas encore 16 ans", "public_age", "age_moins_16"),
        ("plus de 25 ans c'est possible ?", "public_age", "age_plus_26"),
    ],
)
def test_route_age_topic(text, predicted, expected):
    assert route_age_topic(text, predicted) == expected
