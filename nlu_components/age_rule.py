"""Age routing: plain Python, no Rasa import.

Questions about who can go to a mission locale differ mainly by the age the
user states ("j'ai 27 ans, je peux venir ?"). Statistical models read "27"
as a token like any other; this rule reads the number. It only re-routes
between the age topics, and only when the response selector already chose
one of them.
"""

import re
from typing import Optional

from core.text import plain_words

AGE_TOPICS = {"public_age", "age_plus_26", "age_moins_16", "obligation_formation"}
_AGE = re.compile(r"\b(\d{1,2}) ?ans\b")
_UNDER = re.compile(r"\b(moins de|pas encore|avant|sous les|en dessous de) (\d{1,2}) ?ans\b")
_OVER = re.compile(r"\b(plus de|au dessus de|apres|passe les|depasse les) (\d{1,2}) ?ans\b")
_TOO_OLD = re.compile(r"\btrop (vieux|vieille|age|agee)\b|\b(depasse|passe) l ?age\b|\bplus l ?age\b")
_TOO_YOUNG = re.compile(r"\btrop (jeune|petit|petite)\b")


def route_age_topic(text: str, predicted: str) -> Optional[str]:
    """The age topic the message's stated age calls for, or None to keep `predicted`."""
    if predicted not in AGE_TOPICS:
        return None
    plain = plain_words(text)
    ages = [int(a) for a in _AGE.findall(plain)]
    under, over = _UNDER.search(plain), _OVER.search(plain)
    if under:
        ages = [int(under.group(2)) - 1]
    elif over:
        ages = [int(over.group(2)) + 1]
    if ages:
        age = ages[0]
        if age < 16:
            return "age_moins_16"
        if age >= 26:
            return "age_plus_26"
        if predicted == "obligation_formation" and age <= 18:
            return None
        return "public_age"
    if _TOO_OLD.search(plain):
        return "age_plus_26"
    if _TOO_YOUNG.search(plain):
        return "age_moins_16"
    return None
