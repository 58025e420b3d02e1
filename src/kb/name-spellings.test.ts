import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readKbData } from '../resources/kb.ts';
import { KnowledgeBase } from './index.ts';

const dir = new URL('../../data/kb/', import.meta.url).pathname;
const data = readKbData(dir);
const kb = new KnowledgeBase(data);

test('name-spellings.json spells common name words as English news does', () => {
  assert.equal(kb.romanize('هدى إبراهيم'), 'Huda Ibrahim');
  assert.equal(kb.romanize('نزار علولا').split(' ')[0], 'Nizar');
  // Family names are listed without the article; the romanizer writes al- itself.
  assert.equal(kb.romanize('علي الدوسري'), 'Ali al-Dosari');
  assert.equal(kb.romanize('سعد المطيري'), 'Saad al-Mutairi');
});

test('without the table the letter rules spell those words otherwise (the table is what changes them)', () => {
  const bare = new KnowledgeBase({ ...data, nameSpellings: {} });
  assert.notEqual(bare.romanize('هدى إبراهيم'), 'Huda Ibrahim');
  assert.notEqual(bare.romanize('علي الدوسري'), 'Ali al-Dosari');
});

test('every entry differs from the rules, and the words are no known first names for the resolver', () => {
  const bare = new KnowledgeBase({ ...data, nameSpellings: {} });
  const fold = (s: string) => s.toLowerCase().replace(/^al-/, '').replace(/['-]/g, '');
  const file = JSON.parse(readFileSync(dir + 'name-spellings.json', 'utf8')) as { given: Record<string, string>; family: Record<string, string> };
  for (const [ar, en] of Object.entries(file.given)) assert.notEqual(fold(bare.romanize(ar)), fold(en), ar);
  for (const [ar, en] of Object.entries(file.family)) assert.notEqual(fold(bare.romanize('ال' + ar)), fold(en), ar);
  assert.equal(kb.isNamePart('هدى'), false);
});

test('female given names (name-spellings.json female) are known, male ones are not', () => {
  assert.equal(kb.isFemaleName('جمانة'), true);
  assert.equal(kb.isFemaleName('هدى'), true);
  assert.equal(kb.isFemaleName('خالد'), false);
});
