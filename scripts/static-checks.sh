#!/usr/bin/env bash
# The static checks of `npm test`, in two lanes at once (each tool uses one core): ESLint in one,
# Prettier and the three TypeScript checks in the other. Each check's output is printed whole once
# its lane is done, with its time; the script fails if any check failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="$ROOT/node_modules/.bin"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# check <name> <command...>: runs it, keeps its output in $OUT/<name>.log and its result in $OUT/<name>.rc
check() {
  local name="$1"
  shift
  local started=$EPOCHREALTIME
  "$@" >"$OUT/$name.log" 2>&1
  echo $? >"$OUT/$name.rc"
  awk -v start="$started" -v end="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", end - start }' >"$OUT/$name.time"
}

lint_lane() {
  check lint "$BIN/eslint" . --max-warnings=0
}

types_lane() {
  check format "$BIN/prettier" --check --cache --log-level=warn .
  check typecheck "$BIN/tsc" -p tsconfig.json --noEmit
  check typecheck:console "$BIN/tsc" -p apps/console/tsconfig.json --noEmit
  check typecheck:browser "$BIN/tsc" -p apps/console/e2e/platform/tsconfig.json --noEmit
}

lint_lane &
LINT=$!
types_lane
wait "$LINT"

status=0
for name in lint format typecheck typecheck:console typecheck:browser; do
  rc=$(cat "$OUT/$name.rc")
  if [ "$rc" = 0 ]; then
    printf '  %-18s passed  %s\n' "$name" "$(cat "$OUT/$name.time")"
  else
    printf '  %-18s FAILED  %s\n' "$name" "$(cat "$OUT/$name.time")"
    sed 's/^/    /' "$OUT/$name.log"
    status=1
  fi
done
exit $status
