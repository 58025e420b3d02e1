import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../text/clitics.ts';
import { parseConll } from './conll.ts';
import { compileLexicon, parseClusters, type FeatureResources } from './features.ts';
import { NUM_TAGS, TAGS, allowed, applyConstraints, decodeModel, encodeModel, viterbi, type FeatureConfig } from './model.ts';
import { createTagger } from './tagger.ts';
import { seededRandom, trainPerceptron } from './train.ts';
import { trainStacked } from './stack-train.ts';

const T = NUM_TAGS;

/** The best path by enumeration, with the second-order score (the reference for the decoder). */
function bruteForce(emit: Float32Array, n: number, trans: Float32Array, trans2: Float32Array): { tags: number[]; score: number } {
  let best = { tags: [] as number[], score: -Infinity };
  const tags = new Array<number>(n).fill(0);
  const visit = (i: number, acc: number) => {
    if (acc === -Infinity) return;
    if (i === n) {
      if (acc > best.score) best = { tags: tags.slice(), score: acc };
      return;
    }
    for (let c = 0; c < T; c++) {
      tags[i] = c;
      const b = i > 0 ? tags[i - 1]! : T;
      let s = acc + trans[b * T + c]! + emit[i * T + c]!;
      if (i > 0) s += trans2[((i > 1 ? tags[i - 2]! : T) * T + tags[i - 1]!) * T + c]!;
      visit(i + 1, s);
    }
  };
  visit(0, 0);
  return best;
}

test('the second-order decoder finds the best path under the triple weights and the BIO constraints', () => {
  const random = seededRandom(5);
  for (let trial = 0; trial < 40; trial++) {
    const trans = new Float32Array((T + 1) * T).map(() => random() * 4 - 2);
    applyConstraints(trans);
    const trans2 = new Float32Array((T + 1) * T * T).map(() => random() * 6 - 3);
    const n = 1 + Math.floor(random() * 4);
    const emit = new Float32Array(n * T).map((_, k) => random() * 6 + (TAGS[k % T]!.startsWith('I-') ? 3 : 0));
    const out = new Int32Array(n);
    viterbi(emit, n, trans, out, 0, trans2);
    const ref = bruteForce(emit, n, trans, trans2);
    for (let i = 0; i < n; i++) assert.ok(allowed(i > 0 ? out[i - 1]! : -1, out[i]!));
    assert.deepEqual(Array.from(out), ref.tags, `trial ${trial}: ${Array.from(out, (t) => TAGS[t]).join(' ')} against ${ref.tags.map((t) => TAGS[t]).join(' ')}`);
  }
});

test('with zero triple weights the second-order decoder gives the first-order path', () => {
  const random = seededRandom(9);
  const trans = new Float32Array((T + 1) * T).map(() => random() * 4 - 2);
  applyConstraints(trans);
  const zero = new Float32Array((T + 1) * T * T);
  for (let trial = 0; trial < 50; trial++) {
    const n = 1 + Math.floor(random() * 20);
    const emit = new Float32Array(n * T).map(() => random() * 8);
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    viterbi(emit, n, trans, a);
    viterbi(emit, n, trans, b, 0, zero);
    assert.deepEqual(Array.from(b), Array.from(a));
  }
});

const FIXTURE = `
استقبل O
المدير O
ناصر B-PERS
حمدي I-PERS
عواد I-PERS
في O
قرية O
سمرا B-LOC
. O

وقال O
ناصر B-PERS
حمدي I-PERS
عواد I-PERS
إن O
هيئة B-ORG
المياه I-ORG
تعمل O
. O

زار O
المدير O
فادي B-PERS
رشيد I-PERS
قرية O
سمرا B-LOC
. O
`;

function resources(): FeatureResources {
  return {
    segment: createSegmenter(new Map([['سمرا', 3]])),
    lexicon: compileLexicon({ triggers: { person: ['المدير'], org: ['هيئة'], loc: ['قرية'] }, cities: ['سمرا'] }),
    clusters: parseClusters('# test\nناصر\t3\tT4F0O0L0A0\nفادي\t3\tT3F0O0L0A0\n'),
  };
}
const FEATURES: FeatureConfig = { gazetteers: true, triggers: true, clusters: true, conjunctions: true, order2: true };

test('a second-order model learns the fixture, keeps its triple weights through the model file, and stacks (both passes second-order)', () => {
  const data = parseConll(FIXTURE);
  const errors: number[] = [];
  const model = trainPerceptron(data, resources(), { epochs: 10, seed: 3, features: FEATURES, onEpoch: (_e, _m, err) => errors.push(err) });
  assert.equal(errors.at(-1), 0, `training errors per epoch: ${errors.join(', ')}`);
  assert.equal(model.transitions2?.length, (T + 1) * T * T);
  assert.ok(model.transitions2!.some((x) => x !== 0));
  const back = decodeModel(encodeModel(model));
  assert.ok(back.transitions2);
  for (let i = 0; i < back.transitions2!.length; i++) assert.ok(Math.abs(back.transitions2![i]! - model.transitions2![i]!) < 1e-4);
  const tagger = createTagger(back, resources());
  for (const s of data) assert.deepEqual(tagger.tag(s.words), s.tags);
  const first = trainPerceptron(data, resources(), { epochs: 10, seed: 3, features: { ...FEATURES, order2: false } });
  assert.equal(first.transitions2, undefined);
  const stacked = trainStacked([...data, ...data], resources(), { epochs: 8, firstEpochs: 8, folds: 2, seed: 3, features: FEATURES });
  const decoded = decodeModel(encodeModel(stacked));
  assert.ok(decoded.transitions2 && decoded.first?.transitions2);
  // Both passes decode with their triples; the file gives the same tags as the model in memory.
  const words = data.map((s) => s.words);
  assert.deepEqual(createTagger(decoded, resources()).tagDocument(words), createTagger(stacked, resources()).tagDocument(words));
});
