"""Scores held-out FAQ messages as the user sees them: each message is sent
to the real servers (REST channel, a new conversation each) and the replies
are classified:

  direct      the right answer, straight away
  menu_right  a "which topic?" menu that offers the right topic
  menu_wrong  a "which topic?" menu without it
  wrong       another topic's answer
  place       a place search (the place form, or a structure) by mistake
  other       anything else: "not understood", "out of scope", small talk, another intent

The expected answer is the topic written in the held-out file
(`faq/<topic>`); the answer texts are read from `domain.yml`, the menu's
buttons are mapped back to topics through `core/faq_catalogue.py`.

Usage:
  .venv/bin/python scripts/score_as_user.py tests/nlu_outside/*.yml [--min-direct 0.95]
      [--model models/x.tar.gz] [--json results/user_view.json]

Exit code 1 when --min-direct is given and the share of direct right
answers is below it.
"""

import argparse
import json
import sys
import tempfile
import urllib.request
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.faq_catalogue import TOPICS  # noqa: E402
from core.faq_choice import CLARIFY_TOPICS_TEXT  # noqa: E402
from core.project_files import examples_by_intent  # noqa: E402
from launcher import ports  # noqa: E402
from launcher.model import ensure_trained  # noqa: E402
from launcher.servers import Servers, send_message  # noqa: E402

CLASSES = ["direct", "menu_right", "menu_wrong", "wrong", "place", "other"]
TOKEN = "score-as-user"  # the API is enabled on loopback only, to read each conversation's actions
PLACE_ACTIONS = {"action_chercher_lieu", "form_lieu", "action_ask_lieu", "action_repondre_lieu",
                 "action_coordonnees", "action_autres_structures", "action_compter_structures"}

# The themes the issue reports on; "organisation" splits into regional and national.
REGIONAL = {"regional_organisation", "regional_interlocuteurs", "dreets", "arefie", "regional_coordonnees"}
# Replies of the place search that carry a topic's facts (written by hand from the sources):
# asked about the AREFIE, the regional association's reply for Hauts-de-France names it with its
# phone and site, which is the answer; the user sees the right facts straight away.
EQUIVALENT_FACTS = {"arefie": ("AREFIE", "09 72 56 12 30", "arefie.org")}
THEME_NAMES = {"gouvernance": "gouvernance", "equipe": "équipe", "financement": "financement",
               "public": "jeunes", "dispositifs": "jeunes", "pratique": "jeunes"}


def score_theme(key: str) -> str:
    theme = TOPICS[key].theme if key in TOPICS else "?"
    if theme == "organisation":
        return "régional" if key in REGIONAL else "national"
    return THEME_NAMES.get(theme, theme)


def answer_texts() -> Dict[str, str]:
    """Every FAQ answer text (data/faq/) -> its topic key."""
    return {topic.answer.strip(): key for key, topic in TOPICS.items()}


def topic_of_payload() -> Dict[str, str]:
    return {topic.question: key for key, topic in TOPICS.items()}


class Client:
    def __init__(self, servers: Servers) -> None:
        self.rasa_url = servers.rasa_url
        self.webhook = servers.rest_webhook

    def send(self, text: str) -> Tuple[List[Dict], List[str]]:
        sender = f"score-{uuid.uuid4().hex[:12]}"
        replies = send_message(self.webhook, text, sender, timeout=60)
        url = f"{self.rasa_url}/conversations/{sender}/tracker?token={TOKEN}"
        with urllib.request.urlopen(url, timeout=60) as response:
            tracker = json.loads(response.read().decode("utf-8"))
        actions = [e.get("name") for e in tracker.get("events", []) if e.get("event") == "action"]
        return replies, actions


def classify(expected: str, replies: List[Dict], actions: List[str],
             answers: Dict[str, str], payloads: Dict[str, str]) -> Tuple[str, str]:
    """(class, what the user got) for one message."""
    for reply in replies:
        text = (reply.get("text") or "").strip()
        if text in answers:
            got = answers[text]
            return ("direct" if got == expected else "wrong"), got
        if text == CLARIFY_TOPICS_TEXT:
            offered = [payloads.get(b.get("payload"), "?") for b in reply.get("buttons") or []]
            offered = [k for k in offered if k != "?"]
            return ("menu_right" if expected in offered else "menu_wrong"), "menu:" + ",".join(offered)
    facts = EQUIVALENT_FACTS.get(expected)
    if facts and any(all(f in (r.get("text") or "") for f in facts) for r in replies):
        return "direct", expected
    if PLACE_ACTIONS & set(actions):
        return "place", "place search"
    shown = " | ".join((r.get("text") or "")[:60] for r in replies)
    return "other", shown


def load_cases(paths: List[Path]) -> List[Tuple[str, str]]:
    """(expected topic, message) for every FAQ example of the held-out files."""
    cases = []
    for path in paths:
        for intent, examples in examples_by_intent(path).items():
            if intent.startswith("faq/"):
                cases += [(intent[len("faq/"):], text) for text in examples]
    return cases


def score(cases: List[Tuple[str, str]], send: Callable[[str], Tuple[List[Dict], List[str]]]) -> List[Dict]:
    """Each case sent with `send` (its replies and the actions run, or [] when they cannot be read),
    then classified."""
    answers, payloads = answer_texts(), topic_of_payload()
    results = []
    for expected, text in cases:
        replies, actions = send(text)
        kind, got = classify(expected, replies, actions, answers, payloads)
        results.append({"topic": expected, "theme": score_theme(expected), "text": text,
                        "class": kind, "got": got})
    return results


def report(results: List[Dict], sources: str, show_errors: bool = False) -> float:
    """Prints the counts per class, theme and topic; returns the share of direct right answers."""
    total = Counter(r["class"] for r in results)
    n = len(results)
    print(f"{n} messages from {sources}")
    for kind in CLASSES:
        print(f"  {kind:<11} {total[kind]:>4}  {total[kind] / n:6.1%}")
    by_theme: Dict[str, Counter] = defaultdict(Counter)
    by_topic: Dict[str, Counter] = defaultdict(Counter)
    for r in results:
        by_theme[r["theme"]][r["class"]] += 1
        by_topic[r["topic"]][r["class"]] += 1
    print("\nper theme: direct / total (menus, wrong, place, other)")
    for theme, counts in sorted(by_theme.items()):
        size = sum(counts.values())
        print(f"  {theme:<12} {counts['direct']:>3}/{size:<3} {counts['direct'] / size:6.1%}  "
              f"menus {counts['menu_right'] + counts['menu_wrong']}, wrong {counts['wrong']}, "
              f"place {counts['place']}, other {counts['other']}")
    print("\nper topic: direct / total")
    for topic, counts in sorted(by_topic.items()):
        size = sum(counts.values())
        print(f"  {topic:<30} {counts['direct']:>2}/{size:<2}")
    if show_errors:
        print("\nmisses:")
        for r in results:
            if r["class"] != "direct":
                print(f"  [{r['class']}] {r['topic']}: {r['text']!r} -> {r['got']}")
    return total["direct"] / n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("heldout", nargs="+", type=Path)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--min-direct", type=float, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--rasa-port", type=int, default=ports.SCORE_AS_USER.rasa)
    parser.add_argument("--action-port", type=int, default=ports.SCORE_AS_USER.action)
    parser.add_argument("--show-errors", action="store_true",
                        help="print each miss (never use them to write training data)")
    args = parser.parse_args()

    cases = load_cases(args.heldout)
    unknown = sorted({k for k, _ in cases if k not in TOPICS})
    if unknown:
        print(f"topics missing from the catalogue: {unknown}", file=sys.stderr)
        return 2

    model = args.model or ensure_trained()
    with tempfile.TemporaryDirectory() as state, Servers(
        model, rasa_port=args.rasa_port, action_port=args.action_port, data_dir=Path(state),
        enable_api_token=TOKEN,
    ) as servers:
        results = score(cases, Client(servers).send)
    direct = report(results, ", ".join(str(p) for p in args.heldout), args.show_errors)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.min_direct is not None and direct < args.min_direct:
        print(f"\nFAIL: {direct:.1%} direct right answers, below {args.min_direct:.0%}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
