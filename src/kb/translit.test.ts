import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createTransliterator, namePairs, trainTranslit, translitKey, translitTarget, type TranslitData, type TranslitPair } from './translit.ts';
import { createRomanizer } from './romanize.ts';

// A toy world where ك is always "ck" and ب "b", and vowels are written as in English names.
const TOY: TranslitPair[] = [
  ['كاب', 'ckab'], ['باك', 'back'], ['كيب', 'ckib'], ['بيك', 'bick'], ['كوب', 'ckub'], ['بوك', 'buck'], ['بابا', 'baba'], ['كاكا', 'ckacka'],
].map(([ar, en]) => ({ ar: ar!, en: en!, foreign: true }));

test('keys and targets: the article as written, hamza folded; English folded to a-z', () => {
  assert.equal(translitKey('الأسد'), 'اسد');
  // إلهام has no article: إ is folded to ا only after the article test.
  assert.equal(translitKey('إلهام'), 'الهام');
  assert.equal(translitTarget("al-Ja'fari"), 'jafari');
  assert.equal(translitTarget('Müller'), 'muller');
});

test('word pairs: same word count, in order, once per person', () => {
  const pairs = namePairs([{ nameEn: 'John Wood', ar: ['جون وود', 'جون وود', 'وود'], country: 'GBR' }, { nameEn: 'Adel Safar', ar: ['عادل سفر'], country: 'SYR' }], new Set(['SYR']));
  assert.deepEqual(pairs, [
    { ar: 'جون', en: 'john', foreign: true },
    { ar: 'وود', en: 'wood', foreign: true },
    { ar: 'عادل', en: 'adel', foreign: false },
    { ar: 'سفر', en: 'safar', foreign: false },
  ]);
});

test('training is deterministic and the decoder learns the letters', () => {
  const a = trainTranslit(TOY);
  const b = trainTranslit(TOY);
  assert.deepEqual(a, b);
  const t = createTransliterator(a);
  assert.equal(t('كاك', true), 'ckack');
  assert.equal(t('بوب', true), 'bub');
  // A letter the model never saw: no reading (the rules spell the word).
  assert.equal(t('زاك', true), null);
});

test("the rules' spelling is kept when the model finds it nearly as likely, not when it finds it unlikely", () => {
  // ا is "e" once and "a" everywhere else: "ckeb" is a possible reading of كاب, "ckab" the likelier one.
  const data = trainTranslit([...TOY, { ar: 'كابك', en: 'ckebck', foreign: true }]);
  assert.equal(createTransliterator(data, { foreignRuleBonus: 1e6, minCount: 1 })('كاب', true, 'Ckeb'), 'Ckeb');
  assert.equal(createTransliterator(data, { foreignRuleBonus: 1, minCount: 1 })('كاب', true, 'Ckeb'), 'ckab');
  // A spelling the model cannot produce at all (ك was never k) is replaced whatever the bonus.
  assert.equal(createTransliterator(data, { foreignRuleBonus: 1e6, minCount: 1 })('كاب', true, 'Kab'), 'ckab');
});

test('createRomanizer uses the learned model for unknown words, name parts first', () => {
  const r = createRomanizer({ 'كاكا': 'Kaka' }, [], createTransliterator(trainTranslit(TOY), { ruleBonus: 1, foreignRuleBonus: 1 }));
  assert.equal(r('كاكا كاب'), 'Kaka Ckab');
});

test('the shipped model (data/kb/romanizer.json) spells names English news spells', () => {
  const data = JSON.parse(readFileSync(new URL('../../data/kb/romanizer.json', import.meta.url), 'utf8')) as TranslitData;
  const r = createRomanizer({}, ['جون'], createTransliterator(data));
  assert.equal(r('جون وود'), 'John Wood');
  assert.equal(r('مايكل فريدمان'), 'Michael Friedman');
});
