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
count. Any other save (a new conversation, a second save of one message, a tracker built by the
HTTP API) asks the database as Rasa does. Configured by launcher/database.py
(`tracker_store_config`), for the run command, the scale mode, the deployment files and the load
test's floor bot alike.
"""

import itertools
import weakref
from collections import OrderedDict
from typing import Any, Iterator, Optional, Text, Tuple

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

# Counts kept for trackers read and not saved yet (a read without a save, as the HTTP API's GET of
# a tracker, leaves one behind); the oldest go first.
MAX_REMEMBERED = 10_000


class ConversationStore(SQLTrackerStore):
    """`SQLTrackerStore` with the count of stored events remembered from the read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stored: "OrderedDict[Text, Tuple[weakref.ref, int]]" = OrderedDict()

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        tracker = await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        if tracker is not None and not fetch_events_from_all_sessions:
            # the tracker holds exactly the rows read (no event history limit here)
            self._remember(sender_id, tracker, len(tracker.events))
        return tracker

    def _remember(self, sender_id: Text, tracker: DialogueStateTracker, stored: int) -> None:
        self._stored.pop(sender_id, None)
        self._stored[sender_id] = (weakref.ref(tracker), stored)
        while len(self._stored) > MAX_REMEMBERED:
            self._stored.popitem(last=False)

    def remembered_count(self, tracker: DialogueStateTracker) -> Optional[int]:
        """How many of this tracker's events the database held when it was read, if this very
        tracker object was read by this store and not saved since; forgets it."""
        found = self._stored.pop(tracker.sender_id, None)
        if found is None:
            return None
        reference, stored = found
        return stored if reference() is tracker else None

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        stored = self.remembered_count(tracker)
        if stored is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))
