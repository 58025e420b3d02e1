// test/gold/unseen.json names the gold sets kept unread (test/gold/fresh-sets.md); `rasd eval quotes` reads it to
// keep their quote splits out of the "read" line and of --verbose. A stale name would silently expose a set, so
// every name must point at gold that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const unseen = JSON.parse(readFileSync(join(ROOT, 'test/gold/unseen.json'), 'utf8')) as { quotes: string[]; entities: string[]; events: string[] };

test('every unseen quote split is a split of some quote gold file', () => {
  const dir = join(ROOT, 'test/gold/quotes');
  const splits = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) splits.add((JSON.parse(line) as { split?: string }).split ?? 'dev');
  }
  assert.ok(unseen.quotes.length > 0);
  for (const s of unseen.quotes) assert.ok(splits.has(s), `no quote gold has split ${s}`);
});

test('every unseen entity file and event folder exists', () => {
  for (const p of [...unseen.entities, ...unseen.events]) assert.ok(existsSync(join(ROOT, p)), `missing ${p}`);
});
