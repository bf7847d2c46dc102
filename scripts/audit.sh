#!/usr/bin/env bash
# Dependency audit: pip-audit, in its own environment (.venv-audit; beside Rasa it would
# break Rasa's pins), against the project's pinned requirements. Fails only on an advisory
# outside security/pip-audit-allowlist.txt; says so visibly, without failing, when the
# advisory service cannot be reached.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-audit"
LOCK="$ROOT/requirements-audit.lock"
if [ ! -x "$VENV/bin/python" ]; then
  "$ROOT/.venv/bin/python" -c 'import sys; print(sys.base_prefix)' >/dev/null
  BASE="$("$ROOT/.venv/bin/python" -c 'import sys, os; print(os.path.join(sys.base_prefix, "bin", "python3"))')"
  "$BASE" -m venv "$VENV"
fi
WANT="$(sha256sum "$LOCK" | cut -d' ' -f1)"
if [ "$WANT" != "$(cat "$VENV/.lock-sha256" 2>/dev/null || true)" ]; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$LOCK"
  echo "$WANT" > "$VENV/.lock-sha256"
fi
exec "$ROOT/.venv/bin/python" "$ROOT/scripts/audit_report.py" "$VENV/bin/pip-audit"
