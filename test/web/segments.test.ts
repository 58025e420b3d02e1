// qa17: the article reader's segments() in one sweep over the boundaries, against the filter of every mark for every
// piece that it replaced (seconds on a long article), on random marks
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segments } from '../../web/src/pages/ArticlePage.tsx';

type M = Parameters<typeof segments>[1][number];

function naive(text: string, marks: M[]) {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) (cuts.add(m.start), cuts.add(m.end));
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) out.push({ start: points[i]!, end: points[i + 1]!, marks: marks.filter((m) => m.start <= points[i]! && m.end >= points[i + 1]!) });
  return out;
}

test('segments gives each piece the marks over it, in their order, as the filter did', () => {
  let seed = 17;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let round = 0; round < 200; round++) {
    const text = 'ن'.repeat(1 + rnd(120));
    const marks: M[] = [];
    for (let k = rnd(25); k > 0; k--) {
      const start = rnd(text.length + 1);
      const end = Math.min(text.length, start + rnd(30));
      marks.push({ start, end, kind: (['mention', 'quote', 'trigger', 'time'] as const)[rnd(4)]!, label: `m${k}` });
    }
    assert.deepEqual(segments(text, marks), naive(text, marks), JSON.stringify(marks));
  }
});
