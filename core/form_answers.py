"""Short answers to the place form's questions: yes, no, and "stop asking". Plain Python.

While the assistant asks "Dans quelle commune habitez-vous ?", a cancel phrase ("laisse tomber",
"annule", "c'est pas grave", "non merci") ends the search instead of being read as a commune.
After "Vous parlez de la commune de … ?", "oui" takes the commune offered and "non" asks again.
On SMS (Twilio), "STOP" is the platform's opt-out: Twilio handles it before the message reaches
the assistant, and nothing here unsubscribes anyone; on the other channels "stop" ends the search.
"""

import re

from core.text import plain_words

# A short message (a few words, no digits) holding one of these is a wish to stop, not a place.
_CANCEL = re.compile(
    r"\b(?:laisse(?:z)?(?: tomber| beton)?|lache(?:z)? l affaire|annul\w*|oubli\w*|pas grave|tant pis|"
    r"plus tard|une autre fois|on verra|pas maintenant|pas pour l instant|arret\w*|stop|osef|pas envie|"
    r"prefere (?:ne )?pas|veux (?:pas|plus)|non merci|nan merci|merci|c est bon|ca ira|pas besoin|"
    r"rien|bof|abandon\w*|passe(?:z)? ton chemin|je passe)\b"
)
MAX_CANCEL_WORDS = 7
_YES = re.compile(r"^(?:oui|ouais|ouai|yes|yep|exact|exactement|c est ca|c est bien ca|tout a fait|voila|"
                  r"oui c est ca|oui c est bien ca|oui exactement|oui voila|affirmatif|d accord|ok)(?:\s+(?:merci|svp|stp|c est ca))*$")
_NO = re.compile(r"^(?:non|nan|no|nope|pas du tout|non pas du tout|non c est pas ca|non ce n est pas ca|"
                 r"c est pas ca|ce n est pas ca|pas celle la|non pas celle la|aucune des deux|une autre)$")


def is_cancel(text: str) -> bool:
    """"laisse tomber", "annule", "c'est pas grave", "non merci", "stop"...: a short message without
    digits holding a wish to stop."""
    words = plain_words(text)
    return (bool(words) and len(words.split()) <= MAX_CANCEL_WORDS and not re.search(r"\d", words)
            and bool(_CANCEL.search(words)))


def is_yes(text: str) -> bool:
    return bool(_YES.match(plain_words(text)))


def is_no(text: str) -> bool:
    """A plain "no" (not "non merci", which cancels)."""
    return bool(_NO.match(plain_words(text)))
