"""Text normalisation shared by the rule components and the knowledge base."""

import re
import unicodedata


def lower_without_accents(text: str) -> str:
    """Lower case, accents removed (users often write `ou` for `où`)."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def plain_words(text: str) -> str:
    """Lower case, no accents, every run of punctuation or spaces turned into one space."""
    return re.sub(r"[^a-z0-9]+", " ", lower_without_accents(text)).strip()
