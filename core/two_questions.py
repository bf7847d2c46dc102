"""Two questions in one message ("c'est quoi le CEJ ? et comment je m'inscris"): which one
to answer and which one to offer as a button. Plain Python, no Rasa import.

A message is split into the questions it asks: at question marks, and at "et" / "ou" /
"aussi" followed by a question word. When at least two parts each get a clear FAQ topic of
their own (the same rule as a whole message, `faq_choice.decide`) and the topics differ, the
main question is the one whose topic the whole message leans to; the other is offered.
"""

import re
from typing import Dict, List, NamedTuple, Optional

from core.faq_choice import decide
from core.text import plain_words

# A part must be a question of its own, not a greeting or a filler ("ok ?", "svp ?").
MIN_PART_WORDS = 3
# A part counts only when the model reads it as an FAQ question at all (share of the FAQ
# topics among every label, chosen by hand, not calibrated).
MIN_PART_FAQ_SHARE = 0.5
# The entity naming the topic of a message's second question: set by the FAQ selector
# (nlu_components/faq_selector.py), read by action_proposer_autre_sujet (actions/actions.py).
OTHER_TOPIC_ENTITY = "autre_sujet"
# Only the first questions of a long message are read (a pasted text is not a list of questions).
MAX_PARTS = 4

_QUESTION_WORDS = (
    r"comment|combien|pourquoi|quand|qui|quoi|quel|quelle|quels|quelles|ou|est ce|c est quoi|"
    r"c est qui|c est combien|je peux|on peut|peut on|faut il|il faut|y a t il|ya t il|y a"
)
_SPLIT_AT_CONJUNCTION = re.compile(rf"\b(?:et|ou|aussi|puis)\s+(?:aussi\s+)?(?=(?:{_QUESTION_WORDS})\b)")


def question_parts(text: str) -> List[str]:
    """The questions a message asks, in order (plain words); one part when it asks one."""
    parts: List[str] = []
    for sentence in re.split(r"[?!.;\n]+", text or ""):
        for piece in _SPLIT_AT_CONJUNCTION.split(plain_words(sentence)):
            if len(piece.split()) >= MIN_PART_WORDS:
                parts.append(piece.strip())
                if len(parts) == MAX_PARTS:
                    return parts
    return parts


class TwoQuestions(NamedTuple):
    main_part: int  # index of the part answered
    other_topic: str  # topic key offered as a button


def _ranking(probabilities: Dict[str, float]) -> List[Dict[str, object]]:
    ordered = sorted(probabilities.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"intent_response_key": key, "confidence": p} for key, p in ordered]


def choose(whole: Dict[str, float], parts: List[Dict[str, float]], faq_shares: List[float]
           ) -> Optional[TwoQuestions]:
    """`whole`: the message's FAQ topic probabilities (`faq/<topic>` keys); `parts`: each
    part's, with `faq_shares` the share of FAQ labels in each part. None unless two parts
    have clear, different topics."""
    answered: List[tuple] = []  # (part index, topic key)
    for index, (probabilities, share) in enumerate(zip(parts, faq_shares)):
        if share < MIN_PART_FAQ_SHARE or not probabilities:
            continue
        topic = decide(_ranking(probabilities)).answer
        if topic is not None and topic not in [t for _, t in answered]:
            answered.append((index, topic))
    if len(answered) < 2:
        return None
    main_index, main_topic = max(answered, key=lambda a: whole.get(f"faq/{a[1]}", 0.0))
    other = next(topic for _, topic in answered if topic != main_topic)
    return TwoQuestions(main_index, other)
