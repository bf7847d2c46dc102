"""What the user sees of an action's messages: each message that names a domain response is filled
by Rasa's own response generator (TemplatedNaturalLanguageGenerator) from the project's domain, as
the Rasa server does with what the action server returns (RemoteAction._utter_responses): the
response's text with its variables, its buttons, then the buttons the action added."""

import asyncio
from functools import lru_cache
from typing import Any, Dict, List

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from core.faq_catalogue import domain_responses  # the FAQ answers are domain responses too
from core.project_files import ROOT


@lru_cache(maxsize=1)
def _domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@lru_cache(maxsize=1)
def _generator() -> TemplatedNaturalLanguageGenerator:
    return TemplatedNaturalLanguageGenerator({**_domain().responses, **domain_responses()})


def rendered(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Each message as the user gets it: `text` and `buttons`, plus `response`, the domain
    response's name (None for a message of plain text)."""
    tracker = DialogueStateTracker("test", _domain().slots)
    result = []
    for message in messages:
        values = {k: v for k, v in message.items() if k not in ("response", "buttons", "text")}
        name = message.get("response")
        if name:
            draft = asyncio.run(_generator().generate(name, tracker, "rest", **values))
            assert draft is not None, f"no domain response {name}"
        else:
            draft = {"text": message.get("text")}
        buttons = list(draft.get("buttons") or []) + list(message.get("buttons") or [])
        result.append({"response": name, "text": draft.get("text") or "", "buttons": buttons})
    return result
