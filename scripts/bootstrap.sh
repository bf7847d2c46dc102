#!/usr/bin/env bash
# Creates .venv with a Python 3.10 interpreter and installs the pinned
# dependencies (requirements.lock) when they are missing or changed.
# Idempotent: a stamp file records the hash of the installed lock file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOCK="$ROOT/requirements.lock"

find_python310() {
  local candidates=()
  [ -n "${PYTHON310:-}" ] && candidates+=("$PYTHON310")
  command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
  if command -v pyenv >/dev/null 2>&1; then
    local root; root="$(pyenv root)"
    for p in "$root"/versions/3.10.*/bin/python3.10; do [ -x "$p" ] && candidates+=("$p"); done
  fi
  for p in "$HOME"/.pyenv/versions/3.10.*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
    [ -x "$p" ] && candidates+=("$p")
  done
  for p in "${candidates[@]}"; do
    if "$p" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  if ! PY="$(find_python310)"; then
    echo "ERROR: Python 3.10 is required (Rasa 3.6 supports Python 3.8 to 3.10) and none was found." >&2
    echo "       Install it (for example: pyenv install 3.10.13) or set PYTHON310=/path/to/python3.10." >&2
    exit 1
  fi
  echo ">> Creating virtual environment with $PY"
  "$PY" -m venv "$VENV"
fi

WANT="$(sha256sum "$LOCK" | cut -d' ' -f1)"
HAVE="$(cat "$VENV/.lock-sha256" 2>/dev/null || true)"
if [ "$WANT" != "$HAVE" ]; then
  echo ">> Installing pinned dependencies (a few minutes the first time)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pip==24.0"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$LOCK"
  "$VENV/bin/python" -m pip check
  echo "$WANT" > "$VENV/.lock-sha256"
fi
