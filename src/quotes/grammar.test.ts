import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadQuoteLexicon, quoteLexiconFrom } from '../resources/quotes.ts';
import { GRAMMAR_SECTIONS, cueKey } from './lexicon.ts';
import { RasdError } from '../core/errors.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/quotes/${name}`, import.meta.url), 'utf8'));
const cues = read('cues.json');
const grammar = read('grammar.json');
const lex = loadQuoteLexicon();

test('grammar.json parses and every section the stage reads is there, described and non-empty', () => {
  for (const name of [...Object.keys(GRAMMAR_SECTIONS), 'nounVerbs']) {
    const section = grammar[name];
    assert.ok(section, `${name} is in grammar.json`);
    assert.equal(typeof section.$comment, 'string', `${name} says what it is`);
    assert.ok(section.$comment.length > 40, `${name} says what it is`);
  }
  for (const name of Object.keys(GRAMMAR_SECTIONS) as Array<keyof typeof GRAMMAR_SECTIONS>) assert.ok(lex[name].size > 0, `${name} is non-empty`);
  assert.ok(lex.nounVerbs.size > 0);
});

test('key sections are normalized as the stage compares words, lemma and raw sections are kept as written', () => {
  assert.ok(lex.roleAdjectives.has(cueKey('الأعلى')));
  assert.ok(lex.definiteStatementNouns.has(cueKey('رسالة')));
  assert.ok(lex.publishedBy.has(cueKey('أصدرته')));
  assert.ok(lex.relays.has('نقل') && lex.asSaid.has('أعلن'), 'lemmas as cues.json writes them (with hamza)');
  assert.equal(lex.nounVerbs.get(cueKey('إعلان')), 'أعلن');
  assert.ok(lex.receivedVerbs.has('تلقى') && !lex.receivedVerbs.has('تلقي'), 'raw: no alif maqsura folding');
  // Each lemma section's words are cues of the lexicon's verbs.
  const lemmas = new Set([...lex.verbs.values()].map((v) => v.lemma));
  for (const name of ['describingVerbs', 'unambiguousSaying', 'speakingOn', 'relays', 'asSaid'] as const) for (const l of lex[name]) assert.ok(lemmas.has(l), `${name}: ${l}`);
});

const broken = (edit: (g: Record<string, any>) => void): unknown => {
  const g = structuredClone(grammar);
  edit(g);
  return g;
};
const rejects = (g: unknown, message: RegExp) =>
  assert.throws(() => quoteLexiconFrom(cues, g), (err: unknown) => err instanceof RasdError && err.code === 'RASD_E008' && message.test(err.message));

test('a malformed grammar section is a clear RASD_E008 naming the file and the section', () => {
  assert.doesNotThrow(() => quoteLexiconFrom(cues, grammar));
  rejects(broken((g) => delete g.rankWords), /grammar\.json: section "rankWords" is missing/);
  rejects(broken((g) => (g.rankWords.words = [])), /section "rankWords" has no words/);
  rejects(broken((g) => (g.rankWords.words = 'اول')), /section "rankWords" has no words/);
  rejects(broken((g) => g.rankWords.words.push(3)), /section "rankWords" has an entry that is not a non-empty string/);
  rejects(broken((g) => (g.rankWords.compare = 'lemma')), /section "rankWords" must say "compare": "key"/);
  rejects(broken((g) => g.relays.words.push('سافر')), /section "relays": "سافر" is no lemma/);
  rejects(broken((g) => (g.nounVerbs.map = {})), /section "nounVerbs" has no "map"/);
  rejects(broken((g) => (g.nounVerbs.map['بيان'] = 'بين_')), /section "nounVerbs": "بيان" maps to/);
  rejects(broken((g) => (g.rankWordz = { words: ['x'] })), /unknown section "rankWordz"/);
  rejects([], /grammar\.json: is not a JSON object/);
});
