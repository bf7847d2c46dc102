"""Which blind gate sets the end-to-end tests score through the real servers.

`make test` scores the newest WINDOW place rounds (tests/places/) and the newest WINDOW safety
sets (tests/safety/) in full, so that its time stays within the 20-minute budget however many sets
later sessions add: each new set is written, measured once through the servers, and kept in the
window for the next sessions' changes, while the oldest leave it. `ML_TEST_GATES=full make test`
scores every message of every set (CI runs it so, .ci/run); the figures in docs/nlu-evaluation.md
are from such full runs. The sets are read, and their size checked, in both modes.
"""

import os
import re
from typing import List, Sequence

WINDOW = 24


def full() -> bool:
    """Every set scored: ML_TEST_GATES=full."""
    value = os.environ.get("ML_TEST_GATES", "").strip().lower()
    if value not in ("", "window", "full"):
        raise ValueError(f"ML_TEST_GATES must be 'window' (the default) or 'full', not {value!r}")
    return value == "full"


def number(name: str) -> int:
    """A set's number, from its name ('round 12', 'distress_t12', 'place_questions_12.yml'; the first set
    of a kind has none: 1)."""
    found = re.findall(r"\d+", name)
    return int(found[-1]) if found else 1


def scored(names: Sequence[str]) -> List[str]:
    """The sets to score, in their own order: all in full mode, else the WINDOW newest by number."""
    if full():
        return list(names)
    newest = set(sorted(names, key=number)[-WINDOW:])
    return [name for name in names if name in newest]
