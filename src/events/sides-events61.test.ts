/**
 * (events61) The subject of a verb-first trigger given by a construct phrase: a title or body word right after the verb
 * (lexicon actorHeads), indefinite construct nouns after it, and the named actor that closes the chain (its genitive)
 * says whose the subject is (constructSubjectAfter in src/events/stage.ts). A definite word in the chain ends it: the
 * actor after it is then the object, never the subject. Sentences written for these tests; entities from the stand-in
 * surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasTriple, triples } from './test-kit.ts';

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
