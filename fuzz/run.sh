#!/usr/bin/env bash
# Build the fuzz targets with the stable toolchain and run each one; `make fuzz` and
# `make fuzz-smoke` call this. Prints per target: executions, seconds, coverage (libFuzzer's
# `cov` edges and `ft` features), corpus size, crashes.
#
# Stable Rust is enough: the coverage instrumentation libFuzzer needs is LLVM's SanitizerCoverage
# pass, asked for with stable flags (`-C passes=sancov-module` and its `-C llvm-args`), and
# `--cfg fuzzing` is a plain cfg. libfuzzer-sys compiles libFuzzer itself (C++, needs g++).
# cargo-fuzz is not needed (nor installed): these are the flags it passes itself. No
# sanitizer by default (AddressSanitizer needs -Zsanitizer, nightly only; FUZZ_ASAN=1 asks
# the stable compiler for it with RUSTC_BOOTSTRAP=1, which works): the engine and the shell's
# text module have no `unsafe`, so a memory error cannot start in them (the dependencies'
# `unsafe` is theirs); panics, hangs (-timeout) and runaway memory (-rss_limit_mb) are caught.
#
#   FUZZ_RUNS     executions per target (default 1,000,000)
#   FUZZ_SECONDS  time box per target, whichever comes first (default 150)
#   FUZZ_TARGETS  the targets to run (default: all, in the order below)
#   FUZZ_ASAN=1   build and run with AddressSanitizer (its build in fuzz/target/asan)
#
# Each target runs on its seed corpus (fuzz/corpus/<target>/, read only; with the words of
# fuzz/dict/<target>.dict when there is one) and a working
# corpus kept between runs (fuzz/target/corpus/<target>/, where new inputs go). An input that
# crashes is written to fuzz/artifacts/<target>/ and the run fails; replay it with
# `fuzz/target/<host>/release/<target> fuzz/artifacts/<target>/<file>`.
set -uo pipefail
cd "$(dirname "$0")" || exit 1

runs=${FUZZ_RUNS:-1000000}
seconds=${FUZZ_SECONDS:-150}
all="api_answers api_errors prompt_import store_salvage library_index ffmpeg_args notify_text url_policy"
targets=${FUZZ_TARGETS:-$all}

host=$(rustc -vV | sed -n 's/^host: //p')
# The same instrumentation cargo-fuzz asks for (its defaults), without a sanitizer. With an
# explicit --target, RUSTFLAGS reach the targets' code only, not build scripts or proc macros.
flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters"
flags+=" -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares"
flags+=" --cfg fuzzing"
dir=target
bootstrap=""
if [ -n "${FUZZ_ASAN:-}" ]; then
  # AddressSanitizer (the std library is not instrumented): -Zsanitizer is nightly-only;
  # RUSTC_BOOTSTRAP=1 lets the stable compiler take it, for this build only. Its own dir.
  flags+=" -Zsanitizer=address"
  dir=target/asan
  bootstrap=1
fi
echo "==> Building the fuzz targets (release, instrumented for libFuzzer; stable toolchain${bootstrap:+; AddressSanitizer})"
start=$(date +%s)
env RUSTFLAGS="$flags" CARGO_INCREMENTAL=0 ${bootstrap:+RUSTC_BOOTSTRAP=1} \
  cargo build --locked --release --target "$host" --target-dir "$dir" --bins || exit 1
echo "==> Built in $(($(date +%s) - start)) s"

bin=$dir/$host/release
rows=()
failed=0
for t in $targets; do
  mkdir -p "target/corpus/$t" "artifacts/$t"
  log="target/fuzz-$t.log"
  echo "==> $t: up to $runs executions or $seconds s"
  start=$(date +%s)
  dict=()
  [ -f "dict/$t.dict" ] && dict=(-dict="dict/$t.dict")
  "$bin/$t" -runs="$runs" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 "${dict[@]}" \
    -artifact_prefix="artifacts/$t/" "target/corpus/$t" "corpus/$t" >"$log" 2>&1
  rc=$?
  secs=$(($(date +%s) - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: //p' "$log" | tail -1)
  # The last status line: "#N  DONE  cov: C ft: F corp: U/S ..."
  status=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$status")
  crashes=$(grep -c 'Test unit written to' "$log")
  if [ "$rc" -ne 0 ]; then
    failed=1
    [ "$crashes" -gt 0 ] || crashes="? (exit $rc)"
    echo "    FAILED: see $log; the input is in artifacts/$t/"
    grep -E "panicked at|ERROR: libFuzzer|Test unit written" "$log" | head -5 | sed 's/^/    /'
  fi
  rows+=("$(printf '%-14s %12s %7s %7s %8s %7s  %s' "$t" "${execs:-?}" "$secs" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$crashes")")
done
echo "==> Fuzzing: executions, seconds, coverage (cov edges, ft features), corpus, crashes"
printf '%-14s %12s %7s %7s %8s %7s  %s\n' target executions seconds cov ft corpus crashes
printf '%s\n' "${rows[@]}"
exit $failed
