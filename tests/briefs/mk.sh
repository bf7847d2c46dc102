#!/bin/sh
# Assemble a writer's prompt: mk.sh NAME CTX TASK PATH [FILL]  (FILL replaces __PERSONAS__ and __VOICES__)
set -e
here=$(dirname "$0"); out=${BRIEFS_OUT:-${TMPDIR:-/tmp}/briefs}; mkdir -p "$out"
# (sed's replacement text: "&", "|" and "\" written as themselves)
quote() { printf '%s' "$1" | sed -e 's/[&|\\]/\\&/g'; }
{ cat "$here/rules.txt"; echo; cat "$here/$2.txt"; echo; cat "$here/$3.txt"; } \
  | sed -e "s|__NAME__|$(quote "$1")|g" -e "s|__PATH__|$(quote "$4")|g" -e "s|__DATE__|$(date +%Y-%m-%d)|g" \
        -e "s|__PERSONAS__|$(quote "${5:-}")|g" -e "s|__VOICES__|$(quote "${5:-}")|g" > "$out/$1.prompt"
echo "$out/$1.prompt"
