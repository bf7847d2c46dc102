"""channels/graph_runner.py (change 6 of rasa_patches): the graph run node after node gives what
Rasa's dask runner gives, on small graphs shaped like Rasa's (a chain of components fed by an
input, two side by side, a node needing both, a need nothing provides, a node an input replaces),
and fails as it fails. The same comparison on the project's trained model is in
tests/e2e/test_graph_runner.py (the unit tests run before any training)."""

from typing import Any, Dict, List

import pytest
import rasa.core.processor
import rasa.model_training
from rasa.engine.exceptions import GraphComponentException, GraphRunError
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage

from channels import graph_runner, rasa_patches
from channels.graph_runner import SequentialGraphRunner, execution_order
from channels.guard import ACTION_TIMEOUT_S

CALLS: List[str] = []


class Append(GraphComponent):
    """Adds its config's word to the list it gets (a copy), and records that it ran."""

    def __init__(self, config: Dict[str, Any], name: str) -> None:
        self.word, self.name = config["word"], name

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "Append":
        return cls(config, execution_context.node_name)

    def run(self, words: List[str]) -> List[str]:
        CALLS.append(self.word)
        if self.word == "boom":
            raise ValueError("the component failed")
        return list(words) + [self.word]


class Join(GraphComponent):
    def __init__(self, config: Dict[str, Any]) -> None:
        pass

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "Join":
        return cls(config)

    def run(self, left: List[str], right: List[str]) -> str:
        CALLS.append("join")
        return "+".join(left) + "|" + "+".join(right)


def _append(needs: str, word: str, **extra) -> SchemaNode:
    return SchemaNode(needs={"words": needs}, uses=Append, constructor_name="create", fn="run",
                      config={"word": word}, **extra)


def _schema() -> GraphSchema:
    """__message__ -> a -> b -> (c, d) -> both; "orphan" needs a node that does not exist."""
    return GraphSchema({
        "d": _append("b", "d"),
        "a": _append("__message__", "a"),
        "b": _append("a", "b"),
        "c": _append("b", "c"),
        "both": SchemaNode(needs={"left": "c", "right": "d"}, uses=Join, constructor_name="create",
                           fn="run", config={}, is_target=True),
        "boom": _append("a", "boom"),
        "orphan": _append("nowhere", "orphan"),
    })


def _runners(tmp_path, schema: GraphSchema):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(schema, "model")
    return (DaskGraphRunner.create(schema, storage, context), SequentialGraphRunner.create(schema, storage, context))


def _run(runner, **kwargs):
    CALLS.clear()
    result = runner.run(**kwargs)
    return result, sorted(CALLS)


def test_installed_for_the_server_only():
    rasa_patches.install(action_timeout_s=ACTION_TIMEOUT_S)
    assert graph_runner.installed()
    assert rasa.core.processor.DaskGraphRunner is SequentialGraphRunner
    assert rasa.model_training.DaskGraphRunner is DaskGraphRunner  # training keeps dask


def test_each_node_after_the_nodes_it_needs():
    schema = _schema()
    order = execution_order(schema, ("__message__",))
    assert sorted(order) == sorted(schema.nodes)
    for name in order:
        for need in schema.nodes[name].needs.values():
            if need in schema.nodes:
                assert order.index(need) < order.index(name), (need, name)


@pytest.mark.parametrize("targets", [["both"], ["c"], ["b", "d"], ["a"]])
def test_same_outputs_and_same_nodes_called_as_dask(tmp_path, targets):
    dask_runner, ours = _runners(tmp_path, _schema())
    inputs = {"__message__": ["hello"]}
    expected, expected_calls = _run(dask_runner, inputs=inputs, targets=targets)
    assert _run(ours, inputs=inputs, targets=targets) == (expected, expected_calls)
    assert _run(ours, inputs=inputs, targets=targets) == (expected, expected_calls)  # the kept plan
    if targets == ["both"]:  # written by hand: the chain, then the two branches joined
        assert expected == {"both": "hello+a+b+c|hello+a+b+d"}
        assert expected_calls == sorted(["a", "b", "c", "d", "join"])


def test_an_input_replaces_a_node_as_with_dask(tmp_path):
    dask_runner, ours = _runners(tmp_path, _schema())
    inputs = {"__message__": ["x"], "b": ["given"]}
    expected = _run(dask_runner, inputs=inputs, targets=["both"])
    assert expected[0] == {"both": "given+c|given+d"}
    assert _run(ours, inputs=inputs, targets=["both"]) == expected


def test_a_missing_input_reaches_the_node_as_its_name_as_with_dask(tmp_path):
    dask_runner, ours = _runners(tmp_path, _schema())
    messages = []
    for runner in (dask_runner, ours):
        with pytest.raises(GraphRunError) as raised:  # the node got the string "nowhere"
            _run(runner, inputs={}, targets=["orphan"])
        messages.append(str(raised.value))
    assert messages[0] == messages[1] == (
        "Missing input to run node 'orphan'. Expected input 'nowhere' to provide parameter 'words'.")


def test_a_failing_component_fails_the_same_way(tmp_path):
    dask_runner, ours = _runners(tmp_path, _schema())
    errors = []
    for runner in (dask_runner, ours):
        with pytest.raises(GraphComponentException) as raised:
            runner.run(inputs={"__message__": []}, targets=["boom"])
        errors.append((type(raised.value.__cause__), str(raised.value.__cause__)))
    assert errors[0] == errors[1] == (ValueError, "the component failed")


def test_an_input_named_like_a_node_is_refused_as_by_dask(tmp_path):
    dask_runner, ours = _runners(tmp_path, _schema())
    messages = []
    for runner in (dask_runner, ours):
        with pytest.raises(GraphRunError) as raised:
            runner.run(inputs={"__message__": "a"}, targets=["both"])
        messages.append(str(raised.value))
    assert messages[0] == messages[1]
