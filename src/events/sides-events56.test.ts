/**
 * (events56) Targets of verb triggers that name none of their own. A threat or warning is aimed at the party whose act it
 * makes its condition (data/events/grammar.json `threatConditions`: إذا، في حال، ما لم ...): the subject of the verb right
 * after the condition word. Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples } from './test-kit.ts';

test('conditioned threat: the subject of the verb after إذا is the target', () => {
  const got = triples('وحذر وزير الخارجية المصري من عواقب وخيمة إذا هاجمت تركيا الأراضي العراقية.');
  assert.ok(got.includes('THREATEN EGY>TUR asserted'), got.join('; '));
});

test('conditioned threat: في حال and a verb the lexicon does not know', () => {
  const got = triples('هددت الحكومة الأردنية بإغلاق الحدود في حال واصلت تركيا بناء السد.');
  assert.ok(got.includes('THREATEN JOR>TUR asserted'), got.join('; '));
});

test('conditioned threat: إذا ما', () => {
  const got = triples('توعد العراق برد قاس إذا ما قررت أنقرة إرسال قوات.');
  assert.ok(got.includes('THREATEN IRQ>TUR asserted'), got.join('; '));
});

test('conditioned threat: guards — an undergoer, "whether", a new statement, the own state', () => {
  // the subject of تعرض suffers the act: the threat is not aimed at it
  assert.ok(!triples('حذرت فرنسا من تداعيات خطيرة إذا تعرض العراق لهجوم جديد.').some((t) => t.startsWith('THREATEN FRA>IRQ')));
  // ما إذا is "whether": no condition
  assert.ok(!triples('وحذر الوزير المصري من أنه لا يعرف ما إذا كانت تركيا ستشارك في المحادثات.').some((t) => t.startsWith('THREATEN EGY>TUR')));
  // a reporting verb between opens a new statement, whose condition is not the threat's
  assert.ok(!triples('حذرت مصر من الفوضى، وقال الوزير إنه إذا هاجمت تركيا العراق فسيكون الرد قاسيا.').some((t) => t.startsWith('THREATEN EGY>TUR')));
  // the threatener's own state in the condition is no target
  assert.ok(!triples('هددت الحكومة الفرنسية بالانسحاب إذا قررت فرنسا خفض الميزانية.').some((t) => t.startsWith('THREATEN FRA>')));
});

test('conditioned threat: a threat with its own target keeps it', () => {
  const got = triples('هددت مصر الأردن بقطع العلاقات إذا هاجمت تركيا العراق.');
  assert.ok(got.includes('THREATEN EGY>JOR asserted'), got.join('; '));
  assert.ok(!got.includes('THREATEN EGY>TUR asserted'), got.join('; '));
});
