"""Scores place questions written for development (never the test sets of tests/places/) against
the knowledge base's reading, in this process, and prints each miss: what the writer meant and what
the reading found. For working on the place search; the honest measure is the test set through
the real servers (tests/e2e/test_place_sets.py).

    .venv/bin/python scripts/place_dev.py FILE.yml ...
    .venv/bin/python scripts/place_dev.py --url http://127.0.0.1:5005 FILE.yml ...   # through `make run`'s servers

Each file holds `messages: [{text, commune, departement, homonym, asked, cancel}]`; `asked` (default
false) marks an answer to "Dans quelle commune habitez-vous ?"; a message without `commune` is an
ordinary one, which must get no place answer; `cancel: true` marks a cancel phrase, which must also end the search. A
message is right when its reading
finds the commune meant (any of its codes), or, for a name the writer marked as shared by several
communes, asks which one with the commune meant among the candidates. A first message whose
reading finds the commune but does not make it a place search (`search`) is counted apart ("no
search"): the servers answer it only when the intent model asks for a mission locale, so the figure
with them is an upper bound and the one without them a lower bound.
"""

import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from core.form_answers import ends_the_search  # noqa: E402
from core.knowledge_base import knowledge_base  # noqa: E402
from core.place_reading import read_place  # noqa: E402
from launcher.servers import send_message  # noqa: E402


def _ordinary_right(kb, item) -> bool:
    """An ordinary message is right when nothing in it would get a place answer: as an answer to
    the form's question, no finding; otherwise, no place search, and no explicit place in a short
    message (which the clarification would answer). A cancel phrase (`cancel: true`) must also end the search."""
    reading = read_place(kb, item["text"])
    if item.get("asked"):
        # (as the form's validation decides: a cancel phrase ends the search unless it names the place explicitly
        # or the reading hesitates between homonyms; actions/structures.py, validate_lieu)
        cancelled = ends_the_search(item["text"], reading.answer.status, reading.explicit.status != "not_found")
        wrong = (reading.answer.status != "not_found" or item.get("cancel")) and not cancelled
    else:
        wrong = reading.search is not None or (
            len(item["text"].split()) <= 5 and reading.explicit.status != "not_found")
    if wrong:
        got = reading.answer if item.get("asked") else reading.explicit
        print(f"  {'KEPT ' if item.get('cancel') else 'PLACE'} {'asked ' if item.get('asked') else ''}{item['text']!r} -> {got.status} "
              f"{got.place_name or ','.join(got.candidates[:3])} (search: {reading.search})")
    return not wrong


def score(path: Path) -> None:
    kb = knowledge_base()
    messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    right = without_search = 0
    for item in messages:
        if not item.get("commune"):  # (an ordinary message: no label, or "commune: null")
            right += _ordinary_right(kb, item)
            continue
        meant = set(kb.communes_named(item["commune"], item.get("departement")))
        if not meant:
            print(f"  label unknown: {item['commune']} ({item.get('departement')})")
            continue
        reading = read_place(kb, item["text"])
        finding = reading.answer if item.get("asked") else reading.alone
        if finding.status == "found" and finding.place_kind == "commune":
            # an arrondissement of Paris, Lyon or Marseille is right for the city
            ok = finding.commune_code in meant or kb.communes[finding.commune_code].get("city") in meant
        elif finding.status in ("ambiguous", "confirm"):
            ok = bool(meant & set(finding.candidates)) and (item.get("homonym") or finding.status == "confirm")
        else:
            ok = False
        right += ok
        if ok and not item.get("asked") and reading.search is None:
            without_search += 1
            print(f"  NO SEARCH {item['text']!r}")
        if not ok:
            got = finding.place_name or ",".join(finding.candidates[:3]) or ""
            print(f"  MISS {'asked ' if item.get('asked') else ''}{item['text']!r} -> {finding.status} {got} "
                  f"(meant {item['commune']} {item.get('departement')})")
    print(f"{path.name}: {right}/{len(messages)} ({right / len(messages):.1%}), "
          f"{right - without_search} with a search")


def _reply(url: str, text: str, asked: bool) -> dict:
    """The replies to `text` in a new conversation (after "je cherche ma mission locale" when the
    message answers the form's question)."""
    sender = f"place-dev-{uuid.uuid4().hex[:10]}"
    webhook = f"{url}/webhooks/rest/webhook"
    if asked:
        send_message(webhook, "je cherche ma mission locale", sender)
    replies = send_message(webhook, text, sender)
    return {"text": "\n".join(r.get("text", "") for r in replies),
            "buttons": [b.get("title", "") for r in replies for b in r.get("buttons") or []]}


PLACE_ANSWERS = ("qui couvre votre", "qui couvrent la commune", "dont le siège est", "Plusieurs communes correspondent",
                 "Vous parlez de la commune", "missions locales d'après", "mission locale d'après")


def score_through(url: str, path: Path) -> None:
    """As tests/e2e/test_place_sets.py scores its sets, on a development file."""
    kb = knowledge_base()
    messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    right = 0
    for item in messages:
        reply = _reply(url, item["text"], bool(item.get("asked")))
        text = reply["text"]
        if not item.get("commune"):  # (an ordinary message: no label, or "commune: null")
            ok = not any(marker in text for marker in PLACE_ANSWERS)
        else:
            codes = kb.communes_named(item["commune"], item.get("departement"))
            names = set()
            for code in codes:
                covering = kb.structures_for_commune(code)[1]
                if covering:
                    name = kb.structures[covering[0]].name
                    names.add(name[0].lower() + name[1:])
            direct = any(f"c'est la {n} qui couvre" in text for n in names)
            homonyms = "Plusieurs communes correspondent" in text and any(
                item["commune"].lower() in title.lower() for title in reply["buttons"])
            ok = direct or (bool(item.get("homonym")) and homonyms)
        right += ok
        if not ok:
            print(f"  WRONG {'asked ' if item.get('asked') else ''}{item['text']!r}: {text[:120]!r}")
    print(f"{path.name} through {url}: {right}/{len(messages)} ({right / len(messages):.1%})")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    through = None
    if arguments[:1] == ["--url"]:
        through, arguments = arguments[1], arguments[2:]
    for name in arguments:
        if through:
            score_through(through, Path(name))
        else:
            score(Path(name))
