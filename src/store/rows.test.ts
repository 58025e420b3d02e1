import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hitPage, type HitRow } from './rows.ts';
import { makeSnippet, parseQuery, SNIPPET_PREFIX, type Segmenter } from './search-terms.ts';

// a stand-in segmenter: strips the proclitic ب
const segment: Segmenter = (word) => {
  const n = word.startsWith('ب') && word.length > 3 ? 1 : 0;
  return { proclitics: n ? ['ب'] : [], enclitic: null, baseStart: n, stemStart: n, stemEnd: word.length, stem: word.slice(n) };
};

const FILLER = 'تناول الاجتماع ملفات الاقتصاد والتعليم والصحة في جلسة طويلة. ';

test('a page of hits cuts snippets from text prefixes and asks for the whole text only where the prefix cannot tell', () => {
  const early = `وصل الوفد إلى موسكو صباحا. ${FILLER.repeat(60)}`;
  const late = `${FILLER.repeat(60)}ثم وصل الوفد إلى بموسكو مساء. ${FILLER.repeat(5)}`;
  const short = `${FILLER}موسكو`;
  const texts = new Map([[1, early], [2, late], [3, short]]);
  const row = (id: number): HitRow => {
    const text = texts.get(id)!;
    const whole = [...text].length <= SNIPPET_PREFIX;
    return { id, title: `t${id}`, date: '2025-10-15', source: 's', url: null, story_id: null, text: whole ? text : [...text].slice(0, SNIPPET_PREFIX).join(''), whole };
  };
  const query = parseQuery('موسكو', segment);
  // rows come back in any order; hits keep the ranked order of ids
  const page = hitPage([2, 3, 1], [row(1), row(2), row(3)], query, segment);
  assert.deepEqual(page.wholeTextFor, [2]);
  const hits = page.finish(new Map([[2, late]]));
  assert.deepEqual(hits.map((h) => h.id), [2, 3, 1]);
  for (const h of hits) {
    const want = makeSnippet(texts.get(h.id)!, query, segment);
    assert.deepEqual({ snippet: h.snippet, snippetStart: h.snippetStart, highlights: h.highlights }, want);
    assert.equal(h.highlights.length, 1);
  }
});
