#!/usr/bin/env bash
# Builds the VS Code extension as CI does, after the Maven build: npm ci, typecheck, lint, tests, bundle, and
# plan-dsl-<version>.vsix with the language server jar inside.
#
#   plan.dsl.vscode/build.sh [--allow-missing-jars]
#
#   PLAN_LS_JAR   server jar to bundle  (default: <repo>/plan.dsl.ide.server/target/plan-language-server.jar)
#   PLAN_CLI_JAR  command line the tests parse snippets with  (default: <repo>/plan.dsl.cli/target/plan.jar)
#   --allow-missing-jars  package without a missing server jar and skip the tests that need a jar, instead of failing
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

allow_missing=false
for arg in "$@"; do
  case "$arg" in
    --allow-missing-jars) allow_missing=true ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
  esac
done

ls_jar="${PLAN_LS_JAR:-$repo/plan.dsl.ide.server/target/plan-language-server.jar}"
cli_jar="${PLAN_CLI_JAR:-$repo/plan.dsl.cli/target/plan.jar}"
for jar in "$ls_jar" "$cli_jar"; do
  if [ ! -f "$jar" ] && ! $allow_missing; then
    echo "build.sh: $jar is missing. Run the Maven build first (./mvnw verify), set PLAN_LS_JAR / PLAN_CLI_JAR" \
      "to where the jars are, or pass --allow-missing-jars to build without them." >&2
    exit 1
  fi
done

# The tests that run the jars need a Java 21+; JAVA_HOME (as .ci/run sets it) or the PATH, else one under /usr/lib/jvm.
is_java21plus() { "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if ! { [ -n "${JAVA_HOME:-}" ] && is_java21plus "$JAVA_HOME/bin/java"; } && ! is_java21plus java 2>/dev/null; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && is_java21plus "$candidate/bin/java"; then export JAVA_HOME="$candidate"; break; fi
  done
fi

cd "$here"
started=$SECONDS
npm ci --no-audit --no-fund
npm run compile
npm run lint
# Tests that need a jar skip without it; with it, they must run.
export PLAN_CLI_JAR="$cli_jar" PLAN_LS_JAR="$ls_jar"
if [ -f "$cli_jar" ]; then export PLAN_REQUIRE_CLI=1; fi
if [ -f "$ls_jar" ]; then export PLAN_REQUIRE_SERVER=1; fi
npm test
npm run bundle

rm -rf server
if [ -f "$ls_jar" ]; then
  mkdir -p server
  cp "$ls_jar" server/plan-language-server.jar
else
  echo "build.sh: packaging WITHOUT the language server ($ls_jar is missing, --allow-missing-jars given)" >&2
fi
rm -f plan-dsl-*.vsix
npm run package
echo "build.sh: built $(ls "$here"/plan-dsl-*.vsix) in $((SECONDS - started)) s"
