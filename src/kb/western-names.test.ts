import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKbData, westernNames } from '../resources/kb.ts';
import { KnowledgeBase } from './index.ts';

const dir = new URL('../../data/kb/', import.meta.url).pathname;
const data = readKbData(dir);
const kb = new KnowledgeBase(data);
const bare = new KnowledgeBase({ ...data, westernNames: {}, westernArabicToo: [] });

test('western-names.json spells Western given and family names as English news does', () => {
  assert.equal(kb.romanize('جيري سميث'), 'Jerry Smith');
  assert.equal(kb.romanize('جون أوبراين'), "John O'Brien");
  assert.equal(kb.romanize('روبرت ماكغاهن'), 'Robert McGahn');
  // Without the table the letter rules spell them otherwise: the table is what changes them.
  assert.notEqual(bare.romanize('جيري سميث').split(' ')[0], 'Jerry');
  assert.notEqual(bare.romanize('جون أوبراين'), "John O'Brien");
});

test('a Western given name makes the whole name foreign; one Arabs bear too does not', () => {
  // غانم by the foreign scheme (غ = g) after a Western given name, by the Arab scheme after ميشال / بيار / آدم.
  assert.equal(kb.romanize('ستاسي غانم'), 'Stacey Ganem');
  assert.equal(kb.romanize('بيار غانم'), 'Pierre Ghanem');
  assert.equal(kb.romanize('آدم غانم'), 'Adam Ghanem');
});

test("the KB's own people and name-parts.json still win where they spell a word (table order)", () => {
  // محمد is a name part: Mohammed, not respelled by anything here.
  assert.equal(kb.romanize('آدم محمد'), 'Adam Mohammed');
});

test('western-names.json is checked when loaded', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rasd-wn-'));
  const bad = join(tmp, 'western-names.json');
  writeFileSync(bad, JSON.stringify({ given: { 'جيري': 'jerry' }, family: {} }));
  assert.throws(() => westernNames(bad), /capitalized/);
  writeFileSync(bad, JSON.stringify({ given: { 'جيري': 'Jerry' }, family: {}, arabicToo: ['بيار'] }));
  assert.throws(() => westernNames(bad), /arabicToo/);
  writeFileSync(bad, JSON.stringify({ given: { 'جيري': 'Jerry' }, family: { 'سميث': 'Smith' }, arabicToo: [] }));
  assert.deepEqual(westernNames(bad).westernNames, { 'جيري': 'Jerry', 'سميث': 'Smith' });
});

test('an initial إي before a consonant is one vowel in the foreign scheme (not "Ii")', async () => {
  const { createRomanizer } = await import('./romanize.ts');
  const r = createRomanizer({});
  assert.match(r('إيغور ستاروفسكي'), /^Igor /);
  assert.match(r('إيداهو فولسكي'), /^Idaho /);
});

test('ماك + a consonant is the Scots/Irish Mc in a long word; ماكنة and ماكرون are not', async () => {
  const { createRomanizer } = await import('./romanize.ts');
  const r = createRomanizer({});
  assert.match(r('جيم ماكغراث'), /McGrath$/);
  assert.match(r('فرانسيس ماكدورماند'), /McDormand$/);
  assert.doesNotMatch(r('ماكنة'), /^Mc/);
  assert.doesNotMatch(r('ماكرون'), /^Mc/);
});

test('(quotes32) given and family names the letter rules spelled unlike English news', () => {
  assert.equal(kb.romanize('خافيير موراليس'), 'Javier Morales');
  assert.equal(kb.romanize('جو كراولي'), 'Joe Crowley');
  assert.equal(kb.romanize('كريستوف غارسيا'), 'Christophe Garcia');
  assert.notEqual(bare.romanize('جو كراولي'), 'Joe Crowley');
  // جوزف is also a Lebanese Christian name: the Arabic surname keeps the Arab scheme (عون Aoun).
  assert.equal(kb.romanize('جوزف عون'), 'Joseph Aoun');
});
