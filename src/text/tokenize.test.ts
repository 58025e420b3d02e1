import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, countWords } from './tokenize.ts';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test('splits words and punctuation with exact offsets', () => {
  const s = 'قال الرئيس، إن «التعاون» سيستمر.';
  const toks = tokenize(s);
  assert.deepEqual(toks.map((t) => t.text), ['قال', 'الرئيس', '،', 'إن', '«', 'التعاون', '»', 'سيستمر', '.']);
  for (const t of toks) assert.equal(s.slice(t.start, t.end), t.text);
});

test('keeps clitics attached and diacritics inside words', () => {
  assert.deepEqual(texts('وَبِموسكو والرئيسُ'), ['وَبِموسكو', 'والرئيسُ']);
});

test('keeps numbers whole: decimals, thousands, times, dates, Arabic-Indic digits', () => {
  assert.deepEqual(texts('نما 3.5 بالمئة و1,000 جندي الساعة 10:30 في 2018/03/10 و٣٫٥'), ['نما', '3.5', 'بالمئة', 'و', '1,000', 'جندي', 'الساعة', '10:30', 'في', '2018/03/10', 'و', '٣٫٥']);
  assert.equal(tokenize('80')[0]!.kind, 'number');
});

test('a number ending a sentence leaves the full stop apart', () => {
  assert.deepEqual(texts('عام 2015.'), ['عام', '2015', '.']);
});

test('Latin words with hyphens and apostrophes stay whole', () => {
  assert.deepEqual(texts("al-Assad and O'Brien, F-16"), ['al-Assad', 'and', "O'Brien", ',', 'F', '-', '16']);
});

test('hashtags and underscores split', () => {
  assert.deepEqual(texts('#قطاع_غزة'), ['#', 'قطاع', '_', 'غزة']);
});

test('an ellipsis is one token, emoji one symbol', () => {
  assert.deepEqual(texts('انتظر... 😀'), ['انتظر', '...', '😀']);
  assert.equal(tokenize('😀')[0]!.kind, 'symbol');
});

test('kinds', () => {
  assert.deepEqual(tokenize('بوتين NATO 12 !').map((t) => t.kind), ['arabic', 'latin', 'number', 'punct']);
});

test('countWords counts word runs', () => {
  assert.equal(countWords('قال بوتين، إن 80 عاما NATO.'), 6);
});

// qa9: the Arabic letter mark (U+061C, which Arabic keyboards insert) split a word in two, unlike RLM/LRM/ZWNJ:
// on roughened corpus text (scripts/check-offsets.ts --mutate) entities rose by half and events fell by three quarters.
test('an Arabic letter mark inside a word keeps the word whole, and normalization drops it', async () => {
  const { normalize } = await import('./normalize.ts');
  const text = 'التقى بو\u061cتين في موس\u061cكو';
  const words = tokenize(text).map((t) => t.text);
  assert.deepEqual(words, ['التقى', 'بو\u061cتين', 'في', 'موس\u061cكو']);
  assert.equal(normalize('موس\u061cكو'), 'موسكو');
});
