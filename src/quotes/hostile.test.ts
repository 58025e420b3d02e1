import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import type { Entity } from '../core/analysis.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { createQuoteStage } from './stage.ts';
import { DisjointSpans, firstStartingAt } from './spans.ts';

// Hostile repetitive input (scripts/bench-hostile.ts measures the growth): these only check that the stage gets
// through a moderate size and what it finds there; no timing is asserted.
const resources = loadResources();
const segmenter = createSegmenter(resources.wordFrequencies);
const stage = createQuoteStage(resources.quoteCues);

test('a reporting verb with a colon repeated 5,000 times: a quote between about each two cues', () => {
  const doc = createDoc({ text: 'وقال: '.repeat(5000) }, segmenter);
  const quotes = stage.run(doc, { entities: [] });
  assert.equal(quotes.length, 4998);
  for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
});

test('a quotation with its cue after it repeated 3,000 times: each is a direct quote', () => {
  const doc = createDoc({ text: '«نعم» قال. '.repeat(3000) }, segmenter);
  const quotes = stage.run(doc, { entities: [] });
  assert.equal(quotes.length, 3000);
  assert.ok(quotes.every((q) => q.direct && q.text === 'نعم'));
});

test('one sentence with a named speaker repeated 2,000 times: every quote is his', () => {
  const unit = 'قال الرئيس بوتين إن الوضع صعب. ';
  const doc = createDoc({ text: unit.repeat(2000) }, segmenter);
  const mentions = Array.from({ length: 2000 }, (_, i) => ({ start: i * unit.length + 11, end: i * unit.length + 16, text: 'بوتين', kind: 'name' as const }));
  assert.equal(doc.text.slice(mentions[1]!.start, mentions[1]!.end), 'بوتين');
  const putin: Entity = { id: 'q1', type: 'PER', name: 'بوتين', nameEn: 'Putin', kbId: 'Q7747', country: 'RU', actor: null, mentions };
  const quotes = stage.run(doc, { entities: [putin] });
  assert.equal(quotes.length, 2000);
  assert.ok(quotes.every((q) => q.speaker === 'q1' && q.text === 'الوضع صعب'));
});

test('DisjointSpans.some answers as a scan of every span would', () => {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const spans = new DisjointSpans<{ start: number; end: number }>();
  const all: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < 300; i++) {
    const a = rand(2000);
    const q = { start: a, end: a + 1 + rand(8) };
    if (all.some((x) => x.start < q.end && q.start < x.end)) continue;
    spans.add(q);
    all.push(q);
  }
  assert.ok(all.length > 100);
  for (let i = 0; i < 2000; i++) {
    const p = rand(2010);
    const e = p + rand(12);
    assert.equal(spans.some(p, e, (q) => q.start < e && p < q.end), all.some((q) => q.start < e && p < q.end), `overlap ${p} ${e}`);
    assert.equal(spans.some(e, p, (q) => q.start <= p && e <= q.end), all.some((q) => q.start <= p && e <= q.end), `within ${p} ${e}`);
    assert.equal(spans.some(p - 1, p, (q) => q.end <= p && q.end >= p - 1), all.some((q) => q.end <= p && q.end >= p - 1), `ends ${p}`);
  }
});

test('firstStartingAt finds the first item starting at or after a position', () => {
  const sorted = [1, 3, 3, 8].map((start) => ({ start }));
  assert.deepEqual([0, 1, 2, 3, 4, 8, 9].map((p) => firstStartingAt(sorted, p)), [0, 0, 1, 1, 3, 3, 4]);
});
