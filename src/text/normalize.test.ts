import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeWithMap, toOriginalSpan, stripDiacritics } from './normalize.ts';

test('strips harakat, shadda, sukun, dagger alef and tatweel', () => {
  assert.equal(normalize('مُحَمَّدٌ'), 'محمد');
  assert.equal(normalize('هٰذا'), 'هذا');
  assert.equal(normalize('الســـلام'), 'السلام');
  assert.equal(normalize('فرّ'), 'فر');
});

test('folds alef forms, alef maqsura and ta marbuta', () => {
  assert.equal(normalize('أحمد إبراهيم آمال ٱلله'), 'احمد ابراهيم امال الله');
  assert.equal(normalize('مصطفى'), 'مصطفي');
  assert.equal(normalize('مدرسة'), 'مدرسه');
  assert.equal(normalize('مدرسة', { foldTaMarbuta: false }), 'مدرسة');
});

test('maps Arabic-Indic and Persian digits to ASCII', () => {
  assert.equal(normalize('٢٠٢٥'), '2025');
  assert.equal(normalize('۱۴۰۳'), '1403');
  assert.equal(normalize('٣٫٥'), '3.5');
});

test('maps Arabic punctuation and quotes to ASCII and lower-cases Latin', () => {
  assert.equal(normalize('قال، «نعم»؛ لماذا؟'), 'قال, "نعم"; لماذا?');
  assert.equal(normalize('NATO'), 'nato');
});

test('removes invisible format characters', () => {
  assert.equal(normalize('بو\u200cتين\u200f'), 'بوتين');
});

test('expands presentation-form ligatures', () => {
  assert.equal(normalize('\ufefb'), 'لا');
});

test('code points of the presentation-form blocks that decompose to themselves stay as they are', () => {
  for (let c = 0xfb50; c <= 0xfeff; c++) {
    const ch = String.fromCharCode(c);
    const { text, map } = normalizeWithMap(`ب${ch}ت`);
    assert.equal(map.starts.length, text.length);
    assert.equal(normalize(`ب${ch}ت`), text);
  }
  assert.equal(normalize('\ufdd0'), '\ufdd0');
});

test('keeps a map from every normalized index back to the original', () => {
  const original = 'وَقَالَ الرَّئِيسُ «سَنُعِيدُ» ٢٠٢٥';
  const { text, map } = normalizeWithMap(original);
  assert.equal(text, 'وقال الرييس "سنعيد" 2025'.replace('الرييس', 'الرئيس'));
  assert.equal(map.starts.length, text.length);
  const at = text.indexOf('الرئيس');
  const span = toOriginalSpan(map, at, at + 'الرئيس'.length);
  assert.equal(original.slice(span.start, span.end), 'الرَّئِيس');
  const year = text.indexOf('2025');
  const y = toOriginalSpan(map, year, year + 4);
  assert.equal(original.slice(y.start, y.end), '٢٠٢٥');
  const empty = toOriginalSpan(map, text.length, text.length);
  assert.deepEqual(empty, { start: original.length, end: original.length });
  assert.throws(() => toOriginalSpan(map, 3, 2), RangeError);
});

test('every normalized char maps into the original, in order', () => {
  const original = 'ﻻ يــزال «الأمـم» المتحدة…٣';
  const { text, map } = normalizeWithMap(original);
  for (let i = 0; i < text.length; i++) {
    assert.ok(map.starts[i]! >= 0 && map.ends[i]! <= original.length && map.starts[i]! < map.ends[i]!);
    if (i > 0) assert.ok(map.starts[i]! >= map.starts[i - 1]!);
  }
});

test('stripDiacritics keeps letters as written', () => {
  assert.equal(stripDiacritics('أَحْمَد'), 'أحمد');
});

test('qa16: folds ھ (U+06BE), which an Urdu keyboard types for ه', () => {
  assert.equal(normalize('ھذا الھدف'), 'هذا الهدف');
  assert.equal(normalize('ھذا'), normalize('هذا'));
});

test('qa16: decomposed (NFD) hamza and madda normalize as the composed letters do', () => {
  for (const word of ['رئيس', 'مسؤول', 'إسرائيل', 'أحمد', 'آمال', 'هيئة', 'رئَيس', 'شؤُون']) {
    const nfd = word.normalize('NFD');
    assert.notEqual(nfd, word.normalize('NFC'), `${word} has a decomposed form`);
    assert.equal(normalize(nfd), normalize(word.normalize('NFC')), word);
    const { text, map } = normalizeWithMap(`قال ${nfd} أمس`);
    assert.equal(text, normalize(`قال ${word.normalize('NFC')} أمس`));
    assert.equal(map.starts.length, text.length);
    const at = text.indexOf(normalize(word));
    const span = toOriginalSpan(map, at, at + normalize(word).length);
    assert.equal(`قال ${nfd} أمس`.slice(span.start, span.end).normalize('NFC').replace(/[\u064b-\u0652]/g, ''), word.normalize('NFC').replace(/[\u064b-\u0652]/g, ''));
  }
  // A hamza mark after a space or another letter is dropped as before.
  assert.equal(normalize('ب\u0654 \u0654'), 'ب ');
  assert.equal(stripDiacritics('رئيس'.normalize('NFD')), 'رئيس');
  assert.equal(stripDiacritics('إسرائيلَ'.normalize('NFD')), 'إسرائيل');
});
