"""Where things live: project files, models, runtime state."""

import os
from pathlib import Path

from core import settings

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
MODELS = ROOT / "models"


def state_dir() -> Path:
    """Runtime state (conversation database, logs), outside the source tree.

    ML_DATA_DIR overrides; default follows XDG: ~/.local/state/assistant-missions-locales.
    """
    base = settings.text("ML_DATA_DIR")
    if base:
        path = Path(base)
    else:
        xdg = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
        path = Path(xdg) / "assistant-missions-locales"
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)
    return path
