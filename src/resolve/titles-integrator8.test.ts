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
