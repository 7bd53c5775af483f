#!/usr/bin/env bash
# `make dist`'s summary: the sizes of what it built, the empty Tauri window's beside them.
# The .deb/.rpm columns of the empty window are what its binary weighs gzip'd (the .deb's
# data is a gzip'd tar): it is not packaged, so that is the closest like-for-like figure.
set -euo pipefail
cd "$(dirname "$0")/.."
rel=target/release
app=$rel/ulazai-studio
empty=$rel/examples/empty_window
deb=$(ls -t $rel/bundle/deb/*.deb 2>/dev/null | head -1)
rpm=$(ls -t $rel/bundle/rpm/*.rpm 2>/dev/null | head -1)
for f in "$app" "$empty" "$deb" "$rpm"; do
  [ -n "$f" ] && [ -f "$f" ] || { echo "sizes: missing ${f:-a package}; run make dist" >&2; exit 1; }
done

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
size() { stat -c %s "$1"; }
stripped() { local t; t=$(mktemp); strip -o "$t" "$1"; size "$t"; rm -f "$t"; }
gzipped() { gzip -9 -c "$1" | wc -c; }

printf '==> Sizes (1 MB = 10^6 bytes)\n'
printf '%-22s %-16s %s\n' "" "UlazAI Studio" "empty Tauri window"
printf '%-22s %-16s %s\n' "release binary" "$(mb "$(size "$app")")" "$(mb "$(size "$empty")")"
printf '%-22s %-16s %s\n' "stripped" "$(mb "$(stripped "$app")")" "$(mb "$(stripped "$empty")")"
printf '%-22s %-16s %s\n' ".deb" "$(mb "$(size "$deb")")" "$(mb "$(gzipped "$empty")") (binary gzip'd)"
printf '%-22s %-16s %s\n' ".rpm" "$(mb "$(size "$rpm")")" "-"
printf 'packages: %s\n          %s\n' "$deb" "$rpm"
