/**
 * Argument rules of branch events19: a verbal noun whose doer is a demonym adjective after one adjective of manner or
 * arm (هجوم عسكري تركي، الغارات الجوية التركية). Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, state, triples } from './test-kit.ts';

// The masculine indefinite demonym, which the shared stand-in states lack.
const opts = { extra: [state('tur-m', 'TUR', ['الأناضول'], ['تركي'])] };

test('a demonym after one adjective of manner is the verbal noun\'s doer, its على object the target', () => {
  // (events41) an attack warned against is hypothetical, not asserted; its sides are this test's point
  expectTriples('وحذر المسؤول من هجوم عسكري تركي على العراق.', ['ASSAULT TUR>IRQ hypothetical'], opts);
  expectTriples('وتصاعدت الغارات الجوية التركية على العراق خلال الأسبوع الماضي.', ['ASSAULT TUR>IRQ asserted'], opts);
  expectTriples('وقتل خمسة مدنيين في قصف مدفعي تركي على العراق أمس.', ['ASSAULT TUR>IRQ asserted'], opts);
});

test('a demonym after one adjective of manner is the doer of a noun whose genitive is its target (الدعم العسكري)', () => {
  expectTriples('وقال إن الدعم العسكري التركي للعراق مستمر.', ['SUPPORT TUR>IRQ asserted'], opts);
});

test('the manner adjective and the demonym must agree in definiteness, and only one adjective may stand between', () => {
  // "الهجوم العسكري تركي" is no phrase; two adjectives between are not taken either.
  assert.ok(!triples('وحذر المسؤول من الهجوم العسكري تركية على العراق.', opts).includes('ASSAULT TUR>IRQ asserted'));
  assert.ok(!triples('وحذر المسؤول من هجوم عسكري واسع تركي على العراق.', opts).includes('ASSAULT TUR>IRQ asserted'));
  // A word that is no manner adjective does not open the way (هجوم قوات تركية is the forces' attack, coded elsewhere).
  assert.ok(!triples('وحذر المسؤول من هجوم كبير تركي على العراق.', opts).includes('ASSAULT TUR>IRQ asserted'));
});

test('indefinite عقوبات is the sanctions noun: with a demonym its doer, with على its target', () => {
  expectTriples('وجاء ذلك في ظل عقوبات تركية على العراق.', ['SANCTION TUR>IRQ asserted']);
  expectTriples('وتحدث الوزير عن عقوبات اقتصادية فرنسية على مصر.', ['SANCTION FRA>EGY asserted']);
  // ل + the definite noun (للعقوبات) is found too.
  expectTriples('وأشار إلى الآثار السلبية للعقوبات الفرنسية على مصر.', ['SANCTION FRA>EGY asserted']);
});
