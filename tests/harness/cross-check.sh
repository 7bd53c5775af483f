#!/usr/bin/env bash
# The workspace built for the other desktop platforms on this Linux machine, with Debian's
# packages and crates.io only:
#   (default)  `make windows-check`: built for Windows (x86_64-pc-windows-gnu, MinGW) and its
#              tests run under Wine;
#   --macos    `make macos-check`: every target type-checked for macOS (aarch64-apple-darwin).
#              Not a build: no Apple SDK is reachable, so nothing is linked; the few C files
#              some build scripts compile go to a stand-in compiler that writes empty objects.
#              GitHub Actions builds and tests the real thing (ci.yml, macos-latest).
#
#  1. A Debian trixie root (debootstrap) with rustc-web, cargo-web, rust-web-src (std's
#     sources: Debian has no prebuilt Windows or macOS std for this Rust, so std is built
#     with cargo's -Zbuild-std, which needs RUSTC_BOOTSTRAP=1 — set for these builds only),
#     the MinGW C compiler and linker, and wine 10 (bookworm's wine 8 cannot start Rust >=
#     1.78 programs). Made once, kept in .cross-check/ (ignored by git), with its cargo cache,
#     wine prefix and target dirs, so a second run only rebuilds what changed.
#  2. The checkout bind-mounted READ-ONLY into the root (only gen/, where tauri-build
#     writes its schemas, is mounted writable), so nothing that deletes the root can delete
#     the checkout through the mount; every mount is undone on every exit (trap). The root
#     lies outside target/, so `cargo clean` never walks into it.
#  3. Windows: the UI built (ui/dist) if missing (the shell embeds it); the app binary
#     linked; the tests of the engine, the simulator and the shell's tests that need no
#     window built, then run under Wine. Printed: tests run per crate, seconds per step,
#     df before/after.
#
# --clean (make windows-check WINDOWS_CHECK_CLEAN=1): remove the root, with the target dirs
# inside it, afterwards (CI's disk; the test logs stay); the next run starts cold.
set -euo pipefail
clean=""
macos=""
for arg in "$@"; do
  case "$arg" in
    --clean) clean=1 ;;
    --macos) macos=1 ;;
    *) echo "usage: $0 [--macos] [--clean]"; exit 2 ;;
  esac
done
cd "$(dirname "$0")/../.."
repo=$PWD
base=$repo/.cross-check
root=$base/root
target=x86_64-pc-windows-gnu
packages="rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 wine wine64 ca-certificates"
# The shell: its unit tests and tests/shell (the real app on Tauri's mock runtime, no
# window). Those that need the Linux desktop session (a private D-Bus with the Secret
# Service and a notification server, or the real app binary's window) skip themselves
# outside it, printing SKIP; tests/e2e needs a window (WebView2, which Wine lacks).

report=()
counts=()
step_start=0
begin() { echo "==> $1"; step_name=$1; step_start=$(date +%s); }
end() { report+=("$(printf '%6ss  %s' "$(($(date +%s) - step_start))" "$step_name")"); }

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  mounted=()
}
child=""
exec 3>&1 4>&2 # the terminal: a trap may run inside a step whose output goes to a log
finish() {
  local rc=$?
  exec 1>&3 2>&4
  if [ -n "$child" ]; then # interrupted: stop the build or test run first
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  unmount_all
  # A mount left by an earlier run that was killed (SIGKILL skips traps).
  for m in "$root/src/gen" "$root/src" "$root/proc" "$base/root.partial/proc"; do
    if mountpoint -q "$m" 2>/dev/null; then umount -l "$m" || true; fi
  done
  if [ ${#report[@]} -gt 0 ]; then
    echo "==> Where the time went:"; printf '%s\n' "${report[@]}"
  fi
  if [ ${#counts[@]} -gt 0 ]; then
    echo "==> Tests run under Wine:"; printf '%s\n' "${counts[@]}"
  fi
  echo "==> Disk after:"; df -h "$repo" | tail -1
  if [ $rc -ne 0 ]; then echo "==> cross-check FAILED (exit $rc)"; fi
  exit $rc
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# mount_at DIR MOUNTPOINT [ro]: bind-mount, remembered for the trap.
bind() {
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}

[ "$(id -u)" -eq 0 ] || { echo "cross-check needs root (debootstrap, chroot, mount): run it with sudo"; exit 1; }
finish_stale() { for m in "$root/src/gen" "$root/src" "$root/proc"; do
  if mountpoint -q "$m" 2>/dev/null; then umount -l "$m"; fi; done; }
finish_stale

echo "==> Disk before:"; df -h "$repo" | tail -1

if [ ! -f "$root/.ready" ]; then
  begin "Debian trixie root with Rust, std's sources, MinGW and wine (once; about 4 min)"
  command -v debootstrap >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap; }
  partial=$base/root.partial
  if mountpoint -q "$partial/proc" 2>/dev/null; then umount -l "$partial/proc"; fi
  rm -rf --one-file-system "$partial"
  mkdir -p "$base"
  debootstrap --variant=minbase trixie "$partial" http://deb.debian.org/debian >"$base/debootstrap.log" 2>&1 ||
    { tail -20 "$base/debootstrap.log"; exit 1; }
  # crates.io through this machine's extra certificate authorities, if it has any.
  mkdir -p "$partial/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$partial/usr/local/share/ca-certificates/" 2>/dev/null || true
  mount -t proc proc "$partial/proc"; mounted+=("$partial/proc")
  chroot "$partial" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DEBIAN_FRONTEND=noninteractive sh -c \
    "apt-get update -qq && apt-get install -y -qq --no-install-recommends $packages >/dev/null && update-ca-certificates >/dev/null && apt-get clean"
  unmount_all
  touch "$partial/.ready"
  if [ -e "$root" ]; then rm -rf --one-file-system "$root"; fi
  mv "$partial" "$root"
  end
fi

if [ ! -f ui/dist/index.html ]; then
  begin "the UI (ui/dist, embedded in the app binary)"
  make --no-print-directory ui
  end
fi

mkdir -p "$root/proc" gen
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
bind "$repo" "$root/src" ro
bind "$repo/gen" "$root/src/gen"
mkdir -p "$root/build"

if [ -n "$macos" ]; then
  mac=aarch64-apple-darwin
  stub=$root/build/macos-stub
  mkdir -p "$stub"
  cat >"$stub/cc" <<'STUB'
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
STUB
  cat >"$stub/ar" <<'STUB'
#!/bin/sh
# Stand-in archiver for type-checking only: an empty archive for `ar crs lib.a ...`.
for a in "$@"; do case "$a" in *.a) printf '!<arch>\n' > "$a"; exit 0 ;; esac; done
STUB
  chmod +x "$stub/cc" "$stub/ar"
  begin "macOS: cargo check --workspace --all-targets --target $mac (std from its sources)"
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=/build/target-macos CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}" \
    CC_aarch64_apple_darwin=/build/macos-stub/cc CXX_aarch64_apple_darwin=/build/macos-stub/cc \
    AR_aarch64_apple_darwin=/build/macos-stub/ar TS_RS_EXPORT_DIR=/build/ts-rs-auto \
    sh -c 'cd /src && exec cargo check --locked -Zbuild-std --target '"$mac"' --workspace --all-targets' &
  child=$!
  wait "$child"
  child=""
  end
  echo "==> macOS type check OK"
  exit 0
fi

# Run a command in the root, in the checkout, with the Windows build's environment. A UTF-8
# locale: Wine maps Windows file names to Unix ones through it (in the C locale a name
# with any non-ASCII character cannot be created: "file not found"). WINEPATH: a MinGW build
# links WebView2Loader.dll dynamically (MSVC builds, the released ones, link it statically);
# cargo puts it beside the app binary, not beside the test programs in deps/.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=/build/target CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}" \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine WINEPREFIX=/build/wine WINEDEBUG=-all \
    ULAZAI_UNDER_WINE=1 \
    WINEPATH='Z:\build\target\x86_64-pc-windows-gnu\debug' \
    TS_RS_EXPORT_DIR=/build/ts-rs-auto CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}" \
    sh -c 'cd /src && exec "$@"' sh "$@" &
  # Waited for with `wait`, which a trapped signal interrupts at once: bash runs no trap for
  # SIGINT while a foreground child that handles SIGINT itself (cargo) is running.
  child=$!
  local rc=0
  wait "$child" || rc=$?
  child=""
  return "$rc"
}
# cargo_win SUBCOMMAND ARGS...: cargo for Windows in the root.
cargo_win() { local sub=$1; shift; in_root cargo "$sub" --locked -Zbuild-std --target "$target" "$@"; }

begin "rustc for Windows: $(in_root rustc --version)"; end
begin "wine prefix (once)"
in_root sh -c '[ -d /build/wine ] || wineboot -i >/dev/null 2>&1 || true'
end

# Run one crate's tests under Wine (output in .cross-check/test-NAME.log; the results,
# failures and panics shown). Counted: tests passed, failed, ignored (each #[ignore] on
# Windows has its reason beside it), and those that passed by skipping themselves at run
# time with a printed SKIP (no ffmpeg under Wine; the Linux desktop session).
run_tests() { # name, cargo test args... (then -- and the harness's args)
  local name=$1 log=$base/test-$1.log
  shift
  begin "$name: run under Wine"
  set +e
  cargo_win test "$@" --nocapture >"$log" 2>&1
  local rc=$?
  set -e
  grep -E '^ +Running|^test result|^test .*(FAILED|ignored)|panicked at|^error' "$log" |
    grep -v XDG_RUNTIME_DIR || true
  end
  local passed ignored failed skipped
  passed=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s += $1} END {print s + 0}')
  ignored=$(grep -Eo '[0-9]+ ignored' "$log" | awk '{s += $1} END {print s + 0}')
  failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s += $1} END {print s + 0}')
  skipped=$(grep -Eo 'SKIP(PED)?[ :]' "$log" | wc -l)
  counts+=("$(printf '%-10s %4s passed (%s of them skipped themselves: SKIP in %s)  %s failed  %s ignored' \
    "$name" "$passed" "$skipped" "${log#"$repo"/}" "$failed" "$ignored")")
  return "$rc"
}

begin "engine: build its tests"
cargo_win test -p ulazai-engine --no-run
end
begin "the app binary linked for Windows (target/$target/debug/ulazai-studio.exe)"
cargo_win build --bin ulazai-studio
end
begin "simulator and shell: build their tests"
cargo_win test -p ulazai-sim --no-run
cargo_win test -p ulazai-studio --lib --test shell --no-run
end

status=0
run_tests engine -p ulazai-engine --no-fail-fast -- || status=1
run_tests simulator -p ulazai-sim --no-fail-fast -- || status=1
run_tests shell -p ulazai-studio --lib --test shell --no-fail-fast -- || status=1

if [ -n "$clean" ]; then
  begin "--clean: remove the root and the Windows target dir"
  unmount_all
  if grep -q " $root/" /proc/mounts; then echo "still mounted under $root: not removed"; exit 1; fi
  rm -rf --one-file-system "$root"
  end
fi
exit $status
