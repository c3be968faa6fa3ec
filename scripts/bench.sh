#!/usr/bin/env bash
# `npm run bench [-- <name filter>]`: makes sure Postgres and NATS answer, then runs the benchmarks
# (bench/run.ts) against a fresh database and prints requests/s and latencies (median of 3 runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NX_NO_CLOUD=true NX_DAEMON=false
bash scripts/ensure-infra.sh
exec node -r ./tools/register.js bench/run.ts "$@"
