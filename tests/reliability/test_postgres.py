"""PostgreSQL as the conversation database (ML_DATABASE_URL): the run command's
pre-flight check, persistence across a restart, and a database lost while running
(the user still gets answers, the error is in the log).

Uses the machine's PostgreSQL on 127.0.0.1:5432 (trust authentication), in a database
created for the test and dropped after it. The database is cut from the assistant by a
TCP relay that the test closes, since stopping the machine's PostgreSQL would disturb
others.
"""

import os
import subprocess
import sys
import time
import uuid

import psycopg2
import pytest

from launcher import ports
from launcher.model import ensure_trained
from launcher.paths import ROOT
from launcher.servers import Servers
from staff import report
from tests.reliability.conftest import joined, post
from tests.reliability.tcp_proxy import TcpProxy

QUIMPER_PHONE = "02 98 64 42 10"  # missions_locales.csv, row 29232
PROXY_PORT = ports.POSTGRES_PROXY


def _admin():
    connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    connection.autocommit = True
    return connection


@pytest.fixture(scope="module")
def database():
    name = f"ml_test_{uuid.uuid4().hex[:8]}"
    admin = _admin()
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    yield name
    admin = _admin()
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def test_run_command_stops_at_once_when_the_database_is_unreachable(tmp_path):
    env = dict(os.environ, ML_DATA_DIR=str(tmp_path), ML_RASA_PORT=str(ports.RELIABILITY.rasa), ML_ACTION_PORT=str(ports.RELIABILITY.action),
               ML_DATABASE_URL="postgresql://postgres@127.0.0.1:5499/absente")  # nothing listens there
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "launcher", "run"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "La base des conversations ne répond pas" in result.stderr
    assert "The conversation database is unreachable" in result.stderr
    assert "The assistant is ready" not in result.stdout
    print(f"pre-flight refusal in {time.monotonic() - started:.1f} s")


def test_postgres_keeps_the_conversation_and_a_lost_database_still_gets_a_reply(database, tmp_path):
    proxy = TcpProxy(PROXY_PORT, 5432)
    url = f"postgresql://postgres@127.0.0.1:{PROXY_PORT}/{database}"
    servers = Servers(ensure_trained(), rasa_port=ports.RELIABILITY.rasa, action_port=ports.RELIABILITY.action, data_dir=tmp_path,
                      database_url=url, extra_env={"ML_REPLY_DEADLINE_S": "4"})
    sender = f"pg-{uuid.uuid4().hex[:8]}"
    try:
        servers.start()
        first, _ = post(servers.rest_webhook, "mission locale de Quimper", sender)
        assert "Quimper" in joined(first)
        with psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname=database) as check:
            with check.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM events WHERE sender_id = %s", (sender,))
                assert cursor.fetchone()[0] > 0

        servers.stop()
        servers.start()
        follow_up, _ = post(servers.rest_webhook, "et son téléphone ?", sender)
        assert QUIMPER_PHONE in joined(follow_up)
        # the staff report reads the same PostgreSQL database (staff/report.py)
        post(servers.rest_webhook, "blorp zkrrt vlimf", f"pg-{uuid.uuid4().hex[:8]}")
        _, today = report.default_period()
        built = report.build_report(f"postgresql://postgres@127.0.0.1:5432/{database}", today, today)
        assert "blorp zkrrt vlimf" in [miss.text for miss in built.misses]
        # a call-back request is stored in the same PostgreSQL database (core/callback_requests.py)
        caller = f"pg-rappel-{uuid.uuid4().hex[:8]}"
        for text in ("je voudrais être rappelé par un conseiller", "20", "Maëlle", "maelle.pg@exemple.fr", "Quimper",
                     "non", "oui"):
            replies, _ = post(servers.rest_webhook, text, caller)
        assert "C'est noté, Maëlle" in joined(replies)
        with psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname=database) as check:
            with check.cursor() as cursor:
                cursor.execute("SELECT first_name, structure_code FROM callback_requests WHERE contact = %s",
                               ("maelle.pg@exemple.fr",))
                # UNML coverage: Quimper (29232) -> structure 29232 (communes_to_ml.csv)
                assert cursor.fetchall() == [("Maëlle", "29232")]

        proxy.cut()
        lost, seconds = post(servers.rest_webhook, "qui finance les missions locales ?", sender)
        print(f"reply with the database lost in {seconds:.2f} s")
        # Rasa's fail-safe store goes on in memory: the answer still comes (data/faq/financement.yml,
        # topic financement: l'État, la Région...), and the loss is logged as an error.
        assert "l'État" in joined(lost) and "Fonds social européen" in joined(lost)
        assert seconds < 16
        log = (servers.log_dir / "rasa.log").read_text(encoding="utf-8", errors="replace")
        assert any("ERROR" in line and "OperationalError" in line for line in log.splitlines())
    finally:
        servers.stop()
        proxy.cut()
