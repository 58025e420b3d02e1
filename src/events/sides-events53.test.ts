/**
 * (events53) A side named earlier in the trigger's own sentence: a verbal noun taken by a verb that is no event itself
 * (أعلن، قرر، بدأ ...), that verb joined by و/ف (or after ثم، كما) to the sentence's first clause with no subject of its
 * own, is done by that clause's subject (governorCarriedSubject in src/events/stage.ts). Sentences written for these
 * tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import type { Quote } from '../core/analysis.ts';
import { entitiesFromSurfaces } from './standin.ts';
import { ALL, hasTriple, lacksTriple, segmenter, stage } from './test-kit.ts';

test('a verbal noun after a joined control verb is done by the subject the verb carries', () => {
  hasTriple('وزار الرئيس المصري أنقرة، وأعلن فرض عقوبات على العراق.', 'SANCTION EGY>IRQ asserted');
  hasTriple('واستقبل الرئيس المصري نظيره التركي، ثم قرر فرض عقوبات على العراق.', 'SANCTION EGY>IRQ asserted');
  // a time word and a quotation mark may stand between the verb and the noun
  hasTriple('وزار الرئيس المصري أنقرة، وأعلن الاثنين "فرض عقوبات" على العراق.', 'SANCTION EGY>IRQ asserted', { times: true });
});

test('guards: another clause, a subject that does not agree, a subordinate clause', () => {
  // the verb continues the clause after إن, whose subject is not the sentence's first actor
  lacksTriple('وقال الرئيس المصري إن تركيا زارت الأردن وأعلنت فرض عقوبات على العراق.', 'SANCTION EGY>IRQ asserted');
  // a masculine verb does not continue a feminine title
  lacksTriple('وزارت وزيرة الخارجية الفرنسية أنقرة، وأعلن فرض عقوبات على العراق.', 'SANCTION FRA>IRQ asserted');
  // the first actor stands in a fronted subordinate clause
  lacksTriple('وبينما زار الرئيس المصري أنقرة، أعلن فرض عقوبات على العراق.', 'SANCTION EGY>IRQ asserted');
});

/** "PLOVER SOURCE>TARGET" of a sentence whose quote (from the first quotation mark to the last) has this speaker. */
function quoted(text: string, speakerId: string | null): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, ALL);
  const start = text.indexOf('"') + 1;
  const end = text.lastIndexOf('"');
  const quote: Quote = { speaker: speakerId, speakerText: null, cue: { start: 0, end: 4, text: text.slice(0, 4) }, via: null, direct: true, start, end, text: text.slice(start, end) };
  const events = stage.run(doc, { entities, quotes: [quote] });
  const country = (id: string | null, actor: string | null) => entities.find((x) => x.id === id)?.country ?? actor?.slice(0, 3) ?? '-';
  return events.map((e) => `${e.plover} ${country(e.source, e.sourceActor)}>${country(e.target, e.targetActor)}`);
}

test('our country, government or forces inside a quote is the speaker’s state', () => {
  const got = quoted('وقالت مصر في بيان: "حكومتنا ستفرض عقوبات على العراق".', 'egy');
  assert.ok(got.includes('SANCTION EGY>IRQ'), got.join('; '));
  const army = quoted('وقالت مصر في بيان: "إن جيشنا قصف مواقع في العراق".', 'egy');
  assert.ok(army.includes('ASSAULT EGY>IRQ'), army.join('; '));
  // only right before an event verb: after a preposition it is left (to the speaker-object level when it is an object)
  const prep = quoted('وقالت مصر في بيان: "إن العراق يتعاون مع بلدنا ضد تركيا".', 'egy');
  assert.ok(!prep.some((t) => t.includes('EGY>TUR')), prep.join('; '));
  // no speaker, no side
  const none = quoted('وجاء في البيان: "حكومتنا ستفرض عقوبات على العراق".', null);
  assert.ok(!none.some((t) => t.startsWith('SANCTION EGY')), none.join('; '));
});

test('a relative clause on a time word continues the subject of the clause it hangs on', () => {
  hasTriple('وتضغط مصر على الأردن في الوقت الذي تهدد فيه بفرض عقوبات على العراق.', 'THREATEN EGY>IRQ asserted');
  // a subject after the verb is its own (the fronted clause)
  hasTriple('وفي الوقت الذي تهاجم فيه تركيا العراق، زار الرئيس المصري عمان.', 'ASSAULT TUR>IRQ asserted');
  // a masculine subject does not continue into a feminine verb
  lacksTriple('وانتقد الرئيس المصري الأردن في اليوم الذي أعلنت فيه فرض عقوبات على العراق.', 'SANCTION EGY>IRQ asserted');
  // a definite noun after the pronoun is the verb's own subject, even when it is no actor
  lacksTriple('وانتقد النائب المصري الأردن في الوقت الذي يحتج فيه الشارع التركي على القانون.', 'PROTEST EGY>- asserted');
});

test('a verb joined inside the subject’s own أنها clause continues the subject', () => {
  hasTriple('وأعلنت مصر أنها ستقدم مساعدات للعراق وستدعم الأردن.', 'SUPPORT EGY>JOR future');
  lacksTriple('وأعلنت مصر أنها ستقدم مساعدات للعراق وستدعم الأردن.', 'SUPPORT JOR>- future');
  // the pronoun after an object is the object's: its clause is not the subject's
  lacksTriple('واتهمت مصر تركيا بأنها تدعم الإرهاب وتهاجم العراق.', 'ASSAULT EGY>IRQ asserted');
});
