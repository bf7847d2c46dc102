"""The answers of the call-back form ("je veux être rappelé"), read and checked: an age, a first
name, a French phone number or an e-mail address, an optional message. Plain Python, no Rasa.

Each reader returns the value to keep, or None when the answer cannot be that field (the form
then says what it expects and asks again).
"""

import re
from typing import Optional

from core.text import plain_words

MIN_AGE_ALONE = 15  # the French age of digital consent: younger people ask a parent
MAX_AGE = 99
MAX_FIRST_NAME_CHARS = 40
MAX_MESSAGE_CHARS = 300
MAX_ATTEMPTS = 3  # wrong answers to one question before the form stops
# "no message": what a user types to skip the optional message
_SKIP = {"non", "non merci", "rien", "aucun", "pas de message", "passer", "je passe", "non rien", "nan", "no",
         "c est tout", "ca ira", "pas besoin", "sans message", "skip"}

_AGE = re.compile(r"^\D{0,20}?(\d{1,2})\s*(?:ans?)?\b\D{0,20}$")
_AGE_WORDS = {"quatorze": 14, "treize": 13, "douze": 12, "onze": 11, "dix": 10, "quinze": 15, "seize": 16,
              "dix sept": 17, "dix huit": 18, "dix neuf": 19, "vingt": 20}
_FIRST_NAME = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}$")
# French numbers: 0 then 9 digits (mobile 06/07, landline 01-05, 09), or +33 / 0033 then 9 digits
_PHONE = re.compile(r"^(?:\+33|0033|0)([1-9]\d{8})$")


def read_age(text: str) -> Optional[int]:
    """"17", "j'ai 17 ans", "17ans", "dix-sept ans" -> 17; None when no single age is given."""
    words = plain_words(text)
    for word, value in sorted(_AGE_WORDS.items(), key=lambda item: -len(item[0])):
        if re.search(rf"\b{word}\b", words):
            return value
    match = _AGE.match(words)
    if not match:
        return None
    age = int(match.group(1))
    return age if 1 <= age <= MAX_AGE else None


def read_first_name(text: str) -> Optional[str]:
    """A first name: letters (accents welcome), up to four parts joined by a space, a hyphen or an
    apostrophe; "je m'appelle Inès" -> "Inès". None for digits, symbols or a long sentence."""
    value = re.sub(r"^\s*(?:je m'?appelle|moi c'?est|c'?est|mon pr[ée]nom (?:c'?est|est))\s+", "",
                   (text or "").strip(), flags=re.IGNORECASE).strip(" .!")
    if not value or len(value) > MAX_FIRST_NAME_CHARS or not _FIRST_NAME.match(value):
        return None
    return " ".join(part[:1].upper() + part[1:] for part in value.split(" "))


def read_phone(text: str) -> Optional[str]:
    """A French phone number, returned as "06 12 34 56 78" ("+33 6 12 34 56 78" and "0612345678"
    alike); None otherwise."""
    compact = re.sub(r"[\s.()-]", "", text or "")
    match = _PHONE.match(compact)
    if not match:
        return None
    digits = "0" + match.group(1)
    return " ".join(digits[i:i + 2] for i in range(0, 10, 2))


def read_email(text: str) -> Optional[str]:
    value = (text or "").strip().strip("<>").strip()
    return value.lower() if len(value) <= 120 and _EMAIL.match(value) else None


def read_contact(text: str) -> Optional[str]:
    """A phone number or an e-mail address, as kept."""
    return read_phone(text) or read_email(text)


def read_message(text: str) -> Optional[str]:
    """The optional message: "" when the user skips it, the text (cut to MAX_MESSAGE_CHARS)
    otherwise; None when it is empty."""
    stripped = (text or "").strip()
    if not stripped:
        return None
    if plain_words(stripped) in _SKIP:
        return ""
    return stripped[:MAX_MESSAGE_CHARS]
