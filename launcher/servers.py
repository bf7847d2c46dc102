"""Starts the action server and the Rasa server, waits until both answer,
and stops them. Used by the run command and by the end-to-end tests, so
the tests start the servers exactly as users do.

The scale mode (replicas > 1): HAProxy on the Rasa and action ports, in front of `replicas` Rasa
servers on the next ports and `action_replicas` action servers on the ports after the action
port; conversations in PostgreSQL, locks in Redis (launcher/scale.py, launcher/balancer.py).
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from core import settings
from launcher import database, scale
from launcher.balancer import SERVED_BY, haproxy_config
from launcher.credentials import write_credentials
from launcher.endpoints import write_endpoints
from launcher.paths import ROOT, VENV_BIN, state_dir
from launcher.widget_server import PREFIX as WIDGET_PREFIX
from launcher.widget_server import WidgetServer

HOST = "127.0.0.1"
START_TIMEOUT_S = 180


def _headers_of(url: str) -> Optional[Message]:
    """The response headers of a GET that answers 200 (names read in any case), else None (not
    listening, an error)."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.headers if response.status == 200 else None
    except (urllib.error.URLError, OSError):
        return None


def _http_ok(url: str) -> bool:
    return _headers_of(url) is not None


def _served_by(url: str) -> Optional[str]:
    """The server that the balancer sent a request for `url` to (its X-Served-By header)."""
    headers = _headers_of(url)
    return headers.get(SERVED_BY) if headers is not None else None


def send_message(webhook: str, text: str, sender: str, timeout: float = 30) -> List[Dict]:
    """One message to the assistant's REST channel; its replies."""
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    request = urllib.request.Request(webhook, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


class Servers:
    """The two servers of one assistant instance."""

    def __init__(
        self,
        model: Path,
        rasa_port: int = 5005,
        action_port: int = 5055,
        data_dir: Optional[Path] = None,
        log_dir: Optional[Path] = None,
        cors: Sequence[str] = ("*",),
        database_url: Optional[str] = None,
        enable_api_token: Optional[str] = None,
        extra_env: Optional[Dict[str, str]] = None,
        widget_port: Optional[int] = None,
        replicas: int = 1,
        action_replicas: int = 1,
        redis_url: Optional[str] = None,
        balanced: Optional[bool] = None,
    ) -> None:
        """`balanced`: the scale mode's setup even with one replica (scripts/loadtest.py compares
        1, 2 and 3 replicas alike); by default, the scale mode is on above one replica."""
        self.model = model
        self.rasa_port = rasa_port
        self.action_port = action_port
        self.data_dir = data_dir or state_dir()
        self.log_dir = log_dir or self.data_dir / "logs"
        self.cors = list(cors)
        if replicas < 1 or action_replicas < 1:
            raise ValueError("ML_REPLICAS and ML_ACTION_REPLICAS must be 1 or more")
        self.scaled = replicas > 1 if balanced is None else balanced
        if self.scaled:
            self.replica_ports = [rasa_port + i for i in range(1, replicas + 1)]
            self.action_ports = [action_port + i for i in range(1, action_replicas + 1)]
            self.database_url = scale.database_url(database_url)
            self.redis_url = redis_url or scale.redis_url()
        else:
            self.replica_ports, self.action_ports = [rasa_port], [action_port]
            self.database_url = database.database_url(self.data_dir, database_url)
            self.redis_url = None
        self.enable_api_token = enable_api_token
        self.extra_env = dict(extra_env or {})
        self.processes: List[subprocess.Popen] = []
        self.named: Dict[str, subprocess.Popen] = {}
        # web widget: optional static file server (a thread), started after the Rasa server
        self.widget_port = widget_port
        self.widget: Optional[WidgetServer] = None

    @property
    def rasa_url(self) -> str:
        """Where clients talk to the assistant: the Rasa server, or the balancer in the scale mode."""
        return f"http://{HOST}:{self.rasa_port}"

    @property
    def replica_names(self) -> List[str]:
        """The Rasa servers' process names (the balancer's server names too): "rasa" alone, or
        "rasa-1", "rasa-2"... in the scale mode."""
        return self._names("rasa", self.replica_ports)

    @property
    def action_names(self) -> List[str]:
        return self._names("actions", self.action_ports)

    def _names(self, kind: str, ports: Sequence[int]) -> List[str]:
        return [f"{kind}-{i}" for i in range(1, len(ports) + 1)] if self.scaled else [kind]

    @property
    def widget_url(self) -> str:
        """The widget's folder (assistant-ml.js, demo.html), or '' without a widget server."""
        return f"http://{HOST}:{self.widget_port}{WIDGET_PREFIX}" if self.widget_port else ""

    @property
    def site_url(self) -> str:
        """The web server's root (widget, FAQ page, staff pages), or '' without it."""
        return f"http://{HOST}:{self.widget_port}" if self.widget_port else ""

    @property
    def demo_url(self) -> str:
        return f"{self.widget_url}demo.html" if self.widget_port else ""

    @property
    def action_url(self) -> str:
        return f"http://{HOST}:{self.action_port}"

    @property
    def rest_webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    @property
    def tracker_db(self) -> str:
        """Where conversations are kept (password hidden)."""
        return database.display(self.database_url)

    def _env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "SANIC_HOST": HOST,  # the action server has no --interface option
                "PYTHONPATH": str(ROOT),
                "TF_CPP_MIN_LOG_LEVEL": "2",
                "RASA_TELEMETRY_ENABLED": "false",
                # the action server stores call-back requests in the conversation database
                "ML_DATABASE_URL": self.database_url,
            }
        )
        # One BLAS thread per server process: the numerical library's spare thread busy-waits after
        # each small matrix product, which doubled the Rasa process's CPU time per message (32 ms
        # against 17 ms) and took a core from the other processes (docs/benchmarks.md, "One BLAS
        # thread"). The servers scale by processes (replicas), not by threads.
        for name in BLAS_THREAD_VARIABLES:
            env.setdefault(name, "1")
        env.update(self.extra_env)
        if self.scaled:
            env.setdefault("TICKET_LOCK_LIFETIME", scale.ticket_lifetime_s(env))
        return env

    def _spawn(self, name: str, cmd: List[str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        process = subprocess.Popen(
            cmd, cwd=ROOT, env=self._env(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        self.named[name] = process
        return process

    def _check_ports_free(self) -> None:
        """A server left on one of our ports would answer the readiness checks in our place."""
        for port in {self.rasa_port, self.action_port, *self.replica_ports, *self.action_ports}:
            with socket.socket() as probe:
                if probe.connect_ex((HOST, port)) == 0:
                    raise RuntimeError(f"port {port} on {HOST} is already in use; stop what listens there first")

    def start(self) -> "Servers":
        if self.scaled:  # raise ServiceUnreachable before anything starts (Rasa would retry forever)
            scale.ensure_database(self.database_url)
            scale.check_redis(self.redis_url)
        self._check_ports_free()
        database.prepare(self.database_url)  # raises DatabaseUnreachable (Rasa would retry forever)
        # input channels: rest, socketio, and each messaging platform whose ML_* variables are set
        credentials = write_credentials(self.data_dir, {**os.environ, **self.extra_env})
        endpoints = write_endpoints(
            self.data_dir, f"{self.action_url}/webhook", database.tracker_store_config(self.database_url),
            lock_store=scale.lock_store_config(self.redis_url) if self.scaled else None,
        )
        api = ["--enable-api", "--auth-token", self.enable_api_token] if self.enable_api_token else []
        for name, port in zip(self.action_names, self.action_ports):
            self._spawn(name, [str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
                               "--port", str(port)])
        for number, (name, port) in enumerate(zip(self.replica_names, self.replica_ports)):
            self._spawn(
                name,
                # the project's entry point: checks Rasa, installs channels/rasa_patches.py, runs Rasa
                [str(VENV_BIN / "python"), "-m", "channels", "run", "--model", str(self.model),
                 "--interface", HOST, "--port", str(port),
                 "--endpoints", str(endpoints), "--credentials", str(credentials),
                 *api, "--cors", *self.cors],
            )
            if number == 0 and self.scaled:
                # the first replica creates the tracker store's tables; the others start after it
                # (several creating them at once in PostgreSQL can fail on a duplicate type)
                self.wait_ready({name: f"http://{HOST}:{port}/"})
        if self.scaled:
            self._start_balancer()
        self.wait_ready()
        if self.scaled:
            self.wait_in_rotation()
        if self.widget_port:
            try:
                from staff.web import pages  # the FAQ page and the staff pages

                self.widget = WidgetServer(self.widget_port, self.rasa_url, host=HOST,
                                           pages=pages(self.data_dir, self.database_url)).start()
            except OSError as error:  # port taken: do not leave the other servers running
                self.stop()
                raise RuntimeError(f"widget server: port {self.widget_port}: {error}") from error
        return self

    def _start_balancer(self) -> None:
        config = self.data_dir / "haproxy.cfg"
        config.write_text(haproxy_config(self.rasa_port, self.replica_ports, self.action_port,
                                         self.action_ports, settings.number("ML_REPLY_DEADLINE_S", self._env())),
                          encoding="utf-8")
        if shutil.which("haproxy") is None:  # installed from Debian's packages, as chromium is
            subprocess.run([str(ROOT / "scripts" / "ensure_haproxy.sh")], check=False)
        haproxy = shutil.which("haproxy")
        if haproxy is None:
            self.stop()
            raise RuntimeError("HAProxy is missing and could not be installed: see scripts/ensure_haproxy.sh")
        self._spawn("balancer", [haproxy, "-db", "-f", str(config)])

    def health_urls(self) -> Dict[str, str]:
        """Each server's readiness URL, by process name; the balancer's fronts in the scale mode."""
        urls = {name: f"http://{HOST}:{port}/health" for name, port in
                zip(self.action_names, self.action_ports)}
        urls.update({name: f"http://{HOST}:{port}/webhooks/rest/"
                     for name, port in zip(self.replica_names, self.replica_ports)})
        if self.scaled:
            urls["balancer (Rasa)"] = f"{self.rasa_url}/webhooks/rest/"
            urls["balancer (actions)"] = f"{self.action_url}/health"
        return urls

    def wait_in_rotation(self, timeout: float = START_TIMEOUT_S) -> None:
        """Waits until the balancer sends requests to every replica: it takes a server into its
        rotation after two good health checks, a few seconds after the server itself is ready."""
        fronts = {f"{self.rasa_url}/": set(self.replica_names), f"{self.action_url}/health": set(self.action_names)}
        deadline = time.monotonic() + timeout
        for url, names in fronts.items():
            seen: set = set()
            while not names <= seen:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the balancer did not reach {', '.join(sorted(names - seen))} "
                                       f"in {timeout:.0f} s; logs in {self.log_dir}")
                served = _served_by(url)
                if served:
                    seen.add(served)
                time.sleep(0.1)

    def wait_ready(self, checks: Optional[Dict[str, str]] = None, timeout: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        checks = dict(checks if checks is not None else self.health_urls())
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
        if self.widget is not None:
            self.widget.stop()
            self.widget = None
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

    def kill(self, name: str) -> None:
        """Kills one server at once, as a crash would: "actions" or "rasa"; in the scale mode
        "rasa-2", "actions-1", "balancer"..."""
        process = self.named[name]
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> "Servers":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
