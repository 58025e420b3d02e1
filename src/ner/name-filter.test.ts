import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../text/clitics.ts';
import { normalize } from '../text/normalize.ts';
import { TAG_INDEX } from './model.ts';
import { createNameFilter } from './name-filter.ts';

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
