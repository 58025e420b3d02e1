/**
 * (events57) Sides of verbal-noun triggers: a definite act of force with adjectives then ل + a force (definiteForceDoer),
 * and a condemnation noun whose object is an act (condemnedNounArgs). Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasTriple, lacksTriple, triples, UN } from './test-kit.ts';

test('a definite act of force with adjectives, then ل + a force: that force is the doer', () => {
  hasTriple('وأدانت فرنسا الغارات الجوية المكثفة للقوات التركية على العراق.', 'ASSAULT TUR>IRQ asserted');
  hasTriple('وتصاعد التوتر بعد الهجوم الأخير للجيش التركي على مواقع في العراق.', 'ASSAULT TUR>IRQ asserted');
});

test('a definite act with adjectives then ل: not people, and not after a verbal noun of launching', () => {
  // ل + citizens (no force) is whom the act befell
  lacksTriple('وأدانت فرنسا الاعتقال التعسفي للمواطنين العراقيين في تركيا.', 'COERCE IRQ>TUR asserted');
  // توجيه الضربات ... ل: the ل names the target
  lacksTriple('وهدد العراق بتوجيه الضربات الجوية للقوات التركية.', 'ASSAULT TUR>IRQ asserted');
});

test('a condemnation noun whose object is an act: the act\'s doer is condemned', () => {
  hasTriple('وأعربت مصر عن إدانتها الشديدة للهجمات التي شنتها القوات التركية على العراق.', 'ACCUSE EGY>TUR asserted');
  // the act's demonym is no doer of the condemnation: the requestee condemns, the act's doer is condemned
  const got = triples('ودعت مصر الأمم المتحدة إلى إدانة الهجوم التركي الأخير.', { extra: [UN] });
  assert.ok(got.includes('ACCUSE IGO>TUR requested'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('ACCUSE TUR>')), got.join('; '));
});

test('a subject-first clause with a light or control verb: the subject does the verbal noun after the verb', () => {
  hasTriple('وقال مسؤول عراقي إن تركيا تواصل الضغط على فرنسا.', 'THREATEN TUR>FRA asserted');
  hasTriple('وقال مسؤول عراقي إن فرنسا تقدم الدعم للأردن.', 'SUPPORT FRA>JOR asserted');
  hasTriple('وكانت مصر تواصل الهجمات على الأردن.', 'ASSAULT EGY>JOR asserted');
});

test('a subject-first light verb: not a subject under a preposition, not one in the middle of its clause', () => {
  // the actor after a preposition is no subject of the verb
  lacksTriple('وقال مسؤول في تركيا تواصل الضغط على فرنسا.', 'THREATEN TUR>FRA asserted');
  // an object of an earlier verb right before the light verb is no subject
  lacksTriple('وانتقد الوزير تركيا تقدم الدعم للأردن.', 'SUPPORT TUR>JOR asserted');
});
