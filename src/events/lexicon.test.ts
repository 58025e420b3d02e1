/**
 * The event lexicon loader (src/events/lexicon.ts): verb conjugation, noun variants and the checks compileLexicon
 * makes, on words written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLexicon, conjugate, nounVariants, type CameoTable, type EventLexiconData } from './lexicon.ts';
import { normalize } from '../text/normalize.ts';
import { resources } from './test-kit.ts';

const forms = (past: string, present: string) => new Set(conjugate(past, present).map((f) => f.form));
const n = (s: string) => normalize(s);

test('conjugate: past and present for person, gender and number, duals marked', () => {
  const f = forms('اتهم', 'يتهم');
  for (const w of ['اتهم', 'اتهمت', 'اتهموا', 'اتهما', 'اتهمتا', 'يتهم', 'تتهم', 'يتهمون', 'تتهمان']) assert.ok(f.has(n(w)), w);
  const duals = conjugate('اتهم', 'يتهم').filter((x) => x.dual).map((x) => x.form);
  assert.ok(duals.includes(n('اتهما')) && !duals.includes(n('اتهموا')));
});

test('conjugate: a defective verb (التقى، نفى) and its jussive', () => {
  const f = forms('التقى', 'يلتقي');
  for (const w of ['التقى', 'التقت', 'التقوا', 'التقيا', 'يلتقي', 'يلتق', 'يلتقون']) assert.ok(f.has(n(w)), w);
});

test('conjugate: object pronouns that change the spelling (التقاه، نفاه، اتهموه), never the bare stem', () => {
  for (const w of ['التقاه', 'التقاها', 'التقاهم']) assert.ok(forms('التقى', 'يلتقي').has(n(w)), w);
  assert.ok(forms('نفى', 'ينفي').has(n('نفاه')));
  for (const w of ['اتهموه', 'اتهموها', 'اتهموهم']) assert.ok(forms('اتهم', 'يتهم').has(n(w)), w);
  // أبدى + ه is أبداه, but أبدا alone is the adverb "never".
  assert.ok(forms('أبدى', 'يبدي').has(n('أبداه')));
  assert.ok(!forms('أبدى', 'يبدي').has(n('أبدا')));
  // A defective verb in و keeps its plural with the pronoun out: دعوه is the noun دعوة once normalized.
  assert.ok(!forms('دعا', 'يدعو').has(n('دعوه')));
});

test('nounVariants: tanween alef, and the construct, dual and plural of a ة noun', () => {
  const v = new Set(nounVariants('إصابة'));
  for (const w of ['إصابة', 'إصابت', 'إصابات', 'إصابتين']) assert.ok(v.has(n(w)), w);
});

test('compileLexicon: an entry with a CAMEO code missing from cameo.json is refused', () => {
  const cameo: CameoTable = { codes: { '040': { label: 'Consult', goldstein: 1, quadClass: 1 } } };
  const data = (code: string): EventLexiconData => ({
    entries: [{ id: 'x', verbs: [['التقى', 'يلتقي']], cameo: code, plover: 'CONSULT', target: ['direct'] }],
    bothSides: [],
    modality: { negation: [], future: [], futurePhrases: [], futureVerbs: [], futureAfter: [], intendedVerbs: [], intended: [], hypothetical: [], hypotheticalPhrases: [] },
    passiveMarkers: [],
    agentMarkers: [],
    locativePreps: [],
  });
  assert.ok(compileLexicon(data('040'), cameo).verbForms.has(n('التقت')));
  assert.throws(() => compileLexicon(data('202'), cameo), /202/);
});

test('the shipped lexicon: every code is in cameo.json, multiword nouns are patterns, forms are verb forms', () => {
  const lex = resources.eventLexicon;
  for (const e of lex.entries) assert.ok(lex.cameo.codes[e.cameo], `${e.id}: ${e.cameo}`);
  assert.ok(lex.nounSeqs.some((q) => q.entry.id === 'in-contact' && q.words.join(' ') === n('علي اتصال')));
  assert.ok(lex.verbForms.get(n('حضت'))?.some((v) => v.entry.id === 'urge'));
  // The noun سيطرتها (its control) is listed as no trigger.
  assert.ok(lex.nonTriggers.has(n('سيطرتها')));
});
