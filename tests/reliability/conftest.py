"""Helpers for the reliability tests: each module starts its own real servers,
since these tests stop, freeze or cut them."""

import time
from typing import Dict, List, Tuple

from tests.e2e.conftest import Chat

# The one technical apology, whoever sends it (core/replies.py); written here by hand.
TECHNICAL = "je rencontre un problème technique"
# What the Rasa server logs when it sends that apology itself, the guard ("sending the
# technical-problem reply", channels/guard.py) or Rasa after a failed custom action ("the
# technical-problem reply is sent", channels/rasa_patches.py): how the tests tell those apologies
# from the action server's own.
SENT_BY_RASA = "technical-problem reply"


def apologies_sent_by_rasa(servers) -> int:
    """How many times the Rasa server has sent the apology itself since it started."""
    log = servers.log_dir / "rasa.log"
    return log.read_text(encoding="utf-8", errors="replace").count(SENT_BY_RASA) if log.exists() else 0


def post(webhook: str, text: str, sender: str = "") -> Tuple[List[Dict], float]:
    """Sends one message over the REST channel (as the e2e tests' Chat does); returns the
    replies and the seconds taken."""
    start = time.monotonic()
    messages = Chat(webhook).send(text, sender)
    return messages, time.monotonic() - start


def joined(messages: List[Dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)

