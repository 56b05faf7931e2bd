#!/usr/bin/env bash
# Brings what agent-fanout's own commands need. `npm test`, `npm run demo`, `npm run bench` and
# `.ci/run` all start here:
#
#   bash scripts/provision.sh PURPOSE [-- COMMAND [ARGS...]]
#
#   test, ci  Node 24, git, a Docker engine, the base and agent images, Chromium. `ci` also runs
#             `npm ci` and rebuilds the agent image (from Docker's layer cache: seconds) so that a
#             changed docker/Dockerfile is what gets tested.
#   bench     Node 24, git, a Docker engine, the base and agent images.
#   demo      Node 24, git; the Docker engine and the images when this user may have them, else the
#             demo runs its agents as subprocesses (and says so).
#   system    Only the parts that need root, for another user who may not: packages, dockerd, the
#             docker group, the base image. `--for PURPOSE --user NAME`; the message below prints it.
#
# Everything is checked first; when all is present this costs a fraction of a second and prints
# nothing. What is missing is installed where this user may (root, or sudo without a password) with
# apt-get. Where it may not, nothing is installed and nothing runs: one message names what is missing
# and the command that fixes it, and the exit status is 1.
# With COMMAND: runs it with Node 24 first on PATH and, for test and ci, AGENT_FANOUT_CHROMIUM set.
#
# Environment: DOCKER_HOST (a unix:// socket nobody serves gets a dockerd started there);
# AGENT_FANOUT_DOCKERD_ARGS (extra flags for a dockerd started here, e.g. --data-root);
# AGENT_FANOUT_CHROMIUM (a Chromium or Chrome binary instead of the one on PATH);
# NODE_EXTRA_CA_CERTS (CA bundle baked into the agent image; default the system bundle).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# As src/config.ts: DEFAULT_BASE_IMAGE and DEFAULT_IMAGE.
base_image='node:24-bookworm-slim'
agent_image='agent-fanout/agent:latest'

usage() {
  echo "usage: bash scripts/provision.sh test|ci|bench|demo [-- COMMAND [ARGS...]]" >&2
  echo "       bash scripts/provision.sh system --for test|ci|bench|demo --user NAME   (as root)" >&2
  exit 2
}
purpose="${1:-}"
[ $# -gt 0 ] && shift
for_user=''
if [ "$purpose" = system ]; then
  purpose_for=test
  while [ $# -gt 0 ]; do
    case "$1" in
      --for) purpose_for="${2:-}"; shift 2 ;;
      --user) for_user="${2:-}"; shift 2 ;;
      *) usage ;;
    esac
  done
  case "$purpose_for" in test|ci|bench|demo) ;; *) usage ;; esac
else
  purpose_for="$purpose"
  [ "${1:-}" = "--" ] && shift
fi
case "$purpose_for" in
  test) what='npm test' ;;
  ci) what='.ci/run' ;;
  bench) what='npm run bench' ;;
  demo) what='npm run demo' ;;
  *) usage ;;
esac
want_chromium=0
docker_optional=0
case "$purpose_for" in
  test|ci) want_chromium=1 ;;
  demo) docker_optional=1 ;;
esac

say() { echo "agent-fanout: $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
join() { local IFS="$1"; shift; echo "$*"; }
# "a, b and c"
and_list() {
  local n=$#
  if [ "$n" -le 1 ]; then echo "$*"; return; fi
  local out='' i=0
  for item in "$@"; do
    i=$((i + 1))
    if [ "$i" -eq 1 ]; then out="$item"; elif [ "$i" -eq "$n" ]; then out="$out and $item"; else out="$out, $item"; fi
  done
  echo "$out"
}

if [ "$purpose" != system ]; then
  # Node 24 first on PATH (a registry package into .tools/ when the machine's node is older).
  source "$root/scripts/ensure-node.sh"
  if [ "$purpose" != ci ] && [ ! -x "$root/node_modules/.bin/tsc" ]; then
    say "\`$what\` needs the project's dependencies first: run \`npm ci\` in $root, then \`$what\` again."
    exit 1
  fi
fi

# --- what is there -------------------------------------------------------------------------------

# ok | absent (no engine installed) | stopped (installed, not answering) | denied (answering, but not
# to this user) | remote (DOCKER_HOST names an engine elsewhere that does not answer)
docker_state() {
  local out
  have docker || { echo absent; return; }
  if out="$(docker version --format '{{.Server.Version}}' 2>&1)"; then echo ok; return; fi
  case "$out" in
    *"permission denied"*) echo denied ;;
    *)
      case "${DOCKER_HOST:-unix://}" in
        unix://*) if have dockerd; then echo stopped; else echo absent; fi ;;
        *) echo remote ;;
      esac
      ;;
  esac
}

image_present() { docker image inspect --format '{{.Id}}' "$1" >/dev/null 2>&1; }

chromium_path() {
  if [ -n "${AGENT_FANOUT_CHROMIUM:-}" ]; then
    [ -x "$AGENT_FANOUT_CHROMIUM" ] && echo "$AGENT_FANOUT_CHROMIUM"
    return 0
  fi
  command -v chromium || command -v chromium-browser || command -v google-chrome || command -v google-chrome-stable || true
}

git_missing=0
base_missing=0
agent_missing=0
chromium_missing=0
sudo_missing=0

have git || git_missing=1
# The tests run as root (as CI does) include one of a GitHub-hosted runner's user, who mounts task
# checkouts through `sudo -n`: it needs sudo.
case "$purpose_for" in test|ci) [ "$(id -u)" -eq 0 ] && ! have sudo && sudo_missing=1 ;; esac
state="$(docker_state)"
case "$state" in
  ok)
    # One call for the usual case, both present.
    if ! docker image inspect --format '{{.Id}}' "$base_image" "$agent_image" >/dev/null 2>&1; then
      image_present "$base_image" || base_missing=1
      image_present "$agent_image" || agent_missing=1
    fi
    ;;
  absent) base_missing=1; agent_missing=1 ;;
esac
# The `system` part is root's: the agent image is built by the user it prepares for.
[ "$purpose" = system ] && agent_missing=0

chromium=''
if [ "$want_chromium" = 1 ]; then
  chromium="$(chromium_path)"
  if [ -z "$chromium" ]; then
    if [ -n "${AGENT_FANOUT_CHROMIUM:-}" ]; then
      say "AGENT_FANOUT_CHROMIUM=$AGENT_FANOUT_CHROMIUM is not an executable file: point it at a Chromium or Chrome binary, or unset it to use (or install) chromium from PATH."
      exit 1
    fi
    chromium_missing=1
  fi
fi

# What is missing, in words, and the Debian packages that bring it.
missing=()
pkgs=()
[ "$git_missing" = 1 ] && { missing+=('git'); pkgs+=(git); }
case "$state" in
  absent) missing+=('a Docker engine'); pkgs+=(docker.io) ;;
  stopped) missing+=("a running Docker engine (dockerd is installed; nothing answers at ${DOCKER_HOST:-the default socket})") ;;
  denied) missing+=("access to the Docker engine ($(id -un) is not in the docker group)") ;;
  remote) missing+=("the Docker engine DOCKER_HOST names ($DOCKER_HOST does not answer)") ;;
esac
if [ "$state" = ok ]; then
  [ "$base_missing" = 1 ] && missing+=("the base image $base_image")
  [ "$agent_missing" = 1 ] && missing+=("the agent image $agent_image")
fi
# CI compares dist/ with a fresh bundle, which holds what `npm ci` compiles of the optional native
# modules (cpu-features, under dockerode's ssh2): without a compiler it differs.
# Where no registry answers (as here), the base image is built with debootstrap.
[ "$base_missing" = 1 ] && ! have debootstrap && pkgs+=(debootstrap)
[ "$chromium_missing" = 1 ] && { missing+=('Chromium'); pkgs+=(chromium); }
[ "$sudo_missing" = 1 ] && { missing+=('sudo'); pkgs+=(sudo); }

# Nothing missing: the usual case, and silent.
if [ ${#missing[@]} -eq 0 ] && [ "$purpose" != ci ] && [ "$purpose" != system ]; then
  [ -n "$chromium" ] && export AGENT_FANOUT_CHROMIUM="$chromium"
  [ $# -gt 0 ] && exec "$@"
  exit 0
fi

# --- may this user install it? ------------------------------------------------------------------

them=them
[ ${#missing[@]} -eq 1 ] && them=it

user="$(id -un 2>/dev/null || echo "uid $(id -u)")"
sudo_cmd=()
may_root=0
sudo_needs_password=0
if [ "$(id -u)" -eq 0 ]; then
  may_root=1
elif have sudo; then
  if sudo -n true >/dev/null 2>&1; then sudo_cmd=(sudo -n); may_root=1; else sudo_needs_password=1; fi
fi
needs_root=0
case "$state" in absent|stopped|denied) needs_root=1 ;; esac
if [ ${#pkgs[@]} -gt 0 ] || [ "$base_missing" = 1 ]; then needs_root=1; fi

# The one command that fixes what only root can: this script's `system` part, run as root.
fix_as_root() {
  local cmd="bash $root/scripts/provision.sh system --for $purpose_for --user $user"
  if [ "$sudo_needs_password" = 1 ]; then echo "sudo $cmd"; else echo "su -c '$cmd'"; fi
}
package_manager_command() {
  local p docker_pkg
  if have dnf || have yum; then
    docker_pkg=moby-engine
    p="$(have dnf && echo dnf || echo yum) install -y"
  elif have zypper; then docker_pkg=docker; p='zypper install -y'
  elif have apk; then docker_pkg=docker; p='apk add'
  elif have pacman; then docker_pkg=docker; p='pacman -S --noconfirm'
  else
    echo "install $(and_list "${missing[@]}") (Docker: https://docs.docker.com/engine/install/), then run \`$what\` again"
    return
  fi
  local names=()
  for pkg in "${pkgs[@]}"; do
    case "$pkg" in docker.io) names+=("$docker_pkg") ;; *) names+=("$pkg") ;; esac
  done
  echo "as root: $p ${names[*]}, start the Docker engine, then run \`$what\` again"
}

cannot() {
  local why="$1" fix="$2"
  local subject="\`$what\` cannot start"
  [ "$purpose" = system ] && subject="cannot prepare this machine for \`$what\`"
  {
    echo "agent-fanout: $subject: this machine lacks $(and_list "${missing[@]}"). $why"
    echo "  Fix: $fix"
  } >&2
}

if [ "$state" = remote ]; then
  cannot "agent-fanout starts no engine elsewhere." \
    "start the engine at $DOCKER_HOST, or \`unset DOCKER_HOST\` to use (or install) one on this machine, then run \`$what\` again"
  exit 1
fi
# A registry may have the base image (none answers here); pulling needs no root.
if [ "$needs_root" = 1 ] && [ "$may_root" = 0 ] && [ "$state" = ok ] && [ "$base_missing" = 1 ] && [ ${#pkgs[@]} -eq 0 ] \
  && timeout 120 docker pull -q "$base_image" >/dev/null 2>&1; then
  base_missing=0
  needs_root=0
fi
if [ "$needs_root" = 1 ] && [ "$may_root" = 0 ]; then
  how="this user ($user, uid $(id -u)) is not root"
  if [ "$sudo_needs_password" = 1 ]; then how="$how and sudo asks for a password"; else how="$how and has no sudo"; fi
  fix="run as root: $(fix_as_root); then"
  # Group membership applies from the next login.
  if [ "$state" != ok ] && ! id -nG 2>/dev/null | tr ' ' '\n' | grep -qx docker; then fix="$fix log in again (for the docker group) and"; fi
  fix="$fix run \`$what\` again"
  if [ "$docker_optional" = 1 ] && have git; then
    say "this machine lacks $(and_list "${missing[@]}") and $how, so \`$what\` runs its agents as subprocesses. For containers, $fix."
    [ $# -gt 0 ] && exec "$@"
    exit 0
  fi
  cannot "Installing $them needs root, and $how." "$fix"
  exit 1
fi
if [ ${#pkgs[@]} -gt 0 ] && ! have apt-get; then
  cannot "There is no apt-get here to install $them with." "$(package_manager_command)"
  exit 1
fi

# --- install and start what is missing ----------------------------------------------------------

started=$(date +%s)
as_root() { "${sudo_cmd[@]}" "$@"; }

brought=()
if [ ${#pkgs[@]} -gt 0 ]; then
  say "installing ${pkgs[*]} with apt-get"
  as_root apt-get update -qq
  # Chromium without its recommendations (a desktop's worth: printing, udev, mesa; 175 packages of
  # 339 on Debian 12) but with fonts, so pages render text; docker.io with them (apparmor, whose
  # absence on an AppArmor kernel keeps containers from starting, cgroupfs-mount, xz-utils).
  apt_install() { as_root env DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 apt-get install -y -qq "$@" >/dev/null; }
  rest=()
  for pkg in "${pkgs[@]}"; do [ "$pkg" = chromium ] || rest+=("$pkg"); done
  [ ${#rest[@]} -gt 0 ] && apt_install "${rest[@]}"
  [ "$chromium_missing" = 1 ] && apt_install --no-install-recommends chromium fonts-liberation
  [ "$git_missing" = 1 ] && brought+=(git)
  [ "$sudo_missing" = 1 ] && brought+=(sudo)
fi

denied=0
[ "$state" = denied ] && denied=1
if { [ "$state" = absent ] || [ "$state" = stopped ]; } && ! docker version >/dev/null 2>&1; then
  log="${TMPDIR:-/tmp}/agent-fanout-dockerd.log"
  if [ -z "${DOCKER_HOST:-}" ] && [ -d /run/systemd/system ] && have systemctl; then
    say "starting the docker service"
    as_root systemctl start docker
  else
    # No service manager (a container, a CI VM): dockerd in its own session, so that a Ctrl-C of
    # this run does not stop it, listening where DOCKER_HOST points when it is set.
    args=()
    [ -n "${DOCKER_HOST:-}" ] && args+=(-H "$DOCKER_HOST")
    # shellcheck disable=SC2206 # flags, split on purpose
    args+=(${AGENT_FANOUT_DOCKERD_ARGS:-})
    say "starting dockerd${args[*]:+ ${args[*]}} (log: $log)"
    as_root setsid dockerd "${args[@]}" </dev/null >>"$log" 2>&1 &
  fi
  brought+=('a Docker engine')
  for _ in $(seq 1 120); do
    docker version >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker version >/dev/null 2>&1; then
    out="$(docker version 2>&1 || true)"
    case "$out" in *"permission denied"*) denied=1 ;; *)
      say "the Docker engine did not answer within 60 s:"
      [ -f "${log:-}" ] && tail -20 "$log" >&2
      exit 1 ;;
    esac
  fi
fi

# The docker group: for the user the root part is run for, or for this (sudo) user.
group_user=''
if [ "$purpose" = system ] && [ -n "$for_user" ] && [ "$for_user" != root ]; then group_user="$for_user"
elif [ "$(id -u)" -ne 0 ] && { [ "$denied" = 1 ] || [ "$state" = absent ]; }; then group_user="$user"; fi
if [ -n "$group_user" ] && ! id -nG "$group_user" 2>/dev/null | tr ' ' '\n' | grep -qx docker; then
  as_root groupadd -f docker
  as_root usermod -aG docker "$group_user"
  say "added $group_user to the docker group"
fi
if [ "$purpose" != system ] && ! docker version >/dev/null 2>&1; then
  say "\`$what\` cannot start yet: $user is now in the docker group, which applies from the next login. Log in again (or run \`newgrp docker\`), then run \`$what\` again."
  exit 1
fi

if ! image_present "$base_image"; then
  say "building the base image $base_image"
  if [ "$(id -u)" -eq 0 ]; then bash "$root/scripts/ensure-base-image.sh" "$base_image" >&2
  else as_root bash "$root/scripts/ensure-base-image.sh" "$base_image" >&2; fi
  brought+=("the base image $base_image")
fi

# CI installs from the lockfile itself (the bundle it compares is built from node_modules).
[ "$purpose" = ci ] && (cd "$root" && npm ci --no-audit --no-fund)

if [ "$purpose" != system ] && { [ "$purpose" = ci ] || ! image_present "$agent_image"; }; then
  ca="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"
  ca_args=()
  [ -r "$ca" ] && ca_args=(--ca-cert "$ca")
  say "building the agent image $agent_image"
  (cd "$root" && npm run --silent build && node lib/cli/bin.js image build "${ca_args[@]}") >&2
  brought+=("the agent image $agent_image")
fi

if [ "$want_chromium" = 1 ]; then
  chromium="$(chromium_path)"
  if [ -z "$chromium" ]; then
    say "Chromium is still missing after installing it; is the 'chromium' package installable here?"
    exit 1
  fi
  [ "$purpose" = system ] || export AGENT_FANOUT_CHROMIUM="$chromium"
  [ "$chromium_missing" = 1 ] && brought+=("Chromium ($chromium)")
fi

[ ${#missing[@]} -gt 0 ] && say "ready for \`$what\` in $(( $(date +%s) - started )) s (brought: $(and_list "${brought[@]}"))"
[ "$purpose" != system ] && [ $# -gt 0 ] && exec "$@"
exit 0
