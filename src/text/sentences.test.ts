import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.ts';
import { splitSentences, sentenceIndexAt } from './sentences.ts';

const split = (s: string) => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

test('splits at full stops, question and exclamation marks', () => {
  assert.deepEqual(split('وصل الوفد. هل بدأت المحادثات؟ نعم! وانتهت'), ['وصل الوفد.', 'هل بدأت المحادثات؟', 'نعم!', 'وانتهت']);
});

test('the Arabic comma and semicolon do not end a sentence', () => {
  assert.deepEqual(split('قال الوزير، إن الاجتماع انتهى؛ وغادر الوفد.'), ['قال الوزير، إن الاجتماع انتهى؛ وغادر الوفد.']);
});

test('every line break ends a sentence, so headings stand alone', () => {
  assert.deepEqual(split('أهداف الزيارة\nوصرح المتحدث بأن الزيارة ناجحة.'), ['أهداف الزيارة', 'وصرح المتحدث بأن الزيارة ناجحة.']);
});

test('decimal numbers and one-letter abbreviations do not split', () => {
  assert.deepEqual(split('نما الاقتصاد 3.5 بالمئة. وقال د. أحمد إن م. خالد وصل.'), ['نما الاقتصاد 3.5 بالمئة.', 'وقال د. أحمد إن م. خالد وصل.']);
});

test('an ellipsis ends a sentence', () => {
  assert.deepEqual(split('وانتظر الجميع… ثم جاء الخبر.'), ['وانتظر الجميع…', 'ثم جاء الخبر.']);
});

test('a terminator inside a quotation keeps the sentence open; closing quotes stay with it', () => {
  assert.deepEqual(split('وقال: «لن نتراجع. سنواصل». ثم غادر.'), ['وقال: «لن نتراجع. سنواصل».', 'ثم غادر.']);
  assert.deepEqual(split('وأضاف "نحن مستعدون." وغادر القاعة.'), ['وأضاف "نحن مستعدون."', 'وغادر القاعة.']);
});

test('an unbalanced quotation does not swallow the article', () => {
  const s = 'قال «بدأ الأمر. ' + 'ثم استمر طويلا جدا. '.repeat(60) + '\nسطر جديد.';
  const parts = split(s);
  assert.ok(parts.length > 2);
});

test('spans are trimmed, ordered and disjoint', () => {
  const s = '  الجملة الأولى.   الجملة الثانية!  \n\n الثالثة  ';
  const spans = splitSentences(s, tokenize(s));
  assert.deepEqual(spans.map((x) => s.slice(x.start, x.end)), ['الجملة الأولى.', 'الجملة الثانية!', 'الثالثة']);
  assert.equal(sentenceIndexAt(spans, spans[1]!.start), 1);
  assert.equal(sentenceIndexAt(spans, 0), -1);
});

test('empty text has no sentences', () => {
  assert.deepEqual(split(''), []);
});

test('a dot joining a name to its web domain (العربية.نت) ends no sentence; a missing space after a full stop still does', () => {
  assert.deepEqual(split('وقال للعربية.نت إن الوفد وصل.'), ['وقال للعربية.نت إن الوفد وصل.']);
  assert.deepEqual(split('وصل الوفد.وبدأت المحادثات.'), ['وصل الوفد.', 'وبدأت المحادثات.']);
});
