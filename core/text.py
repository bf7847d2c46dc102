"""Text normalisation shared by the rule components and the knowledge base."""

import re
import unicodedata

# (and the Turkish dotless "ı", which has no decomposition: "dövüyor yaşındayım", dev d48)
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ı": "i"})


def without_accents(text: str) -> str:
    """Accents removed and ligatures spelled out ("Vandœuvre": "Vandoeuvre"), case kept."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c))


def lower_without_accents(text: str) -> str:
    """Lower case, accents removed (users often write `ou` for `où`)."""
    return without_accents(text).lower()


def plain_words(text: str) -> str:
    """Lower case, no accents, every run of punctuation or spaces turned into one space."""
    return re.sub(r"[^a-z0-9]+", " ", lower_without_accents(text)).strip()


def of_place(name: str) -> str:
    """"de" before a place's name as French writes it: "de Tours (37)", "d'Orange (84)", "du Mans (72)", "des Ulis (91)"
    (an initial "h" keeps "de", right where it is aspirated, "de Hazebrouck", not where it is mute, "de Hyères": telling
    them apart would need a list of names)."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if re.match(r"[aeiouy]", lower_without_accents(name[:1])):
        return "d'" + name
    return "de " + name
