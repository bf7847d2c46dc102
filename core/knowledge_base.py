"""Knowledge base of the missions locales: places and structures.

Plain Python (no Rasa import), loaded once from the compact files in kb/
(built by scripts/build_kb.py). `KnowledgeBase.find(text)` reads a place in
what the user typed (a commune, a postcode, a department, a region) and
returns the structures to show, with the level saying how they were found: for a
commune, the mission locale that the UNML's coverage file (January 2026) names for
it (level "couverture"); only where that file has no answer, a guess from the
structures' seats, nearest administrative level first, which the answers word as
such. Structures that merged since the 2023 referential are never returned: the
coverage names the one that replaced them. A word is read as a commune only with
evidence (see `KnowledgeBase.find`), and more of it for a commune named like an
ordinary French word (kb/mots_courants.txt).
"""

import bisect
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from core import settings
from core.text import plain_words, without_accents

KB_DIR = Path(__file__).resolve().parent.parent / "kb"
MAX_STRUCTURES = 5
MAX_TEXT = 300  # longer messages are cut before place search
FUZZY_CUTOFF = 86
CLOSEST_CACHE_SIZE = 50_000  # spelling corrections remembered (the same words come back in many messages)
# Between communes of one name, the largest is answered without asking when it has this many times
# the population of the next ("Saint-Nazaire", 44: 75,000 inhabitants, against 2,800 in the 66;
# "Valence", 26, is only 12 times Valence, 82: asked); the answer says how to ask for the others.
HOMONYM_DOMINANCE = 20
# ... or this many times when its name is the one typed, the others' only without their article
EXACT_NAME_DOMINANCE = 5
# A city named like an ordinary word (Limoges, Rennes, Tours) takes strong evidence as fully as any
# other name; smaller ones ("Rue", "Sens") need more
BIG_TOWN = 50_000
# A town named like a word, opening the message set apart before the age ("menton, 21 ans"): one commune of this many inhabitants
AGE_AFTER_MIN_POPULATION = 5_000
# A short message opening with a misspelled town, then only a need ("limoge 17 ans", "avinion job ete"): at most this many words
SHORT_NEED_MESSAGE = 5
# the words that ask politely ("svp", "stp")
ASKING_POLITELY = {"svp", "stp", "svpl", "svpp", "svppp", "stpp", "please", "pls", "plz"}
THANKS = {"merci", "mrc", "mci"}
# (thanks, and "c urgent": "chanbéri mrc", "kréteil stp c urgent"; twenty-seventh session, dev-VQ)
SHORT_NEEDS = ASKING_POLITELY | THANKS | {"urgent", "permis", "permi", "cej", "job", "jobs", "taf", "ete", "formation", "ml", "mloc", "horaires", "horaire", "logement",
               "stage", "alternance", "apprentissage", "ya", "ans", "rdv", "inscription", "adresse", "tel", "numero",
               "aide", "cv", "boulot", "travail", "emploi", "besoin", "possible", "ou", "c", "est", "quoi", "mission", "locale"}
# a town this large named right after strong words of place is meant, even when its name is also a
# word of the dictionary ("mission locale Périgueux", "j'habite Tulle")
MARKED_TOWN = 10_000
SMALL_TOWN = 200  # a town opening the message, capitalised and set apart before an age or a need
COMMON_OPENING_TOWN = 2_000  # the same for a town named like a word, before an age ("Condom, 18 ans, …")
# Towns whose names the dictionary lists as rare words (a "quimper" is a piece of its pottery, a
# "périgueux" a sauce, "limoger" a verb of dismissal), which nobody types in that sense in a chat
# with a mission locale: they are names, not ordinary words, for the place search. Chosen by hand
# among the towns of 15,000 inhabitants or more named like a word of kb/mots_courants.txt (words
# one may type in their ordinary sense, "vannes", "menton", "trappes", "plaisir", stay ordinary).
RARE_WORD_TOWNS = {"quimper", "perigueux", "limoges", "havre", "mans", "colombes", "calais", "valence",
                   "bourges", "sarcelles", "anglet", "castres", "cavaillon", "frontignan", "rodez", "montbeliard",
                   "montmorency", "cambrai", "muret", "pertuis", "houilles", "cluses", "elbeuf", "gaillac",
                   "fontainebleau", "coulommiers", "etampes", "sevres"}
# Names people use for big towns besides the official one, chosen by hand (2026-12-02, seventh session,
# from a development set's misses): nicknames in common use ("Besac", "Stras", "Paname", "la ville
# rose"), their abbreviations in chats ("bdx", "tlse"), and the Corsican and creole names of towns
# (the Corsican ones are on the towns' own signs: "Aiacciu", "Portivechju"). Each gives (official name,
# department); a name shared by several communes is left out ("Sin-Pyèr": Saint-Pierre of Réunion or
# Martinique).
OTHER_NAMES = {
    "besac": ("Besançon", "25"), "stras": ("Strasbourg", "67"), "bdx": ("Bordeaux", "33"),
    "tlse": ("Toulouse", "31"), "la ville rose": ("Toulouse", "31"), "mtp": ("Montpellier", "34"),
    "perpi": ("Perpignan", "66"), "carca": ("Carcassonne", "11"), "paname": ("Paris", "75"),
    "boulbi": ("Boulogne-Billancourt", "92"), "montlu": ("Montluçon", "03"),
    "saint trop": ("Saint-Tropez", "83"),  # ("st" is normalised to "saint"; "clermont fd" is an abbreviation, read as such)
    "cite phoceenne": ("Marseille", "13"),
    "aiacciu": ("Ajaccio", "2A"), "portivechju": ("Porto-Vecchio", "2A"), "corti": ("Corte", "2B"),
    "bunifaziu": ("Bonifacio", "2A"), "prupria": ("Propriano", "2A"),
    "l isula": ("L'Île-Rousse", "2B"), "san fiurenzu": ("Saint-Florent", "2B"),
    "lapwent": ("Pointe-à-Pitre", "971"), "pwent a pit": ("Pointe-à-Pitre", "971"), "foyal": ("Fort-de-France", "972"),
    "kayenn": ("Cayenne", "973"),
    "chambe": ("Chambéry", "73"),  # "Chambé" (dev-PU, 2026-12-03)
    # the usual names of merged communes (dev-QA, 2026-12-03): "Evry formation…", "Charleville 18a…"
    "evry": ("Évry-Courcouronnes", "91"), "charleville": ("Charleville-Mézières", "08"),
    "cherbourg": ("Cherbourg-en-Cotentin", "50"),
    "cosne sur loire": ("Cosne-Cours-sur-Loire", "58"),  # (thirty-first session, dev-XS: it had been read as the Loire department)
    "fodfrans": ("Fort-de-France", "972"),  # its name in creole (dev-QE)
    "vsg": ("Villeneuve-Saint-Georges", "94"),  # as locals write it (dev-QF)
    # (eleventh session, dev-QN) creole names, and nicknames as locals spell them
    "zabim": ("Les Abymes", "971"), "sin pol": ("Saint-Paul", "974"), "besak": ("Besançon", "25"),
    "auber": ("Aubervilliers", "93"), "montbe": ("Montbéliard", "25"),
    "kemper": ("Quimper", "29"),  # its Breton name (dev-QP)
    "greno": ("Grenoble", "38"),  # (fifteenth session, dev-RU)
}
# Nicknames told apart from a word only by their accent, read before accents are dropped: "Sainté" is
# Saint-Étienne, "sainte" a word and the start of many names (fifteenth session: four development sets' writers)
ACCENTED_NICKNAMES = {"sainté": "saint-étienne"}
_ACCENTED_NICKNAME = re.compile(r"\b(" + "|".join(ACCENTED_NICKNAMES) + r")\b(?![-'’])", re.IGNORECASE)
# Names of regions besides the official and former ones ("Saint-Denis en région parisienne"; dev-RA)
OTHER_REGION_NAMES = {"region parisienne": "11", "idf": "11"}
# Names of departments besides the official ones (same session, same set): their creole names and the
# numbers said in words or apart ("le 9-3", "le neuf trois")
OTHER_DEPARTMENT_NAMES = {
    "gwada": "971", "gwadloup": "971", "gwadeloup": "971", "madinina": "972", "matinik": "972", "matnik": "972",
    "renyon": "974", "la renyon": "974", "reyon": "974", "la reyon": "974",
    "9 3": "93", "neuf trois": "93", "9 4": "94", "neuf quatre": "94", "9 2": "92", "neuf deux": "92",
    "9 1": "91", "neuf un": "91", "9 5": "95", "neuf cinq": "95", "7 7": "77", "sept sept": "77", "7 8": "78",
    "sept huit": "78",
}
PLURAL_DETERMINERS = {"les", "des", "mes", "tes", "ses", "nos", "vos", "leurs", "ces", "quelques", "plusieurs"}
PLURAL_DEPARTMENTS = {"landes", "vosges", "yvelines", "ardennes"}
# A town whose name begins with a commune's name is offered beside it when it has at least this
# many inhabitants and ten times the commune's ("Évry": Évry-Courcouronnes too)
LONGER_NAME_MIN_POPULATION = 10_000
# ... and answered alone (the village named in the answer's last line) when a hundred times larger
LONGER_NAME_DOMINANCE = 100
# A word that begins more communes' names than this is no short form of any ("saint", "villeneuve")
MAX_SHORT_FORM_TOWNS = 12
# A commune smaller than this, named like a department or a region, is taken for it even after "à"
SHADOWED_VILLAGE = 2_000
MAX_NGRAM = 6
MAYOTTE = "976"

# Words that never name a place on their own (the n-gram matcher skips them).
STOPWORDS = set(
    """a au aux avec ce c ca cette chez d de des du dans en et est il j je l la le les leur m ma me mes mon
    ou par pas pour pres proche qu que qui quoi s sa se ses si son sur t ta te tes ton tu un une vers y eu
    vous nous on moi toi est sont suis habite habites habitez vis vit vivre cherche chercher trouve trouver
    mission missions locale locales local ml mloc missionlocale missionslocales mil la plus bonjour salut svp stp merci ville commune code postal cp
    departement dept dep region rdv adresse telephone tel numero contact contacter aller quelle quel
    ma mon cote coin ici bien oui non ok alors voila france europe pays monde national nationale""".split()
)

# Words after which a name is meant as a place.
PLACE_MARKERS = {"de", "d", "du", "des", "a", "au", "aux", "sur", "vers", "en", "dans", "habite", "jhabite", "jabite", "locale",
                 "locales", "local", "ml", "mloc", "cote", "secteur", "pres", "proche", "ville", "commune"}
# Markers that are strong evidence of a place on their own ("j'habite Tours", "mission locale Sens").
STRONG_MARKERS = {"habite", "habites", "habitez", "habitons", "jhabite", "jabite", "locale", "locales", "local", "ml", "mloc",
                  "missionlocale", "ville", "commune", "secteur"}
# Articles and prepositions inside commune names ("L'Échelle", "La Rue-Saint-Pierre").
ARTICLES = {"l", "la", "le", "les", "d", "de", "du", "des", "en", "sur", "sous", "aux", "au"}
# Articles that begin commune names ("Le Tampon", "La Rochelle", "Les Mureaux", "L'Haÿ-les-Roses").
LEADING_ARTICLES = {"l", "la", "le", "les"}
# Words of living somewhere: after them, even a commune named like an ordinary word is meant.
DWELLING_WORDS = {"habite", "habites", "habitez", "habitons", "habitent", "jhabite", "jabite", "jvis", "vis", "vit", "vivons",
                  "vivez", "vivent", "reside", "residez", "resides", "residons", "demenage", "demenager", "demenagee",
                  "installe", "installee", "installes", "installees", "installer", "emmenage", "emmenagee", "emmenages",
                  "emmenagees", "emmenager", "pose", "posee", "poses", "posees",  # "je suis posé à Calais"
                  "loge", "logee", "loges", "logees",
                  "rete", "reste", "rest", "restes", "restons", "viv",  # "mwen ka rété Abymes", "je reste à Lunel", "mi rest Tampon"
                  "domicilie", "domiciliee", "domicilies", "domiciliees", "squatte", "squattes",
                  # "on a atterri à Aubagne", "jcrèche à Chenôve" (fourteenth session, dev-RJ)
                  "atterri", "atterrie", "atterris", "atterries", "jcreche",
                  "jvi", "vi", "jcrech",  # "jvi a dunkerk", "vi a obagne", "jcrech a arjanteuil" (fifteenth session, dev-RQ)
                  "reloge", "relogee", "reloges", "relogees",  # "relogé dans le 14e arrondissement de Marseille" (sixteenth session, dev-RZ)
                  "residant", "residante", "residants", "residantes"}  # "jeune de 21 ans résidant forbach" (thirty-first session, dev-XS)
# Dwelling in the imperfect: a past home ("j'habitais à Lyon avant"), unless reported ("il m'a dit qu'il
# habitait à Colomiers": where he lives)
PAST_DWELLING_WORDS = {"habitais", "habitait", "habitaient", "vivais", "vivait", "vivaient",
                       "grandi", "grandie", "grandis",  # "j'ai grandi à Kourou" (dev-RJ)
                       "vecu", "vecue"}  # "j'ai vécu à Saint-Herblain jusqu'à l'an dernier" (nineteenth session, dev-SX)
# Words that make the weak marker after them strong ("je suis à Lille", "mission locale de Lille").
LIVING_WORDS = {"habite", "habites", "habitez", "habitons", "habitent", "vivent", "domicilie", "domiciliee", "vis",
                "vit", "vivons", "vivez", "suis", "sommes",
                "viens", "vient", "venons", "reside", "residez", "resides", "demenage", "demenager", "installe",
                "installee", "locale", "local", "ml", "mloc", "mission", "missionlocale", "jsuis", "jsui", "chui", "jhabite", "jabite",
                "arrive", "arrivee", "arriver", "arrives", "arrivez", "moi", "nous"}  # "chez nous à Quimper"
# Words after which comes a person's name, not a place
NAME_INTRODUCTIONS = {"appelle", "appel", "apelle", "prenom", "prenomme", "prenommee", "surnom", "surnomme"}
# Words that introduce a noun, never a commune's name (a name's own article is part of the match:
# "La Rochelle"; "du", "au", "des", "aux" may be a name's contracted article: "du Havre").
DETERMINERS = {"le", "la", "les", "l", "un", "une", "ma", "mon", "mes", "ta", "ton", "tes", "sa", "son", "ses",
               "notre", "votre", "nos", "vos", "leur", "leurs", "ce", "cet", "cette", "ces"}
CONTRACTED = {"du": "le", "au": "le", "des": "les", "aux": "les", "o": "le"}  # "o Gosier": "au" in Antillean creole
ARRONDISSEMENT_CITIES = {"paris": ("75", 20), "marseille": ("13", 16), "lyon": ("69", 9)}
CITY_CODES = {"paris": "75056", "marseille": "13055", "lyon": "69123"}


# "mission locale" as users type it: missions locale, mision, misson, mission local, missionlocale,
# mission lacale, mission locle, mission locâle, mission loacle, ML, mloc, mi lo; missoin, mession, mssion lcale,
# misyon lokal, missione locale, mishion, mition, missiin (seventeenth session, dev-SF), and the phone's
# corrections "mission vocale", "mission loyale", "maison locale"
MENTION = re.compile(r"\b(m+i+(?:s+t?|t)h?i*(?:o+i?|i)[nm]*e?s?|mi ss?ion|maison|misison|mision|missoin|mess?ion|mss?ion|msiss?ion|misyon|msn)\s*(l(oa|[oa])[ck]([aâo]?l{1,2}e?s?|ael)?|l[ck]ale|lcoales?|l[oa][ck]la|vocale|loyale)\b|\bmiss?[ -]?loc(?:ale?s?)?\b|\bmlocales?\b|\bml\b|\bmlo?c?\b|\bmi[ -]?loc\b|\bmi[ -]lo\b|\b(?-i:milo|MILO)\b|(?<=\b[lL]a )Milo\b|\bm\.l\.?(?!\w)|\bm\.locales?\b",
                     re.IGNORECASE)


_ONE_DETERMINERS = {"la", "une", "ma", "ta", "sa", "cette", "votre", "notre", "leur", "l"}
_SEVERAL_DETERMINERS = {"les", "des", "mes", "tes", "ses", "ces", "vos", "nos", "leurs", "aux", "plusieurs"}


def _spelled_mention(match: "re.Match[str]") -> str:
    """A misspelled "mission locale" written right, in as many words ("misson locale": not Misson)."""
    typed = match.group(0)
    if not match.group(1):
        if typed.lower().startswith("m."):
            return "ML"  # "M.L. de Colmar"
        if typed.lower().startswith("mlocale"):
            return "missions locales" if typed.lower().endswith("s") else "mission locale"  # "Mlocale Condom" (dev-RN)
        return "mloc" if typed.lower().startswith("mi") else typed  # "mi loc"
    # "les missions locales à l'échelle…" is not one structure; "la mission locales de Sarcelle", "la missions locales de
    # Limoge" are (twenty-second session, dev-TP): the determiner before says it, else the noun's own ending
    before = match.string[:match.start()].lower().split()
    if before and before[-1] in _ONE_DETERMINERS:
        plural = False
    elif before and before[-1] in _SEVERAL_DETERMINERS:
        plural = True
    else:
        # (both words in the plural: "missions locale de rennes" is one, as typed in a hurry; twenty-fifth session, dev-VA)
        plural = match.group(1).lower().endswith("s") and (match.group(2) or "").lower().endswith("s")
    if not re.search(r"\s", typed):
        return "missionslocales" if plural else "missionlocale"
    return "missions locales" if plural else "mission locale"


# Réunion creole "mi lé", "moin res" ("I am", "I live"), read as a word of living (`KnowledgeBase.parse`)
_CREOLE_LIVING = re.compile(r"\b(mi|moin|mwin) (le|res|reste)\b")
# "j'habite" typed without its last letter, "jhabit" or "j abit" (one word for one: the tokens stay aligned with `typed_marks`)
_LIVING_CUT_SHORT = re.compile(r"\b(j ?)h?abit\b")
# "ds" typed for "dans" before an article, one word for one: "j'habite bourgoin ds l'isère" (thirty-eighth session, dev-ZZG)
_DS_FOR_DANS = re.compile(r"\bds (?=(le|la|les|l) )")


# Words of living as typed glued to what follows (fifteenth session, dev-RQ: "jhabitemarseille", "jvisaperpi",
# "Jhabitaoxerre", "jsuisdenarbone", "jsuisa bordo"): each with the words it stands for
GLUED_DWELLING_WORDS = {"jhabite": "j habite", "jhabit": "j habite", "jabite": "j habite", "jabit": "j habite",
                        "jsuis": "je suis", "jsui": "je suis", "jvis": "je vis", "jvi": "je vis", "jviv": "je vis",  # "jvivamulouse" (dev-SH)
                        "habite": "habite"}  # "habiteavalenciennes aide svp" (sixteenth session, dev-SB)
_GLUED_HOME = re.compile(r"\b(" + "|".join(sorted(GLUED_DWELLING_WORDS, key=len, reverse=True)) + r")([^\W\d_]+)\b",
                         re.IGNORECASE)
_GLUED_LINKS = ("au", "a", "o", "de", "d", "")  # what may join the words of living to the name
# "st" glued to a saint's name, and maybe its department's number: "stchamond", "stdenis93" (dev-RU)
_GLUED_SAINT = re.compile(r"\b(ste|st)([^\W\d_]{3,})(\d{2,3})?\b", re.IGNORECASE)
# "mon de marsan": Mont-de-Marsan as heard (sixteenth session, dev-SB)
_HEARD_MONT = re.compile(r"\bmon[ -]((?:de|d|sur|sous|en|saint|st|le|la|l)[ -'][^\W\d_]+(?:[ -][^\W\d_]+)?)\b", re.IGNORECASE)
# "Bourg an Bresse": Bourg-en-Bresse as heard (sixteenth session, dev-SD, after round 17 was measured)
_HEARD_EN = re.compile(r"\b([^\W\d_]+)[ -]an[ -]([^\W\d_]+)\b", re.IGNORECASE)
GLUED_NAME_CUTOFF = 90  # how close a glued name's letters must be to a town's ("narbone": Narbonne)


def _nickname_spelled(match: "re.Match[str]") -> str:
    """The official name for an accented nickname, capitalised as the nickname was."""
    name = ACCENTED_NICKNAMES[match.group(0).lower()]
    return "-".join(w.capitalize() for w in name.split("-")) if match.group(0)[0].isupper() else name


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation to spaces, st/ste -> saint/sainte, mt -> mont, s/ -> sur ("la roche s/ yon",
    "Mt de Marsan"; twenty-first session, dev-TJ), pr -> pour ("la mission local pr tourcoin"; twenty-second session,
    dev-TR)."""
    text = re.sub(r"\bst\b", "saint", plain_words(re.sub(r"\b([sS])/(?=\s*\w)", "sur ", text)))
    text = re.sub(r"\bmt\b", "mont", text)
    text = re.sub(r"\bpr\b", "pour", text)
    text = re.sub(r"\bste\b", "sainte", text)
    return text


@dataclass
class Structure:
    code: str
    name: str
    official_name: str
    seat: Optional[str]  # the commune code of its seat
    seat_name: Optional[str]
    department: str
    department_name: str
    region: str
    region_name: str
    regional_association: str  # the key of its regional association (RegionalAssociation.name)
    address: Optional[str] = None
    postcode: Optional[str] = None
    town: Optional[str] = None
    phone: Optional[str] = None
    merged_into: Optional[str] = None  # the structure that replaced it, when it has merged

    @property
    def current(self) -> bool:
        return self.merged_into is None


@dataclass
class RegionalAssociation:
    name: str
    regions: str
    region_codes: List[str]
    website: Optional[str] = None
    phone: Optional[str] = None


# The knowledge base's JSON keys (kb/, built by scripts/build_kb.py, short or French to keep the
# files small and close to their sources) -> the names the code reads. Only the loader sees the
# JSON keys.
STRUCTURE_FIELDS = {
    "code": "code", "nom": "name", "nom_officiel": "official_name", "seat": "seat", "seat_name": "seat_name",
    "departement": "department", "departement_nom": "department_name", "region": "region",
    "region_nom": "region_name", "arml": "regional_association", "adresse": "address",
    "code_postal": "postcode", "ville": "town", "telephone": "phone", "remplacee_par": "merged_into",
}
COMMUNE_FIELDS = {
    "n": "name", "cp": "postcodes", "d": "department", "r": "region", "a": "arrondissement",
    "e": "epci", "t": "ept", "p": "population", "city": "city", "ml": "covered_by",
}
DEPARTMENT_FIELDS = {"n": "name", "r": "region"}


def _expanded(record: dict, fields: Dict[str, str]) -> dict:
    return {fields[key]: value for key, value in record.items()}


@dataclass
class Finding:
    status: str  # found | ambiguous | not_found
    place_kind: Optional[str] = None  # commune | departement | region
    place_name: Optional[str] = None
    commune_code: Optional[str] = None
    departement_code: Optional[str] = None
    region_code: Optional[str] = None  # only for place_kind "region"
    # couverture (the official coverage) | commune | ept | epci | arrondissement (seat guesses)
    # | departement | region
    level: Optional[str] = None
    structures: List[str] = field(default_factory=list)
    total: int = 0  # structures at that level before the cap
    candidates: List[str] = field(default_factory=list)
    grouping_name: Optional[str] = None  # the EPCI/EPT name for those levels
    merged: List[str] = field(default_factory=list)  # merged structures whose seat was this commune
    other_homonyms: List[str] = field(default_factory=list)  # far smaller communes of the same name
    postcode: Optional[str] = None  # a postcode of several communes that one structure covers


@dataclass
class _Match:
    kind: str  # commune | departement | region
    codes: List[str]
    start: int
    end: int
    preceded_by_a: bool
    contracted: bool = False  # the name's article typed contracted: "des Mureaux", "du Havre"
    typed: Optional[str] = None  # the whole name, typed later in the message (`_completed_later`)


# A laugh typed ("mdr", "😂"; not "😅", said of a name one is sheepish about: "j'habite a Y… 😅")
LAUGH_WORDS = {"lol", "mdr", "mdrr", "mdrrr", "ptdr", "xd", "jrigole", "haha", "hahaha", "lmao"}
_LAUGH = re.compile("[\U0001F602\U0001F923\U0001F606\U0001F61C\U0001F61D\U0001F92A]")


@dataclass
class ParsedMessage:
    """A message read for places (see `KnowledgeBase.parse`)."""
    norm: str
    tokens: List[str]
    postcodes: List[str]
    matches: List[_Match]
    capitals: Optional[List[bool]]
    breaks: Optional[List[bool]]
    question: bool = False  # the message asks something ("?")
    shouted: Optional[List[bool]] = None  # each word typed in capitals, in a message that is not ("VANNES. Mon fils…")
    # "!" or a cheer between each token and the one before ("NICE !!! j'ai eu mon CAP"), and one more flag after the last ("nice 👌")
    exclaimed: Optional[List[bool]] = None
    laughing: bool = False  # a laugh typed in the message ("lol", "mdr", "😂"): a joke, maybe ("sur mars 🚀😂")
    # the first token after the message's last "?", when words follow it ("aide au permis possible pour moi ? belfort")
    after_question: Optional[int] = None


# Words that locate a place from another ("à côté de Bordeaux", "près de Lille", "vers Avignon")
PROXIMITY = {"cote", "pres", "proche", "vers", "dessous", "dessus", "loin", "environs", "alentours", "colle", "collee",
             "sud", "nord", "ouest",  # "Ludres au sud de Nancy" (not "est": "c'est de Nancy"; but "à l'est de Lyon")
             "banlieue", "agglo", "agglomeration",  # "Carquefou, banlieue de Nantes" (dev-RH)
             "entre", "pied"}  # "Lunel…, entre Montpellier et Nîmes", "Chamonix, au pied du Mont-Blanc" (dev-RU)


STREETS = {"rue", "avenue", "av", "bd", "boulevard", "allee", "impasse", "chemin", "quai", "square", "residence",
           "lotissement", "route"}


def _street_before(tokens: List[str], start: int, contracted: bool) -> bool:
    """Whether the name at `start` follows a street's word ("rue des Lilas", "avenue de Paris", "route de Lyon")."""
    k = start if contracted else start - 1  # ("des Lilas": the name's article typed contracted, inside the match)
    while k >= 0 and tokens[k] in ("de", "d", "des", "du", "la", "l", "le", "les"):
        k -= 1
    return 0 <= k < start and tokens[k] in STREETS and k >= start - 3


def _is_landmark(tokens: List[str], start: int) -> bool:
    """Whether the name at `start` follows words that locate another place from it."""
    before = tokens[max(0, start - 2):start]
    if before[-1:] == ["entre"] and any(tokens[k] == "ou" and any(t in DWELLING_WORDS for t in tokens[k + 1:k + 3])
                                         for k in range(start + 1, min(len(tokens), start + 6))):
        return False  # the home, said after: "la route tous les jours entre Haguenau, où je vis, et Strasbourg" (dev-SH)
    # ("Tinqueux collé à Reims"; dev-QY)
    return bool(before) and (before[-1] in PROXIMITY or (before[-1] in ("de", "d", "a", "du") and len(before) == 2
                                                         and before[0] in PROXIMITY)
                             or tokens[max(0, start - 3):start] == ["l", "est", "de"]
                             # the second of two: "entre Montpellier et Nîmes" (dev-RU)
                             or (before[-1] == "et" and "entre" in tokens[max(0, start - 5):start - 1]))


def locates_from_landmark(tokens: List[str], end: int) -> bool:
    """Whether words after the name at `end` locate it from another place ("à côté de", "près de")."""
    after = [t for t in tokens[end:end + 4] if t not in ("a", "juste", "tout", "pas", "en", "au", "dans", "la", "sa")]
    return bool(after) and (after[0] in PROXIMITY or after[:3] == ["l", "est", "de"])  # "Meyzieu à l'est de Lyon" (dev-RH)


def _words_before(tokens: List[str], i: int) -> Tuple[str, str]:
    return (tokens[i - 1] if i > 0 else ""), (tokens[i - 2] if i > 1 else "")


# Words no street's name begins with after "rue": the town's own, followed by a preposition, a conjunction or a pronoun ("à Rue
# dans la Somme", "j'habite à Rue et je cherche un contrat"; twenty-sixth session, dev-VE); any other word may ("rue Victor Hugo",
# "rue des Lilas", "rue nationale")
_NO_STREET_NAME = frozenset({"dans", "en", "a", "au", "pres", "vers", "sur", "cote", "somme", "et", "mais", "ou", "donc", "depuis",
                             "avec", "je", "j", "jai", "on", "nous", "car", "ca", "c", "svp", "mission", "ml"})


def after_an_age(tokens: List[str], breaks: Optional[List[bool]], start: int, end: int) -> bool:
    """Whether the name at tokens[start:end] comes right after an age and is set apart by punctuation ("17 ans, Maubeuge, je
    cherche…", "16 ans, Sens, …"; twenty-sixth session, dev-VD)."""
    return (start >= 2 and tokens[start - 1] == "ans" and tokens[start - 2].isdigit() and bool(breaks) and breaks[start]
            and (end >= len(tokens) or breaks[end]))


def age_follows(tokens: List[str], breaks: Optional[List[bool]], end: int) -> bool:
    """Whether the word ending at `end` is set apart by punctuation (or is the message's first word) and followed at once by an
    age of 14 to 30 ("menton, 21 ans, …", "sens. 23 ans.", "rue - 17 ans …", "gap 20 ans besoin d un logement") or a young
    relative and an age ("orange, mon fils a 16 ans…") (twenty-sixth session, dev-VK, dev-VN)."""
    if not (end < len(tokens) and ((breaks and breaks[end]) or end == 1)):
        return False  # (a first word needs no punctuation: "gap 20 ans besoin d un logement"; dev-VN)
    after = tokens[end:end + 6]
    glued = re.fullmatch(r"(\d\d)ans", after[0]) if after else None  # "orange 18ans"
    aged = (len(after) >= 2 and after[0].isdigit() and 14 <= int(after[0]) <= 30 and after[1] == "ans") or bool(
        glued and 14 <= int(glued.group(1)) <= 30)
    relative = (len(after) >= 5 and after[0] in ("mon", "ma") and after[1] in ("fils", "fille", "neveu", "niece", "frere", "soeur")
                and after[2] == "a" and after[3].isdigit() and after[4] == "ans")
    return aged or relative


def _dwells(before: str, before2: str) -> bool:
    """Whether these two words before a name say one lives there ("j'habite à", "je vis à")."""
    return before in DWELLING_WORDS or (before in PLACE_MARKERS and before2 in DWELLING_WORDS)


# Words of living somewhere that a short complement may follow before the place ("je vis chez ma
# mère à Bergerac", "j'habite dans un foyer à Laval", "hébergée en foyer à Agde", "je rentre vivre
# chez mes parents à Pontarlier", "je vis avec mon copain à Carcassonne")
DWELLING_BEFORE_COMPLEMENT = DWELLING_WORDS | {
    "dors", "dort", "dormons", "jdors", "jdor", "squatte", "squattes", "creche", "creches",  # "je dors chez ma copine à Thionville"
    "vivre", "vivais", "heberge", "hebergee", "heberges", "hebergees", "loge", "logee", "loges", "logees",
    "rentre", "rentree", "rentrer", "retourne", "retournee", "retourner", "revenu", "revenue", "revenus",
    "revenues", "revenir", "reviens",
    "jcreche", "parti", "partie",  # "jcrèche chez ma tante à Bordeaux", "Yanis est parti chez son père à Pontoise" (dev-RJ)
    "recueilli", "recueillie", "accueilli", "accueillie",  # "ils m'ont recueilli dans leur maison à Sarlat" (dev-RQ)
    "domicile",  # "mon vrai domicile, c'est chez mes parents à Évreux" (dev-RQ)
    "restee", "restees",  # "ma fille est restée chez sa mère à Meaux" (not "je suis restée à Albi"; dev-RU)
    "vivait", "vivaient", "habitait", "habitaient"}  # a past home: "elle vivait avec nous à Montauban" (dev-RX)
# Words that may come between a word of dwelling and its complement: "je vis pour de vrai chez ma copine à Châlons"
DWELLING_ADVERBS = (["pour", "de", "vrai"], ["en", "vrai"], ["surtout"], ["vraiment"], ["actuellement"], ["maintenant"])
COMPLEMENT_OPENERS = {"chez", "avec", "dans", "en", "de", "d",  # "j'ai déménagé de Lille à Roubaix"
                      "par"}  # "je suis hébergé par ma grand-mère à Castres" (fifteenth session, dev-RQ)
HOSTING = {"heberge", "hebergeons", "loge", "logeons"}  # someone housed by the writer, named after the verb
# "je suis" says where one lives only before a complement of lodging ("je suis en foyer jeune travailleur
# à Lorient", "je suis chez ma tante à Lille"), not of work, study, travel or leisure ("je suis en stage
# à Lyon", "je suis dans le bus à Lille")
BEING_WORDS = {"suis", "jsuis", "jsui", "chui", "sommes"}
NOT_LODGING = {"stage", "stages", "formation", "alternance", "apprentissage", "cours", "vacances", "weekend", "week",
               "voyage", "deplacement", "mission", "interim", "cdd", "cdi", "bts", "fac", "ecole", "lycee", "college",
               "terminale", "licence", "master", "bus", "train", "tram", "metro", "rer", "route", "voiture", "taxi",
               "reunion", "rdv", "rendez", "entretien", "visite", "retard", "avance", "attente", "travail", "boulot",
               "taf", "pause", "soiree", "fete", "concert", "match", "festival", "conge", "conges", "arret", "recherche",
               "service", "civique", "saison", "job", "emploi"}
# the place markers that end the complement (another "à" inside it would name another place; not
# "de": "je vis dans une chambre de bonne")
_COMPLEMENT_ENDS = {"a", "au", "aux", "sur", "en", "vers"}  # ("je dors chez mon cousin vers Aubagne"; dev-QT)
MAX_COMPLEMENT_WORDS = 9  # "je vis avec ma mère et mes deux petits frères à Alençon"
# words that open another clause: a complement holding one says no more where one lives ("je vis avec
# mon copain mais je bosse à Blois")
_CLAUSE_WORDS = {"mais", "je", "j", "jsuis", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "que", "qu",
                 "pour", "car", "donc"}


def _complement_dwelling_word(tokens: List[str], i: int, breaks: Optional[List[bool]]) -> Optional[int]:
    """When tokens[i] is where someone lives, said after a short complement, the index of the word
    of dwelling (None otherwise): that word, then "chez", "avec", "dans", "en" or "de" and at most a
    few words, then "à" (or "sur", "en"…) right before the name, with no punctuation between ("je
    vis chez ma mère à Bergerac"; not "je vis à Tours et je travaille à Blois": the complement has no
    other place marker); or "mon domicile c'est Colmar"."""
    if (i >= 3 and tokens[i - 3:i] == ["domicile", "c", "est"]) or tokens[max(0, i - 4):i] == ["domicile", "c", "est", "a"] or (i >= 2 and tokens[i - 2:i] in (
            ["domicile", "a"], ["domicile", "c"])):
        return i - 2
    if i < 3 or tokens[i - 1] not in _COMPLEMENT_ENDS:
        return None
    for d in range(i - 3, max(-1, i - 3 - MAX_COMPLEMENT_WORDS), -1):
        if breaks and any(breaks[k] for k in range(d + 1, i + 1)) and not (
                tokens[d] == "domicile" and not any(breaks[k] for k in range(d + 2, i + 1))):
            return None
        complement = tokens[d + 2:i - 1]
        # another place marker inside would name another place ("je vis à Tours et je travaille à
        # Blois"), not before a determiner ("je vis en caravane sur le terrain de mes parents à …")
        other_place = any(t in ("a", "au", "aux", "sur") and (k + 1 == len(complement) or complement[k + 1] not in DETERMINERS)
                          for k, t in enumerate(complement)) or any(
            (t in _CLAUSE_WORDS and tokens[d + 1 + k] not in ("avec", "chez")) or t in ELSEWHERE_WORDS
            for k, t in enumerate(complement))  # ("vit avec nous à Limoges": no other clause)
        # "il est revenu vivre à la maison à Périgueux"
        at_home = tokens[d + 1:d + 4] == ["a", "la", "maison"] and i - 1 == d + 4
        # "j'héberge mon petit-fils de 20 ans à Pontarlier"
        hosted = tokens[d] in HOSTING and tokens[d + 1] in _POSSESSIVES
        opener = d + 1 + next((len(a) for a in DWELLING_ADVERBS if tokens[d + 1:d + 1 + len(a)] == a), 0)
        if tokens[d] == "domicile" and tokens[d + 1:d + 3] == ["c", "est"]:
            opener = d + 3  # "Mon vrai domicile, c'est chez mes parents à Évreux" (dev-RQ)
        elif tokens[d] == "domicile" and tokens[d + 1:d + 2] == ["est"]:
            opener = d + 2  # "mon domicile est chez ma sœur à Lille"
        # ("domicile" only with "c'est" or "est": not "elle a quitté le domicile de sa mère à Tourcoing")
        if tokens[d] in DWELLING_BEFORE_COMPLEMENT and (tokens[d] != "domicile" or opener > d + 1) and (
                tokens[opener] in COMPLEMENT_OPENERS or at_home or hosted):
            return None if other_place else d
        # ("mon fils de 20 ans est chez sa mère à Antibes")
        young_at = tokens[d] in ("est", "sont") and tokens[d + 1] == "chez" and _names_young_person(tokens[max(0, d - 8):d])
        if (tokens[d] in BEING_WORDS or young_at) and tokens[d + 1] in ("chez", "en", "dans") and complement:
            return None if other_place or any(t in NOT_LODGING for t in complement) else d
    return None


# The writer's relatives as the subject of a word of dwelling: "mon père habite à Périgueux" says
# where the father lives, not the writer ("ma fille habite à Agen", a parent asking for a child, is
# not among them)
RELATIVES = {"pere", "mere", "parents", "daron", "daronne", "darons", "frere", "soeur", "oncle", "tante",
             "copain", "copine", "ex", "grand", "grands", "cousin", "cousine", "beau", "belle", "parrain", "marraine",
             # friends and neighbours, whose home is not the writer's: "mon pote habite a Tremblay en France" (dev-TF)
             "pote", "potes", "poto", "ami", "amie", "amis", "amies", "meilleur", "meilleure", "collegue", "voisin", "voisine"}


# The words "mission locale" ends with, as typed ("mission locale", "ML", "mloc")
MENTION_ENDS = {"locale", "local", "ml", "mloc"}
# The young person someone else writes about: "mon fils habite à Agen", "un de mes élèves… il habite à
# Beaune", "mon neveu vit avec sa mère à Vienne", "un jeune que je suis vient d'emménager à Hyères"
YOUNG_PEOPLE = {"fils", "fille", "neveu", "niece", "eleve", "eleves", "jeune", "filleul", "filleule", "apprenti",
                "apprentie", "stagiaire", "protege", "protegee", "ado", "adolescent", "adolescente",
                "candidat", "candidate",  # an employer's candidate (eleventh session, dev-QL)
                "mineur", "mineure",  # "un mineur de 17 ans qui vit chez sa grand-mère à …" (dev-RQ)
                "saisonnier", "saisonniere",  # "un saisonnier de 20 ans… il est logé dans un camping à …", an employer's (dev-QT)
                "aine", "ainee", "cadet", "cadette",  # "Mon aîné, 20 ans, habite chez son père à Lens" (twenty-fourth session, dev-UF)
                "garcon"}  # "Je suis maman d'un garçon de 20 ans, il vit à Lisieux et moi à Rouen" (twenty-fifth session, dev-UU)
# Words for a child or a young person, after which a name set apart by commas is a first name ("J'ai un bébé, Léon,
# 4 mois"; twenty-first session, dev-TM)
_CHILDREN_NAMED = YOUNG_PEOPLE | {"bebe", "enfant", "frere", "soeur", "petit", "petite"}
_YOUNG_DETERMINERS = {"mon", "ma", "mes", "un", "une", "le", "la", "l", "ce", "cet", "cette", "notre", "nos", "votre"}
# Who a name set apart by commas may be: "Albert, mon conseiller, …", "Léa, ma fille, …"
_POSSESSIVES = DETERMINERS - {"le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces"}
PEOPLE_ROLES = YOUNG_PEOPLE | RELATIVES | {
    "conseiller", "conseillere", "referent", "referente", "prof", "professeur", "professeure", "educateur",
    "educatrice", "tuteur", "tutrice", "patron", "patronne", "collegue", "ami", "amie", "pote", "voisin", "voisine",
    "mari", "femme", "chef", "responsable", "directeur", "directrice", "assistant", "assistante",
    "maitre", "maitresse",  # "Albert, mon maître d'apprentissage, …" (dev-QZ)
    "coloc", "colocataire", "camarade", "binome",
    "copain", "copine"}  # "Chez ma copine Nancy, le temps de trouver un appart" (twenty-third session, dev-UE)  # "Mon coloc Pau est espagnol" (eighteenth session, dev-SM)
# Who writers say they are, besides PEOPLE_ROLES, right after their name ("je suis Nicole, CPE au lycée")
WRITERS_ROLES = {"maman", "papa", "mamie", "papi", "cpe", "infirmiere", "infirmier", "animateur", "animatrice", "coach",
                 "entraineur", "entraineuse", "psychologue", "benevole", "enseignante", "enseignant", "formateur",
                 "formatrice", "travailleur", "travailleuse"}
_THIRD_PERSONS = {"il", "elle", "ils", "elles", "qui"}
FOREIGN_COUNTRIES = {"autriche", "allemagne", "espagne", "italie", "belgique", "suisse", "angleterre", "irlande", "ecosse",
                     "canada", "usa", "portugal", "maroc", "algerie", "tunisie", "senegal", "pologne", "roumanie",
                     "grece", "suede", "norvege", "danemark", "japon", "chine", "australie", "bresil", "mexique",
                     "quebec", "luxembourg", "hollande"}
TELECOM_WORDS = {"data", "forfait", "reseau", "box", "4g", "5g", "internet", "fibre", "abonnement", "operateur", "sim",
                 "mobile", "appels", "sms", "livebox", "capte", "capter", "wifi", "batterie",
                 "connexion", "lien", "charge",  # "le lien s'ouvre pas, je suis sur Orange et ça charge jamais" (dev-RK)
                 "sfr", "bouygues", "sosh"}  # "à Orange ou chez SFR, qui prend des alternants ?" (twenty-first session, dev-TO)
# Adverbs of degree, before an adjective named like a commune ("sa maison toute fleurie", "trop belle")
DEGREE_ADVERBS = {"tres", "trop", "toute", "toutes", "assez", "vachement", "hyper"}
# Words of receiving, telling the operator only right after "sur" or "chez": "Je suis sur Orange, c'est pour ça que je reçois
# pas vos messages ?" (seventeenth session, dev-SG; not "j'habite à Orange et je reçois pas vos messages")
RECEIVING_WORDS = {"recois", "recoit", "notifications", "notif"}
# Words that may open an answer before the place itself ("euh Tours", "c'est Orange", "moi Sens")
ANSWER_FILLERS = {"euh", "heu", "ben", "bah", "bon", "alors", "ok", "oui", "c", "est", "ca", "moi", "nous", "hmm", "hum",
                  "ici", "ville", "commune"}
SUBJECT_PRONOUNS = {"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ca"}
# An ordinary word then the word that makes it an expression: never a place ("Bonne question", "Nice
# try", "bonne chance"), wherever it stands, asked or not
EXPRESSIONS = {("bonne", "question"), ("bonne", "chance"), ("bonne", "journee"), ("bonne", "soiree"), ("bonne", "humeur"), ("bonne", "sante"),
               ("bonne", "nuit"), ("bonne", "idee"), ("nice", "try"), ("nice", "one"), ("super", "nice"),
               ("trop", "nice"), ("so", "nice"), ("very", "nice"), ("cest", "nice"), ("sur", "place"),
               ("paris", "brest"),  # "un jeune qui habite sur place"; "mon premier paris-brest", a pastry (dev-RB)
               # "en avion ou en train", "en charge de mes frères", "au four et au moulin", "allons-y" (dev-RI)
               ("en", "avion"), ("en", "charge"), ("au", "four"), ("allons", "y"),
               ("cannes", "anglaises"), ("canne", "anglaise"),  # crutches: "je suis en cannes anglaises" (twentieth session, dev-TE)
               # "Paris sportifs = argent facile ?": bets (fifteenth session, dev-RP)
               ("paris", "sportifs"), ("paris", "hippiques"),
               # "je vis à sens unique", a one-way life (twenty-second session, dev-TS)
               ("sens", "unique"), ("sens", "interdit"),
               # "je suis au sens strict malade" (twenty-third session, dev-TU)
               ("sens", "strict"), ("sens", "propre"), ("sens", "large"), ("sens", "figure"),
               # "Campagne profonde, au milieu des vaches"; "sur la planète Mars" (dev-TY)
               ("campagne", "profonde"), ("planete", "mars"), ("sur", "mars"),
               ("nuits", "blanches"), ("nuit", "blanche"),  # "Je fais des Nuits blanches à cause du stress" (dev-UG)
               # months named like villages: "à mes élèves en Mars ?"; "Nice question lol" (twenty-fourth session, dev-UI)
               ("en", "mars"), ("en", "avril"), ("nice", "question"),
               ("gap", "year"),  # "Je suis en gap year après le bac" (twenty-seventh session, dev-WD)
               ("paris", "hilton"),  # "Paris Hilton a dit 'sois toi-même' lol" (dev-WF)
               # "je suis en grasse mat tous les jours" (thirty-seventh session, dev-ZZB)
               ("grasse", "mat"), ("grasse", "matinee"), ("grasses", "mat"), ("grasses", "matinees"),
               ("en", "croix"),  # lying spread out: "jsuis en croix sur mon lit depuis ce matin" (thirty-eighth session, dev-ZZH)
               # a school's unit for pupils with disabilities: "je suis enseignante en ULIS" (dev-ZZL)
               ("en", "ulis"), ("classe", "ulis"), ("dispositif", "ulis")}


def _begging(tokens: List[str], start: int) -> bool:
    """Whether the word at `start` is the Manche of "faire la manche", begging (thirty-fifth session, dev-ZF)."""
    return tokens[start] == "manche" and start >= 2 and tokens[start - 1] == "la" and tokens[start - 2] in (
        "faire", "fais", "fait", "font", "faisons", "faisais", "faisait", "jfais")


def _in_expression(tokens: List[str], start: int, end: int) -> bool:
    """Whether the one word at tokens[start:end] is part of an expression (`EXPRESSIONS`)."""
    return end - start == 1 and ((tokens[start], tokens[end] if end < len(tokens) else "") in EXPRESSIONS
                                 or (tokens[start - 1] if start else "", tokens[start]) in EXPRESSIONS)


# What a drink is served in, before "de" and a name of wine or spirits ("un verre de Cognac", "une bouteille de Chablis")
_DRINK_MEASURES = {"verre", "verres", "bouteille", "bouteilles", "coupe", "coupes", "flute", "flutes", "goutte", "gorgee",
                   "fut", "tonneau", "caisse", "carafe", "pichet", "shot", "shots", "ballon", "canon"}
# Words of pain or mishap after "Auch" set apart at the opening: the cry, not the town
_PAIN_OR_MISHAP = re.compile(r"(j ai|jai|j) (trop |super |tellement |hyper |grave )?mal\b|je me suis (fait mal|cogne|coupe|brule)\b"
                             r"|ca fait (trop |super )?mal\b|(j ai|jai) (rate|loupe)\b")
# A work named by a title ("Dunkerque, c'est le film…")
WORKS = [["le", "film"], ["un", "film"], ["la", "serie"], ["une", "serie"], ["le", "jeu"], ["un", "jeu"], ["le", "livre"],
         ["un", "livre"], ["la", "chanson"], ["une", "chanson"], ["l", "album"], ["un", "album"], ["le", "roman"]]
# Kinds of places named with their article, in lower case: no commune of that name ("à la montagne", "à la campagne", "à
# l'hôpital en ce moment", "à côté de la rivière")
GENERIC_PLACES = [["la", "montagne"], ["la", "campagne"], ["la", "mer"], ["la", "plage"], ["la", "foret"], ["la", "riviere"],
                  ["l", "hopital"], ["au", "bourg"],
                  ["au", "quartier"], ["le", "quartier"]]  # "au quartier", answering "which commune?" (twenty-fourth session, dev-UP)
INTERJECTIONS = {"nice"}  # a town's name also said as an interjection, before "!" ("Nice! J'ai été prise")
# Words that follow an interjection set apart ("Nice, merci beaucoup !"; dev-QZ), when no commune was asked for
PRAISE_FOLLOWERS = {"merci", "thanks", "thx", "trop", "genial", "cool", "top", "super", "bravo", "felicitations", "parfait"}
# Titles before a surname ("M. Albert", "Melle Martin"; Melle is also a town)
TITLES = {"m", "mr", "mme", "mlle", "melle", "monsieur", "madame", "mademoiselle", "dr", "docteur", "maitre", "me"}
# Holidays and days of the calendar, which some villages are named after: no place unless after "à", "de"…
def _holidays_of(tokens: List[str], start: int) -> bool:
    """Whether the calendar word at `start` names holidays ("pendant les vacances de la Toussaint"; dev-RF)."""
    # ("À la Toussaint la mission locale est fermée ?": the feast with its article; twenty-fourth session, dev-UR)
    return "vacances" in tokens[max(0, start - 3):start] or tokens[max(0, start - 2):start] in (["a", "la"], ["pour", "la"])


CALENDAR_WORDS = {"toussaint", "noel", "paques", "pentecote", "ascension", "assomption", "careme", "carnaval",
                  "saint valentin"}  # "Saint-Valentin ou pas, je bosse ce soir" (sixteenth session, dev-SC)
# Saints' days said with "la" ("À la Saint-Nicolas on fait un goûter…"; seventeenth session, dev-SI): no place after "la"
FEAST_DAYS = {"saint nicolas", "saint jean", "saint patrick", "sainte catherine", "saint sylvestre", "saint martin",
              "saint michel", "saint andre", "saint etienne", "saint joseph"}
_FIRST_PERSONS = {"j", "je", "jsuis", "jsui", "chui", "on", "nous", "moi"}
# Where the writer lives (2) wins over a relative's home (1) and over other towns (0), the young
# person's home said by someone else (3) over the writer's, and a town of work, study, birth or past
# (-1) comes last ("je suis conseillère à Toulon, un jeune vient d'emménager à Hyères")
YOUNG_HOME, WRITER_HOME, RELATIVE_HOME, ELSEWHERE = 3, 2, 1, -1
PAST_HOME = {"etait", "etais", "jetais", "avant", "auparavant", "anciennement"}  # also before a word of dwelling ("jetais"
# glued, as typed fast: "jetais a st etienne avant mais maintenant jvis a roanne"; thirty-third session, dev-YM)
# A writer's business: "je suis gérant d'un restaurant à Toulouse" (ninth session, dev-QB), "une entreprise de
# logistique installée à Saint-Quentin-Fallavier" (eleventh session, dev-QL)
BUSINESSES = {"entreprise", "restaurant", "resto", "garage", "boulangerie", "magasin", "boutique", "usine", "agence",
              "societe", "commerce", "atelier"}
VENUES = BUSINESSES | {"bar", "cafe", "club", "boite", "brasserie", "hotel", "salon", "snack", "pub", "cinema", "salle"}
# Where a person who signs works: "Albert, de la boucherie du marché couvert" (nineteenth session, dev-SY)
_WORKPLACES = VENUES | {"boucherie", "pharmacie", "mairie", "epicerie", "ferme", "poissonnerie", "charcuterie", "librairie",
                        "fromagerie", "patisserie", "pizzeria", "creche", "association", "asso", "cabinet", "clinique"}
SET_UP = {"installe", "installee", "installes", "installees", "implante", "implantee", "implantes", "implantees"}
# A trip, a stay, holidays: where one went, not where one lives
TRIP_WORDS = {"vacances", "vacance", "vacs", "voyage", "sejour", "excursion",
              "pelerinage",  # "partie en pèlerinage à Lourdes avec la paroisse" (twenty-fourth session, dev-UR)
              "ski"}  # "Je reviens d'une semaine de ski à Briançon" (thirty-fourth session, dev-YT)
ELSEWHERE_WORDS = PAST_HOME | BUSINESSES | TRIP_WORDS | {
    # a place left: "depuis ma sortie de l'ASE à Amiens", "l'expulsion de notre appartement à Toulouse" (dev-RJ)
    "sortie", "expulsion", "expulses", "expulse", "expulsee",
    "travaille", "travail", "bosse", "boulot", "taf", "stage", "stages", "etudie", "etudes", "fac", "universite", "lycee",
    "college", "ecole", "cfa", "conseiller", "conseillere", "professeur", "prof", "educateur", "educatrice", "ne", "nee",
    "originaire", "saison", "service", "licence", "internat", "saisons", "employeur", "employeuse", "patron",
    "bts", "iut", "prepa", "master", "cap", "gerant", "gerante",
    "cdi", "cdd",  # "J'ai signé un CDI à Niort mais je ne commence qu'en mars" (seventeenth session, dev-SH)
    # where a staff member works from: "assistante sociale au département, basée à Lille" (eleventh session, dev-QL)
    "base", "basee", "bases", "basees",
    # (TRIP_WORDS: "je rentre de vacances à Palavas-les-Flots", tenth session, dev-QG; "je rentre d'un voyage
    # scolaire à Strasbourg", dev-RD)
}
# A lodging being left: "il sort d'un foyer de Corbeil-Essonnes et s'installe chez sa sœur à Grigny" (seventeenth session,
# dev-SF)
_ORIGINS = {"originaire", "ne", "nee"}
_TOWN_LEFT = {"quitte", "quittee", "quittes", "quittees"}  # "On a quitté Brest pour Locronan" (dev-SJ)
_LEAVING = {"sort", "sortons", "sortent", "sorti", "sortis", "quittent", "quitter"} | _TOWN_LEFT
_GONE_FROM = {"parti", "partie", "partis", "parties", "sorti", "sortie", "sortis", "fui", "enfui", "enfuie", "barre", "barree",
              "casse", "cassee", "tire", "tiree", "vire", "viree", "degage", "degagee"}  # "parti de chez moi à", "viré de chez"
_PAST_AUXILIARIES = {"a", "ai", "as", "avons", "avez", "ont", "est", "sommes", "suis", "sont",
                     "g", "jai"}  # as typed: "g quitté perpignan pour narbonne l'an dernier" (twenty-fifth session, dev-UU)
STILL = {"toujours", "encore", "actuellement", "maintenant"}
SETTLING = {"pose", "posee", "posent", "poser", "posons", "pause"}  # "poser ses valises à"
# A home to come ranks below the present one: "bientôt Brest", "je déménage à Bègles" (not "j'ai
# déménagé à", whose words lose their accent: "ai demenage")
FUTURE = {"bientot", "prochainement"}
MOVED_TO = {"parti", "partie", "partis", "parties", "alle", "allee", "alles", "allees", "revenu", "revenue", "venu", "venue"}
_GOING_WORDS = MOVED_TO | {"est", "sont", "s", "se"}  # "ma mère est partie s'installer à …"
_MOVING_SOON = {"je", "on", "nous", "vais", "va", "allons", "vont"}
_MEANING_TO = {"vais", "va", "allons", "vont", "veux", "veut", "voulons", "veulent", "voudrais", "voudrait", "voudrions",
               "aimerais", "aimerait", "compte", "comptons", "pense", "pensons", "dois", "doit", "devons", "devrais", "envie", "projet"}
# Where one sleeps: "en foyer à Laval", "au CADA de Limoges", "un studio sur Rennes"
LODGINGS = {"appartement", "appart", "studio", "foyer", "fjt", "logement", "coloc", "colocation", "cada", "huda",
            "chrs", "residence", "heberge", "hebergee", "heberges", "hebergees", "hebergent", "camping", "mobil",
            "mecs"}  # a children's home (MECS) (dev-QT)


def _lodging_at(tokens: List[str], k: int) -> bool:
    """Whether tokens[k] ends a word of lodging: LODGINGS, a foster family or a children's home ("placé en famille
    d'accueil à Étampes", "une maison d'enfants à caractère social à Riom"), a room rented ("il loue une chambre chez
    l'habitant à Objat"; not "la chambre de commerce", "la chambre des métiers"), a CCAS one is domiciled at ("domiciliée
    au CCAS de Landerneau"; not "conseillère dans un CCAS près d'Arras") (dev-QT)."""
    word, before = tokens[k], tokens[max(0, k - 2):k]
    domiciled = any(t.startswith("domicili") for t in tokens[max(0, k - 3):k])
    return (word in LODGINGS or (word == "ccas" and domiciled)
            or (word == "accueil" and before == ["famille", "d"]) or (word == "enfants" and before == ["maison", "d"])
            or (word == "chambre" and tokens[k + 1:k + 2] not in (["de"], ["des"], ["d"], ["du"])))
# A neighbourhood, then "à" and its town: "cité des 4000 à La Courneuve" (not "quartier de la Grand-Mare")
NEIGHBOURHOODS = {"cite", "quartier", "hlm"}
MAX_ELSEWHERE_DISTANCE = 4  # words between the word of work or past and the name's marker


# A past tie to a place, in the clause before its name: "Quand j'habitais à Limoges j'étais suivi par une autre mission
# locale…", "Mon ancienne mission locale à Bordeaux…", "Je reviens d'un week-end à Marseille" (seventeenth session, dev-SI)
_PAST_TIES = {"ancienne", "ancien", "weekend"}
# An event one goes to, where nobody lives: "Le salon de l'étudiant à Lille c'est ce week-end" (nineteenth session, dev-SW)
EVENTS = {"forum", "concert", "festival", "match", "tournoi", "foire", "spectacle", "expo", "exposition", "competition",
          "concerts", "festivals", "matchs", "tournee", "tournees",
          # "la Fête des Lumières à Lyon", "un reportage sur le carnaval de Fort-de-France" (twenty-third session, dev-UA)
          "fete", "carnaval", "reportage", "documentaire",  # ("Tournée avec mon groupe à Brest et Quimper"; dev-TC)
          "concours",  # "le train pour un concours d'infirmier à Rennes" (twenty-fourth session, dev-UR)
          # "le feu d'artifice de la cité à Carcassonne", "la grève des trams à Bordeaux" (thirty-fourth session, dev-YT)
          "artifice", "greve",
          "inondations", "inondation"}  # "j'ai vu aux infos les inondations à Morlaix" (thirty-fifth session, dev-ZF)
# A test taken somewhere: "PERMIS PASSÉ À MONTPELLIER CE MATIN" (dev-SW), "J'ai raté mon permis à Lyon" (dev-SM)
_TESTS = {"permis", "code", "examen", "exam", "concours", "oral", "partiel", "partiels", "bac", "epreuve", "epreuves",
          "entretien", "entretiens"}  # "J'ai un entretien d'embauche à Lyon mardi prochain" (thirty-second session, dev-YA)
_TAKEN = {"passe", "passee", "rate", "ratee", "reussi", "reussie", "loupe", "eu", "obtenu"}
_DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain"}
# (a fair, not a hair salon: "je tiens un salon de coiffure à Marcq-en-Barœul")
_FAIRS = {"etudiant", "etudiante", "etudiants", "emploi", "apprentissage", "alternance", "recrutement", "metiers", "orientation",
          "formation", "formations", "agriculture"}


def _on_a_day(words: List[str]) -> bool:
    """Whether these words, right after a name, give a day or a date ("mardi", "le 12")."""
    return bool(set(words) & _DAYS) or (words[:1] == ["le"] and words[1:2] != [] and words[1].isdigit())


def on_a_trip(parsed: "ParsedMessage", match: "_Match", past: bool = True) -> bool:
    """Whether the name follows, in its clause, a word of a trip ("leur voyage de noces à Deauville"; dev-RI), of an event
    (`EVENTS`, a fair), of a test taken there, or (`past`) of a past home (`PAST_DWELLING_WORDS`, `_PAST_TIES`)."""
    tokens, breaks = parsed.tokens, parsed.breaks
    if _on_a_day(tokens[match.end:match.end + 2]):
        # a test to take on a day: "Examen du permis poids lourd a Rungis mardi" (twentieth session, dev-TE), "L'oral du
        # concours d'aide-soignant est à Rouen le 12" (twenty-first session, dev-TK)
        for k in range(match.start - 1, max(-1, match.start - 4 - MAX_ELSEWHERE_DISTANCE), -1):
            if tokens[k] in _TESTS:
                return True
            if breaks and breaks[k]:
                break
    # ("c'est à" between the event and its town: "Le salon de l'agriculture c'est à Paris et je voudrais y aller";
    # twenty-third session, dev-TU)
    said_to_be = 2 if tokens[max(0, match.start - 3):match.start] == ["c", "est", "a"] else 0
    for k in range(match.start - 1, max(-1, match.start - 2 - MAX_ELSEWHERE_DISTANCE - said_to_be), -1):
        if tokens[k] in TRIP_WORDS or (past and (tokens[k] in PAST_DWELLING_WORDS or tokens[k] in _PAST_TIES)) or (tokens[
                k - 1:k + 1] == ["week", "end"] and tokens[k - 2:k - 1] in (["un"], ["en"], ["mon"], ["notre"], ["ce"])) or tokens[k] in EVENTS or (
                tokens[k] == "salon" and set(tokens[k + 1:k + 4]) & _FAIRS):
            return True
        if tokens[k] in _TESTS and set(tokens[max(0, k - 3):match.start]) & _TAKEN:
            return True
        if tokens[k:k + 3] == ["tour", "de", "france"]:
            return True  # "Le Tour de France arrive a Pau ce mois ci" (dev-TE)
        if breaks and breaks[k]:
            return False
    return False


def _names_young_person(words: List[str]) -> bool:
    """Whether these words name a young person with a determiner ("mon fils", "une jeune", "l'apprenti",
    "ma petite-fille", "un ancien élève": twenty-sixth session, dev-VE)."""
    return any(w in YOUNG_PEOPLE and k > 0 and (words[k - 1] in _YOUNG_DETERMINERS or (
        k > 1 and words[k - 1] in ("petit", "petite", "ancien", "ancienne") and words[k - 2] in _YOUNG_DETERMINERS))
        # (a few of them counted: "Deux jeunes qui habitent à Échirolles…"; twenty-sixth session, dev-VG)
        or (w == "jeunes" and k > 0 and words[k - 1] in ("deux", "trois", "quatre", "2", "3", "4", "plusieurs"))
        for k, w in enumerate(words))


# How a writer introduces themselves as a young person's relative: "je suis la grand-mère de Jade",
# "la maman de Lucas"
WRITER_AS_RELATIVE = {"mere", "pere", "mamie", "mamy", "papi", "papy", "maman", "papa", "tante", "oncle", "marraine",
                      "parrain", "tuteur", "tutrice", "frere", "soeur"}  # "le grand frère de Nassim" (dev-RC)


def _young_person_named(tokens: List[str]) -> set:
    """The first names of the young people the writer says they are a relative of ("je suis la mamie de
    Léa" -> {"lea"})."""
    return {tokens[k + 2] for k in range(1, len(tokens) - 2)
            if tokens[k] in WRITER_AS_RELATIVE and tokens[k + 1] in ("de", "d") and tokens[k - 1] in ("la", "le", "grand", "beau", "belle")
            and tokens[k + 2] not in DETERMINERS and not tokens[k + 2].isdigit()}


def _relative_of_young_age(words: List[str]) -> bool:
    """Whether a relative named with a determiner is given an age of 15 to 25 right after ("mon petit frère a 16
    ans et il vit avec notre mère à Épinay"; fifteenth session, dev-RQ)."""
    return any(w in RELATIVES and k > 0 and words[k - 1] in _POSSESSIVES | {"petit", "petite", "grand", "grande"}
               and any(re.fullmatch(r"1[5-9]|2[0-5]", words[j]) and words[j + 1:j + 2] == ["ans"]
                       for j in range(k + 1, min(len(words) - 1, k + 4)))
               for k, w in enumerate(words))


# The writer's elders: named with "mes", "ma", "mon", they make the writer the young person
_ELDERS = {"parents", "pere", "mere", "daron", "daronne", "darons", "famille", "grands", "mamie", "papi", "papy", "mamy"}


# Ordinary English words that are also communes' names (This, 08; Cry, 89; Still, 67; Very, 55), read as words like French ones:
# "hey, is this the mission locale chat?" (thirty-sixth session, dev d257)
ENGLISH_WORD_TOWNS = frozenset({"this", "cry", "still", "very"})
# Nouns whose complement after "de" is a kind of thing, not a place: "des offres de job", "un contrat de Travail"
_KINDS_OF = frozenset({"offre", "offres", "type", "types", "genre", "sorte", "contrat", "contrats", "fiche", "fiches", "annonce",
                       "annonces"})


def _writer_set_against_elders(words: List[str], others: FrozenSet[str] = frozenset()) -> bool:
    """Whether these words name the writer's parents or family ("mes parents", "ma mère"), or one of `others`, and no young
    person ("mon fils")."""
    return any((w in _ELDERS or w in others) and k > 0 and words[k - 1] in ("mes", "ma", "mon")
               for k, w in enumerate(words)) and not any(w in YOUNG_PEOPLE for w in words)


# The writer's partner, friends and siblings, whose town a "moi je suis à …" sets the writer's against ("Ma copine habite à
# Bordeaux, moi je suis à Mérignac"; thirty-sixth session, dev-ZK)
_PEERS = frozenset({"copine", "copain", "meuf", "mec", "pote", "potes", "ex", "amie", "ami", "amis", "soeur", "frere", "cousin",
                    "cousine", "coloc", "colocataire", "copines", "copains"})


# Words saying the message is about the other person named: "c'est elle qui cherche", "pour lui", "elle a 21 ans"
_ASKING_FOR_THEM = (["c", "est", "elle", "qui"], ["c", "est", "lui", "qui"], ["elle", "cherche"], ["il", "cherche"], ["pour", "elle"],
                    ["pour", "lui"], ["elle", "a"], ["il", "a"], ["elle", "doit"], ["il", "doit"])


def introduces_a_town(tokens: List[str], start: int, end: int, first_names: FrozenSet[str]) -> bool:
    """Whether the name at tokens[start:end], after "moi c'est", is the writer's town rather than the writer: no first
    name, no age right after ("moi c'est Marie", "Moi c'est VALENCE, 20 ans" introduce a person)."""
    aged = any(tokens[k].isdigit() and tokens[k + 1:k + 2] == ["ans"] for k in range(end, min(end + 3, len(tokens))))
    return " ".join(tokens[start:end]) not in first_names and not aged


def _asks_for_own(tokens: List[str]) -> bool:
    """Whether the writer asks for their own mission locale ("jcherche ma mission locale a moi", "c'est quelle ML pour
    moi ?") and names no young person."""
    return _says_any(tokens, (["ma", "mission"], ["ma", "ml"], ["ma", "mloc"], ["pour", "moi"], ["a", "moi"])) and not any(
        w in YOUNG_PEOPLE for w in tokens)


def _dweller(tokens: List[str], d: int) -> int:
    """Whose home the word of dwelling tokens[d] gives: the writer's, a relative's, or the young
    person another writer speaks of (YOUNG_HOME, WRITER_HOME, RELATIVE_HOME)."""
    if tokens[d].startswith("j") or (d > 0 and tokens[d - 1] in _FIRST_PERSONS) or (
            d > 1 and tokens[d - 2] in _FIRST_PERSONS and tokens[d - 1] in ("m", "me", "suis", "sommes", "vais")):
        return WRITER_HOME
    if d > 0 and tokens[d - 1] in ("m", "me", "nous") and tokens[d] in LODGINGS:
        return WRITER_HOME  # "mon grand-père m'héberge à Carcassonne"
    if tokens[d + 1:d + 3] in (["avec", "moi"], ["avec", "nous"], ["chez", "moi"], ["chez", "nous"]):
        return WRITER_HOME  # a grandmother: "il vit avec moi à Guéret"
    subject = tokens[max(0, d - 6):d]
    if any(tokens[k] in ("parents", "pere", "mere", "famille") and tokens[k - 1] in ("les", "ses", "leurs", "sa", "son", "leur")
           for k in range(max(1, d - 2), d)):
        return RELATIVE_HOME  # "un jeune de 17 ans dont les parents vivent au Mans" (twenty-fourth session, dev-UQ)
    if _names_young_person(subject):
        return YOUNG_HOME
    # (the words of going passed over: "ma mère est partie s'installer à Laval"; eighteenth session, dev-ST)
    near = [w for w in subject if w not in _GOING_WORDS][-4:]
    if any(w in _POSSESSIVES for w in near) and any(w in RELATIVES for w in near):
        return RELATIVE_HOME  # "mon père habite à…", "ses parents habitent toujours à Dijon"
    if _names_young_person(tokens[max(0, d - 8):d]):
        return YOUNG_HOME  # "ma fille de 19 ans est partie habiter à Mérignac"
    named = _young_person_named(tokens[:d])
    # ("le papa de Sarah, … elle est partie habiter à Vernon"; dev-RC)
    if named and d > 0 and any(t in named or t in _THIRD_PERSONS for t in tokens[max(0, d - 3):d]):
        return YOUNG_HOME  # "je suis la mamie de Léa, j'habite Perpignan, Léa vit à Narbonne"
    if d > 0 and tokens[d - 1] in ("lui", "eux"):
        # a young person set against the writer: "moi j'habite à Caen, mais lui vit chez sa mère à Lisieux"
        # (an age said before, or in the next words: "Lui habite toujours chez nos parents à Bourg-en-Bresse, il a 17 ans"; dev-RU)
        # (not the writer's own age: "mon cousin lui il est a Sarcelles… moi je vais ou ?? jai 20 ans"; dev-TF)
        aged = any(t == "ans" and k > 0 and tokens[k - 1].isdigit() and tokens[max(0, k - 2):k - 1] not in (["jai"], ["ai"], ["g"])
                   for k, t in enumerate(tokens[:d + 16]))
        return YOUNG_HOME if aged or any(w in YOUNG_PEOPLE for w in tokens[:d]) else RELATIVE_HOME
    # (a lodging's subject a few words before it: "Je vis à Bourges, elle est en appartement à Vierzon"; sixteenth session, dev-SB)
    k = d - 1
    while k > 0 and tokens[k] in ("en", "dans", "un", "une", "est", "vit", "sont", "vivent") and k > d - 4:
        k -= 1
    if d > 0 and (tokens[d - 1] in _THIRD_PERSONS or (k < d - 1 and tokens[k] in _THIRD_PERSONS)):
        young = _names_young_person(tokens[:d]) or _relative_of_young_age(tokens[:d])
        return YOUNG_HOME if young else RELATIVE_HOME
    return WRITER_HOME


# Adverbs that may stand between a word of living and its place ("je vis toujours chez ma grand-mère
# à Libourne", "j'habite désormais à Vierzon", "je suis de nouveau chez mes parents à Lorient"; "vit seule à Aubervilliers")
ADVERBS = STILL | {"desormais", "deja", "aussi", "bien", "vraiment", "nouveau", "pour", "instant",
                                      "temporairement", "provisoirement", "presque", "tout", "temps",
                                      "surtout", "principalement", "toute", "annee", "peu", "mois", "semaine", "dernier", "derniere",
                                      "seul", "seule", "seuls", "seules",
                                      "ensemble",  # "Mon copain est de Reims, on vit ensemble à Épernay" (eighteenth session, dev-SN)
                                      "an"}  # "il a déménagé l'an dernier à Cluses" (dev-RX)  # "presque tout le temps chez ma mère à Lorient", "toute l'année"


_INSISTING = (["vrai", "domicile"], ["vrai", "chez"], ["pour", "de", "vrai"], ["en", "vrai"])
# The home declared as such, whoever it is with: "… mais ma résidence principale c'est chez ma mère à Sarrebourg" (nineteenth
# session, dev-SV)
_DECLARED_HOME = (["residence", "principale"], ["domicile", "principal"])


def _says_any(words: List[str], phrases) -> bool:
    """Whether one of `phrases` (lists of words) stands in `words`."""
    return any(words[k:k + len(phrase)] == phrase for k in range(len(words)) for phrase in phrases)


def _home_rank(tokens: List[str], i: int, breaks: Optional[List[bool]]) -> int:
    """How surely tokens[i] names the home of the person the message is about (see YOUNG_HOME…);
    adverbs between the words of living and the place are passed over."""
    rank = _home_rank_as_written(tokens, i, breaks)
    before = tokens[max(0, i - 8):i]
    if rank >= 0 and _says_any(before, _DECLARED_HOME) and not (
            breaks and any(breaks[max(0, i - 8) + 1:i])):
        return YOUNG_HOME
    if rank == WRITER_HOME and _says_any(before, _INSISTING):
        # the home the writer insists on, above another said plainly: "J'ai une chambre chez l'habitant à Orsay… Mon
        # vrai domicile, c'est chez mes parents à Évreux" (fifteenth session, dev-RQ)
        return YOUNG_HOME
    if rank == WRITER_HOME and any(t in ("maintenant", "mtn", "desormais") for t in tokens[max(0, i - 6):i]) and not (
            breaks and any(breaks[max(0, i - 6) + 1:i])) and any(t in PAST_HOME or t == "apres" for t in tokens[:max(0, i - 6)]):
        # the home now, after others: "d'abord j'étais à Calais, après une association m'a hébergé à Lille, et maintenant j'ai
        # une chambre à Wattrelos" (twenty-sixth session, dev-VE)
        return YOUNG_HOME
    if rank >= WRITER_HOME or not any(t in ADVERBS for t in tokens[max(0, i - 8):i]) or tokens[max(0, i - 3):i] == ["c", "est", "encore"]:
        return rank  # (an address "c'est encore Brive… mais ça fait deux ans que je vis à Tulle" is one left; dev-SB)
    # (with the little words leading to them: "depuis un mois", "de nouveau")
    passed = [False] * (len(tokens) + 1)
    for k in range(i - 1, -1, -1):
        # ("j'habite à l'année à Bastia"; dev-RT)
        passed[k] = tokens[k] in ADVERBS or (tokens[k] in ("de", "l", "le", "la", "depuis", "un", "une", "a") and passed[k + 1])
    kept = [k for k in range(len(tokens)) if k >= i or not passed[k]]
    stripped_breaks = None
    if breaks:
        stripped_breaks = [any(breaks[j] for j in range((kept[n - 1] + 1) if n else 0, k + 1)) for n, k in enumerate(kept)]
    return max(rank, _home_rank_as_written([tokens[k] for k in kept], kept.index(i), stripped_breaks))


_KIN_ADJECTIVES = {"petit", "petite", "ptit", "ptite", "grand", "grande", "jeune", "cher", "chere", "meilleur", "meilleure",
                   "ancien", "ancienne", "ex", "nouveau", "nouvelle"}  # "Nancy, ma meilleure amie, …" (dev-QW), "Albert, mon ancien patron, …" (dev-YC)


# a pet named like a town: "Albert, mon chat, a mangé ma convocation 😂" (thirty-second session, dev-YJ)
_PETS = {"chat", "chatte", "chien", "chienne", "chiot", "lapin", "hamster", "perroquet", "poisson", "cheval", "furet"}


def named_then_role(tokens: List[str], end: int, breaks: Optional[List[bool]],
                    capitals: Optional[List[bool]] = None) -> bool:
    """Whether the name ending at `end` is followed, set apart by commas, by who the person is ("Albert,
    mon conseiller, …", "Margaux, ma fille, …"); not by a new sentence (`capitals`: "je vis à
    Schiltigheim. Mon frère, lui, …")."""
    if capitals and end < len(capitals) and capitals[end]:
        return False
    kin_adjective = bool(tokens[end + 1:end + 2]) and tokens[end + 1] in _KIN_ADJECTIVES  # "Léon, mon petit frère, …"
    role = end + 2 if kin_adjective else end + 1
    if not (breaks and role + 1 < len(tokens) and breaks[end] and tokens[end] in _POSSESSIVES
            and (tokens[role] in PEOPLE_ROLES or tokens[role] in _PETS)):
        return False
    # (the role may take a complement: "Nancy, ma tutrice de stage, refuse…"; not an age: "Lens, mon fils de 17, …")
    return breaks[role + 1] or (role + 3 < len(tokens) and tokens[role + 1] in ("de", "d") and not tokens[role + 2].isdigit()
                                and breaks[role + 3])


def _said_to_be_someone(tokens: List[str], end: int, breaks: Optional[List[bool]]) -> bool:
    """Whether the name ending at `end` is followed, after a comma, by "c'est" and who the person is ("avec Nancy, c'est ma
    conseillère")."""
    if not (breaks and end + 3 < len(tokens) and breaks[end] and tokens[end:end + 2] == ["c", "est"] and tokens[end + 2] in _POSSESSIVES):
        return False
    role = end + 4 if tokens[end + 3] in _KIN_ADJECTIVES else end + 3
    return role < len(tokens) and tokens[role] in PEOPLE_ROLES


# What a person named at the opening does, right after who the person is ("Nancy ma conseillère est en congé")
_PERSON_VERBS = {"est", "a", "m", "me", "ne", "n", "va", "part", "prend", "dit", "veut", "peut", "repond", "travaille"}


def _at_someones(tokens: List[str], at: int) -> bool:
    """Whether the name at `at` comes right after "chez": someone's home or a firm ("Chez Albert, mon coloc", "je suis RH
    chez Saint-Gobain"), never a town, which takes "à"."""
    return at > 0 and tokens[at - 1] == "chez"


def _role_then_verb(tokens: List[str], end: int) -> bool:
    """Whether who the person named is, set apart, is followed by what that person does ("Quincy, mon petit frère, a 16
    ans": the subject of "a", a person; twenty-third session, dev-UC)."""
    role = end + 2 if tokens[end + 1:end + 2] and tokens[end + 1] in _KIN_ADJECTIVES else end + 1
    return role + 1 < len(tokens) and tokens[role + 1] in _PERSON_VERBS - {"m", "me", "n", "ne"}


def person_introduced(tokens: List[str], start: int, end: int, breaks: Optional[List[bool]],
                      first_names: FrozenSet[str]) -> bool:
    """Whether tokens[start:end], one of the most given first names, opens the message (after a greeting,
    "je suis", "moi c'est") and is followed by "ici", or set apart by an age, who the person is or the
    writer's own words: "Alix - 21 ans - …", "Albert, mon petit-fils de 17 ans, …", "Noé ici !", "Rémy,
    animateur en centre social : …", "je suis Aurel, 17 ans". A person, not a town."""
    if " ".join(tokens[start:end]) not in first_names:
        return False
    # "Cordialement, Nancy, assistante sociale"; praise: "Bravo Albert !" (dev-QU)
    signed = _signed_off(tokens, start) or (start > 0 and tokens[start - 1] in ("bravo", "felicitations", "chapeau"))
    if end >= len(tokens):
        return signed
    if not (signed or all(t in _BEFORE_OWN_NAME for t in tokens[:start])):
        return False
    if tokens[end] == "ici":
        return True
    if (start == 0 and tokens[end] in _POSSESSIVES and tokens[end + 1:end + 2] and tokens[end + 1] in PEOPLE_ROLES
            and tokens[end + 2:end + 3] and tokens[end + 2] in _PERSON_VERBS):
        return True  # who she is, then what she does, without a comma: "Nancy ma conseillère est en congé" (dev-TQ)
    if not (breaks and breaks[end]):
        return False
    if tokens[end:end + 3] in (["c", "est", "lui"], ["c", "est", "elle"]):
        return True  # "Albert ? C'est lui mon conseiller ou c'est Vincent ?" (dev-QU)
    if tokens[end] in ("de", "du", "d") and set(tokens[end + 1:end + 3]) & _WORKPLACES:
        return True  # "Albert, de la boucherie du marché couvert. Je cherche un apprenti…" (nineteenth session, dev-SY)
    k = end + 1 if tokens[end] in DETERMINERS else end  # "Albert, le patron de la boulangerie"
    k += 1 if tokens[k:k + 1] and tokens[k] in _KIN_ADJECTIVES else 0  # "Léon, mon petit frère"
    return _age_at(tokens, end) or (k < len(tokens) and (tokens[k] in PEOPLE_ROLES | WRITERS_ROLES
                                                         or tokens[k] in _FIRST_PERSON_OPENERS | {"moi"}))


# What says a five-digit number is an amount or a file's number, not a postcode ("Salaire proposé 21000 brut annuel",
# "Mon numéro de dossier c'est 44300"; seventeenth session, dev-SK)
_AMOUNT_AFTER = {"brut", "bruts", "net", "nets", "euros", "euro", "eur", "e", "k", "annuel", "annuels", "mensuel",
                 # (a count, not a place: "10 000 pas", "15000 habitants"; twenty-seventh session, dev-VX)
                 "pas", "habitants", "personnes", "vues", "abonnes", "followers", "likes", "km",
                 "balles"}  # ("on touche 15000 balles sur un an ??"; dev-WF)
_NOT_A_POSTCODE_BEFORE = {"salaire", "dossier", "identifiant", "matricule", "reference", "ref", "montant", "somme", "facture",
                          "allocataire",
                          # ("Réf de l'offre : 44310", "Ticket 69001 au support", "Mon numéro de candidat c'est 97412"; twenty-ninth
                          # session, dev-WV)
                          "offre", "offres", "annonce", "ticket", "candidat", "candidate", "commande", "colis", "suivi",
                          # ("Code erreur 40400 quand je clique", "Mon attestation porte le numéro 13008/2024"; thirtieth session,
                          # dev-XL)
                          "erreur", "attestation", "attestations", "bordereau", "recepisse",
                          "dem", "demande"}  # ("DEM-87420"; thirty-first session, dev-XX)
# ... and these up to seven words before ("code promo 59100", "mon code d'accès 84210", "ma convention de stage porte le numéro
# 33127", "le code wifi chez vous c pas 92130 ?"; thirty-first session, dev-XX); "code" only where no "postal" follows it
_NOT_A_POSTCODE_FAR_BEFORE = {"promo", "wifi", "acces", "convention", "code"}
_POSTAL = (["postal"], ["postale"], ["post"])


def _postcodes_in(tokens: List[str]) -> List[str]:
    """The five-digit numbers of the message that may be postcodes."""
    return [t for k, t in enumerate(tokens) if re.fullmatch(r"\d{5}", t)
            and not (tokens[k + 1:k + 2] and tokens[k + 1] in _AMOUNT_AFTER) and tokens[k + 1:k + 3] not in (["par", "an"],
                                                                                                          ["par", "mois"])
            and not any(w in _NOT_A_POSTCODE_BEFORE for w in tokens[max(0, k - 4):k])  # ("mon dossier c'est le 59123"; dev-XL)
            and not any(tokens[j] in _NOT_A_POSTCODE_FAR_BEFORE and not (tokens[j] == "code" and tokens[j + 1:j + 2] in _POSTAL)
                        for j in range(max(0, k - 7), k))]


def _signed_off(tokens: List[str], start: int) -> bool:
    """Whether words of leave-taking come right before tokens[start] ("Cordialement, …", "Bien à vous, …")."""
    # ("Merci pour tout, Mathieu"; seventeenth session, dev-SK)
    return start > 0 and (tokens[start - 1] in SIGN_OFFS or tokens[max(0, start - 3):start] in (["bien", "a", "vous"],
                                                                                                 ["merci", "pour", "tout"]))


def signature_at(tokens: List[str], start: int, first_names: FrozenSet[str], breaks: Optional[List[bool]] = None) -> bool:
    """Whether tokens[start] is a first name after words of leave-taking, ending the message with at most a
    surname: "Cordialement, Aude Fleury", "Bien à vous, Léa" (Aude is no department there); with `breaks`, also
    before who the writer is, set apart: "Cordialement, Mathieu Vienne, éducateur spécialisé" (sixteenth session, dev-SC)."""
    ends = len(tokens) - start <= 2 or bool(breaks and len(tokens) - start <= 6 and any(
        k < len(breaks) and breaks[k] for k in (start + 1, start + 2)))
    # (a surname after an initial: "Cordialement, J. Fleury, éducatrice spécialisée"; seventeenth session, dev-SI)
    initial = start > 1 and len(tokens[start - 1]) == 1 and tokens[start - 1] not in ("a", "y") and _signed_off(tokens, start - 1)
    # (a first name after the message's last question or sentence, then who the writer is, and nothing more: "… comment
    # l'inscrire chez vous ? Yves, éducateur spécialisé"; eighteenth session, dev-SO)
    role_signed = bool(breaks and start > 0 and breaks[start] and len(tokens) - start <= 5 and start + 1 < len(breaks)
                       and breaks[start + 1] and tokens[start] in first_names
                       # ("… Julienne, aide-soignante en EHPAD"; nineteenth session, dev-TA)
                       and (tokens[start + 1] in PEOPLE_ROLES | WRITERS_ROLES or tokens[start + 1:start + 3] in (
                           ["aide", "soignante"], ["aide", "soignant"])))
    return (ends and ((tokens[start] in first_names and _signed_off(tokens, start)) or initial)) or role_signed


def signed_surname(tokens: List[str], start: int, end: int, first_names: FrozenSet[str]) -> bool:
    """Whether tokens[start:end] ends the message after a signed first name (`signature_at`): a surname, not a
    town ("Bien à vous, Aude Fleury"; dev-RI)."""
    return end == len(tokens) and start > 0 and signature_at(tokens, start - 1, first_names)


def signed_name(tokens: List[str], start: int, first_names: FrozenSet[str], breaks: Optional[List[bool]]) -> bool:
    """Whether tokens[start] is a signed first name or the surname right after one, before who the writer is ("Cordialement,
    Mathieu Vienne, éducateur spécialisé": neither Mathieu (14) nor the Vienne)."""
    return signature_at(tokens, start, first_names, breaks) or (start > 0 and signature_at(tokens, start - 1, first_names, breaks))


# Subject pronouns of Réunion creole before "lé" ("mi lé Saint-Paul": I am in Saint-Paul)
_CREOLE_SUBJECTS = {"mi", "nou", "li", "zot", "mwen"}


def _creole_being(tokens: List[str], start: int) -> bool:
    """Whether "lé" (to be, in Réunion creole) or "an" (in, in Antillean creole: "mwen an Gosier"; dev-QT) and its
    subject come right before tokens[start]."""
    return start > 1 and tokens[start - 1] in ("le", "an") and tokens[start - 2] in _CREOLE_SUBJECTS


def _after_a_fan(tokens: List[str], start: int) -> bool:
    """Whether a fan's words come right before tokens[start]: a star or a club, not a place."""
    # (up to two words of the club's name before: "fan du Paris Saint-Germain")
    return any(tokens[max(0, k - 2):k] in (["fan", "de"], ["fan", "du"], ["fan", "des"], ["supporter", "de"],
                                           ["supporter", "du"], ["supporte", "le"], ["supporte", "l"])
               for k in range(start, max(1, start - 2) - 1, -1))


_BEFORE_A_WORD_SAID_AGAIN = {"du", "des", "au", "aux", "aucun", "aucune", "trop", "tres", "super", "assez"}


def _said_again_as_a_word(tokens: List[str], capitals: Optional[List[bool]], start: int) -> bool:
    """Whether the one word at tokens[start] comes again later after a determiner, typed in lower case: the
    writer uses it as the word ("Menton : je me suis ouvert le menton…", "Sens ? j'ai pas compris le sens…"), maybe
    in the singular ("Tours, détours, j'ai fait le tour de toutes les agences"; dev-RI), or after a partitive ("Sens. Je cherche
    du sens dans ce que je fais"; twenty-sixth session, dev-VP), "aucun" or an adverb of degree ("Sens. … plus aucun sens pour moi",
    "Lourdes. … les démarches sont trop lourdes"; twenty-eighth session, dev-WL)."""
    return any(tokens[start] in (tokens[k], tokens[k] + "s") and tokens[k - 1] in DETERMINERS | _BEFORE_A_WORD_SAID_AGAIN
               and not (capitals and capitals[k])
               for k in range(start + 2, len(tokens)))


# A goal put first, then the writer wanting it: "Maçon je veux devenir, il faut quel diplôme ?" (dev QS)
_FRONTED_GOALS = [["je", "veux", "devenir"], ["je", "voudrais", "devenir"], ["jveux", "devenir"], ["j", "aimerais", "devenir"],
                  ["je", "veux", "faire"], ["je", "voudrais", "faire"], ["jveux", "faire"], ["j", "aimerais", "faire"]]


def _fronted_goal(tokens: List[str], breaks: Optional[List[bool]], end: int) -> bool:
    """Whether the writer's wish to become or do something follows tokens[:end] and ends there (its object is
    the name before it)."""
    return any(tokens[end:end + len(goal)] == goal and (end + len(goal) == len(tokens) or bool(breaks and breaks[end + len(goal)]))
               for goal in _FRONTED_GOALS)


# What may follow a town's name to say one lives there: "c'est là que je vis", "c'est chez moi", "qui m'accueille"
_HOME_AFTER = (["c", "est", "la", "que"], ["c", "est", "chez", "moi"], ["qui", "m", "accueille"], ["qui", "m", "heberge"],
               ["qui", "nous", "accueille"], ["qui", "nous", "heberge"], ["c", "est", "chez", "elle", "que"],
               ["c", "est", "chez", "lui", "que"], ["c", "est", "chez", "eux", "que"],
               ["c", "la", "que"], ["c", "est", "la", "ou"],  # "… à Lure chez mes parents, c la que j'habite" (sixteenth session, dev-SB)
               # "Nancy c'est ma ville, j'ai 20 ans" (seventeenth session, dev-SF; not "ma ville préférée", "ma ville natale")
               ["c", "est", "ma", "ville"], ["c", "est", "mon", "village"], ["c", "est", "ma", "commune"],
               # "chez ma tante à Aubagne, elle m'héberge" (dev-SH)
               ["elle", "m", "heberge"], ["il", "m", "heberge"], ["ils", "m", "hebergent"], ["elles", "m", "hebergent"])
_NOT_THE_HOME_TOWN = {"preferee", "prefere", "natale", "natal", "de", "d", "du", "des", "ideale", "ideal", "favorite"}
_CLEFT = ("la", "elle", "lui", "eux")
# a lodging obtained somewhere: "vient d'obtenir un logement à Osny", "j'ai trouvé un studio à Rennes"
_NEW_LODGINGS = (["un", "logement"], ["un", "appart"], ["un", "appartement"], ["un", "studio"], ["une", "chambre"],
                 ["un", "t1"], ["un", "t2"])
_OBTAINED = {"obtenu", "obtenir", "trouve", "eu", "signe", "decroche"}  # "c'est là que", "c'est chez elle que": a word of dwelling must follow


def _said_home_after(tokens: List[str], i: int) -> bool:
    """Whether, within two words after the name at tokens[i], the writer says it is their home (`_HOME_AFTER`; "c'est
    là que" only before a word of dwelling)."""
    for k in range(i + 1, min(len(tokens), i + 7)):
        for phrase in _HOME_AFTER:
            if tokens[k:k + len(phrase)] == phrase and (phrase[-2] not in _CLEFT or any(
                    # ("chez ma mère à Landerneau, c'est là que je reçois mon courrier"; dev-SH)
                    t in DWELLING_WORDS or t in ("dors", "suis", "recois") for t in tokens[k + len(phrase):k + len(phrase) + 3])) and not (
                    phrase[-1] in TOWN_NOUNS and tokens[k + len(phrase):k + len(phrase) + 1] != []
                    and tokens[k + len(phrase)] in _NOT_THE_HOME_TOWN):
                return True
    return False


def _cleft_dwelling(tokens: List[str], i: int) -> bool:
    """Whether "que" and a word of dwelling follow the name at tokens[i] within a few words ("c'est à
    La Roche que j'habite")."""
    for k in range(i + 1, min(len(tokens), i + 5)):
        if tokens[k] == "que":
            # ("c'est à Anglet que je rentre tous les soirs"; fifteenth session, dev-RQ)
            return any(t in DWELLING_WORDS or t in ("dors", "suis", "rentre", "rentrons") for t in tokens[k + 1:k + 4])
    return False


TOWN_NOUNS = {"village", "bled", "patelin", "commune", "ville", "hameau"}
# Parts of any town that communes are also named after, with their article ("Le Port", "Le Bourg"; "en haut de la côte,
# …", dev-RD)
TOWN_PARTS = {"port", "bourg", "quartier", "centre", "marche", "gare", "plage", "cote"}


def _town_noun_dwelling_word(tokens: List[str], i: int) -> Optional[int]:
    """The index of the word of dwelling or being before "dans le village de", "au bled de", "dans une petite ville
    de" right before tokens[i] ("je suis dans le village de Thise, juste à côté de Besançon"; dev-QY), or None."""
    k = i - 1
    if k < 2 or tokens[k] not in ("de", "d") or tokens[k - 1] not in TOWN_NOUNS:
        return None
    k -= 2
    while k >= 0 and tokens[k] in ("petit", "petite", "ptit", "ptite", "le", "la", "l", "un", "une", "mon"):
        k -= 1
    if k >= 1 and tokens[k] == "dans" or (k >= 0 and tokens[k] == "au" and tokens[k + 1] == tokens[i - 2]):
        d = k - 1
        return d if d >= 0 and (tokens[d] in DWELLING_WORDS or tokens[d] in BEING_WORDS) else None
    return None


# where one spends the day, set against where one sleeps
_DAYTIME_PLACES = {"apprentissage", "alternance", "boulot", "taf", "travail", "stage", "formation", "cfa", "fac", "ecole", "lycee", "cours",
                   "job", "chantier", "entreprise"}
# a lodging named alone, as a form's label would be ("CFA à Angers, appart à Saumur")
_HOME_LABELS = {"appart", "appartement", "appt", "logement", "domicile", "studio", "maison"}
_HOME_AFTER_PERSON = {"principale", "principal", "vis", "jvis", "habite", "jhabite", "dors", "vit", "habites", "temps", "c", "est",
                      "officielle", "domicilie", "domiciliee"}


# Relatives named in the feminine, whom "elle" stands for ("… ma mère à Brest, c'est chez elle que j'habite")
_FEMININE_RELATIVES = {"mere", "soeur", "tante", "copine", "daronne", "cousine", "amie", "voisine", "meilleure"}


def _home_through_person(tokens: List[str], i: int) -> bool:
    """Whether tokens[i] is the town of a relative ("ma mère à Figeac", "mon père vit à Beaune") at whose home the message
    later says the person lives, without naming a town there ("… mais mon adresse principale c'est chez ma mère", "je suis
    à plein temps chez mon père") (nineteenth session, dev-SX)."""
    if i < 3 or tokens[i - 1] not in ("a", "sur"):
        return False
    r = i - 2 if tokens[i - 2] in PEOPLE_ROLES else (i - 3 if tokens[i - 2] in ("vit", "habite", "est", "reste") else -1)
    if r < 1 or tokens[r] not in PEOPLE_ROLES or tokens[r - 1] not in _POSSESSIVES:
        return False
    said = [tokens[r - 1], tokens[r]]
    for k in range(i + 1, len(tokens) - 2):
        if (tokens[k] == "chez" and tokens[k + 1:k + 3] == said
                and tokens[k + 3:k + 4] not in (["a"], ["sur"], ["en"], ["au"], ["dans"])
                and any(t in _HOME_AFTER_PERSON for t in tokens[max(0, k - 4):k])):
            return True
        # the relative by a pronoun, the only one of that gender named: "mon pere vit a quimper et ma mere a brest, c'est chez
        # elle que j'habite" (twenty-fourth session, dev-UN)
        pronoun = "elle" if tokens[r] in _FEMININE_RELATIVES else "lui"
        if (tokens[k:k + 2] == ["chez", pronoun] and tokens[k + 2:k + 3] == ["que"]
                and any(t in DWELLING_WORDS for t in tokens[k + 3:k + 6])
                and sum(t in (_FEMININE_RELATIVES if pronoun == "elle" else RELATIVES - _FEMININE_RELATIVES) for t in tokens[:k]) == 1):
            return True
    return False


def _address_before(tokens: List[str], i: int) -> bool:
    """Whether "mon adresse c'est" (or "mon adresse :") comes before tokens[i], a street's number and name at most
    between them ("mon adresse c'est 12 rue Jean Jaurès à Hénin-Beaumont")."""
    if tokens[max(0, i - 4):i] == ["chez", "moi", "c", "est"] or tokens[max(0, i - 3):i] == ["chez", "moi", "cest"]:
        return True  # "mais mon vrai chez-moi c'est Cluses, chez mes parents" (dev-RJ); "chez moi cest antibes" (dev-UQ)
    if tokens[max(0, i - 2):i] in (["adresse", "officielle"], ["adresse", "principale"], ["domicile", "officiel"]):
        return True  # a form's label: "… week-end à Amboise chez maman. Adresse officielle : Tours" (thirty-seventh session, dev-ZY)
    for k in range(max(0, i - 9), i):
        # ("L'adresse sur ma carte d'identité c'est Issoire", "sur mes papiers l'adresse c'est chez mon père à Montbéliard";
        # nineteenth session, dev-SX)
        official = tokens[k:k + 2] == ["l", "adresse"] and any(t in ("papiers", "carte", "identite", "officielle", "cni")
                                                                 for t in tokens[max(0, k - 4):i])
        if official and _says_any(tokens[k + 2:i], (["c", "est"],)) and (
                "encore" not in tokens[k + 2:i]):  # (not "c'est encore Brive… mais ça fait deux ans que je vis à Tulle"; dev-SB)
            return True
        if tokens[k:k + 2] == ["mon", "adresse"] or tokens[k:k + 3] == ["ma", "vraie", "adresse"]:
            # ("mais ma vraie adresse c'est Antibes"; thirty-seventh session, dev-ZZA)
            between = tokens[k + (3 if tokens[k] == "ma" else 2):i]
            if between[:1] in (["officielle"], ["principale"], ["postale"], ["administrative"], ["fiscale"]):
                # "mon adresse officielle c'est chez ma mère à Saint-Herblain" (thirty-seventh session, dev-ZW)
                between = between[1:]
            # ("mon adresse c a sevran"; twenty-fourth session, dev-UN; "mon adresse c Libourne", thirty-first session, dev-XO)
            return len(between) <= 7 and (between[:2] in (["c", "est"], ["c", "a"]) or between[:1] in (["est"], ["c"], ["cest"]) or not between or
                                          between[0].isdigit() or between[0] in STREETS)
    return False


def _town_named(tokens: List[str], i: int) -> bool:
    """Whether the words before `i` say the name of one's town: "ma commune s'appelle", "mon village s'appelle", "ma commune c'est"."""
    return (i >= 4 and tokens[i - 2:i] in (["s", "appelle"], ["s", "apelle"], ["c", "est"]) and tokens[i - 3] in TOWN_NOUNS
            and tokens[i - 4] in ("ma", "mon", "notre"))


def _after_denied_town(tokens: List[str], breaks: Optional[List[bool]], i: int) -> bool:
    """Whether the words at `i` follow a town denied just before: "pas clermont ferrand, riom", "c pa dijon c chenove", "non pas
    Marseille, Aubagne"."""
    joined = bool(breaks and breaks[i]) or tokens[i - 1:i] in (["c"], ["cest"], ["mais"]) or tokens[max(0, i - 2):i] == ["c", "est"]
    return i >= 2 and joined and any(tokens[k] in ("pas", "pa") and (k == 0 or tokens[k - 1] in ("c", "cest", "est", "non", "mais"))
                                     for k in range(max(0, i - 6), i - 1))


# the town just named denied as the home: "… à Châtellerault mais c'est pas là que j'habite"
_DENIED_AFTER = re.compile(r"(\w+ ){0,3}(mais )?(c est |c |ce n est |c n est )?pas (la|la bas|ici) (que|ou) (j habite|jhabite|je vis|jvis"
                           r"|j vis|je reside|j ai mon adresse)\b")


def _home_rank_as_written(tokens: List[str], i: int, breaks: Optional[List[bool]]) -> int:
    """`_home_rank` on the words as they stand."""
    before = tokens[i - 1] if i > 0 else ""
    # a choice asked, the home said after: "mision locale Lens ou Liévin ? j'habite a lievin" (twenty-fourth session, dev-UH;
    # not "où": "Pierrelatte où je loge chez mon oncle")
    if (tokens[i + 1:i + 2] == ["ou"] and (tokens[i + 2] if i + 2 < len(tokens) else "") not in _WHERE_FOLLOWERS
            and any(tokens[k] in DWELLING_WORDS and tokens[k - 1] in ("j", "je") for k in range(i + 3, len(tokens)))):
        return 0
    if tokens[i + 1:i + 3] in (["la", "semaine"], ["en", "semaine"]) and any(
            tokens[k] == "mais" and any(t in DWELLING_WORDS for t in tokens[k + 1:k + 4]) for k in range(i + 3, len(tokens))):
        # the week's town, the home said after: "jsuis sur avignon la semaine mais jsuis domicilié au pontet" (thirty-eighth session,
        # dev-ZZG)
        return ELSEWHERE
    # (after a name of one to three words; "nn" typed for "non")
    denied = next((k for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k] in ("non", "nn")), None)
    if tokens[max(0, i - 2):i] in (["ancienne", "adresse"], ["ancien", "domicile"], ["ancien", "appart"]) or (
            denied is not None and ("oui" in tokens[denied + 1:denied + 5] or tokens[denied + 1:denied + 2] == ["moi"]
                                    # another name right after, the first set apart: "rouen ? non sotteville" (dev-ZZS)
                                    or (bool(breaks) and breaks[denied] and denied + 1 < len(tokens)
                                        and tokens[denied + 1] not in STOPWORDS))):
        # "ancienne adresse Lille, nouvelle Roubaix", "amiens non, abbeville oui" (thirty-eighth session, dev-ZZI), "la rochelle? non
        # moi c rochefort" (dev-ZZK)
        return ELSEWHERE
    if tokens[i + 1:i + 5] == ["c", "est", "ou", "je"] and tokens[i + 5:i + 6] in (["taffe"], ["bosse"], ["travaille"]):
        return ELSEWHERE  # where one works, said after its name: "grenoble c'est où je taffe, je dors a echirolles" (dev-ZZS)
    if (before in ("a", "sur") and i >= 5 and tokens[i - 5:i - 3] == ["moi", "chez"] and tokens[i - 3] in _POSSESSIVES
            and tokens[i - 2] in PEOPLE_ROLES):
        return WRITER_HOME  # "mon père est à lens, moi chez ma mère à liévin" (thirty-eighth session, dev-ZZS)
    if tokens[max(0, i - 2):i] == ["mais", "moi"]:
        return WRITER_HOME  # "calais (ma mere habite boulogne sur mer mais moi calais)" (thirty-eighth session, dev-ZZK)
    if tokens[max(0, i - 2):i] in (["nouvelle", "adresse"], ["nouveau", "domicile"], ["nouvel", "appart"]) or (
            before in ("nouvelle", "nouveau", "nouvel") and any(tokens[k:k + 2] in (["ancienne", "adresse"], ["ancien", "domicile"])
                                                               for k in range(max(0, i - 8), i - 1))):
        return WRITER_HOME  # the new address against the former: "ancienne adresse Lille, nouvelle Roubaix depuis septembre"
    if _DENIED_AFTER.match(" ".join(tokens[i + 1:i + 14])):
        return ELSEWHERE  # "Mon entreprise est à Châtellerault mais c'est pas là que j'habite" (thirty-seventh session, dev-ZY)
    if before in ("a", "sur") and any(tokens[k:k + 2] == ["de", "chez"] and tokens[k - 1] in _GONE_FROM
                                      for k in range(max(1, i - 6), i - 2)):
        return ELSEWHERE  # the home left: "jsuis parti de chez moi a Toul, maintenant jvis a Nancy" (eighteenth session, dev-SL)
    if ((tokens[max(0, i - 4):i] == ["moi", "je", "suis", "a"] or tokens[max(0, i - 3):i] in (
            ["moi", "jsuis", "a"], ["moi", "chui", "a"], ["moi", "jsui", "a"]))  # ("moi jsui a voiron"; twenty-fifth session, dev-UU)
            and (_writer_set_against_elders(tokens[:i - 3], _PEERS) or _asks_for_own(tokens))):
        # the young person's own town against the parents': "Mes parents habitent à Marseille mais moi je suis à Aubagne"
        # (twenty-fourth session, dev-UF; not an adult's "mon fils vit à Reims et moi je suis à Laon")
        return WRITER_HOME
    if tokens[:i] in (["je", "suis", "a"], ["jsuis", "a"], ["jsui", "a"], ["je", "vis", "a"]) and _writer_set_against_elders(
            tokens[i + 1:]) and tokens[i + 1:i + 2] != ["pour"] and not any(
            t in DWELLING_WORDS and (t.startswith("j") or tokens[k - 1] in ("j", "je")) for k, t in enumerate(tokens) if k > i):
        # the writer's town first, then the parents' ("je suis a epernay, mon lycee c'etait a chalons et mon pere vit a reims";
        # twenty-fifth session, dev-UU; not a stay before the home said: "Je suis à Caen pour le boulot la semaine mais j'habite
        # à Bayeux, mes parents sont à Lisieux", dev-RQ)
        return WRITER_HOME
    if tokens[max(0, i - 2):i] == ["ici", "a"] or (i >= 3 and tokens[i - 3:i - 1] in (["chez", "moi"], ["chez", "nous"])
                                                   and before in ("a", "sur")):
        return WRITER_HOME  # "ici à Roubaix y a rien", "chez moi à Lens"
    if _home_through_person(tokens, i):
        return YOUNG_HOME  # "mon père vit à Cahors, ma mère à Figeac… mon adresse principale c'est chez ma mère"
    if (tokens[i + 1:i + 3] in (["pour", "mes"], ["pour", "mon"], ["pour", "ma"])
            and set(tokens[max(0, i - 5):i]) & {"loge", "logee", "dors", "jdors", "heberge", "hebergee", "semaine", "chambre", "studio",
                                                 "internat"}  # (not a move: "Nous venons de déménager de Lille à Arras pour mon travail")
            and tokens[i + 3:i + 4] in (["etudes"], ["stage"], ["travail"], ["boulot"], ["formation"], ["alternance"], ["taf"])
            and any(t in DWELLING_WORDS for t in tokens[i + 4:])):
        # lodged there for one's studies, the home said after: "Je loge en semaine à Grenoble pour mes études mais j'habite chez
        # mes parents à Voiron" (twenty-fourth session, dev-US)
        return ELSEWHERE
    if any(tokens[k:k + 2] in (["j", "accueille"], ["jaccueille"], ["nous", "accueillons"], ["on", "accueille"])
           for k in range(i + 1, min(len(tokens), i + 4))) and _names_young_person(tokens[i + 1:i + 8]):
        # the foster home: "je suis assistante familiale à Laval et j'accueille un jeune de 17 ans" (twenty-fourth session, dev-UQ)
        return YOUNG_HOME
    if any(tokens[k:k + 1] == ["ou"] and any(t in DWELLING_WORDS for t in tokens[k + 1:k + 4])
           for k in range(i + 1, min(len(tokens), i + 5))):
        return WRITER_HOME  # "chez mes parents à Abbeville, où j'habite toujours"
    if _after_denied_town(tokens, breaks, i):
        return WRITER_HOME  # "pas clermont ferrand, riom", "c pa dijon c chenove" (thirty-fifth session, dev-ZC)
    if tokens[i + 1:i + 4] in (["pour", "la", "maison"], ["pour", "le", "logement"], ["pour", "l", "appart"]) and not any(
            t in YOUNG_PEOPLE for t in tokens):
        return WRITER_HOME  # "Lorient pour le boulot, Lanester pour la maison" (thirty-fifth session, dev-ZC)
    if ((i >= 2 and tokens[i - 2] in _HOME_LABELS and before in ("a", "sur") and (i == 2 or (breaks and breaks[i - 2]))
         # ("stage à Bordeaux, domicile Mérignac", "boulot a nice, maison a antibes"; dev-ZY; "formation a strasbourg mais
         # domicile schiltigheim", thirty-eighth session, dev-ZZG)
         or (before in _HOME_LABELS and i >= 2 and ((breaks and breaks[i - 1]) or tokens[i - 2] == "mais")))
            and not any(t in YOUNG_PEOPLE for t in tokens)):
        return WRITER_HOME  # the home as a label, beside a place of training: "CFA à Angers, appart à Saumur" (thirty-seventh session, dev-ZW)
    if tokens[i + 1:i + 3] in (["pour", "dormir"], ["pour", "vivre"], ["pour", "habiter"], ["pour", "dodo"]) and not any(
            t in YOUNG_PEOPLE for t in tokens) and tokens[i + 3:i + 4] not in (["a"], ["au"], ["aux"], ["sur"], ["en"], ["chez"],
                                                                              ["dans"], ["vers"], ["pres"]):
        # (not "partie de Laval pour vivre au Mans", dev-RU)
        return WRITER_HOME  # "Caen pour le taf, Hérouville pour dormir" (thirty-first session, dev-XO)
    if tokens[max(0, i - 3):i] == ["c", "est", "a"] and _cleft_dwelling(tokens, i):
        return WRITER_HOME  # "c'est à Calais que je vis"
    # ("ma vraie maison c'est à Mayenne", "chez moi c bezier"; seventeenth session, dev-SH)
    if _said_home_after(tokens, i) or tokens[max(0, i - 5):i] == ["ma", "vie", "c", "est", "a"] or tokens[max(0, i - 4):i] == [
            "maison", "c", "est", "a"] or (tokens[max(0, i - 3):i] == ["chez", "moi", "c"] and not (breaks and breaks[i])) or (
            # "chez moi c à Castelsarrasin", "notre maison est à Mauguio", "Notre maison se trouve à Lens" (sixteenth session, dev-SB)
            tokens[max(0, i - 4):i] == ["chez", "moi", "c", "a"] or tokens[max(0, i - 3):i] in (["maison", "est", "a"], ["maison", "c", "a"])
            or tokens[max(0, i - 4):i] == ["maison", "se", "trouve", "a"]
            # "mon appart est à Brest aussi, je rentre juste les week-ends chez mes parents à Landerneau" (twenty-sixth session,
            # dev-VE)
            or (tokens[max(0, i - 4):i - 2] in (["mon", "appart"], ["mon", "appartement"], ["mon", "appt"], ["mon", "studio"],
                                                ["mon", "logement"]) and tokens[i - 2:i] == ["est", "a"])):
        # "chez ma sœur à Rezé, c'est là que je vis en vrai", "Lorient, c'est chez moi", "le centre d'hébergement de
        # Tours qui m'accueille", "ma vie c'est à Périgueux" (fifteenth session, dev-RQ)
        return WRITER_HOME
    if i >= 4 and before == "a" and tokens[i - 4] in ("suivi", "suivie", "rejoint", "rejointe") and tokens[i - 3] in _POSSESSIVES:
        return _dweller(tokens, i - 4)  # "elle a suivi son copain à Castelsarrasin" (dev-RX)
    if i >= 3 and tokens[i - 3:i] == ["qui", "s", "appelle"] and any(t in TOWN_NOUNS for t in tokens[max(0, i - 10):i - 3]):
        return WRITER_HOME  # "je vis dans un petit village près de Pau qui s'appelle Lons" (dev-RX)
    if _town_named(tokens, i):
        return WRITER_HOME  # "Ma commune s'appelle Eu, en Seine-Maritime" (thirty-fifth session, dev-ZC)
    if i >= 3 and tokens[i - 3:i] == ["on", "est", "a"]:
        return WRITER_HOME  # "pour le moment on est toujours à Agen" (dev-RQ)
    if (i >= 2 and before == "a" and tokens[i - 2] == "rentre" and tokens[i - 3:i - 2] in (["je"], ["j"])
            and any(t in ("soir", "soirs", "nuit", "dormir") for t in tokens[max(0, i - 6):i + 6])):
        return WRITER_HOME  # "Le soir je rentre à Lisieux chez mes darons" (sixteenth session, dev-SB)
    if i >= 4 and before == "a" and tokens[i - 3:i - 1] in (["il", "est"], ["elle", "est"]) and tokens[i - 4] in ("lui", "elle"):
        return YOUNG_HOME  # "je vis à Nice, lui il est à Grasse chez sa mère" (sixteenth session, dev-SB)
    if any(tokens[k] == "non" and tokens[k - 1] in ("ah", "euh", "oh", "heu", "oups") for k in range(i + 2, min(len(tokens), i + 4))):
        return ELSEWHERE  # taken back at once: "j'habite orleans... ah non saran pardon 😅" (thirty-sixth session, dev-ZU)
    if before == "non" and i >= 2 and tokens[i - 2] in ("ah", "euh", "oh", "heu", "oups"):
        return WRITER_HOME  # the town said instead
    if (tokens[i + 1:i + 4] == ["a", "la", "base"] or tokens[i + 1:i + 2] == ["mais"]) and i >= 2 and tokens[i - 2] in (
            "viens", "venons", "vient"):
        # "Je viens de Metz à la base, mais depuis avril je suis à Thionville", "je viens de brest mais jsuis a quimper depuis
        # 1 an" (thirty-sixth session, dev-ZM): where one comes from
        return ELSEWHERE
    if before in ("a", "sur") and i >= 2 and tokens[i - 2] in BEING_WORDS and tokens[i + 1:i + 2] == ["depuis"] and (
            tokens[i + 3:i + 4] in (["an"], ["ans"], ["mois"]) or tokens[i + 2:i + 3] == ["toujours"]) and not any(
            t in DWELLING_WORDS for t in tokens[i + 1:]):
        return WRITER_HOME  # "jsuis a quimper depuis 1 an" (thirty-sixth session, dev-ZM)
    if (before in ("a", "sur") and i >= 7 and tokens[i - 2] in BEING_WORDS and tokens[i - 3] in ("je", "j") and tokens[i - 4] == "que"
            and tokens[i - 5] in ("ans", "an", "mois") and tokens[i - 7] == "fait"):
        return WRITER_HOME  # "j'ai grandi a Limoges mais ça fait 2 ans que je suis a Brive" (thirty-seventh session, dev-ZZA)
    if (tokens[max(0, i - 3):i] in (["je", "dors", "a"], ["j", "dors", "a"], ["jdors", "a"]) and not any(t in YOUNG_PEOPLE for t in tokens)
            and any(t in _DAYTIME_PLACES for t in tokens[:max(0, i - 3)])):
        # where one sleeps against where one trains or works: "je fais mon apprentissage a toulouse mais je dors a colomiers chez mon
        # oncle" (thirty-seventh session, dev-ZZA)
        return WRITER_HOME
    if before in ("couvre", "couvrent") and tokens[i - 2:i - 1] == ["qui"]:
        return WRITER_HOME  # "Y a-t-il une mission locale qui couvre Laguiole ?": the town asked about (dev-RE)
    if i >= 3 and before == "de" and tokens[i - 2] in ("jeune", "apprenti", "apprentie", "candidat", "candidate") and (
            tokens[i - 3] in _YOUNG_DETERMINERS):
        return YOUNG_HOME  # "Nous recrutons un jeune de Sens" (dev-RU)
    if i >= 4 and before == "a" and tokens[i - 3:i - 1] in _NEW_LODGINGS and any(
            t in _OBTAINED for t in tokens[max(0, i - 6):i - 3]):
        return _dweller(tokens, i - 3)  # "… vient d'obtenir un logement à Osny" (dev-RS)
    if before in ("pour", "pr") and tokens[i - 2:i - 1] in (["locale"], ["ml"], ["mloc"]):
        return WRITER_HOME  # "… hébergé à Pontoise puis … un logement à Osny. Quelle mission locale pour Osny ?" (dev-RS)
    if i >= 2 and before in ("a", "sur") and tokens[i - 2] == "aller":
        return ELSEWHERE  # "il refuse d'aller à Rodez": where one would go (dev-RE)
    left = [k for k in range(max(1, i - 4), i - 1) if tokens[k] in _TOWN_LEFT and tokens[k - 1] in _PAST_AUXILIARIES]
    if i >= 3 and before == "pour" and left:
        # where one moved to: "On a quitté Brest pour Locronan cet été" (seventeenth session, dev-SJ; not a move to come:
        # "On va quitter Agen pour Marmande le mois prochain", dev-RQ)
        return _dweller(tokens, left[-1])
    if i >= 2 and before in _TOWN_LEFT and tokens[i - 2] in _PAST_AUXILIARIES:
        return ELSEWHERE  # the town left
    if i >= 2 and before in ("a", "sur") and "rejoindre" in tokens[max(0, i - 5):i - 1]:
        # "ma nièce … a quitté Lyon pour rejoindre son copain à Bourg-en-Bresse" (dev-RE)
        return _dweller(tokens, max(k for k in range(max(0, i - 5), i - 1) if tokens[k] == "rejoindre"))
    if _address_before(tokens, i):
        # the address declared, above a home said plainly: "jdors chez un pote a aulnay mais mon adresse c a sevran"
        # (twenty-fourth session, dev-UN)
        return YOUNG_HOME
    if (any(tokens[k:k + 3] in (["j", "y", "vis"], ["j", "y", "habite"], ["j", "y", "vit"])
                                          for k in range(i + 1, min(len(tokens), i + 4))) and not _is_landmark(tokens, i)):
        # "mon adresse c'est Cambrai, …", "… à Hénin-Beaumont, j'y vis avec ma mère" (dev-RC; not the landmark:
        # "Saint-Apollinaire vers Dijon, j'y vis", dev-RH)
        return WRITER_HOME
    if (i >= 2 and before in ("a", "sur") and tokens[i - 2] in ("lui", "elle", "eux") and "moi" in tokens[max(0, i - 10):i - 2]
            and not (breaks and breaks[i - 1])):
        return YOUNG_HOME  # "moi je vis à Lyon, lui à Givors chez nos parents" (dev-RC)
    if (i >= 2 and before in ("a", "sur") and tokens[i - 2] == "moi" and any(t in DWELLING_WORDS for t in tokens[max(0, i - 12):i - 2])
            and not any(w in YOUNG_PEOPLE for w in tokens) and not _says_any(tokens, _ASKING_FOR_THEM)):
        # "ma copine habite a montauban moi a castelsarrasin" (twenty-fourth session, dev-UN; not "Ma copine habite à Fougères
        # et moi à Rennes… C'est elle qui cherche une formation", dev-TJ)
        return WRITER_HOME
    if i >= 4 and tokens[i - 2] == "valises" and before in PLACE_MARKERS and tokens[i - 4] in SETTLING:
        return _dweller(tokens, i - 4)  # "notre fille a posé ses valises à Annecy"
    if i >= 3 and tokens[i - 3:i] in (["de", "retour", "a"], ["de", "retour", "sur"], ["domicile", "est", "a"]):
        return _dweller(tokens, i - 3)  # "je suis de retour à Angoulême", "mon domicile est à Évreux"
    if i >= 3 and tokens[i - 2:i] == ["ans", "a"] and tokens[i - 3].isdigit() and tokens[i - 4:i - 3] not in (
            ["apres"], ["pendant"], ["durant"]):  # (a time spent there: "revenu vivre avec nous à Aurillac après 3 ans à
        # Clermont-Ferrand"; twenty-fifth session, dev-UU)
        return YOUNG_HOME if _names_young_person(tokens[:i - 3]) else WRITER_HOME  # "j'ai 24 ans à Quimperlé", "mon fils a 17 ans à Sète"
    if i >= 2 and before in ("a", "sur") and tokens[i - 2] in ("est", "sont") and _names_young_person(tokens[max(0, i - 9):i - 2]):
        return YOUNG_HOME  # "mon fils est à La Rochelle, il a 17 ans"
    if before == "plutot":
        return YOUNG_HOME  # the writer's choice between towns: "entre Nice et Cannes, plutôt Cannes"
    if (before == "a" and i >= 4 and tokens[i - 2] in ("est", "se") and tokens[i - 3] in BUSINESSES
            and tokens[i - 4] in ("mon", "ma", "notre", "nos", "mes")):
        return WRITER_HOME  # "Mon atelier est à Anglet": where the employer writes from, the apprentice's mission locale (dev-QV)
    if before in ("pas", "pa") or (before in ("a", "sur") and i >= 2 and tokens[i - 2] in ("pas", "pa")):
        return ELSEWHERE  # "pas Marseille hein, Aubagne", "mon atelier est à Anglet, pas à Bayonne même" (dev-QV), "c pa dijon c chenove"
    if before in ("a", "sur") and i >= 3 and tokens[i - 2] in ("bouge", "bougee", "bouges") and tokens[i - 3] in (
            "jai", "ai", "a", "avons", "ont"):
        return WRITER_HOME  # moved there: "jai bouge a Corbeil-Essonnes chez ma copine" (twentieth session, dev-TD)
    if before in FUTURE or (i >= 3 and tokens[i - 2] in ("demenage", "demenager", "emmenager", "emmenage")
                            and tokens[i - 3] in _MOVING_SOON) or (  # ("je vais emménager à Caen en mars"; dev-RU)
            # a move meant or hoped for: "je vais peut-être déménager à Tulle l'an prochain", "on veut s'installer ensemble à
            # Toulouse" (twenty-fourth session, dev-UN)
            before in ("a", "sur") and any(tokens[k] in ("demenager", "emmenager", "installer") and set(tokens[max(0, k - 4):k]) & _MEANING_TO
                                           for k in range(max(0, i - 4), i - 1))):
        return ELSEWHERE  # "Quimper mais bientôt Brest", "Talence mais je déménage à Bègles en janvier"
    # ("anciennement limoges, aujourd'hui brive"; thirty-seventh session, dev-ZZC)
    if before == "maintenant" or tokens[max(0, i - 3):i] == ["maintenant", "c", "est"] or tokens[max(0, i - 2):i] == ["aujourd", "hui"]:
        return WRITER_HOME  # "de Limoges à la base, mais maintenant c'est Guéret"
    if before in ("a", "sur") and i >= 3 and (
            (tokens[i - 2] in BEING_WORDS and tokens[i - 3] in ("maintenant", "desormais", "la") and (
                tokens[i - 2] != "suis" or tokens[i - 4:i - 3] == ["je"]))
            or (tokens[i - 2] in ("revenu", "revenue", "rentre", "rentree") and tokens[i - 3] in BEING_WORDS)):
        # the home now after the past ones: "j'ai vécu à Saint-Herblain… et maintenant je suis à Rezé", "j'ai habité à Metz 2
        # ans et là je suis revenu à Yutz" (nineteenth session, dev-SX)
        return WRITER_HOME
    for d in (i - 1, i - 2):
        if d < 0:
            continue
        # ("je crèche à Villeurbanne": a crèche is also a nursery, so only after "je")
        crashing = tokens[d] in ("creche", "creches") and d > 0 and tokens[d - 1] in _FIRST_PERSONS
        # "elle est partie habiter à Mérignac" (not "je voudrais habiter à Lyon")
        # ("vient de partir vivre à Voiron chez sa grand-mère", dev-QV; not "je veux partir vivre à Lyon")
        moved = tokens[d] in ("habiter", "vivre") and d > 0 and (tokens[d - 1] in MOVED_TO or (
            tokens[d - 1] == "partir" and tokens[max(0, d - 3):d - 1] in (["vient", "de"], ["viens", "de"])))
        if tokens[d] in ("vecu", "vecue") and tokens[d - 1:d] == ["toujours"] and (d == i - 1 or tokens[i - 1] in PLACE_MARKERS):
            return _dweller(tokens, d)  # "j'ai toujours vécu à Guebwiller" (dev-SP)
        if tokens[d] in PAST_DWELLING_WORDS and (d == i - 1 or tokens[i - 1] in PLACE_MARKERS):
            reported = d >= 3 and tokens[d - 2] in ("qu", "que") and tokens[d - 3] in ("dit", "explique")
            return _dweller(tokens, d) if reported else ELSEWHERE
        if (tokens[d] in DWELLING_WORDS or crashing or moved) and (d == i - 1 or tokens[i - 1] in PLACE_MARKERS):
            if tokens[d] in SET_UP and any(t in BUSINESSES for t in tokens[max(0, d - 4):d]):
                # "une entreprise de logistique installée à Saint-Quentin-Fallavier": where the employer
                # writes from, below the home of the young person it writes about
                return WRITER_HOME
            if any(t in PAST_HOME for t in tokens[max(0, d - 3):d]) or tokens[max(0, d - 2):d] in (["a", "ete"], ["ai", "ete"]):
                return ELSEWHERE  # "elle était auparavant domiciliée à Villeurbanne", "qui a été hébergé à Pontoise puis…"
            if tokens[d] == "habite" and tokens[max(0, d - 2):d] in (["j", "ai"], ["on", "a"], ["nous", "avons"]) and any(
                    t.isdigit() or t in ("ans", "an", "mois", "jusqu", "avant", "pendant") for t in tokens[i + 1:i + 4]):
                return ELSEWHERE  # a past home with its time: "j'ai habité à Metz 2 ans" (nineteenth session, dev-SX)
            # "j'ai déménagé de Lille": where one comes from
            return ELSEWHERE if d == i - 2 and before in ("de", "d", "du", "des") else _dweller(tokens, d)
    d = _complement_dwelling_word(tokens, i, breaks)
    if d is not None:
        return ELSEWHERE if tokens[d] in PAST_DWELLING_WORDS else _dweller(tokens, d)
    d = _town_noun_dwelling_word(tokens, i)
    if d is not None:
        return _dweller(tokens, d)
    # the marker before the name, then a few words back in the same clause
    marker = i - 1 if i > 0 and tokens[i - 1] in PLACE_MARKERS else i
    if marker == i - 1 and marker >= 1:  # ("jsuis sur paname", opening the message)
        being = tokens[marker - 1] in BEING_WORDS
        still = marker >= 2 and tokens[marker - 1] in STILL and tokens[marker - 2] in BEING_WORDS
        if (tokens[marker] == "sur" and (being or still)) or (tokens[marker] == "a" and still):
            return WRITER_HOME  # "je suis sur Valenciennes", "je suis toujours à Lens"
    for k in range(marker - 1, max(-1, marker - 1 - MAX_ELSEWHERE_DISTANCE), -1):
        if breaks and breaks[k + 1]:
            break
        if _lodging_at(tokens, k) or (tokens[k] in NEIGHBOURHOODS and marker == i - 1 and tokens[marker] in ("a", "sur")):
            # (not an origin, which is its own place's: "Un jeune originaire de Limoges est hébergé à Cognac"; twenty-fifth
            # session, dev-UU)
            if any((t in ELSEWHERE_WORDS and not (t in _ORIGINS and tokens[j + 1:j + 2] in (["de"], ["d"], ["a"])))
                   or t in _LEAVING for j, t in enumerate(tokens[:k]) if j >= k - 4) or tokens[max(0, k - 2):k] in (
                    ["a", "ete"], ["ai", "ete"]):
                # a workplace: "je suis éducateur spécialisé dans un foyer situé à Metz"; a lodging left: "qui a été
                # hébergé à Pontoise puis vient d'obtenir un logement à Osny" (dev-RS)
                return ELSEWHERE
            return _dweller(tokens, k)  # "en foyer à Laval", "part en appartement autonome à Pau"
        if tokens[k] in ELSEWHERE_WORDS:
            return ELSEWHERE
    return 0


# What young people ask for, right beside a town in a short message: "Bourges cej", "permis B aide aurillac"
NEEDS = {"cej", "formation", "formations", "job", "jobs", "stage", "stages", "permis", "apprentissage", "alternance",
         "emploi", "cv", "atelier", "ateliers", "rdv", "offre", "offres", "taf", "boulot", "travail", "aide", "aides",
         "inscription", "garantie", "pacea", "bafa", "interim", "contrat", "ans", "logement", "service", "civique",
         "mobilite", "bourse", "contact", "adresse", "horaires", "numero", "telephone", "conseiller",
         "conseillere", "jobdating", "engagement", "code", "accompagnement",
         "cap", "bts", "bac", "diplome", "saisonnier", "saisonniere",  # "Sete accompagnement jeune" (dev-RA), "Beauvais, CAP …" (dev-RC)
         # (thirty-fifth session, dev-ZE) "FAJ Vesoul", "psy gratuit Valenciennes ?", "apprenti mécanique Chartres", "mutuelle santé
         # Nevers", "CV lettre de motiv Mulhouse"
         "faj", "psy", "psychologue", "apprenti", "apprentie", "mutuelle", "motiv", "motivation",
         "fjt", "apl", "rsa", "caf", "hebergement", "epide", "e2c"}  # ("Alençon FJT"; thirty-seventh session, dev-ZY)
MAX_NEED_MESSAGE = 10  # words in all
NEED_DISTANCE = 1  # the need right before or after the town
# a town's name that is no ordinary word may stand a little further from the need: "cherche job d'été
# périgueux 17 ans", "formation cariste rodez c possible ?", "apprentissage mecanique vesoul"
FAR_NEED_DISTANCE = 3
OPENING_NEED_WORDS = 5  # "Bastia, besoin d'un rdv…": the need within five words after the opening town


GREETINGS = {"bonjour", "bjr", "bonsoir", "slt", "salut", "hello", "coucou", "cc", "yo", "wesh", "svp", "stp"}
# Words of leave-taking a signature follows
SIGN_OFFS = {"cordialement", "salutations", "merci", "bisous", "bises", "amicalement", "signe", "signee"}
# What may come before a first name opening the message: a greeting, "je suis", "moi c'est"
_BEFORE_OWN_NAME = GREETINGS | {"je", "suis", "moi", "c", "cest", "est"}
# Words by which the writer goes on after the town opening the message ("Roanne je cherche…")
WRITER_GOING_ON = {"je", "j", "jai", "jsuis", "jsui", "chui", "jcherche", "jveux", "moi", "besoin", "cherche",
                   "recherche", "jcherch", "jveu"}  # (typed short: "mulouz jcherch 1 formation"; dev-RJ)
# The writer's "I", as typed: right after a town opening the message without punctuation ("Trappes jveux…"), or
# after a first name set apart ("Nancy, je cherche…")
_FIRST_PERSON_OPENERS = WRITER_GOING_ON - {"moi", "besoin", "cherche", "recherche"}


# Words after a town's name that say which part of it ("Rouen rive gauche, …", "Avignon intra-muros, 20 ans")
DISTRICTS = (("rive", "gauche"), ("rive", "droite"), ("intra", "muros"), ("centre", "ville"), ("centre",))


def _past_district(tokens: List[str], end: int) -> int:
    """The end of a town's name ending at `end`, with the part of the town that follows it (`DISTRICTS`)."""
    for district in DISTRICTS:
        if tuple(tokens[end:end + len(district)]) == district:
            return end + len(district)
    return end


def _here_at(tokens: List[str], breaks: Optional[List[bool]], k: int) -> bool:
    """Whether tokens[k] is "ici" ending the message or a clause, right after a town: "douai ici", "bourgoin ici,
    j'ai 17 ans", "agen ici 👋 c ouvert…"."""
    return tokens[k:k + 1] == ["ici"] and (k + 1 == len(tokens) or bool(breaks and breaks[k + 1]))


def _opens(tokens: List[str], start: int, end: int) -> bool:
    """Whether the name at tokens[start:end] opens the message, or follows a greeting and is followed
    by an age ("Bonjour, Dax, 22 ans…")."""
    return start == 0 or (all(t in GREETINGS for t in tokens[:start]) and end + 1 < len(tokens)
                          and tokens[end].isdigit() and tokens[end + 1] == "ans")


# Words asking the mission locale for a service, after a town opening the message ("Vannes, vous pouvez
# m'aider…", "DUNKERQUE. je veux m'inscrire", "Lorient c ouvert le samedi ?")
SERVICE_ASKS = {"aider", "aidez", "inscrire", "inscris", "ouvert", "ouverte", "accompagnez", "accompagner",
                # its contact asked for ("melun, quel est le tel svp", "alès, vous avez un numéro whatsapp ?"; twenty-ninth session,
                # dev-WW)
                "tel", "telephone", "numero", "adresse", "mail", "horaires"}
# what may open a question about the town's services right after its name ("Beauvais c quoi le cej")
_ASKING_ON = {"c", "cest", "vous"}
# Words that open a question to the assistant right after "<town> et" ("carcassonne et c'est gratuit ?", "bressuire et y a des
# jobs… ?", "tulle et faut quoi comme papiers… ?", "chambery et il faut quels papiers… ?"): the writer goes on about the services
# there
# Words opening a question to the assistant ("menton quel numero appeler ?", "fougeres comment je m'inscris"; thirtieth session,
# dev-XM); "ou" only after "c'est" (`_asks_at`): alone, typed without its accent, it is "or" ("Bordeaux ou noir le costume ?")
_INTERROGATIVES = {"quel", "quelle", "quels", "quelles", "comment", "combien", "quand"}
_QUESTION_OPENERS = _ASKING_ON | _INTERROGATIVES | {"y", "ya", "faut", "on", "pour"}  # ("quimper et on peut venir sans rdv ?",
# "auxerre et pour le cej…"; dev-XA)


def _need_follows(tokens: List[str], end: int, breaks: Optional[List[bool]]) -> bool:
    """Whether, after a town opening the message (ending at `end`), the writer goes on with their own
    words, an age or a need: right after the name with no punctuation ("ROANNE 21 ANS…"), or within
    OPENING_NEED_WORDS words after punctuation ("Bastia, besoin d'un rdv", "limoje, c koi le contrat…",
    "Vannes, vous pouvez m'aider…") or after "c'est", "c", "vous" ("cahors c'est quoi les horaires"), maybe after "et" ("lorient et
    c'est combien le cej ?"; twenty-eighth session, dev-WO)."""
    if end >= len(tokens):
        return False
    if tokens[end] == "et" and end + 1 < len(tokens) and not (breaks and (breaks[end] or breaks[end + 1])) and tokens[end + 1] not in (
            "moi", "toi", "lui", "elle", "eux", "mon", "ma", "mes", "son", "sa", "ses"):  # (not "Ambroise et moi on veut…")
        if tokens[end + 1] in _QUESTION_OPENERS or tokens[end + 1:end + 3] in (["il", "faut"], ["il", "y"]):
            return True  # "carcassonne et c'est gratuit ?", "aurillac et y a du transport… ?" (twenty-ninth session, dev-WS)
        end += 1
    window = tokens[end:end + OPENING_NEED_WORDS]
    if breaks and breaks[end]:
        return any(w in NEEDS or w in SERVICE_ASKS for w in window)
    return _writer_or_need_at(tokens, end) or _asking_on(tokens, end)


def _asks_at(tokens: List[str], k: int) -> bool:
    """Whether a question to the assistant begins at tokens[k]: an interrogative, or "c'est" and one (or "où", "quoi") within
    two words ("lourdes c'est ou la mission locale", "plaisir c'est a quelle heure que vous fermez")."""
    if tokens[k:k + 1] and tokens[k] in _INTERROGATIVES:
        return True
    said = 2 if tokens[k:k + 2] == ["c", "est"] else 1 if tokens[k:k + 1] in (["c"], ["cest"]) else 0
    return bool(said) and any(w in _INTERROGATIVES | {"quoi", "ou"} for w in tokens[k + said:k + said + 3])


def _asking_on(tokens: List[str], end: int) -> bool:
    """Whether, right after a town's name (ending at `end`), "c'est" or "vous" asks about the services there:
    "Cognac, c'est possible de faire le CEJ… ?", "Muret c'est possible d'avoir un rdv demain ?" (dev-QT); not
    pointing back with "y" ("Orange, c'est possible d'y faire…") nor saying what it is ("Orange, c'est un bon
    employeur pour une alternance ?", dev-QU)."""
    asked_on = tokens[end:end + 2 * OPENING_NEED_WORDS]
    described = tokens[end:end + 2] == ["c", "est"] and tokens[end + 2:end + 3] != [] and tokens[end + 2] in DETERMINERS
    return (end < len(tokens) and tokens[end] in _ASKING_ON and "y" not in asked_on and not described
            and any(w in SERVICE_ASKS or w in NEEDS - {"ans"} for w in asked_on))


def _writer_or_need_at(tokens: List[str], k: int) -> bool:
    """Whether tokens[k] begins the writer's own words, an age or a need ("je veux", "21 ans", "cherche",
    "besoin", "cej")."""
    while k < len(tokens) and tokens[k] in GREETINGS:
        k += 1  # "Alençon bonjour jcherche du boulot"
    return k < len(tokens) and (tokens[k] in WRITER_GOING_ON or tokens[k] in NEEDS - {"ans"} or _age_at(tokens, k)
                                or _young_person_at(tokens, k))


def _young_person_at(tokens: List[str], k: int) -> bool:
    """Whether tokens[k] begins a young person the message is about: named with a determiner ("mon fils", "ma
    petite-fille") or a "jeune" whose need or age follows ("jeune sans diplome cherche emploi"; dev-QT)."""
    if k < len(tokens) and tokens[k] == "jeune":
        # (and "jeune de" an age: "… jeune de 17 ans qui veut arrêter le lycée"; thirty-first session, dev-XQ)
        return any(w in NEEDS or w in WRITER_GOING_ON for w in tokens[k + 1:k + 6]) or _age_at(tokens, k + 1) or (
            tokens[k + 1:k + 2] == ["de"] and _age_at(tokens, k + 2))
    if tokens[k:k + 1] in (["mon"], ["ma"]) and tokens[k + 1:k + 2] in (["gamin"], ["gamine"], ["gosse"]) and any(
            _age_at(tokens, j) for j in range(k + 2, k + 5)):
        return True  # "roanne mon gamin a 16 ans il fait rien de ses journées" (dev-XQ)
    return k < len(tokens) and tokens[k] in _YOUNG_DETERMINERS and _names_young_person(tokens[k:k + 3])


# Words of years after a number: "17 an", "19 lanné" (Antillean creole)
YEARS = {"ans", "an", "lanne", "lane"}


def _age_at(tokens: List[str], k: int) -> bool:
    """Whether tokens[k] begins an age: "21 ans", "19ans", "18a", "19 lanné"."""
    return k < len(tokens) and bool(re.fullmatch(r"\d+ans|(1[5-9]|2\d)a", tokens[k]) or (
        tokens[k].isdigit() and k + 1 < len(tokens) and tokens[k + 1] in YEARS))


def _own_age_at(tokens: List[str], k: int) -> bool:
    """Whether tokens[k] begins the writer's age: "22 ans", "jai 22 ans", "j'ai 22 ans"."""
    if tokens[k:k + 1] == ["jai"]:
        k += 1
    elif tokens[k:k + 2] == ["j", "ai"]:
        k += 2
    return _age_at(tokens, k)


def _goes_on_after(parsed: "ParsedMessage", end: int) -> bool:
    """Whether, after the town ending at `end` and punctuation other than "!", the writer goes on with their own
    words, an age or a need ("Évreux, besoin d'infos…", "Caen, bonjour, j'ai besoin…"; "NICE !!! j'ai eu mon
    entretien" is an exclamation)."""
    return (bool(parsed.breaks) and end < len(parsed.tokens) and parsed.breaks[end]
            and not (parsed.exclaimed and parsed.exclaimed[end]) and _writer_or_need_at(parsed.tokens, end))


def _need_beside(tokens: List[str], start: int, end: int, breaks: Optional[List[bool]], distance: int = NEED_DISTANCE) -> bool:
    """Whether a short message names, right beside the town at tokens[start:end] and with no word of
    place before it, something young people ask for (`NEEDS`): "Bourges cej", "permis B aide
    aurillac", "ptit boulot roanne pr l'été" (not "vacances à Biarritz, le CEJ continue ?")."""
    # (a town opening the message counts the words of its sentence: "Vannes stage. J'ai 17 ans et je dois…"; dev-RC)
    length = next((k for k in range(end + 1, len(tokens)) if breaks and breaks[k]), len(tokens)) if start == 0 else len(tokens)
    if length > MAX_NEED_MESSAGE or (start > 0 and tokens[start - 1] in PLACE_MARKERS):
        return False
    before = range(max(0, start - distance), start)
    after = range(end, min(len(tokens), end + distance))
    for k in list(before) + list(after):
        lo, hi = (k, start) if k < start else (end - 1, k)
        if tokens[k] in NEEDS and not (breaks and any(breaks[j] for j in range(lo + 1, hi + 1))):
            return True
    return False


# Words after "ou" that make it "où" ("Pierrelatte où je loge")
_WHERE_FOLLOWERS = {"j", "je", "jhabite", "jvis", "on", "nous", "il", "elle", "ils", "elles", "y", "mon", "ma", "mes"}
# Pronouns a verb follows, never a town's name: "je me rappelle plus"
_SUBJECT_PRONOUNS = {"je", "tu", "il", "elle", "on", "ils", "elles", "me", "te", "se", "m", "t", "s"}
# Words of living and "mission locale" as typed, after which a word may be a big town's name without its article
_LIVING_OR_MISSION = DWELLING_WORDS | {"locale", "locales", "local", "ml", "mloc", "missionlocale"}


def _strongly_announced(tokens: List[str], i: int) -> bool:
    """Whether strong words of place come right before tokens[i] ("j'habite", "mission locale",
    "je suis à", "mission locale de")."""
    before, before2 = _words_before(tokens, i)
    return _dwells(before, before2) or before in STRONG_MARKERS or (
        before in PLACE_MARKERS and before2 in LIVING_WORDS) or (
        # "je vie a Limoge" (twenty-third session, dev-TZ)
        before in ("a", "au") and before2 == "vie" and i > 2 and tokens[i - 3] in ("je", "j"))


def _name_like(words: List[str], is_common=None) -> bool:
    """Whether `words` can be the words of a place name: its first and last neither a stopword nor
    a number (with `is_common`, the last no ordinary word either), those between them too, or
    articles and prepositions ("aix en provance", "lhay les roses")."""
    if not words:
        return False

    def plain(w: str) -> bool:
        return w not in STOPWORDS and not w.isdigit()

    return (plain(words[0]) and plain(words[-1]) and not (is_common is not None and is_common(words[-1]))
            and all(plain(w) or w in ARTICLES for w in words[1:-1]))


# A French sound-alike spelling, for the big towns people write as they hear them ("bordo",
# "dunkerk", "cherbour"): ordered rewrites, then doubled letters and silent final letters dropped.
_SOUNDS = [("^saint(?=e?[a-z])", "sin"), ("^sain(?=[^aeiouy])", "sin"),  # "sin nazer", "sinkantin"
           ("s?ch", "ch"), ("sh", "ch"),  # "shiltigem": Schiltigheim
           # (a "u" only hardening the "g", kept hard as "G": "guingan", Guingamp; eighteenth session, dev-SL)
           ("gh", "g"), ("gu(?=[eiy])", "G"), ("c(?=[eiy])", "s"), ("g(?=[ei])", "j"),  # "ex en provanse", "limoge"
           ("ault", "o"),  # "chatelero": Châtellerault
           ("aulx", "o"),  # "vo en velin": Vaulx-en-Velin (dev-SL)
           ("ueil", "euil"), ("euill?e?", "eui"),  # "arjanteuye": Argenteuil (dev-SL)
           ("eaux", "o"), ("eau", "o"), ("aux(?![aeiouy])", "o"), ("au", "o"), ("aone", "one"), ("aon", "an"), ("x(?=[aeiouy])", "s"),  # ("lan": Laon; dev-SL)
           ("(?<=n)t(?=[bcdfgjklmpqsvwz])", ""),  # "mont" before a consonant: Montluçon, Montbéliard
           ("que(?=$|[^aeiouymn])", "k"), ("qu", "k"), ("ck", "k"),
           ("[ck]s(?=[aeiouy])", "s"),  # "ocser": Auxerre, "ajaksio": Ajaccio, as "x" before a vowel (dev-SN)
           ("ph", "f"), ("gn", "ni"), ("eille", "ey"), ("eil", "ey"), ("aille", "ay"), ("ail", "ay"),
           # the nasal "in" before a consonant: "stin" (Stains), "rins" (Reims) (twenty-seventh session, dev-VS)
           ("[ae]i[nm](?![aeiouyn])", "in"),
           ("ai", "e"), ("ei", "e"),
           # "bwa": bois ("onay sous bwa": Aulnay-sous-Bois; twentieth session, dev-TB); a final "oa" ("troa": Troyes, "bloa":
           # Blois; twenty-seventh session, dev-VS)
           ("y", "i"), ("oi(?!n)", "wa"), ("oa$", "wa"),
           ("tz$", "s"), ("z", "s"),  # (a final "tz" sounds "s": "mess en moselle", Metz; dev-RQ)
           ("em(?![aeiou])", "an"), ("en(?![aeiou])", "an"), ("am(?![aeiou])", "an"), ("c(?=[aou])", "k")]
SOUND_ALIKE_MIN_POPULATION = 5_000  # "landivisio": Landivisiau, 8,900 inhabitants
SOUND_ALIKE_FIRST_WORD_MIN_POPULATION = 20_000  # "cherbour", "vitry": only a big town's first word
ARTICLE_DROPPED_MIN_POPULATION = 20_000  # "rochelle", "havre": a big town's name without its article
# a town whose sound is one letter away from a word's, where a place is announced: this many inhabitants, and a sound of
# this many letters ("vilurbane": Villeurbanne; eighteenth session, dev-SN)
NEAR_SOUND_MIN_POPULATION = MARKED_TOWN
NEAR_SOUND_MIN_KEY = 6
SHORT_SOUND_MIN_POPULATION = BIG_TOWN  # a word of three letters sounds like a town only if it is big: "kan", "nim"
NUMBER_UNITS = {"ans", "an", "h", "heures", "heure", "euros", "eur", "mois", "jours", "jour", "min", "minutes", "km",
                "semaines", "fois", "kg", "cl", "balais", "piges"}
DEPARTMENT_FUZZY_CUTOFF = 80  # a misspelled town with its department: "tarbe 65", "anger dans le 49"
ABBREVIATED_MIN_POPULATION = 5_000  # "clermont fd", "aix en pce": only a town's usual abbreviation


# Arrondissements said in words or roman numerals: "Lyon huitième", "Paris XIIe"
_ORDINAL_WORDS = {word: n for n, words in enumerate([
    ("premier", "premiere", "premie"), ("deuxieme", "second", "seconde"), ("troisieme",), ("quatrieme",), ("cinquieme",),
    ("sixieme",), ("septieme",), ("huitieme",), ("neuvieme",), ("dixieme",), ("onzieme",), ("douzieme",),
    ("treizieme",), ("quatorzieme",), ("quinzieme",), ("seizieme",), ("dix septieme",), ("dix huitieme",),
    ("dix neuvieme",), ("vingtieme",)], start=1) for word in words}
# words that are also school years or ranks ("je suis en seconde à Lyon", "en première à Paris"): an
# arrondissement only right after the city or before "arrondissement"
_SCHOOL_ORDINALS = {"premier", "premiere", "second", "seconde"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}
_CITIES = "(" + "|".join(ARRONDISSEMENT_CITIES) + ")"
# Marseille as typed fast or as heard before its arrondissement's number ("mision local marseil 11", "marsseille 13e";
# fifteenth session, dev-RO); the shorter cities' names are left as typed ("pari 15" is a bet)
_MARSEILLE_TYPED = re.compile(r"\bmar+s+e+i*l+e*\b")
# Lyon as heard, before an arrondissement's number with its ending ("Mission locale de Lion 3e"; twenty-third session,
# dev-TT): no Lion-sur-Mer has arrondissements
_LYON_HEARD = re.compile(r"\blion (?=[1-9] ?(e|er|eme|ieme|em|me)\b)")


# The gates of Paris named after a neighbouring commune ("porte de Clichy", "porte des Lilas"): a place in Paris, not the
# commune (twenty-third session, dev-TP: "jhabite porte de clichy dans le 17e")
PARIS_GATES = {"clichy", "saint ouen", "aubervilliers", "pantin", "lilas", "bagnolet", "montreuil", "vincennes", "charenton",
               "ivry", "choisy", "vanves", "versailles", "saint cloud", "gentilly", "chatillon", "asnieres", "montrouge"}
_PARIS_GATE = re.compile(r"\bporte (de |d |des )(" + "|".join(sorted(PARIS_GATES, key=len, reverse=True)) + r")\b")


def is_paris_gate(tokens: List[str], start: int, end: int) -> bool:
    """Whether the name at tokens[start:end] follows "porte de" and names a gate of Paris."""
    return start >= 2 and tokens[start - 2] == "porte" and tokens[start - 1] in ("de", "d", "des") and " ".join(
        tokens[start:end]) in PARIS_GATES


# An arrondissement's number right after words of living ("j'habite dans le 17e"), the city named elsewhere in the message
_DWELT_ARRONDISSEMENT = re.compile(r"\b(j habite|jhabite|habite|je vis|il vit|elle vit|vivons|habitons) (dans le|le) (\d{1,2})"
                                   r"\s?(e|er|eme|ieme|em|me)\b")


# Words of living before "à Eu", the one town of some size named like a word too short and common to be read
# elsewhere ("j'ai eu", "il a eu"): "un jeune qui habite à Eu" (fifteenth session, dev-RO; 6,499 inhabitants)
_LIVING_BEFORE_EU = {"habite", "habites", "habitent", "habitons", "habitez", "vis", "vit", "vivent", "vivons", "jhabite",
                     "jvis", "reside", "residons", "est", "suis", "sont", "sommes",  # ("ma fille est à Eu, près du Tréport"; dev-RV)
                     "jsuis", "jsui", "chui"}  # ("jsuis a Eu en seine maritime"; twenty-first session, dev-TJ)


def _eu_as_the_town(tokens: List[str], at: int) -> bool:
    """Whether the word "eu" at `at` names the town: after words of living and "à", or after "mission locale d'"."""
    if tokens[at] == "eu" and at >= 2 and tokens[at - 1] in ("d", "de") and tokens[at - 2] in MENTION_ENDS:
        return True  # "la mission locale d'Eu, en Seine-Maritime" (twenty-second session, dev-TP)
    if tokens[at] == "eu" and _town_named(tokens, at):
        return True  # "Ma commune s'appelle Eu, en Seine-Maritime" (thirty-fifth session, dev-ZC)
    # (an adverb between: "une ancienne élève vit maintenant à Eu"; seventeenth session, dev-SJ)
    k = at - 2
    while k > 0 and (tokens[k] in STILL or tokens[k] in ADVERBS):
        k -= 1
    return tokens[at] == "eu" and at >= 2 and tokens[at - 1] == "a" and tokens[k] in _LIVING_BEFORE_EU


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # "dix huitieme" before "huitieme"


_AFTER_CITY = re.compile(rf"\b{_CITIES} ({_alternatives(_ORDINAL_WORDS)})\b")
_BEFORE_ARRONDISSEMENT = re.compile(rf"\b({_alternatives(_ORDINAL_WORDS)}) (arrondissement|arr)\b")
_BEFORE_CITY = re.compile(rf"\b({_alternatives(set(_ORDINAL_WORDS) - _SCHOOL_ORDINALS)}) (a|de|du|sur) {_CITIES}\b")
_ROMAN_AFTER_CITY = re.compile(rf"\b{_CITIES} ([ivx]+)(e|er|eme)\b")


def _ordinals_as_numbers(norm: str) -> str:
    """`norm` with an arrondissement's ordinal in words or roman numerals as a number, where it
    follows the city, comes before "arrondissement", or (not a school year) before "à" and the city:
    "lyon huitieme" -> "lyon 8e", "paris xiie" -> "paris 12e", "le dix huitieme a paris" -> "le 18e a paris"."""
    norm = _AFTER_CITY.sub(lambda m: f"{m.group(1)} {_ORDINAL_WORDS[m.group(2)]}e", norm)
    norm = _BEFORE_ARRONDISSEMENT.sub(lambda m: f"{_ORDINAL_WORDS[m.group(1)]}e {m.group(2)}", norm)
    norm = _BEFORE_CITY.sub(lambda m: f"{_ORDINAL_WORDS[m.group(1)]}e {m.group(2)} {m.group(3)}", norm)
    return _ROMAN_AFTER_CITY.sub(lambda m: f"{m.group(1)} {_ROMAN[m.group(2)]}e" if m.group(2) in _ROMAN else m.group(0), norm)


def _abbreviates(short: List[str], full: List[str]) -> bool:
    """Whether each word of `short` is the word of `full` or an abbreviation of it (its first letter,
    then some of its other letters in order), at least one of them shortened."""
    shortened = False
    for typed, word in zip(short, full):
        if typed == word:
            continue
        if typed[0] != word[0] or len(typed) >= len(word):
            return False
        rest = iter(word[1:])
        if not all(letter in rest for letter in typed[1:]):
            return False
        shortened = True
    return shortened


@lru_cache(maxsize=65536)  # a pure function of the word, asked for the same words in message after message
def sound_key(word: str) -> str:
    """How a word sounds, roughly, in French spelling (no accents, lower case)."""
    word = re.sub(r"ts$", "tz", word)  # "biarits": Biarritz (twenty-fifth session, dev-UY)
    # "sen nazer": Saint-Nazaire, its "saint" written as heard and apart
    key = re.sub(r"(.)\1+", r"\1", re.sub(r"^(s[ae]i?n|st) ", "saint ", word).replace(" ", ""))  # "valenciene": Valenciennes
    for pattern, replacement in _SOUNDS:
        key = re.sub(pattern, replacement, key)
    key = re.sub(r"(?<!c)h", "", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    # "monpelié": Montpellier, whose final "ier" sounds "ié"
    return re.sub(r"e$", "", re.sub(r"ier$", "ie", re.sub(r"[stxdgp]$", "", re.sub(r"e$", "", key)))) or key


def opens_question(parsed: ParsedMessage, match: _Match, asks_for_one: bool = False, areas: Iterable[str] = ()) -> bool:
    """Whether this name of four letters or more stands apart between punctuation marks (or opens
    the message) in a message that asks a question ("Valenciennes, est-ce que c'est gratuit ?",
    "17 ans, Maubeuge, je peux venir ?") or, `asks_for_one`, names the mission locale ("Belfort.
    Je voudrais savoir où se trouve la mission locale."); not one of things listed ("Sedan, berline, SUV :
    je veux vendre des voitures": `_in_a_list`, `areas` the names of departments and regions)."""
    tokens, breaks = parsed.tokens, parsed.breaks
    return (bool(breaks) and (match.start == 0 or breaks[match.start]) and match.end < len(tokens)
            and breaks[match.end] and (parsed.question or asks_for_one)
            and len("".join(tokens[match.start:match.end])) >= 4
            and not _in_a_list(tokens, breaks, match.start, match.end, areas))


def ends_after_question(parsed: ParsedMessage, match: _Match, first_names: Iterable[str]) -> bool:
    """Whether this name of four letters or more, no first name (`first_names`: "… on peut décaler ? Mathieu" signs the message), is
    all that follows the message's last question mark, after a question: "aide au permis possible pour moi ? belfort", "Vous aidez
    pour le dossier de logement étudiant ? Antibes" (thirty-fourth session, dev-YS)."""
    typed = " ".join(parsed.tokens[match.start:match.end])
    return (parsed.after_question is not None and 0 < match.start == parsed.after_question and match.end == len(parsed.tokens)
            and len(typed.replace(" ", "")) >= 4 and typed not in first_names)


def _in_a_list(tokens: List[str], breaks: Optional[List[bool]], start: int, end: int, areas: Iterable[str] = ()) -> bool:
    """Whether the name at tokens[start:end] is one of at least three things of one to three words each listed
    between punctuation ("Chablis, Pommard, Sancerre, Cahors : je dois tout apprendre…", "Die Hard, Taxi,
    Dunkerque : j'adore les films d'action", "je sais présenter : Camembert, Brie, Roquefort, Saint-Nectaire."); not
    a town with its department or region (`areas`: their names): "Lorient, Morbihan, Bretagne"."""
    if not breaks or not breaks[start] and start > 0 or (end < len(tokens) and not breaks[end]):
        return False
    cuts = [0] + [k for k in range(1, len(tokens)) if breaks[k]] + [len(tokens)]
    items = list(zip(cuts, cuts[1:]))
    here = next((n for n, (a, b) in enumerate(items) if a <= start < b), None)

    def is_item(n: int) -> bool:
        a, b = items[n]
        return 1 <= b - a <= 3 and " ".join(tokens[a:b]) not in areas and not any(
            w.isdigit() or w in GREETINGS or w in ("merci", "ans") or (w in STOPWORDS and w not in ARTICLES)
            for w in tokens[a:b])
    if here is None or not is_item(here):
        return False
    first = here
    while first > 0 and is_item(first - 1):
        first -= 1
    last = here
    while last + 1 < len(items) and is_item(last + 1):
        last += 1
    return last - first + 1 >= 3


# "!" and cheering emojis (🔥 🎉 🥳 👏 💪 🤩 😍 ✨ 🙌 👌)
_CHEERING = re.compile("[!\U0001F525\U0001F389\U0001F973\U0001F44F\U0001F4AA\U0001F929\U0001F60D\u2728\U0001F64C\U0001F44C]")


def _raw_words(text: str) -> Tuple[List[str], List[bool], List[bool]]:
    """The words of `text` as typed (accents removed, case kept), aligned with `normalise(text)`'s
    tokens, and for each whether a punctuation mark (, . ; : ! ?) separates it from the word before, and
    whether that mark is "!" or a cheer (`_CHEERING`); the last list has one more flag, for what follows the last
    word ("nice 👌")."""
    plain = without_accents(text)
    parts = re.split(r"([^A-Za-z0-9]+)", plain)
    words, breaks, exclaimed, separator = [], [], [], ""
    for part in parts:
        if not part:
            continue
        if re.fullmatch(r"[A-Za-z0-9]+", part):
            words.append(part)
            # "Haguenau + c'est payant ?", "Grenoble 🙋 je veux…"
            breaks.append(bool(re.search(r"[,.;:!?—–()+/|\U0001F000-\U0001FAFF\u2600-\u27BF]|\s-\s", separator)))
            # (a cheering emoji counts as "!": "NICE 🔥🔥 j'ai eu mon permis"; dev-QZ)
            exclaimed.append(bool(_CHEERING.search(separator)))
            separator = ""
        else:
            separator = part
    # (one more: after the last word, "nice 👌"; dev-RM)
    return words, breaks, exclaimed + [bool(_CHEERING.search(separator))]


# Acronyms typed in capitals in messages that are not: the network's schemes and diplomas
ACRONYMS = {"cej", "faj", "bafa", "pacea", "cv", "cap", "bts", "bac", "rsa", "caf", "ml", "rdv", "cpf", "sst", "psc1", "but", "dut",
            "cfa", "pmsmp", "epide", "e2c", "ft", "apl", "ij"}
Marks = Tuple[Optional[List[bool]], Optional[List[bool]], Optional[List[bool]], Optional[List[bool]]]


def typed_marks(text: str) -> Marks:
    """For each token of `normalise(text)`: whether the user wrote it with a capital letter; whether
    punctuation separates it from the token before ("suivi à la mission locale, allons-nous…": "allons" is
    not what follows "mission locale"); whether it was typed in capitals, two letters or more, the word
    stressed ("VANNES. Mon fils a 19 ans…"); whether that punctuation is "!" ("NICE !!! j'ai eu mon CAP").
    The capitals and stresses are None when the message is in capitals, where a capital says nothing; all
    four are None when the tokens cannot be aligned."""
    raw, breaks, exclaimed = _raw_words(text)
    if len(raw) != len(normalise(text).split()):
        return None, None, None, None
    # (an acronym of the network says nothing of the rest: "BAFA Alès", "PACEA Mâcon"; thirty-fifth session, dev-ZG)
    letters = [c for word in raw if not (word.isupper() and normalise(word) in ACRONYMS) for c in word if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
        return None, breaks, None, exclaimed
    return ([word[:1].isupper() for word in raw], breaks,
            [len(word) >= 2 and word.isalpha() and word.isupper() for word in raw], exclaimed)


class KnowledgeBase:
    def __init__(self, communes: dict, aliases: dict, structures: List[dict], territoires: dict,
                 common_words: Iterable[str] = (), first_names: Iterable[str] = ()) -> None:
        """From the JSON of kb/ (see `load`); the short JSON keys are expanded here, once."""
        self.communes: Dict[str, dict] = {code: _expanded(c, COMMUNE_FIELDS) for code, c in communes.items()}
        self.structures: Dict[str, Structure] = {
            s["code"]: Structure(**_expanded(s, STRUCTURE_FIELDS)) for s in structures}
        self.departments: Dict[str, dict] = {
            code: _expanded(d, DEPARTMENT_FIELDS) for code, d in territoires["departements"].items()}
        self.regions: Dict[str, str] = territoires["regions"]
        self.groupings: Dict[str, str] = territoires["epci"]
        self.regional_associations: Dict[str, RegionalAssociation] = {
            key: RegionalAssociation(name=a["nom"], regions=a["regions"], region_codes=a["codes_region"].split(),
                                     website=a.get("site_web"), phone=a.get("telephone"))
            for key, a in territoires["arml"].items()}
        self.referential_date: str = territoires["referentiel_date"]
        self.coverage_date: str = territoires["couverture_date"]
        # ordinary French words (kb/mots_courants.txt): a commune named like one needs more evidence,
        # and none is ever corrected into a commune's name
        self.common_words = (frozenset(common_words) - RARE_WORD_TOWNS) | ENGLISH_WORD_TOWNS
        # the most given first names (kb/prenoms.txt): one opening the message before an age or a role
        # names the writer or the young person, not a town ("Albert, 61 ans, …")
        self.first_names = frozenset(normalise(n) for n in first_names)
        communes = self.communes  # expanded

        self.by_name: Dict[str, List[str]] = {}
        for code, c in communes.items():
            if "city" not in c:
                self.by_name.setdefault(normalise(c["name"]), []).append(code)
        for _, (name, chef_lieu) in sorted(aliases.items()):
            key = normalise(name)
            if chef_lieu not in self.by_name.get(key, []):
                self.by_name.setdefault(key, []).append(chef_lieu)
        for other, (name, department) in OTHER_NAMES.items():
            codes = [c for c in self.by_name.get(normalise(name), []) if communes[c]["department"] == department]
            known = self.by_name.setdefault(normalise(other), [])
            known.extend(c for c in codes if c not in known)
        # spelling corrections aim at the names as written (not "bourget" for Le Bourget: "bourge" is Bourges)
        self._fuzzy_names = sorted(k for k in self.by_name if len(k) >= 4)
        # names typed without their article ("Courneuve", "Lamentin" for Le Lamentin as well as Lamentin)
        for name, codes in list(self.by_name.items()):
            bare = re.match(r"^(?:le|la|les|l) (.+)$", name)
            if bare and not self.is_common_word(bare.group(1)):  # "grave" is no La Grave
                known = self.by_name.setdefault(bare.group(1), [])
                known.extend(c for c in codes if c not in known)
        # the communes whose name begins with another name: "charleville" -> Charleville-Mézières
        self.by_name_start: Dict[str, List[str]] = {}
        for name, codes in self.by_name.items():
            words = name.split()
            for size in range(1, len(words)):
                self.by_name_start.setdefault(" ".join(words[:size]), []).extend(codes)
        self.by_postcode: Dict[str, List[str]] = {}
        cities_with_arrondissements = set(CITY_CODES.values())
        for code, c in communes.items():
            if code in cities_with_arrondissements:
                continue
            for postcode in c["postcodes"]:
                self.by_postcode.setdefault(postcode, []).append(code)
        self.department_by_name = {normalise(d["name"]): code for code, d in self.departments.items()}
        for name, code in list(self.department_by_name.items()):  # "reunion" for La Réunion
            short = re.sub(r"^(la|le|les|l) ", "", name)
            if short != name and short not in self.department_by_name:
                self.department_by_name[short] = code
        for name, code in OTHER_DEPARTMENT_NAMES.items():
            self.department_by_name.setdefault(name, code)
        # for a department's name misspelled ("dans le gerre", "en ariej"): its sound, and its names in a list
        self._department_sounds = {sound_key(name): code for name, code in self.department_by_name.items()
                                   if not name[0].isdigit()}
        self._department_names_listed = list(self.department_by_name)
        self.region_by_name = {normalise(n): code for code, n in self.regions.items()}
        for name, code in territoires["anciennes_regions"].items():
            self.region_by_name.setdefault(normalise(name), code)
        for name, code in OTHER_REGION_NAMES.items():
            self.region_by_name.setdefault(name, code)
        # (a town with its department or region is no list of things: "Lorient, Morbihan, Bretagne")
        self.area_names = frozenset(self.department_by_name) | frozenset(self.region_by_name)
        self._communes_per_dept: Dict[str, int] = {}
        # Paris, Lyon, Marseille: the structures covering their arrondissements, gathered once
        self._covering_city: Dict[str, set] = {}
        for c in communes.values():
            if "city" not in c:
                self._communes_per_dept[c["department"]] = self._communes_per_dept.get(c["department"], 0) + 1
            elif c.get("covered_by"):
                self._covering_city.setdefault(c["city"], set()).add(c["covered_by"])
        self._names_by_length: Dict[int, List[str]] = {}
        for name in self._fuzzy_names:
            self._names_by_length.setdefault(len(name), []).append(name)
        # names of several words by their first word, for abbreviations ("clermont fd")
        self._long_names_by_first: Dict[str, List[str]] = {}
        for name in self._fuzzy_names:
            words = name.split()
            if len(words) > 1 and len(words[0]) >= 3 and self._population(name) >= ABBREVIATED_MIN_POPULATION:
                self._long_names_by_first.setdefault(words[0], []).append(name)
        self._closest_cache: Dict[str, Optional[Tuple[str, float]]] = {}
        self._department_names: Dict[str, List[str]] = {}  # filled on first use
        self._names_near_length: Dict[int, List[str]] = {}
        # big towns by how they sound, the whole name or, for a name of several words, its first
        # word when no other big town's name begins with it ("cherbour": Cherbourg-en-Cotentin)
        sounds: Dict[str, Dict[Tuple[str, ...], str]] = {}
        for name in self._fuzzy_names:
            if self._population(name) >= SOUND_ALIKE_MIN_POPULATION:
                codes = tuple(sorted(self.by_name[name]))
                sounds.setdefault(sound_key(name), {})[codes] = name
                # a cedilla is lost in the normalised name: "Montluçon" sounds "monlusson"
                for original in {self.communes[c]["name"].lower() for c in codes}:
                    if "ç" in original:
                        sounds.setdefault(sound_key(normalise(original.replace("ç", "ss"))), {})[codes] = name
                words = [w for w in name.split() if w not in ARTICLES]
                if len(words) > 1 and words[0] not in ("saint", "sainte") and (
                        self._population(name) >= SOUND_ALIKE_FIRST_WORD_MIN_POPULATION):
                    sounds.setdefault(sound_key(words[0]), {})[codes] = name
        self._by_sound = {key: next(iter(names.values())) for key, names in sounds.items() if len(names) == 1}
        # the towns of NEAR_SOUND_MIN_POPULATION inhabitants or more by their whole name's sound, for a sound one step away
        self._near_sounds = [(key, name) for key, name in self._by_sound.items()
                             if len(key) >= NEAR_SOUND_MIN_KEY and self._population(name) >= NEAR_SOUND_MIN_POPULATION
                             and name == self._by_sound.get(sound_key(name))]
        self._near_keys = [key for key, _ in self._near_sounds]
        self._name_sounds: Dict[str, str] = {}  # a commune name's sound_key, computed at first use
        self._region_names: Dict[str, List[str]] = {}  # the names of a region's communes, gathered at first use
        # every commune's and arrondissement's official name, normalised, and each department's, gathered at first use
        # (`communes_named`, which reads the labels of the test sets)
        self._official_names: Optional[Tuple[Dict[str, List[str]], Dict[str, List[Tuple[str, str]]]]] = None

        self.by_seat: Dict[str, List[str]] = {}
        self.by_department: Dict[str, List[str]] = {}
        self.by_region: Dict[str, List[str]] = {}
        self.merged_by_seat: Dict[str, List[str]] = {}
        for s in self.structures.values():
            if not s.current:
                if s.seat:
                    self.merged_by_seat.setdefault(s.seat, []).append(s.code)
                continue
            if s.seat:
                self.by_seat.setdefault(s.seat, []).append(s.code)
            self.by_department.setdefault(s.department, []).append(s.code)
            self.by_region.setdefault(s.region, []).append(s.code)
        for index in (self.by_seat, self.by_department, self.by_region):
            for codes in index.values():
                codes.sort()

    # ------------------------------------------------------------- loading
    @classmethod
    def load(cls, directory: Path = KB_DIR) -> "KnowledgeBase":
        communes = json.loads((directory / "communes.json").read_text(encoding="utf-8"))
        structures = json.loads((directory / "structures.json").read_text(encoding="utf-8"))
        territoires = json.loads((directory / "territoires.json").read_text(encoding="utf-8"))
        words_file = directory / "mots_courants.txt"
        words = words_file.read_text(encoding="utf-8").split() if words_file.is_file() else []
        names_file = directory / "prenoms.txt"
        names = names_file.read_text(encoding="utf-8").split() if names_file.is_file() else []
        return cls(communes["communes"], communes["aliases"], structures, territoires, words, names)

    # ------------------------------------------------------------- labels
    def commune_label(self, code: str) -> str:
        c = self.communes[code]
        if "city" in c:
            return re.sub(r" (\d+)(er|e) Arrondissement$", r" \1\2", c["name"])
        department = c["department"]
        if department.startswith("97") and department in self.departments:
            return f"{c['name']} ({self.departments[department]['name']})"
        return f"{c['name']} ({department})"

    def department_label(self, code: str) -> str:
        return f"{self.departments[code]['name']} ({code})"

    def communes_named(self, name: str, department: Optional[str] = None) -> List[str]:
        """The codes of the communes of this official name (in this department): a name given
        without its suffix ("Montreuil" for Montreuil-sur-Mer, 62) matches on the name's start
        within the department."""
        key = normalise(name)
        official, in_department = self._official_name_index()
        # the municipal arrondissements are not among the names searched ("Paris 18e Arrondissement")
        codes = list(self.by_name.get(key, [])) or list(official.get(key, []))
        if department:
            codes = [c for c in codes if self.communes[c]["department"] == department] or [
                c for name_, c in in_department.get(department, []) if name_.startswith(key + " ")]
        return codes

    def _official_name_index(self) -> Tuple[Dict[str, List[str]], Dict[str, List[Tuple[str, str]]]]:
        """The codes by normalised official name, and each department's (normalised name, code), in the
        communes' order; built at the first call."""
        if self._official_names is None:
            official: Dict[str, List[str]] = {}
            in_department: Dict[str, List[Tuple[str, str]]] = {}
            for code, commune in self.communes.items():
                key = normalise(commune["name"])
                official.setdefault(key, []).append(code)
                in_department.setdefault(commune["department"], []).append((key, code))
            self._official_names = (official, in_department)
        return self._official_names

    # ------------------------------------------------------------ structures
    def _city(self, code: str) -> str:
        return self.communes[code].get("city", code)

    def structures_for_commune(self, code: str) -> Tuple[str, List[str], Optional[str]]:
        """(level, ordered structure codes, grouping name) for a commune or arrondissement code:
        the official coverage first, else the guess from the seats."""
        commune = self.communes[code]
        if commune.get("covered_by"):
            return "couverture", [commune["covered_by"]], None
        covering = self._covering_city.get(code)  # Paris, Lyon, Marseille: by arrondissement
        if covering:
            return "couverture", sorted(covering), None
        return self.structures_by_seat(code)

    def structures_by_seat(self, code: str) -> Tuple[str, List[str], Optional[str]]:
        """The guess where the coverage has no answer: the current structures whose seat is in the
        commune, else its EPT or EPCI, else its arrondissement, else its department."""
        commune = self.communes[code]
        department = commune["department"]
        if department == MAYOTTE:
            return "departement", list(self.by_department.get(MAYOTTE, [])), None
        city = self._city(code)
        found = self.by_seat.get(city, [])
        if found:
            return "commune", self._order(found, department), None
        city_data = self.communes[city]
        for level in ("ept", "epci"):  # the commune's grouping keys are named after their level
            grouping = city_data.get(level)
            if grouping:
                seats = [s for s in self.by_seat if self.communes.get(s, {}).get(level) == grouping]
                codes = [c for s in seats for c in self.by_seat[s]]
                if codes:
                    return level, self._order(codes, department), self.groupings.get(grouping)
        arrondissement = city_data.get("arrondissement")
        if arrondissement:
            codes = [
                c for s, cs in self.by_seat.items()
                if self.communes.get(s, {}).get("arrondissement") == arrondissement and self.communes[s]["department"] == department
                for c in cs
            ]
            if codes:
                return "arrondissement", self._order(codes, department), None
        return "departement", list(self.by_department.get(department, [])), None

    def _order(self, codes: Iterable[str], department: str) -> List[str]:
        unique = sorted(set(codes))
        return sorted(unique, key=lambda c: (self.structures[c].department != department, c))

    def association_of(self, structure: Structure) -> Optional[RegionalAssociation]:
        return self.regional_associations.get(structure.regional_association)

    def association_for_region(self, region_code: str) -> Optional[RegionalAssociation]:
        for association in self.regional_associations.values():
            if region_code in association.region_codes:
                return association
        return None

    # --------------------------------------------------------------- search
    def find(self, text: str, fuzzy: bool = True, asked: bool = False) -> Finding:
        """The place named in `text` and its structures, read only with evidence.

        A commune's name counts when something says it is meant as a place: a postcode, a
        department beside it, a word of place before it ("à", "de", "j'habite", "mission locale
        de"), a capital letter in a message written in lower case, a message that is nothing but
        the place, or `asked` (the message answers "which commune?"). A commune named like an
        ordinary French word ("Tours", "Sens", "Rue") needs two of these; with one, the finding
        is "confirm" (the assistant asks "Vous parlez de la commune de … ?"). A misspelled name is
        corrected only where a place is expected, and an ordinary word is never corrected into a
        commune's name. `fuzzy=False` accepts exact names only.

        Status: found | ambiguous (homonyms: candidates) | confirm (candidates) | not_found.
        """
        return self.decide(self.parse(text), fuzzy=fuzzy, asked=asked)

    def parse(self, text: str) -> Optional[ParsedMessage]:
        """What every decision about `text` needs, computed once: its words, the names and
        postcodes in it, how it was typed. None when it holds no letter nor digit."""
        text = MENTION.sub(_spelled_mention, (text or "")[:MAX_TEXT])
        text = _ACCENTED_NICKNAME.sub(_nickname_spelled, text)
        text = _GLUED_HOME.sub(self._unglued_home, text)
        text = _GLUED_SAINT.sub(self._unglued_saint, text)
        text = _HEARD_MONT.sub(self._mont_heard, text)
        text = _HEARD_EN.sub(self._en_heard, text)
        # an amount in euros, whose sign the normalised text loses: "une formation à 15000 €" (twenty-seventh session, dev-VX)
        text = re.sub(r"(\d) ?k?€", r"\1 euros", text)
        # "59 100": a postcode typed in two groups
        # (not a longer number in groups: "avis de passage n° 44 120 889"; thirty-first session, dev-XX)
        text = re.sub(r"\b(\d{2}) (\d{3})\b(?! ?\d)",
                      lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in self.by_postcode else m.group(0), text)
        norm = normalise(text)
        if not re.search(r"[a-z0-9]", norm):
            return None
        # Réunion creole "mi lé", "moin res" ("I am", "I live"): a word of living, one word for one ("mi res Tampon", "moin lé
        # au Tampon"; twenty-first session, dev-TJ, dev-TL)
        norm = _CREOLE_LIVING.sub(r"\1 habite", norm)
        norm = _LIVING_CUT_SHORT.sub(r"\1habite", norm)  # "jhabit a tours" (twenty-second session, dev-TP)
        norm = _DS_FOR_DANS.sub("dans ", norm)
        tokens = norm.split()
        capitals, breaks, shouted, exclaimed = typed_marks(text)
        laughing = bool(_LAUGH.search(text)) or bool(LAUGH_WORDS & set(tokens))
        # a country's name alone is the country, not the village of that name: "En Suisse mais je suis française" answering
        # "which commune?" is no Suisse (57) (thirty-first session, dev-XT)
        matches = [m for m in self._matches(tokens) if not (m.end - m.start == 1 and tokens[m.start] in FOREIGN_COUNTRIES)]
        tail = normalise(text[text.rfind("?") + 1:]).split() if "?" in text else []
        after_question = len(tokens) - len(tail) if tail and tokens[-len(tail):] == tail else None
        return ParsedMessage(norm, tokens, _postcodes_in(tokens), matches,
                             capitals, breaks, "?" in text, shouted, exclaimed, laughing, after_question)

    def _unglued_home(self, match: "re.Match[str]") -> str:
        """The words of living glued to "à" or "de" and a town's name, typed apart ("jhabitemarseille", "jvisaperpi",
        "jsuisdenarbone", "jsuisa bordo"), when what follows them is a town's name, as typed or as heard ("oxerre":
        Auxerre, "bobini": Bobigny); the token as typed otherwise ("jsuisdesolé")."""
        words, tail = GLUED_DWELLING_WORDS[match.group(1).lower()], match.group(2)
        if match.group(1).lower() == "jvi" and tail.lower().startswith("en"):
            return match.group(0)  # "jviens de Guéret": I come, not "je vis" at Ens (nineteenth session, dev-SZ)
        for link in _GLUED_LINKS:
            if not tail.lower().startswith(link):
                continue
            rest = tail[len(link):]
            if not rest:
                return f"{words} {link}" if link else match.group(0)
            if len(rest) >= 3 and self._a_towns_name(normalise(rest)):
                # ("o" for "à": "jhabitolecreusot"; sixteenth session, dev-SB)
                return " ".join(w for w in (words, "a" if link == "o" else link, rest) if w)
        return match.group(0)

    def _mont_heard(self, match: "re.Match[str]") -> str:
        """"mon" for "Mont" before the rest of a town's name ("jhabite a mon de marsan": Mont-de-Marsan, not Marsan), the
        word as typed otherwise ("mon de …" is rarely anything else)."""
        rest = match.group(1)
        for tail in (rest, re.sub(r"[ -][^ -]+$", "", rest)):  # the last word may be the next one's ("… marsan g besoin")
            if normalise(f"mont {tail}") in self.by_name:
                return f"Mont {rest}"
        return match.group(0)

    def _en_heard(self, match: "re.Match[str]") -> str:
        """"an" for "en" inside a town's name ("mission locale de Bourg an Bresse": Bourg-en-Bresse), the words as typed
        otherwise."""
        first, second = match.group(1), match.group(2)
        return f"{first} en {second}" if normalise(f"{first} en {second}") in self.by_name else match.group(0)

    def _unglued_saint(self, match: "re.Match[str]") -> str:
        """"st" or "ste" glued to the rest of a saint's town, typed apart ("stchamond", "ml stbrieuc", "stdenis93"), when
        "saint …" is a town's name; the word as typed otherwise ("stage", "style")."""
        saint, rest, number = match.group(1), match.group(2), match.group(3) or ""
        name = normalise(f"{'saint' if saint.lower() == 'st' else 'sainte'} {rest}")
        if name in self.by_name:
            return f"{saint} {rest}" + (f" {number}" if number else "")
        return match.group(0)

    def _a_towns_name(self, name: str) -> bool:
        """Whether a word is a town's name that is no ordinary word, as typed, heard, with two letters swapped or a
        little misspelled."""
        return bool((name in self.by_name and not self.is_common_word(name)) or self.sounding_name(name)
                    or self.swapped_name(name)
                    or (len(name) >= 5 and (self._closest_name(name) or ("", 0))[1] >= GLUED_NAME_CUTOFF))

    def decide(self, parsed: Optional[ParsedMessage], fuzzy: bool, asked: bool) -> Finding:
        """`find`'s decision on a parsed message."""
        if parsed is None:
            return Finding("not_found")
        norm, tokens, postcodes, matches = parsed.norm, parsed.tokens, parsed.postcodes, parsed.matches
        breaks = parsed.breaks
        # (a town's part in lower case is no other commune: "dans le 11e à Paris … la mission locale du quartier. Laquelle ?",
        # not Le Quartier (63); sixteenth session, dev-RZ)
        # (nor a name right after the city and a comma, of no commune of its department: its neighbourhood, "le 20eme a
        # paris, belleville"; twentieth session, dev-TB)
        city_ends = {m.end: {self.communes[c]["department"] for c in m.codes} for m in matches
                     if m.kind == "commune" and set(m.codes) & set(CITY_CODES.values())}
        # (nor an ordinary word in lower case: "éducatrice de rue à Marseille… habite dans le 15e arrondissement"; twenty-third
        # session, dev-TV)
        lone_city = not {c for m in matches if m.kind == "commune" and not self._town_part(m, parsed)
                         and not is_paris_gate(tokens, m.start, m.end)
                         and not (self.is_common_word(" ".join(tokens[m.start:m.end]))
                                  and not (parsed.capitals and parsed.capitals[m.start]))
                         and not (m.start in city_ends and breaks and breaks[m.start] and not any(
                             self.communes[code]["department"] in city_ends[m.start] for code in m.codes))
                         for c in m.codes} - set(CITY_CODES.values())
        arrondissement = self._arrondissement(norm, lone_city)
        if arrondissement:
            return self.commune_finding(arrondissement)

        for postcode in postcodes:
            codes = self.by_postcode.get(postcode)
            if codes:
                named = [c for m in matches if m.kind == "commune" for c in m.codes if c in codes]
                if len(codes) == 1 or len(set(named)) == 1:
                    return self.commune_finding(codes[0] if len(codes) == 1 else named[0])
                if len({self.communes[c].get("covered_by") for c in codes} - {None}) == 1 and all(
                        self.communes[c].get("covered_by") for c in codes):
                    return self.postcode_finding(postcode)  # one structure covers every commune of it
                return Finding("ambiguous", place_kind="commune", candidates=self._by_population(codes))

        department_code = self._department_code(tokens, breaks)
        communes = [m for m in matches if m.kind == "commune"]
        # a region named like an ordinary word, after a determiner, is that word: "dans le centre,
        # pas loin de la gare" (departments take their article: "dans l'Allier", "le Nord"); so it is
        # right after a word that is no little word ("bordo centre") or before "ville": the town centre
        areas = [m for m in matches if m.kind in ("departement", "region") and not (
            m.kind == "region" and ((m.start > 0 and (tokens[m.start - 1] in DETERMINERS or (
                tokens[m.start - 1] not in STOPWORDS and not (breaks and breaks[m.start])))) or tokens[m.end:m.end + 1] == ["ville"])
            and self.is_common_word(" ".join(tokens[m.start:m.end])))]
        # a department named like an ordinary word, typed small with no article or word of place before
        # it, is that word: "ça coûte cher le CEJ ?" (not the Cher)
        named = {i for c in matches if c.kind == "commune" for i in range(c.start, c.end)}
        # (and one named like a word after a plural determiner is that word, but for the departments said
        # in the plural: "les paris sportifs" are bets, "les Landes" a department)
        departments = [m for m in areas if m.kind == "departement" and not _after_a_fan(tokens, m.start)
                       and not _in_expression(tokens, m.start, m.end) and not _begging(tokens, m.start)
                       and not signed_name(tokens, m.start, self.first_names, breaks) and not (
            m.end - m.start == 1 and m.start > 0 and tokens[m.start - 1] in PLURAL_DETERMINERS
            and tokens[m.start] not in PLURAL_DEPARTMENTS and self.is_common_word(tokens[m.start])) and not (
            m.end - m.start == 1 and self.is_common_word(tokens[m.start])
            and not (parsed.capitals and parsed.capitals[m.start]) and m.start > 0 and m.start - 1 not in named
            and not (tokens[m.start - 1] in DETERMINERS or tokens[m.start - 1] in PLACE_MARKERS
                     or tokens[m.start - 1] in ("departement", "dept", "dep")))]
        regions = [m for m in areas if m.kind == "region"]
        qualifier = department_code or (departments[0].codes[0] if departments else None)

        numbers = self.department_numbers(tokens)
        communes = [self._longer_by_correction(m, tokens, breaks) if fuzzy else m for m in communes]
        communes = [self._louder_namesake(self._completed_later(m, communes, tokens), tokens) for m in communes]
        mentions = [i for i, t in enumerate(tokens) if t in MENTION_ENDS]
        landmark_codes = {c for m in communes if _is_landmark(tokens, m.start) for c in m.codes}
        best: Optional[Tuple[Tuple[bool, int], _Match, Optional[str]]] = None  # rank, match, its department
        weak: Optional[_Match] = None
        for match in communes:
            # A department or region name that is also this name wins, unless "à" precedes it.
            shadow = [
                m for m in departments + regions
                if (m.start, m.end) == (match.start, match.end)
                # Paris is both a commune and a one-commune department: keep the commune.
                and not (m.kind == "departement" and self._communes_per_dept.get(m.codes[0]) == 1
                         and any(self.communes[c]["department"] == m.codes[0] for c in match.codes))
            ]
            # "à La Réunion" is the island, not La Réunion (47, 400 inhabitants); "à Paris" the city
            small = self._population_of(match.codes) < SHADOWED_VILLAGE
            # (nor after "mission locale de" with no article, which a department takes: "LA MISSION LOCALE DE VIENNE" is
            # the town, "de la Vienne" the department; twenty-first session, dev-TJ, dev-TN)
            of_mention = match.start > 1 and tokens[match.start - 1] in ("de", "d") and tokens[match.start - 2] in MENTION_ENDS
            # (nor right after a word of living, with no article, which a department takes: "J'habite Vienne, à une
            # demi-heure au sud de Lyon"; twenty-third session, dev-UB)
            dwelt_in_town = match.start > 0 and tokens[match.start - 1] in DWELLING_WORDS
            if shadow and (not (match.preceded_by_a or of_mention or dwelt_in_town) or small):
                continue
            other_depts = [m.codes[0] for m in departments if (m.start, m.end) != (match.start, match.end)]
            # a department's number right after the name, mid-sentence: "St Denis 93 je cherche…"
            numbered = [code for k, code in numbers if k == match.end
                        and any(self.communes[c]["department"] == code for c in match.codes)]
            # (or of a longer name's short form this one is: "jsuis de saint ouen 93 frr, c ou la ML", "j'habite à Bourg (01),
            # est-ce que…"; thirty-second session, dev-XY)
            typed_name = " ".join(tokens[match.start:match.end])
            shortened = [code for k, code in numbers if k == match.end and not numbered
                         and self._longer_names_in(code, typed_name)]
            qual = department_code or (other_depts[0] if other_depts else None) or (numbered[0] if numbered else None) or (
                shortened[0] if shortened else None)
            common = self.is_common_word(" ".join(tokens[match.start:match.end]))
            # ("Mittelbergheim en Alsace": the name of its region right after "en" qualifies it too)
            # (or set apart right after it: "Vitré (Bretagne)"; twenty-ninth session, dev-XE)
            regional = any(((r.start == match.end + 1 and tokens[match.end] == "en")
                            or (r.start == match.end and bool(breaks) and breaks[match.end]))
                           and any(self.communes[c].get("region") == r.codes[0] for c in match.codes) for r in regions)
            score = self._evidence(match, parsed, mentions, asked, qual is not None or regional, common)
            # a name that is also a word, in its own region: "Vitré en Bretagne", "Vitré, en Bretagne" (dev-XE)
            score += int(regional and common)
            needed = 2 if common else 1
            # a landmark ("à côté de Bordeaux") is chosen only when no other commune is; then where
            # one lives ("j'habite à Salers, … la mission locale d'Aurillac ?"); then the evidence;
            # between equal evidence, a name that is no ordinary word ("le quartier du Mirail à
            # Toulouse")
            # where the writer lives, rather than a relative ("je vis chez ma mère à Bergerac… mon père
            # habite à Périgueux")
            dwelt = _home_rank(tokens, match.start, breaks)
            if dwelt < WRITER_HOME and (self._town_said_as_mine(tokens, match.start, match.end) or (
                    tokens[max(0, match.start - 3):match.start] == ["moi", "c", "est"] and _asks_for_own(tokens)
                    and introduces_a_town(tokens, match.start, match.end, self.first_names))):
                # "moi c'est Parthenay, elle est où la mission locale pour moi ?" beside other people's towns (twenty-fifth
                # session, dev-UU, dev-UX; not a first name: "moi c'est Marie")
                dwelt = WRITER_HOME
            capital = bool(parsed.capitals) and parsed.capitals[match.start]
            # "à Malakoff à Nantes", "à Croix-Rouge à Reims": a neighbourhood named like a smaller
            # commune, then "à" and its town
            district = match.start > 0 and tokens[match.start - 1] in ("a", "au") and any(
                match.end <= other.start - 1 <= match.end + 1 and tokens[other.start - 1] == "a"
                and not (breaks and any(breaks[match.end:other.start + 1]))
                # (not a town denied after the home: "je vis a villeurbanne pas a lyon"; thirty-sixth session, dev-ZK)
                and not set(tokens[match.end:other.start - 1]) & {"pas", "pa", "mais", "et", "ou", "ni", "non", "plus"}
                and self._population_of(other.codes) > self._population_of(match.codes) for other in communes)
            plain = common and not capital and not _strongly_announced(tokens, match.start)  # "jhabite a fougeres" keeps it
            # ("vers" after words of dwelling says where one lives: "je dors chez mon cousin vers Aubagne"; dev-QT)
            landmark = (_is_landmark(tokens, match.start) and not (tokens[match.start - 1] == "vers" and dwelt >= WRITER_HOME)
                        # the landmark named again ("Chantepie à côté de Rennes, c'est la mission locale de Rennes ou une
                        # autre ?"; dev-RV)
                        or (set(match.codes) <= landmark_codes and dwelt < WRITER_HOME))
            # (between equal evidence, the name its department's number follows: "jsuis a Mer (41) c la ML de blois ou
            # une autre ?"; dev-RG)
            rank = (not (landmark or district), 0 if plain else dwelt,
                    score, bool(numbered), not common)
            if score >= needed and (best is None or rank > best[0]):
                best = (rank, match, qual)
            elif score == needed - 1 and score > 0 and weak is None:
                weak = match
        if best is None and weak is None and not departments and not regions:
            short = self._short_form_after_marker(tokens, breaks, parsed.capitals)
            if short:
                return self._resolve_homonyms(short, qualifier)
        if best is not None and not best[0][0] and best[1].start > 0:
            # only a landmark was named in full, after a town's short form opening the message:
            # "Sarlat, près de Bergerac" is Sarlat-la-Canéda
            short = self._opening_short_form(tokens, breaks)
            if short:
                return self._resolve_homonyms(short, qualifier)
        if best is not None and fuzzy and not best[0][0]:
            # a misspelled village where one lives, located from the landmark: "jsuis a riquewir a coté de colmar" (dev-QV)
            near = self._misspelled_near_landmark(tokens, best[1])
            if near:
                return self._resolve_homonyms(near, None)
        if best is not None and fuzzy and best[0][1] < YOUNG_HOME:
            # a misspelled town where someone lives beats a town named right but ranked lower: "jhabite
            # a bordo mai je fais mes etudes a pessac", "mon fils habite à Mulouse… chez nous à Colmar"
            better = self._misspelled_home(tokens, breaks, communes, best[0][1])
            if better:
                return self._resolve_homonyms(better, None)
        if best is not None and best[2] and not any(self.communes[c]["department"] == best[2] for c in best[1].codes):
            # a commune of another department than the one named: "a vanne dans le morbiand" is Vannes, not Vanne (70)
            # (or by its number: "jhabite onay sous bwa dans le 93"; twentieth session, dev-TB)
            within = next((found for start, code in [(d.start, d.codes[0]) for d in departments] + numbers if code == best[2]
                           for found in [self._town_before_department(tokens, start, best[2])] if found), None)
            if within:
                return self._resolve_homonyms(within, best[2])
        if best is not None:
            match = best[1]
            typed = " ".join(tokens[match.start:match.end])
            if match.contracted:  # "au Puy": the name typed is "le puy"
                typed = " ".join([CONTRACTED[tokens[match.start]]] + tokens[match.start + 1:match.end])
            typed = match.typed or typed
            codes = match.codes
            # ("Saint-Denis en région parisienne": the homonyms of the region named right after "en"; dev-RA)
            in_region = [c for r in regions if r.start == match.end + 1 and tokens[match.end] == "en"
                         for c in codes if self.communes[c].get("region") == r.codes[0]]
            if in_region and not best[2]:
                codes = in_region
            finding = self._resolve_homonyms(codes, best[2] or self._department_nearby(match, communes, tokens), typed)
            if finding.status == "ambiguous" and not best[2]:
                # homonyms of a short form, one in the department of the other town named: "sotteville, à côté de rouen" is
                # Sotteville-lès-Rouen (thirty-second session, dev-YH)
                nearby = self._departments_of_other_towns(match, communes, tokens)
                kept = [c for c in finding.candidates if self.communes[c]["department"] in nearby]
                if len(kept) == 1:
                    return self._resolve_homonyms(kept, self.communes[kept[0]]["department"])
            region = self.communes[in_region[0]].get("region") if in_region and not best[2] else None
            kept = [c for c in finding.candidates if self.communes[c].get("region") == region] if (
                region and finding.status == "ambiguous") else []
            if len(kept) == 1:
                # the homonyms of other regions no longer asked about: "J HABITE SAINT FLORENT EN CORSE" (twenty-first session,
                # dev-TL)
                return self._resolve_homonyms(kept, self.communes[kept[0]]["department"])
            return finding
        for start, end, code in [(d.start, d.end, d.codes[0]) for d in departments] + [(i, i + 1, c) for i, c in numbers]:
            # a town's short form or misspelling given with its department: "Sarlat en Dordogne",
            # "Chalons (Marne)", "tarbe 65", "anger dans le 49"; or a commune of another department
            # named elsewhere in the message, the short form of one in it ("c'est à La Roche que
            # j'habite, en Vendée"); or a name weakly meant as a place but of that department ("Le
            # Tampon, La Réunion"); or a short form right after the department and "à": "je suis dans le 94 a vitry"
            # (twenty-first session, dev-TJ)
            after = (self._town_before_department(tokens, end + 2, code, short_only=True)
                     if tokens[end:end + 1] in (["a"], ["au"]) and end + 1 < len(tokens) else [])
            within = self._town_before_department(tokens, start, code) or after or next(
                (found for m in communes for found in [self._town_before_department(tokens, m.end, code, short_only=True)]
                 if found), []) or [c for c in (weak.codes if weak else []) if self.communes[c]["department"] == code]
            if within:
                return self._resolve_homonyms(within, code)
        for r in regions:
            # a town as heard, then its region: "agueno en alsace", "kan normandie" (eighteenth session, dev-SP)
            within = self._town_before_region(tokens, r.start, r.codes[0])
            if within:
                return self._resolve_homonyms(within, self.communes[within[0]]["department"])
        if departments:
            return self.departement_finding(departments[0].codes[0])
        if department_code:
            return self.departement_finding(department_code)
        if regions:
            return self.region_finding(regions[0].codes[0])
        if weak is not None:
            return self.confirmation_finding(weak.codes, qualifier)
        expression = any(pair in EXPRESSIONS for pair in zip(tokens, tokens[1:]))  # "Nice try 😏"
        if qualifier is None and not postcodes and fuzzy and not expression:
            alone = len([t for t in tokens if t not in STOPWORDS and not t.isdigit()]) <= 3
            prefixed = self._prefix(tokens, parsed.capitals if asked else None) if (alone or asked) else None
            if prefixed:
                return self._resolve_homonyms(prefixed, None)
            answer_only = asked and len([t for t in tokens if t not in STOPWORDS]) == 1
            corrected = self._fuzzy(tokens, alone or asked, [m for m in matches if m.kind == "commune"], answer_only)
            if corrected:
                return self._resolve_homonyms(corrected, None)
            # (a name matched further on, with no evidence, does not stop it: "Aurilac, besoin dun rdv" is no Dun)
            opening = None if any(m.start < 2 for m in matches) else self._misspelled_opening_town(tokens, breaks)
            if opening:
                return self._resolve_homonyms(opening, None)
        return Finding("not_found")

    def _misspelled_home(self, tokens: List[str], breaks: Optional[List[bool]], communes: List[_Match],
                         rank: int) -> Optional[List[str]]:
        """The town of SOUND_ALIKE_MIN_POPULATION inhabitants or more that a word right after words of
        living spells closely or sounds like, or the one town it is the short form of, when it names a home ranked
        above `rank`."""
        named = {i for m in communes for i in range(m.start, m.end)}
        for i in range(1, len(tokens)):
            word = tokens[i]
            k = i - 2
            while k > 0 and tokens[k] in STILL:  # "j'habite encore à Brive" (dev-TB)
                k -= 1
            # (or after "à", a home said with its complement: "jhabite chez ma mere a ivry"; twenty-fourth session, dev-UL)
            if (i in named or len(word) < 4 or word in STOPWORDS or not (
                    _dwells(*_words_before(tokens, i)) or _dwells(tokens[i - 1], tokens[k] if k >= 0 else "")
                    # (or "pour", the town moved to: "J'ai quitté Limoges pour Brive il y a 3 mois")
                    or (tokens[i - 1] in ("a", "pour") and _home_rank(tokens, i, breaks) >= WRITER_HOME))
                    or _home_rank(tokens, i, breaks) <= rank):
                continue
            if word in LODGINGS:
                continue  # "vit au foyer" sounds like Foix: a lodging, not a misspelled town
            name = self.sounding_name(word) or self.swapped_name(word)
            if not name and not self.is_common_word(word):
                hit = self._closest_name(word)
                name = hit[0] if hit and hit[1] >= 90 and self._population(hit[0]) >= SOUND_ALIKE_MIN_POPULATION else None
            if name:
                return list(self.by_name[name])
            # the short form of one town: "Mon copain habite a Limoges mais moi j'habite encore a Brive" (twentieth
            # session, dev-TB)
            short = self._by_population(self._short_form(word) or [])
            sizes = [self.communes[c].get("population") or 0 for c in short]
            # (or the one far larger: "jhabite chez ma mere a ivry", Ivry-sur-Seine; twenty-fourth session, dev-UL)
            if short and (len(short) == 1 or sizes[0] >= LONGER_NAME_DOMINANCE * max(sizes[1], 1)):
                return short[:1]
        return None

    def _misspelled_near_landmark(self, tokens: List[str], landmark: _Match) -> Optional[List[str]]:
        """The commune of the landmark's department that a word opening the message, or right after words of living
        or "mission locale", and right before the words locating it from the landmark, begins, spells closely or
        sounds like ("jsuis a riquewir a coté de colmar": Riquewihr, a village of the Haut-Rhin; "tournefeille a coté
        de toulouse", "mission locale illkirch vers strasbourg"; dev-QV, dev-QX)."""
        departments = {self.communes[c]["department"] for c in landmark.codes}
        for i in range(0, landmark.start):
            word = tokens[i]
            before, before2 = _words_before(tokens, i)
            being = before in ("a", "sur") and before2 in BEING_WORDS  # "jsuis a riquewir"
            announced = i == 0 or _dwells(before, before2) or being or before in ("locale", "ml", "mloc")
            # (a name typed right but too weak alone counts too: "crolles pres de grenoble mission locale")
            # (a short name typed whole, of the landmark's department: "jsuis a Eu, a cote du Treport"; twentieth session, dev-TD)
            whole = len(word) >= 2 and being and any(self.communes[c]["department"] in departments for c in self.by_name.get(word, ()))
            # (or the short form of a longer name of its department, opening the message: "Aix, a coté de Marseille"; thirty-sixth
            # session, dev-ZM, dev-ZO)
            whole = whole or (i == 0 and len(word) >= 3 and word not in STOPWORDS and len({
                name for department in departments for name in self._longer_names_in(department, word)}) == 1)
            if (len(word) < 4 and not whole) or (word in STOPWORDS and not whole) or not announced or not locates_from_landmark(
                    tokens, i + 1):
                continue
            # (the name itself before a close one: "crolles", not Échirolles)
            found = next((codes for department in sorted(departments)
                          for codes in [self._spelled_in_department(word, department)] if codes), None)
            if found:
                return found
        return None

    @staticmethod
    def _completed_later(match: _Match, communes: List[_Match], tokens: List[str]) -> _Match:
        """A short form whose whole name the message gives afterwards stands for that name, with the
        evidence of where the short form stands: "je vis à Pont, enfin Pont-à-Mousson"."""
        size = match.end - match.start
        for other in communes:
            if (other.start > match.start and other.end - other.start > size
                    and tokens[other.start:other.start + size] == tokens[match.start:match.end]):
                return _Match(match.kind, other.codes, match.start, match.end, match.preceded_by_a, match.contracted,
                              " ".join(tokens[other.start:other.end]))
        return match

    def _louder_namesake(self, match: _Match, tokens: List[str]) -> _Match:
        """A village's name of one word, right after "à" or a word of living, when a town of BIG_TOWN inhabitants or more
        is the same name with a final "s" or sounds the same (a sound of three letters or more): that town ("j'habite à
        Vanne": Vannes, not Vanne, 70; eighteenth session, dev-SR)."""
        if (match.kind != "commune" or match.end - match.start != 1 or match.contracted
                or self._population_of(match.codes) >= SHADOWED_VILLAGE
                or not (match.preceded_by_a or (match.start > 0 and tokens[match.start - 1] in DWELLING_WORDS))):
            return match
        word = tokens[match.start]
        key = sound_key(word)
        name = word + "s" if word + "s" in self.by_name else self._by_sound.get(key) if len(key) >= 3 else None
        if not name or name == word or self._population(name) < BIG_TOWN:
            return match
        return _Match("commune", list(self.by_name[name]), match.start, match.end, match.preceded_by_a)

    def _department_nearby(self, match: _Match, communes: List[_Match], tokens: List[str]) -> Optional[str]:
        """The department of another town of the message, when it is one of this name's: "un lycée de
        Dijon… il habite à Beaune" is Beaune of the Côte-d'Or, not of Savoie."""
        departments = {self.communes[c]["department"] for c in match.codes}
        if len(departments) < 2:
            return None
        nearby = self._departments_of_other_towns(match, communes, tokens) & departments
        return nearby.pop() if len(nearby) == 1 else None

    def _departments_of_other_towns(self, match: _Match, communes: List[_Match], tokens: List[str]) -> set:
        """The departments of the other towns the message names, each named by a name that is no ordinary word and belongs to one
        department only."""
        nearby = set()
        for other in communes:
            if other is match or self.is_common_word(" ".join(tokens[other.start:other.end])):
                continue
            theirs = {self.communes[c]["department"] for c in other.codes}
            if len(theirs) == 1:
                nearby |= theirs
        return nearby

    @staticmethod
    def _near_mention(start: int, end: int, mentions: List[int], breaks: Optional[List[bool]]) -> bool:
        """Whether a "mission locale" word is within three words of tokens[start:end], with no
        punctuation between them."""
        for i in mentions:
            lo, hi = (i, start) if i < start else (end - 1, i)
            if 0 < hi - lo <= 3 and not (breaks and any(breaks[j] for j in range(lo + 1, hi + 1))):
                return True
        return False

    def _longer_by_correction(self, match: _Match, tokens: List[str], breaks: Optional[List[bool]] = None) -> _Match:
        """"clermont ferand": the exact name Clermont followed by a word that, with it, is a
        misspelling of a longer name (Clermont-Ferrand) becomes that longer name (never across punctuation: "Je suis
        de Rue. Il y a…" is no Rueil; twenty-third session, dev-TV)."""
        for extra in (2, 1):
            end = match.end + extra
            extra_words = tokens[match.end:end]
            if breaks and any(breaks[match.end:end]):
                continue
            # only a word that is no ordinary word can be the misspelled rest of a name; an article
            # may come before it ("aix en provance", "lons le saunie")
            if end > len(tokens):
                continue
            plain_words = all(
                (w in ARTICLES and i < len(extra_words) - 1)
                or (w not in STOPWORDS and not w.isdigit() and not self.is_common_word(w))
                for i, w in enumerate(extra_words))
            # an ordinary word after a linking article, if the whole is very close to a longer
            # name: "vaux en velin" (Vaulx-en-Velin; "vélin" is a paper)
            linked = extra == 2 and extra_words[0] in ARTICLES and extra_words[1] not in STOPWORDS
            if not (plain_words or linked or extra == 1):
                continue  # (one ordinary word: only a town the whole sounds like, below)
            if extra_words in (["et"], ["ou"]):
                continue  # a conjunction goes on with the message: "Je vis à Bourg et j'aimerais…" is no Bourges (thirty-first session, dev-XO)
            # "au puy en vellay": the name typed is "le puy en vellay"
            head = [CONTRACTED[tokens[match.start]]] if match.contracted else tokens[match.start:match.start + 1]
            query = " ".join(head + tokens[match.start + 1:end])
            hit = self._closest_name(query) if plain_words or linked else None
            if match.contracted and (plain_words or linked) and not (hit and hit[1] >= (90 if plain_words else 95)):
                # "o" and "au" typed for "à" before a name with no article: "j habite o Mont de Marsant" (dev-RH)
                hit = self._closest_name(" ".join(tokens[match.start + 1:end])) or hit
            if not (hit and hit[1] >= (90 if plain_words else 95)) and (plain_words or extra == 1):
                # or written as it sounds, a town of 5,000 inhabitants or more: "lons le sonier"; after
                # an ordinary word, a town of 20,000 or more: "clermont ferrant"
                sounding = self.sounding_name(query)
                if sounding and not plain_words and self._population(sounding) < SOUND_ALIKE_FIRST_WORD_MIN_POPULATION:
                    sounding = None
                hit = (sounding, 100.0) if sounding else None
            if linked and not (hit and hit[1] >= (90 if plain_words else 95)):
                # a town of 20,000 inhabitants or more one sound away, a village's name heard in its first word: "mission
                # locale onay sous bois" (Aulnay-sous-Bois, not Onay, 70; twentieth session, dev-TB)
                near = self.near_sounding_name(query)
                hit = (near, 100.0) if near and self._population(near) >= SOUND_ALIKE_FIRST_WORD_MIN_POPULATION else hit
            if hit and hit[1] >= (90 if plain_words else 95) and len(hit[0]) > len(" ".join(tokens[match.start:match.end])):
                return _Match("commune", list(self.by_name[hit[0]]), match.start, end, match.preceded_by_a,
                              match.contracted)
            if linked and match.start > 0 and tokens[match.start - 1] in LEADING_ARTICLES and not match.contracted:
                # with the name's own article before it: "la mission locale de la Roche sur Ion" (fifteenth session,
                # dev-RS; "ion" is a word, Roche a commune of the Isère)
                hit = self._closest_name(f"{tokens[match.start - 1]} {query}")
                if hit and hit[1] >= 90:
                    return _Match("commune", list(self.by_name[hit[0]]), match.start - 1, end,
                                  match.start > 1 and tokens[match.start - 2] == "a")
        # the same before the name: "moustier sainte marie" (Moustiers-Sainte-Marie), not Sainte-Marie
        for extra in (2, 1):
            start = match.start - extra
            extra_words = tokens[start:match.start] if start >= 0 else []
            if not extra_words or not _name_like(tokens[start:match.end]) or (breaks and any(breaks[start + 1:match.start + 1])):
                continue
            query = " ".join(tokens[start:match.end])
            # ordinary words before the name only when the whole sounds like a town of 5,000
            # inhabitants or more: "chalons sur sone" is Chalon-sur-Saône, not La Sône
            common = any(self.is_common_word(w) for w in extra_words if w not in ARTICLES)
            hit = None if common else self._closest_name(query)
            if not (hit and hit[1] >= 90):
                sounding = self.sounding_name(query)
                hit = (sounding, 100.0) if sounding else None
            if hit and hit[1] >= 90 and len(hit[0]) > len(" ".join(tokens[match.start:match.end])):
                return _Match("commune", list(self.by_name[hit[0]]), start, match.end,
                              start > 0 and tokens[start - 1] == "a")
        return match

    def is_common_word(self, key: str) -> bool:
        """Whether a normalised name is also an ordinary French word or phrase ("tours", "l echelle",
        "la rue"), or too short to tell."""
        content = [w for w in key.split() if w not in ARTICLES]
        if not content:
            return True  # only articles and prepositions: "sous", "les"
        if len(content) == 1:
            return len(content[0]) <= 2 or content[0] in self.common_words
        # "petit bourg", "belle ile": ordinary words; not a name with a linking word ("chalons en
        # champagne") or a saint's ("saint denis": "dénis" is no help)
        words = key.split()
        linked = any(w in ARTICLES or w == "a" for w in words[1:-1])  # "pointe a pitre", "pont a mousson"
        return not linked and content[0] not in ("saint", "sainte") and all(w in self.common_words for w in content)

    def _town_part(self, match: _Match, parsed: ParsedMessage) -> bool:
        """Whether the name is a part of any town typed as such: its article and noun in lower case ("le port",
        "au bourg", "dans le quartier") and more words after it, in a message that has capitals elsewhere or
        continues after a comma."""
        words = parsed.tokens[match.start:match.end]
        noun = words[-1]
        if len(words) > 2 or noun not in TOWN_PARTS or not (match.contracted or words[0] in LEADING_ARTICLES):
            return False
        if parsed.capitals and any(parsed.capitals[match.start:match.end]):
            return False
        return match.end < len(parsed.tokens)

    @staticmethod
    def _only_place_words(tokens: List[str], start: int, end: int) -> bool:
        """Whether the message is essentially the place: at most four other words, none that could
        name anything ("à Tours", "j'habite Rue svp", "Tours 37")."""
        others = tokens[:start] + tokens[end:]
        return len(others) <= 4 and all(t in STOPWORDS or t.isdigit() for t in others)

    def _evidence(self, match: _Match, parsed: ParsedMessage, mentions: List[int], asked: bool, qualified: bool,
                  common: bool) -> int:
        """How strongly the words of `match` are meant as a place (see `find`)."""
        tokens, capitals, breaks = parsed.tokens, parsed.capitals, parsed.breaks
        start, end = match.start, match.end
        big = common and self._population_of(match.codes) >= BIG_TOWN
        after_punctuation = bool(breaks and breaks[start])
        creole = _creole_being(tokens, start)
        if (start > 1 and not match.contracted and tokens[start - 1] in ("des", "du") and tokens[start - 2] in NEIGHBOURHOODS
                | {"residence", "lotissement"}):
            return 0  # a neighbourhood's name: "au quartier des Tours", "la cité du Château" (eighteenth session, dev-SM)
        if (start > 0 and not after_punctuation and tokens[start - 1] in DETERMINERS and not match.contracted
                and not creole):
            return 0  # "chez ma mère", "au bord de la mer", "un petit bourg": a noun, not a name
        if ((start > 0 and tokens[start - 1] in NAME_INTRODUCTIONS and not _town_named(tokens, start))
                or " ".join(tokens[start:end]) in NAME_INTRODUCTIONS):
            return 0  # "je m'appelle Marie", "mon prénom c'est Anthony": a person's name, and the verb is no Appelle (81)
        if (start > 1 and not match.contracted and not after_punctuation and tokens[start - 1] in PEOPLE_ROLES
                and _POSSESSIVES & set(tokens[max(0, start - 3):start - 1])):
            return 0  # "mon fils Léon a 16 ans", "mon grand-père Albert voudrait savoir": a first name
        if _in_expression(tokens, start, end):
            return 0  # "Bonne question 🤔", "Nice try 😏", "Super Nice 👍"
        if is_paris_gate(tokens, start, end):
            return 0  # "porte de Clichy": a gate of Paris
        if tokens[end:end + 2] == ["quelque", "chose"] or tokens[end:end + 1] in (["truc"], ["machin"], ["machinchose"]):
            return 0  # only a name's beginning remembered: "Bourg quelque chose, je me rappelle plus" (twenty-fourth session, dev-UK)
        if start > 1 and tokens[start - 1] in ("de", "d") and tokens[start - 2] in _DRINK_MEASURES:
            return 0  # a drink: "Un petit verre de Cognac pour fêter mon CDI" (twenty-fourth session, dev-UI)
        if (common and start > 1 and tokens[start - 1] in ("de", "d") and tokens[start - 2] in _KINDS_OF
                and not (capitals and capitals[start])):
            return 0  # a kind of thing: "vous avez des offres de job ?" (thirty-sixth session, dev-ZL)
        if tokens[end:end + 1] == ["euh"] or tokens[end:end + 3] in (["non", "j", "rigole"], ["non", "je", "rigole"], [
                "nan", "je", "rigole"], ["nan", "j", "rigole"]) or tokens[end:end + 2] in (["non", "jrigole"], ["nan", "jrigole"]):
            return 0  # taken back at once: "Je suis Grasse… euh grasse matinée", "j'habite Pont... non j'rigole" (dev-RW)
        if (tokens[start:end] == ["nice"] and (tokens[max(0, start - 2):start] == ["c", "est"] or tokens[start - 1:start] == ["c"])
                and not (capitals and capitals[start])):
            return 0  # "c'est nice merci", "merci c nice", "C'EST NICE 🔥": the adjective (not "c'est Nice")
        if common and start == 0 and end == 1 and breaks and len(breaks) > 1 and breaks[1] and _said_again_as_a_word(
                tokens, capitals, start):
            return 0  # "Sens ? j'ai pas compris le sens de votre message": the word, said again as such
        if (common and parsed.laughing and start > 0 and not (capitals and capitals[start])
                and not _strongly_announced(tokens, start)):  # (not the name alone: "trappes mdr"; dev-TF)
            return 0  # a joke: "sur mars 🚀😂", "au chateau, je suis un prince 👑😂" (twentieth session, dev-TE)
        if common and tokens[max(0, start - 2):start] in (["pas", "de"], ["pas", "d"], ["plus", "de"], ["jamais", "de"],
                                                          ["jamais", "d"]):
            return 0  # "y a même pas de bus", "là où y a jamais de bus": the absence of a thing (dev-RP)
        if (end - start == 1 and end < len(tokens) and breaks and breaks[end] and len(tokens[end]) > len(tokens[start])
                and tokens[end].startswith(tokens[start]) and len(tokens[end]) - len(tokens[start]) <= 2):
            return 0  # corrected at once: "AGEN... AGENT D'ENTRETIEN c'est un métier qui recrute ?" (twenty-third session, dev-TU)
        if (common or start == 0) and tokens[end:end + 2] in (["d", "un"], ["d", "une"]) and not (
                start > 0 and tokens[start - 1] in PLACE_MARKERS):
            return 0  # a noun and its complement: "Valence d'un diplôme étranger" (twenty-third session, dev-TU)
        if (tokens[start:end] in GENERIC_PLACES and not (capitals and capitals[end - 1])
                and not (start > 0 and tokens[start - 1] in DWELLING_WORDS)):
            return 0  # "À la montagne", answering "which commune?": the mountains, not La Montagne (44) (twenty-third session, dev-TU)
        if (not asked and start > 0 and tokens[start - 1] == "en" and tokens[start:end] in (["montagne"], ["campagne"], ["foret"], ["mer"],
                                                                                           ["ville"]) and not (capitals and capitals[start])):
            # "je vis en montagne c loin de tout": in the mountains, not Montagne (33, 38) (thirty-sixth session, dev-ZP); answering
            # "Dans quelle commune habitez-vous ?", still asked about ("Vous parlez de la commune de … ?")
            return 0
        if (tokens[start:end] == ["auch"] and start == 0 and breaks and end < len(tokens) and breaks[end]
                and _PAIN_OR_MISHAP.match(" ".join(tokens[end:end + 6]))):
            return 0  # a cry: "Auch, j'ai trop mal au dos", "Auch ! je me suis fait mal" (twenty-third session, dev-TU, dev-UA)
        if (end - start == 1 and tokens[start] in self.first_names and start > 1 and tokens[start - 1] == "a" and (
                "merci" in tokens[max(0, start - 4):start - 1] or (tokens[start - 2] == "et" and start > 2
                                                                   and tokens[start - 3] in self.first_names))):
            return 0  # thanks to someone: "Grand merci à ma conseillère Marie et à Luc de l'accueil" (dev-UA)
        if start == 0 and _fronted_goal(tokens, breaks, end):
            return 0  # "Macon je veux devenir, il faut quel diplôme ?": a trade put first
        seeking = tokens[end:end + 1] in (["besoin"], ["cherche"], ["recherche"], ["jcherche"]) or tokens[end:end + 2] == ["je", "cherche"]
        if " ".join(tokens[start:end]) in INTERJECTIONS and (end < len(tokens) or (not asked and start == 0)) and not seeking and (
                (parsed.exclaimed and parsed.exclaimed[end])
                or (not asked and end < len(tokens) and parsed.breaks and parsed.breaks[end] and tokens[end] in PRAISE_FOLLOWERS)
                or (not asked and end == len(tokens) and not (parsed.capitals and parsed.capitals[start]))):
            # "Nice! J'ai été prise en service civique", "NICE 🔥🔥 j'ai eu mon permis", "Nice, merci beaucoup !", "nice 👌",
            # "nice" alone in lower case (dev-RR); not before a need: "Nice ! besoin d'un job d'été 🙏" (seventeenth session, dev-SH)
            return 0
        role_at = end + 1 if tokens[end:end + 1] and tokens[end] in DETERMINERS else end  # "je suis Nancy, la maman de Kevin"
        if (start > 0 and tokens[start - 1] in ("suis", "c") and breaks and end < len(tokens) and breaks[end]
                and role_at < len(tokens) and tokens[role_at] in PEOPLE_ROLES | WRITERS_ROLES):
            return 0  # "je suis Nicole, assistante sociale": the writer's name, then who they are
        if (" ".join(tokens[start:end]) in TITLES and capitals and end < len(capitals) and capitals[end]
                and not (breaks and breaks[end]) and not (start > 0 and tokens[start - 1] in PLACE_MARKERS)):  # ("… chez sa mère à Melle. Il…"; dev-RE)
            return 0  # "Melle Martin, professeure de français": a title, not Melle (79)
        if start > 0 and tokens[start - 1] in TITLES and capitals and capitals[start] and capitals[start - 1]:
            return 0  # "Mon conseiller c'est M. Albert": a surname
        if (start > 0 and tokens[start - 1] in ("du", "des") and not match.contracted and not (capitals and capitals[start])
                and not (breaks and breaks[start])):
            return 0  # "les clients commandent du saint-nectaire, du cantal": a partitive, a product (dev-QU)
        if (start > 0 and tokens[start - 1] in ("saint", "sainte") and not after_punctuation
                and not normalise(self.communes[match.codes[0]]["name"]).startswith(tokens[start - 1])):
            return 0  # "St Brieux": a saint's town misspelled (Saint-Brieuc), not Brieux (61) (dev-RG)
        if start > 0 and tokens[start - 1].isdigit() and tokens[start] in YEARS:
            return 0  # "ni 19 lanné": years, not Lanne (65) (dev-QT)
        if " ".join(tokens[start:end]) in CALENDAR_WORDS and (not (start > 0 and tokens[start - 1] in PLACE_MARKERS)
                                                               or _holidays_of(tokens, start)):
            return 0  # "Toussaint : vous êtes ouverts pendant les vacances ?", "les vacances de la Toussaint" (dev-RF)
        if " ".join(tokens[start:end]) in FEAST_DAYS and tokens[start - 1:start] == ["la"] and start > 0:
            return 0  # "À la Saint-Nicolas on fait un goûter" (dev-SI)
        if start > 0 and tokens[start - 1] in DEGREE_ADVERBS and not after_punctuation:
            return 0  # "sa maison toute fleurie": an adjective after an adverb of degree (twenty-first session, dev-TO)
        if tokens[end:end + 1] in (["heure"], ["heures"]):
            return 0  # "le rdv mardi à sète heure et demi": a time misspelled (twenty-first session, dev-TK)
        if (start > 0 and breaks and breaks[start] and end < len(tokens) and breaks[end]
                and tokens[start - 1] in _CHILDREN_NAMED):
            return 0  # "J'ai un bébé, Léon, 4 mois": a child's first name set apart (twenty-first session, dev-TM)
        if tokens[start:end] == ["sainte", "mere"] and tokens[end:end + 2] in (["de", "dieu"], ["de", "dieux"]):
            return 0  # "Sainte mère de dieu j'ai zappé mon rdv !": an oath, not Sainte-Mère (32) (dev-TK)
        if any(tokens[end + k:end + k + 2] in (["mon", "nom"], ["mon", "prenom"], ["nom", "de"], ["mon", "club"])
               for k in range(4)):
            return 0  # "Valence, c'est mon nom de famille", "Lens, c'est mon club de cœur"
        if breaks and end < len(tokens) and breaks[end] and (tokens[end:end + 3] == ["c", "est", "moi"] or (
                tokens[end:end + 2] == ["c", "est"] and tokens[end + 2:end + 4] in WORKS)):
            # "Nancy, c'est moi, la maman de Kevin": the writer's name; "Dunkerque, c'est le film que j'ai vu hier": a title
            # (twenty-third session, dev-TW)
            return 0
        if _after_a_fan(tokens, start):
            return 0  # "je suis fan de Paris Hilton", "je supporte l'AS Saint-Étienne"
        if tokens[end:end + 1] in (["en"], ["au"], ["aux"]) and tokens[end + 1:end + 2] and tokens[end + 1] in FOREIGN_COUNTRIES:
            return 0  # "Erasmus à Vienne en Autriche"
        if " ".join(tokens[start:end]) == "orange" and (TELECOM_WORDS & set(tokens) or (
                tokens[start - 1:start] in (["sur"], ["chez"]) and RECEIVING_WORDS & set(tokens))) and not (
                start > 1 and tokens[start - 1] == "a" and tokens[start - 2] in DWELLING_WORDS):
            return 0  # "je suis sur Orange et j'ai plus de data": the operator (not "j'habite à Orange et…")
        if common and start > 0 and not after_punctuation and tokens[start - 1] in SUBJECT_PRONOUNS:
            return 0  # "je viens de déménager": a verb, not Viens (84)
        if " ".join(tokens[start:end]) in ("celle", "celui") and tokens[end:end + 1] in (["ou"], ["de"], ["d"], ["qui"], ["que"]):
            return 0  # "celle où j'habite ou celle où je bosse ?": a pronoun, not Cellé
        if any(tokens[k:k + 4] in (["c", "est", "comme", "ca"], ["comme", "ca", "que", "mon"]) for k in range(end, end + 3)) and any(
                t in NAME_INTRODUCTIONS for t in tokens[end:end + 10]):
            return 0  # "Pantin, c'est comme ça que mon chef m'appelle": a nickname
        if _at_someones(tokens, start):
            # "Chez Albert, mon coloc", "un stage chez Albert Traiteur", "RH chez Saint-Gobain": someone's home or a firm
            # (twenty-third session, dev-TU, dev-UE)
            return 0
        if _in_a_list(tokens, breaks, start, end, self.area_names) and not (start > 0 and tokens[start - 1] in PLACE_MARKERS):
            return 0  # "Chablis, Pommard, Sancerre, Cahors : …": wines, films, things listed
        if named_then_role(tokens, end, breaks, capitals) and (common or " ".join(tokens[start:end]) in self.first_names or not (
                set(tokens[end + 1:end + 3]) & (YOUNG_PEOPLE | RELATIVES)) or _role_then_verb(tokens, end)):
            # "Albert, mon conseiller, est en congé": a person named, then who they are, set apart (not a town that is no
            # first name nor word: "Dinan – mon fils, 17 ans, décrocheur…"; nineteenth session, dev-SX)
            return 0
        if (" ".join(tokens[start:end]) in self.first_names and not (start > 0 and tokens[start - 1] in PLACE_MARKERS)
                and _said_to_be_someone(tokens, end, breaks)):
            return 0  # "prendre rdv avec Nancy, c'est ma conseillère" (twenty-ninth session, dev-XD)
        if _street_before(tokens, start, match.contracted):
            return 0  # "12 rue des Lilas, 3e étage": a street's name, not Les Lilas (dev-QZ)
        if tokens[start:end] == ["rue"] and end < len(tokens) and not (breaks and breaks[end]) and tokens[end] not in _NO_STREET_NAME:
            # ("Rue des Lilas, au numéro 12"; dev-RD; not "j'habite à Rue et je cherche un contrat", twenty-sixth session, dev-VE)
            return 0  # "rue Victor Hugo, au 12": a street, not Rue (80) (dev-RB)
        if (start > 0 and tokens[start - 1] == "au" and not match.contracted and breaks and end + 1 < len(tokens)
                and breaks[end] and tokens[end] in ("le", "la", "l", "un", "une") and tokens[end + 1] in VENUES):
            return 0  # "Au Cassis, le bar à cocktails, ils cherchent un serveur": a venue's name (dev-RB)
        if (common and not qualified and self._town_part(match, parsed)):
            return 0  # "je suis sur le port tous les matins", "au bourg, à côté de la boulangerie" (dev-QZ)
        if (common and not asked and parsed.question and end - start == 1 and len(tokens) == 1
                and self._population_of(match.codes) < MARKED_TOWN):
            return 0  # "Mars ?", "Pont ?": a word asked about, not a village (dev-QZ)
        if (end - start == 1 and tokens[start] in self.first_names and breaks and end + 2 < len(tokens) and breaks[end]
                and tokens[end] in self.first_names and tokens[end + 1:end + 3] == ["et", "moi"]):
            return 0  # "Yves, Lucas et moi on veut venir…": people listed (sixteenth session, dev-SC)
        if person_introduced(tokens, start, end, breaks, self.first_names):
            return 0  # "Alix - 21 ans - …", "Albert, mon petit-fils de 17 ans, …": a first name
        if signed_surname(tokens, start, end, self.first_names) or (end - start == 1 and signed_name(tokens, start, self.first_names, breaks)):
            return 0  # "Bien à vous, Aude Fleury": a surname signed after a first name (dev-RI)
        before = tokens[start - 1] if start > 0 and not after_punctuation else ""
        before2 = tokens[start - 2] if start > 1 else ""
        if match.contracted:  # "je suis des Mureaux": "des" is "de" + the name's article
            before, before2 = ("de" if tokens[start] in ("du", "des") else "a"), before
        elif creole:
            before, before2 = "habite", "j"  # "mi lé Saint-Paul": where one lives
        # (the name's capital, not its contracted article's: "Au quartier lol" is no Le Quartier)
        capital = bool(capitals) and capitals[start + 1 if match.contracted and end - start > 1 else start]
        score = 0
        if _dwells(before, before2):
            score += 2
        elif before in STRONG_MARKERS or (before in PLACE_MARKERS and before2 in LIVING_WORDS) or (
                # "C OU LA MISSION LOCALE POUR MACON ??", the name ending the question (not "la mission locale pour maçon
                # en apprentissage", a trade; dev-RL)
                before == "pour" and before2 in MENTION_ENDS | {"missionlocale"}
                and (not common or end == len(tokens) or bool(breaks and breaks[end]))):
            # "mission locale de X", "je suis de X": strong, but for a commune named like an
            # ordinary word only one piece of evidence ("les missions locales à l'échelle…"),
            # unless it is a city ("mission locale à Limoges": "tu limoges" is a verb) or a name of
            # several words ("mission locale de pointe a pitre")
            # (or a town of MARKED_TOWN inhabitants or more whose name is a rare word of the
            # dictionary: "mission locale perigueux", "ML tulle")
            several = len([w for w in tokens[start:end] if w not in ARTICLES]) >= 2
            town = self._population_of(match.codes) >= MARKED_TOWN
            score += 1 if common and not big and not town and not several else 2
        elif before in PLACE_MARKERS and (not common or capital):
            # "à la rue", "en cours", "à l'échelle": a weak marker says nothing of an ordinary word
            # typed in lower case ("à Trappes" is a place)
            score += 1
        if score == 0 and _home_rank(tokens, start, breaks) >= WRITER_HOME:
            score += 1  # "mon domicile c'est Bayonne", "maintenant c'est Guéret", "plutôt Cannes"
            # a town of MARKED_TOWN inhabitants or more as strongly as after "j'habite à": "jsui hébergé chez mon coach a
            # vichy" (dev-RJ)
            score += before in PLACE_MARKERS and self._population_of(match.codes) >= MARKED_TOWN
        if score == 0 and not common and self._town_said_as_mine(tokens, start, end):
            score += 1  # "moi c'est venissieux, ma soeur elle est a lyon" (thirty-sixth session, dev-ZM)
        alone = self._only_place_words(tokens, start, end)
        if alone:
            score += 1
            if common and set(tokens) & ASKING_POLITELY and self._population_of(match.codes) >= MARKED_TOWN:
                score += 1  # the town and a "please" only: "VANNES SVP", "lourdes stp" (twenty-sixth session, dev-VK)
        # a capital letter counts where it is not merely the start of a sentence; a message of one ordinary word names a
        # village only when asked for ("Bus", "Job", "Long..." alone: a phone's capital; sixteenth session, dev-SA)
        if capital and (start > 0 or (alone and not (common and not asked and end - start == 1
                                                       and self._population_of(match.codes) < MARKED_TOWN
                                                       and not self._begins_a_town(tokens[start])))):
            score += 1
        if start == 0 and len(match.codes) == 1 and age_follows(tokens, breaks, end) and (
                (common and self._population_of(match.codes) >= AGE_AFTER_MIN_POPULATION)
                or (not common and " ".join(tokens[start:end]) not in self.first_names)):
            # the town, set apart, then the age: "menton, 21 ans, je cherche…", "orange, mon fils a 16 ans…" (twenty-sixth session,
            # dev-VK; not a word of small villages: "Vieux, 26 ans : j'ai plus droit à rien ?", "Lys, 16 ans, …"); a name that is no
            # word, in a longer message too: "guingamp 17 ans déscolarisé depuis novembre" (twenty-seventh session, dev-VY; not a first
            # name: "Albert 19 ans")
            score += 2
        if common and capital and after_an_age(tokens, breaks, start, end):
            score += 1  # a town set apart after the age: "16 ans, Sens, je cherche un apprentissage" (twenty-sixth session, dev-VD)
        # "mission locale" within three words, with no punctuation between ("17 ans lens mission
        # locale"); for a name that is also an ordinary word, only if it is capitalised
        if self._near_mention(start, end, mentions, breaks) and (not common or capital or big):
            score += 1
        elif (start == 0 and end + 1 in mentions and not (breaks and breaks[end]) and len(match.codes) == 1
              and self._population_of(match.codes) >= MARKED_TOWN):
            score += 2  # a town named like a word opening the message right before it, as after "mission locale de": "TULLE MISSION LOCALE HORAIRES"
        if not common or big:
            content = [w for w in tokens[start:end] if w not in ARTICLES]
            # a name of several words is rarely typed by chance ("mont de marsan", "aulnay sous bois")
            score += len(content) >= 2 and not common
            # the name stands apart in a question: "Aurillac : combien de temps… ?" (not "Nice,
            # merci pour le lien !", "SOS ! …")
            score += opens_question(parsed, match, asks_for_one=bool(mentions), areas=self.area_names) or ends_after_question(
                parsed, match, self.first_names)
            # the name, then where it is: "Mérignac à côté de Bordeaux"
            score += locates_from_landmark(tokens, end)
            # the message opens with the whole name of a town, set apart by punctuation: "Besançon, 21
            # ans, besoin d'aide pour mon CV" (not "Luc, le référent de mon fils…": the villages named
            # Luc are small, Le Luc has its article)
            typed = " ".join(tokens[start:end])
            # the communes whose official name is what was typed (`by_name` also lists names without
            # their article: "luc" is Le Luc there)
            # or a town's whole name right beside a need in a short message: "Sète job saisonnier 16
            # ans", "Cahors atelier CV c quand ?", "ptit boulot roanne pr l'été"
            whole = [(self.communes[c].get("population") or 0) for c in match.codes
                     if normalise(self.communes[c]["name"]) == typed or typed in OTHER_NAMES]  # "perpi, je veux…"
            part = _past_district(tokens, end)  # "Rouen rive gauche, ma fille a 16 ans…"
            score += bool(whole) and (
                # (a big town named like a word too: "Bordeaux — est-ce que la mission locale… ?")
                (_opens(tokens, start, end) and part < len(tokens) and bool(breaks)
                 and (breaks[part] or _here_at(tokens, breaks, part)) and max(whole) >= SOUND_ALIKE_MIN_POPULATION)
                or (not common and self.beside_a_need(match, parsed))
                # or right before the writer, an age or a need, punctuation or not: "ROANNE 21 ANS CHERCHE
                # FORMATION", "NANTERRE JE VEUX REPRENDRE LES ETUDES" (a town of MARKED_TOWN inhabitants or more)
                or (not common and _opens(tokens, start, end) and max(whole) >= MARKED_TOWN
                    and not (breaks and end < len(tokens) and breaks[end])
                    and _need_follows(tokens, end, breaks))  # (not "NICE !!! j'ai eu mon entretien")
                # or a small town whose name is no word nor first name, of four letters or more, capitalised and set
                # apart before an age or the writer's need: "Rostrenen. 19 ans. Besoin d'aide…", "Locronan, 20 ans, je
                # cherche…" (dev-RJ; not "Ham... je sais pas trop comment le dire")
                # (or right before an age said by the writer, no punctuation: "Lucciana jai 22 ans"; seventeenth session, dev-SF)
                or (not common and capital and len(typed) >= 4 and typed not in self.first_names and _opens(tokens, start, end)
                    and max(whole) >= SMALL_TOWN and bool(breaks) and part < len(tokens)
                    and ((breaks[part] and (_age_at(tokens, part) or _goes_on_after(parsed, part)))
                         or (not breaks[part] and _own_age_at(tokens, part)))))
        if common and self.beside_a_need(match, parsed):
            score += 2  # a name that is also a word, capitalised, right beside a need: "Bourges cej"
        if common and self._located_in_its_department(match, parsed):
            score += 2  # "Ifs à côté de Caen", "un petit village à côté de Nice, Drap" (twenty-third session)
        if common and self.stressed_opening(match, parsed):
            score += 2  # "Tours, 17 ans, je cherche…", "TOURS ici, …", "VANNES. Mon fils a 19 ans…"
        if common and self.opens_plainly_before_a_need(match, parsed):
            score += 1  # weak alone: "Vous parlez de la commune de Tours ?" for "tours besoin d'un rdv" (thirtieth session, dev-XG)
        elif common and self.plainly_beside_a_need(match, parsed):
            score += 1  # weak alone: "Vous parlez de la commune de Vannes ?" for "bafa vannes financement" (thirty-fifth session, dev-ZI)
        # the answer to "which commune?" opens with it ("Tourcoing mais je suis souvent chez ma mère
        # à Lille"); a name that is also an ordinary word only when a landmark follows ("Gaillac
        # près d'Albi"), not "Bonne question", "à la montagne, c'est paumé"
        opens_answer = (asked and all(t in STOPWORDS for t in tokens[:start])
                        and (not common or big or locates_from_landmark(tokens, end)))
        # an ordinary word inside the answer, after a word that is no word of place, is that word: "Avec
        # plaisir mais pourquoi ?" is no Plaisir
        in_passing = (common and start > 0 and not after_punctuation and tokens[start - 1] not in PLACE_MARKERS
                      and tokens[start - 1] not in ANSWER_FILLERS)
        return score + int(asked and not in_passing) + 2 * int(opens_answer) + int(qualified)

    def named_as_sought(self, parsed: ParsedMessage, codes: Iterable[str]) -> bool:
        """Whether one of these communes is the place the message is about: named (by a name that is
        no ordinary word, or capitalised) as the home of the person the message is about ("je vis
        chez ma mère à Bergerac", "hébergée en foyer à Agde", "je suis posé à Calais", "un jeune vient
        d'emménager à Hyères"), or by its whole name right beside a need ("Bourges cej", "ptit boulot
        roanne pr l'été", "Bastia, besoin d'un rdv")."""
        codes = set(codes)
        for m in parsed.matches:
            if m.kind != "commune" or not codes & set(m.codes):
                continue
            if on_a_trip(parsed, m, past=False):
                continue  # "Je reviens d'un week-end à Biarritz" (nineteenth session, dev-SW)
            if (m.start >= 3 and parsed.tokens[m.start - 3] in PEOPLE_ROLES and parsed.tokens[m.start - 2:m.start] == ["c", "est"] and " ".join(parsed.tokens[m.start:m.end]) in self.first_names):
                continue  # a person named by her role: "Ma conseillère c'est Nancy, elle est en congé ?" (thirty-second session, dev-YA)
            common = self.is_common_word(" ".join(parsed.tokens[m.start:m.end]))
            capital = bool(parsed.capitals) and parsed.capitals[m.start]
            if (not common or capital) and _home_rank(parsed.tokens, m.start, parsed.breaks) >= WRITER_HOME:
                return True  # a name that is also a word, capitalised: "je suis posé à Calais"
            if (self.beside_a_need(m, parsed) or (not common and self._opens_before_a_need(m, parsed))
                    or (common and self.stressed_opening(m, parsed))):
                return True
        return False

    @staticmethod
    def _opens_before_a_need(match: _Match, parsed: ParsedMessage) -> bool:
        """Whether the town opens the message, set apart by punctuation, and a need follows within a
        few words, or the writer's own words right after it (`_goes_on_after`)."""
        end = _past_district(parsed.tokens, match.end)  # "Avignon intra-muros, 20 ans, …"
        return _opens(parsed.tokens, match.start, match.end) and (
            _need_follows(parsed.tokens, end, parsed.breaks) or _goes_on_after(parsed, end))

    def stressed_opening(self, match: _Match, parsed: ParsedMessage) -> bool:
        """Whether a town's whole name (MARKED_TOWN inhabitants or more), also an ordinary word, opens the
        message capitalised, as a place: right before "ici" or an age ("TOURS ici, j'ai besoin…", "Macon 19 ans
        je cherche…", "Fougères, 24 ans, …"); after punctuation, before the writer's words or a need ("Vichy, je
        veux devenir pompier…"); or stressed (typed in capitals in a message that is not, or a name of several
        words each capitalised) before a young person or a need after punctuation ("VANNES. Mon fils a 19 ans…",
        "Le Tampon, mon fils a 17 ans…"); or a sentence of its own before "mission locale" in a message typed in
        capitals ("MACON. MISSION LOCALE. NUMERO DE TELEPHONE ?")."""
        tokens, capitals, breaks = parsed.tokens, parsed.capitals, parsed.breaks
        start, end = match.start, match.end
        typed = " ".join(tokens[start:end])
        marked = any(normalise(self.communes[c]["name"]) == typed and (self.communes[c].get("population") or 0) >= MARKED_TOWN
                     for c in match.codes)
        if (marked and start == 0 and breaks and end < len(tokens) and breaks[end] and tokens[end:end + 2] == ["mission", "locale"]
                and parsed.capitals is None):
            return True  # a sentence of its own before "mission locale", in a message typed in capitals: "MACON. MISSION LOCALE." (dev-RE)
        if marked and start == 0 and capitals and capitals[start] and tokens[end:end + 2] == ["mission", "locale"]:
            return True  # "Fontaine mission locale horaires" (dev-RX)
        if start != 0 or end + 1 >= len(tokens) or not capitals or not capitals[start] or not breaks:
            return False
        if not marked:
            # a smaller town named like a word, no first name, set apart before an age: "Condom, 18 ans, je veux bosser
            # dans la vigne" (dev-RQ; not before the writer's words, which follow a topic as often: "Cours, j'en ai
            # marre…", "Monnaie : j'ai plus un rond…")
            whole = [(self.communes[c].get("population") or 0) for c in match.codes if normalise(self.communes[c]["name"]) == typed]
            return (bool(whole) and max(whole) >= COMMON_OPENING_TOWN and typed not in self.first_names
                    and breaks[end] and _age_at(tokens, end))
        if _here_at(tokens, breaks, end) or _age_at(tokens, end):
            return True  # "TOURS ici, …", "Macon 19 ans je cherche…"
        if _goes_on_after(parsed, end):
            return True  # "Vichy, je veux devenir pompier…", "Foix, je suis maman…"
        if _asking_on(tokens, end):
            return True  # "Cognac, c'est possible de faire le CEJ… ?" (dev-QA)
        # a young person the message is about, right after it: "Tulle mon petit-fils cherche…", "Orange, mon fils veut
        # passer le BAFA", "Plaisir jeune sans diplome cherche emploi" (dev-QT)
        young = _young_person_at(tokens, end)
        if not breaks[end]:
            # the writer speaking of themselves right after it: "Trappes jveux creer mon entreprise…" (dev-QA)
            return tokens[end] in _FIRST_PERSON_OPENERS or young
        stressed = bool(parsed.shouted and all(parsed.shouted[start:end])) or (end - start > 1 and all(capitals[start:end]))
        return young or (stressed and _need_follows(tokens, end, breaks))

    def _town_said_as_mine(self, tokens: List[str], start: int, end: int) -> bool:
        """Whether the name at tokens[start:end], after "moi c'est" or "moi c", is the writer's town set against a relative's, a
        partner's or a friend's, or chosen after a choice asked ("moi c'est venissieux, ma soeur elle est a lyon", "dijon ou
        chenove ? moi c chenove"; thirty-sixth session, dev-ZM), and no first name ("moi c'est Marie")."""
        said = tokens[max(0, start - 3):start] == ["moi", "c", "est"] or tokens[max(0, start - 2):start] == ["moi", "c"]
        return said and (_writer_set_against_elders(tokens, _PEERS) or "ou" in tokens[:start]) and introduces_a_town(
            tokens, start, end, self.first_names)

    def plainly_beside_a_need(self, match: _Match, parsed: ParsedMessage) -> bool:
        """Whether a big town's whole name (BIG_TOWN inhabitants or more) that is also an ordinary word, no first name, typed in lower
        case inside a short message, stands right between or after words of need ("bafa vannes financement", "cej rennes"): one
        piece of evidence, so that the assistant asks "Vous parlez de la commune de … ?" (issue 13: with weak evidence, ask)."""
        tokens, breaks = parsed.tokens, parsed.breaks
        start, end = match.start, match.end
        typed = " ".join(tokens[start:end])
        if start == 0 or typed in self.first_names or (parsed.capitals and any(parsed.capitals[start:end])):
            return False
        whole = [(self.communes[c].get("population") or 0) for c in match.codes if normalise(self.communes[c]["name"]) == typed]
        # (or two words after it, a trade between, the town ending the message: "apprentissage coiffure tours"; thirty-sixth
        # session, dev-ZK)
        trade_between = (start >= 2 and end == len(tokens) and tokens[start - 2] in NEEDS and tokens[start - 1] not in STOPWORDS
                         and not (breaks and any(breaks[start - 1:end])))
        return bool(whole) and max(whole) >= BIG_TOWN and (
            (tokens[start - 1] in NEEDS and _need_beside(tokens, start, end, breaks, NEED_DISTANCE))
            or (trade_between and len(tokens) <= MAX_NEED_MESSAGE))

    def opens_plainly_before_a_need(self, match: _Match, parsed: ParsedMessage) -> bool:
        """Whether a town's whole name (MARKED_TOWN inhabitants or more) that is also an ordinary word, no first name, opens
        the message with no mark of a name (in lower case, or with a phone's capital, not set apart) and the writer goes on at
        once with a need or a question to the assistant ("rennes besoin d'un rdv", "tours et c'est ouvert le samedi ?", "orange
        vous avez des offres… ?"): one piece of evidence, so that the assistant asks "Vous parlez de la commune de … ?" rather
        than answer something else (issue 13: with weak evidence, ask)."""
        tokens, breaks = parsed.tokens, parsed.breaks
        start, end = match.start, match.end
        typed = " ".join(tokens[start:end])
        if start != 0 or end >= len(tokens) or (breaks and breaks[end]):  # (a phone's capital opening the message says nothing)
            return False
        if typed in self.first_names:
            return False
        whole = [(self.communes[c].get("population") or 0) for c in match.codes if normalise(self.communes[c]["name"]) == typed]
        return bool(whole) and max(whole) >= MARKED_TOWN and (_need_follows(tokens, end, breaks) or _asks_at(tokens, end))

    def beside_a_need(self, match: _Match, parsed: ParsedMessage) -> bool:
        """Whether a town's whole name (MARKED_TOWN inhabitants or more) stands right beside a need in
        a short message (`_need_beside`); a name that is also an ordinary word only capitalised
        ("Périgueux job d'été", not "Grasse mat ce matin… rdv")."""
        typed = " ".join(parsed.tokens[match.start:match.end])
        if not any(normalise(self.communes[c]["name"]) == typed and (self.communes[c].get("population") or 0)
                   >= MARKED_TOWN for c in match.codes):
            return False
        capital = bool(parsed.capitals) and parsed.capitals[match.start]
        common = self.is_common_word(typed)
        return (capital or not common) and _need_beside(
            parsed.tokens, match.start, match.end, parsed.breaks, NEED_DISTANCE if common else FAR_NEED_DISTANCE)

    def confirmation_finding(self, codes: List[str], department: Optional[str] = None) -> Finding:
        """A commune to confirm ("Vous parlez de la commune de … ?"), the largest first."""
        codes = sorted(set(codes))
        if department:
            codes = [c for c in codes if self.communes[c]["department"] == department] or codes
        candidates = self._by_population(codes)
        return Finding("confirm", place_kind="commune", place_name=self.commune_label(candidates[0]),
                       commune_code=candidates[0], candidates=candidates)

    def find_explicit(self, text: str) -> Finding:
        """Like `find` without spelling corrections, and only for a place named as such: a commune
        with enough evidence (see `find`; a commune to confirm is not explicit), a postcode, a
        department number, or a department or region name introduced by a preposition ("dans le
        Nord") or alone."""
        return self.explicit(self.parse(text))

    def explicit(self, parsed: Optional[ParsedMessage]) -> Finding:
        """`find_explicit`'s decision on a parsed message."""
        finding = self.decide(parsed, fuzzy=False, asked=False)
        if finding.status == "confirm":
            return Finding("not_found")
        if parsed is None or finding.status == "not_found" or finding.place_kind == "commune":
            return finding
        tokens = parsed.tokens
        if self._department_code(tokens, parsed.breaks) or parsed.postcodes:
            return finding
        for match in parsed.matches:
            if match.kind == "commune":
                continue
            before = tokens[match.start - 1] if match.start > 0 else ""
            others = tokens[:match.start] + tokens[match.end:]
            if before in PLACE_MARKERS or all(t in STOPWORDS for t in others):
                return finding
        return Finding("not_found")

    def _arrondissement(self, norm: str, lone_city: bool = False) -> Optional[str]:
        # ("dans le premié arondissement"; nineteenth session, dev-SX)
        norm = _MARSEILLE_TYPED.sub("marseille", _ordinals_as_numbers(re.sub(r"\barondissement", "arrondissement", norm)))
        norm = _LYON_HEARD.sub("lyon ", norm)
        dwelt_in = _DWELT_ARRONDISSEMENT.search(norm)
        cities = set(re.findall(rf"\b{_CITIES}\b", norm)) | ({"paris"} if _PARIS_GATE.search(norm) else set())
        if dwelt_in and len(cities) == 1:
            # the arrondissement where one lives, beside another where one works: "Je travaille dans le 1er arrondissement de
            # Paris mais j'habite dans le 17e" (twenty-third session, dev-TX)
            code = self._arrondissement_code(next(iter(cities)), int(dwelt_in.group(3)))
            if code:
                return code
        # (not an age after the city: "… dans le 7e a lyon. 21 ans, …"; nineteenth session, dev-SV)
        match = re.search(rf"\b{_CITIES} (\d{{1,2}})(?!\d| ?ans\b)\s?(e|er|eme|ieme|em|me)?\b", norm) or (lone_city and re.search(
            rf"\b{_CITIES} (?:dans )?le (\d{{1,2}})\s?(e|er|eme|ieme|em|me)?\b", norm))  # "à Marseille dans le 13e", "Marseille, le 13e" (dev-RQ, dev-RS)
        if not match:
            # with its ordinal's ending, beside other towns: "Mon fils vit avec moi à Marseille, dans le 3e ; avant il était
            # chez son père à Vitrolles" (not a past home: "Avant elle était chez moi à Paris, dans le 19e"; nineteenth
            # session, dev-SX)
            beside = re.search(rf"\b{_CITIES} dans le (\d{{1,2}})\s?(e|er|eme|ieme|em|me)\b", norm)
            # (nor a training's: "je suis en formation sur Lyon dans le 7e", dev-RU)
            if beside and not set(norm[:beside.start()].split()[-6:]) & (PAST_HOME | PAST_DWELLING_WORDS | ELSEWHERE_WORDS
                                                                          | {"formation", "formations"}):
                match = beside
        # (or a training's: "je fais ma formation a paris 14"; twenty-fourth session, dev-UN)
        if match and not lone_city and set(norm[:match.start()].split()[-3:]) & (ELSEWHERE_WORDS | {"formation", "formations"}):
            match = None  # "j'habite à Villeurbanne et je travaille à Lyon 6e" (twenty-third session, dev-TX)
        if match:
            city, number = match.group(1), int(match.group(2))
        else:  # "dans le 20e à Paris", "le 3eme arrondissement de Lyon", "dans le 14 a marseille" (dev-QX)
            match = re.search(r"\b(\d{1,2})(?:\s?(e|er|eme|ieme|em|me) (?:arrondissement |arr )?| (?=a |de |du |sur ))"
                              rf"(?:a|de|du|sur) {_CITIES}\b", norm)
            if match and not match.group(2) and not re.search(rf"\bdans le {match.group(1)} ", norm):
                match = None  # a bare number only after "dans le": not "rdv le 14 a Paris"
            if match and not lone_city and set(norm[:match.start()].split()[-4:]) & (PAST_HOME | PAST_DWELLING_WORDS):
                match = None  # "avant j'étais dans le 13e à Marseille", beside the home at Aubagne (dev-RC)
            before = norm[:match.start()].split() if match else []
            # (or where the mail comes: "mon courrier arrive chez ma mère dans le 8ème à Lyon"; nineteenth session, dev-SX)
            if match and not lone_city and not (set(before[-10:]) & (DWELLING_WORDS | LODGINGS | {"courrier", "adresse", "domicile"})
                                                or before[-3:-2] and before[-3] in BEING_WORDS):
                match = None  # "je vis à Créteil… Je suis en service civique dans le 12e à Paris" (dev-RU)
            if match:
                city, number = match.group(3), int(match.group(1))
            else:
                # the city named, then "dans le 15e" elsewhere: "Je vis dans les quartiers nord de Marseille, dans le
                # 15e." (dev-QY; with its ordinal's ending: "dans le 13" is a department; `lone_city`: no other commune
                # named, as "avant elle était chez moi à Paris, dans le 19e" beside her home at Bobigny)
                ordinal = re.search(r"\bdans le (\d{1,2})\s?(e|er|eme|ieme|em|me)\b", norm)
                if len(cities) != 1 or not ordinal or not lone_city:
                    return None
                city, number = cities.pop(), int(ordinal.group(1))
        return self._arrondissement_code(city, number)

    def _arrondissement_code(self, city: str, number: int) -> Optional[str]:
        """The code of the city's arrondissement of this number, if it has one."""
        department, count = ARRONDISSEMENT_CITIES[city]
        if not 1 <= number <= count:
            return None
        code = f"751{number:02d}" if department == "75" else (f"132{number:02d}" if department == "13" else f"6938{number}")
        return code if code in self.communes else None

    def department_numbers(self, tokens: List[str]) -> List[Tuple[int, str]]:
        """Where a department number follows a word ("tarbe 65", "dans le 49"): its index and code."""
        found = []
        for i, token in enumerate(tokens):
            code = token.upper() if token in ("2a", "2b") else token
            if (i > 0 and code in self.departments and not tokens[i - 1].isdigit()
                    and (i + 1 == len(tokens) or tokens[i + 1] not in NUMBER_UNITS)):
                found.append((i, code))  # not "avoir 18 ans", "à 15 h"
        return found

    def _town_before_department(self, tokens: List[str], start: int, department: str,
                                short_only: bool = False) -> List[str]:
        """The commune of `department` named by the word before it (connectors skipped): its short
        form ("chalons": Châlons-en-Champagne), a spelling or sound close to its name ("tarbe",
        "anger", "kan"; not `short_only`); the largest when several."""
        j = start - 1
        while j > 0 and tokens[j] in ("en", "dans", "le", "la", "les", "l", "de", "du", "departement", "dept"):
            j -= 1
        if j > 1 and tokens[j - 1:j + 1] == ["c", "est"] and tokens[j + 1:j + 2] in (["dans"], ["en"]):
            j -= 2  # "amien c'est dans la Somme" (thirtieth session, dev-XI)
        elif j > 0 and tokens[j] in ("c", "cest") and tokens[j + 1:j + 2] in (["dans"], ["en"]):
            j -= 1
        if j > 0 and tokens[j] in ("a", "au") and tokens[j - 1] not in STOPWORDS:
            j -= 1  # an island's department after "à": "Sin Andrée à la Réunion", "Kougou a Mayotte" (nineteenth session, dev-SX)
        word = tokens[j] if 0 <= j < start else ""
        # (or "de": "la mision locale du village de Y dans la Somme"; twenty-fifth session, dev-UY)
        if len(word) < 3 and ((j > 0 and tokens[j - 1] in ("a", "de")) or (j == 0 and word not in STOPWORDS)):
            # a name of one or two letters after "à", then its department: "à Eu en Seine-Maritime", "à Y, dans la Somme"
            found = [c for c in self.by_name.get(word, ()) if self.communes[c]["department"] == department][:1]
            if found or len(word) < 2:
                return found
            # else a town of NEAR_SOUND_MIN_POPULATION inhabitants or more that sounds just so: "jsui a so dans le 92"
            # (Sceaux), "mo 77" (Meaux) (nineteenth session, dev-SV)
            key = sound_key(word)
            return self._by_population([c for name in self._names_in_department(department) if self._sound_of(name) == key
                                        for c in self.by_name[name] if self.communes[c]["department"] == department
                                        and (self.communes[c].get("population") or 0) >= NEAR_SOUND_MIN_POPULATION])[:1]
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            return []
        # ("avoir 18 …" names no town; a word opening the message may: "Vanne (morbihan) besoin d'aide…", and a
        # word after "à": "a vanne dans le morbiand")
        loose = not short_only and (j == 0 or not self.is_common_word(word) or tokens[j - 1] in PLACE_MARKERS)
        found = self._spelled_in_department(word, department, loose)
        if found or short_only:
            return found
        if not (j > 0 and tokens[j - 1] in DETERMINERS and tokens[j - 1] not in LEADING_ARTICLES):
            # a name as heard with its article apart: "les abimes guadeloupe", Les Abymes (twentieth session, dev-TF)
            key = sound_key(word)
            article = tokens[j - 1] if j > 0 and tokens[j - 1] in LEADING_ARTICLES else None
            heard = [c for name in self._names_in_department(department) if len(name.split()) == 2
                     and (article is None or name.split()[0] == article) and self._sound_without_article(name) == key
                     for c in self.by_name[name] if self.communes[c]["department"] == department]
            if heard and len(key) >= 4:
                return self._by_population(heard)[:1]
        # a name of two or three words as heard, by its sound only: "sin kentin dans l'aisne" (eighteenth session, dev-SN)
        for n in (2, 3):
            words = tokens[j - n + 1:j + 1]
            if j - n + 1 < 0:
                break
            if n == 2 and words[0] in ARTICLES and words[0] != "au":
                continue  # a name of three words joined by "sous", "sur", "les": "jhabite onay sous bwa dans le 93" (dev-TB)
            if words[0] in STOPWORDS or words[0] in PLACE_MARKERS or words[0] in ARTICLES:
                break
            key = sound_key(" ".join(words))
            names = self._names_in_department(department)
            # (or its name without its article: "jsuis au tan pon a la reunion", Le Tampon; twentieth session, dev-TD)
            close = [name for name in names if key in (self._sound_of(name), self._sound_without_article(name))]
            if not close and any(name.startswith(" ".join(words) + " ") for name in names):
                break  # a short form, read elsewhere: "Saint-Maur dans le Val-de-Marne", not Saint-Maurice (dev-PN)
            if not close and len(key) >= NEAR_SOUND_MIN_KEY:
                # one sound away, a town of SOUND_ALIKE_MIN_POPULATION inhabitants or more: "Rémir Monjoli en Guyane"
                # (nineteenth session, dev-SX)
                close = self._sounding_near(key, names)
            codes = [c for name in close for c in self.by_name[name] if self.communes[c]["department"] == department]
            if codes:
                return self._by_population(codes)[:1]
        return []

    def _town_before_region(self, tokens: List[str], start: int, region: str) -> List[str]:
        """The commune of `region` that the word before it (connectors skipped) sounds like, exactly or one letter away
        (a sound of NEAR_SOUND_MIN_KEY letters, a town of SOUND_ALIKE_MIN_POPULATION inhabitants or more); no ordinary
        word; the largest when several."""
        j = start - 1
        while j > 0 and tokens[j] in ("en", "dans", "le", "la", "les", "l", "de", "du", "au", "region"):
            j -= 1
        word = tokens[j] if 0 <= j < start else ""
        # (an ordinary word after "à" only for a big town that sounds just so: "jhabite a mess en lorraine", Metz;
        # twentieth session, dev-TD)
        common = self.is_common_word(word) and not (j > 0 and tokens[j - 1] in PLACE_MARKERS)
        if len(word) < 3 or word in STOPWORDS or word.isdigit() or common or word in self.by_name:
            return []
        key = sound_key(word)
        if region not in self._region_names:
            self._region_names[region] = sorted({name for code, d in self.departments.items() if d.get("region") == region
                                                 for name in self._names_in_department(code)})
        names = self._region_names[region]
        close = [name for name in names if self._sound_of(name) == key] or (
            self._sounding_near(key, names) if len(key) >= NEAR_SOUND_MIN_KEY else [])
        if self.is_common_word(word):
            close = [name for name in close if self._sound_of(name) == key and self._population(name) >= BIG_TOWN]
        codes = [c for name in close for c in self.by_name[name] if self.communes[c].get("region") == region]
        return self._by_population(codes)[:1]

    def _sounding_near(self, key: str, names: Iterable[str]) -> List[str]:
        """The names among `names` of towns of SOUND_ALIKE_MIN_POPULATION inhabitants or more whose sound is one letter
        away from `key` (a sound_key)."""
        return [name for name in names if Levenshtein.distance(self._sound_of(name), key, score_cutoff=1) <= 1
                and self._population(name) >= SOUND_ALIKE_MIN_POPULATION]

    def _sound_without_article(self, name: str) -> Optional[str]:
        """sound_key of a commune's normalised name without its leading article ("le tampon": "tanpon"), or None."""
        article, _, rest = name.partition(" ")
        return self._sound_of(rest) if article in LEADING_ARTICLES and rest else None

    def _sound_of(self, name: str) -> str:
        """sound_key of a commune's normalised name, remembered."""
        if name not in self._name_sounds:
            self._name_sounds[name] = sound_key(name)
        return self._name_sounds[name]

    def _spelled_in_department(self, word: str, department: str, loose: bool = True) -> List[str]:
        """The largest commune of `department` that `word` names: its whole name, without its article ("mwen an Gosier
        Gwada", Le Gosier) or its short form ("chalons"); else, `loose`, a spelling or a sound close to it ("tarbe",
        "riquewir")."""
        names = self._names_in_department(department)
        close = [name for name in names if name.startswith(word + " ") or name == word
                 or any(name == f"{article} {word}" for article in LEADING_ARTICLES)]
        if not close and loose:
            key = sound_key(word)
            # (also without its article: "jvis o gozié en guadeloupe", Le Gosier; nineteenth session, dev-SX)
            close = [name for name in names if self._sound_of(name) == key or self._sound_of(name.split()[0]) == key
                     or (name.split()[0] in LEADING_ARTICLES and self._sound_of(name.split(" ", 1)[-1]) == key)
                     or (len(word) >= 4 and fuzz.ratio(word, name) >= DEPARTMENT_FUZZY_CUTOFF)]
            if not close and len(word) >= 4:
                # a big town one letter away: "j'habite à Mets en Moselle", Metz (twenty-fifth session, dev-UW)
                close = [name for name in names if abs(len(name) - len(word)) <= 1 and Levenshtein.distance(name, word) <= 1
                         and self._population(name) >= BIG_TOWN]
            if not close and len(key) >= NEAR_SOUND_MIN_KEY:
                # a sound one letter away, a town of SOUND_ALIKE_MIN_POPULATION inhabitants or more: "chatelro dans la
                # vienne", Châtellerault (eighteenth session, dev-SP)
                close = self._sounding_near(key, names)
        codes = [c for name in close for c in self.by_name[name] if self.communes[c]["department"] == department]
        return self._by_population(codes)[:1]

    def _names_in_department(self, department: str) -> List[str]:
        """The names of a department's communes, sorted (gathered for every department at first use)."""
        if not self._department_names:
            gathered: Dict[str, set] = {}
            for name, codes in self.by_name.items():
                for c in codes:
                    gathered.setdefault(self.communes[c]["department"], set()).add(name)
            self._department_names = {d: sorted(names) for d, names in gathered.items()}
        return self._department_names.get(department, [])

    def _longer_names_in(self, department: str, short: str) -> List[str]:
        """The names of a department's communes that begin with the words `short` ("aix" → "aix en provence"), found by bisection
        of the sorted names."""
        names = self._names_in_department(department)
        start = bisect.bisect_left(names, short + " ")
        end = bisect.bisect_left(names, short + "!")  # ("!" sorts right after the space)
        return names[start:end]

    def _department_code(self, tokens: List[str], breaks: Optional[List[bool]] = None) -> Optional[str]:
        """A department number given as such: alone, after 'dans le', 'departement'..., or right
        after a name, ending the message or a clause ("saint denis 93", "st ouen 93, je cherche…")"""
        for i, token in enumerate(tokens):
            code = token.upper() if token in ("2a", "2b") else token
            if code not in self.departments:
                continue
            if len(tokens) == 1:
                return code
            before = tokens[max(0, i - 2): i]
            if before and before[-1] in ("departement", "dept", "dep", "le", "du", "en", "ml", "locale", "locales"):
                return code
            if i > 0 and tokens[i - 1] not in STOPWORDS and not tokens[i - 1].isdigit() and (
                    i == len(tokens) - 1 or (breaks and breaks[i + 1] and not self.is_common_word(tokens[i - 1]))):
                return code  # "saint denis 93"
        return None

    def _matches(self, tokens: List[str]) -> List[_Match]:
        """Place names in the tokens, longest first, without overlaps."""
        found: List[_Match] = []
        taken = [False] * len(tokens)
        for size in range(min(MAX_NGRAM, len(tokens)), 0, -1):
            for start in range(0, len(tokens) - size + 1):
                end = start + size
                if any(taken[start:end]):
                    continue
                words = tokens[start:end]
                if size == 1 and (words[0] in STOPWORDS or words[0].isdigit()) and not _eu_as_the_town(tokens, start):
                    continue
                key = " ".join(words)
                preceded = start > 0 and tokens[start - 1] == "a"
                hits = []
                # "mission locale du Havre / des Abymes / au Mans": the article is contracted
                alt = CONTRACTED.get(words[0])
                alt_key = " ".join([alt] + words[1:]) if alt and size > 1 else None
                if words[-1] in ("saint", "sainte") and " ".join(tokens[start + 1:end + 1]) in self.by_name:
                    continue  # "mi lé Saint-Paul": the saint's name goes with the next word, not Le Saint
                if key in self.by_name:
                    hits.append(_Match("commune", list(self.by_name[key]), start, end, preceded))
                elif alt_key in self.by_name:
                    hits.append(_Match("commune", list(self.by_name[alt_key]), start, end, preceded, contracted=True))
                elif size > 1:
                    abbreviated = self._abbreviated_name(words)
                    if abbreviated:
                        hits.append(_Match("commune", list(self.by_name[abbreviated]), start, end, preceded))
                department = self.department_by_name.get(key) or (
                    size > 1 and words[0] in LEADING_ARTICLES and start > 0 and tokens[start - 1] in ("dans", "en")
                    and self.department_by_name.get(" ".join(words[1:]))) or (
                    not hits and self._misspelled_department(key, tokens[max(0, start - 2):start]))
                if department:
                    hits.append(_Match("departement", [department], start, end, preceded))
                if key in self.region_by_name and not (key == "centre" and start > 0 and tokens[start - 1] == "au"):
                    # ("au centre" is downtown, not the Centre-Val de Loire)
                    hits.append(_Match("region", [self.region_by_name[key]], start, end, preceded))
                if hits:
                    found.extend(hits)
                    for i in range(start, end):
                        taken[i] = True
        return found

    def _misspelled_department(self, key: str, before: List[str]) -> Optional[str]:
        """The department whose name `key` misspells, right after "dans" or "en", by its sound or its
        spelling (FUZZY_CUTOFF): "dans le gerre" is the Gers, "en ariej" the Ariège; never an ordinary
        word ("en face", and so not "dans l'allié")."""
        if len(key) < 4 or not ({"dans", "en"} & set(before)) or self.is_common_word(key):
            return None
        words = key.split()
        if words[0] in STOPWORDS or words[0] == "ya" or words[-1] in STOPWORDS:
            return None  # little words around: "aix en provence ya une mission locale" is no Yonne (eighteenth session, dev-SR)
        by_sound = self._department_sounds.get(sound_key(key))
        if by_sound:
            return by_sound
        best = process.extractOne(key, self._department_names_listed, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.department_by_name[best[0]] if best else None

    def _begins_a_town(self, word: str) -> bool:
        """Whether a word is the first of a longer town's name of MARKED_TOWN inhabitants or more ("Aix": Aix-en-Provence)."""
        return any(self._population_of(self.by_name.get(name, [])) >= MARKED_TOWN
                   for name in self._long_names_by_first.get(word, ()))

    def _abbreviated_name(self, words: List[str]) -> Optional[str]:
        """The one town of some size whose name these words abbreviate: its first word in full, each
        other word in full or shortened to letters of it in order, from its first ("clermont fd":
        Clermont-Ferrand, "aix en pce": Aix-en-Provence, "chalon s saone"), the last one of two
        letters or more."""
        if len(words[-1]) < 2 or words[0] in STOPWORDS or words[-1] in SUBJECT_PRONOUNS | _POSSESSIVES:
            return None  # ("montreuil je" abbreviates no Montreuil-Juigné, "Saint-Pierre, mon fils" no Saint-Pierre-Montlimart)
        found = [name for name in self._long_names_by_first.get(words[0], ())
                 if len(name.split()) == len(words) and _abbreviates(words[1:], name.split()[1:])]
        return found[0] if len(found) == 1 else None

    def _prefix(self, tokens: List[str], capitals: Optional[List[bool]] = None) -> Optional[List[str]]:
        """A short form of one commune's name: "cherbourg" for Cherbourg-en-Cotentin; also an ordinary
        word when capitalised opening the message (`capitals`: given for an answer to "which commune?":
        "Digne", not "sur Terre")."""
        words = [(i, t) for i, t in enumerate(tokens) if t not in STOPWORDS and not t.isdigit()]
        if len(words) != 1:
            return None
        i, word = words[0]
        return self._short_form(word, capitalised_after_dwelling=bool(capitals) and i == 0 and capitals[i])

    def _short_form(self, word: str, capitalised_after_dwelling: bool = False, living: bool = False,
                    after_mention: bool = False) -> Optional[List[str]]:
        """The communes whose name starts with this word, when they are few ("bourgoin":
        Bourgoin-Jallieu; "vitry": Vitry-sur-Seine, Vitry-le-François… to choose from); a word that is
        also an ordinary word only capitalised right after words of living ("j'habite à Digne",
        "je vis à Mantes": Mantes-la-Jolie or Mantes-la-Ville, to choose from)."""
        if len(word) < 4 or word in STOPWORDS:
            return None
        if self.is_common_word(word) and not capitalised_after_dwelling:
            # only a big town's name without its article, right after a word of living or "mission locale": "elle habite
            # tampon" (Le Tampon), "la mission locale de gosier" (Le Gosier) (twenty-fourth session, dev-UH; not "je suis de
            # garde", "je suis sur le pont")
            # (or, right after "mission locale (de)", a town's first word, the one town of its size named so: "mission locale de
            # digne", Digne-les-Bains; twenty-fifth session, dev-UY; not after a word of living, "j'habite à digne", nor a
            # determiner, "la ML de notre ville", no Notre-Dame-de-Gravenchon)
            codes = sorted(self._article_dropped(word) | ({c for name in self._names_starting(word + " ") for c in self.by_name[name]
                                                          if (self.communes[c].get("population") or 0) >= LONGER_NAME_MIN_POPULATION}
                                                          if after_mention and word not in DETERMINERS else set())) if living else []
            return codes if len(codes) == 1 else None
        start = word + " "
        codes = {c for name in self._names_starting(start) for c in self.by_name[name]}
        # a town's name without its article: "havre" (Le Havre), "rochelle" (La Rochelle)
        codes |= self._article_dropped(word)
        if codes and word not in self.by_name and self._population_of(codes) < BIG_TOWN and self._big_town_a_letter_away(word):
            return None  # a big town misspelled, not a village's first word: "jhabite a Troye", Troyes, not Troye-d'Ariège
            # (twenty-fifth session, dev-UW)
        return sorted(codes) if 1 <= len(codes) <= MAX_SHORT_FORM_TOWNS else None

    def _article_dropped(self, word: str) -> set:
        """The towns of ARTICLE_DROPPED_MIN_POPULATION inhabitants or more named this word and their article."""
        return {c for article in LEADING_ARTICLES for c in self.by_name.get(f"{article} {word}", ())
                if (self.communes[c].get("population") or 0) >= ARTICLE_DROPPED_MIN_POPULATION}

    def _cut_short(self, word: str) -> Optional[List[str]]:
        """The one city of BIG_TOWN inhabitants or more whose name this word of six letters or more
        begins, cut anywhere ("montpel": Montpellier), when the word is no ordinary word."""
        if len(word) < 6 or self.is_common_word(word):
            return None
        found = [name for name in self._names_starting(word) if name != word and self._population(name) >= BIG_TOWN]
        return list(self.by_name[found[0]]) if len(found) == 1 else None

    def _names_starting(self, prefix: str) -> List[str]:
        """The names of `_fuzzy_names` that begin with `prefix`, in their (sorted) order: a run of the sorted list,
        found by bisection rather than by reading every name."""
        names = self._fuzzy_names
        first = end = bisect.bisect_left(names, prefix)
        while end < len(names) and names[end].startswith(prefix):
            end += 1
        return names[first:end]

    def _opening_short_form(self, tokens: List[str], breaks: Optional[List[bool]]) -> Optional[List[str]]:
        """The one town whose short form opens the message before punctuation ("Thonon, 19 ans…";
        "Belle, la nouvelle appli !" names none: several towns begin with it)."""
        # "bourgoin ici, j'ai 17 ans"
        here = _here_at(tokens, breaks, 1)
        # "Margaux, CPE dans un lycée…", "Elise, 23 ans, …": the writer
        role = len(tokens) > 1 and (tokens[1] in WRITERS_ROLES | PEOPLE_ROLES
                                    or person_introduced(tokens, 0, 1, breaks, self.first_names))
        if (len(tokens) > 1 and ((breaks and breaks[1]) or here or _need_beside(tokens, 0, 1, breaks)) and tokens[0] not in STOPWORDS
                and not role and not _in_a_list(tokens, breaks, 0, 1, self.area_names)):  # ("Évian, Volvic, Vittel : …"; dev-RD)
            # (a town's whole name is judged on its evidence: "agen ici 👋" is not Agen-d'Aveyron)
            codes = None if tokens[0] in self.by_name else self._short_form(tokens[0])
            if codes and len(codes) == 1:
                return codes
        return None

    def _short_form_after_marker(self, tokens: List[str], breaks: Optional[List[bool]],
                                 capitals: Optional[List[bool]] = None) -> Optional[List[str]]:
        """A short form right after strong words of place ("j'habite à cherbourg", "mission locale
        bourgoin"), capitalised after "à" when it names one town ("un hôtel à Chamonix"), or opening
        the message before punctuation ("Thonon, 19 ans…")."""
        codes = self._opening_short_form(tokens, breaks)
        if codes:
            return codes
        for i in range(1, len(tokens)):
            if _in_expression(tokens, i, i + 1):
                continue  # "jsuis sur Mars depuis ce matin 🙃" (twenty-third session)
            if _strongly_announced(tokens, i) and tokens[i] not in STOPWORDS:
                dwelling = bool(capitals) and capitals[i] and _home_rank(tokens, i, breaks) >= WRITER_HOME
                living = tokens[i - 1] in _LIVING_OR_MISSION or (
                    tokens[i - 1] in ("a", "de", "d", "sur") and i >= 2 and tokens[i - 2] in _LIVING_OR_MISSION)
                # (the name's first word alone: not "mission locale sable dolonne", Les Sables-d'Olonne)
                after_mention = (tokens[i - 1] in MENTION_ENDS or (tokens[i - 1] in ("de", "d") and tokens[i - 2] in MENTION_ENDS)) and (
                    i + 1 == len(tokens) or tokens[i + 1] in STOPWORDS)
                codes = self._short_form(tokens[i], capitalised_after_dwelling=dwelling, living=living,
                                         after_mention=after_mention) or self._cut_short(
                    tokens[i]) or (
                    tokens[i - 1] in CONTRACTED and self._short_form(f"{CONTRACTED[tokens[i - 1]]} {tokens[i]}"))  # "au touquet"
                if codes:
                    return codes
            elif (i >= 2 and tokens[i - 1] in LEADING_ARTICLES and not _in_expression(tokens, i - 1, i + 1) and (
                    tokens[i - 2] in _LIVING_OR_MISSION
                    or (tokens[i - 2] in ("a", "de", "d", "sur") and i >= 3 and tokens[i - 3] in _LIVING_OR_MISSION))):
                # the one town of its size whose name starts with these two words: "mission locale sur la teste"
                # (La Teste-de-Buch; twenty-fourth session, dev-UH)
                # (by its official name, not a nickname: "j'habite à la ville" is not "la ville rose")
                codes = [c for c in self._short_form(f"{tokens[i - 1]} {tokens[i]}", capitalised_after_dwelling=True) or ()
                         if (self.communes[c].get("population") or 0) >= LONGER_NAME_MIN_POPULATION
                         and normalise(self.communes[c]["name"]).startswith(f"{tokens[i - 1]} {tokens[i]} ")]
                if len(codes) == 1:
                    return codes
            elif capitals and capitals[i] and tokens[i - 1] in ("a", "au") and tokens[i] not in STOPWORDS:
                codes = self._short_form(tokens[i])
                if codes and len(codes) == 1:
                    return codes
        return None

    def _big_town_a_letter_away(self, word: str) -> bool:
        """Whether a town of BIG_TOWN inhabitants or more is named one letter away from `word` ("lile": Lille)."""
        hit = self._closest_name(word)
        return bool(hit) and Levenshtein.distance(hit[0], word) <= 1 and self._population(hit[0]) >= BIG_TOWN

    def _located_in_its_department(self, match: _Match, parsed: ParsedMessage) -> bool:
        """Whether the name is located from a town of its own department, named right after it ("Ifs à côté de Caen",
        "Vif, au sud de Grenoble"), or right before it and a comma ("petit village a coté de pau, gan"): a chance word
        would seldom sit beside a town of the department of a commune of its name."""
        tokens, breaks = parsed.tokens, parsed.breaks
        departments = {self.communes[c]["department"] for c in match.codes}
        for other in parsed.matches:
            if other.kind != "commune" or other is match or not _is_landmark(tokens, other.start):
                continue
            after = match.end < other.start <= match.end + 5 and locates_from_landmark(tokens, match.end)
            before = other.end == match.start and bool(breaks and breaks[match.start])
            if (after or before) and self.communes[self._by_population(other.codes)[0]]["department"] in departments:
                return True
        return False

    def _fuzzy(self, tokens: List[str], anywhere: bool, named: List[_Match], answer_only: bool = False) -> Optional[List[str]]:
        """A misspelled commune name: the closest name to a run of 1 to 3 words (articles inside it:
        "lhay les roses"), where a place is expected (right after a word of place, or anywhere when
        a short message is only a place or answers "which commune?"), not all of the run's words
        being ordinary words, and no part of a longer exact name (`named`, already judged on its
        evidence: "mont de marsan" is not a misspelled Marsan). An ordinary word is corrected only to a
        big town, and only after strong words of place or as the one word answering "which commune?"
        (`answer_only`: "calai")."""
        if anywhere and len([t for t in tokens if t not in STOPWORDS]) > 8:
            anywhere = False  # a long message: only where a word of place announces the name
        inside = [(m.start, m.end) for m in named if m.end - m.start > 1]
        queries: List[str] = []
        common_queries = set()  # ordinary words after strong words of place: corrected to a big town only
        sound_words: List[str] = []  # single words next to words of place, or the whole answer
        for size in range(3, 0, -1):
            for start in range(0, len(tokens) - size + 1):
                words = tokens[start:start + size]
                # a name's leading article, typed with it: "le tempon" (Le Tampon), "la rochelles"
                led = size > 1 and words[0] in LEADING_ARTICLES and _name_like(words[1:])
                # never a part of an exact name of several words; a run holding all of it may be a
                # longer name misspelled ("colonges la rouge": Collonges-la-Rouge, not La Rouge)
                if any(w in NAME_INTRODUCTIONS for w in words) or (start > 0 and tokens[start - 1] in NAME_INTRODUCTIONS):
                    continue  # "je m'appelle Marie": the verb and the person's name, no place
                if any(w in LODGINGS for w in words):
                    continue  # "je suis hébergé au CHRS": a lodging, not a misspelled Chars (thirtieth session, dev-XJ)
                if any(w in FOREIGN_COUNTRIES for w in words):
                    continue  # a country, not a misspelled commune: "ESPAGNE" is no Épagne (10) (thirty-first session, dev-XT)
                if not (_name_like(words) or led) or any(
                        lo < start + size and start < hi and not (start <= lo and hi <= start + size)
                        for lo, hi in inside):
                    continue
                # a short message opening with the town, then only a need, an age or a politeness: "limoge 17 ans", "avinion job
                # ete", "dunkerk ya une ml ?" (twenty-sixth session, dev-VI)
                opening_need = start == 0 and size == 1 and tokens[0] not in self.by_name and 1 < len(tokens) <= SHORT_NEED_MESSAGE and all(
                    t in STOPWORDS or t in SHORT_NEEDS or t in GREETINGS or t.isdigit() for t in tokens[1:])
                if all(self.is_common_word(w) for w in words if w not in ARTICLES):
                    # "je suis à sarcelle", "mission locale de limoge": a misspelled big town; or ordinary words
                    # linked by an article, a big town's name misspelled ("mante la jolie": Mantes-la-Jolie; dev QR)
                    linked = size == 3 and words[1] in ARTICLES
                    if not (linked or (size == 1 and ((len(words[0]) >= 5 and _strongly_announced(tokens, start))
                                                      or (len(words[0]) >= 5 and (answer_only or opening_need))))):
                        continue
                    common_queries.add(" ".join(words))
                # (or "mission locale pour": "c koi la mision locale pour bordo ?"; twenty-third session, dev-TZ)
                announced = start > 0 and (tokens[start - 1] in PLACE_MARKERS or (
                    tokens[start - 1] == "pour" and start > 1 and tokens[start - 2] in MENTION_ENDS))
                # (or right after a word of living without "à": "mon fils a 19 ans, nous habitons Bovais"; twenty-sixth session,
                # dev-VE)
                # (or after "moi c", "moi c'est", a word that is no first name and no age after it: "salut moi c besanson, je
                # voudrais passer le permis"; twenty-sixth session, dev-VE)
                self_named = (tokens[max(0, start - 2):start] == ["moi", "c"] or tokens[max(0, start - 3):start] == ["moi", "c", "est"]) and (
                    introduces_a_town(tokens, start, start + size, self.first_names))
                announced = announced or self_named
                if not anywhere and not announced and not (size == 1 and _strongly_announced(tokens, start)):
                    continue
                query = " ".join(words)
                if size == 1 and start > 0 and tokens[start - 1] in ("saint", "sainte"):
                    continue  # the saint's name is read with "saint": "St Brieux" is Saint-Brieuc, not Brieux (dev-RG)
                if _at_someones(tokens, start):
                    continue  # "Chez Albert, mon coloc"
                if size == 1 and start > 0 and tokens[start - 1] in _SUBJECT_PRONOUNS:
                    continue  # a verb after its subject: "je me rappelle plus" is no misspelled Appelle (twenty-fourth session, dev-UK)
                if start > 0 and tokens[start - 1] in DETERMINERS and size == 1 and (
                        self.is_common_word(query) or query in PEOPLE_ROLES):
                    # a thing of one's own or a noun: "Dans ma chambre 😂" is no misspelled Chambé, "dans le salon" no
                    # Salon-de-Provence, "ma soeur" no Seur (twenty-fourth session, dev-UI, dev-UP)
                    continue
                if query in CALENDAR_WORDS and _holidays_of(tokens, start):
                    continue  # "pendant les vacances de la Toussaint" (dev-RF)
                if (size == 1 and re.fullmatch(r"l[aeiouyh]\S{3,}", query) and self.is_common_word(query[1:])
                        and not self._big_town_a_letter_away(query)):
                    continue  # "l'" glued to an ordinary word: "je suis plus a lecole" (not École, 73; dev-QT; but "JHABITE LILE", dev-RC)
                if (size == 1 and start > 0 and tokens[start - 1] in ("au", "aux") and len(query) >= 4
                        and not self.is_common_word(query) and query not in LODGINGS):
                    queries.append(f"{CONTRACTED[tokens[start - 1]]} {query}")  # "jvis au avre": Le Havre (dev-RC)
                if size == 1 and re.fullmatch(r"ste?[a-z]{3,}", query) and query not in self.by_name:
                    # "stmalo": Saint-Malo, as well as the word itself ("strasbour")
                    queries.append(("sainte " + query[3:]) if query.startswith("ste") else ("saint " + query[2:]))
                if len(query) >= 4:
                    queries.append(query)
                if size == 1 and re.fullmatch(r"d[aeiouyh][a-z]{4,}", query) and query not in self.by_name and (
                        tokens[start - 1:start] in (["locale"], ["ml"], ["mloc"])):
                    queries.append(query[1:])  # "d'" glued to a misspelled name: "mission locale doxerre"
                    sound_words.append(query[1:])
                if re.fullmatch(r"l[aeiouyh]\S+(?: \S+)*", query) and "l " + query[1:] in self.by_name:
                    queries.append("l " + query[1:])  # "l'" glued to the name: "jsui a lile rousse"
                # the whole message, but for little words, and not only ordinary words: "bordo",
                # "chalons sur sone", "la rochel"
                whole = (anywhere and len(query) >= 4 and all(
                    t in STOPWORDS for t in tokens[:start] + tokens[start + size:]) and not all(
                    self.is_common_word(w) for w in words if w not in ARTICLES)) or (opening_need and len(query) >= 5)
                if len(query) >= 3 and (announced or answer_only or whole or _strongly_announced(tokens, start)
                                        or (size == 1 and tokens[start + 1:start + 2] in (["mission"], ["ml"],
                                                                                          ["mloc"]))):
                    sound_words.append(query)  # the last: "Landivisio mission locale"
        best: Optional[Tuple[str, float]] = None
        best_size = 0
        # written as it sounds: "à bordo", "a dunkerk", "mission locale monlusson"; a big town that
        # sounds like the word wins over a village whose spelling is merely close (Mousson), and a
        # town that sounds like several words over a town spelt like one of them ("jhabite chato
        # roux": Châteauroux, not Chatou)
        # (not an ordinary word typed right, whose evidence `decide` has weighed: "je suis sur Orange et
        # j'ai plus de data")
        # (nor a lodging: "vit au foyer" is no Foix)
        sounding_query, sounding = next(((query, name) for query in sound_words for name in [self.sounding_name(query)]
                                         if name and not (name == query and self.is_common_word(query))
                                         and query not in LODGINGS), (None, None))
        swapped = next((name for name in map(self.swapped_name, sound_words) if name), None)
        if swapped is None and sounding is None:
            # a sound one letter away, where a place is announced, when nothing else comes close (eighteenth session, dev-SN)
            swapped = next((name for name in map(self.near_sounding_name, sound_words) if name), None)
        for query in queries:
            hit = self._closest_name(query)
            # (a run of several ordinary words linked by an article: a town of MARKED_TOWN inhabitants or more)
            floor = MARKED_TOWN if " " in query else BIG_TOWN
            if hit and query in common_queries and (hit[0] == query or self._population(hit[0]) < floor):
                continue
            if hit and (best is None or hit[1] > best[1]):
                best, best_size = hit, len(query.split())
        # (or a spelling only close, a letter in four or five: "oche" sounds Auch, not Loché, a former commune of Mâcon;
        # twentieth session, dev-TH)
        if sounding and (best is None or (best[0] != sounding and best[1] < 100 and (
                10 * self._population(best[0]) < self._population(sounding)
                or len(sounding_query.split()) > best_size or best[1] < 90))):
            return list(self.by_name[sounding])
        # two letters swapped keep every letter of the name: "roubiax" is Roubaix rather than Roubia,
        # a letter away, when Roubaix is the larger town
        if swapped and (best is None or (best[0] != swapped and best[1] < 100
                                         and self._population(best[0]) < self._population(swapped))):
            return list(self.by_name[swapped])
        return list(self.by_name[best[0]]) if best else None

    def _misspelled_opening_town(self, tokens: List[str], breaks: Optional[List[bool]]) -> Optional[List[str]]:
        """A town of MARKED_TOWN inhabitants or more, misspelled in the one or two words opening the
        message, right before the writer's words, an age or a need ("strasbour 19ans besoin d'aide",
        "tourcoin 20 ans je veux reprendre les etudes", "dunkerk besoin aide permis"); no ordinary word alone, and
        in a name of several words not only ordinary words ("issy les moulino horaires", "les sable dolone boulot…",
        "mant la joli jeune de 18ans…": dev-QT)."""
        for size in (3, 2, 1):
            words = tokens[:size]
            going_on = _need_follows(tokens, size, breaks) or _here_at(tokens, breaks, size)  # "limoje, c koi…", "Poitier ici, …"
            common = [self.is_common_word(w) for w in words if w not in ARTICLES]
            led = size > 1 and words[0] in LEADING_ARTICLES and _name_like(words[1:])  # "les sable dolone"
            if len(words) < size or not (_name_like(words) or led) or not going_on or (all(common) if size > 1 else any(common)):
                continue
            query = " ".join(words)
            if len(query.replace(" ", "")) < 4:
                continue
            hit = self._closest_name(query)
            name = self.sounding_name(query) or self.swapped_name(query) or (hit[0] if hit else None)
            if name and self._population(name) >= MARKED_TOWN:
                return list(self.by_name[name])
        return None

    def sounding_name(self, word: str) -> Optional[str]:
        """The name of the one town of SOUND_ALIKE_MIN_POPULATION inhabitants or more that sounds like
        `word` ("monlusson": montlucon, "bordo": bordeaux, "sin nazer": saint nazaire), or None; for a
        word of three letters, only a town of SHORT_SOUND_MIN_POPULATION ("kan": caen)."""
        key = sound_key(word)
        name = self._by_sound.get(key) if len(key) >= 3 else None  # not "ni" for "nisse"
        if name and len(word.replace(" ", "")) < 4 and (
                self._population(name) < SHORT_SOUND_MIN_POPULATION or self.is_common_word(word)):
            return None
        return name

    def near_sounding_name(self, word: str) -> Optional[str]:
        """The name of the one town of NEAR_SOUND_MIN_POPULATION inhabitants or more whose sound is one letter away from
        how `word` sounds ("vilurbane": Villeurbanne, "lon le sonié": Lons-le-Saunier), or None; never for an ordinary word,
        nor a sound of fewer than NEAR_SOUND_MIN_KEY letters."""
        if self.is_common_word(word):
            return None
        key = sound_key(word)
        if len(key) < NEAR_SOUND_MIN_KEY:
            return None
        found = {self._near_sounds[k][1] for _, _, k in process.extract(
            key, self._near_keys, scorer=Levenshtein.distance, score_cutoff=1, limit=None)}
        return found.pop() if len(found) == 1 else None

    def swapped_name(self, word: str) -> Optional[str]:
        """The name of the one town of SOUND_ALIKE_MIN_POPULATION inhabitants or more that `word`
        spells with two neighbouring letters swapped ("blios": blois, "boruges": bourges), or None."""
        found = {variant for i in range(len(word) - 1) if word[i] != word[i + 1] and word[i] != " " != word[i + 1]
                 for variant in [word[:i] + word[i + 1] + word[i] + word[i + 2:]]
                 if variant in self.by_name and self._population(variant) >= SOUND_ALIKE_MIN_POPULATION}
        return found.pop() if len(found) == 1 else None

    def town_population(self, name: str) -> int:
        """The population of the largest commune of this normalised name (0 for no such name)."""
        return self._population_of(self.by_name.get(name, ()))

    def _population_of(self, codes: Iterable[str]) -> int:
        """The population of the largest of these communes (0 for none)."""
        return max((self.communes[c].get("population") or 0 for c in codes), default=0)

    def _population(self, name: str) -> int:
        return self._population_of(self.by_name[name])

    def _closest_name(self, query: str) -> Optional[Tuple[str, float]]:
        """The commune name closest to `query` (fuzzy ratio at least FUZZY_CUTOFF); between names
        equally close, the one of a commune ten times as populous as the others ("bordeau":
        Bordeaux, not Bourdeau), else none."""
        if query in self._closest_cache:
            return self._closest_cache[query]
        if len(self._closest_cache) >= CLOSEST_CACHE_SIZE:
            self._closest_cache.clear()
        self._closest_cache[query] = hit = self._closest_name_uncached(query)
        return hit

    def _names_of_close_length(self, size: int) -> List[str]:
        """The names that can reach FUZZY_CUTOFF against a query of `size` characters: the ratio
        2m / (a + b) is at most 2 min(a, b) / (a + b), which bounds b between size r / (2 - r) and
        size (2 - r) / r, r being the cutoff."""
        if size not in self._names_near_length:
            r = FUZZY_CUTOFF / 100  # one character of slack on each side against rounding
            low, high = math.ceil(size * r / (2 - r)) - 1, math.floor(size * (2 - r) / r) + 1
            self._names_near_length[size] = sorted(
                name for length in range(low, high + 1) for name in self._names_by_length.get(length, ()))
        return self._names_near_length[size]

    def _closest_name_uncached(self, query: str) -> Optional[Tuple[str, float]]:
        results = process.extract(query, self._names_of_close_length(len(query)), scorer=fuzz.ratio, limit=5,
                                  score_cutoff=FUZZY_CUTOFF)
        if not results:
            return None
        # (equally close: the same ratio, or as few letters to change: "quimpere" is one letter from Quimper and from
        # Quimperlé; twentieth session, dev-SZ)
        fewest = Levenshtein.distance(query, results[0][0])
        tied = sorted((r for r in results if r[1] == results[0][1] or Levenshtein.distance(query, r[0]) == fewest),
                      key=lambda r: -self._population(r[0]))
        if len(tied) > 1 and self._population(tied[0][0]) < 10 * max(self._population(tied[1][0]), 1):
            return None  # two names equally close: not a unique correction
        return tied[0][0], tied[0][1]

    def _by_population(self, codes: Iterable[str]) -> List[str]:
        return sorted(set(codes), key=lambda c: (-(self.communes[c].get("population") or 0), c))

    def _larger_longer_names(self, codes: List[str], typed: Optional[str] = None) -> List[str]:
        """Towns whose name begins with these communes' name (or with the name as `typed`) and that
        are far larger: "Évry" is a village of the Yonne and the first word of Évry-Courcouronnes
        (91); "Charleville", a village of the Marne and the first word of Charleville-Mézières (08).
        People type the short form. A name that is only a former commune's ("villefranche", now part
        of Charny Orée de Puisaye) counts as a village."""
        key = typed or normalise(self.communes[codes[0]]["name"])
        named = [c for c in codes if normalise(self.communes[c]["name"]) == key]
        largest = max((self.communes[c].get("population") or 0 for c in named), default=0)
        return [c for c in set(self.by_name_start.get(key, ())) if c not in codes
                and (self.communes[c].get("population") or 0) >= max(LONGER_NAME_MIN_POPULATION, 10 * largest)]

    def _resolve_homonyms(self, codes: List[str], department: Optional[str], typed: Optional[str] = None) -> Finding:
        codes = sorted(set(codes))
        longer = self._larger_longer_names(codes, typed)
        if longer and department and not any(self.communes[c]["department"] == department for c in longer + codes):
            longer = []  # "Villeneuve, dans le 47": the longer names within the 47, below
        if longer:  # both are offered, the larger first, unless the department or the sizes say which
            everyone = longer + codes
            if department:
                everyone = [c for c in everyone if self.communes[c]["department"] == department] or everyone
            ranked = self._by_population(everyone)
            sizes = [self.communes[c].get("population") or 0 for c in ranked[:2]]
            if len(ranked) == 1 or sizes[0] >= LONGER_NAME_DOMINANCE * max(sizes[1], 1) or self.one_structure(ranked):
                finding = self.commune_finding(ranked[0])  # the town everyone means; the answer
                finding.other_homonyms = ranked[1:]  # says how to ask for the village
                return finding
            return Finding("ambiguous", place_kind="commune", candidates=ranked)
        if department and not any(self.communes[c]["department"] == department for c in codes):
            # "Lons (Jura)": no Lons in the Jura, but Lons-le-Saunier, whose name begins with it
            key = typed or normalise(self.communes[codes[0]]["name"])
            # or the name with its article: "o Port, la Réunion" is Le Port (974)
            longer_within = [c for c in set(self.by_name_start.get(key, ())).union(
                *(self.by_name.get(f"{article} {key}", ()) for article in LEADING_ARTICLES))
                             if self.communes[c]["department"] == department]
            if longer_within:
                return self.commune_finding(self._by_population(longer_within)[0])
        if len(codes) > 1 and department:
            narrowed = [c for c in codes if self.communes[c]["department"] == department]
            if narrowed:
                codes = narrowed
        if len(codes) == 1:
            return self.commune_finding(codes[0])
        ranked = self._by_population(codes)
        first, second = (self.communes[c].get("population") or 0 for c in ranked[:2])
        # the one commune of this very name, the others having an article the writer did not type: "mission locale de Ham",
        # Ham (80, 4,400 inhabitants), not Le Ham (50, 53) (twenty-fifth session, dev-UX)
        exact = [c for c in codes if typed and typed.split()[0] not in LEADING_ARTICLES and normalise(self.communes[c]["name"]) == typed]
        if (len(exact) == 1 and exact[0] == ranked[0] and first >= EXACT_NAME_DOMINANCE * max(second, 1)) or (
                first >= HOMONYM_DOMINANCE * max(second, 1) or self.one_structure(ranked)):
            # "La Rochelle": the city, not the village of 30 inhabitants; the answer says how to ask
            # for the other
            finding = self.commune_finding(ranked[0])
            finding.other_homonyms = ranked[1:]
            return finding
        return Finding("ambiguous", place_kind="commune", candidates=ranked)

    def one_structure(self, codes: List[str]) -> bool:
        """Whether the coverage gives these communes one and the same mission locale ("Mantes":
        Mantes-la-Jolie and Mantes-la-Ville): no need to ask which, the answer names the others."""
        return len({self.communes[c].get("covered_by") for c in codes}) == 1 and bool(
            self.communes[codes[0]].get("covered_by"))

    # ------------------------------------------------------------ findings
    def commune_finding(self, code: str) -> Finding:
        level, codes, grouping = self.structures_for_commune(code)
        commune = self.communes[code]
        return Finding(
            "found", place_kind="commune", place_name=self.commune_label(code), commune_code=code,
            departement_code=commune["department"], level=level,
            structures=codes[:MAX_STRUCTURES], total=len(codes), grouping_name=grouping,
            merged=list(self.merged_by_seat.get(self._city(code), [])),
        )

    def postcode_finding(self, postcode: str) -> Finding:
        """A postcode whose communes the coverage gives to one structure: that structure, named for
        the postcode (its largest commune stands for the place)."""
        finding = self.commune_finding(self._by_population(self.by_postcode[postcode])[0])
        finding.place_name, finding.postcode = f"le code postal {postcode}", postcode
        return finding

    def departement_finding(self, code: str) -> Finding:
        codes = self.by_department.get(code, [])
        return Finding(
            "found", place_kind="departement", place_name=self.department_label(code),
            departement_code=code, level="departement",
            structures=list(codes), total=len(codes),
        )

    def region_finding(self, code: str) -> Finding:
        codes = self.by_region.get(code, [])
        return Finding(
            "found", place_kind="region", place_name=self.regions.get(code, code), region_code=code,
            level="region", structures=list(codes), total=len(codes),
        )


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The shared instance, loaded on first use (from ML_KB_DIR when set, else kb/)."""
    return KnowledgeBase.load(Path(settings.text("ML_KB_DIR") or KB_DIR))
