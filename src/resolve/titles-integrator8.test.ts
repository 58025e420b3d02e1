/**
 * "رئيس/مدير + a KB body" on the document's date (headTitle): a deputy's or an acting head's title and a former
 * head's are not the head in office. Sentences written for these tests; office holders from data/kb.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('the head of a KB body on the date', () => {
  const a = run('وقال رئيس البرلمان الأوروبي إن الاتحاد سيواصل دعم اللاجئين.', '2018-05-10');
  assert.equal(titleOf(a, 'رئيس البرلمان الأوروبي'), 'per:antonio-tajani');
});

test("a deputy's or an acting head's title is not the head's", () => {
  const a = run('وقال نائب رئيس البرلمان الأوروبي إن الاتحاد سيواصل دعم اللاجئين.', '2018-05-10');
  assert.notEqual(titleOf(a, 'رئيس البرلمان الأوروبي'), 'per:antonio-tajani');
  const b = run('وأعلن القائم بأعمال رئيس البرلمان الأوروبي تأجيل الجلسة.', '2018-05-10');
  assert.notEqual(titleOf(b, 'رئيس البرلمان الأوروبي'), 'per:antonio-tajani');
});

test("a former head's title is not the head in office", () => {
  const a = run('وقال رئيس البرلمان الأوروبي السابق إن الاتحاد تغير كثيرا.', '2018-05-10');
  assert.notEqual(titleOf(a, 'رئيس البرلمان الأوروبي'), 'per:antonio-tajani');
});

test('a commander or leader of a KB body is its head on the date (قائد فيلق القدس، زعيم الحزب)', () => {
  const a = run('وحذر قائد فيلق القدس من أي هجوم على المنشآت الإيرانية.', '2018-07-26');
  assert.equal(titleOf(a, 'قائد فيلق القدس'), 'per:qasem-soleimani');
  const b = run('وانتقد زعيم حزب الشعب الجمهوري سياسة الحكومة الاقتصادية.', '2018-07-18');
  assert.equal(titleOf(b, 'زعيم حزب الشعب الجمهوري'), 'per:kemal-kilicdaroglu');
});
