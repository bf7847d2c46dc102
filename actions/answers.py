"""French answers about places and structures, built from knowledge-base
findings. Plain Python (no Rasa import): each function returns a list of
messages, each a dict with `text` and optionally `buttons`, as the Rasa
dispatcher takes them. Every answer says how the structures were found: from
the UNML's official coverage file, or, where it has no answer, as a guess from the
structures' seats, worded as such; contact details appear only where the data
has them, and the official directory is in every place answer.
"""

from typing import Dict, List, Optional

from core.faq_catalogue import topic_buttons
from core.knowledge_base import Finding, KnowledgeBase, RegionalAssociation, Structure
from core.replies import ANNUAIRE, TECHNICAL_PROBLEM, UNML

MAX_LISTED = 5
MAX_CANDIDATES = 4

Message = Dict[str, object]

LEVEL_PHRASES = {
    "commune": "dont le siège est dans votre commune",
    "ept": "de votre territoire du Grand Paris",
    "epci": "de votre intercommunalité",
    "arrondissement": "de votre arrondissement",
    "departement": "de votre département",
}


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def _month(date: str) -> str:
    year, month = date.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} {year}"


def _source(kb: KnowledgeBase, capital: bool = False) -> str:
    """Where counts come from: the current structures, those of the coverage file (kb/territoires.json)."""
    return f"{'D' if capital else 'd'}'après les zones de couverture de l'UNML de {_month(kb.coverage_date)}"


def in_sentence(name: str) -> str:
    """A structure's name inside a sentence: "la " + in_sentence(...) -> "la mission locale de Lens"."""
    return name[0].lower() + name[1:]


def address_line(structure: Structure) -> str:
    town = " ".join(x for x in (structure.postcode, structure.town) if x)
    return ", ".join(x for x in (structure.address, town) if x)


def structure_line(structure: Structure) -> str:
    seat = f" (siège : {structure.seat_name})" if structure.seat_name else ""
    return f"• {structure.name}{seat}"


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


def ask_place(problem: Optional[str] = None) -> List[Message]:
    if problem == "refus":
        return [{"text": "D'accord. Dans quelle commune habitez-vous ? Indiquez son nom ou son code postal "
                         "(par exemple : Roubaix, ou 59100), ou écrivez « laisse tomber » pour arrêter."}]
    if problem == "introuvable":
        return [{"text": "Je n'ai pas trouvé cette commune. Indiquez le nom de votre commune ou son code postal "
                         "(par exemple : Roubaix, ou 59100)."}]
    return [{"text": "Dans quelle commune habitez-vous ? Indiquez son nom ou son code postal "
                     "(par exemple : Roubaix, ou 59100)."}]


def confirm_place(kb: KnowledgeBase, code: str) -> List[Message]:
    """For a commune named like an ordinary word with too little evidence: ask before answering."""
    return [{
        "text": f"Vous parlez de la commune de {kb.commune_label(code)} ?",
        "buttons": [{"title": "Oui", "payload": "oui"}, {"title": "Non", "payload": "non"}],
    }]


def search_cancelled() -> List[Message]:
    return [{"text": "D'accord, j'arrête la recherche. Vous pourrez me redonner votre commune ou votre code "
                     f"postal à tout moment. L'annuaire officiel des missions locales : {ANNUAIRE}"}]


def ambiguous_place(kb: KnowledgeBase, finding: Finding) -> List[Message]:
    return [{
        "text": "Plusieurs communes correspondent. Laquelle est la vôtre ? Ou indiquez votre code postal.",
        "buttons": place_buttons(kb, finding.candidates),
    }]


def place_not_found() -> List[Message]:
    return [{
        "text": "Je n'ai pas trouvé ce lieu. Vous pouvez chercher votre mission locale sur l'annuaire officiel "
                f"{ANNUAIRE} ou sur {UNML} (« trouver ma mission locale »)."
    }]


def gave_up() -> List[Message]:
    return [{
        "text": "Je n'arrive pas à trouver votre commune, désolé. Vous trouverez votre mission locale sur "
                f"l'annuaire officiel {ANNUAIRE} ou sur {UNML} (« trouver ma mission locale »). "
                "Vous pouvez aussi me redonner votre code postal à tout moment."
    }]


def followup_buttons() -> List[Dict[str, str]]:
    return [
        {"title": "Son téléphone", "payload": "et son téléphone ?"},
        {"title": "L'association régionale", "payload": "et l'association régionale ?"},
        {"title": "Les autres du département", "payload": "il y en a d'autres dans le département ?"},
    ]


def found_place(kb: KnowledgeBase, finding: Finding) -> List[Message]:
    """The structures for a commune, a department or a region."""
    structures = [kb.structures[c] for c in finding.structures]
    if not structures:
        return place_not_found()
    if finding.place_kind == "commune" and finding.level == "couverture":
        return [{"text": _covered_commune(kb, finding, structures), "buttons": followup_buttons()}]
    if finding.place_kind == "commune":
        how = LEVEL_PHRASES.get(finding.level or "", "")
        if finding.level == "commune":
            which = "la mission locale" if len(structures) == 1 else "les missions locales"
            intro = f"Pour {finding.place_name}, voici {which} {how} :"
        else:
            grouping = f" ({finding.grouping_name})" if finding.grouping_name else ""
            intro = (f"Je n'ai pas de mission locale dont le siège est à {finding.place_name}. "
                     f"Voici {'celle' if len(structures) == 1 else 'celles'} {how}{grouping} :")
        lines = [structure_line(s) for s in structures[:MAX_LISTED]]
        more = finding.total - len(lines)
        if more > 0:
            lines.append(f"… et {more} autre{'s' if more > 1 else ''}.")
        caution = (f"C'est une indication d'après le siège des structures, pas leur secteur officiel : "
                   f"vérifiez sur {ANNUAIRE}")
        text = "\n".join([intro] + lines + [caution])
        return [{"text": text, "buttons": followup_buttons()}]
    # department or region: a count and the first names
    where = finding.place_name
    count = finding.total
    lines = [structure_line(s) for s in structures[:MAX_LISTED]]
    if count > MAX_LISTED:
        lines.append(f"… et {count - MAX_LISTED} autres.")
    intro = (f"{where} : {count} mission{'s' if count > 1 else ''} locale{'s' if count > 1 else ''} "
             f"{_source(kb)}. Pour trouver la vôtre, donnez-moi votre commune ou votre code postal.")
    return [{"text": "\n".join([intro] + lines)}]


def _covered_commune(kb: KnowledgeBase, finding: Finding, structures: List[Structure]) -> str:
    """The mission locale that the official coverage names for a commune, with its seat address."""
    lines = []
    for code in finding.merged:
        merged = kb.structures[code]
        lines.append(f"La {in_sentence(merged.name)} a fusionné avec une autre structure.")
    area = "arrondissement" if "city" in kb.communes[finding.commune_code] else "commune"
    if len(structures) == 1:
        lines.append(f"Pour {finding.place_name}, c'est la {in_sentence(structures[0].name)} qui couvre votre {area}.")
    else:
        lines.append(f"Pour {finding.place_name}, voici les missions locales qui couvrent la commune :")
    for structure in structures:
        where = address_line(structure)
        if where:
            lines.append(f"Adresse du siège : {where}." if len(structures) == 1 else f"• {structure.name} : {where}")
        elif len(structures) > 1:
            lines.append(f"• {structure.name}")
        if len(structures) == 1 and structure.department != finding.departement_code and structure.department in kb.departments:
            lines.append(f"Elle se trouve dans un autre département : {kb.department_label(structure.department)}.")
    if finding.other_homonyms:
        lines.append("Vous habitez une autre commune de ce nom ? Donnez-moi son code postal.")
    lines.append(f"Source : zones de couverture de l'UNML, {_month(kb.coverage_date)}. Horaires, téléphone et "
                 f"lieux d'accueil : {ANNUAIRE}")
    return "\n".join(lines)


def contact_details(kb: KnowledgeBase, structure: Structure, asked: str) -> List[Message]:
    """Phone and/or address, only where the data has them; otherwise where to find them."""
    parts = []
    if structure.address:
        parts.append(f"adresse du siège : {address_line(structure)}")
    if structure.phone:
        parts.append(f"tél. {structure.phone}")
    have = (asked == "telephone" and structure.phone) or (asked == "adresse" and structure.address)
    if have:
        return [{"text": f"{structure.name} : " + " ; ".join(parts) + "."}]
    missing, pronoun = ("le téléphone", "le") if asked == "telephone" else ("l'adresse", "la")
    text = (f"Je n'ai pas {missing} de la {in_sentence(structure.name)} dans mes données. "
            f"Vous {pronoun} trouverez sur l'annuaire officiel {ANNUAIRE} ou sur {UNML}.")
    if parts:
        text += " J'ai seulement : " + " ; ".join(parts) + "."
    association = kb.association_of(structure)
    if association and association.phone:
        text += f" Vous pouvez aussi appeler l'association régionale, {association.name}, au {association.phone}."
    return [{"text": text}]


def regional_association(kb: KnowledgeBase, association: Optional[RegionalAssociation], region_name: str) -> List[Message]:
    if not association:
        return [{"text": f"Je n'ai pas d'association régionale pour {region_name}. Les coordonnées des associations "
                         f"régionales sont sur {UNML}."}]
    details = []
    if association.phone:
        details.append(f"tél. {association.phone}")
    if association.website:
        details.append(f"site : {association.website}")
    text = f"Pour {region_name}, l'association régionale des missions locales est : {association.name}"
    text += (" (" + " ; ".join(details) + ")." if details else ".")
    return [{"text": text}]


def others_in_department(kb: KnowledgeBase, department: str, exclude: Optional[str]) -> List[Message]:
    codes = [c for c in kb.by_department.get(department, []) if c != exclude]
    name = kb.department_label(department) if department in kb.departments else department
    if not codes:
        return [{"text": f"{_source(kb, capital=True)}, il n'y a pas d'autre mission locale dans le département "
                         f"{name}. Voir aussi {ANNUAIRE}"}]
    lines = [structure_line(kb.structures[c]) for c in codes[:MAX_LISTED]]
    if len(codes) > MAX_LISTED:
        lines.append(f"… et {len(codes) - MAX_LISTED} autres : liste complète sur {ANNUAIRE}")
    intro = (f"{'Autre' if len(codes) == 1 else 'Autres'} mission{'s' if len(codes) > 1 else ''} "
             f"locale{'s' if len(codes) > 1 else ''} du département {name} ({_source(kb)}) :")
    return [{"text": "\n".join([intro] + lines)}]


def count_answer(kb: KnowledgeBase, finding: Finding) -> List[Message]:
    count = finding.total
    if finding.place_kind == "departement":
        where = f"dans le département {finding.place_name}"
    else:
        where = f"en région {finding.place_name}"
    # the national figures have one home, the FAQ topic national_chiffres: offered as a button
    return [{"text": f"{_source(kb, capital=True)}, il y a {count} mission{'s' if count > 1 else ''} "
                     f"locale{'s' if count > 1 else ''} {where}.",
             "buttons": topic_buttons(["national_chiffres"])}]


def technical_problem() -> List[Message]:
    """The one technical-problem apology (core/replies.py), here when the knowledge base fails."""
    return [{"text": TECHNICAL_PROBLEM}]
