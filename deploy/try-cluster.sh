#!/usr/bin/env bash
# Warrant as a cluster on this machine, to try it out: a throwaway PostgreSQL, two instances of the jar, and
# nginx in front with sticky sessions, all on 127.0.0.1 (docs/deploy.md).
#   deploy/try-cluster.sh start   http://127.0.0.1:8080 (instances on 8081 and 8082, their management ports 9081
#                                 and 9082, PostgreSQL on 5433), demo accounts and content
#   deploy/try-cluster.sh kill a  kill -9 instance a (or b), to see the other carry on
#   deploy/try-cluster.sh stop    stop everything; the data stays in $WARRANT_CLUSTER_DIR (default target/cluster)
# Needs the jar (./warrant package), Debian's postgresql and nginx packages.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath -m "${WARRANT_CLUSTER_DIR:-target/cluster}")
LISTEN=${LISTEN:-8080}
PG_PORT=${PG_PORT:-5433}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -x "$bin/postgres" ] || { echo "PostgreSQL's programs are missing: apt-get install postgresql" >&2; exit 1; }
  echo "$bin"
}

start_postgres() {
  local bin; bin=$(pg_bin)
  if [ ! -f "$DIR/pg/PG_VERSION" ]; then
    mkdir -p "$DIR/pg"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR/pg"
    as_postgres "$bin/initdb" -D "$DIR/pg" -U warrant --auth=trust -E UTF8 --locale=C >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$DIR/pg" -l "$DIR/pg/server.log" -w \
    -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1" start >/dev/null
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U warrant -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='warrant'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U warrant warrant
  echo "PostgreSQL on 127.0.0.1:$PG_PORT"
}

start_instance() { # route port management-port
  local jar java
  jar=$(ls target/warrant-*.jar 2>/dev/null | grep -v plain | head -n1 || true)
  [ -n "$jar" ] || { echo "No jar in target/: run ./warrant package first" >&2; exit 1; }
  java="$(./warrant jdk)/bin/java"
  WARRANT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/warrant" WARRANT_DB_USER=warrant WARRANT_DB_PASSWORD= \
    WARRANT_ROUTE="$1" PORT="$2" MANAGEMENT_PORT="$3" \
    nohup "$java" -Xmx1g -jar "$jar" --spring.profiles.active=demo >"$DIR/instance-$1.log" 2>&1 &
  echo $! >"$DIR/instance-$1.pid"
}

await_ready() { # route management-port
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1; then echo "instance $1 ready"; return; fi
    kill -0 "$(cat "$DIR/instance-$1.pid")" 2>/dev/null || { echo "instance $1 stopped; see $DIR/instance-$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "instance $1 not ready after 120 s; see $DIR/instance-$1.log" >&2; exit 1
}

start_nginx() {
  mkdir -p "$DIR/nginx-tmp"
  chmod 0777 "$DIR/nginx-tmp"   # nginx's workers run as nobody when it is started as root
  sed -e "s|@INSTANCE_A@|127.0.0.1:8081|g; s|@INSTANCE_B@|127.0.0.1:8082|g; s|@LISTEN@|127.0.0.1:$LISTEN|g" \
    deploy/nginx/warrant.conf.template >"$DIR/warrant.conf"
  sed -e "s|@DIR@|$DIR|g" deploy/nginx/loopback.conf.template >"$DIR/nginx.conf"
  nginx -c "$DIR/nginx.conf"
  echo "nginx on http://127.0.0.1:$LISTEN"
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"
    start_postgres
    start_instance a 8081 9081
    await_ready a 9081          # the first seeds the empty database; the second would wait for it anyway
    start_instance b 8082 9082
    await_ready b 9082
    start_nginx
    echo "Warrant: http://127.0.0.1:$LISTEN (demo accounts as in the README)"
    ;;
  kill)
    kill -9 "$(cat "$DIR/instance-${2:?a or b}.pid")" && echo "instance $2 killed"
    ;;
  stop)
    [ -f "$DIR/nginx.pid" ] && nginx -c "$DIR/nginx.conf" -s stop || true
    for r in a b; do [ -f "$DIR/instance-$r.pid" ] && kill "$(cat "$DIR/instance-$r.pid")" 2>/dev/null || true; done
    [ -f "$DIR/pg/postmaster.pid" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$DIR/pg" -m fast stop >/dev/null || true
    echo "stopped"
    ;;
  *) echo "usage: deploy/try-cluster.sh start | kill a|b | stop" >&2; exit 2 ;;
esac
