#!/usr/bin/env bash
# `npm start`: prepares the machine (scripts/ensure-infra.sh: packages, Postgres, NATS with JetStream,
# migrations), builds the console, then runs every app (tools/start-all.ts), which seeds the demo
# agency through the running services, until Ctrl-C. Settings are the local development ones from
# tools/start/local-dev-settings.ts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NX_NO_CLOUD=true NX_DAEMON=false

if [ -t 1 ]; then BOLD=$'\033[1m' RESET=$'\033[0m'; else BOLD='' RESET=''; fi
section() { printf '\n%s━━ %s%s\n' "$BOLD" "$*" "$RESET"; }

section "Preparing the machine"
bash scripts/ensure-infra.sh

eval "$(node -r ./tools/register.js tools/start/print-local-env.ts)"

section "Building the console"
node_modules/.bin/vite build -c apps/console/vite.config.ts --logLevel warn

section "Starting the apps"
exec node -r ./tools/register.js tools/start-all.ts
