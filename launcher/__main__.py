"""`python -m launcher run`: train if stale, start both servers, print where
to talk to the assistant, stop both on Ctrl-C. `python -m launcher train`:
train if stale only."""

import os
import signal
import sys
import time

from launcher.model import ensure_trained


def run() -> int:
    from launcher.servers import Servers

    model = ensure_trained()
    servers = Servers(
        model,
        rasa_port=int(os.environ.get("ML_RASA_PORT", "5005")),
        action_port=int(os.environ.get("ML_ACTION_PORT", "5055")),
        cors=os.environ.get("ML_CORS_ORIGINS", "*"),
    )
    print(">> Starting the action server and the Rasa server (about 30 s)...", flush=True)
    servers.start()
    print(
        "\nThe assistant is ready.\n"
        f"  REST channel: POST {servers.rest_webhook}\n"
        f"  socket.io   : {servers.rasa_url}/socket.io\n"
        f"  Try: curl -s -X POST {servers.rest_webhook} -H 'Content-Type: application/json' \\\n"
        "         -d '{\"sender\": \"essai\", \"message\": \"Qui finance les missions locales ?\"}'\n"
        f"  Logs: {servers.log_dir}\n"
        f"  Conversations: {servers.tracker_db}\n"
        "Press Ctrl-C to stop.\n",
        flush=True,
    )
    stopping = {"flag": False}

    def _stop(*_):
        stopping["flag"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        while not stopping["flag"]:
            for process in servers.processes:
                if process.poll() is not None:
                    print(f"A server stopped unexpectedly; see {servers.log_dir}", file=sys.stderr)
                    stopping["flag"] = True
            time.sleep(0.5)
    finally:
        print("\n>> Stopping the servers...", flush=True)
        servers.stop()
    return 0


def main(argv) -> int:
    command = argv[1] if len(argv) > 1 else "run"
    if command == "train":
        ensure_trained()
        return 0
    if command == "run":
        return run()
    print("usage: python -m launcher [run|train]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
