import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRomanizer } from './romanize.ts';
import { arabicLetters } from '../text/normalize.ts';

// qa16: a name typed on a Persian or Urdu keyboard, in presentation forms or decomposed (NFD) was spelled with
// Arabic letters left in its English name ("Barbrیnی", "ﻉﻝﻱ ﺍﻝﺭﺏﻱﻉﻱ").
const PRES: Record<string, string> = { 'ع': '\ufec9', 'ل': '\ufedd', 'ي': '\ufef1', 'ا': '\ufe8d', 'ر': '\ufead', 'ب': '\ufe8f', 'م': '\ufee1', 'د': '\ufea9' };
const presentation = (s: string) => [...s].map((c) => PRES[c] ?? c).join('');

test('qa16: the romanizer spells keyboard variants, presentation forms and NFD as the Arabic letters', () => {
  const romanize = createRomanizer({ 'علي': 'Ali', 'أحمد': 'Ahmed' });
  for (const name of ['علي الربيعي', 'كريم بنا', 'أحمد الهاشمي', 'رئيف الموسوي', 'سامي كمال']) {
    const plain = romanize(name);
    assert.doesNotMatch(plain, /[\u0600-\u06ff\ufb50-\ufeff]/u, name);
    assert.equal(romanize(name.replaceAll('ي', 'ی').replaceAll('ك', 'ک').replaceAll('ه', 'ھ')), plain, `${name} (Persian keyboard)`);
    assert.equal(romanize(presentation(name)), plain, `${name} (presentation forms)`);
    assert.equal(romanize(name.normalize('NFD')), plain, `${name} (NFD)`);
  }
});

test('qa16: arabicLetters keeps hamza forms, ة and ى, and returns plain Arabic as it is', () => {
  assert.equal(arabicLetters('مصطفى رئيسة الهيئة'), 'مصطفى رئيسة الهيئة');
  assert.equal(arabicLetters('\ufefb'), 'لا');
  assert.equal(arabicLetters('ﺍﻹﻣﺎﺭﺍﺕ'), 'الإمارات');
  assert.equal(arabicLetters('یک'), 'يك');
  assert.equal(arabicLetters('مسؤول'.normalize('NFD')), 'مسؤول');
  assert.equal(arabicLetters('یک') + arabicLetters('ی'), 'يكي');
});

test('qa16: عبد + a definite word the name table knows is spelled as one name, as the rule spells unknown ones', () => {
  const romanize = createRomanizer({ 'عبد': 'Abdul', 'الحكيم': 'al-Hakim', 'المهدي': 'al-Mahdi' });
  assert.equal(romanize('عبد الحكيم'), 'Abdul Hakim');
  assert.equal(romanize('عادل عبد المهدي'), 'Adil Abdul Mahdi'.replace('Adil', romanize('عادل')));
  assert.equal(romanize('عبد الحليم'), 'Abdul Halim');
  // the known word alone, or after another word, keeps its article
  assert.equal(romanize('عمار الحكيم'), `${romanize('عمار')} al-Hakim`);
});
