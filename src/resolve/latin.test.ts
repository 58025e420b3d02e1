import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../core/document.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { withoutGluedLatin } from './latin.ts';
import { acronymRuns, overAcronyms } from './acronyms.ts';
import { mentionOver as span } from './span-test-kit.ts';

const segmenter = createSegmenter(loadResources().wordFrequencies);
const docOf = (text: string): Doc => createDoc({ text, date: '2018-01-01' }, segmenter);

const knownLatin = (t: string) => ['CNN', 'PKK'].includes(t);

test('a known Latin name at the end of a span is cut off; at its start the span goes', () => {
  const a = docOf('وقال حزب العمال الكردستاني PKK إن الهجوم فشل.');
  assert.equal(withoutGluedLatin(a, span(a, 'حزب العمال الكردستاني PKK'), knownLatin)?.text, 'حزب العمال الكردستاني');
  const b = docOf('وبثت CNN بالعربية التقرير أمس.');
  assert.equal(withoutGluedLatin(b, span(b, 'CNN بالعربية', 'LOC'), knownLatin), null);
  // An unknown Latin word stays in the span (قناة "MTV" اللبنانية is a name written so).
  const c = docOf('وقالت قناة MTV اللبنانية إن الحادث وقع ليلا.');
  assert.equal(withoutGluedLatin(c, span(c, 'قناة MTV اللبنانية'), knownLatin)?.text, 'قناة MTV اللبنانية');
});

test('a proclitic written apart before a Latin word ends the name before it', () => {
  const a = docOf('وقال سامر أبو عيسى ل CNN إن القصف استمر.');
  assert.equal(withoutGluedLatin(a, span(a, 'سامر أبو عيسى ل CNN', 'PER'), knownLatin)?.text, 'سامر أبو عيسى');
  const b = docOf('وقال سامر أبو عيسى لـ Sky إن القصف استمر.');
  assert.equal(withoutGluedLatin(b, span(b, 'سامر أبو عيسى لـ Sky', 'PER'), knownLatin)?.text, 'سامر أبو عيسى');
});

test('a Latin run followed by a word with a proclitic ends there', () => {
  const a = docOf('وقال برنامج Night Talk بقناة الحرة إن الضيف غاب.');
  assert.equal(withoutGluedLatin(a, span(a, 'Night Talk بقناة الحرة'), knownLatin)?.text, 'Night Talk');
});

test('acronym runs: letters spelled out, function words at the ends left out, hyphened pieces left alone', () => {
  const known = () => false;
  const a = docOf('وقال في بي بي سي إن قناة إم بي سي أخطأت.');
  assert.deepEqual(acronymRuns(a, known).map((r) => r.latin), ['BBC', 'MBC']);
  const b = docOf('ودراسة أي بي-إن أو آر سي أظهرت ذلك.');
  assert.deepEqual(acronymRuns(b, known), []);
  // A span over part of a run takes all of it in; two pieces of one run are one span.
  const c = docOf('ظهرت سيارة بي إم دبليو في المعرض.');
  const runs = acronymRuns(c, known);
  const out = overAcronyms(c, [span(c, 'بي إم', 'ORG'), span(c, 'دبليو', 'PER')], runs, known);
  assert.deepEqual(out.map((m) => m.text), ['بي إم دبليو']);
  assert.equal(c.text.slice(out[0]!.start, out[0]!.end), out[0]!.text);
});

test('a run whose first letter name carries a proclitic starts after it, and a span before it ends there', () => {
  const known = () => false;
  const a = docOf('وقالت سوزان لبي بي سي إن الفرصة جاءت.');
  const runs = acronymRuns(a, known);
  assert.deepEqual(runs.map((r) => [r.latin, a.text.slice(r.start, r.end)]), [['BBC', 'بي بي سي']]);
  const out = overAcronyms(a, [span(a, 'سوزان لبي بي سي', 'PER')], runs, known);
  assert.deepEqual(out.map((m) => m.text), ['سوزان']);
  // A function word with a proclitic (باي "bye", وفي "and in") starts no run.
  assert.deepEqual(acronymRuns(docOf('ورفعوا لافتة باي بي بي أمس.'), known).map((r) => r.latin), ['BB']);
  assert.deepEqual(acronymRuns(docOf('وفي بي بي سي قالوا ذلك.'), known).map((r) => r.latin), ['BBC']);
});
