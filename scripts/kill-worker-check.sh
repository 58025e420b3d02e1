#!/usr/bin/env bash
# Proves distributed ingest loses nothing and stores nothing twice when a
# worker dies: queue a sample on PostgreSQL, run two workers, SIGKILL one
# while it holds jobs, start another, wait until the queue drains, and compare
# the store's canonical dump with a clean single-worker run of the same input.
#
#   scripts/kill-worker-check.sh [ARTICLES]     (default 300)
#
# Needs a PostgreSQL server where it may create databases: $RASD_TEST_PG
# (default postgres://postgres@127.0.0.1:55432/postgres). The workers run the
# full analyzer, so entities, quotes, events and stories are all compared.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
pg=${RASD_TEST_PG:-postgres://postgres@127.0.0.1:55432/postgres}
base=${pg%/*}
tag=killcheck_$$
clean_db="$base/rasd_${tag}_clean"
killed_db="$base/rasd_${tag}_killed"
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  psql -q "$pg" -c "DROP DATABASE IF EXISTS rasd_${tag}_clean WITH (FORCE)" -c "DROP DATABASE IF EXISTS rasd_${tag}_killed WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

psql -q "$pg" -c "CREATE DATABASE rasd_${tag}_clean" -c "CREATE DATABASE rasd_${tag}_killed"
shared=../shared/data/news
[ -d "$shared" ] || shared=/work/shared/data/news
{ zcat "$shared/ant-corpus.jsonl.gz" 2>/dev/null || true; } | head -n "$n" > "$tmp/sample.jsonl"
printf '' > "$tmp/empty.txt"
inputs=("$tmp/sample.jsonl" "$tmp/empty.txt")
rasd() { node bin/rasd.js "$@"; }
# exec: the background job is the node process itself, so kill -9 hits the worker, not a wrapper shell
worker() { exec node bin/rasd.js worker --db "$1" --concurrency 1 --batch 4 --exit-when-empty; }
stored() { psql -Atq "$1" -c 'SELECT count(*) FROM articles' 2>/dev/null || echo 0; }
active() { psql -Atq "$1" -c "SELECT count(*) FROM pgboss.job WHERE state = 'active'" 2>/dev/null || echo 0; }

echo "clean run: one worker..."
rasd ingest --db "$clean_db" --queue "${inputs[@]}" >/dev/null 2>&1 || true
(worker "$clean_db" >/dev/null 2>&1)
total=$(stored "$clean_db")
echo "clean run stored $total articles"
[ "$total" -gt 50 ] || { echo "FAIL: clean run stored too little to test"; exit 1; }

echo "killed run: two workers, one killed mid-run, a third started..."
rasd ingest --db "$killed_db" --queue --job-timeout 10 "${inputs[@]}" >/dev/null 2>&1 || true
worker "$killed_db" > "$tmp/a.log" 2>&1 &
a=$!
pids+=("$a")
worker "$killed_db" > "$tmp/b.log" 2>&1 &
b=$!
pids+=("$b")
for _ in $(seq 1 600); do
  [ "$(stored "$killed_db")" -gt $(( total / 4 )) ] && break
  sleep 0.1
done
held=$(active "$killed_db")
kill -9 "$a"
wait "$a" 2>/dev/null || true
if kill -0 "$a" 2>/dev/null; then echo "FAIL: worker A survived SIGKILL"; exit 1; fi
echo "killed worker A (SIGKILL) with $(stored "$killed_db") of $total articles stored and $held jobs active"
[ "$(stored "$killed_db")" -lt "$total" ] || { echo "FAIL: the run finished before the kill; use more articles"; exit 1; }
[ "$held" -gt 0 ] || { echo "FAIL: no job was active at the kill"; exit 1; }
worker "$killed_db" > "$tmp/c.log" 2>&1 &
c=$!
pids+=("$c")
wait "$b"
wait "$c"
echo "worker B: $(tail -n 1 "$tmp/b.log")"
echo "worker C: $(tail -n 1 "$tmp/c.log")"
left=$(psql -Atq "$killed_db" -c "SELECT count(*) FROM pgboss.job WHERE state < 'completed'")
[ "$left" -eq 0 ] || { echo "FAIL: $left jobs left in the queue"; exit 1; }

npx tsx scripts/store-dump.ts "$clean_db" > "$tmp/clean.dump"
npx tsx scripts/store-dump.ts "$killed_db" > "$tmp/killed.dump"
if cmp -s "$tmp/clean.dump" "$tmp/killed.dump"; then
  echo "PASS: the store after a killed worker equals the clean run's ($(wc -l < "$tmp/clean.dump") dump lines, $total articles)"
else
  echo "FAIL: stores differ:"
  diff "$tmp/clean.dump" "$tmp/killed.dump" | head -20
  exit 1
fi
