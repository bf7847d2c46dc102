"""The domain's sentences for the code that puts them together or says them outside Rasa's responses.

Every static sentence the assistant says is a response of `domain.yml`. Rasa sends most of them by
name, with their dynamic parts as variables. Code needs the text itself in three cases:
- an action puts several sentences into one message (a place answer's lines): `sentence`;
- the channel guard answers by itself, without NLU or the action server (an empty or too long
  message), and the one technical-problem apology, sent by the guard, by Rasa when a custom action
  fails (channels/rasa_patches.py) and by the action server;
- the staff report and the scripts recognise a reply by its text.
Plain Python, imported by both processes; the domain file is read once.
"""

from functools import lru_cache
from typing import Dict

from core.project_files import load_domain

MAX_MESSAGE_CHARS = 1000


@lru_cache(maxsize=1)
def _texts() -> Dict[str, str]:
    """response name -> the text of its first variation."""
    return {
        name: str(variations[0].get("text") or "")
        for name, variations in (load_domain().get("responses") or {}).items()
        if variations
    }


def sentence(name: str, **values: object) -> str:
    """The text of the domain's response `name`, its variables filled from `values`."""
    return _texts()[name].format(**values)


EMPTY = sentence("utter_message_vide")
TOO_LONG = sentence("utter_message_trop_long", maximum=f"{MAX_MESSAGE_CHARS:,}".replace(",", " "))  # 1 000
TECHNICAL_PROBLEM = sentence("utter_probleme_technique")
