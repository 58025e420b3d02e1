import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInput } from './input.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-input-'));
const bodies = ['وصل الوفد السوري إلى موسكو أمس.', 'قال وزير الخارجية الأردني إن بلاده ترفض التصعيد.', 'أعلنت الحكومة العراقية عن خطة لإعادة إعمار الموصل.'];

// qa15: ingest streams a .jsonl.gz and stores the whole lines of one cut short before naming where it stopped;
// `rasd analyze` read it whole and gave only "corrupt gzip data: unexpected end of file", none of its articles
test('a gzip JSON Lines file cut short gives its whole lines, then says where it stopped', () => {
  const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `a${i}`, title: `خبر ${i}`, text: `${bodies[i % 3]} (${i})`, date: '2025-10-15' }));
  const gz = gzipSync(`${lines.join('\n')}\n`);
  const path = join(dir, 'cut.jsonl.gz');
  writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.7)));
  const items = readInput(path);
  const articles = items.filter((i) => i.article);
  const errors = items.filter((i) => i.error);
  assert.ok(articles.length >= 10 && articles.length < 60, `${articles.length} articles`);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.match(errors[0]!.label, new RegExp(`after line ${articles.length}$`));
  assert.match(errors[0]!.error!, /cannot read further: unexpected end of file/);
  assert.deepEqual(articles.map((a) => a.article!.text), Array.from({ length: articles.length }, (_, i) => `${bodies[i % 3]} (${i})`));
  // one document cut short is refused whole, not analyzed as if complete
  const one = join(dir, 'one.json.gz');
  const doc = gzipSync(JSON.stringify({ title: 'خبر', text: `${bodies.join('\n').repeat(40)}`, date: '2025-10-15' }));
  writeFileSync(one, doc.subarray(0, Math.floor(doc.length * 0.6)));
  const single = readInput(one);
  assert.equal(single.length, 1);
  assert.match(single[0]!.error!, /corrupt gzip data: unexpected end of file/);
});
