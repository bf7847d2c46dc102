#!/usr/bin/env bash
# Dependency audit: pip-audit, in its own environment (.venv-audit; beside Rasa it would
# break Rasa's pins), against the project's pinned requirements. Fails only on an advisory
# outside security/pip-audit-allowlist.txt; says so visibly, without failing, when the
# advisory service cannot be reached.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-audit"
LOCK="$ROOT/requirements-audit.lock"
. "$ROOT/scripts/tool_venv.sh"
tool_venv "$VENV" "$LOCK"
exec "$ROOT/.venv/bin/python" "$ROOT/scripts/audit_report.py" "$VENV/bin/pip-audit"
