"""Call-back requests for staff: two requests made through the real servers (the call-back form,
REST), then listed, filtered, marked handled and exported by the staff pages and commands; a
structure's staff see and handle only their structure's requests. Structures from the UNML
coverage file: Roubaix -> 59512, Saint-Denis (93) -> 93066."""

import csv
import io
import os
import re
import subprocess
import sys
import uuid

import pytest
from staff_client import request

from core import callback_requests
from launcher import ports
from launcher.paths import ROOT
from staff import access

PORT = ports.E2E_WEB


def _make_request(chat, first_name, contact, commune):
    sender = f"e2e-demande-{uuid.uuid4().hex[:8]}"
    for text in ("je voudrais être rappelé par un conseiller", "20", first_name, contact, commune,
                 "rappelez-moi le soir", "oui"):
        replies = chat.send(text, sender)
    assert "C'est noté" in replies[0]["text"], replies
    assert f"qui vous recontactera à l'adresse {contact}" in replies[0]["text"]  # an e-mail is not "au …"


@pytest.fixture(scope="module")
def made(servers, chat):
    suffix = uuid.uuid4().hex[:4].translate(str.maketrans("0123456789", "ghijklmnop"))  # letters: a first name
    roubaix = (f"Lina{suffix}", "lina." + suffix + "@exemple.fr")
    saint_denis = (f"Omar{suffix}", "omar." + suffix + "@exemple.fr")
    _make_request(chat, roubaix[0], roubaix[1], "Roubaix")
    _make_request(chat, saint_denis[0], saint_denis[1], "93200")
    accounts = access.accounts_file(servers.data_dir)
    return {
        "roubaix": roubaix, "saint_denis": saint_denis,
        "admin": access.add_account(accounts, f"admin-{suffix}", role=access.ADMIN),
        "roubaix_staff": access.add_account(accounts, f"ml-roubaix-{suffix}", structure="59512"),
    }


def _id_of(servers, contact):
    [item] = [r for r in callback_requests.list_requests(servers.database_url) if r.contact == contact]
    return item.id


def test_the_administrator_sees_every_request_newest_first(made):
    status, _, page = request(PORT, "/equipe/demandes", made["admin"])
    assert status == 200
    assert made["roubaix"][1] in page and made["saint_denis"][1] in page
    assert page.index(made["saint_denis"][1]) < page.index(made["roubaix"][1])  # newest first
    assert "rappelez-moi le soir" in page
    status, _, filtered = request(PORT, "/equipe/demandes?structure=93066", made["admin"])
    assert made["saint_denis"][1] in filtered and made["roubaix"][1] not in filtered


def test_a_structure_sees_only_its_own_requests_even_when_it_asks_for_another(made):
    for path in ("/equipe/demandes", "/equipe/demandes?structure=93066"):
        status, _, page = request(PORT, path, made["roubaix_staff"])
        assert status == 200
        assert made["roubaix"][1] in page and made["saint_denis"][1] not in page
    status, _, text = request(PORT, "/equipe/demandes.csv", made["roubaix_staff"])
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row[4] for row in rows[1:] if row[4] in (made["roubaix"][1], made["saint_denis"][1])] == [made["roubaix"][1]]


def _roubaix_staff_form(servers, made):
    """What Roubaix's staff page gives its forms: the account, the page's token, the ids of its own
    request and of another structure's, and the Origin a browser sends from the page."""
    staff = made["roubaix_staff"]
    _, _, page = request(PORT, "/equipe/demandes", staff)
    token = re.search(r'name="jeton" value="([0-9a-f]+)"', page).group(1)
    own, other = _id_of(servers, made["roubaix"][1]), _id_of(servers, made["saint_denis"][1])
    return staff, token, own, other, {"Origin": f"http://127.0.0.1:{PORT}"}


def test_marking_handled_needs_the_page_token_and_the_right_structure(servers, made):
    staff, token, own, other, origin = _roubaix_staff_form(servers, made)
    # no token, a cross-site origin: refused, nothing changed
    assert request(PORT, "/equipe/demandes/traiter", staff, "POST", {"id": str(own)}, origin)[0] == 403
    assert request(PORT, "/equipe/demandes/traiter", staff, "POST", {"id": str(own), "jeton": token},
                   {"Origin": "http://evil.example"})[0] == 403
    # another structure's request: not found for this account
    assert request(PORT, "/equipe/demandes/traiter", staff, "POST", {"id": str(other), "jeton": token}, origin)[0] == 404
    status, headers, _ = request(PORT, "/equipe/demandes/traiter", staff, "POST", {"id": str(own), "jeton": token}, origin)
    assert status == 303 and headers["Location"].startswith("/equipe/demandes")
    handled = {r.id: r for r in callback_requests.list_requests(servers.database_url)}
    assert handled[own].handled_by == staff.split(":")[0] and handled[other].handled_at is None
    _, _, page = request(PORT, "/equipe/demandes", staff)
    assert "Traitée le" in page


def _command(servers, credential, *args):
    env = {**os.environ, "ML_DATA_DIR": str(servers.data_dir), "PYTHONPATH": str(ROOT),
           "ML_STAFF_CREDENTIAL": credential}
    return subprocess.run([sys.executable, "-m", "staff", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_the_requests_command_lists_and_marks_for_the_account(servers, made):
    result = _command(servers, made["roubaix_staff"], "requests")
    assert result.returncode == 0, result.stderr
    assert made["roubaix"][1] in result.stdout and made["saint_denis"][1] not in result.stdout
    other = _id_of(servers, made["saint_denis"][1])
    refused = _command(servers, made["roubaix_staff"], "handled", str(other))
    assert refused.returncode == 1 and "autre structure" in refused.stderr
    done = _command(servers, made["admin"], "handled", str(other))
    assert done.returncode == 0 and f"n° {other}" in done.stdout
    wrong = _command(servers, made["admin"] + "x", "requests")
    assert wrong.returncode == 2 and wrong.stdout == ""


def test_a_withdrawn_request_is_deleted_by_its_structure_only(servers, made):
    staff, token, own, other, origin = _roubaix_staff_form(servers, made)
    assert request(PORT, "/equipe/demandes/supprimer", staff, "POST", {"id": str(other), "jeton": token}, origin)[0] == 404
    status, _, _ = request(PORT, "/equipe/demandes/supprimer", staff, "POST", {"id": str(own), "jeton": token}, origin)
    assert status == 303
    left = {r.contact for r in callback_requests.list_requests(servers.database_url)}
    assert made["roubaix"][1] not in left and made["saint_denis"][1] in left
