"""Starts the action server and the Rasa server, waits until both answer,
and stops them. Used by the run command and by the end-to-end tests, so
the tests start the servers exactly as users do.
"""

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

from launcher.paths import ROOT, VENV_BIN, state_dir

HOST = "127.0.0.1"
START_TIMEOUT_S = 180


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


class Servers:
    """The two servers of one assistant instance."""

    def __init__(
        self,
        model: Path,
        rasa_port: int = 5005,
        action_port: int = 5055,
        data_dir: Optional[Path] = None,
        log_dir: Optional[Path] = None,
        cors: str = "*",
    ) -> None:
        self.model = model
        self.rasa_port = rasa_port
        self.action_port = action_port
        self.data_dir = data_dir or state_dir()
        self.log_dir = log_dir or self.data_dir / "logs"
        self.cors = cors
        self.processes: List[subprocess.Popen] = []

    @property
    def rasa_url(self) -> str:
        return f"http://{HOST}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{HOST}:{self.action_port}"

    @property
    def rest_webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    @property
    def tracker_db(self) -> Path:
        return self.data_dir / "conversations.db"

    def _env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "SANIC_HOST": HOST,  # the action server has no --interface option
                "ML_ACTION_URL": f"{self.action_url}/webhook",
                "ML_TRACKER_DB": str(self.tracker_db),
                "PYTHONPATH": str(ROOT),
                "TF_CPP_MIN_LOG_LEVEL": "2",
                "RASA_TELEMETRY_ENABLED": "false",
            }
        )
        return env

    def _spawn(self, name: str, cmd: List[str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        process = subprocess.Popen(
            cmd, cwd=ROOT, env=self._env(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def start(self) -> "Servers":
        if not self.tracker_db.exists():
            self.tracker_db.touch(mode=0o600)
        self._spawn(
            "actions",
            [str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
             "--port", str(self.action_port)],
        )
        self._spawn(
            "rasa",
            [str(VENV_BIN / "rasa"), "run", "--model", str(self.model),
             "--interface", HOST, "--port", str(self.rasa_port),
             "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
             "--cors", self.cors],
        )
        self.wait_ready()
        return self

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        checks = {
            "action server": f"{self.action_url}/health",
            "Rasa server": f"{self.rasa_url}/webhooks/rest/",
        }
        while checks:
            for name, url in list(checks.items()):
                if _http_ok(url):
                    del checks[name]
            for process in self.processes:
                if process.poll() is not None:
                    self.stop()
                    raise RuntimeError(
                        f"a server exited during start (code {process.returncode}); "
                        f"see the logs in {self.log_dir}"
                    )
            if checks and time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{', '.join(checks)} not ready after {timeout:.0f} s; logs in {self.log_dir}")
            if checks:
                time.sleep(0.5)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()

    def __enter__(self) -> "Servers":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
