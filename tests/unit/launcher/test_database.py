"""Conversation database helpers (launcher/database.py) on a real SQLite file written
by Rasa's own SQL tracker store."""

import stat
import time

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from launcher import database


def _save(store, sender, timestamp):
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(UserUttered("bonjour", timestamp=timestamp))
    import asyncio

    asyncio.run(store.save(tracker))


def test_purge_keeps_recent_conversations_and_deletes_idle_ones(tmp_path):
    url = database.database_url(tmp_path)
    database.prepare(url)
    store = SQLTrackerStore(dialect="sqlite", db=str(tmp_path / "conversations.db"))
    now = time.time()
    _save(store, "vieux", now - 31 * 86400)
    _save(store, "recent", now - 29 * 86400)
    assert database.purge(url, 30, now=now) == 1
    import asyncio

    assert asyncio.run(store.retrieve("vieux")) is None
    assert asyncio.run(store.retrieve("recent")) is not None


def test_purge_on_an_empty_database_deletes_nothing(tmp_path):
    url = database.database_url(tmp_path)
    database.prepare(url)
    assert database.purge(url, 30) == 0


def test_prepare_creates_the_file_owner_only(tmp_path):
    url = database.database_url(tmp_path)
    database.prepare(url)
    assert stat.S_IMODE((tmp_path / "conversations.db").stat().st_mode) == 0o600


def test_unreachable_database_is_reported_in_french_and_english():
    with pytest.raises(database.DatabaseUnreachable) as error:
        database.prepare("postgresql://postgres:secret@127.0.0.1:5499/absente")
    message = str(error.value)
    assert "ne répond pas" in message and "unreachable" in message
    assert "secret" not in message


def test_tracker_store_config_for_sqlite_and_postgres(tmp_path):
    assert database.tracker_store_config(f"sqlite:///{tmp_path}/c.db") == {
        "type": "channels.tracker_store.ConversationStore", "dialect": "sqlite", "db": f"{tmp_path}/c.db"}
    url = "postgresql://u:p@db.example:5432/ml"
    assert database.tracker_store_config(url) == {
        "type": "channels.tracker_store.ConversationStore", "dialect": "postgresql", "url": url}


def test_retention_days_default_and_override(monkeypatch):
    monkeypatch.delenv("ML_RETENTION_DAYS", raising=False)
    assert database.retention_days() == 30
    monkeypatch.setenv("ML_RETENTION_DAYS", "7")
    assert database.retention_days() == 7
    monkeypatch.setenv("ML_RETENTION_DAYS", "0")
    with pytest.raises(ValueError):
        database.retention_days()
