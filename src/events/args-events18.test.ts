/**
 * Argument rules of branch events18 (passives with an agent phrase, a subject pronoun opening a sentence, pairs named
 * by a dual word): sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTriples, triples } from './test-kit.ts';

test('passive: the agent phrase after a charge is the doer, the subject the target', () => {
  expectTriples('واتهمت تركيا بدعم الإرهاب من قبل مصر.', ['ACCUSE EGY>TUR asserted']);
  assert.ok(!triples('واتهمت تركيا بدعم الإرهاب من قبل مصر.').includes('ACCUSE TUR>EGY asserted'));
  expectTriples('واتُّهمت تركيا بدعم الإرهاب من قبل مصر.', ['ACCUSE EGY>TUR asserted']);
});

test('passive: من جانب and بواسطة name the doer of a passive act', () => {
  expectTriples('وتم استهداف القوات التركية من جانب مصر.', ['ASSAULT EGY>TUR asserted']);
  expectTriples('وتم استهداف القوات التركية بواسطة الجيش العراقي.', ['ASSAULT IRQ>TUR asserted']);
});

test('passive: من جانب after an object noun of an active verb is no agent of the verb', () => {
  const got = triples('وأدانت الحكومة العراقية هذه الخطوة من جانب تركيا في بيان رسمي.');
  assert.ok(!got.includes('ACCUSE TUR>IRQ asserted'), got.join('; '));
});

test('passive: a vowelled form VIII or X passive takes من جانب as its doer (the bare verb does not)', () => {
  expectTriples('واُستُهدفت القوات التركية من جانب مصر.', ['ASSAULT EGY>TUR asserted']);
  expectTriples('واتُّهمت تركيا من جانب مصر.', ['ACCUSE EGY>TUR asserted']);
  assert.deepEqual(triples('واتهمت تركيا من جانب مصر.'), []);
});

test('pronoun subject: هو or هي opening a sentence stands for the subject of the sentence before', () => {
  expectTriples('وزار وزير الخارجية الفرنسي بغداد الأحد. وهو التقى الرئيس العراقي.', ['CONSULT FRA>IRQ asserted']);
  expectTriples('وانتقدت فرنسا الحكومة التركية بشدة. وهي اتهمت أنقرة بقمع المعارضة.', ['ACCUSE FRA>TUR asserted']);
  const got = triples('وقال الرئيس التركي إن مصر تدعم الإرهاب. وهو اتهم القاهرة بالتدخل في شؤون العراق.');
  assert.ok(got.includes('ACCUSE TUR>EGY asserted'), got.join('; '));
});

test('pronoun subject: a pronoun of the other gender is left alone', () => {
  expectTriples('وزار وزير الخارجية الفرنسي بغداد الأحد. وهو اتهم الحكومة العراقية بالتقصير.', ['ACCUSE FRA>IRQ asserted']);
  assert.ok(!triples('وزار وزير الخارجية الفرنسي بغداد الأحد. وهي اتهمت الحكومة العراقية بالتقصير.').includes('ACCUSE FRA>IRQ asserted'));
});

test('pairs: the two Koreas named by one dual word, both ways for symmetric acts', () => {
  expectTriples('واتفقت الكوريتان على إنهاء الحرب رسميا.', ['AGREE KOR>PRK asserted', 'AGREE PRK>KOR asserted']);
  expectTriples('وعقدت قمة تاريخية بين الكوريتين.', ['CONSULT KOR>PRK asserted', 'CONSULT PRK>KOR asserted']);
});

test('pairs: الطرفان after a sentence naming exactly two states is those two', () => {
  expectTriples('وتشهد العلاقات بين مصر وتركيا توترا منذ سنوات. وعقد الطرفان جولة من المفاوضات في العراق.', ['CONSULT EGY>TUR asserted', 'CONSULT TUR>EGY asserted']);
});

test('pairs: no pair when three states were named before the word', () => {
  const got = triples('وتشهد العلاقات بين مصر وتركيا والأردن توترا منذ سنوات. وعقد الطرفان جولة من المفاوضات.');
  assert.deepEqual(got.filter((t) => t.startsWith('CONSULT')), []);
});
