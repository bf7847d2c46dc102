"""The place in a user's message, read once.

The Rasa server's NLU reads every message with `read_place` (through
`nlu_components/place_mention.py`) and puts the result in the parse data under
`place`, as codes (`PlaceReading.to_data`): what the message names on its own, what it
names as an answer to "Dans quelle commune habitez-vous ?", what it names explicitly,
and whether it asks for a mission locale somewhere. The actions rebuild the findings
from those codes (`PlaceReading.from_data`, lookups by code) and decide with the
form's state; they never read the text again. Plain Python, no Rasa import.
"""

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from rapidfuzz.distance import Levenshtein

from core.knowledge_base import (
    ASKING_POLITELY,
    BIG_TOWN,
    CONTRACTED,
    DETERMINERS,
    GREETINGS,
    INTERJECTIONS,
    MARKED_TOWN,
    MENTION,
    MENTION_ENDS,
    PEOPLE_ROLES,
    PLACE_MARKERS,
    STOPWORDS,
    THANKS,
    Finding,
    KnowledgeBase,
    ParsedMessage,
    after_an_age,
    age_follows,
    ends_after_question,
    introduces_a_town,
    locates_from_landmark,
    named_then_role,
    normalise,
    on_a_trip,
    opens_question,
    sound_key,
)

PARSE_KEY = "place"  # where the NLU puts the reading in a message's parse data

WINDOW_WORDS = 6  # a place named within this many words after "mission locale"
# Where the person lives, right before the place ("j'habite à", "je vis à", "je suis de"; not "un
# jeune que je suis à Calais", where "suis" is "follow")
_DWELLING = (r"(?:(?:est|sont) placee?s? (?=(?:a|sur|au)\b)|ma maison (?:c est|c|est) (?=a\b)|(?:ca |ça )?fait (?:\d+|un|une|deux|trois|quatre|cinq|six) (?:ans?|mois) que (?:je|j) suis\b|j?h?abit(?:e|es|ez|ons|ent|ant|ants|ante|antes)\b|domicilie(?:e|s|es)?\b|jvis|jvi|vis|vi(?= a\b)|vit|vivons|vivez|vivre|resid(?:e\w*|ons|ez)|h?eberge(?:e|s|es)?|(?<!que )(?:je|j) suis?|je vie(?= a\b)|jsuis|jsui|chui|"
             r"viens|venons|on est|nous sommes|je loge|je reste|j reste|jreste|je dors|jdors|dort|arrive|arrivee|arriver|"
             # ("j'ai déménagé à Ossère"; dev-RS; not "déménagé de Lyon", a town left; dev-RY)
             r"arrives|arrivez|em+enage|em+enagee|demenagee?(?! (?:de|d|du|des)\b))")  # (moved in: "g emenagé a angoulem, mission locale ?"; dev-RC)
# A message about a mission locale of this many words or fewer may name its town anywhere ("ML Diepe CEJ inscription")
SHORT_MENTION_MESSAGE = 10
# "moi c'est …" names the writer's town or the writer ("moi c Nancy": a first name): only a misspelled
# town counts after it ("moi c tooulouse")
_SELF_NAMED = r"moi c(?: est)?"
# what may come between those words and the name: "à", "chez nous à", "ici à"
_PLACE_WORDS = r"(?:(?:chez (?:moi|nous|lui|elle|eux|mes parents|(?:un|une|des|mon|ma|mes|sa|son|ses|leur|leurs) (?:ami|amie|amis|pote|potes|copain|copine|cousin|cousine|tante|oncle|soeur|frere|grand mere|grands parents))|ici|maintenant) )?(?:a|au|aux|de|d|du|sur|en|dans|pres de|vers)?\s*(?:la |le |les |l )?"


# Words of the missions locales' services, or of where one is, right before "à <town>": the question
# is asked for that town ("le CEJ à Albi, c'est combien ?", "un rdv avec un conseiller à Bayonne",
# "vous êtes où à Chambéry ?", "moi c'est à Evreux"; not "j'ai transmis le dossier à Nancy", "on a
# joué à Carcassonne")
_FOR_THIS_TOWN = {"cej", "rdv", "rendez", "conseiller", "conseillere", "conseillers", "inscription", "inscrire",
                  "inscris", "aide", "aides", "permis", "pacea", "garantie", "adresse", "horaires", "horaire",
                  "ouvert", "ouverte", "numero", "telephone", "tel", "contact", "contacter", "accompagnement", "suivi",
                  "suivie", "etes", "ou", "moi", "nous", "antenne", "permanence", "locaux", "bureau", "bureaux"}
# a question put to the mission locale about what it offers, the town ending it ("vous faites des ateliers cv a colomiers ?", "il y
# a des ateliers confiance en soi à Bron ?"; thirty-second session, dev-XZ): its services, or "vous" and a verb of offering
_ITS_SERVICES = {"atelier", "ateliers", "permanence", "permanences", "simulation", "simulations", "accueil",
                 # its opening hours: "vous êtes ouverts le lundi matin à béthune ?" (dev-YE)
                 "ouverts", "ouvrez", "fermez"}  # (not "portes ouvertes", an open day; dev-VT)
# open in the holidays is no trip: "c ouvert pendant les vacances a meaux ?" (dev-YE)
_OPEN_IN_THE_HOLIDAYS = re.compile(r"\b(ouvert|ouverte|ouverts|ouvertes|ouvrez|ferme|fermee|fermes|fermez) pendant (les |mes |nos |ses )?"
                                   r"(vacances|vacs|conges)\b")
_YOU_OFFER = re.compile(r"\bvous (faites|avez|proposez|organisez|aidez|accompagnez|acceptez|prenez|recevez) "
                        r"|\b(faites|avez|proposez|organisez|aidez|accompagnez|acceptez|prenez|recevez) vous\b")  # ("proposez-vous…"; dev-YI)
# its opening hours or address asked "pour" the town: "Quels sont vos horaires d'ouverture pour Talence ?" (dev-YI)
_ITS_HOURS = {"horaires", "horaire", "ouverture", "adresse"}
# the young people of a town, the question ending with it ("pour les jeunes de Nanterre ?", "pour quelqu'un de villeurbanne ?")
_YOUNG_OF = {"jeune", "jeunes", "un"}
# (not a town one goes to: "vous avez des contacts pour partir à Ajaccio ?", "si je suis en déplacement à Albi ?")
_GOING = {"parti", "partie", "partir", "pars", "aller", "vais", "deplacement", "voyage", "vacances", "sejour"}
# "aide" in the name of a trade, not a help: "sa formation d'aide-soignante à Limoges" (thirty-second session, dev-YA)
_AIDE_TRADES = {"soignant", "soignante", "soignants", "soignantes", "domicile", "menagere", "maternelle", "puericultrice",
                "cuisinier", "cuisine", "comptable", "educatif", "educative", "veterinaire"}
# an adviser counts with an article ("un rdv avec un conseiller à Bayonne"), not as the writer's own
# job ("Conseiller en insertion à Saint-Omer, je cherche…")
_ADVISER = {"conseiller", "conseillere", "conseillers"}
_DETERMINERS = DETERMINERS | set(CONTRACTED)  # "un", "mon", "des", "du"…
# an arrondissement named in a message of a few words is where the person is ("Lyon huitième, vers
# Monplaisir")
SHORT_ARRONDISSEMENT_MESSAGE = 8
# passed over after a town's name following "mission locale" ("mission locale perpigan svp")
POLITENESS = ASKING_POLITELY | THANKS
# what a short search may end with after the town's name ("mlo narbone rdv"; dev-RA)
_ASKED_AFTER = {"rdv", "horaires", "horaire", "adresse", "tel", "numero", "contact", "cej"}
# what may stand beside a town's name in a message that is only the town ("douai ici", "bonjour, Gap")
_AROUND_A_TOWN = POLITENESS | GREETINGS | {"ici"}
# the same said in words: "Épinal s'il vous plaît", "fumel svp merci d'avance" (twenty-sixth session, dev-VK)
_POLITE_PHRASES = re.compile(r"\b(s il (te|vous) plait|merci d avance)\b")


@dataclass
class PlaceReading:
    """What a message says of places (each a `Finding`)."""
    alone: Finding  # read as a message on its own
    answer: Finding  # read as the answer to "which commune?" (more is taken for a place)
    explicit: Finding  # only a place named as such, no spelling correction
    search: Optional[str] = None  # commune | departement | region: the message asks a mission locale there

    def to_data(self) -> Dict[str, Any]:
        data = {"alone": _codes(self.alone), "answer": _codes(self.answer), "explicit": _codes(self.explicit)}
        if self.search:
            data["search"] = self.search
        return data

    @classmethod
    def from_data(cls, kb: KnowledgeBase, data: Dict[str, Any]) -> "PlaceReading":
        return cls(*(finding_from_codes(kb, data.get(key) or {}) for key in ("alone", "answer", "explicit")),
                   search=data.get("search"))


def _codes(finding: Finding) -> Dict[str, Any]:
    """The finding as codes, without the structures (looked up again from the codes)."""
    codes = {"status": finding.status, "kind": finding.place_kind, "commune": finding.commune_code,
             "departement": finding.departement_code, "region": finding.region_code,
             "candidates": finding.candidates, "others": finding.other_homonyms, "postcode": finding.postcode}
    return {key: value for key, value in codes.items() if value}


def finding_from_codes(kb: KnowledgeBase, codes: Dict[str, Any]) -> Finding:
    """The finding that `_codes` describes, its structures looked up by code."""
    status, kind = codes.get("status", "not_found"), codes.get("kind")
    if status == "found" and kind == "commune" and codes.get("postcode") in kb.by_postcode:
        return kb.postcode_finding(codes["postcode"])
    if status == "found" and kind == "commune" and codes.get("commune") in kb.communes:
        finding = kb.commune_finding(codes["commune"])
        finding.other_homonyms = [c for c in codes.get("others") or [] if c in kb.communes]
        return finding
    if status == "found" and kind == "departement" and codes.get("departement") in kb.departments:
        return kb.departement_finding(codes["departement"])
    if status == "found" and kind == "region" and codes.get("region") in kb.regions:
        return kb.region_finding(codes["region"])
    candidates = [c for c in codes.get("candidates") or [] if c in kb.communes]
    if status == "ambiguous" and candidates:
        return Finding("ambiguous", place_kind="commune", candidates=candidates)
    if status == "confirm" and candidates:
        return kb.confirmation_finding(candidates)
    return Finding("not_found")


def read_place(kb: KnowledgeBase, text: str) -> PlaceReading:
    """The one reading of a message's places."""
    parsed = kb.parse(text)
    explicit = kb.explicit(parsed)
    alone = kb.decide(parsed, fuzzy=True, asked=False)
    return PlaceReading(alone=alone, answer=kb.decide(parsed, fuzzy=True, asked=True),
                        explicit=explicit, search=_searched_kind(kb, text, explicit, parsed, alone))


def _typed_at(kb: KnowledgeBase, finding: Finding, tokens: List[str], at: int,
              capitals: Optional[List[bool]] = None) -> bool:
    """Whether the word at `at` (after "à", "de", "sur", an article) begins like the found
    commune's name (its first three letters) and is no ordinary word, or is capitalised (`capitals`,
    aligned with `tokens`): the name was typed there, maybe misspelled ("jsuis a carcasone",
    "Thonon, 19 ans", "on habite aux Sables")."""
    full = _name_of(kb, finding) or ""
    name = re.sub(r"^(la|le|les|l) ", "", full)
    if not name:
        return False
    rest = tokens[at:]
    while rest and rest[0] in ("la", "le", "les", "l", "a", "au", "aux", "de", "d", "du", "sur", "en", "o"):
        rest = rest[1:]
    if rest and rest[0] in ("st", "ste") and len(rest) > 1:
        rest = ["saint" if rest[0] == "st" else "sainte"] + rest[1:]  # "jsuis sur ste etienne"
    if rest and (rest[0] == full.replace(" ", "") or " ".join(rest[:len(full.split()) - 1]) == full.replace(" ", "", 1)):
        return True  # the name typed glued to its article: "larochelle mission locale ou ca", "laseyne sur mer"
    capital = bool(capitals) and bool(rest) and capitals[len(tokens) - len(rest)]
    if len(name.split()) > 1 and Levenshtein.distance(" ".join(rest[:len(name.split())]), name) <= 1:
        return True  # a name of several words typed whole: "St Germain en Laye c où ?", "aix en provance"
    if len(name.split()) > 1 and name in (kb.sounding_name(" ".join(rest[:len(name.split())])),
                                          kb.near_sounding_name(" ".join(rest[:len(name.split())]))):
        # the same written as heard: "sin malo jcherche formation" (dev-RJ), "jsui a mézon alfor" (dev-SV)
        return True
    # an ordinary word counts when the reading corrected it into a big town ("je suis a limoge")
    big = len(rest[0]) >= 5 and kb.town_population(name) >= BIG_TOWN if rest else False
    # "chato roux"; a letter wrong or missing in a name of five letters or more: "Anecy mission locale stp" (dev-QY)
    return bool(rest) and len(rest[0]) >= 3 and (capital or big or not kb.is_common_word(rest[0])) and (
        rest[0][:3] == name[:3] or name in (kb.sounding_name(rest[0]), kb.swapped_name(rest[0]))
        or (full != name and full == kb.sounding_name(rest[0]))  # with its article, as heard: "larochel jsui nouvo ici" (dev-RJ)
        or (len(rest[0]) >= 5 and " " not in name and Levenshtein.distance(rest[0], name) <= 1)
        or (len(rest[0]) >= 4 and name.startswith("h") and rest[0] == name[1:])  # its "h" not typed: "jvis au avre" (dev-RC)
        # the first word of a longer name, written as heard: "jhabite a sharleville" (twenty-sixth session, dev-VE)
        or (len(rest[0]) >= 6 and " " in name and sound_key(rest[0]) == sound_key(name.split()[0]))
        or (len(rest[0]) >= 6 and " " in full and Levenshtein.distance(rest[0], full.replace(" ", "")) <= 1))  # "lacioat ml c ou"


# days and months, as the normal form writes them
_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# The message says the town it names is away from home: a trip, holidays, a stay, a job or a training far away ("c'est loin
# mais est-ce que je perds mon CEJ si je pars bosser à Arcachon ?", "une aide pr le train jusqu'à Nantes ?", "pendant que je suis
# à Perpignan"): a town named in a question is not where the person lives (twenty-seventh session, dev-VT)
_AWAY = re.compile(r"\bloin (de chez (moi|nous|lui|elle|eux)|de (la|notre|ma|sa|leur) (maison|famille|ville|region|secteur)|d ici)\b"
                   r"|\b(trop|tres|c est|si|mais) loin\b|\bpas (du tout |vraiment )?(de la bas|du coin|d ici|du sud|du nord|de la region)\b"
                   r"|\b(a|de) l autre bout\b|\bhors de (notre|mon|son|leur) secteur\b|\bailleurs que\b"
                   r"|\ben (vacances|deplacement|voyage|colo|erasmus)\b|\bpendant (mon|notre|son|ton|leur) sejour\b"
                   # ("le permis bateau à La Rochelle pendant les vacances"; not the mission locale open then, `_OPEN_IN_THE_HOLIDAYS`;
                   # dev-YA, dev-XA)
                   r"|\bpendant (les|mes|nos|ses) (vacances|vacs|conges)\b"
                   r"|\bpendant que (je suis|j suis|on est|il est|elle est|je serai|on sera)\b"
                   # (an event there, or a stay: "si je pars 3 mois en mission… à Brest", "le job dating… qui a lieu à Lille", "au
                   # mariage de ma cousine à Perpignan", "l'entreprise est à 200 km"; dev-WB)
                   r"|\b(si|quand|lorsque) (je|il|elle|on) (pars|part|partons)\b|\bqui a lieu\b|\ba lieu a\b"
                   r"|\b(au|le|du) (salon|forum) (de|des|du|d)\b|\b(au|le|du|un) (festival|mariage)\b|\ba \d+ ?km\b"
                   # (dev-WH) "je suis juste de passage", "en camping pour 15 jours", "dans un autre département", "c'est pas chez moi"
                   r"|\bde passage\b|\ben (camping|sejour)\b|\b(une|d une) autre ville\b|\b(un|d un) autre departement\b|\bpas chez moi\b"
                   r"|\bpendant (notre|ma|sa|leur) sortie\b"
                   # (a destination, not a time: "à l'ASE jusqu'à mes 18 ans")
                   rf"|\bjusqu (a|au|aux)\b(?! (mes|ses|tes|nos|leurs|\d|demain|{_WEEKDAYS}|la fin"
                   r"|fin|maintenant|present|quand|ce que|l age|midi|minuit|ce soir))")
# Where one is for a while, not where one lives: "je suis à Biarritz pour le week-end", "je suis à Dijon pour le mariage de ma
# cousine", "Je suis chez mon père à Ajaccio pour tout l'été", "je suis au camping à Arcachon" (twenty-eighth session, dev-WJ);
# "pour une formation de 3 semaines", "pour un entretien d'embauche demain", "pour voir le match", "en permission", "pour la
# saison", "en stage pour 2 mois" (dev-WN)
_STAYING = re.compile(r"\b(je suis|j suis|jsuis|jsui|chui|on est|nous sommes|il est|elle est|(mon|ma) (fils|fille|frere|soeur|copain|copine) est)\b"
                      r"(?: \w+){0,8}? (pour (le|ce|tout le) (week end|weekend|we)\b"
                      r"|pour (les|mes|nos) (vacances|fetes)\b|pour l ete\b|pour passer (mon|le|un|une)\b"
                      r"|pour (le|la|l|un|une|mon|ma) (concours|mariage|enterrement|match|fete|festival|extra|pelerinage|salon|examen"
                      r"|seminaire|tournoi|competition|concert|bapteme|anniversaire|entretien|derby|saison"
                      r"|casting|audition|tournage|shooting)\b|au camping\b"  # ("je suis monté a Paris pour un casting mardi"; dev-ZZB)
                      r"|pour (la|cette) (semaine|quinzaine)\b"
                      r"|pour la (journee|matinee|soiree)\b"  # ("Je suis à Montpellier pour la journée"; thirty-sixth session, dev-ZN)
                      r"|pour voir (le|un|les|des|la) (match|concert|spectacle|festival|course|famille)\b|en permission\b"
                      # (dev-WP) "pour une formation pendant 3 semaines", "de matelot de 6 semaines", "d'une semaine", "jusqu'à dimanche",
                      # "pendant les vacances", "à l'hôpital"
                      r"|(?<!enceinte )(pendant|pour|de|d) (\d+|une|un|deux|trois|quatre|cinq|six|huit|dix|quelques) (jours|semaines|semaine|mois"
                      r"|nuits)\b"
                      rf"|jusqu (a|au) ({_WEEKDAYS}|demain|la fin de la semaine)\b"
                      r"|(pendant|pdt) les vacances\b|a l hopital\b"
                      # (dev-WR) "pdt les vacances", "jusqu'au 20 juillet", "en colo", "toute la semaine", "tout l'été", "1 semaine"
                      rf"|jusqu (a|au) (le )?\d{{1,2}} ({_MONTHS})\b|en colo\b|toute la semaine\b|tout l ete\b|tout le mois\b"
                      # (thirty-fifth session, dev-ZF) "jusqu'au 20", "… cette semaine, je peux avoir mon rdv en visio ?"
                      r"|jusqu (a|au) (le )?\d{1,2}\b(?! (ans|h|heures|km))|pour (le|un|mon|son) (boulot|travail|taf)( de (ma|mon|sa|son) \w+)? cette semaine\b"
                      r"|(?<!depuis )(?<!fait )(?<!y a )(?<!il y a )\b(1|une|deux|trois|quatre|\d) (semaine|semaines|jours)\b(?! (par|sur) ))")
# coming back home soon, said after where one is: "Je suis à Reims chez ma sœur…, je rentre la semaine prochaine" (dev-WN)
_RETURNING = re.compile(r"\b(je suis|j suis|jsuis|jsui|chui)\b.{0,80}\bje (rentre|reviens|repars|rentrerai) (la semaine prochaine|demain"
                        rf"|{_WEEKDAYS}|dans (\d+|deux|trois|quelques) (jours|semaines|mois)|en ({_MONTHS}))\b")
# back from a stay away, whose town the message names: "je reviens d'une formation de 3 mois à Lorient, quelle est la suite pour
# moi ?" (thirty-sixth session, dev-ZL)
_BACK_FROM = re.compile(r"\b(je reviens|jreviens|je rentre|jrentre|je suis (rentre|rentree|revenu|revenue)|jsuis (rentre|rentree|revenu"
                        r"|revenue)|de retour) (d|de) ((un|une|mon|ma) (formation|stage|saison|sejour|voyage|colo|mission|service civique"
                        r"|contrat|cure|semaine|mois|chantier|camp|echange|volontariat)"
                        # ("je reviens de 3 mois chez ma tante à Cayenne"; thirty-eighth session, dev-ZZH)
                        r"|(\d+|deux|trois|quatre|cinq|six|quelques) (jours|semaines|mois))\b")  # ("Je rentre d'un chantier de jeunes bénévoles à Carcassonne"; dev-ZZB)
# a town read of in the news, a young person's there: "J'ai lu dans le journal l'histoire d'un jeune de Brest qui a monté sa boîte
# avec votre aide, moi aussi je peux ?" (thirty-sixth session, dev-ZN, and dev-ZL: "j'ai lu un article sur un jeune de Caen")
_IN_THE_NEWS = re.compile(r"\b(j ai lu|jai lu|g lu|j ai vu|jai vu|j ai entendu|jai entendu) (dans|sur|a|aux|au) (le journal|un journal"
                          r"|un article|les infos|la tele|la radio|un reportage|le jt|ouest france|le parisien|la presse)\b"
                          r"|\b(j ai lu|jai lu|g lu|j ai vu|jai vu) (un|l) (article|reportage|histoire)\b"
                          # ("Au journal ils ont parlé d'un jeune de Bobigny qui a monté sa boîte avec vous"; thirty-eighth session, dev-ZZN)
                          r"|\b(au journal|aux infos|a la tele|a la radio|dans le journal|au jt) (ils|on) (a|ont) parle\b")
# a class taken somewhere for a day: "on fait une sortie scolaire a Amiens", "j'emmène ma classe en sortie à Amiens jeudi"
# (thirty-sixth session, dev-ZQ, dev-ZP)
_SCHOOL_OUTING = re.compile(r"\b(sortie scolaire|voyage scolaire|en sortie|classe verte|voyage de classe|sortie de classe)\b"
                            # ("nous emmenons des élèves de 3e visiter les chantiers navals à Saint-Nazaire"; dev-ZV)
                            r"|\b(emmene|emmenons|emmener|emmenez) (des|mes|nos|ma|la|notre) (eleves|classe|classes)\b"
                            # ("j'organise une visite d'entreprise au Havre avec ma classe"; thirty-seventh session, dev-ZX)
                            r"|\b(visite|visites|sortie|sorties)\b[^.?!]{0,50}\bavec (ma|mes|nos|notre) (classe|classes|eleves)\b")
# the events one travels to or sits: a casting, an exam, an interview…
_EVENTS = (r"(casting|audition|concert|match|entretien|festival|salon|forum|concours|examen|oral|tournoi|mariage|enterrement"
           r"|tournage)")
# a trip for an event: "Je monte à Paris pour un casting de figurant" (thirty-seventh session, dev-ZZD); an event there (thirty-eighth
# session): a race run ("J'ai couru la course solidaire à Lens dimanche", dev-ZZN), a train "pour aller a Clermont-Ferrand pr un
# concours", "mon entretien pour l'armée c'est à Orléans" (dev-ZZT), "Ma fille a un entretien pour une école d'infirmière à Tours"
# (dev-ZZL), a driving test taken elsewhere for a reason, "je vais passer mon permis a Chartres car y a moins d'attente" (not "ya des
# aides pour passer le code a Calais ?", dev-VY; dev-ZZP)
_TRIP_FOR = re.compile(rf"\b(je|j|on) (monte|descends|descend|vais|pars|part)\b(?: \w+){{1,4}}? pour (un|une|le|la|mon|ma) {_EVENTS}\b"
                       r"|\b(j ai|jai|on a) (couru|participe a|fait) (la|le|une|un) (course|marathon|semi marathon|trail|tournoi)\b"
                       rf"|\bpour aller (a|au|sur) \w+( \w+)?( \w+)? (pour|pr) (un|une|le|la|mon|ma) {_EVENTS}\b"
                       r"|\b(mon|son|ton) (entretien|concours|examen|oral)\b[^.?!]{0,30}\b(c est|est) (a|au)\b"
                       r"|\bentretien (pour|d admission|de selection) (une|un|l|la|le) (ecole|formation|bts|ifsi|cfa|licence|master|prepa"
                       r"|lycee)\b"
                       r"|\b(passer|repasser) (mon|son|le|ma|sa) (permis|code|examen|bac|brevet|concours) (a|au|sur) \w+( \w+)?( \w+)?"
                       r" (car|parce|pcq|psk|pck)\b")
# a stay of days or weeks: "Est-ce que le CEJ continue si je fais un stage de 3 semaines chez mon oncle à Marseille ?" (thirty-seventh
# session, dev-ZZF)
_SHORT_STAY = re.compile(r"\b(je fais|je ferai|je pars en|je suis en|jsuis en|si je fais) (un|une) (stage|sejour|mission|remplacement) (de|d)"
                         r" (\d+|une|deux|trois|quatre|cinq|quelques) (jours|semaines) (chez|a|au|sur)\b")
# followed by a mission locale in a town one has since left: "J'étais suivi à Mulhouse avant de déménager, est-ce que mon dossier me
# suit automatiquement ?" (thirty-eighth session, dev-ZZJ)
_FOLLOWED_IN = r"\b(j etais|jetais|j ai ete|g ete) (suivie?|inscrite?) (a|sur|en) \w+( \w+)?"
_FOLLOWED_BEFORE_MOVING = re.compile(rf"{_FOLLOWED_IN}( il y a \w+ (ans|mois))? (avant de (demenager|partir|bouger)|et (j ai|jai|g) demenage)\b"
                                     # ("j'étais suivi à Amiens il y a 2 ans et j'ai déménagé"; dev-ZZL; "J'étais suivi à Lille l'an
                                     # dernier, est-ce que mon dossier me suit… ?"; dev-ZZR)
                                     rf"|{_FOLLOWED_IN} (l an dernier|l annee derniere|avant)\b"
                                     r".{0,40}\b(mon dossier|je recommence|je dois (tout )?(refaire|recommencer))\b")
# two towns set side by side in a question: "c'est mieux de chercher du taf à Bordeaux ou à Nantes quand on sort d'un bac pro ?"
# (thirty-eighth session, dev-ZZR)
_TOWNS_COMPARED = re.compile(r"\b(c est mieux|vaut mieux|il vaut mieux|plutot)\b[^.?!]{0,40}\b(a|au|sur) \w+( \w+)? ou (a|au|sur) \w+")
# A time spent in a town that is over ("j'ai passé 2 ans à Lyon en BTS, j'ai lâché", "J'ai vécu 2 ans à Lille avant de déménager"), a
# placement of days ("un jeune que j'accompagne a été placé quelques jours en foyer à Évreux"), an exchange of months ("je suis en
# echange 3 mois a Lorient pour ma formation"): the town is no home (thirty-eighth session, dev-ZZL, dev-ZZP)
_TIME_SPENT = re.compile(r"\b(j ai|jai|g|il a|elle a) (passe|vecu|habite) (\d+|un|une|deux|trois|quatre|cinq|quelques) (ans|an|annees|mois)"
                         r" (a|au|sur|en)\b"
                         # (not with where one is now after it: "j'ai passé quelques mois à Calais… Maintenant une association m'héberge
                         # à Lens", dev-SH; "jai vecu 5 ans a paris mais jsuis revenu a caen chez ma mere", dev-UU)
                         r"(?!.*\b(maintenant|mtn|aujourd hui|desormais|actuellement|depuis|revenue?|rentree?)\b.{0,60}\b(a|au|aux|sur|en|dans) \w)"
                         r"|\b(place|placee|heberge|hebergee|accueilli|accueillie) (pour )?(quelques|\d+|deux|trois|une|un) (jours|nuits"
                         r"|semaines?)\b"
                         r"|\ben echange (de )?(\d+|un|une|deux|trois|quelques) (jours|semaines|mois)\b")
# what a relative or a friend did in a town, asked about for oneself: "Ma sœur a fait sa formation d'aide à domicile à Limoges, le
# diplôme est reconnu… ?", "ma meilleure pote a eu un appart a Bordeaux avec l'aide de la CAF" (thirty-seventh session, dev-ZZB)
_RELATIVE_DID = re.compile(r"\b(ma|mon|mes) (meilleure |meilleur )?(soeur|frere|cousin|cousine|pote|potes|amie|ami|copine|copain|coloc)"
                           r" (a|ont) (fait|eu|trouve|obtenu|passe) (sa|son|ses|un|une|leur)\b")
# a relative's home, or one's own denied: "Mon père habite à Toulouse, pas moi", "Ma grand-mère vit à Limoges, je vais passer un
# mois chez elle", "j'habite pas là-bas", "moi je suis en foyer ailleurs" (dev-WN)
_NOT_MY_HOME = re.compile(r"\b(j habite|jhabite|je n habite|n habite|je vis|je ne vis) (pas|plus) (la bas|la|ici)\b|\bpas moi\b"
                          # (thirty-fifth session, dev-ZD) "la mission locale de Nancy mais moi j'y habite pas"
                          r"|\b(j y|jy|je n y) (habite|vis) (pas|plus)\b"
                          # (dev-ZJ) "Mes parents habitent à Nîmes mais moi non"
                          r"|\bmais moi non\b"
                          # (thirty-eighth session, dev-ZZL) "ma mère est partie vivre a Ajaccio et moi je reste ici"; "ma mere a déménagé a
                          # Perpignan mais moi je reste" (dev-ZZN)
                          r"|\b(et|mais) moi (je reste|jreste|je suis reste|je suis restee)( ici| la)?\b(?! (a|au|aux|sur|en|chez|dans|vers|pres) )"
                          # (thirty-seventh session, dev-ZZF) "Mon père vit à Brest et moi chez ma mère, du coup…" (the mother's town unsaid)
                          r"|\bet moi (chez|avec) (ma|mon) (mere|pere|daronne|daron|maman|papa|grand mere|grand pere"
                          r"|tante|oncle)\b(?! (a|au|aux|sur|en|dans|vers|pres) )"
                          r"|\b(je suis|moi je suis)\b.{0,30}\bailleurs\b|\bpasser (un|une|\d+|deux|trois|quelques) (mois|semaine|semaines|jours"
                          r"|week end) chez (elle|lui|eux)\b"
                          # (dev-WP) "moi je vis plus avec elle", "moi je suis en internat"
                          r"|\bje (ne )?vis (plus|pas) (avec|chez) (elle|lui|eux)\b"
                          r"|\bmoi je suis (en internat|en foyer|a l internat|en residence)\b(?! (a|au|sur|dans|pres de) )")
# a visit to a relative whose home the message names: "ma tante vit à Perpignan, je vais chez elle 10 jours", "mon copain habite à
# Reims, je passe quelques jours chez lui", "mon père vit à Ajaccio, je vais le voir en juillet" (dev-WP)
_VISITING = re.compile(r"\b(je vais|j vais|jvais|je passe|je pars|je descends|je monte|j y suis|j y vais|je dors|je reste|je vais rester)\b"
                       r".{0,25}\b(chez (elle|lui|eux)|la voir|le voir|les voir|la bas)\b|\bj y suis pour\b"
                       # (dev-WR) "il m'héberge quelques jours", "je dois m'occuper d'elle 2 semaines", "on y va pour les fêtes"
                       r"|\b(il|elle|ils) m heberge\w* (quelques|\d+|une|deux|trois|pour|pendant)\b|\bm occuper d (elle|lui|eux)\b"
                       r"|\bon y va pour\b")
# a friend or a relative who would come along to the writer's appointment: "Mon pote habite a Brest, il peut venir avec moi au rdv ?"
# (thirty-sixth session, dev-ZQ, dev-ZT)
_COMING_ALONG = re.compile(r"\b(il|elle|ils|elles) (peut|peuvent|pourrait|pourraient) (venir avec moi|m accompagner)\b"
                           # or asking one to come over: "mon parrain habite a Bayonne et il me dit de venir bosser par la-bas"
                           # (thirty-seventh session, dev-ZX)
                           r"|\b(il|elle|ils|elles) me (dit|disent|propose|proposent|conseille|conseillent) de venir\b")
_RELATIVE_LIVES = re.compile(r"\b(mon|ma|mes|sa|son|ses) (pere|mere|grand mere|grand pere|grands parents|parents|soeur|frere|tante|oncle"
                             r"|cousin|cousine|copain|copine|belle mere|beau pere|parrain|marraine"
                             # ("mon ex habite a Poitiers mais moi non"; thirty-sixth session, dev-ZL)
                             r"|ex|pote|potes|amie|ami|meilleure amie|meilleur ami|meilleur pote|coloc) (habite|habitent|vit|vivent)\b"
                             # ("Le père de mon fils habite à Mulhouse… quand je vais le voir"; thirty-sixth session, dev-ZN)
                             r"|\b(le pere|la mere|le papa|la maman) de (mon|ma|mes) (fils|fille|enfant|enfants|bebe|petit|petite)"
                             r" (habite|vit)\b")
# words of living that "je suis" is not ("chez moi c'est Saint-Nazaire", "je suis encore à Grenoble pour 3 mois"), or a wish for the
# mission locale where one is ("je peux aller à la mission locale d'ici ?") (dev-RX, dev-UQ, dev-UW)
_LIVING_WORDS = re.compile(r"\b(j?h?abit\w*|vis|jvis|vit|vivons|vivez|(?<!aide a )(?<!aides a )domicil\w*|(mon|son|sa) adresse|adresse officielle|resid\w*|je loge"
                           r"|emmenage\w*|emenage\w*|coloc|colocation|chez (moi|nous) (a|au|sur)"
                           r"|chez (moi|nous) c( est)?|(je suis|jsuis|chui|j suis) encore"
                           # ("je suis rentrée chez ma mère à Fougères", "jsuis de porto vechio": where one lives, or comes from)
                           r"|(je suis|jsuis|jsui|chui|j suis) (rentre|rentree|retourne|retournee|revenu|revenue) chez"
                           r"|(je suis|jsuis|jsui|chui|j suis) (de|d)\b(?! passage)"
                           r"|mission locale (d ici|du coin|la plus proche|sur place|de la bas|la bas)"
                           r"|(a|au|sur|en) \w+( \w+)? comme moi)\b")  # ("mon pote habite a Brest comme moi"; thirty-sixth session)


def _only_staying(norm: str) -> bool:
    """Whether the message (its normal form) says the person is somewhere only for a while (or back from a stay, on a trip for an
    event or a stay of days or weeks, on a class's outing, followed in a town before moving, a time spent there that is over, two
    towns compared, reading of a town in the news), or names a relative's or a friend's home (visited, the friend coming along or
    asking one over) or what they did in a town, or denies their own, and says nowhere else where they live: its "je suis à …" is
    then no home, and the towns it names are away from home ("je suis à Biarritz pour le week-end", "ma tante vit à Perpignan, je
    vais chez elle 10 jours", "Mon père habite à Toulouse, pas moi"; not "mon domicile est à Évreux mais je suis en stage à Rouen
    toute la semaine")."""
    said = (_STAYING.search(norm) or _RETURNING.search(norm) or _NOT_MY_HOME.search(norm) or _BACK_FROM.search(norm) or _RELATIVE_DID.search(norm)
            or _TRIP_FOR.search(norm) or _SHORT_STAY.search(norm) or _FOLLOWED_BEFORE_MOVING.search(norm) or _TIME_SPENT.search(norm)
            or _TOWNS_COMPARED.search(norm)
            or _IN_THE_NEWS.search(norm) or _SCHOOL_OUTING.search(norm)
            or ((_VISITING.search(norm) or _COMING_ALONG.search(norm)) and _RELATIVE_LIVES.search(norm)))
    return bool(said) and not _LIVING_WORDS.search(_RELATIVE_LIVES.sub(" ", _NOT_MY_HOME.sub(" ", norm)))


# A hesitation typed as a word that is also a town's name, before dots or an emoji
_HESITATION = re.compile(r"^\W*(hem|hum|heu|euh)\s*(\.{2,}|…|[\U0001F600-\U0001F64F\U0001F910-\U0001F92F])", re.IGNORECASE)
# A town's name opening the message in another sense: "nice" cheering what one got, "Nice, j'ai eu mon stage !" (thirty-second session, dev-YC; not "Nice, j'ai 19
# ans…")
_OPENING_IN_ANOTHER_SENSE = re.compile(r"^\s*nice (j ai|jai|g|on a) (eu|trouve|reussi|decroche|obtenu|signe|valide|fini|termine)\b|^\s*nice (c est|trop)"
                    r" (bon|valide|top|bien|cool|gagne)\b"
                    r"|^\s*metz moi\b")  # (a pun for "mets-moi": "metz moi sur la liste pour l'atelier"; dev-YC, dev-YJ)
# Brands and the word itself: a village named like a brand opening the message is the brand ("Lacoste, Nike, peu importe la
# marque, je peux venir en survêt ?"; nineteenth session, dev-SW)
_BRANDS = {"marque", "marques", "nike", "adidas", "puma", "reebok", "zara", "kappa", "fila", "asics", "converse", "vans",
           "gucci", "shein", "decathlon"}


# A question said by its opening words, without a question mark: "y a des formations gratuites pour les jeunes sans diplome a
# calais", "C'est quoi les horaires d'ouverture pour douai" (thirty-third session, dev-YO)
_ASKING_OPENING = re.compile(r"^\W*((bonjour|salut|bjr|slt|hello|coucou) )?(est ce que|est ce qu|y a t il|yatil|y a t|il y a|y a|c est quoi"
                             r"|c quoi|cest quoi|quels? sont|quelles? sont|quel est|quelle est|vous (faites|avez|proposez|organisez)"
                             r"|avez vous|proposez vous|faites vous)\b")


# Words of a question about what a mission locale offers, before the town that follows its question mark (`ends_after_question`)
_SERVICE_WORDS = ((_FOR_THIS_TOWN - {"ou", "etes", "moi", "nous"}) | _ITS_SERVICES | _ITS_HOURS
                  | {"psychologue", "psy", "logement", "appart", "formation", "formations", "cv", "stage", "stages", "apprentissage",
                     "emploi", "job", "code", "mission", "vous", "vos"})


def _about_its_services(head: List[str]) -> bool:
    """Whether these words ask about the mission locale's services ("aide au permis possible pour moi", "quelles sont vos heures
    d'ouverture")."""
    return bool(set(head) & _SERVICE_WORDS)


def _town_of_the_question(kb: KnowledgeBase, parsed: ParsedMessage, codes: set) -> bool:
    """Whether one of these communes is named after "à", "sur" or "vers" by a name that is no ordinary
    word, right after words of the missions locales' services or of where one is (`_FOR_THIS_TOWN`):
    a question asked for that town ("un rdv avec un conseiller a Bayonne pour le CEJ", "moi c'est à
    Evreux")."""
    tokens = parsed.tokens
    asks = parsed.question or bool(_ASKING_OPENING.match(parsed.norm))
    for match in parsed.matches:
        if match.kind != "commune" or not codes & set(match.codes) or (
                on_a_trip(parsed, match, past=False) and not _OPEN_IN_THE_HOLIDAYS.search(parsed.norm)):
            continue  # (not a test taken there: "PERMIS PASSÉ À MONTPELLIER CE MATIN"; nineteenth session, dev-SW)
        first = max(0, match.start - 4)
        before = tokens[first:match.start]
        if (before and before[-1] in ("a", "sur", "vers") and not kb.is_common_word(" ".join(tokens[match.start:match.end]))
                and any(w in _FOR_THIS_TOWN and (w not in _ADVISER or (k > 0 and tokens[k - 1] in _DETERMINERS))
                        and not (w == "aide" and tokens[k + 1:k + 2] and tokens[k + 1] in _AIDE_TRADES)
                        for k, w in enumerate(tokens[first:match.start - 1], start=first))):
            return True
        capital = bool(parsed.capitals) and parsed.capitals[match.start] and not (parsed.shouted and parsed.shouted[match.start])
        if not (before and match.end == len(tokens) and asks
                and (capital or not kb.is_common_word(" ".join(tokens[match.start:match.end])))):
            continue
        # the town ending the question, after "à" or "sur", a word of the services before it: "aide au permis pour un jeune de 18 ans
        # sur Cognac ?" (twenty-sixth session, dev-VD)
        if before[-1] in ("a", "sur") and any(w in _FOR_THIS_TOWN - _ADVISER - {"ou", "etes", "moi", "nous"} for w in tokens[:match.start - 1]):
            return True
        # a question about what the mission locale offers there, not a town one goes to (thirty-second session, dev-XZ, dev-YE, dev-YI;
        # "au Havre": the preposition within the name's match)
        if set(tokens[:match.start]) & _GOING and not _OPEN_IN_THE_HOLIDAYS.search(parsed.norm):
            continue
        contracted = bool(match.contracted) and tokens[match.start] in ("au", "aux")
        prep, head = ("a", tokens[:match.start]) if contracted else (before[-1], tokens[:match.start - 1])
        if ((prep in ("a", "sur") and (set(head) & _ITS_SERVICES or _YOU_OFFER.search(" ".join(head) + " ")))
                or (prep == "pour" and set(head) & _ITS_HOURS)
                or (prep == "de" and before[-2:-1] and before[-2] in _YOUNG_OF and "pour" in before[-4:-1])):
            return True
    return False


def _codes_of(finding: Finding) -> List[str]:
    """The commune found, or the homonyms offered (largest first)."""
    return [finding.commune_code] if finding.commune_code else list(finding.candidates)


def _name_of(kb: KnowledgeBase, finding: Finding) -> Optional[str]:
    codes = _codes_of(finding)
    return normalise(kb.communes[codes[0]]["name"]) if codes else None


def _set_apart(parsed: ParsedMessage, k: int) -> bool:
    """Whether the word at k is a sentence or a clause of its own, set apart by punctuation on both sides ("…, Alès. …")."""
    breaks = parsed.breaks
    return bool(breaks) and (k == 0 or breaks[k]) and (k + 1 >= len(parsed.tokens) or breaks[k + 1])


def _exact_word(kb: KnowledgeBase, finding: Finding, word: str) -> bool:
    """Whether `word` is the found commune's whole name ("bonne", "nice"): read by its evidence,
    not by where it stands."""
    return _name_of(kb, finding) == word


def _misspelled_after(kb: KnowledgeBase, finding: Finding, after: str) -> bool:
    """Whether what follows "mission locale (de)" begins with the found commune's name, one letter
    wrong, missing or doubled at most, two letters swapped, or written as it sounds: one or two
    words of four letters or more ("mission locale de strasbour"; not "blorpville" for Borville,
    nor "…la mission locale pourrait…" for Pourrain)."""
    name = _name_of(kb, finding)
    if name is None:
        return False
    words = normalise(after).split()
    while words and words[-1] in POLITENESS | _ASKED_AFTER:  # "mission locale perpigan svp", "mlo narbone rdv" (not "… cest quoi")
        words.pop()
    if words and words[0] == name.replace(" ", ""):
        return True  # the name glued to its article: "ML larochelle horaires ?" (dev-RA)
    if words[:3] in (["la", "plus", "proche"], ["le", "plus", "proche"]):
        words = words[2:]  # "ML la plus proche de Besanson ?" (dev-RG)
    if words[:2] in (["proche", "de"], ["proche", "d"]):
        words = words[1:]
    marked = bool(words) and (words[0] in PLACE_MARKERS or words[0] == "pour")  # "mission locale pour mante la jolie"
    if marked:
        words = words[1:]
    head = words[:len(name.split())]
    if len(head) > 1 and Levenshtein.distance(" ".join(head), name) <= 1:
        return True  # a name of several words typed whole, a letter wrong: "mante la jolie" (dev-QY)
    if len(head) > 1 and kb.sounding_name(" ".join(head)) == name:
        return True  # the same written as heard: "mission locale Sin Nazère" (dev-RN)
    elif (words and re.fullmatch(r"d[aeiouyh][a-z]{3,}", words[0]) and words[0] not in kb.by_name
          and _misspelled_after(kb, finding, " ".join(["de", words[0][1:]] + words[1:]))):
        return True  # "d'" glued to the name: "mission locale dauxerre elle est ou" (not "dunkerk")
    # the name's words, then maybe the rest of the question ("la mission locale de narbone ouvre le
    # samedi ?", "mission locale brianson c'est où"), unless they are ordinary words
    if " " not in name and len(words) >= 2 and (marked or len(words) == 2) and not kb.is_common_word(words[1]):
        # a name of one word typed in two: "mission locale de mont pelier"
        glued = words[0] + words[1]
        if Levenshtein.distance(glued, name) <= 1 or name in (kb.sounding_name(glued), kb.swapped_name(glued)):
            return True
    head = words[:len(name.split())]
    more = len(words) > len(head)
    if more and all(kb.is_common_word(w) for w in head):
        return False
    if not 1 <= len(head) <= 2 or any(w in STOPWORDS or len(w) < 4 for w in head):
        return False
    typed = " ".join(head)
    # the knowledge base's own sound-alikes and swapped letters, towns of 5,000 inhabitants or more:
    # "monlusson", "boruges", "mission locale brianson c'est où"
    if name in (kb.sounding_name(typed), kb.swapped_name(typed)):
        return True
    # a letter away or sounding alike, only after "de", "à"… or as the whole rest: "…la mission locale
    # pourrait m'aider" is no Pourrain, "les ML vivent de quoi" no Viven
    # (a name of several words by its first, "a cherbour"; dev-RE)
    first = name.split()[0]
    # (or as the whole rest: "mission locale Sarguemines"; twenty-sixth session, dev-VH)
    if ((marked or not more) and " " not in name and 8 <= len(typed) < len(name) and not kb.is_common_word(typed)
            and Levenshtein.distance(typed, name) <= len(name) // 4):
        return True  # a long name after "de", its doubled letters and ending lost: "la mi-lo de sarguemine" (dev-RE)
    return (marked or not more) and (Levenshtein.distance(typed, name) <= 1
                                     or sound_key(typed) == sound_key(name)
                                     or (" " in name and len(typed) >= 6 and Levenshtein.distance(typed, first) <= 1))


def _named_on_a_trip(parsed: ParsedMessage, explicit: Finding, past: bool = True) -> bool:
    """Whether every place the message names for the found commune follows a word of a trip (`on_a_trip`; `past`, or
    of a past home)."""
    named_at = [m for m in parsed.matches if m.kind == "commune" and set(m.codes) & set(_codes_of(explicit))]
    return bool(named_at) and all(on_a_trip(parsed, m, past=past) for m in named_at)


def _departments_named(kb: KnowledgeBase, parsed: ParsedMessage) -> set:
    """The departments the message names, by name or by number."""
    named = {m.codes[0] for m in parsed.matches if m.kind == "departement"}
    return named | {code for _, code in kb.department_numbers(parsed.tokens)}


def _qualified(kb: KnowledgeBase, parsed: ParsedMessage, finding: Finding) -> bool:
    """Whether the found commune is followed by its department or region ("Le Moule en
    Guadeloupe", "Laval (Mayenne)", "Saint-Denis dans le 93")."""
    codes = set(_codes_of(finding))
    areas = [m for m in parsed.matches if m.kind in ("departement", "region")]
    for m in parsed.matches:
        if m.kind != "commune" or not codes & set(m.codes):
            continue
        for area in areas:
            between = parsed.tokens[m.end:area.start]
            if area.start >= m.end and len(between) <= 2 and all(
                    w in ("en", "dans", "le", "la", "l", "du", "de") for w in between):
                return True
        number = re.search(rf"\b{re.escape(' '.join(parsed.tokens[m.start:m.end]))} (dans le |du |en )?(\d{{2}}|97\d|2a|2b)\b",
                           parsed.norm)
        if number and any(kb.communes[c]["department"] == number.group(2).upper() for c in codes & set(m.codes)):
            return True  # its own department's number ("Biarritz 10 jours" is no Biarritz in the Aube)
    if finding.status == "found" and finding.commune_code:
        # a short form of the commune's name, then its own department: "Châlons, dans la Marne. Je voudrais…", "Romans (Drôme),
        # je voudrais…" (thirty-second session, dev-YG)
        first = re.sub(r"^(la|le|les|l) ", "", normalise(kb.communes[finding.commune_code]["name"])).split()[0]
        department = kb.communes[finding.commune_code]["department"]
        # (opening the message only: anywhere, after "à" or after an article, tried, it made ordinary gate messages searches,
        # counts only)
        for area in areas:
            if (area.kind == "departement" and department in area.codes and parsed.tokens[:1] == [first] and 1 <= area.start <= 3
                    and all(w in ("en", "dans", "le", "la", "l", "du", "de") for w in parsed.tokens[1:area.start])):
                return True
    return False


def _other_tokens(kb: KnowledgeBase, parsed: ParsedMessage, finding: Finding) -> List[str]:
    """The message's tokens outside the name of the commune found (all of them when it is not typed
    whole), for a name that is no ordinary word."""
    name = _name_of(kb, finding)
    for m in parsed.matches:
        if m.kind == "commune" and " ".join(parsed.tokens[m.start:m.end]) == name and not kb.is_common_word(name):
            return parsed.tokens[:m.start] + parsed.tokens[m.end:]
    return parsed.tokens


def _only_the_town(kb: KnowledgeBase, parsed: ParsedMessage, finding: Finding) -> bool:
    """Whether the message is a town's name and nothing else but a greeting or politeness ("Évreux",
    "douai ici", "Sedan svp 🙏", "bsançon"): a name of four letters or more, as typed or a little
    misspelled, that is no ordinary word or phrase ("Orange", "Bonne soirée" stay unread)."""
    name = _name_of(kb, finding)
    typed = [t for t in _POLITE_PHRASES.sub(" ", parsed.norm).split() if t not in _AROUND_A_TOWN]
    if not name or not typed or len(typed) > len(name.split()) + 1 or any(t.isdigit() for t in typed):
        return False
    written = " ".join(typed)
    # (an ordinary word's town of MARKED_TOWN inhabitants or more, with a politeness: "VANNES SVP", "lourdes stp"; twenty-sixth
    # session, dev-VK)
    polite = any(t in POLITENESS for t in parsed.tokens)
    if len(written) < 4 or (kb.is_common_word(written) and not (polite and kb.town_population(name) >= MARKED_TOWN)):
        return False
    if written in INTERJECTIONS and len(typed) == 1 and (
            (len(parsed.tokens) == 1 and parsed.exclaimed and parsed.exclaimed[-1]) or not (parsed.capitals and parsed.capitals[0])):
        return False  # "nice 👌", "Nice !", "nice" in lower case, "nice 😎👍 merci": praise (dev-RM, dev-RR, dev-RW)
    bare = re.sub(r"^(la|le|les|l) ", "", name)
    if written in (name, bare) or name in (kb.sounding_name(written), kb.swapped_name(written)):
        return True
    return Levenshtein.distance(written, bare) <= max(1, len(bare) // 5)


# what a person introducing themselves may say they are, beside `PEOPLE_ROLES` ("Yves, retraité. Je voudrais…"; dev-WD)
_SELF_ROLES = {"gerant", "gerante", "retraite", "retraitee", "etudiant", "etudiante", "benevole"}


def _introduces_oneself(kb: KnowledgeBase, parsed: ParsedMessage) -> bool:
    """Whether the message opens with a first name set apart, then the age or who the person is ("Anthony, 24 ans, ancien
    intérimaire…", "Rémy, gérant d'un garage : je cherche un apprenti…"; twenty-seventh session, dev-VR); not a town of
    MARKED_TOWN inhabitants or more named so ("Nancy, 19 ans" may be either)."""
    tokens = parsed.tokens
    return (len(tokens) > 2 and tokens[0] in kb.first_names and bool(parsed.breaks) and parsed.breaks[1]
            and kb.town_population(tokens[0]) < MARKED_TOWN
            and (age_follows(tokens, parsed.breaks, 1) or tokens[1] in PEOPLE_ROLES | _SELF_ROLES))


# A mission locale the writer had: "j'étais suivi par la mission locale de Metz avant…", "mon ex conseillère de la mission locale de
# Mulhouse", "mon ancienne mission locale à Amiens" (thirty-second session, dev-YF); not a relative's, which is often the writer's
# too ("ma sœur est suivie à la mission locale d'Avignon, moi aussi je peux… ?")
_HELD_BEFORE = re.compile(r"(\b(j etais|jetais|j ai ete|g ete|etais|j etait)( suivie?| inscrite?)? (a|par|chez|dans) la"
                          r"|\b(ex|ancienne?|ancien) (conseillere?|referente?)? ?(de|d) la|\b(ancienne|ancien))\s*$"
                          # or one read of in the news: "J'ai lu dans Ouest-France que la mission locale de Saint-Malo…", "entendu
                          # aux infos qu'une mission locale de Toulouse avait fermé" (thirty-fifth session, dev-ZH)
                          r"|\b(aux infos|a la tele|a la radio|dans le journal|j ai lu dans|un article sur|un reportage sur"
                          # ("j'ai vu sur tiktok que la mission locale de Mulhouse donne des ordis"; thirty-sixth session, dev-ZR)
                          r"|vu sur (tiktok|insta|instagram|facebook|les reseaux|internet|youtube|snap|snapchat|twitter))\b.{0,30}$"
                          # a post of one: "trop bien la vidéo de la ML d'Amiens sur insta 😂" (thirty-eighth session, dev-ZZH)
                          r"|\b(video|videos|vid|story|post|publication|reel|live) (de|d) la\s*$")


# The writer gone from the town of the mission locale just named: "J'avais un rdv à la mission locale de Nice mais je suis plus
# là-bas, comment j'annule ?" (thirty-third session, dev-YN); there before, or another than the one written to (dev-YP)
_LEFT_SINCE = re.compile(r"^\W*(\w+\W+){1,3}((mais |et )?(je (ne )?suis (plus|pu)|jsuis (plus|pu)|j y (suis|habite|vis) plus"
                         r"|je n y (suis|habite|vis) plus|j habite plus|je vis plus) la bas"
                         # (thirty-fifth session, dev-ZD) never lived there: "la mission locale de Nancy mais moi j'y habite pas"
                         r"|(mais |et )?(moi )?(j y|jy|je n y) (habite|vis) (pas|plus)"
                         # (dev-YP) "Je me suis inscrit à la mission locale de Nancy quand j'étais étudiant, c'est toujours valable ?"
                         r"|(quand|lorsque) (j etais|jetais|j habitais|jhabitais|je vivais))\b"
                         # (dev-YP) another one set beside the one written to: "Il paraît que la mission locale de Rouen paie le
                         # permis, c'est pareil chez vous ?"
                         r"|\b(pareil|la meme chose) chez vous\b|\bvous faites (pareil|la meme chose)\b"
                         # ("mon frère a été aidé par la mission locale de Valence, est ce que je peux avoir la même chose ?"; dev-ZR)
                         r"|\b(je peux|on peut|je pourrais) (avoir|faire) (la meme chose|pareil)\b")


def _a_former_one(before: str, after: str) -> bool:
    """Whether the mission locale named after `before` (normalised), its town then `after` (normalised), is one the writer had."""
    return bool(_HELD_BEFORE.search(before) or _LEFT_SINCE.search(after))


def _searched_kind(kb: KnowledgeBase, text: str, explicit: Finding, parsed: Optional[ParsedMessage],
                   alone: Finding) -> Optional[str]:
    """The kind of place ("commune", "departement", "region") that a message asks a mission locale
    for: named within a few words after "mission locale", a commune named anywhere in a message
    about a mission locale ("prof à Montluçon, je cherche le contact de la mission locale"), a
    commune that opens the message ("Valenciennes, est-ce que c'est gratuit ?"), or given as where
    the person lives ("j'habite à Lens, c'est quelle mission locale ?", "je suis à Quimper, vous
    faites le CEJ ?"); None otherwise."""
    mention = MENTION.search(text or "")
    # (not a former one: "Mon ancienne mission locale à Bordeaux m'avait fait un CV…"; seventeenth session, dev-SI; thirty-second
    # session, dev-YF)
    former = bool(mention) and _a_former_one(normalise(text[:mention.start()]), normalise(text[mention.end():]))
    held = set()  # (the towns of that mission locale: another town the message names may still be the writer's)
    if mention:
        after = " ".join(text[mention.end():].split()[:WINDOW_WORDS])
        named = kb.find_explicit(f"{mention.group(0)} {after}")
        if named.status != "not_found" and not former:
            return named.place_kind or "commune"
        held = set(_codes_of(named)) if former else set()
    commune = explicit.status in ("found", "ambiguous") and explicit.place_kind == "commune"
    # the same with a misspelled name ("jsuis a carcasone", "noisy le grand c quoi les horaires")
    corrected = alone.status in ("found", "ambiguous") and alone.place_kind == "commune"
    if parsed is None:
        return None
    opening_only = [m.start == 0 for m in parsed.matches if m.kind == "commune"]
    if (_HESITATION.match(text or "") or set(parsed.tokens) & _BRANDS or _OPENING_IN_ANOTHER_SENSE.match(parsed.norm)) and opening_only and all(opening_only):
        # "Hem... j'ai un petit souci", "Hem 🤔" (Hem, 59: a hesitation); "Lacoste, Nike, peu importe la marque…" (a brand)
        # (nineteenth session, dev-SW)
        return None
    # (the message says the town it names is away from home, and nothing says the person lives there; dev-VT, dev-WB)
    # (words of living, searched once: "j'habite", "je suis à"…)
    lives = re.search(rf"\b{_DWELLING}\b", parsed.norm)
    away = bool(_AWAY.search(_OPEN_IN_THE_HOLIDAYS.sub(" ", parsed.norm))) and not lives
    if _only_staying(parsed.norm):
        lives, away = None, True  # "je suis à Biarritz pour le week-end": its "je suis" says no home (dev-WJ)
    if mention and not (held & set(_codes_of(explicit))) and ((commune and not away and not _named_on_a_trip(parsed, explicit))
                    or (corrected and _misspelled_after(kb, alone, text[mention.end():]))):
        return "commune"  # (not a town one went to on a trip: "leur voyage de noces à Deauville"; dev-RI)
    if mention and corrected and any(len(parsed.tokens[k]) >= 5 and not MENTION.fullmatch(parsed.tokens[k])
                                     and parsed.tokens[k] not in MENTION_ENDS and not kb.is_common_word(parsed.tokens[k]) and (
            len(parsed.tokens) <= SHORT_MENTION_MESSAGE or _set_apart(parsed, k))
            and _misspelled_after(kb, alone, " ".join(parsed.tokens[k:])) for k in range(len(parsed.tokens))):
        # a misspelled town anywhere in a short message about a mission locale, or set apart in a longer one: "16 ans
        # decrocheur Thionvile mission locale", "ML Diepe CEJ inscription", "20 ans, sans diplôme, Alès. La mission locale peut
        # me trouver une formation ?" (twenty-fifth session, dev-UY, dev-UZ)
        return "commune"
    the_mission = re.search(r"\bla (mission|mision|misson) (de|d|du|a) ", parsed.norm + " ")
    if corrected and the_mission and _typed_at(kb, alone, parsed.tokens, len(parsed.norm[:the_mission.end()].split()) - 1):
        return "commune"  # "mission" without "locale": "la mission de montpellier elle est ou" (dev-UZ)
    # (a partitive and a name in lower case opening the message is a product: "du beaufort dans mon sandwich"; dev-TI)
    partitive = parsed.tokens[0] in ("du", "des") and not (parsed.capitals and any(parsed.capitals[1:2]))
    person = _introduces_oneself(kb, parsed)
    if (corrected and not partitive and not person and _typed_at(kb, alone, parsed.tokens, 0) and (mention or not _exact_word(kb, alone, parsed.tokens[0]))
            and not (parsed.tokens[0] in kb.first_names and named_then_role(parsed.tokens, 1, parsed.breaks, parsed.capitals))):
        # ("Margaux, ma fille, voudrait…" is a person; "Dinan – mon fils, 17 ans, …" a town; nineteenth session, dev-SX)
        # the message opens with the place: "Thonon, 19 ans…", "mont de marsan ya…", "Gordes ou est
        # la mission locale"
        return "commune"
    opening_town = next((m for m in parsed.matches if m.kind == "commune" and m.start == 0 and set(_codes_of(alone)) & set(m.codes)),
                        None) if corrected else None
    if alone.status == "confirm" and not person and any(
            m.kind == "commune" and m.start == 0 and set(alone.candidates) & set(m.codes) and kb.opens_plainly_before_a_need(m, parsed)
            for m in parsed.matches):
        # a town named like a word opening the message with no mark of a name, then a need: a search, whose answer is the question "Vous
        # parlez de la commune de Tours ?" ("tours besoin d'un rdv"; thirtieth session, dev-XG)
        return "commune"
    if opening_town and age_follows(parsed.tokens, parsed.breaks, opening_town.end) and not person:
        return "commune"  # the town opening the message, set apart, then the age: "menton, 21 ans, …" (twenty-sixth session, dev-VK)
    if corrected and _only_the_town(kb, parsed, alone):
        return "commune"  # "Évreux", "douai ici", "Vierzon svp 🙏", "bsançon", "aix en provance"
    others = _other_tokens(kb, parsed, explicit) if commune and explicit.status == "found" else []
    if others and all(t in STOPWORDS for t in others) and any(t in PLACE_MARKERS for t in others):
        # only a town's name after a word of place: "à Saumur", "sur Colmar", whatever the intent model
        # made of it ("à Saumur" had been read as "à plus")
        return "commune"
    if commune and _qualified(kb, parsed, explicit) and not _named_on_a_trip(parsed, explicit):
        # (not a past home: "J'ai grandi à Saint-Denis de La Réunion mais je suis en métropole depuis 5 ans"; thirty-fourth session,
        # dev-YT)
        return "commune"  # "Le Moule en Guadeloupe", "Laval en Mayenne": a place given with care
    codes = set(_codes_of(explicit))
    # (the town opening the message may be the one the reading kept over a landmark: "Jurançon à côté de Pau, vous
    # avez l'adresse ?"; dev-QY)
    opening = codes | (set(_codes_of(alone)) if corrected else set())
    if commune and not person and any(opens_question(parsed, m, areas=kb.area_names) and opening & set(m.codes)
                                      for m in parsed.matches if m.kind == "commune"):
        return "commune"
    if corrected and not person and any(m.kind == "commune" and set(_codes_of(alone)) & set(m.codes) and ends_after_question(parsed, m, kb.first_names)
                                        and not (parsed.capitals and parsed.capitals[m.start])
                                        and _about_its_services(parsed.tokens[:m.start]) for m in parsed.matches):
        # the town alone, in lower case, after a question about the services: "vous etes ouvert le samedi ? bourg en bresse",
        # "aide au permis possible pour moi ? belfort" (thirty-fourth session, dev-YS; a capital there may sign the message, and
        # one ordinary gate message, counts only, was made a search so)
        return "commune"
    if commune and any(m.kind == "commune" and set(codes) & set(m.codes) and after_an_age(parsed.tokens, parsed.breaks, m.start, m.end)
                       for m in parsed.matches):
        return "commune"  # the town set apart after the age: "17 ans, Maubeuge, je cherche un apprentissage" (twenty-sixth session, dev-VD)
    if corrected and any(m.kind == "commune" and m.start == 0 and set(_codes_of(alone)) & set(m.codes) and locates_from_landmark(parsed.tokens, m.end)
                         for m in parsed.matches):
        return "commune"  # the town opening the message placed from its landmark: "Jurançon à côté de Pau, …" (dev-QY)
    # the place said as where the person lives (or by its postcode), not merely named
    # ("éducatrice à Compiègne, …" is not a search)
    norm = parsed.norm  # (as parsed: with "mission locale" and glued words of living written out)
    # (words of living are not said of a town named at an event or on a trip: "Le Tour de France arrive a Pau ce mois ci";
    # twentieth session, dev-TE)
    at_an_event = bool(lives) and (_named_on_a_trip(parsed, alone, past=False) or _named_on_a_trip(parsed, explicit, past=False))
    postcode = re.search(r"\b\d{5}\b", norm) or parsed.postcodes  # (also "au 44 000"; dev-QY)
    named = _codes_of(explicit)[0] if _codes_of(explicit) else None
    if lives and corrected and not at_an_event:
        # (after any of the words of living: "je suis éducateur…, le jeune que j'accompagne habite Aubervilier"; twenty-fifth
        # session, dev-UU)
        for n, living in enumerate(re.finditer(rf"\b{_DWELLING}\b", norm)):
            if n and re.match(r"vien|venon|arriv", living.group(0)):
                continue  # (beyond the first, not where one comes from: "Je viens d'arriver de Guinée", no Guînes)
            at = len(normalise(norm[:living.start()]).split()) + len(living.group(0).split())
            if _typed_at(kb, alone, parsed.tokens, at, parsed.capitals):
                return "commune"  # "jsuis a dunkerk", "je suis de Villeurbane"
    self_named = re.search(rf"\b{_SELF_NAMED}\b", norm)
    if self_named and corrected:
        at = len(normalise(norm[:self_named.start()]).split()) + len(self_named.group(0).split())
        # (or a town's name typed whole that is no first name: "moi c'est Périgueux, mon frere est a Bergerac…"; twenty-fifth
        # session, dev-UU)
        # (not a person introduced: "Moi c'est VALENCE, 20 ans, je cherche une formation"; dev-PO; nor a first name a letter
        # from a town: "moi c anthony je cherche un apprentissage", no Antony; twenty-sixth session, review)
        if at < len(parsed.tokens) and parsed.tokens[at] not in kb.first_names and (not _exact_word(kb, alone, parsed.tokens[at]) or introduces_a_town(
                parsed.tokens, at, at + 1, kb.first_names)) and _typed_at(kb, alone, parsed.tokens, at):
            return "commune"  # "moi c tooulouse"
        name = _name_of(kb, alone)
        if name and len(name.split()) > 1 and " ".join(parsed.tokens[at:at + len(name.split())]) == name:
            return "commune"  # a name of several words, typed whole: "… moi c'est saint etienne" (twenty-ninth session, dev-XA)
        if commune and named and kb.communes[named]["department"] in _departments_named(kb, parsed):
            return "commune"  # given with its department: "moi c le puy, en haute loire" (thirty-seventh session, dev-ZZC)
    if lives and commune and named and kb.communes[named]["department"] in _departments_named(kb, parsed) and not _named_on_a_trip(
            parsed, explicit):  # (not a past home given with its island: "J'ai grandi à Saint-Denis de La Réunion mais…"; dev-YT)
        return "commune"  # "je suis a kan dans le calvados", "jhabite tarbe 65"
    city = kb.communes[named].get("city") if named else None
    if city and (lives or len(parsed.tokens) <= SHORT_ARRONDISSEMENT_MESSAGE or "arrondissement" in parsed.tokens or (
            parsed.tokens[:1] == [normalise(kb.communes[city]["name"])] and re.fullmatch(r"\d{1,2}(e|er|eme)?", parsed.tokens[1])
            and parsed.tokens[2:3] != ["ans"])):
        # "je vis dans le 20e à Paris", "Paris XIIe, près de Bercy", "Paris 19e besoin d'aide pour trouver un stage"
        return "commune"
    if commune and not away and kb.named_as_sought(parsed, codes):
        return "commune"  # "je vis chez ma mère à Bergerac", "hébergée en foyer à Agde", "Bourges cej"
    if explicit.status == "found" and explicit.place_kind == "commune" and not away and _town_of_the_question(kb, parsed, codes):
        return "commune"  # "cej a albi c'est combien par mois ?", "vous êtes où à Chambéry ?"
    if (lives or postcode) and explicit.status in ("found", "ambiguous") and explicit.place_kind == "commune" and named and not (
            at_an_event and not postcode):
        # the name's first word as typed, right after the words of living ("j'habite à cherbourg"
        # for Cherbourg-en-Cotentin; not "je suis la tutrice de Noé")
        first = re.sub(r"^(la|le|les|l) ", "", normalise(kb.communes[named]["name"])).split()[0]
        if (postcode and explicit.status == "found") or re.search(rf"\b{_DWELLING}\s+{_PLACE_WORDS}{re.escape(first)}", norm):
            return "commune"
    return None
