#!/usr/bin/env bash
# Proves ingest is resumable: a run killed with SIGKILL in the middle (twice),
# then rerun to the end, leaves exactly the store a clean run leaves (same
# canonical dump: articles, analyses, entities, events, quotes, stories,
# rejected items).
#
#   scripts/kill-resume-check.sh [INPUT...]
#
# Default input: the ANT dev articles plus the first 1,500 lines of the
# corpus (../shared), and one bad file so that rejections are covered too.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
pid=
cleanup() { if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"; }
trap cleanup EXIT

inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  shared=../shared/data/news
  [ -d "$shared" ] || shared=/work/shared/data/news
  { zcat "$shared/ant-corpus.jsonl.gz" 2>/dev/null || true; } | head -n 1500 | gzip > "$tmp/sample.jsonl.gz"
  printf '' > "$tmp/empty.txt"
  inputs=("$shared/ant-dev" "$tmp/sample.jsonl.gz" "$tmp/empty.txt" samples)
fi
rasd() { node bin/rasd.js "$@"; }
count() { rasd stats --db "$1" --json 2>/dev/null | sed -n 's/.*"articles":\([0-9]*\).*/\1/p'; }

echo "clean run..."
rasd ingest "${inputs[@]}" --db "$tmp/clean.db" >/dev/null 2>&1 || true
total=$(count "$tmp/clean.db")
echo "clean run stored $total articles"
[ "${total:-0}" -gt 10 ] || { echo "FAIL: clean run stored too little to test"; exit 1; }

for round in 1 2; do
  node bin/rasd.js ingest "${inputs[@]}" --db "$tmp/killed.db" >/dev/null 2>&1 &
  pid=$!
  # kill once this round has written something but is not done
  target=$(( total * round / 3 ))
  for _ in $(seq 1 600); do
    n=$(count "$tmp/killed.db" || echo 0)
    [ "${n:-0}" -gt "$target" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    echo "round $round: killed (SIGKILL) with $(count "$tmp/killed.db") of $total articles stored"
  else
    echo "FAIL: round $round finished before it could be killed; use a bigger input"
    exit 1
  fi
  pid=
done

echo "rerun to the end..."
rasd ingest "${inputs[@]}" --db "$tmp/killed.db" >/dev/null 2>&1 || true
npx tsx scripts/store-dump.ts "$tmp/clean.db" > "$tmp/clean.dump"
npx tsx scripts/store-dump.ts "$tmp/killed.db" > "$tmp/killed.dump"
if cmp -s "$tmp/clean.dump" "$tmp/killed.dump"; then
  echo "PASS: killed-and-resumed store equals the clean run's ($(wc -l < "$tmp/clean.dump") dump lines, $total articles)"
else
  echo "FAIL: stores differ:"
  diff "$tmp/clean.dump" "$tmp/killed.dump" | head -20
  exit 1
fi
