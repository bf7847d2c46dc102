"""The conversation database: where it is, whether it answers, and the purge.

SQLite file in the state directory by default; PostgreSQL (or any SQLAlchemy URL Rasa
supports) when ML_DATABASE_URL is set, e.g. postgresql://user:password@host:5432/db.
Rasa's SQL tracker store keeps one row per event in the table `events`.
"""

import time
from pathlib import Path
from typing import Dict, Optional

import sqlalchemy as sa

from core import callback_requests, settings

CONNECT_TIMEOUT_S = 5


class DatabaseUnreachable(RuntimeError):
    """The conversation database does not answer (message in French and English)."""


def retention_days() -> int:
    """ML_RETENTION_DAYS, default 30: conversations idle longer than this are purged."""
    days = settings.integer("ML_RETENTION_DAYS")
    if days < 1:
        raise ValueError("ML_RETENTION_DAYS must be a whole number of days, 1 or more")
    return days


def database_url(data_dir: Path, configured: Optional[str] = None) -> str:
    """The SQLAlchemy URL of the conversation database."""
    if configured:
        return configured
    return f"sqlite:///{data_dir / 'conversations.db'}"


# Rasa's SQL tracker store without its count query at each save (channels/tracker_store.py).
TRACKER_STORE_CLASS = "channels.tracker_store.ConversationStore"


def tracker_store_config(url: str) -> Dict[str, str]:
    """The `tracker_store` section of Rasa's endpoints for this URL."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return {"type": TRACKER_STORE_CLASS, "dialect": "sqlite", "db": parsed.database or ""}
    # Rasa passes the endpoint's `url` as the store's `host`, and takes a host that is a
    # complete URL as is (tracker_store._create_from_endpoint_config, SQLTrackerStore.get_db_url).
    return {"type": TRACKER_STORE_CLASS, "dialect": parsed.get_backend_name(), "url": url}


def _engine(url: str) -> sa.engine.Engine:
    parsed = sa.engine.make_url(url)
    args = {} if parsed.get_backend_name() == "sqlite" else {"connect_timeout": CONNECT_TIMEOUT_S}
    return sa.create_engine(url, connect_args=args, poolclass=sa.pool.NullPool)


def prepare(url: str) -> None:
    """Creates the SQLite file owner-only; checks that the database answers.

    Rasa retries forever when its database is unreachable at start, so the run
    command calls this first and stops with a clear message instead.
    """
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.exists():
            path.touch(mode=0o600)
        path.chmod(0o600)
    try:
        with _engine(url).connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        where = parsed.render_as_string(hide_password=True)
        raise DatabaseUnreachable(
            f"La base des conversations ne répond pas ({where}) : vérifiez ML_DATABASE_URL "
            f"et que le serveur de base de données est démarré.\n"
            f"The conversation database is unreachable ({where}): check ML_DATABASE_URL "
            f"and that the database server is running.\n({type(error).__name__}: {error})"
        ) from error


def purge(url: str, days: int, now: Optional[float] = None) -> int:
    """Deletes every conversation whose last event is older than `days` days, and the call-back
    requests made more than `days` days ago.

    Whole conversations go, never part of one (a cut tracker would replay wrongly).
    Returns the number of conversations deleted.
    """
    cutoff = (now if now is not None else time.time()) - days * 86400
    callback_requests.purge(url, days, now)  # call-back requests: the same retention period
    engine = _engine(url)
    with engine.begin() as connection:
        if not sa.inspect(connection).has_table("events"):
            return 0
        stale = [
            row[0]
            for row in connection.execute(
                sa.text("SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"),
                {"cutoff": cutoff},
            )
        ]
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            connection.execute(
                sa.text("DELETE FROM events WHERE sender_id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": chunk},
            )
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.execute(sa.text("VACUUM"))  # deleted text must not linger in free pages
    return len(stale)


def display(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)
