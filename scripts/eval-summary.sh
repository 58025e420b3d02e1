#!/usr/bin/env bash
# The summary lines of every accuracy eval (the integrator's end-of-session figures, docs/benchmarks.md "Summary"):
# entities (30 articles and every fresh set), quotes (every split and each unseen set), events (30 articles, read
# pooled, unseen pooled, each audit, the unseen kinds by count only), times. Summary lines only: no error of an
# unseen set is printed.
#   scripts/eval-summary.sh [REPO_DIR] OUT_FILE
if [ $# -eq 1 ]; then set -- "$(dirname "$0")/.." "$1"; fi
cd "$1" || exit 1
out=$2
{
echo "### entities 30"; npx tsx src/cli/main.ts eval entities 2>&1 | sed -n '/== all/,$p'
for f in test/gold/entities-fresh/*.jsonl; do echo "### entities $f"; npx tsx src/cli/main.ts eval entities "$f" 2>&1 | grep -E "^linking|^  (PER|ORG|LOC)|^lenient|^titles|^geocoding" | head -8; done
echo "### quotes"; npx tsx src/cli/main.ts eval quotes 2>&1 | tail -60
for s in corpus5 corpus6 corpus7 corpus8 corpus9 corpus10 corpus11 corpus12; do [ -f test/gold/quotes/$s.jsonl ] && { echo "### quotes $s"; npx tsx src/cli/main.ts eval quotes --gold test/gold/quotes/$s.jsonl 2>&1 | tail -6; }; done
echo "### events 30"; npx tsx src/cli/main.ts eval events 2>&1 | tail -3
echo "### events pooled"; npx tsx scripts/event-pooled.ts 2>&1 | tail -4
echo "### events unseen"; npx tsx scripts/event-pooled.ts --unseen 2>&1 | tail -12
for d in test/gold/events-audit1* test/gold/events-corpus11 test/gold/events-corpus12 test/gold/events-corpus13; do [ -d $d ] && { echo "### events $d"; npx tsx src/cli/main.ts eval events --gold $d 2>&1 | tail -2; }; done
echo "### events unseen kinds"; npx tsx scripts/event-miss-anatomy.ts --unseen-counts 2>&1 | head -12
echo "### times"; npx rasd eval times 2>&1 | tail -4
} > "$out" 2>&1
