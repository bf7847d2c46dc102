"""channels/rasa_patches.py: checked and installed explicitly, as the server's entry point does;
the cached validation of custom-action replies accepts and refuses exactly what Rasa's own
`jsonschema.validate` call does; a failed action gives the technical reply once. (The same
on the real servers: tests/reliability.)"""

import asyncio

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.processor import MessageProcessor
from rasa.shared.core.trackers import DialogueStateTracker

from channels import rasa_patches
from channels.guard import ACTION_TIMEOUT_S
from core import replies

rasa_patches.install(action_timeout_s=ACTION_TIMEOUT_S)

VALID = [
    {"events": [], "responses": []},
    {"events": [{"event": "bot", "text": "Bonjour", "data": {}}, {"event": "followup", "name": "action_listen"},
                {"event": "active_loop", "name": None}, {"event": "slot", "name": "lieu", "value": None,
                                                          "timestamp": None}],
     "responses": [{"response": "utter_lieu_couvert", "lignes": "…", "buttons": []}]},
    {"events": [{"event": "slot", "name": "lieu_trouve", "value": True}],
     "responses": [{"text": "Pour Quimper (29), voici la mission locale"}]},
    {},
]
INVALID = [
    {"events": "pas une liste"},
    {"responses": ["pas un objet"]},
    {"events": [{"event": "slot"}]},  # a slot event without its name
    [],
    {"events": [{"event": "nouveau"}]},  # no such event type
    {"events": [{"event": 3}]},
    {"events": [{"name": "lieu"}]},  # no event type at all
    {"events": [{"event": "slot", "name": "lieu", "value": 1, "timestamp": "hier"}]},  # a common field wrong
]


def test_installed_on_rasa():
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result
    assert MessageProcessor._run_action is rasa_patches._run_action
    from rasa.shared.core.events import Event

    assert Event.resolve_by_type is rasa_patches._resolve_by_type


@pytest.mark.parametrize("result", VALID)
def test_valid_replies_pass_as_with_rasa(result):
    jsonschema.validate(result, RemoteAction.action_response_format_spec())  # Rasa's own check
    assert RemoteAction._validate_action_result(None, result) is True


@pytest.mark.parametrize("result", INVALID)
def test_invalid_replies_are_refused_as_with_rasa(result):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as refused:
        RemoteAction._validate_action_result(None, result)
    assert "Failed to validate Action server response" in refused.value.message


def test_importing_the_channels_installs_nothing_by_itself():
    import subprocess
    import sys

    code = ("import channels.guard, channels.rest; from channels import rasa_patches; "
            "print(rasa_patches.installed())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_check_passes_on_the_pinned_rasa_and_names_what_changed(monkeypatch):
    rasa_patches.check()  # the pinned 3.6.21
    import rasa

    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    monkeypatch.setitem(rasa_patches.SIGNATURES, "MessageProcessor._run_action",
                        (lambda self, action: None, ["self", "action", "tracker", "output_channel", "nlg", "prediction"]))
    with pytest.raises(rasa_patches.IncompatibleRasa) as refused:
        rasa_patches.check()
    assert "3.7.0" in str(refused.value) and "MessageProcessor._run_action" in str(refused.value)


class _FailingAction:
    def name(self):
        return "action_qui_echoue"

    async def run(self, *args, **kwargs):
        raise ConnectionError("action server down")


def test_a_failed_action_gives_the_technical_reply_once_and_listens(monkeypatch):
    async def rasa_runs_the_action(self, action, tracker, output_channel, nlg, prediction):
        try:
            await action.run(output_channel, nlg, tracker, None)
        except ConnectionError:
            pass  # Rasa 3.6 logs the failure and goes on
        return True

    monkeypatch.setattr(rasa_patches, "_rasa_run_action", rasa_runs_the_action)
    tracker = DialogueStateTracker("test", slots=[])
    channel = CollectingOutputChannel()
    for _ in range(2):  # two failures in the same turn: one apology
        go_on = asyncio.run(rasa_patches._run_action(None, _FailingAction(), tracker, channel, None, None))
        assert go_on is True
    assert [m["text"] for m in channel.messages] == [replies.TECHNICAL_PROBLEM]
    assert tracker.followup_action == "action_listen"


def test_event_types_resolve_as_with_rasa():
    """Every event type name gives the class Rasa's own lookup gives; the other cases too."""
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    names = {cls.type_name for cls in all_subclasses(Event)}
    assert len(names) > 20
    for name in names:
        assert rasa_patches._resolve_by_type(name) is rasa_patches._rasa_resolve_by_type(name)
    assert rasa_patches._resolve_by_type("topic") is None
    assert rasa_patches._resolve_by_type("no_such_event", Event) is Event
    with pytest.raises(ValueError, match="Unknown event name"):
        rasa_patches._resolve_by_type("no_such_event")
    # a tracker read back from its events replays the same conversation
    tracker = DialogueStateTracker.from_dict("x", [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "bonjour", "parse_data": {"intent": {"name": "saluer", "confidence": 1.0}}},
        {"event": "bot", "text": "Bonjour !"},
        {"event": "slot", "name": "lieu", "value": "Quimper"},
    ])
    assert [e.type_name for e in tracker.events] == ["action", "user", "bot", "slot"]


def test_slots_copy_as_rasas_generic_copy():
    """Every slot of the project's domain: the patched copy is what copy.copy made before the
    patch (same class, equal attributes, not the same object), and setting a value on the copy
    leaves the domain's slot alone, as a tracker's own slots must."""
    import copy

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.slots import Slot

    from core.project_files import ROOT

    assert Slot.__copy__ is rasa_patches._copy_slot
    assert rasa_patches._slot_classes_copied_plainly() == []
    domain = Domain.load(str(ROOT / "domain.yml"))
    assert len(domain.slots) >= 18
    for slot in domain.slots:
        generic = copy._reconstruct(slot, None, *slot.__reduce_ex__(4))  # copy.copy's own path
        patched = copy.copy(slot)
        assert type(patched) is type(slot) and patched is not slot
        assert vars(patched) == vars(generic)
        patched.value = "changé"
        assert slot.value != "changé"
