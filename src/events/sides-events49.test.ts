/**
 * (events49) The second side pass's `reacted` level (secondSide in src/events/stage.ts; data/events/grammar.json
 * `reactionTypes`): a condemnation, welcome or refusal whose object names an act already told (a demonstrative and a
 * noun, or a definite act noun of the act's type) is aimed at that act's doer. Sentences written for these tests;
 * entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { entitiesFromSurfaces } from './standin.ts';
import { ALL, segmenter, stage } from './test-kit.ts';

/** "PLOVER SOURCE>TARGET modality standing/sideRule" for each event. */
function coded(text: string): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, ALL);
  const events = stage.run(doc, { entities, quotes: [] });
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  const country = (id: string | null, actor: string | null) => entities.find((x) => x.id === id)?.country ?? actor?.slice(0, 3) ?? '-';
  return events.map((e) => `${e.plover} ${country(e.source, e.sourceActor)}>${country(e.target, e.targetActor)} ${e.modality} ${e.standing ?? 'rule'}${e.sideRule ? `/${e.sideRule}` : ''}`);
}

test('reacted: a refusal of "this step" is aimed at the doer of the act just done to the refuser', () => {
  const got = coded('وقصفت تركيا مواقع في العراق. ورفضت بغداد هذه الخطوة.');
  assert.ok(got.includes('REJECT IRQ>TUR asserted fallback/reacted'), got.join('; '));
  // a welcome or a condemnation of a noun that names no act type ("this step", "this position") is left: on the corpus
  // it was as often a third party's act
  const welcome = coded('وقصفت تركيا مواقع في العراق. ورحبت مصر بهذه الخطوة.');
  assert.ok(!welcome.some((t) => t.includes('reacted')), welcome.join('; '));
});

test('reacted: a demonstrative before an act noun of the act\'s type', () => {
  const got = coded('وشنت تركيا غارات على العراق. وقد استنكرت مصر هذه الغارات.');
  assert.ok(got.includes('ACCUSE EGY>TUR asserted fallback/reacted'), got.join('; '));
});

test("reacted: a condemnation of a definite act noun of the act's type, in the sentence after it", () => {
  const got = coded('وشنت تركيا غارات على العراق. وقد استنكرت مصر الهجوم بشدة.');
  assert.ok(got.includes('ACCUSE EGY>TUR asserted fallback/reacted'), got.join('; '));
});

test('reacted: not for an act noun of another type, a report, a mutual act, an act too far back, or the reactor\'s own act', () => {
  // an arrest is not the strike told before
  assert.ok(!coded('وقصفت تركيا مواقع في العراق. واستنكرت مصر الاعتقال.').some((t) => t.includes('reacted')));
  // what a report said is no side's act
  assert.ok(!coded('وقصفت تركيا مواقع في العراق. ونفت مصر هذه الأنباء.').some((t) => t.includes('reacted')));
  // a meeting is done together: a welcome of it has no one target
  assert.ok(!coded('واجتمعت مصر مع تركيا في القاهرة. ورحبت فرنسا بهذه الخطوة.').some((t) => t.includes('reacted')));
  // three sentences between
  assert.ok(!coded('وقصفت تركيا مواقع في العراق. وقال مسؤول إن الوضع صعب. وأضاف أن الأمور معقدة. وأكد أن لا حل قريبا. واستنكرت مصر الهجوم.').some((t) => t.includes('reacted')));
  // the doer itself
  assert.ok(!coded('وقصفت تركيا مواقع في العراق. واستنكرت أنقرة هذه الخطوة.').some((t) => t.includes('reacted')));
});

test('reacted: a relative clause after the object names the doer, not the act told before', () => {
  const got = coded('وقصفت تركيا مواقع في العراق. ودانت مصر الغارات التي شنتها المقاتلات التركية.');
  assert.ok(got.some((t) => t.startsWith('ACCUSE EGY>TUR')), got.join('; '));
  const other = coded('وقصفت تركيا مواقع في العراق. ودانت فرنسا الغارات التي شنتها مصر.');
  assert.ok(!other.some((t) => t.startsWith('ACCUSE FRA>TUR')), other.join('; '));
});

test('reacted: a refusal of an act named before answers it only when the act was done to the refuser', () => {
  const got = coded('وقصفت تركيا مواقع في العراق. ورفضت بغداد هذه الهجمات.');
  assert.ok(got.includes('REJECT IRQ>TUR asserted fallback/reacted'), got.join('; '));
  const third = coded('وقصفت تركيا مواقع في العراق. ورفضت مصر هذه الهجمات.');
  assert.ok(!third.some((t) => t.includes('reacted')), third.join('; '));
});
