"""Access to the staff pages over real HTTP, on a web server of its own (so that its failed
attempts do not block the other tests) reading a real SQLite conversation file: no credential,
a wrong one and a right one for every staff page; failed attempts limited; the FAQ page public.
No Rasa server is needed: these pages read the database, not the model."""

import http.client
import os
import subprocess
import sys

import pytest
from staff_client import request

from launcher import database, ports
from launcher.paths import ROOT
from launcher.widget_server import WidgetServer
from staff import access
from staff.web import pages

PORT = ports.STAFF_ACCESS_WEB
STAFF_PAGES = ["/equipe/", "/equipe/rapport", "/equipe/rapport.csv", "/equipe/rapport?du=2026-11-01&au=2026-11-30",
               "/equipe/demandes", "/equipe/demandes.csv", "/equipe/demandes?structure=59512"]


@pytest.fixture
def site(tmp_path_factory):
    """A fresh server for each test: its failed attempts start at zero."""
    state = tmp_path_factory.mktemp("staff-access")
    url = database.database_url(state)
    database.prepare(url)
    credential = access.add_account(access.accounts_file(state), "admin", role=access.ADMIN)
    server = WidgetServer(PORT, "http://127.0.0.1:5999", days=30, pages=pages(state, url)).start()
    yield Site(credential, state)
    server.stop()


class Site(str):
    """The administrator's credential ("name:secret"), with the server's state directory."""

    def __new__(cls, credential, state):
        site = super().__new__(cls, credential)
        site.state = state
        return site


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_every_staff_page_needs_a_right_credential(site, path):
    name, secret = site.split(":", 1)
    for wrong in (None, f"{name}:{secret[:-1]}x", f"inconnu:{secret}"):
        status, headers, body = request(PORT, path, wrong)
        assert status == 401
        assert headers["WWW-Authenticate"].startswith("Basic ")
        assert "réservée aux équipes" in body and "<table" not in body and "nombre" not in body
    status, headers, body = request(PORT, path, site)
    assert status == 200
    assert headers["Cache-Control"] == "no-store" and headers["X-Frame-Options"] == "DENY"


def test_marking_a_request_handled_needs_a_right_credential(site):
    name, secret = site.split(":", 1)
    for wrong in (None, f"{name}:{secret}x"):
        status, _, body = request(PORT, "/equipe/demandes/traiter", wrong, "POST", {"id": "1", "jeton": "x"})
        assert status == 401 and "réservée aux équipes" in body


def test_the_faq_page_is_public(site):
    status, _, body = request(PORT, "/faq/")
    assert status == 200 and "<h1" in body


def test_too_many_failed_attempts_are_refused_even_with_the_right_credential(site):
    statuses = [request(PORT, "/equipe/rapport", "admin:faux")[0] for _ in range(access.MAX_FAILURES)]
    assert statuses == [401] * access.MAX_FAILURES
    status, headers, body = request(PORT, "/equipe/rapport", site)
    assert status == 429 and int(headers["Retry-After"]) > 0
    assert "Trop de tentatives" in body and "<table" not in body


COMMANDS = [["report"], ["requests"], ["handled", "999999"], ["delete", "999999"],
            ["add-account", "ml-essai", "--structure", "59512"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_staff_command_needs_a_right_credential(site, command):
    state = site.state
    name, secret = site.split(":", 1)

    def run(credential):
        env = {k: v for k, v in os.environ.items() if k != "ML_STAFF_CREDENTIAL"}
        env.update({"ML_DATA_DIR": str(state), "PYTHONPATH": str(ROOT)})
        if credential is not None:
            env["ML_STAFF_CREDENTIAL"] = credential
        return subprocess.run([sys.executable, "-m", "staff", *command], cwd=ROOT, env=env, capture_output=True,
                              text=True, stdin=subprocess.DEVNULL, timeout=120)

    for wrong in (None, f"{name}:{secret}x"):
        refused = run(wrong)
        assert refused.returncode == 2 and refused.stdout == "" and "Identifiant refusé" in refused.stderr
    accepted = run(site)
    assert "Identifiant refusé" not in accepted.stderr
    assert accepted.returncode == (1 if command[0] in ("handled", "delete") else 0), accepted.stderr  # 1: no such request


def test_a_malformed_request_or_a_failing_page_gets_a_french_answer_and_the_server_stays_up(tmp_path_factory):
    state = tmp_path_factory.mktemp("staff-broken")
    credential = access.add_account(access.accounts_file(state), "admin", role=access.ADMIN)
    # a conversation database that does not answer: the report page fails
    server = WidgetServer(PORT, "http://127.0.0.1:5999", days=30,
                          pages=pages(state, "postgresql://postgres@127.0.0.1:5499/absente")).start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        connection.putrequest("POST", "/equipe/demandes/traiter")
        connection.putheader("Content-Length", "beaucoup")
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 400 and "Requête mal formée" in response.read().decode("utf-8")
        connection.close()
        status, _, body = request(PORT, "/equipe/rapport", credential)
        assert status == 500 and "Réessayez dans quelques minutes" in body and "postgresql" not in body
        assert request(PORT, "/faq/")[0] == 200  # still up
    finally:
        server.stop()
