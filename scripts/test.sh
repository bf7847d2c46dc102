#!/usr/bin/env bash
# The whole test suite, from a fresh clone (`make test`; CI runs it through .ci/run).
# Trains at most once (only when the training inputs changed) and starts the
# servers once for all end-to-end tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 PYTHONPATH="$PWD"
./scripts/bootstrap.sh
PY=.venv/bin/python
step() { echo; echo "=== $* ($(date +%H:%M:%S))"; }

step "1/6 rasa data validate (no warning about our data); kb/ rebuilt byte for byte from its sources"
$PY scripts/validate_data.py
$PY scripts/build_kb.py --check

step "2/6 unit tests: data checks, knowledge base, distress patterns, FAQ choice, actions"
$PY -m pytest -q tests/unit

step "3/6 model: train only if config, domain or data changed"
$PY -m launcher train
MODEL="$($PY -c 'from launcher.model import model_path; print(model_path())')"

step "4/6 held-out NLU set: intent accuracy >= 0.95, FAQ response selection >= 0.93 (target 0.95)"
$PY scripts/nlu_gate.py "$MODEL" --out results/heldout

step "5/6 test stories (multi-turn) with --fail-on-prediction-errors"
.venv/bin/rasa test core -m "$MODEL" --stories tests/stories --fail-on-prediction-errors --out results/stories >/dev/null
echo "test stories: OK"

step "6/6 end-to-end: real action and Rasa servers over HTTP"
$PY -m pytest -q tests/e2e

echo; echo "All tests passed."
