#!/usr/bin/env bash
# The Rust part of `make test`, inside tests/harness/desktop-session.sh: everything built
# first, then the suites from the fastest to the slowest (unit tests, engine, simulator,
# shell, end to end), stopping after the first suite that fails (each suite runs all of its
# tests: --no-fail-fast). At the end: seconds per step, so a slow run says where time went.
# The same tests as `cargo test --workspace`. The shell's and the end-to-end tests mostly wait
# (on renders, on the app binary): the shell's run four at a time. The end-to-end tests all
# start at once (one test thread each) and wait for one of ULAZAI_E2E_WINDOWS (3) places for
# an app window, which go to the longest tests first (tests/e2e/places.rs).
set -uo pipefail
cd "$(dirname "$0")/../.."

windows=${ULAZAI_E2E_WINDOWS:-3}
export ULAZAI_E2E_WINDOWS=$windows
# Every step names the workspace (and picks targets), so features resolve as in the build
# step and nothing is compiled twice.
cargo_test="cargo test --workspace --locked --no-fail-fast"
steps=(
  "build|cargo test --workspace --locked --no-run"
  "unit tests (engine, simulator, shell, test kit) and examples|$cargo_test --lib --bins --examples"
  "doc tests|$cargo_test --doc"
  "engine and simulator integration (tests/engine, tests/sim)|$cargo_test --test engine --test sim"
  "shell integration (tests/shell, 4 at a time)|$cargo_test --test shell -- --test-threads=4"
  "end to end (tests/e2e, $windows windows at a time)|$cargo_test --test e2e -- --test-threads=64"
)
report=()
status=0
for step in "${steps[@]}"; do
  name=${step%%|*}
  cmd=${step#*|}
  echo "==> $name: $cmd"
  start=$(date +%s)
  $cmd
  rc=$?
  secs=$(($(date +%s) - start))
  if [ $rc -eq 0 ]; then report+=("$(printf '%6ss  ok      %s' "$secs" "$name")")
  else report+=("$(printf '%6ss  FAILED  %s' "$secs" "$name")"); status=$rc; fi
  [ $rc -eq 0 ] || break
done
echo "==> Where the time went:"
printf '%s\n' "${report[@]}"
exit $status
