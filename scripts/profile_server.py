"""Where a message's time goes in the Rasa server (run on demand; the tests never assert speed).

Starts the real servers as the run command does (SQLite tracker store in a temporary folder),
with the Rasa server under Python's cProfile, sends the load test's message mix one message at a
time (one user), stops the servers, and prints the time per message spent in each part: the NLU
pipeline (each component), the policies, the tracker store, the calls to the action server, the
channel guard, and the rest of Rasa and Sanic. Figures: docs/benchmarks.md.

With --database-url postgresql://..., the conversations go there; with --scaled, the scale mode
with one replica (HAProxy in front, the atomic Redis lock store on ML_REDIS_URL).

Usage: .venv/bin/python scripts/profile_server.py [--messages 400] [--out results/profile.prof]
           [--database-url URL] [--scaled]
"""

import argparse
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from loadtest import FAQ, NONSENSE, PLACES  # noqa: E402

from launcher import ports  # noqa: E402
from launcher.model import ensure_trained  # noqa: E402
from launcher.servers import Servers, send_message  # noqa: E402

# (label, a function's file path fragment and name) whose cumulative time is reported
PARTS = [
    ("whole message (handle_message)", "rasa/core/processor.py", "handle_message"),
    ("NLU: parse_message", "rasa/core/processor.py", "parse_message"),
    ("policies: predict_next_with_tracker_if_should", "rasa/core/processor.py", "predict_next_with_tracker_if_should"),
    ("tracker store: save", "rasa/core/tracker_store.py", "save"),
    ("tracker store: retrieve", "rasa/core/tracker_store.py", "retrieve"),
    ("custom actions: RemoteAction.run", "rasa/core/actions/action.py", "run"),
    ("channel guard: handle (the whole message, guarded)", "channels/guard.py", "handle"),
    ("lock store: issue a ticket", "lock_store.py", "issue_ticket"),
    ("lock store: release", "lock_store.py", "cleanup"),
]


class ProfiledServers(Servers):
    """The run command's servers, the Rasa server under cProfile."""

    def __init__(self, *args, profile: Path, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.profile = profile

    def _spawn(self, name, cmd):
        if name in ("rasa", "rasa-1"):
            cmd = [cmd[0], "-m", "cProfile", "-o", str(self.profile)] + cmd[1:]
        return super()._spawn(name, cmd)




def component_times(stats: pstats.Stats) -> Dict[str, float]:
    """Cumulative seconds of each NLU component's `process`."""
    found: Dict[str, float] = {}
    for (path, _, function), (_, _, _, cumulative, _) in stats.stats.items():
        if function == "process" and ("nlu_components/" in path or "rasa/nlu/" in path):
            label = path.split("site-packages/")[-1] if "site-packages/" in path else path.split(str(ROOT) + "/")[-1]
            found[label] = found.get(label, 0.0) + cumulative
    return found


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "profile.prof")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--scaled", action="store_true")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    mix = FAQ * 7 + PLACES * 3 + NONSENSE  # about the load test's 70 % FAQ, 25 % places, 5 % nonsense
    model = ensure_trained()
    with tempfile.TemporaryDirectory() as state:
        servers = ProfiledServers(model, rasa_port=ports.BENCHMARK.rasa, action_port=ports.BENCHMARK.action,
                                  data_dir=Path(state), profile=args.out, database_url=args.database_url,
                                  balanced=args.scaled)
        servers.start()
        try:
            webhook = servers.rest_webhook
            for warm in mix[:20]:
                send_message(webhook, warm, "warm-up")
            started = time.monotonic()
            sender = ""
            for n in range(args.messages):
                if n % 10 == 0:
                    sender = f"profile-{uuid.uuid4().hex[:8]}"
                send_message(webhook, mix[n % len(mix)], sender)
            elapsed = time.monotonic() - started
        finally:
            servers.stop()
        for _ in range(20):  # cProfile writes its file as the server exits
            if args.out.exists():
                break
            time.sleep(0.5)
    stats = pstats.Stats(str(args.out))
    total = args.messages + 20
    print(f"{args.messages} messages, one at a time: {1000 * elapsed / args.messages:.1f} ms per message "
          f"seen by the client (the profiler slows the server down)")
    print("Per message, inside the Rasa server (cumulative, ms):")
    for label, path, function in PARTS:
        seconds = sum(v[3] for (p, _, f), v in stats.stats.items() if f == function and path in p)
        print(f"  {label:<48} {1000 * seconds / total:7.1f}")
    print("NLU components' process (ms per message):")
    for label, seconds in sorted(component_times(stats).items(), key=lambda item: -item[1]):
        print(f"  {label:<60} {1000 * seconds / total:7.2f}")
    print(f"Profile in {args.out} (python -m pstats {args.out}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
