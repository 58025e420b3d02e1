import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { foldLatin, fromCyrillic } from './build-name-vocab.ts';

test('Latin names are folded to a-z as news writes them; other scripts give nothing', () => {
  assert.equal(foldLatin('Bermúdez'), 'Bermudez');
  assert.equal(foldLatin('Abalıoğlu'), 'Abalioglu');
  assert.equal(foldLatin('Großmann'), 'Grossmann');
  assert.equal(foldLatin("O'Neill"), 'ONeill');
  assert.equal(foldLatin('Αλέξανδρος'), '');
});

test('Russian and Ukrainian names are written as English news writes them', () => {
  assert.equal(fromCyrillic('Абрамов', false), 'Abramov');
  assert.equal(fromCyrillic('Дмитрий', false), 'Dmitry');
  assert.equal(fromCyrillic('Евгений', false), 'Yevgeny');
  assert.equal(fromCyrillic('Алексеев', false), 'Alekseyev');
  assert.equal(fromCyrillic('Шевченко', true), 'Shevchenko');
  assert.equal(fromCyrillic('Бойко', true), 'Boyko');
  assert.equal(fromCyrillic('Smith', false), '');
});

test('the shipped vocabulary: plain Latin words of two lists or more, most shared first', () => {
  const file = JSON.parse(readFileSync(new URL('../data/kb/name-vocab.json', import.meta.url), 'utf8')) as { words: Array<[string, number]>; lists: string[] };
  assert.ok(file.words.length > 3000);
  for (const [w, c] of file.words) {
    assert.match(w, /^[A-Za-z]{3,}$/);
    assert.ok(c >= 2, w);
  }
  for (let i = 1; i < file.words.length; i++) assert.ok(file.words[i - 1]![1] >= file.words[i]![1]);
  const words = new Set(file.words.map(([w]) => w));
  for (const w of ['Bermudez', 'Pablo', 'Sergey', 'Garcia']) assert.ok(words.has(w), w);
});
