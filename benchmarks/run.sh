#!/usr/bin/env bash
# Runs the JMH benchmarks of plan.dsl and prints every figure with its ratio to the lexer floor
# (README.md, "Benchmarks"). Builds benchmarks/target/benchmarks.jar with the Maven Wrapper if missing.
#   benchmarks/run.sh                                        # everything, about 20 minutes on 2 cores
#   benchmarks/run.sh 'lexer|parse' -p projects=1000         # a subset: JMH's benchmark regex and options
#   JMH_SETTINGS="-wi 10 -i 10" benchmarks/run.sh            # other iteration counts for every benchmark
#   JMH_SETTINGS="-bm ss -f 5 -wi 0 -i 1" benchmarks/run.sh allOutputs   # cold: the first run in a fresh JVM
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
result="$here/target/jmh-result.json"

is_java21plus() { "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
java_bin=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && is_java21plus "$candidate"; then java_bin="$candidate"; break; fi
done
if [ -z "$java_bin" ]; then
  echo "run.sh: needs Java 21 or newer; install one or set JAVA_HOME to it." >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "run.sh: needs python3 to print the table" >&2; exit 2; }

if [ ! -f "$jar" ]; then
  echo "run.sh: building $jar once: ./mvnw -q -B -DskipTests -pl benchmarks -am package" >&2
  (cd "$root" && JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")" ./mvnw -q -B -DskipTests -pl benchmarks -am package) >&2
fi

# Iterations come from PlanBenchmarks' annotations: one fork, 15 warm-up and 5 measured
# iterations of 1 s. Other processes distort the figures, so the load is printed before and after.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# shellcheck disable=SC2086  # JMH_SETTINGS is a list of options
"$java_bin" -jar "$jar" ${JMH_SETTINGS:-} -rf json -rff "$result" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo
python3 "$here/report.py" "$result"
