"""Which domain response answers a place question, and with which variables.

Plain Python (no Rasa import). Each function returns a list of messages, each a dict with the
domain response's name under `response`, its variables, and optionally `buttons` added to the
response's own: `say` (actions/structures.py) hands them to the dispatcher, and Rasa fills the
response. The sentences themselves are in `domain.yml`: where one message holds several of them (a
list of structures, an optional sentence), they are taken from the domain too (`sentence`) and
passed as one variable. Every answer says how the structures were found: from the UNML's official
coverage file, or, where it has no answer, as a guess from the structures' seats, said as such;
contact details appear only where the data has them, and the official directory is in every place
answer.
"""

from typing import Dict, List, Optional

from core.faq_catalogue import topic_buttons
from core.knowledge_base import Finding, KnowledgeBase, RegionalAssociation, Structure
from core.replies import sentence
from core.text import of_place

MAX_LISTED = 5
MAX_CANDIDATES = 4

Message = Dict[str, object]

# The month's name in the coverage file's date ("2026-01" -> "janvier 2026").
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def message(response: str, buttons: Optional[List[Dict[str, str]]] = None, **values: object) -> Message:
    """One message: the domain response `response`, filled with `values`, plus `buttons`."""
    result: Message = {"response": response, **values}
    if buttons:
        result["buttons"] = buttons
    return result


def coverage_month(kb: KnowledgeBase) -> str:
    year, month = kb.coverage_date.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} {year}"


def in_sentence(name: str) -> str:
    """A structure's name inside a sentence: "la " + in_sentence(...) -> "la mission locale de Lens"."""
    return name[0].lower() + name[1:]


def address_line(structure: Structure) -> str:
    town = " ".join(x for x in (structure.postcode, structure.town) if x)
    return ", ".join(x for x in (structure.address, town) if x)


def structure_line(structure: Structure) -> str:
    if structure.seat_name:
        return sentence("utter_ligne_structure_siege", structure=structure.name, siege=structure.seat_name)
    return sentence("utter_ligne_structure", structure=structure.name)


def structure_list(structures: List[Structure], total: int, directory: bool = False) -> str:
    """The first MAX_LISTED structures, one per line, and how many more ("… et 3 autres.")."""
    lines = [structure_line(s) for s in structures[:MAX_LISTED]]
    more = total - len(lines)
    if more > 0:
        if directory:
            lines.append(sentence("utter_ligne_et_autres_annuaire", nombre=more))
        else:
            lines.append(sentence("utter_ligne_et_une_autre" if more == 1 else "utter_ligne_et_autres", nombre=more))
    return "\n".join(lines)


def place_buttons(kb: KnowledgeBase, codes: List[str]) -> List[Dict[str, str]]:
    """Buttons for homonyms: the payload names the commune and its postcode, which resolves it."""
    buttons = []
    for code in codes[:MAX_CANDIDATES]:
        commune = kb.communes[code]
        postcode = commune["postcodes"][0] if commune["postcodes"] else ""
        buttons.append({
            "title": kb.commune_label(code),
            "payload": f"mission locale de {commune['name']} {postcode}".strip(),
        })
    return buttons


# Why the form asks again (slot lieu_probleme) -> the question.
ASK_PLACE = {"refus": "utter_demander_lieu_apres_refus", "introuvable": "utter_demander_lieu_introuvable"}


def ask_place(problem: Optional[str] = None) -> List[Message]:
    return [message(ASK_PLACE.get(problem or "", "utter_demander_lieu"))]


def confirm_place(kb: KnowledgeBase, code: str) -> List[Message]:
    """For a commune named like an ordinary word with too little evidence: ask before answering."""
    return [message("utter_confirmer_commune", de_nom_lieu=of_place(kb.commune_label(code)))]


def search_cancelled() -> List[Message]:
    return [message("utter_recherche_annulee")]


def ambiguous_place(kb: KnowledgeBase, finding: Finding) -> List[Message]:
    return [message("utter_lieu_ambigu", buttons=place_buttons(kb, finding.candidates))]


def place_not_found() -> List[Message]:
    return [message("utter_lieu_introuvable")]


def gave_up() -> List[Message]:
    return [message("utter_lieu_abandon")]


def found_place(kb: KnowledgeBase, finding: Finding) -> List[Message]:
    """The structures for a commune, a department or a region."""
    structures = [kb.structures[c] for c in finding.structures]
    if not structures:
        return place_not_found()
    if finding.place_kind == "commune" and finding.level == "couverture":
        return [_covered_commune(kb, finding, structures)]
    if finding.place_kind == "commune":  # the seat guess, where the coverage file has no answer
        level = sentence(f"utter_detail_niveau_{finding.level}")
        if finding.grouping_name:
            level += f" ({finding.grouping_name})"
        return [message("utter_lieu_siege_une" if len(structures) == 1 else "utter_lieu_siege_plusieurs",
                        nom_lieu=finding.place_name, niveau=level,
                        liste=structure_list(structures, finding.total))]
    # department or region: a count and the first names
    return [message("utter_lieu_territoire_une" if finding.total == 1 else "utter_lieu_territoire",
                    nom_lieu=finding.place_name, nombre=finding.total, mois=coverage_month(kb),
                    liste=structure_list(structures, finding.total))]


def _covered_commune(kb: KnowledgeBase, finding: Finding, structures: List[Structure]) -> Message:
    """The mission locale that the official coverage names for a commune, with its seat address."""
    lines = [sentence("utter_ligne_fusion", structure=in_sentence(kb.structures[code].name))
             for code in finding.merged]
    if len(structures) == 1:
        structure = structures[0]
        area = "arrondissement" if "city" in kb.communes[finding.commune_code] else "commune"
        lines.append(sentence(f"utter_ligne_couvre_{area}", nom_lieu=finding.place_name,
                              structure=in_sentence(structure.name)))
        if address_line(structure):
            lines.append(sentence("utter_ligne_adresse_siege", adresse=address_line(structure)))
        if structure.department != finding.departement_code and structure.department in kb.departments:
            lines.append(sentence("utter_ligne_autre_departement",
                                  departement=kb.department_label(structure.department)))
    else:
        lines.append(sentence("utter_ligne_couvrent_commune", nom_lieu=finding.place_name))
        for structure in structures:
            where = address_line(structure)
            lines.append(sentence("utter_ligne_structure_adresse", structure=structure.name, adresse=where) if where
                         else sentence("utter_ligne_structure", structure=structure.name))
    if finding.other_homonyms and kb.one_structure([finding.commune_code] + finding.other_homonyms):
        lines.append(sentence("utter_ligne_couvre_aussi",
                              communes=" et ".join(kb.commune_label(c) for c in finding.other_homonyms)))
    elif finding.other_homonyms:
        lines.append(sentence("utter_ligne_homonymes"))
    return message("utter_lieu_couvert", lignes="\n".join(lines), mois=coverage_month(kb))


def contact_details(kb: KnowledgeBase, structure: Structure, asked: str) -> List[Message]:
    """Phone and/or address, only where the data has them; otherwise where to find them."""
    parts = []
    if structure.address:
        parts.append(sentence("utter_detail_adresse", adresse=address_line(structure)))
    if structure.phone:
        parts.append(sentence("utter_detail_telephone", telephone=structure.phone))
    have = (asked == "telephone" and structure.phone) or (asked == "adresse" and structure.address)
    if have:
        return [message("utter_coordonnees", structure=structure.name, details=" ; ".join(parts))]
    more = []
    if parts:
        more.append(sentence("utter_detail_seulement", details=" ; ".join(parts)))
    association = kb.association_of(structure)
    if association and association.phone:
        more.append(sentence("utter_detail_association", association=association.name,
                             telephone=association.phone))
    return [message("utter_coordonnees_sans_telephone" if asked == "telephone" else "utter_coordonnees_sans_adresse",
                    structure=in_sentence(structure.name), suite="".join(" " + m for m in more))]


def regional_association(kb: KnowledgeBase, association: Optional[RegionalAssociation], region_name: str) -> List[Message]:
    if not association:
        return [message("utter_association_inconnue", nom_lieu=region_name)]
    details = []
    if association.phone:
        details.append(sentence("utter_detail_telephone", telephone=association.phone))
    if association.website:
        details.append(sentence("utter_detail_site", site=association.website))
    return [message("utter_association_regionale", nom_lieu=region_name, association=association.name,
                    details=" (" + " ; ".join(details) + ")." if details else ".")]


def others_in_department(kb: KnowledgeBase, department: str, exclude: Optional[str]) -> List[Message]:
    codes = [c for c in kb.by_department.get(department, []) if c != exclude]
    name = kb.department_label(department) if department in kb.departments else department
    if not codes:
        return [message("utter_autres_aucune", departement=name, mois=coverage_month(kb))]
    return [message("utter_autres_une" if len(codes) == 1 else "utter_autres_plusieurs",
                    departement=name, mois=coverage_month(kb),
                    liste=structure_list([kb.structures[c] for c in codes], len(codes), directory=True))]


def count_answer(kb: KnowledgeBase, finding: Finding) -> List[Message]:
    where = sentence("utter_detail_dans_departement" if finding.place_kind == "departement" else "utter_detail_en_region",
                     nom_lieu=finding.place_name)
    # the national figures have one home, the FAQ topic national_chiffres: offered as a button
    return [message("utter_nombre_une" if finding.total == 1 else "utter_nombre_plusieurs",
                    buttons=topic_buttons(["national_chiffres"]), nombre=finding.total, territoire=where,
                    mois=coverage_month(kb))]


def technical_problem() -> List[Message]:
    """The one technical-problem apology, here when the knowledge base fails."""
    return [message("utter_probleme_technique")]
