"""Shows how a trained model reads messages (developer tool).

Usage: .venv/bin/python scripts/parse.py [--model MODEL] "message" ["message" ...]
Prints the intent, its confidence and, for FAQ questions, the chosen topic.
"""

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model")
    parser.add_argument("messages", nargs="+")
    args = parser.parse_args()
    from rasa.core.agent import Agent

    from launcher.model import model_path

    agent = Agent.load(args.model or str(model_path()))
    for message in args.messages:
        parse = await agent.parse_message(message)
        intent = parse["intent"]
        faq = (parse.get("response_selector") or {}).get("faq", {}).get("response", {})
        topic = faq.get("intent_response_key", "") if intent["name"] in ("faq", "nlu_fallback") else ""
        print(f"{intent['name']:28} {intent['confidence']:.2f} {topic:32} {message}")


if __name__ == "__main__":
    asyncio.run(main())
