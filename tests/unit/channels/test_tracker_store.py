"""The conversation store (channels/tracker_store.py): the same rows in the database as Rasa's own
SQL tracker store, without the count query when a tracker read at the start of a message, or created for a
conversation read empty, is saved.

Runs on SQLite in a temporary folder, and on the machine's PostgreSQL (127.0.0.1:5432, a database
made for the test and dropped after it) when it answers.
"""

import asyncio
import uuid

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from channels.tracker_store import ConversationStore

DOMAIN = Domain.from_dict({"slots": {"lieu": {"type": "text", "mappings": [{"type": "custom"}]}}})


def _postgres_admin():
    psycopg2 = pytest.importorskip("psycopg2")
    try:
        connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres",
                                      connect_timeout=3)
    except psycopg2.OperationalError as error:
        pytest.skip(f"PostgreSQL does not answer on 127.0.0.1:5432: {error}")
    connection.autocommit = True
    return connection


@pytest.fixture(params=["sqlite", "postgresql"])
def store_args(request, tmp_path):
    """Keyword arguments of a store, as launcher/database.py gives them to Rasa."""
    if request.param == "sqlite":
        yield {"dialect": "sqlite", "db": str(tmp_path / "conversations.db")}
        return
    name = f"ml_unit_{uuid.uuid4().hex[:8]}"
    admin = _postgres_admin()
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    yield {"dialect": "postgresql", "host": f"postgresql://postgres@127.0.0.1:5432/{name}"}
    admin = _postgres_admin()
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def _store(cls, args):
    store = cls(domain=DOMAIN, **args)
    statements = []
    sa.event.listen(store.engine, "before_cursor_execute",
                    lambda conn, cursor, statement, *rest: statements.append(statement))
    return store, statements


def _rows(store, sender):
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            sa.text("SELECT type_name, action_name, intent_name FROM events WHERE sender_id = :s ORDER BY id"),
            {"s": sender})]


def _turn(tracker, text, answer):
    tracker.update(UserUttered(text, {"name": "faq", "confidence": 1.0}))
    tracker.update(ActionExecuted("utter_faq"))
    tracker.update(BotUttered(answer))
    tracker.update(ActionExecuted("action_listen"))


def _counts(statements):
    return sum("count(" in statement.lower() for statement in statements)


def test_a_message_read_then_saved_writes_only_its_new_events_without_counting(store_args):
    store, statements = _store(ConversationStore, store_args)
    sender = "conversation-1"

    async def scenario():
        tracker = await store.get_or_create_tracker(sender)  # new conversation: read empty, created, saved
        _turn(tracker, "bonjour", "Bonjour !")
        await store.save(tracker)  # the same tracker at the end of the message
        assert _counts(statements) == 0  # nothing to count in a conversation read empty
        for number in range(3):
            tracker = await store.retrieve(sender)
            statements.clear()
            _turn(tracker, f"question {number}", f"réponse {number}")
            tracker.update(SlotSet("lieu", f"commune:{number}"))
            await store.save(tracker)
            assert _counts(statements) == 0  # no count query for a tracker read by this store
        return await store.retrieve(sender)

    final = asyncio.run(scenario())
    rows = _rows(store, sender)
    # by hand: the initial listen, then the first turn (4 events), then 3 turns of 5 events
    assert rows[0] == ("action", "action_listen", None)
    assert len(rows) == 1 + 4 + 3 * 5
    assert [row[0] for row in rows[1:5]] == ["user", "action", "bot", "action"]
    assert rows[-1] == ("slot", "lieu", None)  # Rasa stores the slot's name as action_name
    assert final.get_slot("lieu") == "commune:2"
    assert [event.text for event in final.events if isinstance(event, UserUttered)] == [
        "bonjour", "question 0", "question 1", "question 2"]


def test_the_same_rows_as_rasas_own_store_whatever_the_path(store_args, tmp_path):
    """A second save of one tracker, a tracker built elsewhere, and a new session started in
    memory: the rows match Rasa's SQLTrackerStore doing the same."""
    if store_args["dialect"] == "sqlite":
        rasa_args = {"dialect": "sqlite", "db": str(tmp_path / "rasa.db")}
    else:
        rasa_args = store_args  # another sender in the same database
    ours, _ = _store(ConversationStore, store_args)
    theirs, _ = _store(SQLTrackerStore, rasa_args)

    async def scenario(store, sender):
        tracker = await store.get_or_create_tracker(sender)
        _turn(tracker, "un", "1")
        await store.save(tracker)
        tracker = await store.retrieve(sender)
        _turn(tracker, "deux", "2")
        await store.save(tracker)
        _turn(tracker, "trois", "3")  # saved twice in a row: only the new events the second time
        await store.save(tracker)
        elsewhere = DialogueStateTracker.from_events(sender, list(tracker.events), DOMAIN.slots)
        _turn(elsewhere, "quatre", "4")  # a tracker this store did not read
        await store.save(elsewhere)
        tracker = await store.retrieve(sender)
        tracker.update(ActionExecuted("action_session_start"))  # a new session, then a turn
        tracker.update(SessionStarted())
        tracker.update(ActionExecuted("action_listen"))
        _turn(tracker, "cinq", "5")
        await store.save(tracker)
        return await store.retrieve(sender)

    mine = asyncio.run(scenario(ours, "ours"))
    reference = asyncio.run(scenario(theirs, "theirs"))
    assert _rows(ours, "ours") == _rows(theirs, "theirs")
    # the latest session only, in both: session start, listen, the turn "cinq"
    assert [type(event).__name__ for event in mine.events] == [
        type(event).__name__ for event in reference.events]
    assert [event.text for event in mine.events if isinstance(event, UserUttered)] == ["cinq"]
    texts = [row for row in _rows(ours, "ours") if row[0] == "user"]
    assert len(texts) == 5  # un, deux, trois, quatre, cinq: none lost, none twice


def test_a_conversation_read_empty_then_written_elsewhere_is_counted(store_args):
    """Read empty, then a tracker of several events saved without being created here (as the HTTP API's
    replacement of a conversation's events): the database is asked, as Rasa does, and nothing is written twice."""
    store, statements = _store(ConversationStore, store_args)
    sender = "conversation-2"
    other, _ = _store(ConversationStore, store_args)

    async def scenario():
        assert await store.retrieve(sender) is None  # read empty by this store
        written = await other.get_or_create_tracker(sender)  # another process writes the conversation
        _turn(written, "bonjour", "Bonjour !")
        await other.save(written)
        replacement = DialogueStateTracker.from_events(sender, list(written.events), DOMAIN.slots)
        _turn(replacement, "encore", "Encore !")
        statements.clear()
        await store.save(replacement)
        assert _counts(statements) == 1  # asked, not taken for a new conversation

    asyncio.run(scenario())
    rows = _rows(store, sender)
    # by hand: the initial listen, then two turns of 4 events each, once
    assert len(rows) == 1 + 4 + 4
    assert [row[0] for row in rows].count("user") == 2
