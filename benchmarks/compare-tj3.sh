#!/usr/bin/env bash
# Side by side with TaskJuggler 3 (Debian package tj3): writes the same synthetic project as SYN<N>.plan and
# SYN<N>.tjp (TaskJugglerComparison), checks once, untimed, that tj3 scheduled exactly the plan's tasks, dates
# and dependencies, then times `tj3` (its one HTML Gantt task report) against `./plan generate` (every output)
# pair by pair, and prints the wall-clock times and their ratio (README.md, "Benchmarks").
#   benchmarks/compare-tj3.sh                 # sizes 100 300 1000 projects, 3 pairs each
#   benchmarks/compare-tj3.sh 1000 3000       # other sizes; RUNS=5 benchmarks/compare-tj3.sh for more pairs
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000)

command -v tj3 >/dev/null || { echo "compare-tj3.sh: needs tj3: apt-get install -y tj3" >&2; exit 2; }
is_java21plus() { "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
java_bin=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && is_java21plus "$candidate"; then java_bin="$candidate"; break; fi
done
[ -n "$java_bin" ] || { echo "compare-tj3.sh: needs Java 21 or newer; install one or set JAVA_HOME to it." >&2; exit 2; }
if [ ! -f "$jar" ] || [ ! -f "$root/plan.dsl.cli/target/plan.jar" ]; then
  echo "compare-tj3.sh: building the benchmarks jar and the command line once" >&2
  (cd "$root" && JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")" \
    ./mvnw -q -B -DskipTests -pl benchmarks,plan.dsl.cli -am package) >&2
fi
comparison() { "$java_bin" -Dguice_bytecode_gen_option=DISABLED -cp "$jar" plan.dsl.benchmarks.TaskJugglerComparison "$@"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for n in "${sizes[@]}"; do
  dir="$work/$n"
  comparison write "$dir" "$n"
  mkdir -p "$dir/tj3-check"
  (cd "$dir" && tj3 --silent --no-color -o tj3-check "SYN$n.tjp" "SYN$n-check.tji")
  comparison check "$dir" "$n"
  tj_times=(); plan_times=()
  for ((run = 1; run <= runs; run++)); do
    rm -rf "$dir/tj3" "$dir/plan"; mkdir -p "$dir/tj3"
    start=$(now_ms); (cd "$dir" && tj3 --silent --no-color -o tj3 "SYN$n.tjp" >/dev/null); tj_times+=($(( $(now_ms) - start )))
    start=$(now_ms); "$root/plan" generate "$dir/SYN$n.plan" -o "$dir/plan" >/dev/null 2>&1; plan_times+=($(( $(now_ms) - start )))
    [ -f "$dir/tj3/SYN$n-gantt.html" ] && [ -f "$dir/plan/SYN$n.docx" ] || { echo "compare-tj3.sh: a tool wrote no output for $n" >&2; exit 1; }
  done
  tj=$(median "${tj_times[@]}"); plan=$(median "${plan_times[@]}")
  rows+=("| $n | ${tj_times[*]} | ${plan_times[*]} | $tj | $plan | $(awk -v a="$tj" -v b="$plan" 'BEGIN { printf "%.2f", a / b }') |")
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| projects | tj3 runs (ms) | plan generate runs (ms) | tj3 median (ms) | plan generate median (ms) | tj3 / plan generate |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "wall clock of each process, pairs run alternately; tj3 writes one HTML Gantt report, plan generate all its outputs."
echo "A ratio above 1 means plan generate was faster."
