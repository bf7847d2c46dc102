"""Staff credentials: who may open the staff pages and run the staff commands.

A credential is an account name and a secret, given together as "name:secret" (HTTP Basic
authentication on the pages, `ML_STAFF_CREDENTIAL` or a prompt for the commands). Accounts live
in one JSON file, mode 600: `ML_STAFF_ACCOUNTS_FILE`, by default `staff-accounts.json` in the
state directory. The file keeps only a SHA-256 digest of each secret (secrets are 32 random
bytes, so a plain digest is enough), the account's role and, for a structure's staff, the code
of their structure:

    {"accounts": [{"name": "admin", "role": "admin", "structure": null, "secret_sha256": "…"},
                  {"name": "ml-lille", "role": "structure", "structure": "59350-LIL", "secret_sha256": "…"}]}

When the file does not exist, `ensure_admin` creates it with one administrator and writes that
administrator's credential, once, to `staff-admin-credential.txt` (mode 600) beside it: the run
command prints where it is. `python -m staff add-account NAME --structure CODE` adds an account
and prints its credential once.

Checks compare digests in constant time; failed attempts are limited per client
(`FailedAttempts`); forms that change something carry a token derived from the account
(`form_token`), checked with the request's Origin.
"""

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Optional

from core import settings

ACCOUNTS_FILE_NAME = "staff-accounts.json"
ADMIN_CREDENTIAL_FILE_NAME = "staff-admin-credential.txt"
ADMIN, STRUCTURE = "admin", "structure"
MAX_FAILURES = 5  # failed attempts per client ...
FAILURE_WINDOW_S = 300.0  # ... within this window, then refused until the window passes


@dataclass(frozen=True)
class Account:
    name: str
    role: str  # ADMIN (the whole network) or STRUCTURE (one structure's staff)
    structure: Optional[str]
    secret_sha256: str

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    @property
    def scope(self) -> Optional[str]:
        """The structure whose call-back requests this account sees and handles: None (all) for an
        administrator; "-" (none) for a structure account without a structure."""
        return None if self.is_admin else (self.structure or "-")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def accounts_file(state: Path) -> Path:
    configured = settings.text("ML_STAFF_ACCOUNTS_FILE")
    return Path(configured) if configured else state / ACCOUNTS_FILE_NAME


def _write_private(path: Path, text: str) -> None:
    """Writes a file readable by its owner only (created with mode 600, never wider)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    path.chmod(0o600)


def load_accounts(path: Path) -> List[Account]:
    """The accounts of the file; none when it does not exist."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Account(name=str(a["name"]), role=str(a.get("role") or STRUCTURE),
                    structure=a.get("structure") or None, secret_sha256=str(a["secret_sha256"]))
            for a in data.get("accounts") or []]


def save_accounts(path: Path, accounts: List[Account]) -> None:
    _write_private(path, json.dumps({"accounts": [a.__dict__ for a in accounts]}, indent=2, ensure_ascii=False) + "\n")


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def add_account(path: Path, name: str, role: str = STRUCTURE, structure: Optional[str] = None) -> str:
    """Adds (or replaces) an account; returns its credential "name:secret", shown only once."""
    if not name or ":" in name or name != name.strip():
        raise ValueError("account names have no ':' and no surrounding spaces")
    if role == STRUCTURE and not structure:
        raise ValueError("a structure's account needs the structure's code")
    secret = new_secret()
    accounts = [a for a in load_accounts(path) if a.name != name]
    accounts.append(Account(name, role, structure if role == STRUCTURE else None, _digest(secret)))
    save_accounts(path, accounts)
    return f"{name}:{secret}"


def ensure_admin(state: Path) -> Optional[Path]:
    """Creates the accounts file with one administrator when there is none; returns the file
    holding that administrator's credential (None when the accounts file already existed)."""
    path = accounts_file(state)
    if path.exists():
        return None
    credential = add_account(path, "admin", role=ADMIN)
    credential_file = path.parent / ADMIN_CREDENTIAL_FILE_NAME
    _write_private(credential_file, credential + "\n")
    return credential_file


def authenticate(accounts: List[Account], credential: Optional[str]) -> Optional[Account]:
    """The account whose name and secret are `credential` ("name:secret"), else None. Every
    account's digest is compared, in constant time, whatever the name."""
    if not credential or ":" not in credential:
        return None
    name, secret = credential.split(":", 1)
    given = _digest(secret)
    found = None
    for account in accounts:
        if hmac.compare_digest(account.secret_sha256, given) and hmac.compare_digest(account.name, name):
            found = account
    return found


def basic_credential(headers: Mapping[str, str]) -> Optional[str]:
    """"name:secret" from an `Authorization: Basic …` header, else None."""
    value = headers.get("authorization") or ""
    scheme, _, encoded = value.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        return base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


class FailedAttempts:
    """Failed attempts per client in a sliding window: after MAX_FAILURES, refused until the
    oldest failure leaves the window (also when the next credential is right)."""

    def __init__(self, limit: int = MAX_FAILURES, window: float = FAILURE_WINDOW_S) -> None:
        self.limit = limit
        self.window = window
        self._failures: Dict[str, List[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> List[float]:
        recent = [t for t in self._failures.get(client, []) if now - t < self.window]
        self._failures[client] = recent
        return recent

    def blocked_for(self, client: str, now: Optional[float] = None) -> float:
        """Seconds before this client may try again (0 when it may)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            recent = self._recent(client, now)
            return max(0.0, recent[0] + self.window - now) if len(recent) >= self.limit else 0.0

    def failed(self, client: str, now: Optional[float] = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._recent(client, now).append(now)


def form_token(key: bytes, account: Account) -> str:
    """The token a staff page's form carries: it proves the form came from a page served to that
    account (a cross-site page cannot read it)."""
    return hmac.new(key, f"{account.name}:{account.secret_sha256}".encode("utf-8"), hashlib.sha256).hexdigest()


def secrets_equal(given: str, expected: str) -> bool:
    """Constant-time comparison of two tokens."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def same_origin(headers: Mapping[str, str]) -> bool:
    """Whether a browser request comes from this server's own pages: its Origin (or, without one,
    its Referer) names the Host it was sent to. A request with neither is not from a browser form."""
    host = headers.get("host") or ""
    origin = headers.get("origin") or headers.get("referer") or ""
    if not origin:
        return True
    for scheme in ("http://", "https://"):
        if origin == scheme + host or origin.startswith(scheme + host + "/"):
            return True
    return False
