/**
 * The fallback of branch events20 (fallbackArgs in src/events/stage.ts): a side for an active event verb whose other side
 * the argument rules did not find, with `standing: 'fallback'` on its events. Sentences written for these tests, entities
 * from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { entitiesFromSurfaces, type SurfaceSpec } from './standin.ts';
import { ALL, segmenter, stage } from './test-kit.ts';

const EGYCOP: SurfaceSpec = { id: 'egycop', type: 'ORG', name: 'الشرطة المصرية', country: 'EGY', actor: 'EGYCOP', surfaces: ['الشرطة المصرية'] };
const PUTIN: SurfaceSpec = { id: 'putin', type: 'PER', name: 'بوتين', country: 'RUS', actor: 'RUSGOV', surfaces: ['بوتين'] };

/** "PLOVER CAMEO SOURCE>TARGET modality standing" for each event of the sentence (sides by entity id or actor code). */
function coded(text: string): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, [...ALL, EGYCOP, PUTIN]);
  const events = stage.run(doc, { entities });
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  return events.map((e) => `${e.plover} ${e.cameo} ${e.source ?? e.sourceActor}>${e.target ?? e.targetActor} ${e.modality} ${e.standing ?? 'rule'}`);
}

test("an organ's arrest or detention with no object named is a domestic act of its state, marked as a fallback", () => {
  assert.deepEqual(coded('واعتقلت الشرطة المصرية عشرات الأشخاص بتهمة التظاهر.'), ['COERCE 173 egycop>EGY asserted fallback']);
  assert.deepEqual(coded('وقال البيان إن الشرطة المصرية احتجزت ثلاثة رجال للاشتباه بهم.'), ['COERCE 173 egycop>EGY asserted fallback']);
});

test('أوقف (stop, suspend as often as arrest) gets no domestic reading', () => {
  assert.deepEqual(coded('وأوقفت الشرطة المصرية العمل بالقرار.'), []);
});

test('an object the rules found keeps the rule reading, with no fallback mark', () => {
  assert.deepEqual(coded('واعتقلت الشرطة المصرية الناشط التركي أمس.'), ['COERCE 173 egycop>tur asserted rule']);
});

test('the actor right after a verb-first subject is the object of a verb that takes one', () => {
  assert.deepEqual(coded('ودعت فرنسا بوتين لتوضيح تصريحاته في أقرب فرصة.'), ['REQUEST 100 fra>putin asserted fallback']);
});

test('no fallback side for a state that is only the bare subject of an act with no object (no domestic reading outside organs)', () => {
  assert.deepEqual(coded('واعتقلت مصر عشرات الأشخاص بتهمة التظاهر.'), []);
});

test('a civil organ named by an institution word and the demonym of a state coded bare (السلطات المصرية) is read as an organ; an army is not', () => {
  assert.deepEqual(coded('واعتقلت السلطات المصرية عشرات الأشخاص بتهمة التظاهر.'), ['COERCE 173 egy>EGY asserted fallback']);
  assert.deepEqual(coded('وقالت مصادر إن قوات الأمن المصرية احتجزت ثلاثة رجال.'), ['COERCE 173 egy>EGY asserted fallback']);
  assert.deepEqual(coded('واعتقل الجيش المصري عشرات الأشخاص.'), []);
});

test('no domestic reading when the object has a state of its own or another state is named after the verb', () => {
  // (events23) The French journalists are a side of their own now (a described civilian): an arrest of France's people, not a domestic one.
  assert.ok(!coded('واعتقلت الشرطة المصرية الصحفيين الفرنسيين.').some((t) => t.includes('>EGY')));
  assert.ok(!coded('واعتقلت الشرطة المصرية ثلاثة أشخاص قرب سفارة فرنسا.').some((t) => t.includes('>EGY')));
});

test('the domestic reading comes from the lexicon data (domesticFallback): its codes and the verbs it leaves out', async () => {
  const { resources } = await import('./test-kit.ts');
  const { normalize } = await import('../text/normalize.ts');
  assert.deepEqual(resources.eventLexicon.domesticCodes, ['173']);
  for (const w of ['أوقفت', 'يوقف', 'أوقفوا']) assert.ok(resources.eventLexicon.domesticNotForms.has(normalize(w)), w);
  assert.ok(!resources.eventLexicon.domesticNotForms.has(normalize('اعتقلت')));
});
