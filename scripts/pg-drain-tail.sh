#!/bin/bash
# How workers draining a queue end (pg16): queues the first N corpus articles in a fresh database, runs W one-core
# workers (`rasd worker --concurrency 0 --exit-when-empty`) of the code under ROOT at once, and prints from pg-boss's
# job rows the number of batches (jobs taken by one fetch share its started_on), the sizes of the last six, and how
# long the last batch ran on after the batch completed before it (with two workers: one core idle at the end).
#
#   nice -n 10 scripts/pg-drain-tail.sh ROOT DB N W
#
# ROOT: a checkout (this one, or a copy of another commit with node_modules); DB: a database name to create (dropped
# first, kept after, so `npx tsx scripts/store-dump.ts URL/DB` can compare runs). $RASD_TEST_PG names the server
# (default postgres://postgres@127.0.0.1:55432/postgres); $CORPUS the corpus.
set -euo pipefail
ROOT=$1; DB=$2; N=$3; W=$4
SERVER=${RASD_TEST_PG:-postgres://postgres@127.0.0.1:55432/postgres}
S=${SERVER%/*}
CORPUS=${CORPUS:-/work/shared/data/news/ant-corpus.jsonl.gz}
SAMPLE=$(mktemp); trap 'rm -f "$SAMPLE"' EXIT
psql -q "$SERVER" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
{ zcat "$CORPUS" || true; } | head -n "$N" > "$SAMPLE"
node "$ROOT/bin/rasd.js" ingest --db "$S/$DB" --queue "$SAMPLE" 2>&1 | tail -1
t0=$(date +%s.%N)
for _ in $(seq 1 "$W"); do node "$ROOT/bin/rasd.js" worker --db "$S/$DB" --concurrency 0 --exit-when-empty 2>&1 | tail -1 & done
wait
t1=$(date +%s.%N)
echo "wall $(echo "$t1 - $t0" | bc) s"
psql -q -At "$S/$DB" -c "WITH b AS (SELECT started_on, count(*) n, max(completed_on) done FROM pgboss.job GROUP BY 1)
 SELECT 'batches ' || count(*) || ', sizes of the last 6: ' || (SELECT string_agg(n::text, ' ' ORDER BY started_on) FROM (SELECT * FROM b ORDER BY started_on DESC LIMIT 6) x)
   || '; last completion minus the one before (s): ' || (SELECT round(extract(epoch FROM (max(done) - (SELECT done FROM b ORDER BY done DESC OFFSET 1 LIMIT 1)))::numeric, 2) FROM b)
   || '; last completion minus first fetch (s): ' || round(extract(epoch FROM max(done) - min(started_on))::numeric, 2) FROM b"
