#!/usr/bin/env bash
# `npm run test:stress [-- VITEST ARGS]`: the integration tests while every core is kept busy, so that
# a test depending on an idle machine fails here rather than on a user's busy one. One busy loop per
# core (AGENT_FANOUT_STRESS_HOGS overrides the count), at the same nice level as the tests, all
# killed when the tests end, however they end.
set -euo pipefail
cd "$(dirname "$0")/.."
hogs="${AGENT_FANOUT_STRESS_HOGS:-$(nproc)}"
pids=()
stop_hogs() {
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  pids=()
}
trap stop_hogs EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
parent=$$
for _ in $(seq 1 "$hogs"); do
  # Also ends by itself if this script dies without running its trap (SIGKILL).
  bash -c 'i=0; while :; do i=$((i + 1)); if [ $i -ge 100000 ]; then kill -0 "$1" 2>/dev/null || exit 0; i=0; fi; done' hog "$parent" &
  pids+=($!)
done
load_start="$(cut -d" " -f1-3 /proc/loadavg)"
echo "stress: $hogs busy loops on $(nproc) cores (load averages $load_start at start)" >&2
status=0
npx vitest run --project itg "$@" || status=$?
load_end="$(cut -d" " -f1-3 /proc/loadavg)"
echo "stress: load averages $load_end at the end; integration tests exited $status" >&2
exit "$status"
