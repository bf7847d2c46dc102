"""Buttons on text-only channels (SMS, WhatsApp): one numbered message, and the
typed number mapped back to the button's payload.

The buttons a number refers to are read from the conversation itself (the bot
messages since the user's last message, as the tracker store keeps them), so the
mapping survives a restart of the server. Plain functions, no I/O.
"""

import re
from typing import Any, Dict, Iterable, List, Optional

from core.replies import sentence

ANSWER_WITH_NUMBER = sentence("utter_repondre_par_numero")

# One digit only: "93" or "75" is a department, and no list has more than 9 choices.
_NUMBER = re.compile(r"^\s*(?:n°|no|numéro|numero)?\s*(\d)\s*[.)]?\s*$", re.IGNORECASE)

Button = Dict[str, Any]


def numbered_choices(text: str, buttons: List[Button], instruction: str = ANSWER_WITH_NUMBER) -> str:
    """The bot text, then one line per button ("1. Saint-Denis (93)"), then how to answer."""
    lines = [text.strip()] if text and text.strip() else []
    lines += [f"{number}. {button.get('title', '')}" for number, button in enumerate(buttons, 1)]
    lines.append(instruction)
    return "\n".join(lines)


def typed_number(text: Optional[str]) -> Optional[int]:
    """The choice number the user typed ("2", " 2. ", "n° 2"), or None if the text is not one."""
    match = _NUMBER.match(text or "")
    return int(match.group(1)) if match else None


def last_turn_buttons(events: Iterable[Dict[str, Any]]) -> List[Button]:
    """The buttons of the last bot message that had some, since the user's last message.

    `events` are the conversation's events as dicts (`tracker.events`, each `.as_dict()`).
    """
    buttons: List[Button] = []
    for event in events:
        if event.get("event") == "user":
            buttons = []
        elif event.get("event") == "bot":
            found = (event.get("data") or {}).get("buttons") or []
            if found:
                buttons = list(found)
    return buttons


def out_of_range(count: int) -> str:
    """What to say when the typed number is not one of the choices (domain.yml)."""
    if count == 1:
        return sentence("utter_repondre_par_un")
    return sentence("utter_repondre_entre_un_et_n", nombre=count)
