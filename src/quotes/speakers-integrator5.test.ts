/**
 * Speaker rules added by the fifth session's integrator: an officer of a body (قائد/رئيس/مدير + body) is the person
 * the article named in apposition with a head of that body, whatever head word either place uses. Sentences written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

const body = { id: 'b1', type: 'ORG' as const, kbId: 'org:central-command', forms: [['القيادة المركزية الأمريكية', 'name'] as [string, 'name']] };
const votel = { id: 'p1', type: 'PER' as const, kbId: 'x:per:1', forms: [['جوزيف فوتيل', 'name'] as [string, 'name']] };

test('an officer of a body is the person named earlier in apposition with a head of that body', () => {
  // the apposition comes with another head word (رئيس, not قائد)
  const quotes = run('عبّر رئيس القيادة المركزية الأمريكية، الجنرال جوزيف فوتيل، عن قلقه من الوضع. وقال قائد القيادة المركزية الأمريكية إن القوات جاهزة.', [body, votel]);
  const officer = quotes.find((q) => q.text.startsWith('القوات'));
  assert.equal(officer?.speaker, 'p1');
  assert.equal(officer?.speakerText, 'قائد القيادة المركزية الأمريكية');
});

test('the name may come first: X، قائد الهيئة', () => {
  const quotes = run('وصل جوزيف فوتيل، قائد القيادة المركزية الأمريكية، إلى المنطقة. وأكد رئيس القيادة المركزية الأمريكية أن الخطة تسير.', [body, votel]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, 'p1');
});

test('without such an apposition the officer stays the body\'s, as before', () => {
  const quotes = run('التقى جوزيف فوتيل وزير الدفاع. وقال قائد القيادة المركزية الأمريكية إن القوات جاهزة.', [body, votel]);
  assert.equal(quotes.length, 1);
  assert.notEqual(quotes[0]!.speaker, 'p1');
});

test('عن طريق is "by way of", not the preposition of عبر عن (expressed)', () => {
  const quotes = run('ويمكن للمالكين التقدم عبر وكيل بالوثائق التي تثبت ملكيتهم عن طريق تحديد تفاصيل معينة.', []);
  assert.equal(quotes.length, 0);
  // the cue itself still reports
  assert.equal(run('وعبر الوزير عن قلقه من تدهور الأوضاع.', []).length, 1);
});

test('تبين لها ("became clear to it") reports nothing; تبين with a subject still does', () => {
  assert.equal(run('أرسلت الوزارة بعثة إلى البلدة تبين لها أن المنظمة لا تشجع العودة.', []).length, 0);
  assert.equal(run('وتبين الوثيقة أن المنظمة لا تشجع العودة.', []).length, 1);
});

test('ألمح إلى أن (hinted that) reports', () => {
  const quotes = run('وألمح الوزير إلى أن الحكومة قد تستقيل قريبا.', []);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.speakerText ?? '', /الوزير/);
});

test('a participle after a بينما clause goes with that clause\'s subject only when they agree in gender', () => {
  const specs = [
    { id: 'g', type: 'PER' as const, kbId: 'x:per:g', forms: [['غوتيريش', 'name'] as [string, 'name']] },
    { id: 'f', type: 'ORG' as const, kbId: 'x:org:f', forms: [['قوات النظام', 'name'] as [string, 'name']] },
    { id: 'r', type: 'LOC' as const, kbId: 'cty:RUS', forms: [['روسيا', 'name'] as [string, 'name']] },
  ];
  // a feminine verb (أسقطت) and a masculine participle (مشيرا): the participle is the sentence's first speaker's
  const masc = run('وذكر غوتيريش أن الوضع قد يتصاعد، بينما أسقطت قوات النظام طائرة أمس، مشيرا إلى أن أي شرارة قد تشعل الحرب.', specs);
  assert.equal(masc.find((q) => q.text.startsWith('أي شرارة'))?.speaker, 'g');
  // both feminine (وجهت ... نافية): the clause's subject, as before
  const fem = run('وذكر غوتيريش أن الوضع قد يتصاعد، فيما وجهت روسيا تحذيرا للغرب، نافية أن تكون قد تدخلت.', specs);
  assert.equal(fem.find((q) => q.text.startsWith('تكون'))?.speaker, 'r');
});
