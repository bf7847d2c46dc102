"""The framework's floor for scripts/loadtest.py: a minimal Rasa bot.

The `rasa init` example data (English, no custom actions), trained with the
project's config.yml, so that the same NLU pipeline and policies run on a tiny
domain, plus the NLU-fallback rule of Rasa's documentation ("Fallback and Human
Handoff": `nlu_fallback` -> `utter_please_rephrase`). Without it the floor
answered 94 % of the load test's French messages with nothing: Rasa's default
fallback, with no `utter_default`, sends nothing and rewinds the user's message,
so the floor stored and replayed almost no conversation while the project
answers every message (docs/benchmarks.md, "A floor that answers"). The model is
cached under ~/.cache/assistant-missions-locales/floor-model and retrained only
when config.yml, the init data or the Rasa version changed.

The init data is written by `rasa.cli.scaffold.create_initial_project`, the
function `rasa init` itself calls; `rasa init --no-prompt` would then also train
a throw-away model with Rasa's default English config, which we do not need.
"""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from core.project_files import cache_dir
from launcher import database
from launcher.paths import ROOT, VENV_BIN
from launcher.servers import BLAS_THREAD_VARIABLES

HOST = "127.0.0.1"
CACHE = cache_dir() / "floor-model"
TRAINING_WAIT_S = 30 * 60  # how long to wait for someone else's `rasa train` to finish
START_TIMEOUT_S = 180


def _env() -> Dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),  # config.yml names the project's components (nlu_components/)
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        **{name: "1" for name in BLAS_THREAD_VARIABLES},  # as the project's servers
    )


def write_init_project(directory: Path) -> None:
    """The `rasa init` example project, with the project's config.yml instead of its own."""
    subprocess.run(
        [str(VENV_BIN / "python"), "-c",
         "import sys; from rasa.cli.scaffold import create_initial_project; create_initial_project(sys.argv[1])",
         str(directory)],
        check=True, env=_env(), cwd=directory,
    )
    shutil.copyfile(ROOT / "config.yml", directory / "config.yml")
    domain = yaml.safe_load((directory / "domain.yml").read_text(encoding="utf-8"))
    domain["responses"]["utter_please_rephrase"] = [
        {"text": "I'm sorry, I didn't quite understand that. Could you rephrase?"}]
    (directory / "domain.yml").write_text(yaml.safe_dump(domain, sort_keys=False), encoding="utf-8")
    with open(directory / "data" / "rules.yml", "a", encoding="utf-8") as rules:
        rules.write("\n- rule: Ask the user to rephrase whenever they send a message with low NLU confidence\n"
                    "  steps:\n  - intent: nlu_fallback\n  - action: utter_please_rephrase\n")


def _training_inputs(directory: Path) -> List[Path]:
    return [directory / "config.yml", directory / "domain.yml", *sorted((directory / "data").glob("*.yml"))]


def fingerprint(directory: Path) -> str:
    """Hash of config.yml, the init data and the Rasa version."""
    digest = hashlib.sha256()
    version = subprocess.run(
        [str(VENV_BIN / "python"), "-c", "import importlib.metadata as m; print(m.version('rasa'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    digest.update(version.encode())
    for path in _training_inputs(directory):
        digest.update(str(path.relative_to(directory)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _someone_training() -> bool:
    return subprocess.run(["pgrep", "-f", "rasa train"], capture_output=True).returncode == 0


def _wait_for_other_training() -> None:
    """Never two trainings at once on this 2-core machine."""
    deadline = time.monotonic() + TRAINING_WAIT_S
    if _someone_training():
        print(">> Another `rasa train` is running; waiting for it to finish...", flush=True)
    while _someone_training():
        if time.monotonic() > deadline:
            sys.exit(f"Another `rasa train` still runs after {TRAINING_WAIT_S // 60} min; try again later.")
        time.sleep(10)


def ensure_floor_model(workdir: Path) -> Path:
    """The cached floor model, trained first if config.yml or the init data changed."""
    project = workdir / "floor-project"
    project.mkdir(parents=True, exist_ok=True)
    write_init_project(project)
    name = f"floor-{fingerprint(project)}"
    target = CACHE / f"{name}.tar.gz"
    if target.exists():
        print(f">> Floor model up to date: {target}", flush=True)
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    _wait_for_other_training()
    print(">> Training the floor model (rasa init data, project config.yml)...", flush=True)
    started = time.monotonic()
    log = workdir / "floor-train.log"
    with open(log, "wb") as output:
        result = subprocess.run(
            [str(VENV_BIN / "rasa"), "train", "--config", "config.yml", "--domain", "domain.yml",
             "--data", "data", "--out", str(CACHE), "--fixed-model-name", name],
            cwd=project, env=_env(), stdout=output, stderr=subprocess.STDOUT,
        )
    if result.returncode != 0 or not target.exists():
        sys.exit(f"Floor training failed (code {result.returncode}); see {log}")
    print(f">> Floor model trained in {time.monotonic() - started:.0f} s", flush=True)
    for old in CACHE.glob("floor-*.tar.gz"):
        if old != target:
            old.unlink()
    return target


class FloorServer:
    """`rasa run` of the floor model: plain REST channel, the project's tracker store (the SQLite
    file by default; the scale mode's PostgreSQL when given its URL)."""

    def __init__(self, model: Path, port: int, workdir: Path, database_url: Optional[str] = None) -> None:
        self.model = model
        self.port = port
        self.workdir = workdir
        self.database_url = database_url
        self.process: Optional[subprocess.Popen] = None

    @property
    def rest_webhook(self) -> str:
        return f"http://{HOST}:{self.port}/webhooks/rest/webhook"

    def start(self) -> "FloorServer":
        self.workdir.mkdir(parents=True, exist_ok=True)
        credentials = self.workdir / "credentials.yml"
        credentials.write_text("rest:\n", encoding="utf-8")
        url = database.database_url(self.workdir, self.database_url)
        database.prepare(url)
        endpoints = self.workdir / "endpoints.yml"
        config = database.tracker_store_config(url)
        endpoints.write_text(
            "tracker_store:\n" + "".join(f"  {key}: \"{value}\"\n" for key, value in config.items()),
            encoding="utf-8",
        )
        log = open(self.workdir / "floor-rasa.log", "ab")
        self.process = subprocess.Popen(
            [str(VENV_BIN / "rasa"), "run", "--model", str(self.model), "--interface", HOST,
             "--port", str(self.port), "--credentials", str(credentials), "--endpoints", str(endpoints)],
            cwd=self.workdir, env=_env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        health = f"http://{HOST}:{self.port}/webhooks/rest/"
        while True:
            try:
                with urllib.request.urlopen(health, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"floor Rasa server did not start; see {self.workdir / 'floor-rasa.log'}")
            time.sleep(0.5)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
