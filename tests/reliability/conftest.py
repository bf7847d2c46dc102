"""Helpers for the reliability tests: each module starts its own real servers,
since these tests stop, freeze or cut them."""

import json
import time
import urllib.request
import uuid
from typing import Dict, List, Tuple

GUARD_TECHNICAL = "je rencontre un problème technique"  # channels/replies.py, the guard's own reply
ACTION_TECHNICAL = "un problème technique m'empêche de répondre"  # actions/answers.py technical_problem


def post(webhook: str, text: str, sender: str = "", timeout: float = 120) -> Tuple[List[Dict], float]:
    """Sends one message over the REST channel; returns the replies and the seconds taken."""
    body = json.dumps({"sender": sender or f"rel-{uuid.uuid4().hex[:10]}", "message": text}).encode("utf-8")
    request = urllib.request.Request(webhook, data=body, headers={"Content-Type": "application/json"})
    start = time.monotonic()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        messages = json.loads(response.read().decode("utf-8"))
    return messages, time.monotonic() - start


def joined(messages: List[Dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)

