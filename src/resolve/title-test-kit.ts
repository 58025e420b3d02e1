/**
 * What the resolver's sentence tests share (titles-kb12.test.ts, titles-kb14.test.ts, resolve10.test.ts,
 * resolve11.test.ts): the whole shipped analyzer, and the entity a title mention, or any mention, was resolved to,
 * checked against the document's text on the way.
 */
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import type { Analysis } from '../core/analysis.ts';

const analyzer = createAnalyzer(loadResources());

/** The analysis of `text` on `date` (the office holders depend on it). */
export const run = (text: string, date = '2018-05-01'): Analysis => analyzer.analyze(text, { date });

/** The kbId or English name of the entity whose title mention covers `words`. */
export function titleOf(a: Analysis, words: string): string | null {
  const at = a.document.text.indexOf(words);
  assert.ok(at >= 0, words);
  for (const e of a.entities) {
    const m = e.mentions.find((x) => x.kind === 'title' && x.start <= at && x.end > at);
    if (m) {
      assert.equal(a.document.text.slice(m.start, m.end), m.text);
      return e.kbId && !e.kbId.startsWith('x:') ? e.kbId : e.nameEn;
    }
  }
  return null;
}

/** The entity (kbId or, for one the KB lacks, type + English name) of the mention of any kind that covers `words`. */
export function entityAt(a: Analysis, words: string): string | null {
  const at = a.document.text.indexOf(words);
  assert.ok(at >= 0, words);
  for (const e of a.entities) {
    const m = e.mentions.find((x) => x.start <= at && x.end > at);
    if (m) {
      assert.equal(a.document.text.slice(m.start, m.end), m.text);
      return e.kbId && !e.kbId.startsWith('x:') ? e.kbId : `${e.type} ${e.nameEn}`;
    }
  }
  return null;
}
