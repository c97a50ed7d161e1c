#!/usr/bin/env bash
# Measures the language server as an editor uses it: the real plan-language-server.jar over stdio, driven by
# an lsp4j client (plan.dsl.benchmarks.lsp.LspBenchmark). Prints completion latency after a keystroke and the
# time from a change to its diagnostics in a 10,000-line plan, and the heap with 200 plans open, each beside
# its target; exits 1 when a target is missed. About 3 minutes on 2 cores.
#   benchmarks-lsp/run.sh                        # everything
#   benchmarks-lsp/run.sh --only large           # only the 10,000-line plan (or: --only heap)
#   benchmarks-lsp/run.sh --server-option -XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile
#                                                # profile the server while it is measured
# Builds the server jar and target/lsp-benchmark.jar with the Maven Wrapper when either is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
bench_jar="$here/target/lsp-benchmark.jar"
server_jar="$root/plan.dsl.ide.server/target/plan-language-server.jar"

is_jdk21plus() { [ -x "$1/bin/jcmd" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
java_home=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && is_jdk21plus "$candidate"; then java_home="$candidate"; break; fi
done
if [ -z "$java_home" ]; then
  echo "run.sh: needs a JDK 21 or newer (java and jcmd); install one or set JAVA_HOME to it." >&2
  exit 2
fi

if [ ! -f "$bench_jar" ] || [ ! -f "$server_jar" ]; then
  echo "run.sh: building once: ./mvnw -q -B -DskipTests -pl plan.dsl.ide.server,benchmarks-lsp -am package" >&2
  (cd "$root" && JAVA_HOME="$java_home" ./mvnw -q -B -DskipTests -pl plan.dsl.ide.server,benchmarks-lsp -am package) >&2
fi

exec "$java_home/bin/java" -jar "$bench_jar" --server "$server_jar" --java-home "$java_home" "$@"
