"""Nothing lost, nothing kept too long, nothing leaked into the logs (SQLite, the default)."""

import os
import sqlite3
import stat
import subprocess
import sys
import time
import uuid

import pytest

from launcher import ports
from launcher.model import ensure_trained
from launcher.paths import ROOT
from launcher.servers import Servers
from tests.reliability.conftest import joined, post

QUIMPER_PHONE = "02 98 64 42 10"  # missions_locales.csv, row 29232 (Mission Locale du Pays de Cornouaille)


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    running = Servers(ensure_trained(), rasa_port=ports.RELIABILITY.rasa, action_port=ports.RELIABILITY.action,
                      data_dir=tmp_path_factory.mktemp("state"))
    with running:
        yield running


def test_conversation_survives_a_server_restart(servers):
    sender = f"persist-{uuid.uuid4().hex[:8]}"
    first, _ = post(servers.rest_webhook, "mission locale de Quimper", sender)
    assert "Quimper" in joined(first)
    servers.stop()
    servers.start()
    follow_up, _ = post(servers.rest_webhook, "et son téléphone ?", sender)
    assert QUIMPER_PHONE in joined(follow_up)


def test_database_file_is_readable_by_its_owner_only(servers):
    database = servers.data_dir / "conversations.db"
    assert database.exists()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(servers.data_dir.stat().st_mode) == 0o700


def test_no_message_text_in_the_logs(servers):
    marker = f"zorglub{uuid.uuid4().hex[:8]}"
    post(servers.rest_webhook, f"j'habite à {marker}, c'est où ma mission locale ?")
    post(servers.rest_webhook, f"{marker} " * 400)  # long enough to be cut by the guard
    time.sleep(1)
    for log in servers.log_dir.glob("*.log"):
        assert marker not in log.read_text(encoding="utf-8", errors="replace"), log.name


def _senders(database) -> set:
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT DISTINCT sender_id FROM events")}


def test_purge_deletes_conversations_idle_beyond_the_retention_period(servers):
    old, recent = f"ancien-{uuid.uuid4().hex[:8]}", f"recent-{uuid.uuid4().hex[:8]}"
    post(servers.rest_webhook, "bonjour", old)
    post(servers.rest_webhook, "bonjour", recent)
    database = servers.data_dir / "conversations.db"
    forty_days_ago = time.time() - 40 * 86400
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE events SET timestamp = ? WHERE sender_id = ?", (forty_days_ago, old))
    assert {old, recent} <= _senders(database)

    env = dict(os.environ, ML_DATA_DIR=str(servers.data_dir), ML_RETENTION_DAYS="30")
    env.pop("ML_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "launcher", "purge"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 conversation")
    senders = _senders(database)
    assert old not in senders
    assert recent in senders
