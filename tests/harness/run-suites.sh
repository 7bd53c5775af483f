#!/usr/bin/env bash
# What `make test` runs inside tests/harness/desktop-session.sh: the same tests as
# `npm test`, `svelte-check` and `cargo test --workspace`, in two lanes after one build.
#
# - Everything is built first (cargo test --no-run), so neither lane compiles.
# - The end-to-end lane: tests/e2e. Every test starts at once (one test thread each) and
#   waits for one of ULAZAI_E2E_WINDOWS (3) places for an app window; the places go to the
#   longest tests first (tests/e2e/places.rs). Its output is shown as it comes (libtest's
#   "has been running for over 60 seconds" there mostly names a test still waiting for a place).
# - The other lane, beside it: the UI's unit tests and type check, the Rust unit and doc
#   tests, the engine and simulator integration tests, and the shell integration tests (four
#   at a time). These mostly wait (on renders, on the app binary), as the end-to-end tests
#   do: the two lanes together keep the 2 cores busy where one after the other left them
#   half idle. Its output goes to target/test-logs/lane.log and is shown when both end.
#   It runs in a desktop session of its own (D-Bus, keyring, notification recorder, Xvfb):
#   sharing one, a shell test's click on "Open" reached the end-to-end apps' notifications.
# Each suite runs all its tests (--no-fail-fast); the lane stops after its first failing
# suite. At the end: seconds per step, so a slow run says where the time went.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit

windows=${ULAZAI_E2E_WINDOWS:-3}
export ULAZAI_E2E_WINDOWS=$windows
# Every step names the workspace (and picks targets), so features resolve as in the build
# step and nothing is compiled twice.
cargo_test="cargo test --workspace --locked --no-fail-fast"
lane=(
  "the engine's grid-view answers for the UI's parity test (target/view-parity.json)|$cargo_test --lib -- store::view::parity"
  "UI unit tests (Vitest; the view parity test requires that file)|env ULAZAI_VIEW_PARITY=required npm --prefix ui test"
  "UI type check (svelte-check)|npm --prefix ui run check"
  "unit tests (engine, simulator, shell, test kit) and examples|$cargo_test --lib --bins --examples"
  "doc tests|$cargo_test --doc"
  "engine, simulator and message-catalog integration (tests/engine, tests/sim, the catalogs, the .desktop entry, the Rust words lint, the fuzz lock)|$cargo_test --test engine --test sim --test catalog --test desktop_entry --test rust_literals --test lockfiles"
  "shell integration (tests/shell, 4 at a time)|$cargo_test --test shell -- --test-threads=4"
)
e2e="end to end (tests/e2e, $windows windows at a time)|$cargo_test --test e2e -- --test-threads=64"
logs=target/test-logs
mkdir -p "$logs"

# run_step "name|command" REPORT_FILE [LOG]: runs it (its output also into LOG when given),
# appends "seconds ok/FAILED name", returns its code.
run_step() {
  local name=${1%%|*} cmd=${1#*|} start rc secs
  echo "==> $name: $cmd"
  start=$(date +%s)
  if [ -n "${3:-}" ]; then
    $cmd 2>&1 | tee "$3"
    rc=${PIPESTATUS[0]}
  else
    $cmd
    rc=$?
  fi
  secs=$(($(date +%s) - start))
  if [ $rc -eq 0 ]; then printf '%6ss  ok      %s\n' "$secs" "$name" >>"$2"
  else printf '%6ss  FAILED  %s\n' "$secs" "$name" >>"$2"; fi
  return $rc
}

# The other lane, called back inside its own desktop session (below): its steps, one after
# another, each reported into the file named.
if [ "${1:-}" = "--lane" ]; then
  for step in "${lane[@]}"; do
    run_step "$step" "$2" || exit $?
  done
  exit 0
fi

: >"$logs/report-build" ; : >"$logs/report-lane" ; : >"$logs/report-e2e" ; rm -f "$logs/e2e.log" "$logs/lane.log"
status=0
run_step "build|cargo test --workspace --locked --no-run" "$logs/report-build" || status=$?
if [ $status -eq 0 ]; then
  echo "==> Two lanes from here: end to end (shown as it runs) and the rest (in $logs/lane.log)"
  env -u ULAZAI_DESKTOP_SESSION -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u NOTIFY_LOG \
    -u NOTIFY_CLICK_FILE -u GNOME_KEYRING_CONTROL -u ULAZAI_SESSION_DIR \
    tests/harness/desktop-session.sh "$0" --lane "$logs/report-lane" >"$logs/lane.log" 2>&1 &
  lane_pid=$!
  run_step "$e2e" "$logs/report-e2e" "$logs/e2e.log" || status=$?
  wait "$lane_pid"
  lane_rc=$?
  echo "==> The other lane's output (UI, unit, doc, engine, simulator, shell):"
  cat "$logs/lane.log"
  [ $lane_rc -eq 0 ] || status=$lane_rc
fi
echo "==> Where the time went (the two lanes ran side by side after the build):"
cat "$logs/report-build"
sed 's/^/  lane: /' "$logs/report-lane"
sed 's/^/  e2e:  /' "$logs/report-e2e"
# A failure's own words (libtest's "failures:" block) again at the very end, where a log
# cut to its last lines still shows them.
if [ $status -ne 0 ]; then
  for log in "$logs/e2e.log" "$logs/lane.log"; do
    [ -f "$log" ] || continue
    block=$(sed -n '/^failures:$/,/^test result:/p' "$log" | grep -v 'WebKit\|GL video sink\|^$' | head -n 120)
    [ -n "$block" ] && printf '==> What failed, from %s:\n%s\n' "$log" "$block"
  done
fi
exit $status
