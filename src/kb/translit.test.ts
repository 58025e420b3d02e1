import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createTransliterator, editDistance, namePairs, trainTranslit, translitKey, translitTarget, type TranslitData, type TranslitPair } from './translit.ts';
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

// The toy world again, where ا is "a" but once "e" and و is "u" but once "o": a vocabulary can pick the rarer reading.
const VOWELS: TranslitPair[] = [...TOY, { ar: 'كابك', en: 'ckebck', foreign: true }, { ar: 'بوكا', en: 'bocka', foreign: true }, { ar: 'بوكا', en: 'bocka', foreign: true }, { ar: 'كوبا', en: 'ckoba', foreign: true }];

test('a name vocabulary: the word the letters can spell wins over the likelier reading that is no name', () => {
  const data = trainTranslit(VOWELS);
  const plain = createTransliterator(data, { minCount: 1 });
  assert.equal(plain('بوب', true), 'bub');
  const withVocab = createTransliterator(data, { minCount: 1, vocab: [['Bob', 3]], foreignVocabBonus: 1000, vocabMinLetters: 3 });
  assert.equal(withVocab('بوب', true), 'Bob');
  // Not for Arab-world names unless asked (vocabBonus 0 by default).
  assert.equal(withVocab('بوب', false), 'bub');
  // A word of fewer letters than vocabMinLetters (4 by default) is left alone; one edit is always near enough.
  assert.equal(createTransliterator(data, { minCount: 1, vocab: [['Bob', 3]], foreignVocabBonus: 1000 })('بوب', true), 'bub');
  assert.equal(createTransliterator(data, { minCount: 1, vocab: [['Bob', 3]], foreignVocabBonus: 1000, vocabMinLetters: 3, vocabDistance: 0 })('بوب', true), 'Bob');
});

test('a spelling that is already a vocabulary word stays; a letter English always writes is never skipped', () => {
  const data = trainTranslit(VOWELS);
  const t = createTransliterator(data, { minCount: 1, vocab: [['Bub', 1], ['Bob', 9]], foreignVocabBonus: 1000, vocabMinLetters: 3 });
  assert.equal(t('بوب', true), 'bub');
  // "Bab" would need و silent: no.
  assert.equal(createTransliterator(data, { minCount: 1, vocab: [['Bb', 9]], foreignVocabBonus: 1000, vocabMinLetters: 3 })('بوب', true), 'bub');
});

test('edit distance', () => {
  assert.equal(editDistance('bermodez', 'bermudez'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('English words written in Arabic letters in bodies\' names take their English (english-words.json)', () => {
  const file = JSON.parse(readFileSync(new URL('../../data/kb/english-words.json', import.meta.url), 'utf8')) as { words: Record<string, string>; arabicToo: string[] };
  const r = createRomanizer({ ...file.words, 'هنري': 'Henry' }, Object.keys(file.words));
  assert.equal(r('هنري سوسايتي'), 'Henry Society');
  // The English word makes the name foreign: كارتر by the foreign scheme (Karter), not the Arab one.
  assert.equal(r('كارتر سنتر'), 'Karter Center');
  assert.notEqual(createRomanizer({})('كارتر'), 'Karter');
  assert.equal(r('يونايتد إيرلاينز'), 'United Airlines');
  for (const w of file.arabicToo) assert.ok(file.words[w], w);
});
