/**
 * What the speaker-rule tests share (speakers*.test.ts): the quote stage run
 * on a sentence written for a test, with hand-made entities standing in for
 * the entity layer, and the offset check every quote must pass.
 */
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../core/document.ts';
import type { Entity, EntityType, Mention, Quote } from '../core/analysis.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { createQuoteStage, type KbNames } from './stage.ts';

const resources = loadResources();
const segmenter = createSegmenter(resources.wordFrequencies);
// (quotes31) With the corpus word counts, as src/analyzer.ts builds it (a country's first-person headline reads them).
const stage = createQuoteStage(resources.quoteCues, undefined, resources.wordFrequencies);

/** An entity of a test: its surface forms, each a mention of its kind at its nth occurrence (all occurrences without n). */
export type Spec = { id: string; type: EntityType; kbId: string | null; forms: Array<[string, Mention['kind'], number?]> };

export function entitiesFor(doc: Doc, specs: Spec[]): Entity[] {
  return specs.map(({ id, type, kbId, forms }) => {
    const mentions: Mention[] = [];
    for (const [form, kind, nth] of forms) {
      let n = 0;
      for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1), n++)
        if (nth === undefined || nth === n) mentions.push({ start: at, end: at + form.length, text: form, kind });
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id, type, name: forms[0]![0], nameEn: id, kbId, country: kbId?.startsWith('cty:') ? kbId.slice(4) : null, actor: null, mentions };
  });
}

/**
 * The quotes of `text` (dated 2018-05-01) with the specs' entities; every quote's span must slice to its text.
 * `kbNames` (quotes25): the KB's Arabic names of a KB id, for the rules that read them (a stage of its own).
 */
export function quotesOf(text: string, specs: Spec[], kbNames?: KbNames): Quote[] {
  const doc = createDoc({ text, date: '2018-05-01' }, segmenter);
  const quotes = (kbNames ? createQuoteStage(resources.quoteCues, kbNames, resources.wordFrequencies) : stage).run(doc, { entities: entitiesFor(doc, specs) });
  for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  return quotes;
}

/** (quotes32) The same with a headline: the document's title, a blank line, then the body (as an article is read). */
export function quotesOfArticle(title: string, text: string, specs: Spec[]): Quote[] {
  const doc = createDoc({ title, text, date: '2018-05-01' }, segmenter);
  const quotes = stage.run(doc, { entities: entitiesFor(doc, specs) });
  for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  return quotes;
}
