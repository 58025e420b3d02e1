/**
 * Branch events33: statements that are their speaker's act with no event verb, inside a quote whose speaker is an actor:
 * a duty laid on a named actor (على X أن، يجب على X أن) is the speaker's demand of X (REQUEST); an actor named responsible
 * for an act (إن X مسؤولة عن، X هي المسؤولة عن) is blamed by the speaker (ACCUSE). Sentences written for these tests,
 * entities from the stand-in surface finder, the quote given as the quote stage would give it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { ALL, segmenter, stage, state } from './test-kit.ts';
import { entitiesFromSurfaces, type SurfaceSpec } from './standin.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['البريطاني', 'البريطانية']);
const ZARIF: SurfaceSpec = { id: 'zarif', type: 'PER', name: 'محمد جواد ظريف', country: 'IRN', actor: 'IRNGOV', surfaces: ['محمد جواد ظريف', 'ظريف'] };
const SENATOR: SurfaceSpec = { id: 'senator', type: 'PER', name: 'السيناتور', country: 'USA', actor: 'USALEG', surfaces: ['السيناتور'] };
const TRUMP: SurfaceSpec = { id: 'trump', type: 'PER', name: 'ترامب', country: 'USA', actor: 'USAGOV', surfaces: ['ترامب'] };
const MAY: SurfaceSpec = { id: 'may', type: 'PER', name: 'تيريزا ماي', country: 'GBR', actor: 'GBRGOV', surfaces: ['تيريزا ماي', 'ماي'] };

/** The triples of a text whose body after " إن " (or its first quote mark) is a quote of the speaker; `quoted` false: no quote at all. */
function quotedTriples(text: string, speaker: SurfaceSpec, quoted = true): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, [...ALL, IRN, USA, RUS, GBR, TRUMP, speaker]);
  const who = entities.find((e) => e.id === speaker.id)!;
  const start = text.indexOf(' إن ') >= 0 ? text.indexOf(' إن ') + 1 : text.indexOf('"');
  const quotes = quoted ? ([{ start, end: text.length, text: text.slice(start), speaker: who.id }] as never) : ([] as never);
  const events = stage.run(doc, { entities, quotes });
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  const country = (id: string | null) => entities.find((e) => e.id === id)?.country ?? '-';
  return [...new Set(events.map((e) => `${e.plover} ${country(e.source)}>${country(e.target)} ${e.modality}`))].sort();
}

test('a duty laid on a named actor in a quote is the speaker\'s demand of it', () => {
  assert.ok(quotedTriples('وقال ظريف إن على الولايات المتحدة أن تعود إلى الاتفاق.', ZARIF).includes('REQUEST IRN>USA asserted'));
  assert.ok(quotedTriples('وقالت ماي: "يجب على روسيا أن تقدم تفسيرا لما حدث".', MAY).includes('REQUEST GBR>RUS asserted'));
  assert.ok(quotedTriples('وأضاف ظريف: "على هذه الولايات المتحدة أن تفهم الرسالة".', ZARIF).includes('REQUEST IRN>USA asserted'));
});

test('no demand when the actor is not the duty\'s addressee, when negated, or outside a quote', () => {
  // the actor is inside the duty, not the one it is laid on
  assert.ok(!quotedTriples('وقال ظريف إن على الجميع أن يرفضوا سياسة الولايات المتحدة.', ZARIF).some((t) => t.startsWith('REQUEST')));
  // على after a verb is its preposition
  assert.ok(!quotedTriples('وقال ظريف إن طهران حصلت على روسيا أن تتعاون.', ZARIF).some((t) => t.startsWith('REQUEST IRN>RUS')));
  assert.ok(!quotedTriples('وقالت ماي: "ليس على روسيا أن تقدم تفسيرا".', MAY).some((t) => t.startsWith('REQUEST')));
  // a duty laid on one's own state is domestic advice
  assert.ok(!quotedTriples('وقال السيناتور إن على ترامب أن يطالب بالتزامات أقوى.', SENATOR).some((t) => t.startsWith('REQUEST')));
  // a duty not met in the past is a reproach, not a demand
  assert.ok(!quotedTriples('وقال ظريف إنه كان ينبغي على الولايات المتحدة أن تبقى في الاتفاق.', ZARIF).some((t) => t.startsWith('REQUEST')));
  assert.ok(!quotedTriples('وقال ظريف إن على الولايات المتحدة أن تعود إلى الاتفاق.', ZARIF, false).some((t) => t.startsWith('REQUEST')));
});

test('an actor named responsible for an act in a quote is blamed by the speaker', () => {
  assert.ok(quotedTriples('وقالت ماي إن روسيا مسؤولة عن الهجوم على الجاسوس السابق.', MAY).includes('ACCUSE GBR>RUS asserted'));
  assert.ok(quotedTriples('وقال ظريف: "الولايات المتحدة هي المسؤولة الأولى عن التصعيد في المنطقة".', ZARIF).includes('ACCUSE IRN>USA asserted'));
});

test('no blame for a charge held, for an actor inside a phrase, or outside a quote', () => {
  // responsible for security: a charge, not blame
  assert.ok(!quotedTriples('وقال ظريف إن إيران والولايات المتحدة مسؤولة عن أمن المنطقة.', ZARIF).some((t) => t.startsWith('ACCUSE IRN>USA')));
  assert.ok(!quotedTriples('وقالت ماي إن روسيا مسؤولة عن حماية المدنيين.', MAY).some((t) => t.startsWith('ACCUSE')));
  assert.ok(!quotedTriples('وقالت ماي إن روسيا مسؤولة مسؤولية مباشرة عن سلامتهم.', MAY).some((t) => t.startsWith('ACCUSE')));
  // a share, not blame
  assert.ok(!quotedTriples('وقالت ماي إن روسيا مسؤولة عن نحو 40 في المئة من واردات الغاز.', MAY).some((t) => t.startsWith('ACCUSE')));
  // the actor is a genitive, not the clause's subject
  assert.ok(!quotedTriples('وقالت ماي إن سفير روسيا مسؤول عن الاتصالات.', MAY).some((t) => t.startsWith('ACCUSE')));
  assert.ok(!quotedTriples('وقالت ماي إن روسيا مسؤولة عن الهجوم على الجاسوس السابق.', MAY, false).some((t) => t.startsWith('ACCUSE')));
});

test('blame or a demand under a condition is hypothetical', () => {
  assert.ok(quotedTriples('وقالت ماي إن بريطانيا سترد بقوة إذا أكدت الأدلة أن روسيا مسؤولة عن محاولة القتل.', MAY).includes('ACCUSE GBR>RUS hypothetical'));
  assert.ok(!quotedTriples('وقالت ماي إن بريطانيا سترد بقوة إذا أكدت الأدلة أن روسيا مسؤولة عن محاولة القتل.', MAY).includes('ACCUSE GBR>RUS asserted'));
});
