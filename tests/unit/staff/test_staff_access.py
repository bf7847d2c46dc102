"""Staff credentials (staff/access.py): the accounts file, the checks, failed attempts."""

import base64
import json
import stat

from staff import access


def test_first_start_creates_one_administrator_owner_only(tmp_path, monkeypatch):
    monkeypatch.delenv("ML_STAFF_ACCOUNTS_FILE", raising=False)
    credential_file = access.ensure_admin(tmp_path)
    accounts_path = tmp_path / access.ACCOUNTS_FILE_NAME
    for path in (credential_file, accounts_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    credential = credential_file.read_text(encoding="utf-8").strip()
    name, secret = credential.split(":", 1)
    assert name == "admin" and len(secret) >= 40
    assert secret not in accounts_path.read_text(encoding="utf-8")  # only its digest is kept
    account = access.authenticate(access.load_accounts(accounts_path), credential)
    assert account is not None and account.is_admin
    assert access.ensure_admin(tmp_path) is None  # never a second time


def test_a_wrong_secret_or_name_is_refused(tmp_path):
    path = tmp_path / "comptes.json"
    right = access.add_account(path, "ml-lille", structure="ML-LILLE")
    accounts = access.load_accounts(path)
    name, secret = right.split(":", 1)
    assert access.authenticate(accounts, right).structure == "ML-LILLE"
    for wrong in (f"{name}:{secret[:-1]}", f"autre:{secret}", name, "", None, f"{name}:"):
        assert access.authenticate(accounts, wrong) is None
    assert json.loads(path.read_text(encoding="utf-8"))["accounts"][0]["role"] == access.STRUCTURE


def test_basic_authentication_header_is_read():
    header = "Basic " + base64.b64encode("admin:s3cret:avec:deux-points".encode()).decode()
    assert access.basic_credential({"authorization": header}) == "admin:s3cret:avec:deux-points"
    assert access.basic_credential({"authorization": "Bearer x"}) is None
    assert access.basic_credential({"authorization": "Basic !!!"}) is None
    assert access.basic_credential({}) is None


def test_failed_attempts_block_a_client_for_the_window_only():
    attempts = access.FailedAttempts(limit=3, window=60)
    for t in (0, 1, 2):
        assert attempts.blocked_for("10.0.0.1", now=t) == 0
        attempts.failed("10.0.0.1", now=t)
    assert attempts.blocked_for("10.0.0.1", now=3) == 57
    assert attempts.blocked_for("10.0.0.2", now=3) == 0  # another client
    assert attempts.blocked_for("10.0.0.1", now=61) == 0  # the first failure left the window


def test_cross_site_forms_are_recognised():
    assert access.same_origin({"host": "127.0.0.1:8080", "origin": "http://127.0.0.1:8080"})
    assert access.same_origin({"host": "127.0.0.1:8080", "referer": "http://127.0.0.1:8080/equipe/demandes"})
    assert not access.same_origin({"host": "127.0.0.1:8080", "origin": "http://evil.example"})
    assert not access.same_origin({"host": "127.0.0.1:8080", "origin": "http://127.0.0.1:8080.evil.example"})
