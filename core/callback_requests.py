"""Call-back requests: stored in the conversation database (SQLite by default, PostgreSQL when
ML_DATABASE_URL is set), in the table `callback_requests`, one row per request, with the
structure that should call back. Written by the action server (actions/callback.py), read and
marked handled by the staff pages and commands (staff/), deleted after the retention period by
the purge (launcher/database.py). Plain SQLAlchemy, no Rasa.

Kept per request: when it was made, the structure and the commune, the first name, the phone
number or e-mail address, the optional message, the channel it came from, and when and by whom
it was handled. Nothing else (no conversation id, no age).
"""

import time
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional

import sqlalchemy as sa

TABLE = "callback_requests"
_metadata = sa.MetaData()
requests_table = sa.Table(
    TABLE, _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created_at", sa.Float, nullable=False, index=True),
    sa.Column("structure_code", sa.String(40), nullable=False, index=True),
    sa.Column("commune_code", sa.String(10), nullable=False),
    sa.Column("first_name", sa.String(60), nullable=False),
    sa.Column("contact", sa.String(120), nullable=False),
    sa.Column("message", sa.Text, nullable=False, default=""),
    sa.Column("channel", sa.String(40), nullable=False, default=""),
    sa.Column("handled_at", sa.Float, nullable=True),
    sa.Column("handled_by", sa.String(60), nullable=True),
)


@dataclass
class CallbackRequest:
    structure_code: str
    commune_code: str
    first_name: str
    contact: str
    message: str = ""
    channel: str = ""
    created_at: float = 0.0
    id: Optional[int] = None
    handled_at: Optional[float] = None
    handled_by: Optional[str] = None


@lru_cache(maxsize=8)
def _engine(url: str) -> sa.engine.Engine:
    parsed = sa.engine.make_url(url)
    args = {} if parsed.get_backend_name() == "sqlite" else {"connect_timeout": 5}
    engine = sa.create_engine(url, connect_args=args, pool_pre_ping=True)
    _metadata.create_all(engine)  # the table, once per process and database
    return engine


def save(url: str, request: CallbackRequest) -> int:
    """Stores a request; returns its number."""
    values = {k: v for k, v in request.__dict__.items() if k not in ("id", "handled_at", "handled_by")}
    values["created_at"] = request.created_at or time.time()
    with _engine(url).begin() as connection:
        result = connection.execute(requests_table.insert().values(**values))
        return int(result.inserted_primary_key[0])


def list_requests(url: str, structure_code: Optional[str] = None, limit: int = 500) -> List[CallbackRequest]:
    """Requests newest first; only one structure's when `structure_code` is given."""
    query = sa.select(requests_table).order_by(requests_table.c.created_at.desc(), requests_table.c.id.desc())
    if structure_code:
        query = query.where(requests_table.c.structure_code == structure_code)
    with _engine(url).connect() as connection:
        return [CallbackRequest(**row._mapping) for row in connection.execute(query.limit(limit))]


def structures_with_requests(url: str) -> List[str]:
    """The codes of the structures that have at least one request."""
    query = sa.select(requests_table.c.structure_code).distinct()
    with _engine(url).connect() as connection:
        return [row[0] for row in connection.execute(query)]


def mark_handled(url: str, request_id: int, by: str, structure_code: Optional[str] = None) -> bool:
    """Marks a request handled (once); with `structure_code`, only a request of that structure.
    Returns whether a request was marked."""
    condition = sa.and_(requests_table.c.id == request_id, requests_table.c.handled_at.is_(None))
    if structure_code:
        condition = sa.and_(condition, requests_table.c.structure_code == structure_code)
    with _engine(url).begin() as connection:
        result = connection.execute(
            requests_table.update().where(condition).values(handled_at=time.time(), handled_by=by))
        return result.rowcount == 1


def delete(url: str, request_id: int, structure_code: Optional[str] = None) -> bool:
    """Deletes one request (the person withdrew it); with `structure_code`, only a request of that
    structure. Returns whether one was deleted."""
    condition = requests_table.c.id == request_id
    if structure_code:
        condition = sa.and_(condition, requests_table.c.structure_code == structure_code)
    with _engine(url).begin() as connection:
        return connection.execute(requests_table.delete().where(condition)).rowcount == 1


def purge(url: str, days: int, now: Optional[float] = None) -> int:
    """Deletes the requests made more than `days` days ago; returns how many."""
    cutoff = (now if now is not None else time.time()) - days * 86400
    with _engine(url).begin() as connection:
        result = connection.execute(requests_table.delete().where(requests_table.c.created_at < cutoff))
        return int(result.rowcount or 0)
