import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../text/clitics.ts';
import { compileLexicon } from './features.ts';
import { createMentionStart } from './mention-start.ts';

// Invented lists and counts. "بركان" is a listed place that opens a longer one; its rest "ركان" is a common word
// here (counted, seldom in names), so the segmenter splits ب + ركان. "ونهار" is و + a listed name "نهار"; "وردان"
// is listed and its rest "ردان" is a name too (a first name): the segmenter's reading stands.
const lexicon = compileLexicon({
  triggers: {},
  cities: ['بركان الشرقي', 'نهار', 'وردان', 'كرمان'],
  firstNames: ['ردان'],
});
const freq = new Map<string, number>([
  ['ركان', 900],
  ['بركان', 100],
  ['نهار', 300],
  ['ونهار', 10],
  ['ردان', 900],
  ['وردان', 100],
  ['رمان', 900],
  ['كرمان', 50],
  ['بالبركان', 5],
  ['البركان', 400],
  ['ولبركان', 2],
]);
const segment = createSegmenter(freq);
// the context-only tagger's sightings: [occurrences, inside PERS, LOC, ORG, MISC]
const evidence = new Map<string, number[]>([
  ['ركان', [800, 2, 3, 0, 0]],
  ['رمان', [500, 0, 60, 0, 0]],
]);
const start = createMentionStart(lexicon, evidence);
const at = (w: string) => start(w, segment(w));

test('the segmenter splits the test words (else the tests prove nothing)', () => {
  for (const w of ['بركان', 'ونهار', 'وردان', 'كرمان', 'بالبركان']) assert.ok(segment(w).baseStart > 0, w);
});

test('a listed word whose rest is no name keeps its first letter', () => {
  assert.equal(at('بركان'), 0);
  assert.equal(at('بِركان'), 0);
});

test('a proclitic before a listed name stays off the mention', () => {
  assert.equal(at('ونهار'), 1);
});

test('a rest that the lists or the name sightings call a name keeps the segmenter reading', () => {
  assert.equal(at('وردان'), 1); // ردان is a listed first name
  assert.equal(at('كرمان'), 1); // رمان is seen in names 12% of the time
});

test('a proclitic before the article is always one', () => {
  assert.equal(at('بالبركان'), 1);
});

test('without name sightings the lists alone decide', () => {
  const bare = createMentionStart(lexicon);
  assert.equal(bare('كرمان', segment('كرمان')), 0);
  assert.equal(bare('ونهار', segment('ونهار')), 1);
});

test('on the shipped lists and counts: listed names keep their letter, proclitics before names stay off', async () => {
  const { loadResources } = await import('../resources/load.ts');
  const r = loadResources();
  if (!r.ner) return;
  const seg = createSegmenter(r.wordFrequencies);
  const shipped = createMentionStart(r.ner.lexicon, r.nameEvidence);
  const kept = (w: string) => w.slice(shipped(w, seg(w)));
  for (const w of ['باب', 'وادي', 'لوكاس', 'كولن', 'برهان', 'لبنان', 'بغداد']) assert.equal(kept(w), w);
  assert.equal(kept('وبوتين'), 'بوتين');
  assert.equal(kept('وواشنطن'), 'واشنطن');
  assert.equal(kept('ولبنان'), 'لبنان');
  assert.equal(kept('ببغداد'), 'بغداد');
  assert.equal(kept('وبالقاهرة'), 'القاهرة');
  assert.equal(kept('ووادي'), 'وادي');
});
