"""Helpers for the tests: read the project's YAML training data and domain."""

from pathlib import Path
from typing import Dict, List

import yaml

from nlu_components.nlu_examples import examples_by_intent  # noqa: F401 - re-exported for the tests

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DIR = ROOT / "tests" / "nlu"  # held-out NLU sets, never trained on


def load_domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def training_examples() -> Dict[str, List[str]]:
    return examples_by_intent(ROOT / "data" / "nlu")


def heldout_files() -> List[Path]:
    """The held-out sets (tests/nlu/*.yml), each written apart from the training data."""
    return sorted(HELDOUT_DIR.glob("*.yml"))


def heldout_examples() -> Dict[str, List[str]]:
    """Every held-out set together."""
    merged: Dict[str, List[str]] = {}
    for path in heldout_files():
        for intent, examples in examples_by_intent(path).items():
            merged.setdefault(intent, []).extend(examples)
    return merged
