/**
 * (resolve29) Titles on new text, the classes of a blind audit (docs/knowledge-base.md, "Twentieth session
 * (resolve29)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('a head title right after a name that a preposition governs is that name\'s apposition', () => {
  const a = run('ونقلت الوكالة عن يوسف بن علي زعيم حزب الحرية الشعبية قوله إن الانتخابات ستجري في موعدها.');
  assert.match(titleOf(a, 'زعيم حزب') ?? '', /Ali/);
  const b = run('وجاءت الدعوة على لسان مراد الخطيب الأمين العام للحزب الحاكم خلال لقاء مع النواب.');
  assert.match(titleOf(b, 'الأمين العام') ?? '', /Khatib/);
});

test('a head title right after a verb\'s subject, with no comma, stays no title of that subject', () => {
  // استقبل فلان رئيس الشركة: the title is the verb's object, another person.
  const a = run('واستقبل يوسف بن علي رئيس شركة سيمنس في مكتبه بالعاصمة.');
  assert.equal(titleOf(a, 'رئيس شركة'), null);
});
