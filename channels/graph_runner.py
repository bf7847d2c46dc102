"""The Rasa server's prediction graph run node after node in this process, without dask.

Rasa 3.6 runs the model's graph (the NLU pipeline for a message, the policies for each prediction)
with `DaskGraphRunner`: at every call it builds a dask task graph and hands it to dask's
synchronous scheduler, which orders the tasks, tracks their dependencies and keeps a cache, then
calls each node. The graph of a message is a short chain (the pipeline's components one after the
other, the policies side by side then the ensemble), so that bookkeeping does nothing useful here:
it was about 2 ms of a message's 17 ms of CPU, with the same cost in a bare Rasa bot (py-spy at
one user, docs/benchmarks.md).

`SequentialGraphRunner` keeps everything of `DaskGraphRunner` (the nodes, built once, and the
checks on the inputs) and replaces only its `run`: the same minimal schema for the targets, its
nodes called in an order where each comes after the nodes it needs (computed once per set of
targets and inputs), each handed its parents' outputs in the order of its `needs` as dask hands
them, a need that nothing provides passed as its name as dask passes it, every node of the
minimal schema called as dask calls them (not only those the targets still need once inputs
replace some nodes), and the targets' outputs returned as `DaskGraphRunner.run` returns them. Training keeps dask
(`rasa.model_training` holds its own reference to `DaskGraphRunner`); only the server's
`MessageProcessor` gets this runner (`install`, change 6 of channels/rasa_patches.py).
"""

from typing import Any, Dict, List, Optional, Text, Tuple

import rasa.core.processor
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphSchema
from rasa.engine.runner.dask import DaskGraphRunner

_rasa_run = DaskGraphRunner.run


def execution_order(schema: GraphSchema, provided: Tuple[Text, ...]) -> List[Text]:
    """The schema's nodes, each after every node it needs; nodes replaced by an input are left
    out (their value is the input). Ties keep the schema's order."""
    nodes = {name: node for name, node in schema.nodes.items() if name not in provided}
    order: List[Text] = []
    placed = set(provided)

    def place(name: Text, path: Tuple[Text, ...]) -> None:
        if name in placed or name not in nodes:
            return
        if name in path:
            raise GraphRunError(f"The graph has a cycle through '{name}'.")
        for need in nodes[name].needs.values():
            place(need, path + (name,))
        placed.add(name)
        order.append(name)

    for name in nodes:
        place(name, ())
    return order


class SequentialGraphRunner(DaskGraphRunner):
    """`DaskGraphRunner` whose `run` calls the nodes one after the other in this process."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plans: Dict[Tuple[Tuple[Text, ...], Tuple[Text, ...]], Tuple[List[Text], GraphSchema]] = {}

    def _plan(self, targets: List[Text], provided: Tuple[Text, ...]) -> Tuple[List[Text], GraphSchema]:
        key = (tuple(targets), provided)
        plan = self._plans.get(key)
        if plan is None:
            schema = self._graph_schema.minimal_graph_schema(targets)
            plan = self._plans[key] = (execution_order(schema, provided), schema)
        return plan

    def run(self, inputs: Optional[Dict[Text, Any]] = None,
            targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        inputs = inputs or {}
        order, schema = self._plan(run_targets, tuple(sorted(inputs)))
        for input_name, input_value in inputs.items():  # DaskGraphRunner's check, same message
            if isinstance(input_value, str) and input_value in schema.nodes:
                raise GraphRunError(
                    f"Input value '{input_value}' clashes with a node name. Make sure "
                    f"that none of the input names passed to the `run` method are the "
                    f"same as node names in the graph schema."
                )
        outputs: Dict[Text, Any] = {name: (name, value) for name, value in inputs.items()}
        try:
            for name in order:
                needs = schema.nodes[name].needs.values()
                outputs[name] = self._instantiated_nodes[name](*(outputs.get(need, need) for need in needs))
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error
        return dict(outputs[target] for target in run_targets)


def install() -> None:
    """The server's model is loaded with this runner (training is not concerned)."""
    rasa.core.processor.DaskGraphRunner = SequentialGraphRunner  # type: ignore[misc]


def installed() -> bool:
    return rasa.core.processor.DaskGraphRunner is SequentialGraphRunner
