"""`python -m launcher run`: train if stale, check the conversation database and
start the servers, purge conversations older than the retention period, print
where to talk to the assistant, stop the servers on Ctrl-C.
`python -m launcher train`: train if stale only.
`python -m launcher purge [--days N]`: delete conversations idle for more than
N days (default ML_RETENTION_DAYS, 30).
`python -m launcher configure --out DIR --action-url URL`: write the endpoints and credentials
files of one Rasa server of a deployment (deploy/: a container), as the scale mode writes them."""

import os
import signal
import sys
import time
from typing import Optional

from core import settings
from launcher.model import ensure_trained


def _api_token() -> Optional[str]:
    """The token of Rasa's HTTP API, or None when the API stays off (the default)."""
    if not settings.flag("ML_ENABLE_API"):
        return None
    token = settings.text("ML_API_TOKEN")
    if len(token) < 16:
        raise SystemExit(
            "ML_ENABLE_API est activé sans ML_API_TOKEN (16 caractères au moins) : l'API HTTP de Rasa "
            "ne s'ouvre qu'avec un jeton.\nML_ENABLE_API is set without ML_API_TOKEN (16 characters "
            "or more): Rasa's HTTP API only opens with a token."
        )
    return token


def _servers(model, widget_port: int):
    from launcher.servers import Servers

    default_origins = f"http://127.0.0.1:{widget_port} http://localhost:{widget_port}"
    return Servers(
        model,
        rasa_port=settings.integer("ML_RASA_PORT"),
        action_port=settings.integer("ML_ACTION_PORT"),
        cors=(settings.text("ML_CORS_ORIGINS") or default_origins).split(),
        database_url=settings.text("ML_DATABASE_URL") or None,
        enable_api_token=_api_token(),
        widget_port=widget_port,
        replicas=settings.integer("ML_REPLICAS"),
        action_replicas=settings.integer("ML_ACTION_REPLICAS"),
    )


def run() -> int:
    from launcher import database
    from launcher.credentials import CredentialsError, enabled_platforms

    model = ensure_trained()
    widget_port = settings.integer("ML_WIDGET_PORT")
    try:
        servers = _servers(model, widget_port)
    except database.DatabaseUnreachable as error:  # the scale mode without PostgreSQL
        print(error, file=sys.stderr)
        return 3
    try:
        platforms = enabled_platforms(os.environ)
    except CredentialsError as error:
        print(f"Plateforme de messagerie mal configurée / messaging platform misconfigured: {error}",
              file=sys.stderr)
        return 2
    print(f">> Messaging platforms on: {', '.join(platforms) or 'none (set their ML_* variables, see .env.example)'}",
          flush=True)
    if servers.scaled:
        print(f">> Scale mode: {len(servers.replica_ports)} Rasa servers and {len(servers.action_ports)} action "
              f"server(s) behind HAProxy; conversations in {servers.tracker_db}, locks in Redis "
              f"({servers.redis_url.rsplit('@', 1)[-1]}) (about {30 + 20 * len(servers.replica_ports)} s)...",
              flush=True)
    else:
        print(">> Starting the action server and the Rasa server (about 30 s)...", flush=True)
    try:
        servers.start()  # checks the database first (Rasa would retry it forever)
    except database.DatabaseUnreachable as error:
        print(error, file=sys.stderr)
        return 3
    days = database.retention_days()
    purged = database.purge(servers.database_url, days)
    print(f">> Retention {days} days: {purged} old conversation(s) purged.", flush=True)
    from staff.access import accounts_file, ensure_admin

    created = ensure_admin(servers.data_dir)
    staff_accounts = (f"administrator credential created in {created} (mode 600)" if created
                      else f"accounts in {accounts_file(servers.data_dir)}")
    print(
        "\nThe assistant is ready.\n"
        f"  REST channel: POST {servers.rest_webhook}\n"
        f"  socket.io   : {servers.rasa_url}/socket.io\n"
        f"  Web widget  : demo page {servers.demo_url} (embed {servers.widget_url}assistant-ml.js)\n"
        f"  Try: curl -s -X POST {servers.rest_webhook} -H 'Content-Type: application/json' \\\n"
        "         -d '{\"sender\": \"essai\", \"message\": \"Qui finance les missions locales ?\"}'\n"
        f"  FAQ page    : {servers.site_url}/faq/\n"
        f"  Staff pages : {servers.site_url}/equipe/ ({staff_accounts})\n"
        + (f"  Balancer    : HAProxy on {servers.rasa_url} (Rasa servers on ports "
           f"{', '.join(map(str, servers.replica_ports))}) and {servers.action_url} (action servers)\n"
           if servers.scaled else "") +
        f"  Logs: {servers.log_dir}\n"
        f"  Conversations: {servers.tracker_db}\n"
        "Press Ctrl-C to stop.\n",
        flush=True,
    )
    stopping = {"flag": False}

    def _stop(*_):
        stopping["flag"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        while not stopping["flag"]:
            for process in servers.processes:
                if process.poll() is not None:
                    print(f"A server stopped unexpectedly; see {servers.log_dir}", file=sys.stderr)
                    stopping["flag"] = True
            time.sleep(0.5)
    finally:
        print("\n>> Stopping the servers...", flush=True)
        servers.stop()
    return 0


def purge(args) -> int:
    from launcher import database
    from launcher.paths import state_dir

    days = database.retention_days()
    if args[:1] == ["--days"] and len(args) == 2:
        days = int(args[1])
    elif args:
        print("usage: python -m launcher purge [--days N]", file=sys.stderr)
        return 2
    url = database.database_url(state_dir(), settings.text("ML_DATABASE_URL") or None)
    try:
        database.prepare(url)
    except database.DatabaseUnreachable as error:
        print(error, file=sys.stderr)
        return 3
    count = database.purge(url, days)
    print(f"{count} conversation(s) idle for more than {days} days deleted from {database.display(url)}.")
    return 0


def configure(args) -> int:
    """The scale mode's endpoints (PostgreSQL from ML_DATABASE_URL, the atomic Redis lock store from
    ML_REDIS_URL) and channels (the ML_* platform variables), for a container that runs one Rasa
    server (deploy/compose.yaml, deploy/k8s/)."""
    from pathlib import Path

    from launcher import database, scale
    from launcher.credentials import write_credentials
    from launcher.endpoints import write_endpoints

    if len(args) != 4 or args[0] != "--out" or args[2] != "--action-url":
        print("usage: python -m launcher configure --out DIR --action-url URL", file=sys.stderr)
        return 2
    out = Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    url = scale.database_url(settings.text("ML_DATABASE_URL") or None)
    write_endpoints(out, args[3], database.tracker_store_config(url),
                    lock_store=scale.lock_store_config(scale.redis_url()))
    write_credentials(out, os.environ)
    print(f"endpoints.yml and credentials.yml written in {out}")
    return 0


def main(argv) -> int:
    command = argv[1] if len(argv) > 1 else "run"
    if command == "train":
        ensure_trained()
        return 0
    if command == "run":
        return run()
    if command == "purge":
        return purge(argv[2:])
    if command == "configure":
        return configure(argv[2:])
    print("usage: python -m launcher [run|train|purge [--days N]|configure --out DIR --action-url URL]",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
