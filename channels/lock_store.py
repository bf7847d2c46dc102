"""A Redis lock store whose every step is atomic across processes, for several Rasa replicas.

Rasa 3.6.21's `RedisLockStore` issues a ticket by reading the conversation's lock (one JSON value),
adding a ticket and writing it back, with nothing in between to stop another replica doing the
same: two replicas receiving two messages of one conversation at the same moment can both get the
same ticket number and both go ahead (RasaHQ/rasa issue 9213). Releasing a ticket and deleting an
empty lock are read-modify-write too.

Here each of those steps is one Lua script, which Redis runs atomically: issue a ticket, drop the
expired ones, release a ticket (and delete the lock when nobody waits). The value keeps Rasa's
format (`TicketLock.dumps`), so Rasa's own reading code (`get_lock`, `is_locked`) is unchanged.
Times are the caller's clock, as in Rasa (`Ticket.has_expired`).

Configured in the endpoints as `lock_store: {type: channels.lock_store.AtomicRedisLockStore, url:
..., port: ..., db: ...}` (launcher/endpoints.py writes it in the scale mode).
"""

import logging
import time
from typing import Optional, Text

from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

# Tickets are JSON strings inside the lock's JSON, as TicketLock.dumps writes them.
_KEEP_LIVE = """
local function live_tickets(raw, now, drop_number)
  local kept = {}
  if raw then
    local lock = cjson.decode(raw)
    for _, text in ipairs(lock['tickets'] or {}) do
      local ticket = cjson.decode(text)
      if tonumber(ticket['expires']) >= now and tonumber(ticket['number']) ~= drop_number then
        table.insert(kept, text)
      end
    end
  end
  return kept
end
local function store(key, conversation_id, tickets)
  if #tickets == 0 then
    redis.call('DEL', key)
  else
    redis.call('SET', key, cjson.encode({conversation_id = conversation_id, tickets = tickets}))
  end
end
"""

# KEYS[1] lock key; ARGV conversation id, now, lifetime. Returns the new ticket's number.
ISSUE = _KEEP_LIVE + """
local now = tonumber(ARGV[2])
local tickets = live_tickets(redis.call('GET', KEYS[1]), now, nil)
local number = 0
if #tickets > 0 then number = tonumber(cjson.decode(tickets[#tickets])['number']) + 1 end
table.insert(tickets, cjson.encode({number = number, expires = now + tonumber(ARGV[3])}))
store(KEYS[1], ARGV[1], tickets)
return number
"""

# KEYS[1] lock key; ARGV conversation id, now, the ticket to release (or -1). Drops the expired
# tickets and that one; deletes the lock when no ticket is left. Returns how many are left.
RELEASE = _KEEP_LIVE + """
local tickets = live_tickets(redis.call('GET', KEYS[1]), tonumber(ARGV[2]), tonumber(ARGV[3]))
if redis.call('EXISTS', KEYS[1]) == 1 then store(KEYS[1], ARGV[1], tickets) end
return #tickets
"""


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store with atomic issue, update and release (see the module doc)."""

    def __init__(self, *args, endpoint_config: Optional[EndpointConfig] = None, **kwargs) -> None:
        if endpoint_config is not None:  # from the endpoints file: Rasa passes the section whole
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(*args, **kwargs)
        self._issue = self.red.register_script(ISSUE)
        self._release = self.red.register_script(RELEASE)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return int(self._issue(keys=[self.key_prefix + conversation_id],
                                   args=[conversation_id, time.time(), lock_lifetime]))
        except Exception as error:  # noqa: BLE001 - Rasa's contract: a LockError
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: Text) -> None:
        """Drops the expired tickets (atomically)."""
        self._release(keys=[self.key_prefix + conversation_id], args=[conversation_id, time.time(), -1])

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        self._release(keys=[self.key_prefix + conversation_id], args=[conversation_id, time.time(), ticket_number])

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Releases the ticket, and deletes the lock if nobody waits, in one step."""
        self.finish_serving(conversation_id, ticket_number)
