/**
 * (events35) The second side pass of the event stage (secondSide in src/events/stage.ts, levels in
 * src/events/side-fallback.ts): a side for a two-sided trigger whose rules found the other side only, with the level
 * that found it (`sideRule`) and `standing: 'fallback'` on the event. Sentences written for these tests; entities from
 * the stand-in surface finder, quotes made by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../core/analysis.ts';
import { createDoc } from '../core/document.ts';
import { entitiesFromSurfaces } from './standin.ts';
import { ALL, segmenter, stage } from './test-kit.ts';

/** "PLOVER SOURCE>TARGET modality standing/sideRule" for each event; `quote` (a substring of the text) is said by `speaker`. */
function coded(text: string, quote?: { text: string; speaker: string }): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, ALL);
  const quotes: Quote[] = [];
  if (quote) {
    const start = doc.text.indexOf(quote.text);
    assert.ok(start >= 0);
    const cue = doc.text.indexOf('قال');
    quotes.push({ speaker: quote.speaker, speakerText: null, cue: { start: cue, end: cue + 3, text: 'قال' }, via: null, direct: true, start, end: start + quote.text.length, text: quote.text });
  }
  const events = stage.run(doc, { entities, quotes });
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  const country = (id: string | null, actor: string | null) => entities.find((x) => x.id === id)?.country ?? actor?.slice(0, 3) ?? '-';
  return events.map((e) => `${e.plover} ${country(e.source, e.sourceActor)}>${country(e.target, e.targetActor)} ${e.modality} ${e.standing ?? 'rule'}${e.sideRule ? `/${e.sideRule}` : ''}`);
}

test('answered: a refusal with no object named answers the demand made of the refuser just before', () => {
  assert.ok(coded('ودعت مصر تركيا إلى الحوار. ورفضت أنقرة الدعوة.').includes('REJECT TUR>EGY asserted fallback/answered'));
  // in the same sentence, after the demand
  assert.ok(coded('وطالبت فرنسا العراق بالانسحاب، لكن بغداد رفضت ذلك.').includes('REJECT IRQ>FRA asserted fallback/answered'));
  // an accusation is answered too
  assert.ok(coded('واتهمت مصر تركيا بدعم الإرهاب. ورفضت أنقرة ذلك بشدة.').includes('REJECT TUR>EGY asserted fallback/answered'));
});

test('answered: not when the act before was done to another side, was of a kind one does not refuse, or lies too far back', () => {
  const other = coded('ودعت مصر العراق إلى الحوار. ورفضت أنقرة الدعوة.');
  assert.ok(!other.some((t) => t.startsWith('REJECT')), other.join('; '));
  const support = coded('وأيدت مصر تركيا في موقفها. ورفضت أنقرة الحديث عن الأزمة.');
  assert.ok(!support.some((t) => t.startsWith('REJECT')), support.join('; '));
  const far = coded('ودعت مصر تركيا إلى الحوار. وعقد البرلمان جلسة. وناقش النواب الميزانية. ورفضت أنقرة الدعوة.');
  assert.ok(!far.some((t) => t.startsWith('REJECT')), far.join('; '));
});

test('answered: not a refusal to comment, a denial of a report, or one resuming ما', () => {
  for (const text of [
    'ودعت مصر تركيا إلى الحوار. ورفضت أنقرة التعليق.',
    'واتهمت مصر تركيا بدعم الإرهاب. ونفت أنقرة التقرير.',
    'واتهمت مصر تركيا بدعم الإرهاب، وهو ما نفته أنقرة.',
  ]) {
    const got = coded(text);
    assert.ok(!got.some((t) => t.includes('answered')), `${text}: ${got.join('; ')}`);
  }
});

test('answered: a negated refusal answers the act too, with its modality', () => {
  assert.ok(coded('ودعت مصر تركيا إلى الحوار. ولم ترفض أنقرة الدعوة.').includes('REJECT TUR>EGY negated fallback/answered'));
});

test('answered: a refusal whose object the rules found keeps it, with no fallback mark', () => {
  const got = coded('ودعت مصر تركيا إلى الحوار. ورفضت أنقرة دعوة فرنسا.');
  assert.ok(got.includes('REJECT TUR>FRA asserted rule'), got.join('; '));
  assert.ok(!got.some((t) => t.includes('answered')), got.join('; '));
});

test('speaker-object: "us" as the object inside a quote is its speaker', () => {
  // the speaker is Egypt (the stand-in entity of المصري)
  const got = coded('وقال الرئيس المصري "إن تركيا تهددنا كل يوم".', { text: '"إن تركيا تهددنا كل يوم"', speaker: 'egy' });
  assert.ok(got.includes('THREATEN TUR>EGY asserted fallback/speaker-object'), got.join('; '));
  const prep = coded('وقال الرئيس المصري "إن تركيا تشن حربا ضدنا".', { text: '"إن تركيا تشن حربا ضدنا"', speaker: 'egy' });
  assert.ok(prep.some((t) => t.startsWith('ASSAULT TUR>EGY') && t.endsWith('fallback/speaker-object')), prep.join('; '));
});

test("speaker-object: a noun of the speaker's own state with ـنا as the object (بلادنا، أراضينا) is the speaker", () => {
  const got = coded('وقال الرئيس المصري "إن تركيا تهدد بلادنا".', { text: '"إن تركيا تهدد بلادنا"', speaker: 'egy' });
  assert.ok(got.some((t) => t.startsWith('THREATEN TUR>EGY') && t.endsWith('fallback/speaker-object')), got.join('; '));
  const prep = coded('وقال الرئيس المصري "إن تركيا شنت هجوما على أراضينا".', { text: '"إن تركيا شنت هجوما على أراضينا"', speaker: 'egy' });
  assert.ok(prep.some((t) => t.startsWith('ASSAULT TUR>EGY') && t.endsWith('fallback/speaker-object')), prep.join('; '));
  // not the noun right after a verb whose subject follows it: "يحارب جنودنا الإرهاب" is "our soldiers fight"
  const subject = coded('وقال الرئيس المصري "بينما يهاجم جنودنا القوات التركية".', { text: '"بينما يهاجم جنودنا القوات التركية"', speaker: 'egy' });
  assert.ok(!subject.some((t) => t.includes('speaker-object')), subject.join('; '));
  // not a noun of the speaker's state standing elsewhere in the clause (here the subject's own)
  const elsewhere = coded('وقال الرئيس المصري "إن تركيا تهدد مصالح العراق في بلادنا".', { text: '"إن تركيا تهدد مصالح العراق في بلادنا"', speaker: 'egy' });
  assert.ok(!elsewhere.some((t) => t.includes('speaker-object')), elsewhere.join('; '));
});

test('speaker-object: not outside a quote, not for a past verb with ـنا (we did), not for the speaker himself', () => {
  assert.deepEqual(coded('وقال الرئيس المصري إن تركيا تهددنا كل يوم.'), []);
  const past = coded('وقال الرئيس المصري "هددنا تركيا مرارا".', { text: '"هددنا تركيا مرارا"', speaker: 'egy' });
  assert.ok(!past.some((t) => t.includes('speaker-object')), past.join('; '));
  const self = coded('وقال الرئيس المصري "إن مصر تدعمنا".', { text: '"إن مصر تدعمنا"', speaker: 'egy' });
  assert.ok(!self.some((t) => t.includes('speaker-object')), self.join('; '));
});
