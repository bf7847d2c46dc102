"""Lists held-out NLU examples that are near-copies (rapidfuzz ratio >= 90)
of a training example, without showing the training example, so that whoever
maintains a held-out set can replace them without reading the training data.
Prints one line per near-copy: held-out file, intent, message.

Usage: .venv/bin/python scripts/heldout_near_copies.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from core.project_files import examples_by_intent, heldout_files, training_examples  # noqa: E402

THRESHOLD = 90


def near_copies():
    training = [e.lower() for examples in training_examples().values() for e in examples]
    for path in heldout_files():
        for intent, examples in examples_by_intent(path).items():
            for example in examples:
                match = process.extractOne(example.lower(), training, scorer=fuzz.ratio)
                if match and match[1] >= THRESHOLD:
                    yield path.name, intent, example


if __name__ == "__main__":
    found = list(near_copies())
    for name, intent, example in found:
        print(f"{name}\t{intent}\t{example}")
    print(f"{len(found)} near-copies", file=sys.stderr)
    sys.exit(1 if found else 0)
