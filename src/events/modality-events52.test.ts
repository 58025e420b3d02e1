/**
 * events52: hypothetical and negated forms — "would" (من شأن ... أن، من شأنه + a verbal noun) and لا before a verb whose object
 * names the act (لا تعلن الحرب). Sentences written for these tests.
 */
import { test } from 'node:test';
import { hasTriple as has } from './test-kit.ts';

test('an act after من شأن ... أن is hypothetical', () => {
  has('ومن شأن هذا القرار أن يدفع تركيا إلى فرض عقوبات على العراق.', 'SANCTION TUR>IRQ hypothetical');
  has('وقال الخبير إن الخطوة من شأنها أن تدفع تركيا إلى فرض عقوبات على العراق.', 'SANCTION TUR>IRQ hypothetical');
  // guard: "downplayed" (قلل من شأن) with no أن leaves the act asserted
  has('وقللت مصر من شأن الهجوم التركي على العراق.', 'ASSAULT TUR>IRQ asserted');
  // guard: an act in a relative clause after أن is the relative clause's own
  has('ومن شأن الاتفاق أن يعزز موقف تركيا التي فرضت عقوبات على العراق.', 'SANCTION TUR>IRQ asserted');
});

test('لا before a verb whose object is the act noun negates it', () => {
  has('وقال الرئيس إن فرنسا لا تعلن الحرب على العراق.', 'ASSAULT FRA>IRQ negated');
  // guard: the same without لا stays asserted
  has('وقال الرئيس إن فرنسا تعلن الحرب على العراق.', 'ASSAULT FRA>IRQ asserted');
});

test('a count of definite people with a demonym is the target, not the place after في', () => {
  has('وقتلت القوات التركية عددا من الجنود العراقيين في الأردن.', 'ASSAULT TUR>IRQ asserted');
  has('واتهمت المحكمة تركيا باختطاف وقتل عدد من الدبلوماسيين الفرنسيين في الأردن.', 'ASSAULT TUR>FRA asserted');
  // any noun a bare demonym qualifies after the count (المدنيين is no people noun of the grammar list)
  has('وقصفت القوات التركية عددا من المواقع العراقية في الأردن.', 'ASSAULT TUR>IRQ asserted');
  // guard: with no demonym the place stays as it was (no people of another state named)
  has('وقتلت القوات التركية عددا من المسلحين في العراق.', 'ASSAULT TUR>IRQ asserted');
});
