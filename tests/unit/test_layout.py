"""The folders show the processes: `core/` is plain Python shared by both, the NLU components
(Rasa server) and the actions (action server) import it and never each other, and tools never
import the tests."""

import ast
from pathlib import Path
from typing import Set

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def imported_packages(folder: str) -> Set[str]:
    """The top-level packages imported anywhere in a folder's modules (inside functions too)."""
    found: Set[str] = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize(
    "folder, forbidden",
    [
        ("core", {"rasa", "rasa_sdk", "actions", "nlu_components", "channels", "launcher", "tests"}),
        ("actions", {"nlu_components", "channels", "tests"}),
        ("nlu_components", {"actions", "rasa_sdk", "tests"}),
        ("scripts", {"tests"}),
        ("launcher", {"tests"}),
        # the staff tools run in the web server's process: plain Python on the database and core/
        ("staff", {"rasa", "rasa_sdk", "actions", "nlu_components", "channels", "tests"}),
    ],
)
def test_a_folder_does_not_import_the_other_process(folder, forbidden):
    assert imported_packages(folder) & forbidden == set()
