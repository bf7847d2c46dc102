"""The conversation store of the Rasa server: Rasa's SQL tracker store (SQLite or PostgreSQL) that
does not count, at each save, the events it read back at the start of the same message.

Rasa 3.6's `SQLTrackerStore.save` writes only the events that are not stored yet, and to know
which, it first counts the stored events of the conversation's latest session (one query with a
sub-query for the session's start). That count is the number of events `retrieve` read a moment
before, when the message began: under the conversation's lock (Rasa's in-memory lock store, or the
scale mode's atomic Redis lock store, channels/lock_store.py) no other process writes to the
conversation in between. The count query was about a tenth of the Rasa process's time per message
under load (py-spy, docs/benchmarks.md, "The conversation store").

So this store remembers, for each tracker it has just read, how many events the database held;
the save of that same tracker object writes the events after them and the store forgets the
count. A conversation read empty is a new one: Rasa then creates its tracker (no event but the first
`action_listen`) and saves it, from the start, then saves the same tracker again at the end of the
message, after the events it held. Any other save (a second save of one message, a tracker built by
the HTTP API) asks the database as Rasa does. For a message in a new conversation, the two count
queries were about a tenth of the Rasa process's time (py-spy, docs/benchmarks.md, "The gate sets'
messages, cheaper").

It also reads and writes the rows without SQLAlchemy's object layer: the read of a message's
conversation is one SQL statement written once (Rasa's own query, the events of the conversation's
latest session, which Rasa builds anew at each message) selecting only the events' JSON, and the
save inserts the new events in one statement with the columns Rasa fills. The rows are the same as Rasa's
(tests/unit/channels/test_tracker_store.py); the object layer's bookkeeping was about a fifth of
the read and half of the save. Configured by launcher/database.py
(`tracker_store_config`), for the run command, the scale mode, the deployment files and the load
test's floor bot alike.
"""

import itertools
import json
import weakref
from collections import OrderedDict
from typing import Any, Optional, Text, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

# Rasa's `_event_query` for the latest session (SQLTrackerStore._event_query): the events from the
# latest `session_started` on, or all of them when there is none, in the order they were stored.
LATEST_SESSION = sa.text(
    "SELECT data FROM events WHERE sender_id = :sender_id AND ("
    " timestamp >= (SELECT MAX(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = :start)"
    " OR (SELECT MAX(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = :start) IS NULL"
    ") ORDER BY id"
)

# Counts kept for trackers read and not saved yet (a read without a save, as the HTTP API's GET of
# a tracker, leaves one behind); the oldest go first.
MAX_REMEMBERED = 10_000


class ConversationStore(SQLTrackerStore):
    """`SQLTrackerStore` with the count of stored events remembered from the read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stored: "OrderedDict[Text, Tuple[Optional[weakref.ref], int]]" = OrderedDict()

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        """Rasa's `_retrieve`, selecting the JSON column only."""
        with self.session_scope() as session:
            if fetch_events_from_all_sessions:
                query = self._event_query(session, sender_id, fetch_events_from_all_sessions)
                rows = query.with_entities(self.SQLEvent.data).all()
            else:
                rows = session.execute(LATEST_SESSION, {"sender_id": sender_id, "start": SessionStarted.type_name})
            events = [json.loads(data) for (data,) in rows]
        if not events and not fetch_events_from_all_sessions:
            self._remember(sender_id, None, 0)  # a new conversation: its tracker is created next
        if not self.domain or not events:
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if not fetch_events_from_all_sessions:
            self._remember(sender_id, tracker, len(events))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's `save`, the new events inserted in one statement."""
        await self.stream_events(tracker)
        stored = self._remembered_count(tracker)
        with self.session_scope() as session:
            new_events = (super()._additional_events(session, tracker) if stored is None
                          else itertools.islice(tracker.events, stored, len(tracker.events)))
            rows = [self._row(tracker.sender_id, event) for event in new_events]
            if rows:
                session.execute(self.SQLEvent.__table__.insert(), rows)
            session.commit()
        if stored is not None and not any(isinstance(event, SessionStarted) for event in tracker.events):
            # a new conversation's tracker: the database now holds all its events (no session start among them
            # to count from), and the same tracker is saved again at the end of the message
            self._remember(tracker.sender_id, tracker, len(tracker.events))

    @staticmethod
    def _row(sender_id: Text, event: Any) -> dict:
        """The columns Rasa's `save` fills for one event."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _remember(self, sender_id: Text, tracker: Optional[DialogueStateTracker], stored: int) -> None:
        """`tracker` None: the conversation was read empty."""
        self._stored.pop(sender_id, None)
        self._stored[sender_id] = (weakref.ref(tracker) if tracker is not None else None, stored)
        while len(self._stored) > MAX_REMEMBERED:
            self._stored.popitem(last=False)

    def _remembered_count(self, tracker: DialogueStateTracker) -> Optional[int]:
        """How many of this tracker's events the database held when it was read, if this very
        tracker object was read by this store and not saved since, or 0 for the tracker of a
        conversation just read empty; forgets it."""
        found = self._stored.pop(tracker.sender_id, None)
        if found is None:
            return None
        reference, stored = found
        if reference is None:  # read empty: only the tracker Rasa creates then (at most its first listen) is new
            new = len(tracker.events) <= 1 and not any(isinstance(event, SessionStarted) for event in tracker.events)
            return 0 if new else None
        return stored if reference() is tracker else None
