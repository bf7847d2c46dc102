"""channels/dialogue_states.py (change 5 of rasa_patches): the states the policies get from one
replay per message are exactly Rasa's, at every step of every story and rule of the project (as the
server sees a conversation grow, event by event), for the rule policy's call and the memoization
policy's, after the policies changed the states they got, and after events that undo others."""

import copy

import pytest
from rasa.shared.core.constants import RULE_ONLY_LOOPS, RULE_ONLY_SLOTS, USER
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.importers.importer import TrainingDataImporter

from channels import dialogue_states, rasa_patches
from channels.guard import ACTION_TIMEOUT_S
from core.project_files import ROOT

rasa_patches.install(action_timeout_s=ACTION_TIMEOUT_S)


@pytest.fixture(scope="module")
def project():
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")])
    domain = importer.get_domain()
    trackers = TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0).generate()
    return domain, trackers


def _rule_only_data(domain: Domain) -> dict:
    """Half the slots and every form, as if they appeared in rules only."""
    return {RULE_ONLY_SLOTS: [slot.name for slot in domain.slots][::2], RULE_ONLY_LOOPS: list(domain.form_names)}


def _rasas(domain: Domain, tracker: DialogueStateTracker, **kwargs) -> list:
    return dialogue_states._rasa_states_for_tracker_history(domain, tracker, **kwargs)


def _assert_same_states(domain: Domain, tracker: DialogueStateTracker) -> None:
    for kwargs in ({}, {"ignore_rule_only_turns": True, "rule_only_data": _rule_only_data(domain)}):
        ours = tracker.past_states(domain, **kwargs)
        assert ours == _rasas(domain, tracker, **kwargs)
        for state in ours:  # what the featurizers do to the states they get
            state.get(USER, {}).pop("text", None)
            state.pop("slots", None)
        assert tracker.past_states(domain, **kwargs) == _rasas(domain, tracker, **kwargs)
    replay = tracker.__dict__[dialogue_states.REPLAY_ATTRIBUTE]
    assert replay.applied.of(tracker) == tracker.applied_events()


def test_installed():
    assert dialogue_states.installed()
    assert Domain.get_active_state is dialogue_states.get_active_state


def test_same_states_as_rasa_at_every_step_of_every_story_and_rule(project):
    domain, trackers = project
    assert len(trackers) >= 25
    steps = 0
    for training_tracker in trackers:
        tracker = DialogueStateTracker(training_tracker.sender_id, domain.slots)
        for event in training_tracker.events:
            tracker.update(event)
            if isinstance(event, (ActionExecuted, UserUttered, SlotSet)):
                _assert_same_states(domain, tracker)
                steps += 1
        assert isinstance(tracker.__dict__.get(dialogue_states.REPLAY_ATTRIBUTE), dialogue_states._Replay)
    assert steps >= 200


@pytest.mark.parametrize("undo", [UserUtteranceReverted(), ActionReverted(), Restarted(), SessionStarted()],
                         ids=lambda event: type(event).__name__)
def test_same_states_after_events_that_undo_others(project, undo):
    domain, trackers = project
    longest = max(trackers, key=lambda t: len(t.events))
    tracker = DialogueStateTracker("undo", domain.slots)
    for event in longest.events:
        tracker.update(event)
    _assert_same_states(domain, tracker)
    tracker.update(undo)  # then as many events as before or more: the replay must not just go on
    for event in longest.events:
        tracker.update(event)
    _assert_same_states(domain, tracker)
    tracker.update(undo)
    _assert_same_states(domain, tracker)


def test_a_copied_tracker_replays_for_itself(project):
    domain, trackers = project
    tracker = DialogueStateTracker("copie", domain.slots)
    for event in max(trackers, key=lambda t: len(t.events)).events:
        tracker.update(event)
    tracker.past_states(domain)
    duplicate = copy.deepcopy(tracker)
    assert duplicate.__dict__.get(dialogue_states.REPLAY_ATTRIBUTE) is None
    duplicate.update(ActionExecuted("action_listen"))
    assert duplicate.past_states(domain) == _rasas(domain, duplicate)
    assert tracker.past_states(domain) == _rasas(domain, tracker)


def test_training_and_other_trackers_go_to_rasa(project):
    """omit_unset_slots (training) and tracker subclasses (the training trackers) are not replayed here."""
    domain, trackers = project
    training_tracker = trackers[0]
    assert type(training_tracker) is not DialogueStateTracker
    assert training_tracker.past_states(domain) == _rasas(domain, training_tracker)
    assert dialogue_states.REPLAY_ATTRIBUTE not in training_tracker.__dict__
    tracker = DialogueStateTracker.from_events("omit", list(training_tracker.events), domain.slots)
    assert tracker.past_states(domain, omit_unset_slots=True) == _rasas(domain, tracker, omit_unset_slots=True)
    assert dialogue_states.REPLAY_ATTRIBUTE not in tracker.__dict__


@pytest.fixture(scope="module")
def rule_policy(project, tmp_path_factory):
    """The project's RulePolicy, trained on its stories and rules as `rasa train` does."""
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    domain, trackers = project
    policy = RulePolicy.create({**RulePolicy.get_default_config(), "core_fallback_threshold": 0.3,
                                "enable_fallback_prediction": True},
                               LocalModelStorage(tmp_path_factory.mktemp("rules")), Resource("rules"),
                               ExecutionContext(GraphSchema({}), "test"))
    policy.train(trackers, domain)
    return policy


def test_the_rule_lookup_finds_rasas_rules_at_every_step(project, rule_policy):
    """Every step of every story and rule, and of conversations made of several stories in a row
    (longer than any rule): the same rules as Rasa's lookup, which goes back to the first state."""
    from rasa.core.policies.rule_policy import RULES

    domain, trackers = project
    lookup = rule_policy.lookup[RULES]
    longest_rule = max(len(rule_policy._rule_key_to_state(key)) for key in lookup)
    assert len(lookup) >= 20
    conversations = [list(t.events) for t in trackers]
    conversations += [[e for t in trackers[start::7] for e in t.events] for start in range(7)]
    found, longer = 0, 0
    for events in conversations:
        tracker = DialogueStateTracker("règles", domain.slots)
        for event in events:
            tracker.update(event)
            if not isinstance(event, (ActionExecuted, UserUttered)):
                continue
            states = rule_policy._prediction_states(tracker, domain, rule_only_data=rule_policy._get_rule_only_data())
            ours = rule_policy._get_possible_keys(lookup, states)
            assert ours == dialogue_states._rasa_get_possible_keys(rule_policy, lookup, states)
            found += bool(ours)
            longer += len(states) > longest_rule
    assert found >= 100 and longer >= 100


def test_a_rule_is_applicable_once_its_states_are_behind(rule_policy):
    """What the shorter lookup relies on, in Rasa's own check."""
    from rasa.core.policies.rule_policy import RULES

    for key in rule_policy.lookup[RULES]:
        length = len(rule_policy._rule_key_to_state(key))
        assert rule_policy._is_rule_applicable(key, length, {})
        assert rule_policy._is_rule_applicable(key, length + 3, {"prev_action": {"action_name": "x"}})


def test_the_rule_lookup_checks_a_rules_first_state(rule_policy):
    """A rule that starts the conversation (its first state has no previous action) does not apply
    in the middle of one: the lookup must check the rule's oldest state too."""
    import json

    asked = {"user": {"intent": "faq"}, "prev_action": {"action_name": "action_listen"}}
    key = json.dumps([{}, asked], sort_keys=True)
    middle = [{"prev_action": {"action_name": "utter_greet"}}, asked]
    start = [{}, asked]
    for states, expected in ((middle, set()), (start, {key}), (middle[1:], {key})):
        assert dialogue_states._rasa_get_possible_keys(rule_policy, {key: "utter_x"}, states) == expected
        assert rule_policy._get_possible_keys({key: "utter_x"}, states) == expected
