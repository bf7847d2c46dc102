"""What the scale mode needs besides the servers: PostgreSQL for the conversations, Redis for the
conversation locks, checked before anything starts, and the endpoint sections that point the Rasa
replicas at them.

Rasa retries an unreachable database or Redis forever at start, and several replicas cannot share
a SQLite file or the in-memory lock store; the scale mode therefore stops at once, in French and
English, when either is missing or when the conversation database is not PostgreSQL.
"""

from typing import Dict, Mapping, Optional, Tuple, Union
from urllib.parse import unquote, urlsplit

import sqlalchemy as sa

from core import settings
from launcher.database import DatabaseUnreachable

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/assistant_ml"
LOCK_STORE_CLASS = "channels.lock_store.AtomicRedisLockStore"
CONNECT_TIMEOUT_S = 5


class ServiceUnreachable(DatabaseUnreachable):
    """PostgreSQL or Redis is missing for the scale mode (message in French and English)."""


def database_url(configured: Optional[str]) -> str:
    """The scale mode's conversation database: ML_DATABASE_URL, which must be PostgreSQL."""
    url = configured or DEFAULT_DATABASE_URL
    if sa.engine.make_url(url).get_backend_name() != "postgresql":
        raise ServiceUnreachable(
            "Le mode à plusieurs serveurs (ML_REPLICAS > 1) garde les conversations dans PostgreSQL : "
            "ML_DATABASE_URL doit commencer par postgresql://.\n"
            "The scale mode (ML_REPLICAS > 1) keeps conversations in PostgreSQL: ML_DATABASE_URL must "
            "start with postgresql://."
        )
    return url


def _unreachable(service: str, where: str, keeps: Tuple[str, str], setting: str,
                 error: Exception) -> ServiceUnreachable:
    """The message, French then English, for a service the scale mode cannot reach."""
    return ServiceUnreachable(
        f"{service} ne répond pas ({where}) : le mode à plusieurs serveurs y garde {keeps[0]}. "
        f"Démarrez-le (README, « Several replicas ») ou corrigez {setting}.\n"
        f"{service} is unreachable ({where}): the scale mode keeps {keeps[1]} there. Start it "
        f"(README, \"Several replicas\") or fix {setting}.\n({type(error).__name__}: {error})"
    )


def ensure_database(url: str) -> None:
    """Creates the PostgreSQL database named in the URL when the server answers but lacks it."""
    parsed = sa.engine.make_url(url)
    where = parsed.render_as_string(hide_password=True)
    server = sa.create_engine(parsed.set(database="postgres"), poolclass=sa.pool.NullPool,
                              connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
                              isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            exists = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                        {"name": parsed.database}).first()
            if not exists:
                connection.execute(sa.text(f'CREATE DATABASE "{parsed.database}"'))
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        raise _unreachable("PostgreSQL", where, ("les conversations", "conversations"), "ML_DATABASE_URL",
                           error) from error


def redis_settings(url: str) -> Dict[str, Union[str, int]]:
    """Host, port, db and password of a redis:// URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise ValueError(f"ML_REDIS_URL must look like redis://host:6379/0, not {url!r}")
    found: Dict[str, Union[str, int]] = {
        "host": parts.hostname,
        "port": parts.port or 6379,
        "db": int(parts.path.strip("/") or 0),
    }
    if parts.password:
        found["password"] = unquote(parts.password)
    if parts.scheme == "rediss":
        found["use_ssl"] = True
    return found


def check_redis(url: str) -> None:
    import redis

    where = f"{urlsplit(url).hostname}:{urlsplit(url).port or 6379}"
    try:
        redis.Redis(**redis_settings(url), socket_timeout=CONNECT_TIMEOUT_S,
                    socket_connect_timeout=CONNECT_TIMEOUT_S).ping()
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        raise _unreachable("Redis", where, ("les verrous des conversations", "the conversation locks"),
                           "ML_REDIS_URL", error) from error


def lock_store_config(redis_url: str) -> Dict[str, Union[str, int]]:
    """The `lock_store` section of Rasa's endpoints (Rasa passes `url` as the Redis host)."""
    found = redis_settings(redis_url)
    config: Dict[str, Union[str, int]] = {"type": LOCK_STORE_CLASS, "url": found.pop("host")}
    config.update(found)
    return config


def redis_url() -> str:
    return settings.text("ML_REDIS_URL")


def ticket_lifetime_s(environ: Optional[Mapping[str, str]] = None) -> str:
    """Rasa's TICKET_LOCK_LIFETIME for the replicas: as long as a reply may take (the guard's
    deadline, after which the message is answered and its lock released), so a replica that dies
    holding a ticket blocks its conversation no longer than that (Rasa's default: 60 s)."""
    return str(int(settings.number("ML_REPLY_DEADLINE_S", environ)))
