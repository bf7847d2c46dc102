"""Reads the examples of Rasa NLU training files (plain Python, no Rasa import)."""

from pathlib import Path
from typing import Dict, List

import yaml


def examples_by_intent(path: Path) -> Dict[str, List[str]]:
    """intent (with retrieval key, e.g. faq/cej) -> examples, for one file or a folder."""
    files = sorted(path.rglob("*.yml")) if path.is_dir() else [path]
    result: Dict[str, List[str]] = {}
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
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
