/**
 * (resolve22) A person the KB does not know whom a title gives a country whose names are not Arabic-derived is
 * romanized by the foreign scheme (docs/knowledge-base.md, "Eighteenth session (resolve22)"). The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';

const personEn = (text: string): string | null | undefined =>
  run(text, '2018-06-01').entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.text.startsWith('غونار')))?.nameEn;

test("a title of a non-Arab country reads its holder's name as foreign", () => {
  // The Swedish ambassador: غ is g, و is o, an e before the final n (the foreign scheme).
  assert.equal(personEn('وقال سفير السويد لدى مصر غونار بيترسن إن بلاده تدعم الحوار.'), 'Gonar Bitersen');
  // The same name with an Arab country's title, or no title, keeps the Arab scheme.
  assert.equal(personEn('وقال سفير الكويت لدى مصر غونار بيترسن إن بلاده تدعم الحوار.'), 'Ghounar Bitrsn');
  assert.equal(personEn('وقال غونار بيترسن إن بلاده تدعم الحوار.'), 'Ghounar Bitrsn');
});
