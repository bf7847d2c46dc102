"""Scores a trained model on each held-out NLU set and enforces the accuracy gates.

Usage: .venv/bin/python scripts/nlu_gate.py MODEL [--out DIR] [--nlu FILE]
For each held-out set in tests/nlu/ (or only FILE), runs
`rasa test nlu -m MODEL --nlu SET --out DIR/<set>` and fails when intent
accuracy or FAQ response-selection accuracy is below 0.95 (issue 2) on any set.
Figures and their history: docs/nlu-evaluation.md.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.project_files import heldout_files  # noqa: E402

MIN_INTENT_ACCURACY = 0.95
MIN_RESPONSE_ACCURACY = 0.95


def score(model: str, out: Path, heldout: Path) -> dict:
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
    args = parser.parse_args()
    if not Path(args.model).is_file():
        # rasa test would silently score the newest model in models/ instead
        print(f"FAIL: no model file {args.model}")
        return 2
    sets = [Path(args.nlu)] if args.nlu else heldout_files()
    if not sets:
        print("FAIL: no held-out set in tests/nlu/")
        return 2
    failed = []
    for heldout in sets:
        out = Path(args.out) / heldout.stem
        figures = score(args.model, out, heldout)
        print(f"{heldout.name}: " + ", ".join(f"{name} {value:.3f}" for name, value in figures.items()))
        print(f"  errors: {out}/intent_errors.json, {out}/response_selection_errors.json")
        failed += failures(heldout.name, figures)
    for failure in failed:
        print("FAIL:", failure)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
