"""The place answers are domain responses (domain.yml) filled with variables: each answer names an
existing response, and every variable of every response it uses is filled, for every department,
region and structure of the knowledge base and a commune of each kind. Rendered by Rasa's own
response generator (tests/rendering.py). Expected facts come by hand from
../shared/data/missions_locales/couverture_2026/ (communes_to_ml.csv, ml_seats.csv)."""

import re

import pytest

from actions import answers
from core.knowledge_base import Finding, knowledge_base
from core.place_reading import finding_from_codes
from core.project_files import ROOT, load_domain
from tests.rendering import rendered

KB = knowledge_base()
UNFILLED = re.compile(r"\{[^{}\n]*\}")


def shown(messages):
    result = rendered(messages)
    for message in result:
        assert message["text"].strip(), message
        assert not UNFILLED.search(message["text"]), message["text"]
    return result


def commune(code):
    return finding_from_codes(KB, {"status": "found", "kind": "commune", "commune": code})


def test_every_response_named_in_the_code_is_in_the_domain():
    names = set(load_domain()["responses"])
    for folder in ("actions", "core", "channels"):
        for path in (ROOT / folder).rglob("*.py"):
            for name in re.findall(r"[\"'](utter_[a-z0-9_]+)", path.read_text(encoding="utf-8")):
                if name.startswith("utter_faq"):
                    continue  # the FAQ answers: data/faq/ (tests/unit/test_training_data.py)
                if name.endswith("_"):  # a prefix, completed in the code: some response starts with it
                    assert any(n.startswith(name) for n in names), (path, name)
                else:
                    assert name in names, (path, name)


def test_a_commune_gets_the_coverage_response_with_its_structure_and_address():
    # communes_to_ml.csv: 59512 (Roubaix) -> 59512; ml_seats.csv: its seat is in Roubaix (59100)
    (message,) = shown(answers.found_place(KB, commune("59512")))
    assert message["response"] == "utter_lieu_couvert"
    assert "Pour Roubaix (59), c'est la mission locale de Roubaix qui couvre votre commune" in message["text"] and "59100 Roubaix" in message["text"]
    assert "janvier 2026" in message["text"]
    assert [b["title"] for b in message["buttons"]] == ["Son téléphone", "L'association régionale",
                                                        "Les autres du département"]


def test_an_arrondissement_is_said_as_such():
    # communes_to_ml.csv: 75120 (Paris 20e) is covered by the structure of Paris
    (message,) = shown(answers.found_place(KB, commune("75120")))
    assert "qui couvre votre arrondissement" in message["text"]


def test_every_department_and_region_renders():
    for code in KB.departments:
        finding = finding_from_codes(KB, {"status": "found", "kind": "departement", "departement": code})
        if finding.status == "found" and finding.structures:
            (message,) = shown(answers.found_place(KB, finding))
            assert message["response"] in ("utter_lieu_territoire", "utter_lieu_territoire_une")
            shown(answers.count_answer(KB, finding))
        shown(answers.others_in_department(KB, code, None))
    for code, name in KB.regions.items():
        finding = finding_from_codes(KB, {"status": "found", "kind": "region", "region": code})
        if finding.status == "found" and finding.structures:
            shown(answers.found_place(KB, finding))
            (message,) = shown(answers.count_answer(KB, finding))
            assert message["response"] in ("utter_nombre_une", "utter_nombre_plusieurs")
            assert f"en région {name}" in message["text"]
        shown(answers.regional_association(KB, KB.association_for_region(code), name))


def test_every_structure_s_contact_details_render():
    for structure in KB.structures.values():
        for asked in ("telephone", "adresse"):
            (message,) = shown(answers.contact_details(KB, structure, asked))
            has = structure.phone if asked == "telephone" else structure.address
            assert message["response"] == ("utter_coordonnees" if has else f"utter_coordonnees_sans_{asked}")


def test_a_sample_of_communes_renders():
    codes = sorted(KB.communes)
    for code in codes[::97] + [c for c in codes if c.startswith("976")]:
        shown(answers.found_place(KB, commune(code)))


@pytest.mark.parametrize("level", ["commune", "ept", "epci", "arrondissement", "departement"])
def test_the_seat_guess_names_its_level(level):
    """Where the coverage file has no answer (today: Mayotte, Saint-Pierre-et-Miquelon), the guess
    says how it was made; every level the knowledge base can give has its words."""
    structures = KB.by_department["59"][:2]
    for count in (1, 2):
        finding = Finding("found", place_kind="commune", place_name="Exemple", level=level,
                          structures=structures[:count], total=count, grouping_name="Groupement")
        (message,) = shown(answers.found_place(KB, finding))
        assert "dont le siège est dans votre" in message["text"]
        assert "pas leur secteur officiel" in message["text"]


def test_the_questions_and_refusals_render():
    for problem in (None, "refus", "introuvable"):
        shown(answers.ask_place(problem))
    (message,) = shown(answers.confirm_place(KB, "59512"))
    assert message["text"] == "Vous parlez de la commune de Roubaix (59) ?"
    # (French elision and contraction before the name: communes.csv of kb/, 84087 Orange, 72181 Le Mans)
    assert shown(answers.confirm_place(KB, "84087"))[0]["text"] == "Vous parlez de la commune d'Orange (84) ?"
    assert shown(answers.confirm_place(KB, "72181"))[0]["text"] == "Vous parlez de la commune du Mans (72) ?"
    assert [b["payload"] for b in message["buttons"]] == ["oui", "non"]
    for messages in (answers.search_cancelled(), answers.place_not_found(), answers.gave_up(),
                     answers.technical_problem()):
        (message,) = shown(messages)
        assert "lannuaire.service-public.fr" in message["text"]
