import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadConditions, eventConditions, hitPage, likeEscape, placeConditions, quoteConditions, type HitRow, type LikeSql } from './rows.ts';
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

test('listing conditions: one WHERE list and parameter order for both engines, LIKE in the engine\'s words', () => {
  const like: LikeSql = (column, caseless) => `${column} ${caseless ? 'ILIKE' : 'LIKE'} ?`;
  const params: unknown[] = [];
  const where = eventConditions({ source: { entity: 7 }, actor: { code: 'EGY' }, cameo: '04_', to: '2025-01-31' }, params, like);
  assert.deepEqual(where, ['e.source_id = ?', '((e.source_actor = ? OR e.source_country = ?) OR (e.target_actor = ? OR e.target_country = ?))', 'e.cameo LIKE ?', 'e.day <= ?']);
  assert.deepEqual(params, [7, 'EGY', 'EGY', 'EGY', 'EGY', '04\\_%', '2025-01-31']);
  const qp: unknown[] = [];
  assert.deepEqual(quoteConditions({ speaker: 3, text: '  التهجير   القسري ', from: '2025-01-01' }, qp, like), ['q.speaker_id = ?', 'q.text_norm ILIKE ?', 'q.date >= ?']);
  assert.deepEqual(qp, [3, '%التهجير القسري%', '2025-01-01']);
  assert.deepEqual(quoteConditions({ text: '   ' }, [], like), []);
  const dp: unknown[] = [];
  assert.equal(dyadConditions({ a: { code: 'ISR' }, b: { entity: 2 }, directed: true, interval: 'day' }, dp).join(' AND '), '((e.source_actor = ? OR e.source_country = ?) AND e.target_id = ?) AND e.day IS NOT NULL');
  assert.deepEqual(dp, ['ISR', 'ISR', 2]);
  assert.equal(dyadConditions({ a: { code: 'ISR' }, b: { entity: 2 }, interval: 'week' }, []).length, 2);
  const pp: unknown[] = [];
  assert.deepEqual(placeConditions({ plover: 'PROTEST', limit: 5000 }, pp), { where: ['p.entity_id IS NOT NULL', 'EXISTS (SELECT 1 FROM events e WHERE e.article_id = p.article_id AND e.plover = ?)'], limit: 2000 });
  assert.equal(placeConditions({}, []).limit, 500);
  assert.equal(likeEscape('a%b_c\\'), 'a\\%b\\_c\\\\');
});
