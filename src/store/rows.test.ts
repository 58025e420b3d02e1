import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hitPage, type HitRow } from './rows.ts';
import { makeSnippet, parseQuery, type Segmenter } from './search-terms.ts';

// a stand-in segmenter: strips the proclitic ب
const segment: Segmenter = (word) => {
  const n = word.startsWith('ب') && word.length > 3 ? 1 : 0;
  return { proclitics: n ? ['ب'] : [], enclitic: null, baseStart: n, stemStart: n, stemEnd: word.length, stem: word.slice(n) };
};

const FILLER = 'تناول الاجتماع ملفات الاقتصاد والتعليم والصحة في جلسة طويلة. ';

test('a page of hits keeps the ranked order of ids, skips ids without a row, and cuts each snippet from its text', () => {
  const early = `وصل الوفد إلى موسكو صباحا. ${FILLER.repeat(60)}`;
  const late = `${FILLER.repeat(60)}ثم وصل الوفد إلى بموسكو مساء. ${FILLER.repeat(5)}`;
  const short = `${FILLER}موسكو`;
  const texts = new Map([[1, early], [2, late], [3, short]]);
  const row = (id: number): HitRow => ({ id, title: `t${id}`, date: '2025-10-15', source: 's', url: null, story_id: null, text: texts.get(id)! });
  const query = parseQuery('موسكو', segment);
  // rows come back in any order; id 9 has no row (deleted between the two reads)
  const hits = hitPage([2, 9, 3, 1], [row(1), row(2), row(3)], query, segment);
  assert.deepEqual(hits.map((h) => h.id), [2, 3, 1]);
  for (const h of hits) {
    const want = makeSnippet(texts.get(h.id)!, query, segment);
    assert.deepEqual({ snippet: h.snippet, snippetStart: h.snippetStart, highlights: h.highlights }, want);
    assert.equal(h.highlights.length, 1);
    assert.equal(h.title, `t${h.id}`);
  }
});
