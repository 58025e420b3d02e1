/**
 * For the resolver's tests: runs the resolve stage on a sentence with the recognizer replaced by
 * hand-made spans, so that each rule is tested on its own. Shared by evidence.test.ts and
 * precision.test.ts.
 */
import assert from 'node:assert/strict';
import { loadResources } from '../resources/load.ts';
import { createAnalyzer } from '../analyzer.ts';
import { createResolveStage } from './stage.ts';
import type { EntityType } from '../core/analysis.ts';
import type { NerMention } from '../core/stage.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources);
const resolve = createResolveStage(resources.kb, { wordFrequencies: resources.wordFrequencies, nameEvidence: resources.nameEvidence });

/** Resolves `text` with recognizer spans given by their text (the first occurrence after the previous span). */
export function resolveWithSpans(text: string, spans: Array<[string, EntityType]>, date = '2018-06-01') {
  const doc = analyzer.document({ text, date });
  const ner: NerMention[] = [];
  let from = 0;
  for (const [s, type] of spans) {
    const start = text.indexOf(s, from);
    assert.ok(start >= 0, s);
    const end = start + s.length;
    const tokenStart = doc.tokens.findIndex((t) => t.end > start);
    const tokenEnd = doc.tokens.findIndex((t) => t.start >= end);
    ner.push({ start, end, text: s, type, tokenStart, tokenEnd: tokenEnd < 0 ? doc.tokens.length : tokenEnd });
    from = end;
  }
  const entities = resolve.run(doc, { nerMentions: ner });
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return entities;
}
