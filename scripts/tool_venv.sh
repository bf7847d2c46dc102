#!/usr/bin/env bash
# Sourced by the scripts whose tools live in an environment of their own, apart from Rasa's pins
# (audit.sh: pip-audit; check_deploy.sh: kubernetes-validate). `tool_venv DIR LOCK` creates DIR
# with the project's Python and installs LOCK into it, again only when LOCK changed.
tool_venv() {
  local venv="$1" lock="$2" base want
  if [ ! -x "$venv/bin/python" ]; then
    base="$("$ROOT/.venv/bin/python" -c 'import sys, os; print(os.path.join(sys.base_prefix, "bin", "python3"))')"
    "$base" -m venv "$venv"
  fi
  want="$(sha256sum "$lock" | cut -d' ' -f1)"
  if [ "$want" != "$(cat "$venv/.lock-sha256" 2>/dev/null || true)" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$lock"
    echo "$want" > "$venv/.lock-sha256"
  fi
}
