/**
 * The event stage's word lists (data/events/grammar.json, compiled by buildEventGrammar in src/events/lexicon.ts):
 * the file parses, every section is described and non-empty, words are normalized and expanded as the stage compares
 * them, and a malformed section is a clear RASD_E008 that names the file and the section.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EVENT_GRAMMAR_SECTIONS, buildEventGrammar, compileLexicon, type CameoTable, type EventLexiconData } from './lexicon.ts';
import { createEventStage } from './stage.ts';
import { RasdError } from '../core/errors.ts';
import { normalize } from '../text/normalize.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/events/${name}`, import.meta.url), 'utf8'));
const grammarJson = read('grammar.json');
const grammar = buildEventGrammar(grammarJson);
const n = (s: string) => normalize(s);
const size = (x: Set<string> | Map<string, unknown> | unknown[]) => (Array.isArray(x) ? x.length : x.size);

test('grammar.json parses and every section the stage reads is there, described and non-empty', () => {
  assert.equal(typeof grammarJson.$comment, 'string');
  for (const name of Object.keys(EVENT_GRAMMAR_SECTIONS) as Array<keyof typeof EVENT_GRAMMAR_SECTIONS>) {
    const section = grammarJson[name];
    assert.ok(section, `${name} is in grammar.json`);
    assert.equal(typeof section.$comment, 'string', `${name} says what it is`);
    assert.match(section.$comment, /src\/events\/stage\.ts/, `${name} says which rule reads it`);
    assert.ok(size(grammar[name]) > 0, `${name} is non-empty`);
  }
});

test('words are normalized, and stems, definite nouns, light verbs and phrases expanded as the stage compares them', () => {
  assert.ok(grammar.delegation.has(n('الوفد')) && grammar.dayNames.has('الاحد') && !grammar.dayNames.has('الأحد'), 'normalized: أ → ا');
  assert.ok(grammar.mannerAdjectives.has(n('الجوية')) && grammar.mannerAdjectives.has(n('عسكريا')) && grammar.mannerAdjectives.has(n('صاروخي')));
  assert.ok(grammar.forceHeads.has(n('القوات')) && grammar.forceHeads.has(n('قوات')), 'definite nouns also without the article');
  for (const w of ['شن', 'شنت', 'شنو', 'يشن', 'تشنو', 'تبنا', 'تبنت', 'تبنو', 'يتبنا']) assert.ok(grammar.lightVerbs.has(n(w)), w);
  assert.ok(!grammar.lightVerbs.has(n('تبنى')), 'a defective verb is written with ا before a pronoun (تبناه)');
  assert.deepEqual(grammar.approximations[0], ['ما', 'لا', 'يقل', 'عن'].map(n));
  assert.equal(grammar.institutionWords.get(n('شرطة')), 'COP');
  assert.equal(grammar.institutionNames.get(n('قوات الأمن')), 'COP');
  assert.ok(grammar.undergoVerbs.has(n('تعرضت')) && grammar.joinVerbs.has('انضموا') && !grammar.joinVerbs.has('ضم'));
  // (events39) frames: a preposition → every conjugated form of the verbs that take it.
  const an = grammar.prepFrames.get(n('عن'))!;
  for (const w of ['أعرب', 'أعربت', 'أعربوا', 'يعرب', 'تعربان', 'أفرجت', 'تخلت', 'يدافعون']) assert.ok(an.has(n(w)), w);
  assert.ok(!an.has(n('نشر')) && !an.has(n('تحدث')), 'a verb of speech or deployment takes no عن of its own');
  assert.ok(grammar.topicPreps.has(n('بشأن')) && grammar.topicPreps.has(n('عن')));
});

const broken = (edit: (g: Record<string, any>) => void): unknown => {
  const g = structuredClone(grammarJson);
  edit(g);
  return g;
};
const rejects = (g: unknown, message: RegExp) =>
  assert.throws(() => buildEventGrammar(g), (err: unknown) => err instanceof RasdError && err.code === 'RASD_E008' && message.test(err.message));

test('a malformed grammar section is a clear RASD_E008 naming the file and the section', () => {
  assert.doesNotThrow(() => buildEventGrammar(grammarJson));
  rejects(broken((g) => delete g.delegation), /events\/grammar\.json: section "delegation" is missing/);
  rejects(broken((g) => (g.delegation.words = [])), /section "delegation" has no words/);
  rejects(broken((g) => (g.delegation.words = 'وفد')), /section "delegation" has no words/);
  rejects(broken((g) => g.delegation.words.push(3)), /section "delegation" has an entry that is not a non-empty string/);
  rejects(broken((g) => (g.delegation.compare = 'raw')), /section "delegation" must say "compare": "normalized"/);
  rejects(broken((g) => (g.approximations.phrases = [])), /section "approximations" has no phrases/);
  rejects(broken((g) => g.forceHeads.words.push('قوات')), /section "forceHeads": "قوات" does not open with the article/);
  rejects(broken((g) => g.lightVerbs.verbs.push(['شن'])), /section "lightVerbs" has a verb that is not \[past, present\.\.\.\]/);
  rejects(broken((g) => (g.institutionWords.codes = {})), /section "institutionWords" has no "codes"/);
  rejects(broken((g) => (g.institutionWords.codes['شرطة'] = 'police')), /section "institutionWords": "شرطة" maps to "police"/);
  rejects(broken((g) => (g.prepFrames.frames = {})), /section "prepFrames" has no "frames"/);
  rejects(broken((g) => g.prepFrames.frames['عن'].push(['أعرب'])), /section "prepFrames": "عن" has a verb that is not \[past, present\]/);
  rejects(broken((g) => (g.delegatoin = { compare: 'normalized', words: ['وفد'] })), /unknown section "delegatoin"/);
  rejects([], /events\/grammar\.json: is not a JSON object/);
});

test('the stage refuses a lexicon compiled without grammar.json, with RASD_E008', () => {
  const lexicon = read('lexicon.json') as EventLexiconData;
  const cameo = read('cameo.json') as CameoTable;
  assert.throws(() => createEventStage(compileLexicon(lexicon, cameo), cameo), (err: unknown) => err instanceof RasdError && err.code === 'RASD_E008' && /grammar\.json/.test(err.message));
  assert.ok(compileLexicon(lexicon, cameo, grammarJson).grammar?.delegation.size);
});
