/**
 * (events55) A reported clause opened by an indefinite noun for another party (data/events/grammar.json
 * `clauseSubjectNouns`: مسلحين، متشددين، مجهولين، متظاهرين ...) has that noun as the doer of its verb: the speaker before
 * إن/أن is not. Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples } from './test-kit.ts';

test('reported clause: gunmen after أن are the doers, not the army that reports them', () => {
  const got = triples('وأعلن الجيش العراقي أن مسلحين هاجموا مواقع في تركيا.');
  assert.ok(!got.some((t) => t.startsWith('ASSAULT IRQ>')), got.join('; '));
});

test('reported clause: militants after أن, the police that reports them is no kidnapper', () => {
  const got = triples('وأعلنت الشرطة التركية أن متشددين خطفوا دبلوماسيا عراقيا.');
  assert.ok(!got.some((t) => t.includes('TUR>IRQ')), got.join('; '));
});

test('reported clause: a gunman seizing someone is not the police read as a passive arrest', () => {
  const got = triples('وقال متحدث باسم الشرطة التركية إن مسلحا احتجز مواطنا عراقيا.');
  assert.ok(!got.some((t) => t.includes('TUR>IRQ')), got.join('; '));
});

test('reported clause: guards — a pronoun, a named actor, or an arrest with no subject keep their readings', () => {
  // the speaker's own act (أنها) stays the speaker's
  assert.ok(triples('وقالت الشرطة التركية إنها اعتقلت مواطنا عراقيا.').includes('COERCE TUR>IRQ asserted'));
  // a named actor after إن is the doer
  assert.ok(triples('وقال وزير الخارجية التركي إن فرنسا فرضت عقوبات على العراق.').includes('SANCTION FRA>IRQ asserted'));
  // soldiers are not in the list: after an army they are as a rule its own
  assert.ok(triples('وقال الجيش التركي إن جنودا اعتقلوا مواطنا عراقيا.').includes('COERCE TUR>IRQ asserted'));
});
