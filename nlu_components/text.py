"""Text normalisation shared by the rule components and the knowledge base."""

import re
import unicodedata


def plain_words(text: str) -> str:
    """Lower case, no accents, every run of punctuation or spaces turned into one space."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()
