"""Distress detection by patterns: plain Python, no Rasa import.

The NLU model has an `urgence` intent trained on varied examples; these
patterns are a safety net on top of it, so that a message that clearly
speaks of suicide, violence, danger, harassment or having no roof tonight
always gets the emergency numbers, whatever the classifier says. The
patterns run on lower-cased text without accents; they aim at phrases, not
single words that have innocent uses ("tuer le temps").
"""

import re

from nlu_components.text import plain_words

_PATTERNS = [
    # suicide and self-harm, said directly or indirectly
    r"suicid",
    r"\b(me|m) (tuer|buter|pendre|foutre en l ?air|ouvrir les veines)",
    r"\ben finir\b",
    r"\b(envie|envi|besoin) de (mourir|crever|disparaitre)",
    r"(veux|veut|veu|voudrais|\bvx) (mourir|crever|disparaitre)",
    r"\bj ?en peux plus de (vivre|tout)",
    r"\b(plus|pu|pas) envie de vivre",
    r"\bidees? noires?",
    r"\bscarifi|\bme scarifie|\bme mutile|\bme faire du mal\b",
    r"\ba quoi bon (vivre|continuer)",
    r"\bsi je (disparaissais|disparais|mourais|meurs|etais plus la|n etais plus la)\b",
    r"\b(que|veux que) tout s arrete\b",
    # no roof tonight
    r"\bdor(s|t|mir) (dehors|dans la rue|a la rue|dans ma voiture|dans une voiture)",
    r"\b(suis|sui|chui|je me retrouve|me retrouve|etre) (a la rue|sans abri|sdf|dehors ce soir)",
    r"\bnulle? part (ou|pour) dormir",
    r"\b(mis|mise|jete|jetee|vire|viree) (a la porte|dehors)",
    r"\bsans (logement|toit|abri) ce soir",
    r"\bpas de (toit|logement) ce soir",
    r"\bpas ou dormir",
    # violence, sexual violence, danger
    r"\b(me|m) (frappe|frappent|bat|battent|tape|tapent|viole|violent|menace|menacent|agresse)",
    r"\bviol(e|ee|ences?)? (sexuel|conjugal|familial|a la maison)",
    r"\bviolences? (conjugales?|familiales?|sexuelles?)",
    r"\b(j ai ete|jai ete|on m a|on ma|il m a|il ma) (viole|violee|agresse|agressee|frappe|frappee)",
    r"\bje suis en danger\b|\bsuis en danger\b|\ben danger de mort",
    r"\bpeur pour ma vie\b",
    # harassment, including online
    r"\bharcel",
    r"\bcyber ?harc",
]
_REGEX = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))


def normalise(text: str) -> str:
    """Plain words, padded with spaces so that patterns can anchor on word edges."""
    return f" {plain_words(text)} "


def speaks_of_distress(text: str) -> bool:
    """True when the message matches one of the distress patterns."""
    return bool(_REGEX.search(normalise(text)))
