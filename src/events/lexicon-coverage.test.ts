/**
 * Lexicon entries added by branch events13 (docs/events.md, "Added by branch events13"): one Arabic
 * sentence written for these tests per new entry or frame, with the triple (PLOVER type, source country,
 * target country, modality) it must give, and the CAMEO code where the entry chooses between codes.
 * Entities come from the stand-in surface finder, so these tests check the lexicon, not entity resolution.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UN, triples, expectTriples } from './test-kit.ts';

/** Triples with the CAMEO code, the United Nations among the actors. */
const events = (text: string): string[] => triples(text, { extra: [UN], cameo: true });
const has = (text: string, ...want: string[]) => expectTriples(text, want, { extra: [UN], cameo: true });

test('THREATEN: pressure (ضغط على، مارس ضغوطا على) and a review of relations', () => {
  has('وتضغط فرنسا على تركيا لوقف العملية العسكرية.', 'THREATEN 130 FRA>TUR asserted');
  has('ومارست مصر ضغوطا كبيرة على الأردن خلال المفاوضات.', 'THREATEN 130 EGY>JOR asserted');
  has('وقررت الحكومة الأردنية إعادة النظر في علاقاتها مع تركيا.', 'THREATEN 1313 JOR>TUR asserted');
});

test('ACCUSE: charges and criticism directed at, concern about', () => {
  has('ووجهت النيابة التركية تهما إلى صحفي فرنسي.', 'ACCUSE 112 TUR>FRA asserted');
  has('ووجه الرئيس المصري انتقادات حادة إلى تركيا.', 'ACCUSE 111 EGY>TUR asserted');
  has('وأعربت الأمم المتحدة عن قلقها إزاء العملية العسكرية التركية.', 'ACCUSE 111 IGO>TUR asserted');
});

test('COERCE: hacking (cyber) and house arrest', () => {
  has('واخترقت تركيا أنظمة وزارة الدفاع العراقية.', 'COERCE 170 TUR>IRQ asserted');
  has('ووضعت السلطات المصرية الناشط الفرنسي قيد الإقامة الجبرية.', 'COERCE 173 EGY>FRA asserted');
});

test('AGREE: agreeing to talks (036), not a concession; readiness by participle', () => {
  has('ووافقت تركيا على التفاوض مع العراق.', 'AGREE 036 TUR>IRQ asserted');
  has('وقال الوزير إن فرنسا مستعدة للتعاون مع الأردن.', 'AGREE 030 FRA>JOR asserted');
});

test('AID: peacekeeping, relief; REQUEST: an ultimatum; SANCTION: cutting funding', () => {
  has('وتشارك فرنسا في قوة الأمم المتحدة لحفظ السلام.', 'AID 074 FRA>IGO asserted');
  has('وأعلنت تركيا إدخال المساعدات إلى العراق.', 'AID 073 TUR>IRQ asserted');
  has('وأدخلت تركيا مساعدات إنسانية إلى العراق.', 'AID 073 TUR>IRQ asserted');
  has('وأمهلت مصر تركيا أسبوعا لسحب دبلوماسييها.', 'REQUEST 100 EGY>TUR asserted');
  has('وقررت فرنسا خفض مساهمتها في تمويل الأمم المتحدة.', 'SANCTION 162 FRA>IGO asserted');
});

test('RETREAT: a truce (تهدئة), but not calming fears', () => {
  has('وأعلنت مصر التوصل إلى تهدئة مع الأردن.', 'RETREAT 0871 EGY>JOR asserted', 'RETREAT 0871 JOR>EGY asserted');
  assert.ok(!events('ويسعى الرئيس الفرنسي إلى تهدئة مخاوف تركيا.').some((t) => t.startsWith('RETREAT')));
});

test('agreeing to talks needs the talks right after على: "قبل" (before) and وافق elsewhere are no AGREE 036', () => {
  assert.ok(!events('وأعلن مسؤول فرنسي أن الرئيس أراد تغيير فريقه قبل المفاوضات مع تركيا.').some((t) => t.includes('036')));
});

test('a sharp "attack" in words is criticism (ACCUSE 111), a plain one stays an armed attack; fighting alongside is AID', () => {
  has('وشن الرئيس التركي هجوما لاذعا على فرنسا.', 'ACCUSE 111 TUR>FRA asserted');
  has('وشنت القوات التركية هجوما على مواقع في العراق.', 'ASSAULT 190 TUR>IRQ asserted');
  has('وتقاتل القوات الأردنية إلى جانب الجيش العراقي.', 'AID 072 JOR>IRQ asserted');
});

test('RETREAT: returning remains (084)', () => {
  has('وأعادت تركيا رفات جنود فرنسيين إلى فرنسا.', 'RETREAT 084 TUR>FRA asserted');
});

test('violating a truce is ASSAULT 196, not the truce itself', () => {
  const got = events('وانتهكت القوات التركية الهدنة مع العراق.');
  assert.ok(got.includes('ASSAULT 196 TUR>IRQ asserted'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('RETREAT')), got.join('; '));
});
