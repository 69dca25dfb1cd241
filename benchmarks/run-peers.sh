#!/usr/bin/env bash
# Runs the suites that compare gil4j's lock with its peers (org.gil4j.benchmarks.peers:
# uncontended, tiny contended sections, the convoy, the blocking round trip, telemetry) on each
# JDK, and prints the ratio table: one column per JDK (benchmarks/README.md, "gil4j against its
# peers").
#
# Usage (from the repository root or benchmarks/):
#   benchmarks/run-peers.sh                       # JDK 17 (java on the PATH) and Temurin 25
#   JDKS="/usr/lib/jvm/temurin-25-jdk-amd64" benchmarks/run-peers.sh
#   SUITES="tiny convoy" benchmarks/run-peers.sh  # some suites: uncontended tiny convoy telemetry
#   QUICK=1 benchmarks/run-peers.sh               # a smoke run: one short iteration each
# JMH_ARGS is added to every JMH command line (e.g. "-f 2"); without it each suite uses its
# class's settings (1 or 2 forks, 2 x 1 s warm-up, 3 x 1 s measurement). Each JDK's output goes
# verbatim to benchmarks/results/peers-<feature version>/<suite>.txt and .csv; the ratios are
# printed from those files only, so every ratio compares two benchmarks of one run on one JDK.
# Needs benchmarks/target/benchmarks.jar: mvn -B -q -pl benchmarks -am package -DskipTests
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "run-peers.sh: missing $jar; build it first" >&2; exit 1; }

default_jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
read -r -a jdks <<<"${JDKS:-$default_jdk /usr/lib/jvm/temurin-25-jdk-amd64}"
read -r -a suites <<<"${SUITES:-uncontended tiny convoy telemetry}"
read -r -a extra <<<"${JMH_ARGS:-}"
if [[ -n "${QUICK:-}" ]]; then
  extra=(-f 1 -wi 0 -i 1 -r 300ms "${extra[@]}")
fi

# One JMH command: suite name, then the arguments after the jar.
run_jmh() {
  local java="$1" dir="$2" name="$3"
  shift 3
  echo "== $name: java -jar benchmarks.jar $* ${extra[*]}  ($(date -u '+%Y-%m-%d %H:%M:%S UTC'), load $(cut -d' ' -f1-3 /proc/loadavg))"
  # A wedged lock must not hang the run: each command gets 15 minutes, then it is killed. A
  # failed command is reported and the run goes on, so the other suites still give their figures.
  local rc attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    rc=0
    timeout --kill-after=10 900 "$java" -jar "$jar" "$@" "${extra[@]}" -rf csv -rff "$dir/$name.csv" \
      >"$dir/$name.txt" 2>&1 || rc=$?
    # Another JMH run holds JMH's lock file: wait for it rather than measure beside it.
    grep -q 'Unable to acquire the JMH lock' "$dir/$name.txt" || break
    echo "   another JMH run is going on; waiting 30 s (attempt $attempt)" >&2
    sleep 30
  done
  if ((rc != 0)); then
    tail -30 "$dir/$name.txt" >&2
    echo "run-peers.sh: $name FAILED (exit $rc), going on" >&2
  fi
  grep -h '<failure>' "$dir/$name.txt" >&2 || true
  sed -n '/^Benchmark /,/^$/p' "$dir/$name.txt" | grep -v ':p0.0\|:p0.9[59]\|:p0.999\|:p1.0' || true
}

dirs=()
for jdk in "${jdks[@]}"; do
  java="$jdk/bin/java"
  [[ -x "$java" ]] || { echo "run-peers.sh: no $java" >&2; exit 1; }
  feature="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  dir="$here/results/peers-$feature"
  mkdir -p "$dir"
  rm -f "$dir"/*.csv "$dir"/*.txt
  dirs+=("$dir")
  steps="$("$java" -cp "$jar" org.gil4j.benchmarks.peers.CpuThreads)"
  {
    echo "JDK: $("$java" -version 2>&1 | head -2 | tr '\n' ' ')"
    echo "started: $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
    echo "CPU slice: $steps generator steps (50 us alone, measured now)"
    echo "JMH_ARGS: ${extra[*]:-(class defaults)}"
  } | tee "$dir/run.txt"
  for suite in "${suites[@]}"; do
    case "$suite" in
      uncontended) run_jmh "$java" "$dir" uncontended 'peers\.UncontendedPeersBenchmark' ;;
      tiny) run_jmh "$java" "$dir" tiny 'peers\.TinySectionsBenchmark' ;;
      convoy)
        run_jmh "$java" "$dir" convoy 'peers\.ConvoyWorkBenchmark' -p lock=gil,cpython,unfair,fair,none \
          -p io=sleep,echo -p cpus=1,2 -p sliceSteps="$steps"
        run_jmh "$java" "$dir" alone 'peers\.ConvoyWorkBenchmark' -p lock=gil,unfair \
          -p io=sleep,echo -p cpus=0 -p sliceSteps="$steps"
        ;;
      telemetry)
        run_jmh "$java" "$dir" telemetry 'peers\.TelemetryBenchmark' -p telemetry=off,stats,sites,sitesEvery,budget
        ;;
      *) echo "run-peers.sh: unknown suite '$suite' (uncontended tiny convoy telemetry)" >&2; exit 2 ;;
    esac
  done
  echo "finished: $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$dir/run.txt"
  "$java" -cp "$jar" org.gil4j.benchmarks.PeerTable "$dir" >"$dir/table.md"
  echo "(the figures per lock, as a Markdown table: $dir/table.md)"
  echo
done

echo "== ratios (one column per JDK; each ratio within one JDK's run)"
"${jdks[0]}/bin/java" -cp "$jar" org.gil4j.benchmarks.Ratios "${dirs[@]}" | tee "$here/results/peers-ratios.txt"
"${jdks[0]}/bin/java" -cp "$jar" org.gil4j.benchmarks.Ratios --markdown "${dirs[@]}" >"$here/results/peers-targets.md"
echo "(the targets alone, as a Markdown table: $here/results/peers-targets.md)"
