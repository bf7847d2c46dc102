"""The scale mode started as `make run REPLICAS=2` starts it: two Rasa servers and one action
server behind the machine's HAProxy (installed from Debian's packages when missing), on a
PostgreSQL database created for the run and Redis's database 4 for the conversation locks.
Skipped, with the reason, when PostgreSQL or Redis does not answer on its standard local port.
"""

import json
import urllib.error
import urllib.request
import uuid
from typing import Dict, List, Tuple

import psycopg2
import pytest
import redis

from launcher import ports
from launcher.balancer import SERVED_BY
from launcher.model import ensure_trained
from launcher.servers import Servers

POSTGRES = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
REDIS_URL = "redis://127.0.0.1:6379/4"
REPLICAS = 2


def _admin():
    connection = psycopg2.connect(**POSTGRES, dbname="postgres", connect_timeout=5)
    connection.autocommit = True
    return connection


@pytest.fixture(scope="session")
def database():
    try:
        admin = _admin()
    except psycopg2.OperationalError as error:
        pytest.skip(f"PostgreSQL does not answer on 127.0.0.1:5432, the scale mode needs it: {error}")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=5).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis does not answer on 127.0.0.1:6379, the scale mode needs it: {error}")
    name = f"ml_scale_{uuid.uuid4().hex[:8]}"
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture(scope="session")
def servers(database, tmp_path_factory):
    url = f"postgresql://postgres@127.0.0.1:5432/{database}"
    with Servers(ensure_trained(), rasa_port=ports.SCALE.rasa, action_port=ports.SCALE.action,
                 data_dir=tmp_path_factory.mktemp("scale"), database_url=url, replicas=REPLICAS,
                 redis_url=REDIS_URL) as running:
        yield running


def send(webhook: str, text: str, sender: str, timeout: float = 30) -> Tuple[int, List[Dict], str]:
    """One message over REST through the balancer: (HTTP status, replies, replica that answered)."""
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    request = urllib.request.Request(webhook, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read()), response.headers.get(SERVED_BY, "")
    except urllib.error.HTTPError as error:
        return error.code, [], error.headers.get(SERVED_BY, "") if error.headers else ""


def joined(replies: List[Dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def tracker_events(database: str, sender: str) -> List[Dict]:
    """The conversation as the replicas saved it in PostgreSQL (Rasa's `events` table), in order."""
    with psycopg2.connect(**POSTGRES, dbname=database) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
        return [json.loads(row[0]) for row in cursor.fetchall()]


def user_turns(events: List[Dict]) -> List[Tuple[str, int, bool]]:
    """Per user message in the saved conversation: (its text, the bot messages that follow it
    before the next user message, whether its turn ended by listening before the next one)."""
    turns: List[Tuple[str, int, bool]] = []
    for event in events:
        if event.get("event") == "user":
            turns.append((event.get("text") or "", 0, False))
        elif turns and event.get("event") == "bot":
            text, bots, _ = turns[-1]
            turns[-1] = (text, bots + 1, False)
        elif turns and event.get("event") == "action" and event.get("name") == "action_listen":
            text, bots, _ = turns[-1]
            turns[-1] = (text, bots, True)
    return turns


def replica_logs(servers: Servers) -> str:
    return "\n".join((servers.log_dir / f"{name}.log").read_text(encoding="utf-8", errors="replace")
                     for name in servers.replica_names)
