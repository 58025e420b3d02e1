import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../text/clitics.ts';
import { normalize } from '../text/normalize.ts';
import { TAG_INDEX } from './model.ts';
import { createNameFilter, DEFAULT_NAME_FILTER, parsePlaceContext } from './name-filter.ts';

// Invented counts: «نبيل» is an adjective here (النبيل, نبيله), «زهراني» a surname (never with ال or a suffix),
// «تساءل» a verb the context-only tagger never saw inside a name, «مراد» a first name it mostly did.
const freq = new Map<string, number>([
  ['نبيل', 10],
  ['النبيل', 40],
  ['والنبيل', 5],
  ['نبيله', 6],
  ['زهراني', 60],
  ['وزهراني', 4],
  ['تساءل', 30],
  ['مراد', 50],
  ['قليل', 3],
  ['القليل', 9],
  ['القاضي', 40],
]);
const autoLexicon = new Map<string, number[]>([
  ['تساءل', [30, 1, 0, 0, 0]],
  ['مراد', [50, 40, 0, 0, 0]],
]);
const segment = createSegmenter(freq);
const filter = createNameFilter(freq, autoLexicon, segment);
const tags = (...t: string[]) => Int32Array.from(t, (x) => TAG_INDEX.get(x)!);
const names = (t: Int32Array) => Array.from(t, (x) => ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'][x]);

test('the common-word share counts the article and pronoun suffixes, and needs enough occurrences', () => {
  assert.equal(filter.commonShare('نبيل'), 51 / 61);
  assert.equal(filter.commonShare('وزهراني'), 0);
  assert.equal(filter.commonShare('قليل'), null, 'under 20 occurrences: no judgement');
  assert.equal(filter.commonShare('النبيل'), null, 'a word with the article is not judged');
});

test('a one-word name that is a common word is dropped; a surname is kept', () => {
  const words = ['قال', 'نبيل', 'إن', 'زهراني', 'وصل'];
  const t = tags('O', 'B-PERS', 'O', 'B-PERS', 'O');
  assert.equal(filter.apply(words, t), 1);
  assert.deepEqual(names(t), ['O', 'O', 'O', 'B-PERS', 'O']);
});

test('a common word inside a longer name is kept', () => {
  const t = tags('B-PERS', 'I-PERS');
  assert.equal(filter.apply(['مراد', 'نبيل'], t), 0);
  assert.deepEqual(names(t), ['B-PERS', 'I-PERS']);
});

test('a verb that starts a person name is cut off and the name starts after it', () => {
  const t = tags('B-PERS', 'I-PERS', 'I-PERS', 'O');
  assert.equal(filter.apply(['تساءل', 'مراد', 'زهراني', 'عن'], t), 1);
  assert.deepEqual(names(t), ['O', 'B-PERS', 'I-PERS', 'O']);
  const kept = tags('B-PERS', 'I-PERS');
  assert.equal(filter.apply(['مراد', 'زهراني'], kept), 0, 'a first name the corpus sees inside names stays');
  const org = tags('B-ORG', 'I-ORG');
  assert.equal(filter.apply(['تساءل', 'زهراني'], org), 0, 'only person names are cut');
});

test('a title or head word alone is dropped; with a name after it, it is left to the model', () => {
  const lexicon = { singles: new Map(), triggers: new Map([['القاضي', 'person'], [normalize('منظمة'), 'org']]) };
  const withTriggers = createNameFilter(freq, autoLexicon, segment, lexicon);
  const t = tags('B-ORG', 'O', 'B-ORG', 'O');
  assert.equal(withTriggers.apply(['والقاضي', 'يرفض', 'منظمة', 'أعلنت'], t), 2);
  assert.deepEqual(names(t), ['O', 'O', 'O', 'O']);
  const longer = tags('B-ORG', 'I-ORG');
  assert.equal(withTriggers.apply(['منظمة', 'زهراني'], longer), 0);
});

test('a listed name is never a common word', () => {
  const lexicon = { singles: new Map([['نبيل', [{ cls: 'first', kb: false }]]]), triggers: new Map() };
  const t = tags('B-PERS');
  assert.equal(createNameFilter(freq, autoLexicon, segment, lexicon).apply(['نبيل'], t), 0);
});

test('without the auto-lexicon only the common-word test runs', () => {
  const plain = createNameFilter(freq, undefined, segment);
  const t = tags('B-PERS', 'I-PERS');
  assert.equal(plain.apply(['تساءل', 'مراد'], t), 0);
});

test('the common-word share as a tagger feature (commonShare): binned, the article and rare words apart', async () => {
  const { FeatureExtractor, compileLexicon, parseClusters } = await import('./features.ts');
  const { DEFAULT_FEATURES } = await import('./model.ts');
  const res = { segment, lexicon: compileLexicon({ triggers: {} }), clusters: parseClusters('# t\n'), wordFrequencies: freq };
  const fx = new FeatureExtractor(res, { ...DEFAULT_FEATURES, commonShare: true }, () => -1);
  assert.ok(fx.wordProperties('نبيل').self.includes('cs=4'), fx.wordProperties('نبيل').self.join(' '));
  assert.ok(fx.wordProperties('وزهراني').self.includes('cs=0'));
  assert.ok(fx.wordProperties('قليل').self.includes('cs=rare'));
  assert.ok(fx.wordProperties('النبيل').self.includes('cs=al'));
  assert.ok(fx.wordProperties('نبيل').near.includes('cs=4'));
  const off = new FeatureExtractor(res, DEFAULT_FEATURES, () => -1);
  assert.ok(!off.wordProperties('نبيل').self.some((f) => f.startsWith('cs=')));
});

// ner13's rules, on invented counts: «سفينة» a common noun (with suffixes سفينتنا), «غامضة» an adjective with a lower
// share that the context-only tagger rarely saw inside a name, «فرحات» a surname with the same share that it mostly
// did, «الواحة» an organization's name that is also a noun.
const freq13 = new Map<string, number>([
  ...freq,
  ['سفينة', 20],
  ['السفينة', 60],
  ['سفينته', 10],
  ['غامضة', 60],
  ['الغامضة', 35],
  ['فرحات', 60],
  ['الفرحات', 35],
  ['واحة', 10],
  ['الواحة', 50],
  ['شمال', 80],
  ['فستان', 10],
  ['الفستان', 50],
  ['فستانه', 5],
]);
const auto13 = new Map<string, number[]>([
  ...autoLexicon,
  [normalize('غامضة'), [50, 2, 3, 0, 0]],
  [normalize('فرحات'), [50, 30, 0, 0, 0]],
]);
const segment13 = createSegmenter(freq13);
const lexicon13 = {
  singles: new Map([
    ['زهراني', [{ cls: 'last', kb: false }]],
    [normalize('الواحة'), [{ cls: 'orgname', kb: true }]],
  ]),
  triggers: new Map<string, string>([['مركز', 'org'], ['قال', 'person']]),
};
const placeContext = parsePlaceContext(JSON.stringify({ heads: ['قرية'], directions: ['شمال'] }));
const filter13 = createNameFilter(freq13, auto13, segment13, lexicon13, DEFAULT_NAME_FILTER, { placeContext });

test('ner13: a word with a pronoun suffix on a common stem is dropped', () => {
  assert.equal(segment13('سفينتنا').enclitic, 'نا', 'the segmenter reads the suffix (else the test says nothing)');
  const t = tags('O', 'B-LOC', 'O');
  assert.equal(filter13.apply(['عادت', 'سفينتنا', 'أمس'], t), 1);
  assert.deepEqual(names(t), ['O', 'O', 'O']);
  assert.equal(segment13('فستانه').enclitic, 'ه');
  const name = tags('O', 'B-PERS', 'O');
  assert.equal(filter13.apply(['قالت', 'فستانه', 'أمس'], name), 0, 'a one-letter suffix after no ta marbuta is how names end too');
  const off = tags('O', 'B-LOC', 'O');
  assert.equal(createNameFilter(freq13, auto13, segment13, lexicon13, { ...DEFAULT_NAME_FILTER, suffixStem: false }).apply(['عادت', 'سفينتنا', 'أمس'], off), 0);
});

test('ner13: a lower common share drops a word only when the corpus rarely sees it inside names', () => {
  assert.ok(filter13.commonShare('غامضة')! < 0.5 && filter13.commonShare('غامضة')! >= 0.3);
  const t = tags('B-LOC', 'O', 'B-PERS');
  assert.equal(filter13.apply(['غامضة', 'و', 'فرحات'], t), 1);
  assert.deepEqual(names(t), ['O', 'O', 'B-PERS'], 'فرحات is inside names 60% of its sightings: kept');
  const village = tags('O', 'B-LOC');
  assert.equal(filter13.apply(['قرية', 'غامضة'], village), 1, 'after a feminine head the feminine word is its adjective');
  const named = tags('O', 'B-LOC');
  assert.equal(createNameFilter(freq13, auto13, segment13, lexicon13, DEFAULT_NAME_FILTER, { placeContext: parsePlaceContext(JSON.stringify({ heads: ['حي'], directions: [] })) }).apply(['حي', 'غامضة'], named), 0, 'after a place head noun it does not agree with, the word is the place name');
  const centre = tags('O', 'B-ORG');
  assert.equal(filter13.apply(['مركز', 'غامضة'], centre), 0, 'an organization head before it names it');
  const quoted = tags('O', 'O', 'B-ORG', 'O');
  assert.equal(filter13.apply(['مركز', '"', 'غامضة', '"'], quoted), 0, 'also past an opening quote');
  const said = tags('O', 'B-PERS');
  assert.equal(filter13.apply(['قال', 'غامضة'], said), 1, 'a person trigger (a speech verb) names nothing');
  const sightingsOnly = tags('B-LOC');
  assert.equal(createNameFilter(freq13, undefined, segment13, lexicon13, DEFAULT_NAME_FILTER, { sightings: auto13 }).apply(['غامضة'], sightingsOnly), 1, 'sightings given apart from the model');
  const noEvidence = tags('B-LOC');
  assert.equal(createNameFilter(freq13, undefined, segment13, lexicon13).apply(['غامضة'], noEvidence), 0, 'no sightings: no judgement');
});

test('ner13: a listed organization after a place word is no place', () => {
  const t = tags('O', 'B-LOC');
  assert.equal(filter13.apply(['شمال', 'الواحة'], t), 1);
  assert.deepEqual(names(t), ['O', 'O']);
  const org = tags('O', 'B-ORG');
  assert.equal(filter13.apply(['شمال', 'الواحة'], org), 0, 'the organization reading stays');
  const alone = tags('O', 'B-LOC');
  assert.equal(filter13.apply(['قرب', 'الواحة'], alone), 0, 'no compass word before it');
  const noContext = tags('O', 'B-LOC');
  assert.equal(createNameFilter(freq13, auto13, segment13, lexicon13).apply(['شمال', 'الواحة'], noContext), 0, 'without the place words: no judgement');
});

test('ner13: data/ner/place-context.json loads normalized head nouns and compass words', async () => {
  const { loadNerPlaceContext } = await import('../resources/ner.ts');
  const { DATA_DIR } = await import('../resources/load.ts');
  const context = loadNerPlaceContext(DATA_DIR)!;
  assert.ok(context.heads.has(normalize('قرية')) && context.heads.has(normalize('منطقة')));
  assert.ok(context.directions.has(normalize('جنوب')) && !context.directions.has(normalize('في')), 'compass words, not prepositions');
});
