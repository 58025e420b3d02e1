import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segmentWord, createSegmenter, parseWordFrequencies, segmentationKey } from './clitics.ts';
import { scoreSegmenter } from './clitics-eval.ts';
import { loadResources } from '../resources/load.ts';

const freq = loadResources().wordFrequencies;
const seg = (w: string) => segmentWord(w, freq);

test('does not break words that merely start with clitic letters', () => {
  for (const w of ['بيروت', 'لبنان', 'فلسطين', 'كندا', 'بغداد', 'وارسو', 'لندن', 'كابول', 'بريطانيا', 'وزير', 'كان']) {
    const s = seg(w);
    assert.deepEqual([s.proclitics, s.enclitic, s.baseStart, s.stemEnd], [[], null, 0, w.length], w);
  }
});

test('splits conjunctions, prepositions, the article and enclitic pronouns', () => {
  const s = seg('وبموسكو');
  assert.deepEqual(s.proclitics, ['و', 'ب']);
  assert.equal('وبموسكو'.slice(s.baseStart), 'موسكو');
  const r = seg('والرئيس');
  assert.deepEqual(r.proclitics, ['و', 'ال']);
  assert.equal('والرئيس'.slice(r.baseStart), 'الرئيس');
  assert.equal(r.stem, 'رئيس');
  const h = seg('حكومته');
  assert.equal(h.enclitic, 'ه');
  assert.equal(h.stem, 'حكومة');
  assert.equal('حكومته'.slice(h.stemStart, h.stemEnd), 'حكومت');
});

test('لل is ل plus the article: the mention starts after the first lam', () => {
  const s = seg('للأمم');
  assert.deepEqual(s.proclitics, ['ل', 'ال']);
  assert.equal(s.baseStart, 1);
});

test('offsets skip diacritics that belong to a clitic', () => {
  const w = 'وَبِموسكو';
  const s = seg(w);
  assert.equal(w.slice(s.baseStart), 'موسكو');
});

test('future marker only before a present-tense verb', () => {
  assert.deepEqual(seg('سيطلب').proclitics, ['س']);
  assert.deepEqual(seg('سيول').proclitics, []);
});

test('no split without lexical evidence (empty lexicon)', () => {
  const none = parseWordFrequencies('');
  assert.deepEqual(segmentWord('وبوتين', none).proclitics, []);
});

test('the segmenter caches by word', () => {
  const s = createSegmenter(freq);
  assert.equal(s('وبوتين'), s('وبوتين'));
});

test('segmentationKey keeps ta marbuta apart', () => {
  assert.equal(segmentationKey('مدرسة'), 'مدرسة');
  assert.equal(segmentationKey('أحمد'), 'احمد');
});

test('accuracy on the labelled list of 300+ words', () => {
  const gold = readFileSync(new URL('../../test/fixtures/clitic-segmentation.tsv', import.meta.url), 'utf8');
  const score = scoreSegmenter(gold, seg);
  assert.ok(score.words >= 300, `only ${score.words} labelled words`);
  assert.ok(score.exact / score.words >= 0.95, `exact ${score.exact}/${score.words}: ${JSON.stringify(score.errors.slice(0, 5))}`);
  assert.ok(score.baseRight / score.words >= 0.98, `one-letter proclitics right for ${score.baseRight}/${score.words}`);
});
