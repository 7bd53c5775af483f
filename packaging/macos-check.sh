#!/usr/bin/env bash
# Type-checks the workspace for macOS here, where nothing can build or run it: every target
# (tests too) with `cargo check --target aarch64-apple-darwin`, so the cfg(target_os =
# "macos") code (the menu bar, the Dock badge, the notification permission) is compiled
# by rustc against the real macOS crates (objc2, AppKit and UserNotifications bindings).
# Not a build: no linker, no Apple SDK. The few C / Objective-C files some dependencies
# compile in their build scripts are handed to a stand-in compiler that writes empty objects
# (nothing is linked, so nothing reads them). GitHub Actions builds and tests the real thing
# (.github/workflows/ci.yml, macos-latest).
# Needs rustup's standard library for the target (`rustup target add aarch64-apple-darwin`).
set -euo pipefail
cd "$(dirname "$0")/.."
target=aarch64-apple-darwin
if ! rustup target list --installed | grep -qx "$target"; then
  echo "==> rustup target add $target (the standard library for macOS, to check against)"
  rustup target add "$target"
fi
stub=target/tools/macos-check
mkdir -p "$stub"
cat > "$stub/cc" <<'EOF'
#!/bin/sh
# Stand-in C compiler for type-checking only: writes an empty object where -o says.
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift ;;
    -o*) out="${1#-o}" ;;
    --version | -v) echo "stand-in cc (macos-check)"; exit 0 ;;
  esac
  shift
done
if [ -n "$out" ]; then : > "$out"; fi
EOF
cat > "$stub/ar" <<'EOF'
#!/bin/sh
# Stand-in archiver for type-checking only: an empty archive for `ar crs lib.a ...`.
for a in "$@"; do case "$a" in *.a) printf '!<arch>\n' > "$a"; exit 0 ;; esac; done
EOF
chmod +x "$stub/cc" "$stub/ar"
echo "==> cargo check --workspace --all-targets --target $target"
start=$(date +%s)
CC_aarch64_apple_darwin=$PWD/$stub/cc CXX_aarch64_apple_darwin=$PWD/$stub/cc \
  AR_aarch64_apple_darwin=$PWD/$stub/ar \
  cargo check --locked --workspace --all-targets --target "$target"
echo "==> macOS type check OK ($(($(date +%s) - start)) s)"
