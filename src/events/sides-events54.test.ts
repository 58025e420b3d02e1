/**
 * (events54) Unnamed domestic groups (data/events/grammar.json `domesticGroups`: المتظاهرون، المحتجين) take the state of
 * the place their sentence names after في, else the article's dominant state, as a bare organ does; a group and its
 * state's organs are two sides, and a group's demand with no addressee is made of its own state. Sentences written for
 * these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import { hasTriple, lacksTriple, triples } from './test-kit.ts';
import assert from 'node:assert/strict';

test('a demand of protesters placed by في is made of their state', () => {
  hasTriple('وطالب المحتجون في بغداد باستقالة الحكومة.', 'REQUEST IRQ>IRQ asserted');
});

test('protesters with no place in their sentence take the dominant state, and an organ after them is the object', () => {
  hasTriple('تتواصل الاحتجاجات في الأردن. وأعلن الأردن تأجيل القرار. ويطالب المتظاهرون الحكومة بسحب القانون.', 'REQUEST JOR>JOR asserted');
});

test("protesters as the object after an organ's subject, and after على", () => {
  hasTriple('تظاهر الآلاف في عمان. وقالت مصادر في الأردن إن قوات الأمن الأردنية طوقت المحتجين.', 'COERCE JOR>JOR asserted');
  hasTriple('وقالت مصادر في العراق إن قوات الأمن أطلقت النار على المتظاهرين في بغداد.', 'ASSAULT IRQ>IRQ asserted');
});

test('no state: protesters in a sentence naming places of two states, or in an article naming none, stay uncoded', () => {
  const got = triples('وطالب المحتجون في بغداد وأنقرة بوقف الحرب.');
  assert.ok(!got.some((t) => t.startsWith('REQUEST')), got.join('; '));
  const none = triples('وطالب المحتجون باستقالة الحكومة.');
  assert.ok(!none.some((t) => t.startsWith('REQUEST')), none.join('; '));
});

test('a demand that names another state after it is not made of the group\'s own', () => {
  lacksTriple('تظاهر المحتجون في القاهرة. وطالب المحتجون في القاهرة تركيا بوقف الحرب.', 'REQUEST EGY>EGY asserted');
});

test("a place of another state in the group's sentence leaves it unplaced, unless it is the dateline's", () => {
  lacksTriple('تتواصل الاحتجاجات في الأردن. وأعلن الأردن تأجيل القرار. ويطالب المتظاهرون في عمان تركيا بوقف الحرب.', 'REQUEST JOR>JOR asserted');
  hasTriple('القاهرة، مصر (CNN)-- تتواصل الاحتجاجات في الأردن، حيث طالب المتظاهرون الحكومة بسحب القانون.', 'REQUEST JOR>JOR asserted');
});

test('after a people\'s plural the group word is its adjective, not an object', () => {
  const got = triples('تتواصل الاحتجاجات في العراق. واقتحم العراقيون المحتجون مقر السفارة التركية في بغداد.');
  assert.ok(got.includes('ASSAULT IRQ>TUR asserted') && !got.includes('ASSAULT IRQ>IRQ asserted'), got.join('; '));
});

test('تعرض with ل after it is undergoing, not an offer', () => {
  lacksTriple('وتعرض الجيش التركي لانتقادات شديدة بسبب إطلاقه النار على المتظاهرين في بغداد.', 'AGREE TUR>IRQ asserted');
});
