"""Decides, from the response selector's ranking, whether to answer an FAQ
or to ask the user which topic they mean. Plain Python, no Rasa import.

FallbackClassifier only sees the intent confidence; with every FAQ under the
single retrieval intent `faq`, an uncertain choice between two FAQ answers
would go unnoticed. This module reads the selector's own ranking instead.
"""

from typing import Any, Dict, List, NamedTuple, Optional

from core.replies import sentence

# Chosen by hand, not calibrated: a clear winner above 0.5 and 0.15 ahead of the next.
MIN_CONFIDENCE = 0.5
MIN_MARGIN = 0.15
MAX_CHOICES = 3
# A topic is offered in a menu only when it is plausible; below this, the user gets
# "not understood" and general topics instead of a menu of unrelated answers
# (chosen by hand, not calibrated).
MIN_CANDIDATE_CONFIDENCE = 0.2

# What the clarification says (`action_clarifier`, responses of domain.yml): a menu of the likely
# topics, or, when none is likely, "not understood" with general topics; both end with OTHER_BUTTON.
# The staff report (staff/report.py) reads conversations by these texts.
CLARIFY_TOPICS_RESPONSE = "utter_clarifier_sujets"
CLARIFY_GENERIC_RESPONSE = "utter_clarifier_general"
CLARIFY_TOPICS_TEXT = sentence(CLARIFY_TOPICS_RESPONSE)
CLARIFY_GENERIC_TEXT = sentence(CLARIFY_GENERIC_RESPONSE)
GENERIC_TOPICS = ["ml_definition", "cej", "rencontrer_conseiller"]
OTHER_BUTTON = {"title": sentence("utter_detail_bouton_autre_chose"), "payload": "aide"}


class FaqDecision(NamedTuple):
    answer: Optional[str]  # topic key to answer, or None to ask
    candidates: List[str]  # topic keys to offer when asking


def _key(entry: Dict[str, Any]) -> Optional[str]:
    name = entry.get("intent_response_key") or ""
    return name.split("/", 1)[1] if "/" in name else None


def ranking_of(parse_data: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The `faq` selector's ranking in a Rasa parse result, best first."""
    selector = (parse_data or {}).get("response_selector") or {}
    faq = selector.get("faq") or selector.get("default") or {}
    return list(faq.get("ranking") or [])


def decide(ranking: List[Dict[str, Any]], known: Optional[set] = None) -> FaqDecision:
    """Answer when the top topic is confident and clearly ahead, else ask."""
    entries = [(e, _key(e)) for e in ranking]
    entries = [(e, k) for e, k in entries if k and (known is None or k in known)]
    if not entries:
        return FaqDecision(None, [])
    top, top_key = entries[0]
    top_conf = float(top.get("confidence") or 0.0)
    second_conf = float(entries[1][0].get("confidence") or 0.0) if len(entries) > 1 else 0.0
    if top_conf >= MIN_CONFIDENCE and top_conf - second_conf >= MIN_MARGIN:
        return FaqDecision(top_key, [])
    candidates = [
        k for e, k in entries[:MAX_CHOICES]
        if float(e.get("confidence") or 0.0) >= MIN_CANDIDATE_CONFIDENCE
    ]
    return FaqDecision(None, candidates)
