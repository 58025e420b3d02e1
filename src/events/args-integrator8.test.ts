/**
 * Argument rule of the eighth session's integrator: a spokesman's apposition after a verb-first subject may run past six
 * words, and the actor its genitive names (whom he speaks for) is not the verb's object; a longer segment that opens
 * with another head noun stays the object. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, state, triples, type TripleOptions } from './test-kit.ts';

const opts: TripleOptions = {
  extra: [
    { id: 'p1', type: 'PER', name: 'سامر الحديدي', country: 'JOR', actor: 'JORGOV', surfaces: ['سامر الحديدي'] },
    { id: 'p2', type: 'PER', name: 'خالد المصري', country: 'JOR', actor: 'JORGOV', surfaces: ['رئيس الحكومة الأردنية'] },
    state('sau', 'SAU', ['المملكة العربية السعودية'], []),
  ],
};

test('a spokesman\'s long apposition names whom he speaks for, not the object', () => {
  const got = triples('انتقد سامر الحديدي، المتحدث باسم رئيس الحكومة الأردنية في العاصمة عمان، الخميس، تصريحات تركيا الأخيرة.', opts);
  assert.ok(!got.some((t) => t.startsWith('ACCUSE JOR>JOR')), got.join('; '));
});

test('a long segment that opens with another noun after the subject\'s apposition is still the object', () => {
  expectTriples('اتهم سامر الحديدي، وزير الصناعة الأردني، دولا عربية وعلى رأسها المملكة العربية السعودية، بمحاولة التدخل في الانتخابات.', ['ACCUSE JOR>SAU asserted'], opts);
});
