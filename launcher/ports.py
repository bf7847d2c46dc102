"""The loopback ports of every server that the tests and the tools start, in one table, so that
no two of them collide. (The run command's own ports are settings: ML_RASA_PORT, ML_ACTION_PORT,
ML_WIDGET_PORT, core/settings.py.) tests/unit/launcher/test_servers_ports.py checks they are all distinct."""

from typing import Dict, NamedTuple


class ServerPorts(NamedTuple):
    rasa: int
    action: int


E2E = ServerPorts(5105, 5155)  # tests/e2e
E2E_WEB = 8105  # tests/e2e: the web server (FAQ page, staff pages)
E2E_SECOND = ServerPorts(5115, 5165)  # tests/e2e: a second instance for the large gate sets (conftest.py, `gate_chats`)
STAFF_ACCESS_WEB = 8106  # tests/e2e/test_staff_access.py: a web server of its own (its failed attempts)
BROWSER = ServerPorts(5205, 5255)  # tests/browser
BROWSER_WIDGET = 8205
CHANNELS = ServerPorts(5305, 5355)  # tests/channels
CHANNEL_FAKES: Dict[str, int] = {"telegram": 5391, "messenger": 5392, "slack": 5393, "twilio": 5394}
RELIABILITY = ServerPorts(5405, 5455)  # tests/reliability (one server start at a time)
RELIABILITY_WEB = 8405  # tests/reliability/test_answer_edit.py: the run command's web server
POSTGRES_PROXY = 5491  # tests/reliability/test_postgres.py: a proxy it can cut
SCORE_AS_USER = ServerPorts(5505, 5555)  # scripts/score_as_user.py (run on demand; make test scores the outside set in tests/e2e)
LOADTEST = ServerPorts(5605, 5655)  # scripts/loadtest.py
LOADTEST_FLOOR = 5705  # scripts/loadtest.py: the bare Rasa bot
BENCHMARK = ServerPorts(5805, 5855)  # scripts/benchmark.py
TRAINING_BENCHMARK = ServerPorts(5905, 5955)  # scripts/benchmark_training.py (server start-up)
# The scale mode: the balancer on these two ports, the Rasa replicas and the action servers on
# the next ones (rasa + 1..MAX_REPLICAS, action + 1..MAX_REPLICAS).
SCALE = ServerPorts(6005, 6055)  # tests/scale
LOADTEST_SCALE = ServerPorts(6105, 6155)  # scripts/loadtest.py --replicas
MAX_REPLICAS = 3
SCALED = ("SCALE", "LOADTEST_SCALE")


def all_ports() -> Dict[str, int]:
    """Every port of the table, by name."""
    found: Dict[str, int] = {}
    for name, value in globals().items():
        if isinstance(value, ServerPorts):
            found[f"{name}.rasa"], found[f"{name}.action"] = value.rasa, value.action
        elif isinstance(value, int) and name.isupper() and name != "MAX_REPLICAS":
            found[name] = value
    found.update({f"CHANNEL_FAKES.{k}": v for k, v in CHANNEL_FAKES.items()})
    for name in SCALED:
        for i in range(1, MAX_REPLICAS + 1):
            found[f"{name}.rasa+{i}"] = globals()[name].rasa + i
            found[f"{name}.action+{i}"] = globals()[name].action + i
    return found
