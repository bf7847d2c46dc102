"""Trains the model only when the training inputs changed.

The model file is named after a hash of everything training reads
(config, domain, training data) and of the code of the project's trainable
NLU component, so a stale model is simply absent.
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import List

from core.project_files import read_yaml
from launcher.paths import MODELS, ROOT, VENV_BIN

TRAINING_INPUTS = ["config.yml", "domain.yml", "data"]
# Code that shapes the model: the trainable component (what it stores) and the importer of the
# FAQ theme files (what the training data and the domain hold).
TRAINED_CODE = ["nlu_components/intent_classifier.py", "nlu_components/faq_importer.py", "core/faq_catalogue.py"]


def _input_files() -> List[Path]:
    files: List[Path] = []
    for name in TRAINING_INPUTS:
        path = ROOT / name
        files.extend(sorted(p for p in path.rglob("*.yml")) if path.is_dir() else [path])
    return files


def fingerprint() -> str:
    """Hash of the parsed training inputs (editing a YAML comment does not retrain) and of
    the trainable component's code."""
    digest = hashlib.sha256()
    for path in _input_files():
        content = read_yaml(path)
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(json.dumps(content, sort_keys=True, ensure_ascii=False).encode())
    for name in TRAINED_CODE:
        digest.update(name.encode())
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return MODELS / f"ml-{fingerprint()}.tar.gz"


def ensure_trained() -> Path:
    """Returns the current model, training it first if it does not exist."""
    target = model_path()
    if target.exists():
        print(f">> Model up to date: {target.relative_to(ROOT)}", flush=True)
        return target
    print(">> Training data or config changed: training the model (a few minutes)...", flush=True)
    MODELS.mkdir(exist_ok=True)
    cmd = [
        str(VENV_BIN / "rasa"), "train",
        "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
        "--out", str(MODELS), "--fixed-model-name", target.name[: -len(".tar.gz")],
    ]
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=str(ROOT))
    subprocess.run(cmd, cwd=ROOT, check=True, env=env)
    if not target.exists():
        sys.exit(f"Training finished but {target} is missing")
    return target
