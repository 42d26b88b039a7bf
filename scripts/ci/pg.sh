#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests (no Docker): initdb + pg_ctl in a temporary folder, on a free port.
#
#   eval "$(bash scripts/ci/pg.sh start)"     # exports ZHPRESS_TEST_PG=postgres://… and ZHPRESS_PG_DIR
#   npx vitest run test/queue                 # the PostgreSQL tests use ZHPRESS_TEST_PG
#   bash scripts/ci/pg.sh stop "$ZHPRESS_PG_DIR"
#
# Installs Debian's postgresql when no initdb is found (apt-get update first). As root, the server runs as
# the unprivileged `postgres` user (initdb refuses root); otherwise as the current user.
# Everything it says goes to stderr: stdout carries only the export lines.
set -euo pipefail

log() { echo "pg.sh: $*" >&2; }

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

install_pg() {
  [ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed and I am not root: apt-get install postgresql"; exit 1; }
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# runs a PostgreSQL binary as the server's owner
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  bin="$(find_bin)" || { install_pg; bin="$(find_bin)"; } || { log "no initdb after installing postgresql"; exit 1; }
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi
  dir="$(mktemp -d /tmp/zhpress-pg.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port="$(free_port)"
  as_owner "$bin/initdb" -D "$dir/data" -U zhpress --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # small and fast for tests: no fsync (a crashed test server is thrown away anyway)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U zhpress zhpress_test
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
  echo "export ZHPRESS_TEST_PG=postgres://zhpress@127.0.0.1:$port/zhpress_test"
  echo "export ZHPRESS_PG_DIR=$dir"
  echo "export ZHPRESS_PG_BIN=$bin"
}

stop() {
  local dir="${1:-${ZHPRESS_PG_DIR:-}}" bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || { log "nothing to stop (${dir:-no folder given})"; return 0; }
  bin="${ZHPRESS_PG_BIN:-$(find_bin)}"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
