#!/usr/bin/env bash
# Wall time of the plan command line, as the README reports it (needs python3).
#   scripts/measure-cli.sh [RUNS]          start-up: ./plan validate on one example, with the class-data sharing
#                                          archive and without it (PLAN_CDS=off); default 15 runs each
#   scripts/measure-cli.sh many [N] [RUNS] validate, and generate every output for, N plans (default 200) in one
#                                          run each; default 3 runs
# The commands run in turn (A B A B …) after two unmeasured rounds, so a busy machine slows each alike; each
# line prints the median, the fastest run and the machine's load average at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./plan --version >/dev/null # builds the jar and the start-up archive if they are missing

measure() { # RUNS COMMAND... (each command one string, split on spaces)
  python3 - "$@" <<'PY'
import os, statistics, subprocess, sys, time
runs, commands = int(sys.argv[1]), sys.argv[2:]
times = {c: [] for c in commands}
for round in range(runs + 2):
    for c in commands:
        start = time.perf_counter()
        subprocess.run(c.split(" "), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if round >= 2:
            times[c].append(time.perf_counter() - start)
for c, t in times.items():
    print("median %.3f s  fastest %.3f s  (%d runs)  %s" % (statistics.median(t), min(t), len(t), c))
print("load average: %.2f %.2f %.2f" % os.getloadavg())
PY
}

if [ "${1:-}" = many ]; then
  count="${2:-200}"
  mkdir -p "$work/plans"
  # copies of the two bundled examples, each under its own plan name (one workspace: names must differ)
  for i in $(seq 1 $((count / 2))); do
    sed "s/^方案 AQ2026 /方案 AQ2026_$i /" examples/anquan-2026.plan > "$work/plans/anquan-$i.plan"
    sed "s/^plan GESL2027 /plan GESL2027_$i /" examples/innovation-2027.plan > "$work/plans/innovation-$i.plan"
  done
  echo "$(find "$work/plans" -name '*.plan' | wc -l) plans in $work/plans"
  measure "${3:-3}" "./plan validate -q $work/plans" "./plan generate -q $work/plans -o $work/out"
else
  measure "${1:-15}" "env PLAN_CDS=off ./plan validate examples/anquan-2026.plan" \
    "./plan validate examples/anquan-2026.plan"
fi
