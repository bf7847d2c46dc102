"""The conversation store's cost per message, in process (run on demand; the tests never assert
speed): Rasa's SQLTrackerStore against channels/tracker_store.ConversationStore on a SQLite file,
each reading a conversation, adding an FAQ turn (user message, answer, listening) and saving it,
ten messages per conversation, the project's domain. Figures: docs/benchmarks.md.

Usage: .venv/bin/python scripts/benchmark_store.py [--messages 300] [--rounds 2]
"""

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasa.core.tracker_store import SQLTrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered  # noqa: E402

from channels.tracker_store import ConversationStore  # noqa: E402

INTENT = {"name": "faq", "confidence": 1.0}


async def per_message_ms(cls, path: str, domain: Domain, messages: int) -> float:
    store = cls(domain=domain, dialect="sqlite", db=path)
    times = []
    for conversation in range(messages // 10):
        sender = f"bench-{conversation}"
        await store.get_or_create_tracker(sender)
        for _ in range(10):
            started = time.perf_counter()
            tracker = await store.retrieve(sender)
            tracker.update(UserUttered("c'est quoi le contrat d'engagement jeune", INTENT,
                                       parse_data={"intent": INTENT, "intent_ranking": [INTENT] * 10}))
            tracker.update(ActionExecuted("utter_faq"))
            tracker.update(BotUttered("Le contrat d'engagement jeune est un accompagnement. " * 6))
            tracker.update(ActionExecuted("action_listen"))
            await store.save(tracker)
            times.append(time.perf_counter() - started)
    return statistics.mean(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    domain = Domain.load(str(ROOT / "domain.yml"))
    for _ in range(args.rounds):
        for cls in (SQLTrackerStore, ConversationStore):
            with tempfile.TemporaryDirectory() as directory:
                found = asyncio.run(per_message_ms(cls, f"{directory}/conversations.db", domain, args.messages))
            print(f"{cls.__name__:18} {found:.2f} ms per message (read, one FAQ turn, save)", flush=True)


if __name__ == "__main__":
    main()
