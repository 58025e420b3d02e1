/**
 * Rules of the quotes36 pass (docs/quotes.md, "Seventeenth session (quotes36)"). The sentences are written for these
 * tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

test('time words between an attribution verb and its source: the source speaks, not the sentence subject', () => {
  const leader: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['سالم الحداد', 'name']] };
  const ministry: Spec = { id: 'm', type: 'ORG', kbId: 'org:m', forms: [['وزارة الداخلية', 'name']] };
  const qs = quotesOf('لقي القيادي سالم الحداد حتفه في غارة جوية قرب الحدود، وفق ما أعلن الجمعة مسؤول في وزارة الداخلية.', [leader, ministry]);
  const q = qs.find((x) => x.cue.text === 'وفق');
  assert.ok(q, 'the attribution is a quote');
  assert.notEqual(q.speaker, 'p');
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? '', /^مسؤول/);
  // A named body after the time words speaks.
  const qs2 = quotesOf('ارتفع عدد القتلى إلى عشرين في المدينة، حسبما أعلنت مساء الثلاثاء وزارة الداخلية.', [ministry]);
  assert.equal(qs2.find((x) => /حسب/.test(x.cue.text))?.speaker, 'm');
});

test('a dual cue with no subject of its own does not go on with one person', () => {
  const son: Spec = { id: 's', type: 'PER', kbId: null, forms: [['كريم', 'name']] };
  const qs = quotesOf('وقال كريم إنه لن يغادر البيت. ثم عرض الوالدان على ابنهما مبلغا من المال، وقالا له: "عليك أن تبحث عن عمل".', [son]);
  const q = qs.find((x) => x.cue.text === 'قالا');
  assert.ok(q, 'the dual cue is a quote');
  assert.notEqual(q.speaker, 's');
  // The singular still goes on with him.
  const qs2 = quotesOf('وقال كريم إنه لن يغادر البيت. ثم عرض عليه والداه مبلغا من المال، وقال إنه يرفضه.', [son]);
  assert.equal(qs2.find((x) => x.cue.text === 'قال' && x.cue.start > 20)?.speaker, 's');
});

test('a bare body noun is the body quoted before with that noun, though its name was read without it', () => {
  const regulator: Spec = { id: 'r', type: 'ORG', kbId: null, forms: [['تنظيم الاتصالات', 'name']] };
  const qs = quotesOf('قالت هيئة تنظيم الاتصالات إنها بدأت حجب الخدمة في البلاد. وأضافت الهيئة أنها أبلغت الشركات بالقرار.', [regulator]);
  assert.equal(qs.find((x) => x.cue.text === 'أضافت')?.speaker, 'r');
  // Not when the body was never quoted with the noun.
  const qs2 = quotesOf('قال رئيس تنظيم الاتصالات إن القرار نهائي. وأضافت الهيئة أنها أبلغت الشركات بالقرار.', [regulator]);
  assert.notEqual(qs2.find((x) => x.cue.text === 'أضافت')?.speaker, 'r');
});

test('a bare person noun is not the body a title named before', () => {
  const court: Spec = { id: 'c', type: 'ORG', kbId: null, forms: [['المحكمة العليا', 'name']] };
  const qs = quotesOf('وقال قاضي المحكمة العليا إن القناة انتهكت القانون. وقال القاضي إن الحكم نهائي.', [court]);
  assert.notEqual(qs.find((x) => x.cue.start > 40)?.speaker, 'c');
});

test('a verb with the object pronoun ها is no dual', () => {
  const president: Spec = { id: 'p', type: 'PER', kbId: 'per:p', forms: [['سالم الحداد', 'name']] };
  const qs = quotesOf('ورفض الرئيس سالم الحداد التقارير عن الأوضاع في المدينة ووصفها بأنها "أكاذيب سخيفة".', [president]);
  assert.equal(qs.find((x) => x.cue.text === 'وصفها')?.speaker, 'p');
});

test('a dual cue after two people named together keeps their words, unnamed', () => {
  const a: Spec = { id: 'a', type: 'PER', kbId: 'per:a', forms: [['سالم الحداد', 'name']] };
  const b: Spec = { id: 'b', type: 'PER', kbId: 'per:b', forms: [['كريم العلي', 'name']] };
  const qs = quotesOf('واعتبر الرئيس سالم الحداد ونظيره كريم العلي أن الاتفاق خاطئ، وشددا على ضرورة تعديله.', [a, b]);
  const q = qs.find((x) => x.cue.text === 'شددا');
  assert.ok(q, 'the dual cue is a quote');
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? '', /سالم الحداد/);
  assert.match(q.speakerText ?? '', /كريم العلي/);
});
