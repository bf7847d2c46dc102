"""Helpers for the reliability tests: each module starts its own real servers,
since these tests stop, freeze or cut them."""

import time
from typing import Dict, List, Tuple

from tests.e2e.conftest import Chat

GUARD_TECHNICAL = "je rencontre un problème technique"  # channels/replies.py, the guard's own reply
ACTION_TECHNICAL = "un problème technique m'empêche de répondre"  # actions/answers.py technical_problem


def post(webhook: str, text: str, sender: str = "") -> Tuple[List[Dict], float]:
    """Sends one message over the REST channel (as the e2e tests' Chat does); returns the
    replies and the seconds taken."""
    start = time.monotonic()
    messages = Chat(webhook).send(text, sender)
    return messages, time.monotonic() - start


def joined(messages: List[Dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)

