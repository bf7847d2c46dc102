"""What the assistant did not understand, for staff: messages sent through the real servers are
read back from the real conversation database (SQLite) by the staff page, its CSV export and the
staff command, grouped by wording and masked."""

import csv
import io
import os
import subprocess
import sys
import uuid

import pytest
from staff_client import request

from launcher import ports
from launcher.paths import ROOT
from staff import access

NONSENSE = "Blorp zkrrt vlimf"  # no training example is anything like it
PHONE, MAIL = "06 12 34 56 78", "jeune.essai@exemple.fr"
UNKNOWN_PLACE = "Zzyzxville-sur-Plouf"


@pytest.fixture(scope="module")
def credential(servers):
    return access.add_account(access.accounts_file(servers.data_dir), f"admin-{uuid.uuid4().hex[:6]}",
                              role=access.ADMIN)


@pytest.fixture(scope="module")
def conversations(chat):
    """Messages a user could send, each conversation its own sender."""
    chat.send(NONSENSE)
    chat.send("blorp ZKRRT, vlimf !!")  # same words, other case and punctuation: the same group
    chat.send("Qui finance les missions locales ?")  # understood
    for place in (UNKNOWN_PLACE, f"{UNKNOWN_PLACE}, mon numero {PHONE} et mon mail {MAIL}"):
        # the place form's question answered with a place it cannot find: whatever the NLU reads
        # in the message, the form takes it as the place (tests/e2e/test_places.py)
        sender = f"e2e-lieu-{uuid.uuid4().hex[:8]}"
        chat.send("je cherche ma mission locale", sender)
        assert chat.texts(place, sender), "the place form answered nothing"


def test_the_report_page_lists_what_went_through_the_servers_grouped_and_masked(servers, conversations, credential):
    status, headers, page = request(ports.E2E_WEB, "/equipe/rapport", credential)
    assert status == 200, page
    assert headers["Cache-Control"] == "no-store"
    # the two messages with the same words are one group of 2 (the one with a phone has more words)
    assert "<td class=\"count\">2</td><td><span class=\"message\">" in page
    assert NONSENSE in page and "blorp ZKRRT, vlimf !!" in page
    assert UNKNOWN_PLACE in page and "Lieu introuvable" in page
    assert "[téléphone]" in page and "[courriel]" in page
    assert PHONE not in page and MAIL not in page and "0612345678" not in page
    assert "Qui finance" not in page  # understood: counted, not listed
    assert "<caption>Messages par jour</caption>" in page and "<svg role=\"img\"" in page


def test_the_csv_export_has_the_same_groups(servers, conversations, credential):
    status, headers, text = request(ports.E2E_WEB, "/equipe/rapport.csv", credential)
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert "attachment" in headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    by_message = {row[1]: row for row in rows[1:]}
    assert any(int(row[0]) == 2 and NONSENSE.lower() in (row[1] + row[2]).lower() for row in rows[1:])
    assert UNKNOWN_PLACE in by_message and "Lieu introuvable" in by_message[UNKNOWN_PLACE][3]
    assert PHONE not in text and MAIL not in text


def _command(servers, credential, *args):
    env = {**os.environ, "ML_DATA_DIR": str(servers.data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("ML_STAFF_CREDENTIAL", None)
    if credential is not None:
        env["ML_STAFF_CREDENTIAL"] = credential
    return subprocess.run([sys.executable, "-m", "staff", "report", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_the_report_command_needs_a_credential_and_prints_the_groups(servers, conversations, credential):
    for wrong in (None, credential + "x"):
        refused = _command(servers, wrong)
        assert refused.returncode == 2 and refused.stdout == ""
        assert "Identifiant refusé" in refused.stderr and NONSENSE not in refused.stderr
    # every group (the other e2e tests' messages are in the same database; 50 are shown by default)
    result = _command(servers, credential, "--limit", "100000")
    assert result.returncode == 0, result.stderr
    assert NONSENSE in result.stdout and UNKNOWN_PLACE in result.stdout
    assert PHONE not in result.stdout and "[téléphone]" in result.stdout
