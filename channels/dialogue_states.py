"""How Rasa's policies read a conversation, made cheaper (change 5 of `rasa_patches`): its states
come from one replay per message, and the rule lookup stops at the longest rule.

Rasa's policies read a conversation as a list of states, one per action, through
`Domain.states_for_tracker_history`. To build them, Rasa replays the whole conversation from its
first event (`DialogueStateTracker.generate_all_prior_trackers`) and reads the state of the tracker
before each action (`Domain.get_active_state`). It does that for every policy and every prediction:
5 times for an FAQ answer here (the rule policy twice, the memoization policy once, then once each
for `action_listen`), more for a custom action; 4.2 ms of a message's 24.8 under the profiler
(`scripts/profile_server.py`, docs/benchmarks.md).

Here a tracker keeps what its replay read (`_Replay`): the state before each action, and the few
attributes that Rasa's loop reads besides. The next call on the same tracker replays only the
events added since, when the events it replayed are still the start of the tracker's applied events
(same objects, in order); otherwise it replays from the start as Rasa does. The applied events
themselves (Rasa's `applied_events`, a walk over all events that undoes the reverted ones) are
worked out again only when an event that undoes others or concerns a loop was added. Rasa's own loop
(`Domain.states_for_tracker_history`) then runs unchanged over the recorded states, each handed out
as a new copy, as `get_active_state` makes a new one each time: the policies and featurizers change
the states they get.

Only what the server predicts with goes through here: `omit_unset_slots=False` (training's
`omit_unset_slots=True` and any other caller go to Rasa's function unchanged).

The rule lookup (`RulePolicy._get_possible_keys`) filters its rules against each state of the
conversation going back in time, to the conversation's first state, although a rule whose states
are all behind is applicable at every earlier turn (`_is_rule_applicable` says so first). Here it
stops after the longest of the rules still possible: the same rules, without checking every rule
against every older state (1.4 ms of a message under the profiler, the floor's rules 0.2).
"""

from itertools import islice
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

_rasa_states_for_tracker_history = Domain.states_for_tracker_history
_rasa_get_active_state = Domain.get_active_state
# Not replaced: its loop is what the replay does once (checked by rasa_patches.check).
_rasa_generate_all_prior_trackers = DialogueStateTracker.generate_all_prior_trackers

_rasa_get_possible_keys = RulePolicy._get_possible_keys

# Where a tracker keeps its replay (an attribute of the tracker object).
REPLAY_ATTRIBUTE = "_ml_replay"


def _copy_state(state: State) -> State:
    """A new state with new sub-states: what `get_active_state` returns each time (the values in a
    sub-state are strings, numbers and tuples)."""
    return {kind: dict(sub_state) for kind, sub_state in state.items()}


class _Moment:
    """What Rasa's loop reads of a tracker at one point of the replay: its state (read through
    `Domain.get_active_state`, below) and four attributes."""

    __slots__ = ("state", "followup_action", "latest_action_name", "active_loop_name", "_latest_action")

    def __init__(self, tracker: DialogueStateTracker, domain: Domain) -> None:
        self.state = _rasa_get_active_state(domain, tracker)
        self.followup_action = tracker.followup_action
        self.latest_action_name = tracker.latest_action_name
        self.active_loop_name = tracker.active_loop_name
        self._latest_action = tracker.latest_action

    @property
    def latest_action(self) -> Optional[Dict[str, Any]]:
        return dict(self._latest_action) if self._latest_action is not None else None


# Events after which `DialogueStateTracker.applied_events` is not the previous list plus the new events.
_UNDOING = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop)


class _AppliedEvents:
    """A tracker's applied events (Rasa's `applied_events`), worked out again only when an event
    that undoes others, or that concerns a loop, was added since the last time; otherwise the
    previous list plus the new events, as Rasa's loop would give."""

    def __init__(self) -> None:
        self._count = 0
        self._last: Optional[Event] = None
        self._applied: List[Event] = []
        self._loop_names: Set[str] = set()

    def of(self, tracker: DialogueStateTracker) -> List[Event]:
        events = tracker.events
        if self._count and len(events) >= self._count and events[self._count - 1] is self._last:
            added = list(islice(events, self._count, None))
            if not any(isinstance(event, _UNDOING)
                       or (isinstance(event, ActionExecuted) and event.action_name in self._loop_names)
                       for event in added):
                return self._remember(events, self._applied + added)
        self._loop_names = {event.name for event in events if isinstance(event, ActiveLoop) and event.name}
        return self._remember(events, tracker.applied_events())

    def _remember(self, events: Any, applied: List[Event]) -> List[Event]:
        self._count, self._last, self._applied = len(events), (events[-1] if events else None), applied
        return applied


class _Replay:
    """A tracker's conversation replayed so far: the events replayed, the tracker after them, and
    the moment before each `ActionExecuted` with its `hide_rule_turn`."""

    def __init__(self, tracker: DialogueStateTracker, domain: Domain, applied: _AppliedEvents) -> None:
        self.domain = domain
        self.applied = applied
        self.events: List[Event] = []
        self.tracker = tracker.init_copy()
        self.moments: List[Tuple[_Moment, bool]] = []

    def __deepcopy__(self, memo: Dict[int, Any]) -> None:
        return None  # a tracker deep-copied replays for itself

    def continues(self, applied: List[Event], domain: Domain) -> bool:
        return (domain is self.domain and len(applied) >= len(self.events)
                and all(seen is event for seen, event in zip(self.events, applied)))

    def extend(self, applied: List[Event]) -> None:
        for event in applied[len(self.events):]:
            if isinstance(event, ActionExecuted):
                self.moments.append((_Moment(self.tracker, self.domain), event.hide_rule_turn))
            self.tracker.update(event)
            self.events.append(event)

    def prior_moments(self) -> Iterator[Tuple[_Moment, bool]]:
        """What `generate_all_prior_trackers` yields, as moments."""
        yield from self.moments
        yield _Moment(self.tracker, self.domain), False


def _replay_of(tracker: DialogueStateTracker, domain: Domain) -> _Replay:
    replay = tracker.__dict__.get(REPLAY_ATTRIBUTE)
    known = replay.applied if isinstance(replay, _Replay) else _AppliedEvents()
    applied = known.of(tracker)
    if not isinstance(replay, _Replay) or not replay.continues(applied, domain):
        replay = _Replay(tracker, domain, known)
        tracker.__dict__[REPLAY_ATTRIBUTE] = replay
    replay.extend(applied)
    return replay


class _ReplayedHistory:
    """Stands for the tracker in Rasa's loop: its prior trackers are the replay's moments."""

    def __init__(self, replay: _Replay) -> None:
        self._replay = replay

    def generate_all_prior_trackers(self) -> Iterator[Tuple[_Moment, bool]]:
        return self._replay.prior_moments()


def states_for_tracker_history(self: Domain, tracker: DialogueStateTracker, omit_unset_slots: bool = False,
                               ignore_rule_only_turns: bool = False,
                               rule_only_data: Optional[Dict[str, Any]] = None) -> List[State]:
    """Rasa's `Domain.states_for_tracker_history`, over the tracker's replay."""
    if omit_unset_slots or type(tracker) is not DialogueStateTracker:
        return _rasa_states_for_tracker_history(self, tracker, omit_unset_slots, ignore_rule_only_turns,
                                                rule_only_data)
    history = _ReplayedHistory(_replay_of(tracker, self))
    return _rasa_states_for_tracker_history(self, history, False, ignore_rule_only_turns,  # type: ignore[arg-type]
                                            rule_only_data)


def get_active_state(self: Domain, tracker: Any, omit_unset_slots: bool = False) -> State:
    """Rasa's `Domain.get_active_state`; for a moment of a replay, a copy of the state recorded."""
    if isinstance(tracker, _Moment):
        return _copy_state(tracker.state)
    return _rasa_get_active_state(self, tracker, omit_unset_slots)


def get_possible_keys(self: RulePolicy, lookup: Dict[str, str], states: List[State]) -> Set[str]:
    """Rasa's `RulePolicy._get_possible_keys`, looking back only as far as the longest rule."""
    possible = set(lookup.keys())
    turns_back = max((len(self._rule_key_to_state(key)) for key in possible), default=0)
    for turn, state in enumerate(islice(reversed(states), turns_back)):
        possible = {key for key in possible if self._is_rule_applicable(key, turn, state)}
    return possible


def installed() -> bool:
    return Domain.states_for_tracker_history is states_for_tracker_history


def install() -> None:
    Domain.states_for_tracker_history = states_for_tracker_history  # type: ignore[method-assign]
    Domain.get_active_state = get_active_state  # type: ignore[method-assign]
    RulePolicy._get_possible_keys = get_possible_keys  # type: ignore[method-assign]
