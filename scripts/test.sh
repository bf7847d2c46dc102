#!/usr/bin/env bash
# The whole test suite, from a fresh clone (`make test`; CI runs it through .ci/run).
# Trains at most once (only when the training inputs changed); each group of
# server tests starts the real servers once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 PYTHONPATH="$PWD"
./scripts/bootstrap.sh
./scripts/ensure_haproxy.sh  # the scale mode's balancer (step 10), from Debian's packages when missing
PY=.venv/bin/python
step() { echo; echo "=== $* ($(date +%H:%M:%S))"; }

step "1/12 the FAQ theme files (data/faq/, French messages for staff); rasa data validate (no warning about our data); kb/ rebuilt byte for byte from its sources"
$PY -m core.faq_catalogue
$PY scripts/validate_data.py
$PY scripts/build_kb.py --check

step "2/12 lint (ruff, pyproject.toml) and unit tests: layout, settings, data checks, knowledge base, guard, channels, database, actions, random input"
.venv/bin/ruff check .
$PY -m pytest -q tests/unit

step "3/12 dependency audit: pip-audit in its own environment, against requirements.lock and the allow-list; deployment files (deploy/): generated from the scale mode's code, validated (HAProxy, docker-compose, kubernetes-validate)"
./scripts/audit.sh
./scripts/check_deploy.sh

step "4/12 model: train only if config, domain, data (FAQ theme files included) or the code that shapes the model changed"
$PY -m launcher train
MODEL="$($PY -c 'from launcher.model import model_path; print(model_path())')"

step "5/12 held-out NLU sets (tests/nlu/*.yml), each: intent accuracy >= 0.95, FAQ response selection >= 0.95"
$PY scripts/nlu_gate.py "$MODEL" --out results/heldout

step "6/12 outside held-out set (tests/nlu_outside/) through the real servers, as the user sees it: direct right answers >= 0.95"
$PY scripts/score_as_user.py tests/nlu_outside/*.yml --model "$MODEL" --min-direct 0.95 --json results/outside.json

step "7/12 test stories (multi-turn) with --fail-on-prediction-errors"
.venv/bin/rasa test core -m "$MODEL" --stories tests/stories --fail-on-prediction-errors --out results/stories >/dev/null
echo "test stories: OK"

step "8/12 end-to-end: real action and Rasa servers over HTTP (answers, places, bad input, security, safety sets; the FAQ page and the staff pages)"
$PY -m pytest -q tests/e2e

step "9/12 reliability: action server frozen and killed, knowledge base unreadable, restarts (SQLite, PostgreSQL), purge, logs, an answer edited then served"
$PY -m pytest -q -s tests/reliability

step "10/12 scale mode: 2 Rasa replicas behind HAProxy on PostgreSQL and Redis, 20 concurrent conversations, a replica killed under load; refusals without PostgreSQL or Redis"
$PY -m pytest -q -s tests/scale

step "11/12 messaging channels: Telegram, Messenger, Slack, Twilio webhooks on the real servers, local fakes of their APIs"
$PY -m pytest -q tests/channels

step "12/12 browser tests: the web widget and the FAQ page in Debian's chromium (Playwright), axe-core audit, on the real servers"
./scripts/ensure_chromium.sh
$PY -m pytest -q tests/browser

echo; echo "All tests passed."
