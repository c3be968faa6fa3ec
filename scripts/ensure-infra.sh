#!/usr/bin/env bash
# Makes the machine ready to run and test Relais, and does nothing that is already done:
#   1. node_modules installed from package-lock.json;
#   2. Postgres answering on 127.0.0.1:5432 (installs Debian's package and runs a cluster in .data/postgres otherwise);
#   3. NATS with JetStream on 127.0.0.1:4222 (installs nats-server and runs it with its store in .data/nats otherwise);
#   4. Chromium at /usr/bin/chromium for the browser tests, and ffmpeg (ffprobe) for the content service's media;
#   5. roles, database and every service's migrations (npm run migrate).
# Set ENSURE_INFRA_SKIP_MIGRATE=1 to stop before step 5. RELAIS_DATA_DIR, RELAIS_PG_PORT and RELAIS_NATS_PORT
# move the data and ports (the apps' local settings expect the defaults).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATA_DIR="${RELAIS_DATA_DIR:-$ROOT/.data}"
PG_HOST=127.0.0.1
PG_PORT="${RELAIS_PG_PORT:-5432}"
NATS_PORT="${RELAIS_NATS_PORT:-4222}"
NATS_URL_LOCAL="nats://127.0.0.1:$NATS_PORT"

if [ -t 1 ]; then CYAN=$'\033[1;36m' RED=$'\033[1;31m' RESET=$'\033[0m'; else CYAN='' RED='' RESET=''; fi
say() { printf '%s[infra]%s %s\n' "$CYAN" "$RESET" "$*"; }
fail() {
  printf '%s[infra] %s%s\n' "$RED" "$*" "$RESET" >&2
  exit 1
}
# Where the data lives, as people see it (relative to the repository when inside it).
DATA_SHOWN="${DATA_DIR#"$ROOT"/}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "root is needed to run: $* (run as root or install sudo)"
  fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for() {
  local what="$1" attempts="$2"
  shift 2
  for _ in $(seq "$attempts"); do
    if "$@"; then return 0; fi
    sleep 0.5
  done
  fail "$what did not come up"
}

# --- 1. node_modules -----------------------------------------------------------------------------

ensure_node_modules() {
  if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    say "node_modules up to date"
    return
  fi
  say "installing packages (npm ci)"
  if npm ci --no-audit --no-fund; then return; fi
  # A lockfile written on one platform can lack another platform's optional binaries, which npm ci
  # refuses. Install from the same lockfile without rewriting it.
  say "npm ci refused the lockfile; installing with npm install --no-save from the same lockfile"
  mkdir -p "$DATA_DIR"
  cp package-lock.json "$DATA_DIR/package-lock.json.saved"
  npm install --no-save --no-audit --no-fund
  cp "$DATA_DIR/package-lock.json.saved" package-lock.json
  rm "$DATA_DIR/package-lock.json.saved"
}

# --- 2. Postgres ---------------------------------------------------------------------------------

postgres_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
  else
    port_open "$PG_HOST" "$PG_PORT"
  fi
}

postgres_bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

as_postgres_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_postgres() {
  if postgres_ready; then
    say "Postgres answers on $PG_HOST:$PG_PORT"
    return
  fi
  local bin
  bin="$(postgres_bin_dir || true)"
  if [ -z "$bin" ]; then
    apt_install postgresql
    bin="$(postgres_bin_dir)" || fail "postgresql installed but no pg_ctl found under /usr/lib/postgresql"
    # Debian starts its own cluster after installing when it can; use it if it answers.
    if postgres_ready; then
      say "Postgres answers on $PG_HOST:$PG_PORT"
      return
    fi
  fi

  local pgdata="$DATA_DIR/postgres" sockets="$DATA_DIR/postgres-run"
  mkdir -p "$pgdata" "$sockets"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pgdata" "$sockets"; fi
  chmod 700 "$pgdata"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    say "creating a Postgres cluster in $DATA_SHOWN/postgres"
    as_postgres_user "$bin/initdb" -D "$pgdata" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  say "starting Postgres from $DATA_SHOWN/postgres"
  as_postgres_user "$bin/pg_ctl" -D "$pgdata" -l "$sockets/postgres.log" -w -t 60 start \
    -o "-c listen_addresses=$PG_HOST -p $PG_PORT -c unix_socket_directories=$sockets" >/dev/null ||
    fail "Postgres did not start; see $sockets/postgres.log"
  wait_for "Postgres" 60 postgres_ready
  say "Postgres answers on $PG_HOST:$PG_PORT"
}

# --- 3. NATS with JetStream ----------------------------------------------------------------------

jetstream_ready() { node scripts/check-jetstream.mjs "$NATS_URL_LOCAL" 2>/dev/null; }
nats_port_closed() { ! port_open 127.0.0.1 "$NATS_PORT"; }

ensure_nats() {
  if jetstream_ready; then
    say "NATS with JetStream answers on $NATS_URL_LOCAL"
    return
  fi
  local pidfile="$DATA_DIR/nats.pid"
  if port_open 127.0.0.1 "$NATS_PORT"; then
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      say "restarting the NATS server started from $DATA_SHOWN (JetStream is off)"
      kill "$(cat "$pidfile")"
      wait_for "the old NATS server to stop" 20 nats_port_closed
    else
      fail "a NATS server answers on $NATS_PORT without JetStream; restart it with -js (or stop it and run this again)"
    fi
  fi
  if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
    apt_install nats-server
  fi
  local server
  server="$(command -v nats-server || echo /usr/sbin/nats-server)"
  mkdir -p "$DATA_DIR/nats"
  say "starting nats-server with JetStream (store in $DATA_SHOWN/nats)"
  nohup setsid "$server" -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$DATA_DIR/nats" -P "$pidfile" \
    -l "$DATA_DIR/nats.log" </dev/null >/dev/null 2>&1 &
  wait_for "NATS with JetStream (see $DATA_SHOWN/nats.log)" 40 jetstream_ready
  say "NATS with JetStream answers on $NATS_URL_LOCAL"
}

# --- 4. Chromium ---------------------------------------------------------------------------------

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    say "Chromium at /usr/bin/chromium"
    return
  fi
  apt_install chromium fonts-dejavu-core fonts-liberation2 fonts-noto-color-emoji
}

ensure_ffmpeg() {
  if command -v ffprobe >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1; then
    say "ffprobe at $(command -v ffprobe)"
    return
  fi
  apt_install ffmpeg
}

# --- 5. Database roles, database and migrations --------------------------------------------------

run_migrations() {
  if [ "${ENSURE_INFRA_SKIP_MIGRATE:-0}" = 1 ]; then return; fi
  say "migrating (npm run migrate)"
  npm run --silent migrate
}

command -v node >/dev/null 2>&1 || fail "Node.js 20.19+ or 22.13+ is needed (https://nodejs.org)"
mkdir -p "$DATA_DIR"
ensure_node_modules
ensure_postgres
ensure_nats
ensure_chromium
ensure_ffmpeg
run_migrations
