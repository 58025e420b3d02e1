/**
 * Rules of the quotes22 pass: a piece a paper publishes (نشرت صحيفة X مقالا ... كشفت فيه؛ تحقيق نشرته صحيفة X، قالت
 * فيه) is the publisher's statement when the cue after it has no subject of its own, not the first name of the
 * sentence (a writer, a person the piece is about); a masculine cue after "مقال لـX" is the writer's. The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run, type Spec } from './speaker-cases.ts';

const paper: Spec = { id: 'e1', type: 'ORG', kbId: 'x:org:1', forms: [['صحيفة الأخبار اليومية', 'name']] };
const writer: Spec = { id: 'e2', type: 'PER', kbId: 'x:per:2', forms: [['سامر الحلبي', 'name']] };
const subject: Spec = { id: 'e3', type: 'PER', kbId: 'x:per:3', forms: [['نادر الخطيب', 'name']] };

test('a piece published by a paper: a feminine "قالت فيه" is the paper\'s', () => {
  for (const text of [
    'ونشرت صحيفة الأخبار اليومية مقالا للكاتب سامر الحلبي كشفت فيه أن الشركة جمعت بيانات المشتركين.',
    'وفي تحقيق نشرته صحيفة الأخبار اليومية عن نادر الخطيب أمس، قالت فيه إن أمواله نقلت إلى الخارج.',
    'وكانت صحيفة الأخبار اليومية نشرت مساء الأحد تقريرا مرفقا بصور، كشفت فيه أن نادر الخطيب غادر البلاد.',
  ]) {
    const quotes = run(text, [paper, writer, subject]);
    assert.equal(quotes.length, 1, text);
    assert.equal(quotes[0]!.speaker, 'e1', text);
  }
});

test('a masculine cue after "مقال لـX" is the writer\'s, and a subject after فيه speaks', () => {
  const own = run('وفي صحيفة الأخبار اليومية مقال لسامر الحلبي يرى فيه أن الأزمة طويلة.', [paper, writer]);
  assert.equal(own.length, 1);
  assert.equal(own[0]!.speaker, 'e2');
  const after = run('ونشرت صحيفة الأخبار اليومية تقريرا ادعى فيه نادر الخطيب أن الشركة خسرت.', [paper, subject]);
  assert.equal(after[0]?.speaker, 'e3');
});

test('a letter "لـX" is sent to X: the sender speaks, not the words after لـ', () => {
  for (const text of ['وأرسل نادر الخطيب رسالة للدبلوماسيين الأوروبيين، قال فيها إنه سيعود قريبا.', 'وأرسل نادر الخطيب رسالة لسامر الحلبي، قال فيها إنه سيعود قريبا.']) {
    const quotes = run(text, [writer, subject]);
    assert.equal(quotes[0]?.speaker, 'e3', text);
  }
});

test('a writer the recognizer missed after "مقال لـ" is named by the words, not the paper', () => {
  const quotes = run('وفي صحيفة الأخبار اليومية مقال لحازم الأمين يرى فيه أن الحل بعيد.', [paper]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  assert.equal(quotes[0]!.speakerText, 'حازم الأمين');
});
