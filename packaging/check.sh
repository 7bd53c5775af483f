#!/usr/bin/env bash
# Checks the Linux packages that `make dist` built, and FAILS when a package is wrong:
#   1. the .deb's control fields (run-time Depends, Recommends) and contents (only /usr,
#      a desktop entry that desktop-file-validate accepts, icons at the hicolor sizes);
#   2. lintian: no error and no warning that packaging/linux/lintian-overrides does not
#      accept (each accepted tag says why there);
#   3. the .rpm: its requirements and that it installs only under /usr;
#   4. a clean Debian root (debootstrap): installing the .deb pulls in everything the binary
#      links (`ldd` finds every library) and the binary runs there, with no checkout around;
#   5. on this machine: `apt-get install ./the.deb`, then the INSTALLED /usr/bin/ulazai-studio
#      under the desktop-session harness — its window's WM_CLASS is the desktop entry's
#      StartupWMClass, and WebDriver drives it (first screen, Try the demo, one render to
#      completed, its notification recorded); then `apt-get remove` leaves no file of the
#      package behind, while the user's data and library stay.
# Run as root or with sudo (apt-get, debootstrap, chroot). `make dist-check` installs what
# this needs and runs it; CI runs it after the test suite (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=ulazai-studio
BIN=/usr/bin/$PKG
WORK=$PWD/target/packaging-check
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"

say() { echo "==> packaging: $*"; }
fail() { echo "packaging check FAILED: $*" >&2; exit 1; }

deb=$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -1)
rpm=$(ls -t target/release/bundle/rpm/*.rpm 2>/dev/null | head -1)
[ -n "$deb" ] && [ -n "$rpm" ] || fail "no .deb/.rpm in target/release/bundle: run make dist"
deb=$PWD/$deb
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
rm -rf "$WORK"
mkdir -p "$WORK"

# ---- 1. The .deb: what it declares and what it holds ---------------------------------------
say "control fields of $(basename "$deb")"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$PKG" ] || fail "Package is '$(field Package)', not $PKG"
[ "$(field Version)" = "$version" ] || fail "Version '$(field Version)' is not Cargo's $version"
depends=", $(field Depends), "
for need in libwebkit2gtk-4.1-0 libgtk-3-0 libayatana-appindicator3-1 libdbus-1-3 \
  gstreamer1.0-plugins-good gstreamer1.0-libav libc6 ca-certificates; do
  [[ "$depends" == *", $need"[,\ ]* ]] || fail "Depends lacks $need: $depends"
done
recommends=", $(field Recommends), "
for want in ffmpeg gnome-keyring; do
  [[ "$recommends" == *"$want"* ]] || fail "Recommends lacks $want: $recommends"
done

say "contents: only /usr, a valid desktop entry, hicolor icons"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||; s|^/*|/|; s|/$||' >"$WORK/deb-paths"
outside=$(grep -v -E '^/$|^/usr(/|$)' "$WORK/deb-paths" || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
dpkg-deb -x "$deb" "$WORK/deb"
[ -x "$WORK/deb$BIN" ] || fail "no $BIN in the package"
desktop=$WORK/deb/usr/share/applications/$PKG.desktop
[ -f "$desktop" ] || fail "no /usr/share/applications/$PKG.desktop (found: $(ls "$WORK/deb/usr/share/applications"))"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
entry() { sed -n "s/^$1=//p" "$desktop"; }
[[ ";$(entry Categories)" == *";AudioVideo;"* && ";$(entry Categories)" == *";Video;"* ]] ||
  fail "Categories is '$(entry Categories)', wants AudioVideo;Video;"
[ "$(entry Exec)" = "$PKG" ] || fail "Exec is '$(entry Exec)'"
[ "$(entry Icon)" = "$PKG" ] || fail "Icon is '$(entry Icon)'"
wm_class=$(entry StartupWMClass)
[ -n "$wm_class" ] || fail "the desktop entry has no StartupWMClass"
for s in 32 48 64 128 256 512; do
  icon=$WORK/deb/usr/share/icons/hicolor/${s}x${s}/apps/$PKG.png
  [ -f "$icon" ] || fail "no ${s}x${s} hicolor icon"
  dims=$(file -b "$icon" | grep -o '[0-9]* x [0-9]*')
  [ "$dims" = "$s x $s" ] || fail "the ${s}x${s} icon is $dims"
done
odd=$(grep '^/usr/share/icons/' "$WORK/deb-paths" | grep '\.png$' |
  grep -v -E '/hicolor/(32|48|64|128|256|512)x\1/apps/' || true)
[ -z "$odd" ] || fail "icons outside the standard hicolor sizes: $odd"

# ---- 2. lintian ----------------------------------------------------------------------------
say "lintian (accepted warnings: packaging/linux/lintian-overrides)"
lintian --fail-on error,warning --display-info "$deb" || fail "lintian found errors or unaccepted warnings"

# ---- 3. The .rpm ---------------------------------------------------------------------------
say "the .rpm: $(basename "$rpm")"
requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
for need in 'libwebkit2gtk-4.1.so.0()(64bit)' 'libgtk-3.so.0()(64bit)' 'libayatana-appindicator3.so.1()(64bit)'; do
  grep -qxF "$need" <<<"$requires" || fail "the .rpm does not require $need"
done
rpm_paths=$(rpm -qlp "$rpm" 2>/dev/null)
outside=$(grep -v '^/usr/' <<<"$rpm_paths" || true)
[ -z "$outside" ] || fail "the .rpm installs outside /usr: $outside"
grep -qx "$BIN" <<<"$rpm_paths" || fail "the .rpm has no $BIN"

# ---- 4. A clean Debian root: are the declared Depends enough? ------------------------------
# The pristine root is cached (target/packaging-root.tar) and unpacked afresh every run, so
# nothing installed by an earlier run can hide a missing Depends. Downloaded .debs are cached.
say "clean Debian root (debootstrap): install the .deb, then ldd and --version inside it"
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || fail "no Debian mirror found in apt's sources"
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
root=$WORK/root
tarball=$PWD/target/packaging-root-$suite.tar
if [ ! -f "$tarball" ]; then
  $sudo debootstrap --variant=minbase "$suite" "$WORK/bootstrap" "$mirror" >"$WORK/debootstrap.log" 2>&1 ||
    { tail -20 "$WORK/debootstrap.log"; fail "debootstrap failed"; }
  $sudo tar -C "$WORK/bootstrap" -cf "$tarball" .
  $sudo rm -rf "$WORK/bootstrap"
fi
mkdir -p "$root" "$PWD/target/packaging-apt-cache"
$sudo tar -C "$root" -xf "$tarball"
cleanup_root() {
  for m in "$root/var/cache/apt/archives" "$root/proc"; do
    mountpoint -q "$m" && $sudo umount "$m"
  done
  return 0
}
trap cleanup_root EXIT
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
$sudo mount -t proc proc "$root/proc"
$sudo mount --bind "$PWD/target/packaging-apt-cache" "$root/var/cache/apt/archives"
$sudo cp "$deb" "$root/tmp/$PKG.deb"
$sudo chroot "$root" apt-get update -qq
$sudo chroot "$root" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "/tmp/$PKG.deb" >"$WORK/chroot-install.log" 2>&1 ||
  { tail -20 "$WORK/chroot-install.log"; fail "the .deb does not install in a clean root"; }
missing=$($sudo chroot "$root" ldd "$BIN" | grep 'not found' || true)
[ -z "$missing" ] || fail "libraries the Depends do not bring: $missing"
[ "$($sudo chroot "$root" "$BIN" --version)" = "$PKG $version" ] || fail "$BIN --version does not run in the clean root"
$sudo chroot "$root" sh -c 'ls /usr/lib/*/gstreamer-1.0/libgstlibav.so' >/dev/null ||
  fail "GStreamer's H.264 decoder (gstreamer1.0-libav) is not installed by the Depends"
cleanup_root
trap - EXIT
$sudo rm -rf "$root"

# ---- 5. Installed on this machine: run, drive, remove --------------------------------------
say "apt-get install ./$(basename "$deb") on this machine"
if dpkg -s "$PKG" >/dev/null 2>&1; then $sudo apt-get remove -y -qq "$PKG" >/dev/null; fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$WORK/install.log" 2>&1 ||
  { tail -20 "$WORK/install.log"; fail "apt-get install of the .deb failed"; }
dpkg -L "$PKG" >"$WORK/installed-paths"

say "the installed app's window: WM_CLASS matches StartupWMClass=$wm_class"
userdata=$WORK/userdata
mkdir -p "$userdata"
ULAZAI_STUDIO_DATA_DIR="$userdata/window-check" tests/harness/desktop-session.sh \
  packaging/window-class.sh "$BIN" "UlazAI Studio" "$WORK/wm-class"
# Docks match StartupWMClass against the window's WM_CLASS class or instance.
grep -qxF "$wm_class" "$WORK/wm-class" ||
  fail "the window's WM_CLASS is $(paste -sd' ' "$WORK/wm-class"); the desktop entry says StartupWMClass=$wm_class"

say "the installed app under WebDriver: first screen, Try the demo, one render, its notification"
ULAZAI_APP=$BIN ULAZAI_E2E_DATA_ROOT=$userdata tests/harness/desktop-session.sh \
  cargo test --locked --test e2e -- --exact demo::try_the_demo_renders_a_clip_and_notifies ||
  fail "the installed app did not pass the demo flow"
clips=$(find "$userdata" -path '*/Library/*' -name '*.mp4' | wc -l)
[ "$clips" -ge 1 ] || fail "the demo render left no clip in the library"

say "apt-get remove $PKG: no file of the package stays; the user's data does"
$sudo apt-get remove -y -qq "$PKG" >/dev/null
left=""
while read -r path; do
  [ -e "$path" ] || continue
  if [ -d "$path" ]; then
    # A directory stays only when another package owns it too (e.g. /usr/share/icons/hicolor).
    dpkg -S "$path" >/dev/null 2>&1 || left="$left $path"
  else
    left="$left $path"
  fi
done <"$WORK/installed-paths"
[ -z "$left" ] || fail "left behind after apt-get remove:$left"
[ "$(find "$userdata" -path '*/Library/*' -name '*.mp4' | wc -l)" -eq "$clips" ] ||
  fail "apt-get remove touched the user's library"
[ -n "$(find "$userdata" -name demo-jobs.db -print -quit)" ] ||
  fail "apt-get remove touched the user's data folder"
rm -rf "$userdata"
say "all checks passed"
