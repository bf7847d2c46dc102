"""Writes the endpoints file the Rasa server reads: the committed `endpoints.yml` (local
development) with the running configuration's action server and conversation database.

Rasa's YAML loader cannot choose between SQLite and PostgreSQL, and refuses unset
${VAR}s, so the launcher writes the file into the state directory (mode 600: a
database URL may hold a password) at each start.
"""

import os
from pathlib import Path
from typing import Dict, Optional, Union

import yaml

from core.project_files import read_yaml

COMMITTED = Path(__file__).resolve().parent.parent / "endpoints.yml"


def write_endpoints(directory: Path, action_url: str, tracker_store: Dict[str, str],
                    committed: Path = COMMITTED,
                    lock_store: Optional[Dict[str, Union[str, int]]] = None) -> Path:
    """`lock_store`: the scale mode's Redis lock store (launcher/scale.py); none otherwise (Rasa's
    in-memory one, right for a single server)."""
    path = directory / "endpoints.yml"
    content = read_yaml(committed) or {}
    content["action_endpoint"] = dict(content.get("action_endpoint") or {}, url=action_url)
    content["tracker_store"] = tracker_store
    if lock_store:
        content["lock_store"] = lock_store
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("# Written by the launcher at each start from endpoints.yml and launcher/endpoints.py.\n")
        yaml.safe_dump(content, handle, allow_unicode=True, sort_keys=False)
    path.chmod(0o600)
    return path
