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
