#!/usr/bin/env bash
# gil4j-check over real libraries: pinned source jars of commons-lang3, Guava, Caffeine and
# jackson-core from Maven Central, each compiled with plain javac and checked with
# gil4j-check.jar over the same files and class path. Prints, per library, the file count, the
# diagnostics gil4j reported (must be zero: none of these libraries mentions gil4j) and the
# CPU time (user + system, child processes included) of both, as a ratio. Not part of CI.
#
# Usage (from anywhere):
#   mvn -B -q -pl cli -am package -DskipTests      # builds cli/target/gil4j-check.jar
#   benchmarks/real-libs.sh                        # ROUNDS=1 by default
#   ROUNDS=3 benchmarks/real-libs.sh               # median of three per tool
#   ONLY=guava benchmarks/real-libs.sh             # one library (its artifactId)
# Needs: network access to Maven Central the first time (mvn dependency:copy/build-classpath),
# JDK 17+ as java/javac. Work files go to benchmarks/target/real-libs/.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/target/real-libs"
jar="${GIL4J_CHECK_JAR:-$root/cli/target/gil4j-check.jar}"
rounds="${ROUNDS:-1}"
# groupId:artifactId:version, pinned.
libs=(
  "org.apache.commons:commons-lang3:3.17.0"
  "com.google.guava:guava:33.4.8-jre"
  "com.github.ben-manes.caffeine:caffeine:3.2.2"
  "com.fasterxml.jackson.core:jackson-core:2.18.2"
)
# What a library's sources need that its published pom does not list (jackson-core shades
# FastDoubleParser into its jar, so the sources import the original).
declare -A extra=(
  ["jackson-core"]="ch.randelshofer:fastdoubleparser:1.0.1"
)

extra_dep() {
  local e="${extra[$1]:-}"
  [ -n "$e" ] || return 0
  IFS=: read -r eg ea ev <<<"$e"
  echo "<dependency><groupId>$eg</groupId><artifactId>$ea</artifactId><version>$ev</version></dependency>"
}
die() { echo "real-libs.sh: $*" >&2; exit 2; }
[ -f "$jar" ] || die "$jar is missing: run mvn -B -q -pl cli -am package -DskipTests first"
command -v mvn >/dev/null || die "mvn is not on PATH"
mkdir -p "$out"

# "exit-status cpu-seconds" of "$@" (user + system, from /usr/bin/time); output to $1.
cpu() {
  local log="$1"; shift
  local rc=0
  /usr/bin/time -o "$log.time" -f '%U %S' "$@" >"$log" 2>&1 || rc=$?
  echo "$rc $(awk 'END {print $1 + $2}' "$log.time")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-28s %6s %12s %10s %12s %7s\n' library files diagnostics javac_cpu gil4j_cpu ratio
status=0
for gav in "${libs[@]}"; do
  IFS=: read -r g a v <<<"$gav"
  if [ -n "${ONLY:-}" ] && [ "$a" != "$ONLY" ]; then continue; fi
  dir="$out/$a-$v"
  mkdir -p "$dir"
  if [ ! -d "$dir/src" ]; then
    mvn -B -q dependency:copy -Dartifact="$g:$a:$v:jar:sources" -DoutputDirectory="$dir" \
      -Dmdep.overWriteIfNewer=true >/dev/null 2>&1 || die "cannot fetch $gav sources"
    mkdir -p "$dir/src"
    (cd "$dir/src" && unzip -q -o "../$a-$v-sources.jar")
    # Plain Java sources only: no module descriptors, no multi-release copies.
    find "$dir/src" -name module-info.java -delete
    rm -rf "$dir/src/META-INF"
    # The library's own dependencies (not the library), for the compile class path.
    cat >"$dir/pom.xml" <<POM
<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>x</artifactId>
<version>1</version><dependencies><dependency><groupId>$g</groupId><artifactId>$a</artifactId>
<version>$v</version></dependency>$(extra_dep "$a")</dependencies></project>
POM
    (cd "$dir" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt \
      -DexcludeArtifactIds="$a" >/dev/null 2>&1) || die "cannot resolve $gav dependencies"
  fi
  find "$dir/src" -name '*.java' | sort >"$dir/files.txt"
  files=$(wc -l <"$dir/files.txt")
  cp=$(cat "$dir/cp.txt" 2>/dev/null || true)
  plain=(); gil=(); diags=0
  for ((r = 1; r <= rounds; r++)); do
    rm -rf "$dir/classes"; mkdir -p "$dir/classes"
    read -r rc t < <(cpu "$dir/javac.log" javac -proc:none -nowarn -encoding UTF-8 \
      -Xmaxerrs 1000 -cp "$cp" -d "$dir/classes" @"$dir/files.txt")
    [ "$rc" = 0 ] || { echo "plain javac failed on $a, see $dir/javac.log" >&2; status=2; continue 2; }
    plain+=("$t")
    rm -f "$dir/gil4j.json"
    read -r rc t < <(cpu "$dir/gil4j.log" java -jar "$jar" --quiet --format json \
      --output "$dir/gil4j.json" --classpath "$cp" "$dir/src")
    gil+=("$t")
    [ -f "$dir/gil4j.json" ] && { [ "$rc" = 0 ] || [ "$rc" = 1 ]; } || { echo "gil4j-check exit $rc on $a, see $dir/gil4j.log" >&2; status=2; continue 2; }
    diags=$(grep -c '"key":' "$dir/gil4j.json" || true)
  done
  p=$(printf '%s\n' "${plain[@]}" | median); q=$(printf '%s\n' "${gil[@]}" | median)
  [ "$diags" = 0 ] || status=1
  awk -v n="$a $v" -v f="$files" -v d="$diags" -v p="$p" -v q="$q" \
    'BEGIN { printf "%-28s %6d %12d %9.1fs %11.1fs %7.2f\n", n, f, d, p, q, q/p }'
done
exit "$status"
