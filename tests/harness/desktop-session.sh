#!/usr/bin/env bash
# Runs a command inside a private desktop session, the way the tests need it:
#   - a private D-Bus session bus (everything on it ends with the command),
#   - gnome-keyring's Secret Service on that bus, freshly created and unlocked,
#   - a notification server that records every notification (tests/harness/notify-recorder.py),
#   - an X display (Xvfb) unless one is already set.
# Usage: tests/harness/desktop-session.sh COMMAND [ARGS...]
# Keeps HOME (and so ~/.cargo) as it is; moves only XDG_RUNTIME_DIR / XDG_DATA_HOME into a
# temporary folder, which is removed afterwards (set KEEP_SESSION_DIR=1 to keep it).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -z "${ULAZAI_DESKTOP_SESSION:-}" ]; then
  export ULAZAI_DESKTOP_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

HARNESS=$(cd "$(dirname "$0")" && pwd)
SESSION_DIR=$(mktemp -d "${TMPDIR:-/tmp}/ulazai-session.XXXXXX")
export XDG_RUNTIME_DIR="$SESSION_DIR/runtime" XDG_DATA_HOME="$SESSION_DIR/data"
# The app follows the system's language: the session speaks English whatever this machine's
# locale is, as the tests expect; a test of another language asks for it (ULAZAI_LANG, or
# the Settings picker).
export LANGUAGE=en LC_ALL=C.UTF-8
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -z "${KEEP_SESSION_DIR:-}" ]; then rm -rf "$SESSION_DIR"; else echo "session dir kept: $SESSION_DIR"; fi
}
trap cleanup EXIT

say() { echo "desktop-session: $*" >&2; }

# 1. Secret Service: a new keyring, unlocked with a throwaway password read from stdin.
#    --replace takes over from any daemon D-Bus may have activated (that one has no usable
#    collection and answers NoStorageAccess).
#    Now and then the first probe races the daemon's start-up (D-Bus activates a second
#    daemon, whose "login" collection does not exist yet): start it again and retry.
usable=""
for attempt in 1 2 3; do
  eval "$(printf '%s' "${KEYRING_PASSWORD:-ulazai-tests}" | gnome-keyring-daemon --replace --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  if { secret-tool store --label=ulazai-probe ulazai-probe 1 <<<"probe" && secret-tool clear ulazai-probe 1; } 2>/dev/null; then
    usable=1; break
  fi
  say "the Secret Service is not usable yet (attempt $attempt); starting it again"
  sleep 1
done
if [ -z "$usable" ]; then
  say "the Secret Service is not usable on this bus"
  exit 1
fi
say "Secret Service ready (gnome-keyring)"

# 2. Notification recorder.
export NOTIFY_LOG="$SESSION_DIR/notifications.jsonl" NOTIFY_CLICK_FILE="$SESSION_DIR/notify-click" \
  NOTIFY_CAPS_FILE="$SESSION_DIR/notify-caps"
ready="$SESSION_DIR/notify.ready"
NOTIFY_READY="$ready" /usr/bin/python3 "$HARNESS/notify-recorder.py" &
pids+=($!)
for _ in $(seq 200); do [ -e "$ready" ] && break; sleep 0.05; done
[ -e "$ready" ] || { say "the notification recorder did not start"; exit 1; }
say "notification recorder ready ($NOTIFY_LOG)"

# 3. A display for the app window (WebKitGTK needs one).
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    # The screen, and -noreset: an Xvfb that resets when its last client leaves refuses
    # connections meanwhile, and an app that restarts (the update) comes back just then.
    # The test kit's own displays read the same file.
    read -ra xvfb_args <"$HARNESS/xvfb-args"
    Xvfb ":$n" "${xvfb_args[@]}" >"$SESSION_DIR/xvfb.log" 2>&1 &
    xvfb=$!
    pids+=("$xvfb")
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
    # Ours only if our Xvfb still runs: another session may have taken :$n meanwhile.
    if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb" 2>/dev/null; then export DISPLAY=":$n"; break; fi
  done
  [ -n "${DISPLAY:-}" ] || { say "could not start Xvfb"; exit 1; }
  say "Xvfb on $DISPLAY"
fi

export ULAZAI_SESSION_DIR="$SESSION_DIR"
"$@"
