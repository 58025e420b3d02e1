/**
 * (resolve24) A demonym of a country whose names are not Arabic-derived right before or after an unknown person's
 * name reads the name as foreign, as a title's country does (resolve22); and a few of the foreign name words added to
 * data/kb/foreign-names.json (docs/knowledge-base.md, "Eighteenth session (resolve24)"). The sentences are written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';

const personEn = (text: string, first = 'غونار'): string | null | undefined =>
  run(text, '2018-06-01').entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.text.startsWith(first)))?.nameEn;

test('a non-Arab demonym before the name (after a profession noun) reads it as foreign', () => {
  assert.equal(personEn('وقال الصحفي الأمريكي غونار بيترسن إن الحوار مفيد.'), 'Gonar Bitersen');
  assert.equal(personEn('وقال المدرب الإسباني غونار بيترسن إن الفريق جاهز.'), 'Gonar Bitersen');
});

test('a non-Arab demonym right after the name reads it as foreign', () => {
  assert.equal(personEn('وقال غونار بيترسن البريطاني إن الحوار مفيد.'), 'Gonar Bitersen');
});

test("an Arab country's demonym, a demonym not touching the name, or none keeps the Arab scheme", () => {
  assert.equal(personEn('وقال الصحفي المصري غونار بيترسن إن الحوار مفيد.'), 'Ghounar Bitrsn');
  assert.equal(personEn('وقال غونار بيترسن إن الحوار مفيد.'), 'Ghounar Bitrsn');
  assert.equal(personEn('وقال غونار بيترسن إن الوفد الأمريكي وصل.'), 'Ghounar Bitrsn');
  // A name with an Arabic particle is an Arab name whatever the nationality beside it.
  assert.equal(personEn('وقال الجهادي الفرنسي غونار بن بيترسن إن الحوار مفيد.'), 'Ghounar bin Bitrsn');
});

test('words added to the foreign names table', () => {
  assert.equal(personEn('وقالت سيسليا بيسونيت إن الحوار مفيد.', 'سيسليا'), 'Cecilia Bissonnette');
  assert.equal(personEn('وقال المدرب دافيدي هاينكس إن الفريق جاهز.', 'دافيدي'), 'Davide Heynckes');
});
