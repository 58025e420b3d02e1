/**
 * (events61) Sides checked against the clause (src/events/stage.ts):
 * - the subject of a verb-first trigger given by a construct phrase: a title or body word right after the verb
 *   (lexicon actorHeads), indefinite construct nouns after it, and the named actor that closes the chain (its genitive)
 *   says whose the subject is (constructSubjectAfter). A definite word in the chain ends it: the actor after it is then
 *   the object, never the subject;
 * - a verb's direct object after a closed adjunct phrase (في/أمام/لدى + an actor: adjunctBefore), and a title word that
 *   closes another name ("مجلس الأمن") is no title of the name after it (namedEnd).
 * Sentences written for these tests; entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasTriple, lacksTriple, triples, UN } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';

const COUNCIL: SurfaceSpec = { id: 'unsc', type: 'ORG', name: 'مجلس الأمن', country: 'IGO', actor: 'IGOUNO', surfaces: ['مجلس الأمن'] };

test('the genitive actor of a construct subject after the verb is the source', () => {
  hasTriple('وطالب ممثل ادعاء تركيا بسجن الصحفي الفرنسي.', 'REQUEST TUR>FRA asserted');
  hasTriple('وانتقد نائب رئيس برلمان العراق قرار فرنسا.', 'ACCUSE IRQ>FRA asserted');
});

test('a definite word ends the chain: the actor after it is no subject', () => {
  const got = triples('وهدد رئيس الحكومة فرنسا بفرض عقوبات.');
  assert.ok(!got.some((t) => / FRA>/.test(t)), got.join('; '));
});

test('a noun that is no title or body word opens no construct subject', () => {
  const got = triples('وانتقد سياسة فرنسا في المنطقة.');
  assert.ok(!got.some((t) => / FRA>/.test(t)), got.join('; '));
});

test('a nisba adjective or a pronoun after the head ends the subject phrase', () => {
  for (const text of ['وانتقدت مصادر أمنية فرنسا.', 'وانتقد ممثلو حكومته فرنسا.']) {
    const got = triples(text);
    assert.ok(!got.some((t) => / FRA>/.test(t)), `${text}: ${got.join('; ')}`);
  }
});

test('the object after a closed adjunct phrase is the target', () => {
  hasTriple('واتهمت فرنسا في مجلس الأمن تركيا بخرق التزاماتها.', 'ACCUSE FRA>TUR asserted', { extra: [COUNCIL] });
  hasTriple('واتهمت فرنسا، في مجلس الأمن، تركيا بخرق التزاماتها.', 'ACCUSE FRA>TUR asserted', { extra: [COUNCIL] });
  hasTriple('ودعا العراق أمام الأمم المتحدة تركيا إلى سحب قواتها.', 'REQUEST IRQ>TUR asserted', { extra: [UN] });
});

test("the adjunct's own actor is no object", () => {
  lacksTriple('واتهمت فرنسا في مجلس الأمن بخرق التزاماتها.', 'ACCUSE FRA>IGO asserted', { extra: [COUNCIL] });
});
