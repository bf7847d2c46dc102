"""Short answers to the place form's questions: yes, no, and "stop asking". Plain Python.

While the assistant asks "Dans quelle commune habitez-vous ?", a cancel phrase ("laisse tomber",
"annule", "c'est pas grave", "non merci") ends the search instead of being read as a commune.
After "Vous parlez de la commune de … ?", "oui" takes the commune offered and "non" asks again.
"STOP" is not a cancel phrase here: on SMS it is the platform's opt-out, handled before the
message reaches the assistant.
"""

import re

from core.text import plain_words

_CANCEL = re.compile(
    r"^(?:(?:bon|ok|bah|ben|euh|non|en fait|finalement|alors)\s+)*(?:"
    r"laisse(?:z)? tomber|lache(?:z)? l affaire|annule(?:r|z)?(?: (?:la|ma) recherche| tout)?|on annule|"
    r"(?:c est|c|ce n est|cest) pas grave|oublie(?:z)?(?: ca)?|tant pis|pas maintenant|plus tard|une autre fois|"
    r"arrete(?:z|r)?(?: la recherche| de chercher)?|j arrete|je (?:ne )?(?:veux|souhaite) (?:pas|plus)(?: repondre| continuer| le dire)?|"
    r"(?:non )?merci(?: c est bon| ca ira| ca va)?|non merci|c est bon|ca ira|rien|aucune|je prefere pas|"
    r"je prefere ne pas (?:le )?dire|pas envie|j ai pas envie|nan merci|non c est bon"
    r")(?:\s+(?:merci|svp|stp|alors|finalement|du coup|c est bon|pour l instant|pour le moment))*$"
)
_YES = re.compile(r"^(?:oui|ouais|ouai|yes|yep|exact|exactement|c est ca|c est bien ca|tout a fait|voila|"
                  r"oui c est ca|oui c est bien ca|oui exactement|oui voila|affirmatif|d accord|ok)(?:\s+(?:merci|svp|stp|c est ca))*$")
_NO = re.compile(r"^(?:non|nan|no|nope|pas du tout|non pas du tout|non c est pas ca|non ce n est pas ca|"
                 r"c est pas ca|ce n est pas ca|pas celle la|non pas celle la|aucune des deux|une autre)$")


def is_cancel(text: str) -> bool:
    """"laisse tomber", "annule", "c'est pas grave", "non merci"... (not "stop": see the module doc)."""
    return bool(_CANCEL.match(plain_words(text)))


def is_yes(text: str) -> bool:
    return bool(_YES.match(plain_words(text)))


def is_no(text: str) -> bool:
    """A plain "no" (not "non merci", which cancels)."""
    return bool(_NO.match(plain_words(text)))
