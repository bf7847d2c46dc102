"""Reads the project's data files: the examples of Rasa NLU training files, the domain, the
held-out sets (plain Python, no Rasa import)."""

import os
from pathlib import Path
from typing import Dict, List

import yaml

# libyaml's parser when it is installed (about 20 times faster on the FAQ theme files), else PyYAML's.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def cache_dir() -> Path:
    """The machine's cache folder for this project (downloads, fitted models): $XDG_CACHE_HOME or ~/.cache, then
    assistant-missions-locales; created if missing. Never needed: anything in it can be rebuilt."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "assistant-missions-locales"
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_yaml(path: Path):
    """A project data file (training data, theme files, examples, domain), parsed safely."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def examples_by_intent(path: Path) -> Dict[str, List[str]]:
    """intent (with retrieval key, e.g. faq/cej) -> examples, for one file or a folder."""
    files = sorted(path.rglob("*.yml")) if path.is_dir() else [path]
    result: Dict[str, List[str]] = {}
    for file in files:
        data = read_yaml(file) or {}
        for block in data.get("nlu") or []:
            if "intent" not in block:
                continue
            lines = [
                line.strip()[2:].strip()
                for line in str(block.get("examples", "")).splitlines()
                if line.strip().startswith("- ")
            ]
            result.setdefault(block["intent"], []).extend(lines)
    return result


ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DIR = ROOT / "tests" / "nlu"  # held-out NLU sets, never trained on


def load_domain() -> dict:
    return read_yaml(ROOT / "domain.yml")


def training_examples() -> Dict[str, List[str]]:
    """Every training example by intent: data/nlu/ and the FAQ theme files (`faq/<topic>`)."""
    from core.faq_catalogue import TOPICS  # imported here: faq_catalogue reads its files with read_yaml

    examples = examples_by_intent(ROOT / "data" / "nlu")
    for key, topic in TOPICS.items():
        examples.setdefault(f"faq/{key}", []).extend(topic.examples)
    return examples


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
