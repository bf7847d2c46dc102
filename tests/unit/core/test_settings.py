"""core/settings.py is the one table of ML_* variables: .env.example is generated from it,
every variable the code names is in it, and no other module reads the environment for one."""

import re
from pathlib import Path

import pytest

from core import settings

ROOT = Path(__file__).resolve().parents[3]
CODE_FOLDERS = ["actions", "channels", "core", "launcher", "nlu_components", "scripts"]


def _code_files():
    for folder in CODE_FOLDERS:
        yield from (ROOT / folder).rglob("*.py")


def test_env_example_is_generated_from_the_table():
    assert (ROOT / ".env.example").read_text(encoding="utf-8") == settings.env_example(), (
        "regenerate it: .venv/bin/python -m core.settings > .env.example")


def test_every_variable_named_in_the_code_is_in_the_table():
    named = set()
    for path in _code_files():
        named.update(re.findall(r"\bML_[A-Z0-9_]*[A-Z0-9]\b", path.read_text(encoding="utf-8")))
    assert named - set(settings.BY_NAME) == set()


def test_only_the_settings_module_reads_ml_variables_from_the_environment():
    reading = re.compile(r"(environ(\.get)?[\[(]|getenv\()\s*['\"]ML_")
    readers = [str(p.relative_to(ROOT)) for p in _code_files() if reading.search(p.read_text(encoding="utf-8"))]
    assert readers == []


def test_values_defaults_and_types():
    env = {"ML_RASA_PORT": " 6006 ", "ML_ENABLE_API": "yes", "ML_REPLY_DEADLINE_S": "4.5"}
    assert settings.integer("ML_RASA_PORT", env) == 6006
    assert settings.integer("ML_ACTION_PORT", env) == 5055  # default
    assert settings.flag("ML_ENABLE_API", env) and not settings.flag("ML_ENABLE_API", {})
    assert settings.number("ML_REPLY_DEADLINE_S", env) == 4.5
    assert settings.text("ML_CORS_ORIGINS", {"ML_CORS_ORIGINS": "   "}) == ""
    with pytest.raises(ValueError, match="ML_RETENTION_DAYS"):
        settings.integer("ML_RETENTION_DAYS", {"ML_RETENTION_DAYS": "trente"})
