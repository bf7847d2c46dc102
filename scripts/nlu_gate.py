"""Scores a trained model on each held-out NLU set and enforces the accuracy gates.

Usage: .venv/bin/python scripts/nlu_gate.py MODEL [--out DIR] [--nlu FILE]
                                                [--stories DIR --stories-out DIR]
For each held-out set in tests/nlu/ (or only FILE), runs Rasa's NLU evaluation, the one
`rasa test nlu -m MODEL --nlu SET --out DIR/<set>` runs, and fails when intent
accuracy or FAQ response-selection accuracy is below 0.95 (issue 2) on any set.
With --stories, then runs Rasa's story test, the one
`rasa test core -m MODEL --stories DIR --fail-on-prediction-errors` runs, and fails at the
first wrong prediction.
The model is loaded once, in this process, and no plot is drawn: the same figures and error
files as the command line's, in less than half the time (2026-12-02: 82 s with one `rasa test`
per set and one for the stories, plots included; 30 s so). Figures and their history:
docs/nlu-evaluation.md.
"""

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.project_files import heldout_files  # noqa: E402

MIN_INTENT_ACCURACY = 0.95
MIN_RESPONSE_ACCURACY = 0.95


def score(processor, out: Path, heldout: Path) -> dict:
    """Rasa's evaluation of one held-out set, with the error files `rasa test nlu` writes."""
    from rasa.nlu.test import run_evaluation

    asyncio.run(run_evaluation(str(heldout), processor, output_directory=str(out), errors=True,
                               disable_plotting=True, domain_path=str(ROOT / "domain.yml")))
    intent = json.loads((out / "intent_report.json").read_text())
    response = json.loads((out / "response_selection_report.json").read_text())
    return {
        "intent_accuracy": intent["accuracy"],
        "intent_macro_f1": intent["macro avg"]["f1-score"],
        "response_accuracy": response["accuracy"],
        "response_macro_f1": response["macro avg"]["f1-score"],
    }


def story_failure(agent, stories: Path, out: Path) -> str:
    """Rasa's story test, failing at the first wrong prediction: '' when every prediction is right."""
    from rasa.core.test import WrongPredictionException, test

    out.mkdir(parents=True, exist_ok=True)
    try:
        asyncio.run(test(str(stories), agent, out_directory=str(out), fail_on_prediction_errors=True,
                         disable_plotting=True))
    except WrongPredictionException as wrong:
        return f"test stories ({stories}): {wrong}"
    return ""


def failures(name: str, figures: dict) -> list:
    failed = []
    if figures["intent_accuracy"] < MIN_INTENT_ACCURACY:
        failed.append(f"{name}: intent accuracy {figures['intent_accuracy']:.3f} < {MIN_INTENT_ACCURACY}")
    if figures["response_accuracy"] < MIN_RESPONSE_ACCURACY:
        failed.append(f"{name}: FAQ response selection accuracy "
                      f"{figures['response_accuracy']:.3f} < {MIN_RESPONSE_ACCURACY}")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--out", default=str(ROOT / "results" / "heldout"))
    parser.add_argument("--nlu", help="score only this held-out file")
    parser.add_argument("--stories", type=Path, help="then test these stories (multi-turn)")
    parser.add_argument("--stories-out", type=Path, default=ROOT / "results" / "stories")
    args = parser.parse_args()
    if not Path(args.model).is_file():
        # rasa test would silently score the newest model in models/ instead
        print(f"FAIL: no model file {args.model}")
        return 2
    sets = [Path(args.nlu)] if args.nlu else heldout_files()
    if not sets:
        print("FAIL: no held-out set in tests/nlu/")
        return 2
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    # as quiet as the command line's output was (sent to /dev/null): warnings only, no message text
    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(model_path=args.model)
    failed = []
    for heldout in sets:
        out = Path(args.out) / heldout.stem
        figures = score(agent.processor, out, heldout)
        print(f"{heldout.name}: " + ", ".join(f"{name} {value:.3f}" for name, value in figures.items()))
        print(f"  errors: {out}/intent_errors.json, {out}/response_selection_errors.json")
        failed += failures(heldout.name, figures)
    if args.stories:
        wrong = story_failure(agent, args.stories, args.stories_out)
        print(f"test stories ({args.stories}): " + ("FAILED" if wrong else "every prediction right"))
        failed += [wrong] if wrong else []
    for failure in failed:
        print("FAIL:", failure)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
