/**
 * events62: precision on new text — a relative clause whose subject and object both follow its verb (بلدة ... التي تتهم
 * أنقرة بغداد), an attack verb passive by the weapon right after it (قتلوا بغارات ... شنتها), اعترف before أن as a
 * confession rather than recognition, and the act inquired into (بالتحقيق في الهجوم) kept out of a request's reach.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import { hasTriple as has, lacksTriple as hasNot, state, triples, UN } from './test-kit.ts';
import assert from 'node:assert/strict';

const MOSUL = state('mosul', 'IRQ', ['الموصل'], []);

test('a relative clause with subject and object after its verb: the subject is the actor after the verb, not the head', () => {
  const s = 'وأشار الوزير إلى الهجوم على مدينة الموصل التي تتهم أنقرة بغداد بشنه.';
  has(s, 'ACCUSE TUR>IRQ asserted', { extra: [MOSUL] });
  hasNot(s, 'ACCUSE IRQ>TUR asserted', { extra: [MOSUL] });
  // guard: without a second actor after the verb, the head is the subject
  has('وانتقد الوزير تركيا التي تدعم العراق في حربه.', 'SUPPORT TUR>IRQ asserted');
});

test('an attack verb right before ب and a weapon noun is passive: the speaker is not its doer', () => {
  hasNot('وأشارت تركيا إلى أن ستة مدنيين على الأقل قتلوا السبت بغارات جوية شنها الطيران العراقي.', 'ASSAULT TUR>IRQ asserted');
  hasNot('وأكدت مصر أن جنديين قتلوا برصاص قناصة عراقيين.', 'ASSAULT EGY>IRQ asserted');
  // guard: an active verb names its object before the weapon
  has('وقتلت القوات التركية ثلاثة عراقيين بغارة جوية.', 'ASSAULT TUR>IRQ asserted');
});

test('اعترف before أن is a confession, not recognition', () => {
  hasNot('واعترف المتهم المصري بأنه تلقى تدريبا في معسكر بالعراق.', 'SUPPORT EGY>IRQ asserted');
  hasNot('واعترف المتهم المصري أنه سافر إلى العراق.', 'SUPPORT EGY>IRQ asserted');
  // guard: recognition of a state or a government, also when أن follows its object ("على أنها": as)
  has('واعترفت مصر بالحكومة العراقية الجديدة.', 'SUPPORT EGY>IRQ asserted');
  has('واعترفت مصر بالعراق على أنه دولة ذات سيادة.', 'SUPPORT EGY>IRQ asserted');
});

test('the act inquired into is not what a request asks for, nor done by the one asked', () => {
  const got = triples('وطالبت مصر الأمم المتحدة بالتحقيق في الهجوم التركي على العراق.', { extra: [UN] });
  assert.ok(!got.some((t) => t.startsWith('ASSAULT') && t.endsWith('requested')), got.join('; '));
  hasNot('وطالبت مصر الأمم المتحدة بإجراء تحقيق دولي في القصف على العراق.', 'ASSAULT IGO>IRQ requested', { extra: [UN] });
  // guard: an act asked for directly keeps the one asked as its doer
  has('وطالبت مصر تركيا بوقف الهجوم على العراق.', 'REQUEST EGY>TUR asserted', { extra: [UN] });
});
