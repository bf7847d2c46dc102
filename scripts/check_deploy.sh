#!/usr/bin/env bash
# The deployment files (deploy/), which cannot run here (no container runtime, no cluster):
#   1. generated from the tested scale mode's code and settings (scripts/deploy_files.py --check);
#   2. HAProxy accepts deploy/haproxy.cfg (haproxy -c);
#   3. docker-compose (Debian's package, installed when missing) accepts deploy/compose.yaml
#      against its schema, with placeholder secrets (docker-compose config -q; nothing is started);
#   4. the Kubernetes manifests pass kubernetes-validate --strict (PyPI, in .venv-deploy, pinned in
#      requirements-deploy.lock) against the schemas of Kubernetes 1.37 and 1.30.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-deploy"
LOCK="$ROOT/requirements-deploy.lock"
. "$ROOT/scripts/tool_venv.sh"
tool_venv "$VENV" "$LOCK"
if ! command -v docker-compose >/dev/null 2>&1; then
  echo ">> Installing Debian's docker-compose (to validate deploy/compose.yaml)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker-compose >/dev/null
fi
"$ROOT/scripts/ensure_haproxy.sh" >/dev/null

"$ROOT/.venv/bin/python" "$ROOT/scripts/deploy_files.py" --check
haproxy -c -q -f "$ROOT/deploy/haproxy.cfg" && echo "deploy/haproxy.cfg: HAProxy accepts it"
(cd "$ROOT/deploy" && POSTGRES_PASSWORD=placeholder REDIS_PASSWORD=placeholder \
   ML_CORS_ORIGINS=https://www.example.org docker-compose -f compose.yaml config -q) \
  && echo "deploy/compose.yaml: docker-compose $(docker-compose version --short) accepts it"
(cd "$ROOT/deploy" && docker-compose -f compose.yaml config -q 2>/dev/null) \
  && { echo "deploy/compose.yaml started without its secrets: it must refuse" >&2; exit 1; }
echo "deploy/compose.yaml: refused without POSTGRES_PASSWORD, REDIS_PASSWORD and ML_CORS_ORIGINS, as it must"
for version in 1.37.0 1.30.0; do
  "$VENV/bin/kubernetes-validate" --strict --quiet -k "$version" "$ROOT"/deploy/k8s/*.yaml
  echo "deploy/k8s/: kubernetes-validate --strict passed against Kubernetes $version"
done
