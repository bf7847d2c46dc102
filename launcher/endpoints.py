"""Writes the endpoints file the Rasa server reads, from the running configuration.

Rasa's YAML loader cannot choose between SQLite and PostgreSQL, and refuses unset
${VAR}s, so the launcher writes the file into the state directory (mode 600: a
database URL may hold a password) at each start.
"""

import os
from pathlib import Path
from typing import Dict

import yaml


def write_endpoints(directory: Path, action_url: str, tracker_store: Dict[str, str]) -> Path:
    path = directory / "endpoints.yml"
    content = {
        "action_endpoint": {"url": action_url},
        "tracker_store": tracker_store,
    }
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("# Written by the launcher at each start; edit launcher/endpoints.py instead.\n")
        yaml.safe_dump(content, handle, allow_unicode=True, sort_keys=False)
    path.chmod(0o600)
    return path
