#!/usr/bin/env bash
# What the scale mode (`make run REPLICAS=N`, tests/scale) needs besides the Python packages:
# Debian's HAProxy, the load balancer in front of the Rasa replicas and the action servers.
# Installed with apt-get when missing (needs root, or sudo); the launcher runs it in the
# foreground with a configuration it writes itself, never as the system service.
# Idempotent: does nothing when it is present.
set -euo pipefail

if ! command -v haproxy >/dev/null 2>&1; then
  echo ">> Installing Debian's haproxy (scale mode: the load balancer)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  # RUNLEVEL=1: the package's own service is not started (the launcher runs its own instance)
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq haproxy >/dev/null
fi
haproxy -v | sed -n 1p  # sed reads it all: no SIGPIPE under pipefail
