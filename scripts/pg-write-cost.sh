#!/bin/bash
# Where PostgreSQL spends a worker's writes: queues the first N corpus articles in a fresh database,
# drains the queue with W one-core workers (`rasd worker --concurrency 0`), and prints the workers'
# CPU, the CPU of all PostgreSQL processes over the run (backends that exit are counted through the
# postmaster's reaped-children times), and, when the server preloads pg_stat_statements
# (shared_preload_libraries), the statements by server time.
#
#   scripts/pg-write-cost.sh [N=2000] [W=1]
#   HOOK="SQL run after the queue is filled, before the workers" scripts/pg-write-cost.sh 2000
#   WAITS=20 scripts/pg-write-cost.sh 3000 2     # also sample pg_stat_activity every 20 ms (scripts/pg-wait-sample.ts)
#   WORKER_ARGS="--batch 128" scripts/pg-write-cost.sh 2000   # more options for the workers
#   DB=NAME scripts/pg-write-cost.sh ...         # the database to create (default rasd_write_cost)
#
# The workers' summary lines give their CPU over analysis and over writes apart ("CPU ... s analysis, ... s
# writes": process CPU over each span, exact with --concurrency 0). A sampled run's PostgreSQL CPU includes the
# sampler's queries (about 1-2% of a core): take CPU figures from runs without WAITS.
#
# $RASD_TEST_PG names the server (default postgres://postgres@127.0.0.1:55432/postgres); the script
# creates and keeps the database $DB (default rasd_write_cost; dropped at the next run). Run on a quiet machine:
# CPU times are steadier than wall times under load, but not immune to it.
set -euo pipefail
N=${1:-2000}; W=${2:-1}
SERVER=${RASD_TEST_PG:-postgres://postgres@127.0.0.1:55432/postgres}
BASE=${SERVER%/*}; DB=${DB:-rasd_write_cost}; URL=$BASE/$DB
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${CORPUS:-$ROOT/../shared/data/news/ant-corpus.jsonl.gz}
SAMPLE=$(mktemp); trap 'rm -f "$SAMPLE" "$SAMPLE.stop" "$SAMPLE.own"' EXIT
psql -q "$SERVER" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
{ zcat "$CORPUS" || true; } | head -n "$N" > "$SAMPLE"  # zcat stops on SIGPIPE when head has its lines
node "$ROOT/bin/rasd.js" ingest --db "$URL" --queue "$SAMPLE" 2>&1 | tail -1
[ -n "${HOOK:-}" ] && psql -q "$URL" -c "$HOOK"
psql -q "$URL" -c "CHECKPOINT"
STATS=0
if psql -q "$URL" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null 2>&1; then STATS=1; fi
# user+system time of the server's processes, with their reaped children, in clock ticks
pg_ticks() {
  local t=0 p
  for p in $(pgrep -u postgres); do
    t=$((t + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}
# The same for this database's own backends (the workers' connections, autovacuum on it) and the shared WAL writer,
# checkpointer and background writer only: other databases' clients on a shared server (another benchmark's
# searches) are left out. Backends come and go, so a loop reads their counters every 0.3 s until $SAMPLE.stop
# exists and writes the sum of each one's last reading (a backend's CPU after its last reading, when it was
# closing, is lost); the shared processes count by difference.
own_ticks() {
  declare -A last av
  local p t sum=0 auto=0
  while [ ! -e "$SAMPLE.stop" ]; do
    for p in $(pgrep -u postgres -f "^postgres: (\S+ $DB |autovacuum worker $DB\b)"); do
      t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null) && last[$p]=$t
    done
    # autovacuum apart (pg16): it runs beside the workers, on a core one worker leaves idle and two do not
    for p in $(pgrep -u postgres -f "^postgres: autovacuum worker $DB\b"); do av[$p]=1; done
    sleep 0.3
  done
  for p in "${!last[@]}"; do sum=$((sum + last[$p])); [ -n "${av[$p]:-}" ] && auto=$((auto + last[$p])); done
  echo "$sum $auto" > "$SAMPLE.own"
}
shared_ticks() {
  local t=0 p
  for p in $(pgrep -u postgres -f '^postgres: (walwriter|checkpointer|background writer)'); do
    t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}
HZ=$(getconf CLK_TCK)
rm -f "$SAMPLE.stop"
own_ticks &
OWN=$!
shared_before=$(shared_ticks)
SAMPLER=
if [ -n "${WAITS:-}" ]; then
  node --import tsx "$ROOT/scripts/pg-wait-sample.ts" --db "$URL" --ms "$WAITS" > "$SAMPLE.waits" &
  SAMPLER=$!
fi
wal_before=$(psql -q -At "$URL" -c "SELECT wal_bytes FROM pg_stat_wal")
before=$(pg_ticks); t0=$(date +%s.%N)
PIDS=()
for _ in $(seq 1 "$W"); do
  # shellcheck disable=SC2086
  /usr/bin/time -f "worker CPU: user %U s, system %S s, wall %e s" node "$ROOT/bin/rasd.js" worker --db "$URL" --concurrency 0 --exit-when-empty ${WORKER_ARGS:-} 2>&1 | tail -2 &
  PIDS+=($!)
done
wait "${PIDS[@]}"
# GIN entries still in a pending list are write work put off, not saved: merge them inside the measured span, so
# that settings which defer more of it (a longer pending list) are charged for it
# (the sleep keeps this backend alive past own_ticks' next reading)
psql -q -At "$URL" -c "SELECT c.relname || ' pending pages merged: ' || gin_clean_pending_list(c.oid) FROM pg_class c JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'gin' AND c.relnamespace = 'public'::regnamespace ORDER BY 1" -c "SELECT pg_sleep(0.7)" | grep merged
t1=$(date +%s.%N); after=$(pg_ticks); shared_after=$(shared_ticks)
touch "$SAMPLE.stop"; wait "$OWN"; read -r own auto < "$SAMPLE.own"
wal_after=$(psql -q -At "$URL" -c "SELECT wal_bytes FROM pg_stat_wal")
if [ -n "$SAMPLER" ]; then kill -TERM "$SAMPLER"; wait "$SAMPLER" || true; cat "$SAMPLE.waits"; rm -f "$SAMPLE.waits"; fi
awk -v t="$((after - before))" -v hz="$HZ" -v n="$N" -v w="$(echo "$t1 - $t0" | bc)" \
  'BEGIN { printf "PostgreSQL CPU, all processes: %.2f s (%.2f ms an article) over %.1f s wall\n", t / hz, 1000 * t / hz / n, w }'
awk -v t="$((own + shared_after - shared_before))" -v hz="$HZ" -v n="$N" \
  'BEGIN { printf "PostgreSQL CPU, this database and WAL writer, checkpointer, bgwriter: %.2f s (%.2f ms an article)\n", t / hz, 1000 * t / hz / n }'
awk -v a="$auto" -v s="$((shared_after - shared_before))" -v hz="$HZ" -v n="$N" -v wal="$((wal_after - wal_before))" \
  'BEGIN { printf "  of which autovacuum %.2f ms, WAL writer/checkpointer/bgwriter %.2f ms an article; WAL (whole server) %.1f kB an article\n", 1000 * a / hz / n, 1000 * s / hz / n, wal / 1024 / n }'
if [ "$STATS" = 1 ]; then
  psql "$URL" -c "SELECT round(total_exec_time::numeric) AS ms, calls, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 90) AS statement
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY total_exec_time DESC LIMIT 12"
else
  echo "(no statement times: add pg_stat_statements to the server's shared_preload_libraries)"
fi
