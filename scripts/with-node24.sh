#!/usr/bin/env bash
# Runs a command with Node >= 24 first on PATH (see ensure-node.sh): `npm test`, `npm run demo` and
# `npm run bench` work on a machine whose own node is older.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
exec "$@"
