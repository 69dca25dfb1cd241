#!/usr/bin/env bash
# Runs the JMH suites and prints the ratios against their targets (benchmarks/README.md).
#
# Usage (from the repository root or benchmarks/):
#   benchmarks/run-jmh.sh                  # all suites: lock wrapper wordcount convoy
#   benchmarks/run-jmh.sh lock wrapper     # some of them
# Each suite's JMH output goes verbatim to benchmarks/results/<suite>.txt and its scores to
# <suite>.csv; the ratios are printed from that CSV, so every ratio compares two benchmarks of
# one run. JMH_ARGS overrides the run settings (default: 1 fork, 3 x 1 s warm-up, 5 x 1 s).
# Needs benchmarks/target/benchmarks.jar: mvn -B -o -q -pl benchmarks package -DskipTests
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
results="$here/results"
read -r -a jmh_args <<<"${JMH_ARGS:--f 1 -wi 3 -w 1s -i 5 -r 1s}"

[[ -f "$jar" ]] || { echo "run-jmh.sh: missing $jar; build it first" >&2; exit 1; }
mkdir -p "$results"

suites=("$@")
[[ ${#suites[@]} -gt 0 ]] || suites=(lock wrapper wordcount convoy)

for suite in "${suites[@]}"; do
  case "$suite" in
    lock) pattern='org\.gil4j\.benchmarks\.lock\.' ;;
    wrapper) pattern='WrapperBenchmark' ;;
    wordcount) pattern='WordCountBenchmark' ;;
    convoy) pattern='ConvoyBenchmark' ;;
    *) echo "run-jmh.sh: unknown suite '$suite' (lock, wrapper, wordcount, convoy)" >&2; exit 2 ;;
  esac
  echo "== $suite: java -jar benchmarks.jar '$pattern' ${jmh_args[*]}  ($(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg))"
  java -jar "$jar" "$pattern" "${jmh_args[@]}" -rf csv -rff "$results/$suite.csv" >"$results/$suite.txt" 2>&1 \
    || { tail -30 "$results/$suite.txt" >&2; echo "run-jmh.sh: $suite failed" >&2; exit 1; }
  sed -n '/^Benchmark /,/^$/p' "$results/$suite.txt" | grep -v ':p0.9\|:p0.0\|:p1.0' || true
  grep '^\[convoy\]' "$results/$suite.txt" || true
  java -cp "$jar" org.gil4j.benchmarks.Ratios "$results/$suite.csv"
  echo
done
