/**
 * The argument rules of the seventh session (events15): state organs named alone, things belonging to an actor, a
 * verbal noun's doer from the sentence subject, and harm verbs made passive by the attack they happened in. Sentences
 * written for these tests; states are stand-ins (test-kit.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, triples } from './test-kit.ts';

test('a state organ named alone acts for the state of the place the sentence names', () => {
  expectTriples('اتهمت السلطات فرنسا بدعم الإرهاب في تركيا.', ['ACCUSE TUR>FRA asserted']);
  // With its demonym the organ is the entity layer's (here the demonym), not the place's.
  expectTriples('واتهمت السلطات الفرنسية تركيا بدعم الإرهاب.', ['ACCUSE FRA>TUR asserted']);
  assert.ok(!triples('واتهمت السلطات الفرنسية تركيا بدعم الإرهاب.').includes('ACCUSE TUR>TUR asserted'));
});

test('an organ that is a genitive or a topic is no side', () => {
  // تشكيل الحكومة: the government is what is formed; بالقضاء: what the agreements concern.
  assert.deepEqual(triples('وأيد الوزير الفرنسي تشكيل الحكومة في العراق.').filter((t) => t.includes('IRQ>')), []);
  assert.deepEqual(triples('ووقعت فرنسا اتفاقات في مجالات تتصل بالقضاء في العراق.').filter((t) => t.startsWith('CONSULT IRQ')), []);
});

test('an act of force on things that belong to an actor targets that actor', () => {
  expectTriples('استهدفت الطائرات التركية مواقع تابعة للجيش العراقي.', ['ASSAULT TUR>IRQ asserted']);
  expectTriples('ودمرت القوات التركية مدافع وآليات تابعة للجيش العراقي في شمال البلاد.', ['ASSAULT TUR>IRQ asserted']);
  // Fire from a position of the other side is not fire on it.
  assert.ok(!triples('وأطلقت الطائرات التركية النار على مدنيين من موقع تابع للجيش العراقي.').includes('ASSAULT TUR>IRQ asserted'));
});

test('a verbal noun with its other side but no doer takes the sentence subject', () => {
  expectTriples('وقال الرئيس المصري في أعقاب المباحثات مع نظيره الفرنسي إن العلاقات قوية.', ['CONSULT EGY>FRA asserted']);
  expectTriples('وطالب الرئيس المصري مرارا بتسليم المتهمين، وصولا إلى التهديد بفرض عقوبات على تركيا.', ['SANCTION EGY>TUR asserted']);
  // Not under a condemning verb: what it condemns is another's act.
  assert.ok(!triples('وندد الرئيس المصري بالتهديد بفرض عقوبات على تركيا.').includes('SANCTION EGY>TUR asserted'));
});

test('victims harmed in an attack with a named doer are that doer\'s target', () => {
  expectTriples('قتل ثلاثة جنود أتراك في هجوم شنته القوات العراقية.', ['ASSAULT IRQ>TUR asserted']);
  // Without the attack's doer nothing is coded (the victims are not the doers).
  assert.deepEqual(triples('قتل ثلاثة جنود أتراك في هجوم.'), []);
});
