#!/usr/bin/env bash
# The whole in-app update through the package manager, in a clean Debian root:
#   1. a signing key pair made for this run (never the release key);
#   2. two .debs built in this run with that public key and `createUpdaterArtifacts`: the
#      checkout's version (FROM) and the same tree at the next patch version (TO), each with
#      the .sig the bundler makes;
#   3. the packaging check's clean Debian root (debootstrap, target/packaging-root-<suite>.tar)
#      with FROM installed by apt, WebKitWebDriver and tauri-driver, the X display, the
#      session bus and the test's data folder mounted in;
#   4. latest.json (packaging/latest-json.py) and the TO .deb served on 127.0.0.1;
#   5. tests/e2e/update_install.rs: the installed app (ULAZAI_UPDATE_URL) gets a demo job, a
#      folder and a setting; "Install and restart" is accepted in the UI; then dpkg -s and
#      `ulazai-studio --version` say TO, the app restarted, About says TO, and the job, the
#      folder and the setting are kept.
# Run as root or with sudo (debootstrap, chroot, mounts), after `make ui tauri-cli`;
# `make dist-check` runs it last. The two builds use the release profile with its link-time
# optimisation off (UPDATE_CHECK_FULL_PROFILE=1 keeps the profile as it is): the update path
# does not depend on it, and fat LTO twice would take most of an hour on two cores. They
# write target/release (make dist builds it again next time); their .debs are moved into
# target/update-check.
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=ulazai-studio
TOP=$PWD
W=$PWD/target/update-check
TAURI=$PWD/target/tools/tauri-cli/node_modules/.bin/tauri
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
say() { echo "==> update check: $*"; }
fail() { echo "update check FAILED: $*" >&2; exit 1; }
[ -x "$TAURI" ] || fail "no Tauri CLI: run make tauri-cli"
[ -d ui/dist ] || fail "no ui/dist: run make ui"

from=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
to=$(python3 -c 'import sys; a, b, c = sys.argv[1].split("-")[0].split("."); print(f"{a}.{b}.{int(c) + 1}")' "$from")
mkdir -p "$W/pkgs"

old_deb=$W/pkgs/${PKG}_${from}_amd64.deb
new_deb=$W/pkgs/${PKG}_${to}_amd64.deb
# UPDATE_CHECK_REUSE=1: keep the key pair and the two .debs of the last run (for working on
# the steps after the builds).
if [ -n "${UPDATE_CHECK_REUSE:-}" ] && [ -f "$old_deb.sig" ] && [ -f "$new_deb.sig" ]; then
  say "reusing the key pair and the .debs of the last run"
else
say "a signing key pair for this run"
rm -f "$W/test.key" "$W/test.key.pub" "$W"/pkgs/*
TAURI_SIGNING_PRIVATE_KEY_PASSWORD='' "$TAURI" signer generate --ci -p '' -w "$W/test.key" >/dev/null
python3 - "$W" <<'PY'
import json, sys
w = sys.argv[1]
pub = open(f"{w}/test.key.pub").read().strip()
json.dump({"bundle": {"createUpdaterArtifacts": True},
           "plugins": {"updater": {"pubkey": pub}}}, open(f"{w}/test.conf.json", "w"))
PY

# build SOURCE_DIR VERSION: the .deb and its .sig into $W/pkgs.
build() {
  local src=$1 version=$2 fast=()
  if [ -z "${UPDATE_CHECK_FULL_PROFILE:-}" ]; then
    fast=(CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
          CARGO_PROFILE_RELEASE_OPT_LEVEL=1)
  fi
  say "the $version .deb, signed with this run's key (log: $W/build-$version.log)"
  (cd "$src" && env "${fast[@]}" CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$TOP/target" \
     TAURI_SIGNING_PRIVATE_KEY="$(cat "$W/test.key")" TAURI_SIGNING_PRIVATE_KEY_PASSWORD='' \
     "$TAURI" build --ci --bundles deb --config "$W/test.conf.json" -- --locked \
     >"$W/build-$version.log" 2>&1) || { tail -30 "$W/build-$version.log"; fail "the $version build failed"; }
  local deb=target/release/bundle/deb/${PKG}_${version}_amd64.deb
  [ -f "$deb" ] && [ -f "$deb.sig" ] || fail "no $deb with its .sig"
  mv "$deb" "$deb.sig" "$W/pkgs/"
}

# Both trees build into the checkout's target dir: the dependencies are built once.
rm -rf "$W/src"
mkdir -p "$W/src/$from" "$W/src/$to"
for v in "$from" "$to"; do
  tar --exclude=./target --exclude=./ui/node_modules --exclude=./.git --exclude=./.cross-check \
    --exclude=./fuzz/target -cf - . | tar -C "$W/src/$v" -xf -
done
python3 - "$W/src/$to" "$from" "$to" <<'PY'
import re, sys
root, old, new = sys.argv[1:]
toml = open(f"{root}/Cargo.toml").read()
toml = toml.replace(f'version = "{old}"', f'version = "{new}"', 1)
open(f"{root}/Cargo.toml", "w").write(toml)
# Every package of the workspace (a lock entry with no `source`) takes the new version.
lock = open(f"{root}/Cargo.lock").read().split("\n[[package]]\n")
for i, entry in enumerate(lock):
    if "\nsource = " not in entry and f'\nversion = "{old}"' in entry:
        lock[i] = entry.replace(f'\nversion = "{old}"', f'\nversion = "{new}"', 1)
open(f"{root}/Cargo.lock", "w").write("\n[[package]]\n".join(lock))
PY
build "$W/src/$from" "$from"
build "$W/src/$to" "$to"
rm -rf "$W/src"
fi
# The bundle type is stamped into the packaged binary (else the updater would not know it is
# a .deb install, and would fetch the AppImage entry).
for deb in "$old_deb" "$new_deb"; do
  rm -rf "$W/x" && dpkg-deb -x "$deb" "$W/x"
  grep -qa __TAURI_BUNDLE_TYPE_VAR_DEB "$W/x/usr/bin/$PKG" ||
    fail "$(basename "$deb"): the bundle type is not stamped into /usr/bin/$PKG"
done
rm -rf "$W/x"

say "latest.json offering $to, served on 127.0.0.1"
rm -rf "$W/serve" && mkdir -p "$W/serve/bundle/deb" "$W/serve/bundle/rpm" "$W/serve/bundle/appimage" \
  "$W/serve/bundle/nsis" "$W/serve/bundle/macos"
cp "$new_deb" "$new_deb.sig" "$W/serve/bundle/deb/"
# The other install types' entries point at stand-ins: only the .deb's is fetched here.
for f in rpm/${PKG}-${to}-1.x86_64.rpm appimage/${PKG}_${to}_amd64.AppImage \
         "nsis/UlazAI Studio_${to}_x64-setup.exe" "macos/UlazAI Studio.app.tar.gz"; do
  echo stand-in >"$W/serve/bundle/$f"; cp "$new_deb.sig" "$W/serve/bundle/$f.sig"
done
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 packaging/latest-json.py "$W/serve/bundle" --version "$to" \
  --url-base "https://127.0.0.1:$port/placeholder" --notes "Update check $from -> $to" >"$W/serve/latest.json"
sed -i "s#https://127.0.0.1:$port/placeholder#http://127.0.0.1:$port#" "$W/serve/latest.json"
cp "$new_deb" "$W/serve/"
(cd "$W/serve" && exec python3 -m http.server --bind 127.0.0.1 "$port") >"$W/http.log" 2>&1 &
server=$!

say "a clean Debian root with the $from .deb installed"
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
tarball=${UPDATE_CHECK_ROOT_TAR:-$PWD/target/packaging-root-$suite.tar}
[ -f "$tarball" ] || fail "no $tarball: run packaging/check.sh first (it makes the clean root)"
root=$W/root
mounts=()
cleanup() {
  kill "$server" 2>/dev/null || true
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    mountpoint -q "${mounts[i]}" && $sudo umount -l "${mounts[i]}"
  done
  return 0
}
trap cleanup EXIT
bind() { $sudo mkdir -p "$root$1"; $sudo mount --bind "$1" "$root$1"; mounts+=("$root$1"); }
$sudo rm -rf "$root" && mkdir -p "$root" "$PWD/target/packaging-apt-cache"
$sudo tar -C "$root" -xf "$tarball"
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
$sudo mount -t proc proc "$root/proc"; mounts+=("$root/proc")
# The webview needs the devices (shared memory, /dev/dri) and /sys.
for d in /dev /sys; do $sudo mount --rbind "$d" "$root$d"; mounts+=("$root$d"); done
$sudo mount --bind "$PWD/target/packaging-apt-cache" "$root/var/cache/apt/archives"
mounts+=("$root/var/cache/apt/archives")
$sudo cp "$old_deb" "$root/tmp/$PKG.deb"
$sudo chroot "$root" apt-get update -qq
$sudo chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$PKG.deb" webkit2gtk-driver dbus >"$W/chroot-install.log" 2>&1 ||
  { tail -20 "$W/chroot-install.log"; fail "the $from .deb does not install in the clean root"; }
$sudo cp target/tools/bin/tauri-driver "$root/usr/local/bin/tauri-driver"
[ "$($sudo chroot "$root" /usr/bin/$PKG --version)" = "$PKG $from" ] || fail "the $from binary does not run"

say "the installed $from app updates itself to $to through the UI (WebDriver)"
data=$W/data
rm -rf "$data" && mkdir -p "$data"
cat >"$W/driver-in-root.sh" <<EOF
#!/bin/sh
exec chroot "$root" /usr/local/bin/tauri-driver --native-driver /usr/bin/WebKitWebDriver "\$@"
EOF
chmod +x "$W/driver-in-root.sh"
# Inside the desktop session: its X display, session bus and keyring are mounted into the root
# at the same paths, and so is the test's data folder.
cat >"$W/in-session.sh" <<EOF
#!/usr/bin/env bash
set -euo pipefail
dirs=(/tmp/.X11-unix "\$(dirname "\$XDG_RUNTIME_DIR")" "$data")
bus=\${DBUS_SESSION_BUS_ADDRESS:-}; bus=\${bus%%,*}
case "\$bus" in unix:path=*) dirs+=("\$(dirname "\${bus#unix:path=}")");; esac
mounted=()
trap 'for ((i = \${#mounted[@]} - 1; i >= 0; i--)); do umount -l "\${mounted[i]}"; done' EXIT
for d in "\${dirs[@]}"; do
  mountpoint -q "$root\$d" && continue
  mkdir -p "$root\$d" && mount --bind "\$d" "$root\$d" && mounted+=("$root\$d")
done
cargo test --locked --test e2e -- --exact update_install::an_installed_deb_updates_itself_and_keeps_the_creators_work --nocapture
EOF
chmod +x "$W/in-session.sh"
$sudo env ULAZAI_UPDATE_ROOT="$root" ULAZAI_UPDATE_FROM="$from" ULAZAI_UPDATE_TO="$to" \
  ULAZAI_UPDATE_URL="http://127.0.0.1:$port/latest.json" ULAZAI_APP=/usr/bin/$PKG \
  TAURI_DRIVER="$W/driver-in-root.sh" ULAZAI_E2E_DATA_ROOT="$data" PATH="$PATH" \
  tests/harness/desktop-session.sh "$W/in-session.sh" || fail "the update through the UI"
[ "$($sudo chroot "$root" dpkg-query -W -f='${Version}' $PKG)" = "$to" ] || fail "dpkg does not show $to"
cleanup
trap - EXIT
# Nothing may still be mounted in the root before it is removed (/dev, /sys are bound in).
if findmnt -rno TARGET | grep -q "^$root/"; then
  fail "still mounted under $root; not removing it"
fi
$sudo rm -rf "$root" "$data"
say "passed: $from -> $to through dpkg, the app restarted, About $to, work kept"
