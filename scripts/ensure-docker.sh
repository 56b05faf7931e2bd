#!/usr/bin/env bash
# Makes sure a Docker engine answers: installs Debian's docker.io when dockerd is missing and starts it.
set -euo pipefail
# Root here; elsewhere (e.g. a hosted CI runner) the package and daemon steps need sudo.
SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
if docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
  exit 0
fi
if ! command -v dockerd >/dev/null 2>&1; then
  echo "agent-fanout: no Docker engine; installing docker.io" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq docker.io >/dev/null
fi
if ! docker version >/dev/null 2>&1; then
  echo "agent-fanout: starting dockerd" >&2
  nohup $SUDO dockerd >/tmp/agent-fanout-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker version >/dev/null 2>&1 && break
    sleep 0.5
  done
fi
docker version --format 'docker engine {{.Server.Version}}' || { tail -20 /tmp/agent-fanout-dockerd.log >&2; exit 1; }
