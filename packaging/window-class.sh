#!/usr/bin/env bash
# Writes the WM_CLASS of the window titled TITLE that APP maps to OUT, as two lines (instance,
# then class), then ends APP. Run inside tests/harness/desktop-session.sh (a display).
# Usage: packaging/window-class.sh APP TITLE OUT
set -euo pipefail
app=$1 title=$2 out=$3
# Its own process group, so that its WebKit processes end with it before the harness removes
# the session folder they write into.
setsid "$app" >/dev/null 2>&1 &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 100); do pgrep -g "$pid" >/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  sleep 0.5
}
trap stop EXIT
for _ in $(seq 300); do
  line=$(xwininfo -root -tree 2>/dev/null | grep -F "\"$title\": (" | head -1 || true)
  if [ -n "$line" ]; then
    # e.g.  0x1a00003 "UlazAI Studio": ("ulazai-studio" "Ulazai-studio")  1280x800+0+0  +0+0
    sed -n 's/.*": ("\([^"]*\)" "\([^"]*\)").*/\1\n\2/p' <<<"$line" >"$out"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "window-class: $app exited before mapping a window" >&2; exit 1; }
  sleep 0.1
done
echo "window-class: no window titled '$title' within 30 s" >&2
exit 1
