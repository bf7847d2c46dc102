"""End to end: French questions over the REST channel of the real servers.

Each answer must contain the fact the sources give for that question
(written here by hand from ../shared/sources/notre-fonctionnement.txt and
../shared/knowledge/faits.md) and must not contain a fact of a neighbouring
topic, so that a catch-all answer cannot pass.
"""

import pytest

MAX_CHARS = 500

# (question as a user would type it, facts that must appear, facts that must not)
CASES = [
    # governance
    ("c'est qui le président d'une mission locale ?", ["élu"], ["655 M€", "AREFIE"]),
    ("une mission locale ça a quel statut juridique", ["association", "groupement d'intérêt public"], ["Fonds social européen"]),
    ("c'est un GIP ou une asso ?", ["GIP"], ["13 000"]),
    ("qui est à l'origine de la création des missions locales", ["État", "collectivités locales"], ["IDCC"]),
    ("le conseil d'administration il décide de quoi exactement", ["orientations", "programme d'activités"], ["Fonds social européen"]),
    ("je suis conseillère, qui siège au CA ?", ["élus locaux", "partenaires économiques et sociaux", "organismes de formation"], ["655 M€"]),
    ("le bureau est nommé par qui ?", ["désigné par le conseil d'administration"], ["élus locaux ;"]),
    ("comment c'est dirigé une mission locale", ["présidée par un élu", "bureau"], ["655 M€"]),
    # team
    ("comment est organisée l'équipe d'une ML", ["trois pôles"], ["Fonds social européen"]),
    ("ca fait quoi un conseiller en insertion socio pro", ["accompagnent les jeunes"], ["administration et des projets"]),
    ("je suis chef d'entreprise, qui peut m'aider a recruter un jeune ?", ["relations entreprises", "employeurs"], ["3114"]),
    ("les fonctions support s'occupent de quoi", ["administration et des projets"], ["trois pôles"]),
    # funding
    ("ki finance les missions locales", ["État", "Région", "Département", "communes", "Fonds social européen"], ["655 M€"]),
    ("c'est l'Etat qui paye ?", ["État"], ["IDCC"]),
    ("l'union européenne donne des sous aux missions locales ?", ["Fonds social européen"], ["élus locaux"]),
    ("quel est le budget total des missions locales", ["655 M€", "49 %"], ["AREFIE"]),
    # regional organisation
    ("comment ça marche au niveau régional", ["association ou union régionale", "anime et coordonne"], ["655 M€"]),
    ("les associations régionales travaillent avec qui ?", ["DREETS", "Région"], ["655 M€"]),
    ("c quoi la direccte", ["DREETS", "2021"], ["IDCC"]),
    ("AREFIE ?", ["Hauts-de-France"], ["655 M€"]),
    ("où je trouve le numéro de l'association régionale", ["unml.info"], ["655 M€"]),
    # national organisation
    ("combien y a de missions locales en france", ["442", "13 000"], ["655 M€"]),
    ("et au niveau national c'est organisé comment ?", ["UNML"], ["655 M€"]),
    ("l'UNML c'est quoi exactement", ["représente le réseau", "syndicat employeur"], ["655 M€"]),
    ("est-ce que l'UNML fait des propositions au gouvernement ?", ["politiques publiques"], ["IDCC"]),
    ("l'unml aide les missions locales comment, infos juridiques etc ?", ["juridique", "bonnes pratiques"], ["655 M€"]),
    ("quelle convention collective pour les salariés des missions locales", ["IDCC 2190"], ["655 M€"]),
    ("service civique en mission locale c'est possible ?", ["service civique", "agrément"], ["655 M€"]),
    # young people's questions
    ("bonjour c'est quoi une mission locale svp", ["16 à 25 ans", "gratuit"], ["IDCC"]),
    ("jusqu'a quel age on peut y aller", ["16 à 25 ans"], ["655 M€"]),
    ("j'ai 27 ans je peux encore y aller ?", ["France Travail", "26 ans"], ["655 M€"]),
    ("j'ai 14 ans est ce que je peux m'inscrire", ["16 ans", "CIO"], ["655 M€"]),
    ("j'ai 17 ans et j'ai arrêté l'école, je suis obligé de faire quelque chose ?", ["obligation de formation", "16 à 18 ans"], ["655 M€"]),
    ("c payant la mission locale ?", ["gratuit"], ["655 M€"]),
    ("ils aident pour quoi concrètement à la mission locale", ["logement", "santé", "mobilité"], ["655 M€"]),
    ("c'est quoi le CEJ", ["contrat d'engagement jeune", "15 à 20 heures"], ["655 M€"]),
    ("on touche combien avec le contrat d'engagement jeune", ["500 €"], ["655 M€"]),
    ("PACEA c quoi", ["24 mois"], ["655 M€"]),
    ("la garantie jeunes ça existe toujours ?", ["remplacée", "CEJ"], ["655 M€"]),
    ("mission locale ou pole emploi c'est quoi la différence", ["France Travail", "16-25 ans"], ["655 M€"]),
    ("comment avoir un rdv avec un conseiller", ["rendez-vous", "lannuaire.service-public.fr"], ["655 M€"]),
    ("c'est quoi le réseau pour l'emploi", ["Réseau pour l'emploi", "France Travail", "Cap emploi"], ["655 M€"]),
    ("j'ai une RQTH, la mission locale peut m'aider ?", ["handicap", "29 ans"], ["655 M€"]),
]


@pytest.mark.parametrize("question,expected,forbidden", CASES, ids=[c[0][:40] for c in CASES])
def test_faq_answer_contains_the_fact(chat, question, expected, forbidden):
    replies = chat.texts(question)
    assert replies, f"no reply to {question!r}"
    answer = " ".join(replies)
    for fact in expected:
        assert fact.lower() in answer.lower(), f"{question!r} -> {answer!r} lacks {fact!r}"
    for fact in forbidden:
        assert fact.lower() not in answer.lower(), f"{question!r} -> {answer!r} contains {fact!r}"
    for reply in replies:
        assert len(reply) <= MAX_CHARS, f"{len(reply)} characters: {reply!r}"


def test_there_are_at_least_forty_questions():
    assert len(CASES) >= 40
