#!/usr/bin/env bash
# Compile-time cost of the gil4j checker (issue 3), as ratios from one run.
#
# Generates two trees of >= 20,000 lines into benchmarks/target/compile-time/ (one that never
# mentions gil4j, one where every file uses it), then compiles each tree PAIRS times with plain
# javac and with javac + org.gil4j.checker.GilChecker, alternately, each in a fresh javac
# process with identical flags apart from the processor ones. Prints every timing, the
# diagnostics the checker gave, and the median ratio per tree against its target.
#
# Usage (from the repository root or benchmarks/):
#   benchmarks/compile-time.sh                 # PAIRS=3
#   PAIRS=5 benchmarks/compile-time.sh
#   PLAIN_ONLY=1 benchmarks/compile-time.sh    # only plain javac (no checker needed)
#   PROCESSOR=org.checkerframework.common.value.ValueChecker benchmarks/compile-time.sh
#                                              # another checker, to test the script itself
# Needs: benchmarks/target/benchmarks.jar (mvn -B -o -q -pl benchmarks package -DskipTests),
# and, unless PLAIN_ONLY=1, gil4j-checker installed in ~/.m2 (or CHECKER_JAR=path/to/jar).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/target/compile-time"
pairs="${PAIRS:-3}"
processor="${PROCESSOR:-org.gil4j.checker.GilChecker}"
min_lines="${MIN_LINES:-20000}"
version=0.1.0-SNAPSHOT
cf_version=4.4.0
m2="${M2_REPO:-$HOME/.m2/repository}"

die() { echo "compile-time.sh: $*" >&2; exit 1; }

jar="$here/target/benchmarks.jar"
[[ -f "$jar" ]] || die "missing $jar; build it: mvn -B -o -q -pl benchmarks package -DskipTests"
[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || die "PAIRS must be a positive number, got '$pairs'"

# The ten flags every JVM that runs the Checker Framework inside javac needs on JDK 17+. Both
# halves of a pair get them, so the only difference between the two is the checker itself.
jflags=()
for p in api code file main model parser processing tree util; do
  jflags+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done
jflags+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

annotations="$m2/org/gil4j/gil4j-annotations/$version/gil4j-annotations-$version.jar"
runtime="$m2/org/gil4j/gil4j-runtime/$version/gil4j-runtime-$version.jar"
for f in "$annotations" "$runtime"; do
  [[ -f "$f" ]] || die "missing $f; run: mvn -B -o -q -pl annotations,runtime install -DskipTests"
done
# checker-qual is on both halves' classpath, as in any project compiled with a Checker Framework
# checker (the framework loads its own qualifiers from the compiled program's classpath).
checker_qual="$m2/org/checkerframework/checker-qual/$cf_version/checker-qual-$cf_version.jar"
[[ -f "$checker_qual" ]] || die "missing $checker_qual"
classpath="$annotations:$runtime:$checker_qual"

processorpath=""
if [[ -z "${PLAIN_ONLY:-}" ]]; then
  checker_jar="${CHECKER_JAR:-$m2/org/gil4j/gil4j-checker/$version/gil4j-checker-$version.jar}"
  [[ -f "$checker_jar" ]] || die "missing $checker_jar; run: mvn -B -o -q -pl checker install -DskipTests"
  # The checker's runtime dependencies (checker/pom.xml): gil4j's annotations and runtime and the
  # Checker Framework fat jar with checker-qual and checker-util. EXTRA_PROCESSORPATH adds more.
  cf="$m2/org/checkerframework"
  processorpath="$checker_jar:$annotations:$runtime"
  for f in "$cf/checker/$cf_version/checker-$cf_version.jar" \
      "$checker_qual" \
      "$cf/checker-util/$cf_version/checker-util-$cf_version.jar"; do
    [[ -f "$f" ]] || die "missing $f (Checker Framework $cf_version not in $m2)"
    processorpath="$processorpath:$f"
  done
  [[ -n "${EXTRA_PROCESSORPATH:-}" ]] && processorpath="$processorpath:$EXTRA_PROCESSORPATH"
fi

# Two runs at once would share the trees and the cores and spoil each other's timings.
mkdir -p "$out"
exec 9>"$here/target/compile-time.lock"
if ! flock -n 9; then
  echo "== another compile-time.sh run is in progress; waiting for it (up to 15 min)"
  flock -w 900 9 || die "gave up waiting for the other compile-time.sh run"
fi

echo "== generating trees (MIN_LINES=$min_lines)"
rm -rf "$out/plain" "$out/gil"
java -cp "$jar" org.gil4j.benchmarks.compiletime.TreeGenerator "$out/plain" plain "$min_lines"
java -cp "$jar" org.gil4j.benchmarks.compiletime.TreeGenerator "$out/gil" gil "$min_lines"

# compile TREE MODE: compiles one tree in a fresh javac and prints "WALL_MS CPU_MS" on stdout
# (CPU = user + system time of javac and its threads, less disturbed than wall time when other
# processes compete for the cores); javac's own output goes to $out/TREE-MODE.log.
compile() {
  local tree="$1" mode="$2" times
  local classes="$out/$tree/classes-$mode" log="$out/$tree-$mode.log"
  local args=("${jflags[@]}" -cp "$classpath" -d "$classes")
  if [[ "$mode" == checker ]]; then
    args+=(-processorpath "$processorpath" -processor "$processor")
  fi
  rm -rf "$classes" && mkdir -p "$classes"
  local TIMEFORMAT='%3R %3U %3S'
  if ! times=$( { time javac "${args[@]}" "@$out/$tree/sources.txt" >"$log" 2>&1; } 2>&1 ); then
    cat "$log" >&2
    die "javac ($mode) failed on the $tree tree; log: $log"
  fi
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times"
}

# diagnostics LOG: the number of error and warning lines javac printed.
diagnostics() {
  grep -cE '(error|warning):' "$1" || true
}

# median: the median of the numbers on stdin.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "== javac $(javac -version 2>&1 | awk '{print $2}'), $(nproc) cores, PAIRS=$pairs, checker $processor"
for tree in plain gil; do
  : >"$out/$tree-ratios.txt"
  : >"$out/$tree-cpu-ratios.txt"
  for ((i = 1; i <= pairs; i++)); do
    read -r plain_ms plain_cpu < <(compile "$tree" javac)
    if [[ -n "${PLAIN_ONLY:-}" ]]; then
      printf '%-5s pair %d: javac %6d ms (cpu %6d ms)\n' "$tree" "$i" "$plain_ms" "$plain_cpu"
      continue
    fi
    read -r checker_ms checker_cpu < <(compile "$tree" checker)
    ratio=$(awk -v a="$checker_ms" -v b="$plain_ms" 'BEGIN { printf "%.2f", a / b }')
    cpu_ratio=$(awk -v a="$checker_cpu" -v b="$plain_cpu" 'BEGIN { printf "%.2f", a / b }')
    echo "$ratio" >>"$out/$tree-ratios.txt"
    echo "$cpu_ratio" >>"$out/$tree-cpu-ratios.txt"
    printf '%-5s pair %d: javac %6d ms (cpu %6d), javac+checker %6d ms (cpu %6d), ratio %s (cpu %s), checker diagnostics %s\n' \
      "$tree" "$i" "$plain_ms" "$plain_cpu" "$checker_ms" "$checker_cpu" "$ratio" "$cpu_ratio" \
      "$(diagnostics "$out/$tree-checker.log")"
  done
done

[[ -n "${PLAIN_ONLY:-}" ]] && exit 0

echo "== summary (median of $pairs same-run pairs)"
status=0
for tree in plain gil; do
  if [[ "$tree" == plain ]]; then target=1.2; else target=5; fi
  med=$(median <"$out/$tree-ratios.txt")
  lo=$(sort -g "$out/$tree-ratios.txt" | head -1)
  hi=$(sort -g "$out/$tree-ratios.txt" | tail -1)
  cpu_med=$(median <"$out/$tree-cpu-ratios.txt")
  diags=$(diagnostics "$out/$tree-checker.log")
  verdict=$(awk -v m="$med" -v t="$target" 'BEGIN { print (m <= t) ? "MET" : "MISSED" }')
  cpu_verdict=$(awk -v m="$cpu_med" -v t="$target" 'BEGIN { print (m <= t) ? "MET" : "MISSED" }')
  printf '%-5s tree: checker/javac wall median %s (range %s-%s), target <= %s: %s; cpu-time median %s: %s; checker diagnostics: %s\n' \
    "$tree" "$med" "$lo" "$hi" "$target" "$verdict" "$cpu_med" "$cpu_verdict" "$diags"
  if [[ "$diags" != 0 ]]; then
    echo "  expected zero diagnostics; first ones:" && grep -E '(error|warning):' "$out/$tree-checker.log" | head -5
    status=1
  fi
done
exit $status
