/**
 * (events63) Private people (data/events/grammar.json `privatePeople`: شاب، مدنيين، ناشطين ...) that an arrest, attack or
 * charge is done to, with a place after في in the act's clause, are people of that place's state (placedPeopleObject in
 * src/events/stage.ts); and a platform where the news was posted (على فيسبوك) is no other state for the domestic fallback
 * (otherStateAfter). Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { entitiesFromSurfaces } from './standin.ts';
import { ALL, hasTriple, lacksTriple, segmenter, stage, triples } from './test-kit.ts';

test("an army's arrest of private people in a place of another state: that state's people", () => {
  hasTriple('اعتقل الجيش التركي ثلاثة شبان في بغداد.', 'COERCE TUR>IRQ asserted');
  hasTriple('وقتلت القوات التركية خمسة مدنيين في العراق.', 'ASSAULT TUR>IRQ asserted');
  // persons and children counted (privatePeople: شخصا، أطفال)
  hasTriple('وقتلت الغارات التركية عشرين شخصا في العراق.', 'ASSAULT TUR>IRQ asserted');
});

test("an organ coded as its bare state by its demonym acts on its own people named by a definite noun", () => {
  hasTriple('وحثت السلطات الأردنية المواطنين على عدم السفر.', 'REQUEST JOR>JOR asserted');
  hasTriple('واتهمت السلطات التركية الصحفيين بالتجسس.', 'ACCUSE TUR>TUR asserted');
});

test("an army acting on private people in its own state's place is a domestic event", () => {
  hasTriple('واعتقل الجيش العراقي عشرات الناشطين في بغداد.', 'COERCE IRQ>IRQ asserted');
  hasTriple('وألقت القوات المصرية القبض على ناشطين في القاهرة.', 'COERCE EGY>EGY asserted');
});

test('people with a relational adjective, or a place in a relative clause, are not placed', () => {
  lacksTriple('واعتقل الجيش العراقي صحفيا فرنسيا في بغداد.', 'COERCE IRQ>IRQ asserted');
  lacksTriple('اعتقل الجيش التركي الشبان الذين قاتلوا في العراق.', 'COERCE TUR>IRQ asserted');
});

test('no place named: no side', () => {
  const got = triples('وقتلت القوات التركية خمسة مدنيين.');
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
});

test('a platform the news was posted on is no other state for an organ\'s arrest', () => {
  const text = 'اعتقلت السلطات التركية المحامية المعروفة الأربعاء، حسبما كتب زوجها في فيسبوك.';
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const facebook = { id: 'fb', type: 'ORG' as const, name: 'فيسبوك', country: 'USA', actor: 'USABUS', surfaces: ['فيسبوك'] };
  const entities = entitiesFromSurfaces(doc.text, [...ALL, facebook]).map((e) => (e.id === 'fb' ? { ...e, kbId: 'org:facebook' } : e));
  const events = stage.run(doc, { entities });
  // a side the stage made (the organ's state as its people) has no entity id, only its actor code
  const country = (id: string | null, actor: string | null = null) => entities.find((e) => e.id === id)?.country ?? actor?.slice(0, 3) ?? '-';
  const got = events.map((e) => `${e.plover} ${country(e.source, e.sourceActor)}>${country(e.target, e.targetActor)}`);
  assert.ok(got.includes('COERCE TUR>TUR'), got.join('; '));
});
