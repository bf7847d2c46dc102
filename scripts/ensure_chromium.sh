#!/usr/bin/env bash
# What the browser tests (tests/browser) need besides the Python packages:
#   - Debian's chromium at /usr/bin/chromium (installed with apt-get when missing; needs root);
#     Playwright drives it through executable_path and never downloads a browser of its own;
#   - axe-core, pinned, from the npm registry, into a cache folder outside the source tree
#     (the tests read node_modules/axe-core/axe.min.js from there; never a CDN).
# Idempotent: does nothing when both are present.
set -euo pipefail

AXE_VERSION="4.14.1"
CACHE="${ML_BROWSER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/assistant-missions-locales/npm}"

if [ ! -x /usr/bin/chromium ]; then
  echo ">> Installing Debian's chromium (browser tests)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | grep -i chromium

HAVE="$(node -p "require('$CACHE/node_modules/axe-core/package.json').version" 2>/dev/null || true)"
if [ "$HAVE" != "$AXE_VERSION" ]; then
  echo ">> Installing axe-core $AXE_VERSION from the npm registry into $CACHE"
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --no-save --no-audit --no-fund --ignore-scripts "axe-core@$AXE_VERSION" >/dev/null
fi
echo "axe-core $(node -p "require('$CACHE/node_modules/axe-core/package.json').version")"
