#!/usr/bin/env bash
# `npm test`: prepares the machine (scripts/ensure-infra.sh), then lint, format check, typechecks, unit,
# integration, end-to-end and browser tests, in that order, stopping at the first failure.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NX_NO_CLOUD=true NX_DAEMON=false
BIN="$ROOT/node_modules/.bin"
# Jest reads its TypeScript configs through the repository's swc register (Node 20 has no type stripping).
JEST=(node -r ./tools/jest/ts-config-loader.js "$ROOT/node_modules/jest/bin/jest.js" --ci)

if [ -t 1 ]; then
  BOLD=$'\033[1m' GREEN=$'\033[32m' RED=$'\033[31m' YELLOW=$'\033[33m' DIM=$'\033[2m' RESET=$'\033[0m'
else
  BOLD='' GREEN='' RED='' YELLOW='' DIM='' RESET=''
fi

NAMES=()
RESULTS=()
TIMES=()
PASSED=0
FAILED=0
STARTED_AT=$EPOCHREALTIME

elapsed_since() { awk -v start="$1" -v end="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", end - start }'; }

summary() {
  printf '\n%s── summary (%s) ──%s\n' "$BOLD" "$(elapsed_since "$STARTED_AT")" "$RESET"
  local i colour
  for i in "${!NAMES[@]}"; do
    case "${RESULTS[$i]}" in
      passed) colour=$GREEN ;;
      failed) colour=$RED ;;
      *) colour=$YELLOW ;;
    esac
    printf '  %-16s %s%-8s%s %8s\n' "${NAMES[$i]}" "$colour" "${RESULTS[$i]}" "$RESET" "${TIMES[$i]}"
  done
  printf '%s passed, %s failed\n' "$PASSED" "$FAILED"
}

# step <name> <command...>
step() {
  local name="$1"
  shift
  local index=$((${#NAMES[@]} + 1))
  NAMES+=("$name")
  printf '\n%s━━ [%d] %s%s %s%s%s\n' "$BOLD" "$index" "$name" "$RESET" "$DIM" "$*" "$RESET"
  local started=$EPOCHREALTIME
  if "$@"; then
    RESULTS+=(passed)
    TIMES+=("$(elapsed_since "$started")")
    PASSED=$((PASSED + 1))
    printf '%s✔ %s (%s)%s\n' "$GREEN" "$name" "${TIMES[-1]}" "$RESET"
  else
    RESULTS+=(failed)
    TIMES+=("$(elapsed_since "$started")")
    FAILED=$((FAILED + 1))
    printf '%s✘ %s failed (%s)%s\n' "$RED" "$name" "${TIMES[-1]}" "$RESET"
    summary
    exit 1
  fi
}

step infra bash scripts/ensure-infra.sh
# lint, format and the three typechecks, two at a time (see the script)
step static bash scripts/static-checks.sh
step unit "${JEST[@]}" -c jest.unit.config.ts
step unit:console "$BIN/vitest" run -c apps/console/vite.config.ts
step integration "${JEST[@]}" -c jest.int.config.ts
step e2e "${JEST[@]}" -c jest.e2e.config.ts
step browser "$BIN/playwright" test -c apps/console/playwright.config.ts
summary
