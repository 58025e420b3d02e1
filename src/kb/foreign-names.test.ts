/**
 * (resolve22) Foreign people's English names: data/kb/foreign-names.json, the foreign scheme's letter rules, and a
 * name read as foreign because a title gives its bearer a country whose names are not Arabic-derived
 * (docs/knowledge-base.md, "Eighteenth session (resolve22)"). The names and sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foreignNames, readKbData } from '../resources/kb.ts';
import { KnowledgeBase } from './index.ts';
import { createRomanizer } from './romanize.ts';

const dir = new URL('../../data/kb/', import.meta.url).pathname;
const data = readKbData(dir);
const kb = new KnowledgeBase(data);
const bare = new KnowledgeBase({ ...data, foreignNames: {}, foreignNamesArabicToo: [] });

test('foreign-names.json spells foreign given and family names as English news does', () => {
  assert.equal(kb.romanize('جيرارد سبنسر'), 'Gerard Spencer');
  assert.equal(kb.romanize('تييري غولدستين'), 'Thierry Goldstein');
  assert.equal(kb.romanize('أولريخ شتاينماير'), 'Ulrich Steinmeier');
  assert.equal(kb.romanize('سانجاي شارما'), 'Sanjay Sharma');
  assert.equal(kb.romanize('هاكان يلديز'), 'Hakan Yildiz');
  // Without the file the letter rules spell them otherwise: the file is what changes them.
  assert.notEqual(bare.romanize('جيرارد سبنسر'), 'Gerard Spencer');
  assert.notEqual(bare.romanize('تييري غولدستين'), 'Thierry Goldstein');
});

test('a foreign name of the file makes the whole name foreign; its arabicToo words do not', () => {
  // غانم by the foreign scheme (غ = g) after a foreign given name, by the Arab scheme after ريمون (Arabs bear it too).
  assert.equal(kb.romanize('هاميش غانم'), 'Hamish Ganem');
  assert.equal(kb.romanize('ريمون غانم'), 'Raymond Ghanem');
});

test('the higher tables still win (name-parts.json, western-names.json)', () => {
  assert.equal(kb.romanize('محمد سبنسر'), 'Mohammed Spencer');
});

test('foreign-names.json is checked when loaded', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rasd-fn-'));
  const bad = join(tmp, 'foreign-names.json');
  writeFileSync(bad, JSON.stringify({ given: { 'هاكان': 'hakan' }, family: {} }));
  assert.throws(() => foreignNames(bad), /capitalized/);
  writeFileSync(bad, JSON.stringify({ given: { 'هاكان': 'Hakan' }, family: {}, arabicToo: ['ريمون'] }));
  assert.throws(() => foreignNames(bad), /arabicToo/);
  writeFileSync(bad, JSON.stringify({ given: { 'هاكان': 'Hakan' }, family: { 'زاده': 'Zadeh' }, arabicToo: ['زاده'] }));
  assert.deepEqual(foreignNames(bad), { foreignNames: { 'هاكان': 'Hakan', 'زاده': 'Zadeh' }, foreignNamesArabicToo: ['زاده'] });
});

test('the foreign scheme: a cluster needs a vowel after it, r/l/n/m between consonants, a final يا', () => {
  const r = createRomanizer({});
  // A final و marks these words foreign. فر before a consonant is no cluster: a vowel after ف (was Frnando).
  assert.equal(r('فرناندو'), 'Farnando');
  assert.equal(r('روبرتو'), 'Roberto');
  assert.equal(r('ألبرتو'), 'Alberto');
  // No e inside a Slavic ending's cluster (لافروف), nor before a final r/l/n/m pair the end rule spells (واغنر Wagner).
  assert.equal(r('سيرغي لافروف'), 'Sergi Lafrov');
  assert.equal(createRomanizer({}, ['جون'])('جون واغنر'), 'Jon Wagner');
  // A final يا after a consonant in a foreign name is -ia (was Katya, and Kataya by the Arab scheme).
  assert.equal(createRomanizer({}, ['جون'])('جون كاتيا'), 'Jon Katia');
});

test('an initial إي before a consonant is one i in Arabic names too (not "Iy")', () => {
  const r = createRomanizer({});
  assert.equal(r('إيهاب'), 'Ihab');
  assert.equal(r('إيناس'), 'Inas');
  // Before a vowel letter the ي is a consonant: إياد Iyad.
  assert.equal(r('إياد'), 'Iyad');
});

test('a name is read as foreign when the caller says so (a title of a non-Arab country)', () => {
  const r = createRomanizer({});
  // Without the option: the Arab scheme (ou, gh, an a after the first consonant); with it: the foreign scheme.
  assert.equal(r('بيترسن غوردون'), 'Bitrsn Ghourdoun');
  assert.equal(r('بيترسن غوردون', { foreign: true }), 'Bitersen Gordon');
});

test('a final ز after a consonant in a longer word with a vowel letter marks an English family name (-s)', () => {
  const r = createRomanizer({});
  assert.equal(r('واتكينز'), 'Watkins');
  assert.equal(r('سيمونز'), 'Simons');
  // Arabic words of the patterns مفاعل and افتعل, and ز after a vowel letter, stay Arabic.
  assert.equal(r('مبارز'), 'Mabarz');
  assert.equal(r('عزيز'), 'Aziz');
});

test('a three-consonant cluster (str) keeps no vowel after its first letter', () => {
  assert.equal(createRomanizer({}, ['جون'])('جون ستروميا'), 'Jon Stromia');
});
