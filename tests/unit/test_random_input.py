"""Property-based: random text never makes the knowledge base or the place actions
raise, and the actions always say something (hypothesis)."""

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.structures import ActionCoordonnees, ActionRepondreLieu
from core.knowledge_base import knowledge_base
from tests.rendering import rendered

TEXT = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.from_regex(r"(mission locale|ML|j'habite à|dans le) ?[\w\- ']{0,30}", fullmatch=True),
    st.from_regex(r"[0-9]{1,6}", fullmatch=True),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def tracker(text: str, **slots) -> Tracker:
    return Tracker.from_dict({
        "sender_id": "hypothesis", "slots": slots, "events": [], "paused": False,
        "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen",
        "latest_message": {"text": text, "intent": {"name": "chercher_mission_locale", "confidence": 0.9},
                           "entities": []},
    })


def say(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, t, {}))
    return rendered(dispatcher.messages)


@SETTINGS
@given(TEXT)
def test_knowledge_base_find_never_raises(text):
    finding = knowledge_base().find(text)
    assert finding.status in {"found", "ambiguous", "confirm", "not_found"}


@SETTINGS
@given(TEXT)
def test_place_answer_always_says_something(text):
    messages = say(ActionRepondreLieu(), tracker(text, lieu=text))
    assert messages and all(m.get("text") for m in messages)


@SETTINGS
@given(TEXT)
def test_contact_follow_up_always_says_something(text):
    messages = say(ActionCoordonnees(), tracker(text, structure_code=text[:10] or None))
    assert messages and all(m.get("text") for m in messages)
