#!/usr/bin/env bash
# Runs a command with Node >= 24 first on PATH (see ensure-node.sh), and nothing else: for a quick
# `npx vitest run FILE` and the like. `npm test`, `npm run demo` and `npm run bench` go through
# provision.sh, which also brings Node 24.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
exec "$@"
