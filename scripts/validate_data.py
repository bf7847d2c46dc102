"""Runs `rasa data validate` and fails on any warning about the project's data.

Rasa 3.6 emits two kinds of warnings that are false positives for every
project of this shape; they are allowed here, and only these:
- "duplicated intents ... faq": the retrieval intent `faq` must be listed in
  the domain for rules to use it, and Rasa's ResponsesSyncImporter adds it a
  second time from the NLU data, then warns about its own merge.
- "utterance '<x>' is not used in any story or rule" for Rasa's default
  responses (utter_default, utter_ask_rephrase, utter_restart, utter_back):
  Rasa's built-in actions send them (core fallback, /restart, /back), which
  the validator does not know. They exist so that those actions speak French.
  The same for the questions of the call-back form (`utter_ask_rappel_<slot>`, which the form
  sends itself), and for the responses that the project's code sends or puts together by name
  (the custom actions, the guard): a response named in `actions/`, `core/` or `channels/`, or whose
  name starts with a prefix written there (`f"utter_detail_niveau_{level}"`), is used.
Anything else fails the run.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = [
    re.compile(r"The following duplicated intents have been found across multiple domain files: faq$"),
    re.compile(r"The utterance '(utter_default|utter_ask_rephrase|utter_restart|utter_back)' is not used in any story or rule\.$"),
    re.compile(r"The utterance 'utter_faq_[a-z0-9_]+' is not used in any story or rule\.$"),
    re.compile(r"The utterance 'utter_ask_rappel_(age|prenom|contact|message)' is not used in any story or rule\.$"),
    re.compile(r"Action 'utter_faq' is listed as a response action in the domain file, but there is no matching response defined\. Please check your domain\.$"),
    re.compile(r"The action 'utter_faq' is used in the stories, but is not a valid utterance action\. .*$"),
]


UNUSED = re.compile(r"The utterance '(utter_[a-z0-9_]+)' is not used in any story or rule\.$")
CODE_FOLDERS = ("actions", "core", "channels")


def named_in_code() -> set:
    """Every response name (or name prefix, ending with "_") written in the project's code."""
    names = set()
    for folder in CODE_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            names.update(re.findall(r"[\"'](utter_[a-z0-9_]+)", path.read_text(encoding="utf-8")))
    return names


def sent_by_code(warning: str, names: set) -> bool:
    found = UNUSED.search(warning)
    if not found:
        return False
    name = found.group(1)
    return name in names or any(n.endswith("_") and name.startswith(n) for n in names)


def main() -> int:
    proc = subprocess.run(
        [str(ROOT / ".venv/bin/rasa"), "data", "validate"],
        cwd=ROOT, capture_output=True, text=True,
    )
    output = proc.stdout + proc.stderr
    warnings = re.findall(r"UserWarning: (.*?)(?:\n\s*More info|\x1b\[0m|\n)", output)
    names = named_in_code()
    unexpected = [w.strip() for w in warnings
                  if not any(a.search(w.strip()) for a in ALLOWED) and not sent_by_code(w.strip(), names)]
    if proc.returncode != 0 or unexpected:
        print(output[-5000:])
        print("\nUnexpected validation warnings:" if unexpected else "\nrasa data validate failed")
        for warning in unexpected:
            print("  -", warning)
        return 1
    print(f"rasa data validate: OK ({len(warnings)} known Rasa false positives allowed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
