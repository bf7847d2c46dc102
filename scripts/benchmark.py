"""Benchmark (not a test): knowledge-base lookups and REST round-trips.

Usage: .venv/bin/python scripts/benchmark.py [--rounds 200]
Prints p50/p95 of: knowledge-base load, exact lookups, fuzzy lookups
(typos), and full round-trips through the REST channel of the real servers
(started here on the ports of launcher/ports.py, BENCHMARK) for `mission locale de <ville>` and for an
FAQ question. Figures are recorded in docs/benchmarks.md.
"""

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.knowledge_base import KnowledgeBase  # noqa: E402
from launcher.servers import send_message  # noqa: E402

EXACT = ["Roubaix", "mission locale de Quimper", "59100", "j'habite à st denis de la réunion", "dans le 93",
         "Paris 19", "Bordeaux", "mission locale de Saint-Étienne", "Ajaccio", "Picardie"]
FUZZY = ["roubaiix", "strasbour", "toulousse", "marseile", "bordeau", "grenobel", "limogess", "anger s"]
TOWNS = ["Roubaix", "Quimper", "Bordeaux", "Toulouse", "Dijon", "Rouen", "Nantes", "Grenoble", "Ajaccio", "Cayenne"]
FAQ = ["qui finance les missions locales ?", "c'est quoi le CEJ", "qui siège au conseil d'administration ?"]


def percentiles(samples: List[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {p50:8.3f} ms   p95 {p95:8.3f} ms   (n={len(ordered)})"


def timed(function: Callable[[], object], rounds: int) -> List[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def post(url: str, text: str) -> list:
    return send_message(url, text, f"bench-{uuid.uuid4().hex[:8]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--no-servers", action="store_true", help="knowledge base only")
    args = parser.parse_args()

    load = timed(KnowledgeBase.load, 5)
    print(f"knowledge base load         {percentiles(load)}")
    kb = KnowledgeBase.load()
    exact = [s for _ in range(args.rounds // len(EXACT) + 1) for q in EXACT for s in timed(lambda q=q: kb.find(q), 1)]
    print(f"exact lookup                {percentiles(exact)}")
    fuzzy = [s for _ in range(args.rounds // len(FUZZY) + 1) for q in FUZZY for s in timed(lambda q=q: kb.find(q), 1)]
    print(f"fuzzy lookup (typos)        {percentiles(fuzzy)}")
    if args.no_servers:
        return 0

    from launcher import ports
    from launcher.model import ensure_trained
    from launcher.servers import Servers

    with tempfile.TemporaryDirectory() as state:
        with Servers(ensure_trained(), rasa_port=ports.BENCHMARK.rasa, action_port=ports.BENCHMARK.action,
                     data_dir=Path(state)) as servers:
            url = servers.rest_webhook
            for text in FAQ + TOWNS:  # warm-up
                post(url, text)
            rounds = max(20, args.rounds // 4)
            place = [s for i in range(rounds) for s in timed(lambda i=i: post(url, f"mission locale de {TOWNS[i % len(TOWNS)]}"), 1)]
            faq = [s for i in range(rounds) for s in timed(lambda i=i: post(url, FAQ[i % len(FAQ)]), 1)]
            print(f"REST round-trip, place      {percentiles(place)}")
            print(f"REST round-trip, FAQ        {percentiles(faq)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
