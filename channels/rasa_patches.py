"""Seven changes to Rasa 3.6's handling of custom actions and events, installed in the Rasa server's
process by its entry point (`python -m channels run ...`, channels/__main__.py), which first
checks the Rasa version and the signatures replaced here (`check`). Rasa is pinned to 3.6.21;
each change is tested.

0. Timeout. Rasa waits up to 300 s (`DEFAULT_REQUEST_TIMEOUT`, read at call time in
   `rasa.core.actions.action` and `rasa.utils.endpoints`) for the action server; the guard
   sets a timeout below its reply deadline.

1. Speed. `RemoteAction._validate_action_result` calls `jsonschema.validate`, which checks
   the schema itself against the JSON-Schema meta-schema before validating, at every custom
   action call: about 15 ms of CPU per call here, most of the difference between a place
   answer and an FAQ answer (cProfile; docs/benchmarks.md). Here the schema is checked once
   and its validator kept; every reply is still validated against the same schema, and an
   invalid one raises the same ValidationError with Rasa's message.

2. A failed action says so. When a custom action fails (action server down, frozen past
   the timeout, an error), Rasa logs it, drops the action's events and goes on predicting,
   which typically ends in "je n'ai pas compris" (the core fallback): wrong, since the user
   was understood. Here the failure is still logged, and the user gets the technical-problem
   reply once per message, recorded in the conversation, and the assistant listens again.

3. Speed. `Event.resolve_by_type`, called for every event read back from the tracker store,
   walks the whole tree of Event subclasses (with `inspect.isabstract` on each) to find the
   class of a type name: about 20 calls and 4 ms of CPU per message under the profiler
   (docs/benchmarks.md). Here the classes are looked up in a table built by that same walk, in
   the same order, and built again when a name is missing (a class imported later); names that
   are not event types still go to Rasa's own function (its "topic" case, default, error).

4. Speed. Every `DialogueStateTracker` Rasa builds (one per conversation read, then one each time
   a policy replays the conversation, about six per message) copies each slot of the domain with
   `copy.copy`, whose generic protocol (`__reduce_ex__`, `copyreg`) cost about 0.7 ms of CPU per
   message with this domain's 20 slots, against 0.1 ms for a two-slot bot (py-spy under load,
   docs/benchmarks.md). Slots get a `__copy__` doing what that protocol does for them (a new
   object of the same class with the same attribute dictionary, shallow); `check` makes sure no
   slot class defines its own copying, state or `__slots__`.

5. Speed. The policies' states of a conversation are built from one replay of it per message
   instead of one per policy and prediction, and the rule lookup looks back only as far as the
   longest rule (`channels/dialogue_states.py`, which says how; together about 5 ms of a message's
   25 under the profiler, docs/benchmarks.md). The states and the rules found are Rasa's: tests
   compare them at every step of the project's stories and rules.

6. Speed. The server's graph (the NLU pipeline for a message, the policies for each prediction)
   is run node after node in this process instead of through dask's scheduler, whose bookkeeping
   was about 2 ms of a message's 17 ms of CPU (`channels/graph_runner.py`, which says how; py-spy,
   docs/benchmarks.md). The nodes, their inputs and their outputs are Rasa's; tests compare the two
   runners' outputs on the project's trained model.
"""

import inspect
import logging
from typing import Any, Dict, List, Optional, Tuple

import jsonschema
import rasa.core.actions.action
import rasa.core.processor
import rasa.utils.endpoints
from jsonschema.exceptions import best_match
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.slots import Slot
from rasa.shared.utils.common import all_subclasses

from channels import dialogue_states, graph_runner
from core import replies

logger = logging.getLogger(__name__)

_validator = None
_by_event: Optional[Tuple[Any, Dict[str, Any]]] = None


def _action_result_validator():
    global _validator
    if _validator is None:
        schema = RemoteAction.action_response_format_spec()
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        _validator = validator_class(schema)
    return _validator


def _validators_by_event() -> Tuple[Any, Dict[str, Any]]:
    """Rasa's schema cut in two: the reply without its events' details, and one validator per event
    type. An event must match exactly one branch of the schema's `oneOf`, and each branch fixes a
    different `event` constant, so an event is valid exactly when it matches its own type's branch;
    checking that branch alone spares trying the 23 others for every event (3.4 ms of each custom
    action's reply, docs/benchmarks.md)."""
    global _by_event
    if _by_event is None:
        schema = RemoteAction.action_response_format_spec()
        items = schema["properties"]["events"]["items"]
        common = {k: v for k, v in items.items() if k != "oneOf"}
        validator_class = jsonschema.validators.validator_for(schema)
        outer = dict(schema, properties=dict(schema["properties"], events={"type": "array", "items": {"type": "object"}}))
        per_event = {branch["properties"]["event"]["const"]: validator_class({"allOf": [common, branch]})
                     for branch in items["oneOf"]}
        _by_event = (validator_class(outer), per_event)
    return _by_event


def _valid_by_event(result: Any) -> bool:
    outer, per_event = _validators_by_event()
    if not outer.is_valid(result):
        return False
    for event in result.get("events") or []:
        validator = per_event.get(event.get("event")) if isinstance(event.get("event"), str) else None
        if validator is None or not validator.is_valid(event):
            return False
    return True


def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    if _valid_by_event(result):
        return True
    error = best_match(_action_result_validator().iter_errors(result))  # Rasa's whole check, for its message
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from "
        f"the Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def _already_said_this_turn(tracker, text: str) -> bool:
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and event.text == text:
            return True
    return False


_rasa_run_action = MessageProcessor._run_action
_rasa_validate_action_result = RemoteAction._validate_action_result


async def _run_action(self, action, tracker, output_channel, nlg, prediction) -> bool:
    failures: List[Exception] = []
    rasa_run = action.run

    async def watched_run(*args: Any, **kwargs: Any):
        try:
            return await rasa_run(*args, **kwargs)
        except ActionExecutionRejection:
            raise  # a form's normal "not me", handled by Rasa
        except Exception as error:
            failures.append(error)
            raise

    action.run = watched_run
    try:
        go_on = await _rasa_run_action(self, action, tracker, output_channel, nlg, prediction)
    finally:
        action.run = rasa_run
    if not failures:
        return go_on
    logger.error("action %s failed (%s): the technical-problem reply is sent",
                 action.name(), type(failures[0]).__name__)
    if not _already_said_this_turn(tracker, replies.TECHNICAL_PROBLEM):
        apology = BotUttered(replies.TECHNICAL_PROBLEM)
        tracker.update(apology)
        await output_channel.send_response(tracker.sender_id, apology.message())
    tracker.trigger_followup_action(ACTION_LISTEN_NAME)
    return True


_rasa_resolve_by_type = Event.resolve_by_type
_event_types: Dict[str, Any] = {}


def _event_type_table() -> Dict[str, Any]:
    table: Dict[str, Any] = {}
    for cls in all_subclasses(Event):  # Rasa's order: the first class of a name wins, as in Rasa
        table.setdefault(cls.type_name, cls)
    return table


def _resolve_by_type(type_name: str, default: Any = None) -> Any:
    found = _event_types.get(type_name)
    if found is None:
        _event_types.update(_event_type_table())
        found = _event_types.get(type_name)
    return found if found is not None else _rasa_resolve_by_type(type_name, default)


def _copy_slot(self: Slot) -> Slot:
    """What `copy.copy` makes of a slot through `__reduce_ex__`: same class, same attributes."""
    new = object.__new__(type(self))
    new.__dict__.update(self.__dict__)
    return new


def _slot_classes_copied_plainly() -> List[str]:
    """Slot classes whose copy would differ from `_copy_slot` (none in Rasa 3.6.21)."""
    special = ("__copy__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__", "__slots__")
    return [cls.__name__ for cls in [Slot, *all_subclasses(Slot)]
            if any(name in vars(cls) and vars(cls)[name] is not _copy_slot for name in special)]


# The Rasa version these patches were written against, and the signatures they replace.
RASA_VERSION = "3.6.21"
SIGNATURES = {
    "MessageProcessor._run_action": (_rasa_run_action,
                                     ["self", "action", "tracker", "output_channel", "nlg", "prediction"]),
    "RemoteAction._validate_action_result": (_rasa_validate_action_result, ["self", "result"]),
    "Event.resolve_by_type": (_rasa_resolve_by_type, ["type_name", "default"]),
    "Domain.states_for_tracker_history": (dialogue_states._rasa_states_for_tracker_history,
                                          ["self", "tracker", "omit_unset_slots", "ignore_rule_only_turns",
                                           "rule_only_data"]),
    "Domain.get_active_state": (dialogue_states._rasa_get_active_state, ["self", "tracker", "omit_unset_slots"]),
    "DialogueStateTracker.generate_all_prior_trackers": (dialogue_states._rasa_generate_all_prior_trackers, ["self"]),
    "RulePolicy._get_possible_keys": (dialogue_states._rasa_get_possible_keys, ["self", "lookup", "states"]),
    "RulePolicy._is_rule_applicable": (RulePolicy._is_rule_applicable, ["self", "rule_key", "turn_index",
                                                                        "conversation_state"]),
    "DaskGraphRunner.run": (graph_runner._rasa_run, ["self", "inputs", "targets"]),
}


class IncompatibleRasa(RuntimeError):
    """The installed Rasa is not the one the patches were written for."""


def check() -> None:
    """Raises IncompatibleRasa unless Rasa's version and the replaced functions are as expected."""
    import rasa

    problems = []
    if rasa.__version__ != RASA_VERSION:
        problems.append(f"Rasa {rasa.__version__} is installed, the patches are written for {RASA_VERSION}")
    for name, (function, expected) in SIGNATURES.items():
        found = list(inspect.signature(function).parameters)
        if found != expected:
            problems.append(f"{name} takes {found}, the patch expects {expected}")
    for module in (rasa.core.actions.action, rasa.utils.endpoints):
        if not hasattr(module, "DEFAULT_REQUEST_TIMEOUT"):
            problems.append(f"{module.__name__}.DEFAULT_REQUEST_TIMEOUT is gone")
    if not hasattr(rasa.core.processor, "DaskGraphRunner"):
        problems.append("rasa.core.processor no longer loads the model with DaskGraphRunner")
    special_slots = _slot_classes_copied_plainly()
    if special_slots:
        problems.append(f"slot classes with their own copying: {special_slots}")
    if problems:
        raise IncompatibleRasa("; ".join(problems) + " (channels/rasa_patches.py)")


def installed() -> bool:
    return MessageProcessor._run_action is _run_action


def install(action_timeout_s: float) -> None:
    """Checks, then installs the seven changes (idempotent)."""
    if not installed():
        check()
    rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = action_timeout_s
    rasa.utils.endpoints.DEFAULT_REQUEST_TIMEOUT = action_timeout_s
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    MessageProcessor._run_action = _run_action  # type: ignore[method-assign]
    Event.resolve_by_type = staticmethod(_resolve_by_type)  # type: ignore[method-assign]
    Slot.__copy__ = _copy_slot  # type: ignore[attr-defined]
    dialogue_states.install()
    graph_runner.install()
