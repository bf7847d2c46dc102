"""channels/rasa_patches.py: installed in Rasa; the cached validation of custom-action
replies accepts and refuses exactly what Rasa's own `jsonschema.validate` call does.
(The failed-action reply is tested on the real servers: tests/reliability.)"""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor

import channels.guard  # noqa: F401 - installs the patches, as in the Rasa server
from channels import rasa_patches

VALID = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "lieu_trouve", "value": True}],
     "responses": [{"text": "Pour Quimper (29), voici la mission locale"}]},
    {},
]
INVALID = [
    {"events": "pas une liste"},
    {"responses": ["pas un objet"]},
    {"events": [{"event": "slot"}]},  # a slot event without its name
    [],
]


def test_installed_on_rasa():
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result
    assert MessageProcessor._run_action is rasa_patches._run_action


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
