import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../text/clitics.ts';
import { parseConll, repairBio } from './conll.ts';
import { FeatureExtractor, compileLexicon, encodeWordVectors, nameNgrams, nameScores, neighbourLookup, parseAutoLexicon, parseAutoSpans, parseAutoTriggers, parseClusters, parseEmbeddingClusters, parseNameNgrams, parseWordVectors, type FeatureResources } from './features.ts';
import { DEFAULT_FEATURES, NUM_TAGS, TAGS, allowed, applyConstraints, decodeModel, encodeModel, viterbi } from './model.ts';
import { chunks, scoreNer } from './score.ts';
import { createTagger } from './tagger.ts';
import { addDense, seededRandom, trainPerceptron } from './train.ts';
import { StackFeatureIds, flattenKeys, keyStatistics, stackFeatures } from './stack.ts';
import { trainStacked } from './stack-train.ts';

const FIXTURE = `
وصل O
الرئيس O
سامر B-PERS
نادري I-PERS
إلى O
مدينة O
زهران B-LOC
. O

قال O
سامر B-PERS
نادري I-PERS
إن O
شركة B-ORG
النخيل I-ORG
تعمل O
في O
زهران B-LOC
. O

التقى O
الوزير O
كريم B-PERS
سعدون I-PERS
مدير O
شركة B-ORG
النخيل I-ORG
في O
بلدة O
وادي B-LOC
الريح I-LOC
. O

وزار O
كريم B-PERS
سعدون I-PERS
وادي B-LOC
الريح I-LOC
أمس O
. O
`;

function tinyResources(): FeatureResources {
  return {
    segment: createSegmenter(new Map([['زهران', 5], ['سعدون', 4]])),
    lexicon: compileLexicon({ triggers: { person: ['الرئيس', 'الوزير'], org: ['شركة'], loc: ['مدينة', 'بلدة'] }, cities: ['زهران'] }),
    clusters: parseClusters('# test\nسامر\t17\tT4F0O0L0A0\nكريم\t17\tT3F0O0L0A0\n'),
    embeddings: parseEmbeddingClusters('# test\nسامر\t1234\nكريم\t1235\nزهران\t77\n'),
    nameNgrams: parseNameNgrams('# test\n^سا\t1.0\t-0.5\n^ال\t-1.0\t0.2\n'),
    autoLexicon: parseAutoLexicon('# test\nسعدون\t12\t9\t0\t1\t0\nزهران\t4\t0\t3\t0\t0\n'),
  };
}

test('corpus-derived word features: SVD clusters, name spelling, auto-lexicon', () => {
  assert.deepEqual(nameNgrams('ab'), ['a', 'b', '^a', 'ab', 'b$', '^ab', 'ab$']);
  const table = parseNameNgrams('# t\nون$\t1.5\t-0.5\n');
  const [person, place] = nameScores('سعدون', table);
  assert.ok(person > 0 && place < 0);
  assert.deepEqual(nameScores('كتاب', table), [0, 0]);
  const fx = new FeatureExtractor(tinyResources(), { ...DEFAULT_FEATURES, nameNgrams: true }, () => -1);
  // وسعدون: the lookups use the form without the proclitic.
  const self = fx.wordProperties('وسعدون').self;
  assert.ok(self.includes('axPERS=4') && self.includes('axORG=1') && self.includes('axm=PERS2'), self.join(' '));
  assert.ok(self.some((f) => f.startsWith('nmp=')));
  const sameer = fx.wordProperties('سامر');
  assert.ok(sameer.self.includes('e11=1234') && sameer.self.includes('e5=19') && sameer.near.includes('e9=308'), sameer.self.join(' '));
  assert.ok(fx.wordProperties('كتاب').self.includes('e=none'));
  // A model trained without these features does not compute them.
  const old = new FeatureExtractor(tinyResources(), { ...DEFAULT_FEATURES, embeddings: false, nameNgrams: false, autoLexicon: false }, () => -1);
  assert.ok(!old.wordProperties('وسعدون').self.some((f) => /^(e\d|e=|nm|ax)/.test(f)));
});

test('training on a small fixture converges and tags it', () => {
  const data = parseConll(FIXTURE);
  assert.equal(data.length, 4);
  const errors: number[] = [];
  const model = trainPerceptron(data, tinyResources(), { epochs: 10, seed: 7, features: DEFAULT_FEATURES, onEpoch: (_e, _m, err) => errors.push(err) });
  assert.equal(errors.at(-1), 0, `training errors per epoch: ${errors.join(', ')}`);
  assert.ok(errors[0]! > 0);
  const tagger = createTagger(decodeModel(encodeModel(model)), tinyResources());
  for (const s of data) assert.deepEqual(tagger.tag(s.words), s.tags);
});

test('training is reproducible with a fixed seed', () => {
  const data = parseConll(FIXTURE);
  const a = encodeModel(trainPerceptron(data, tinyResources(), { epochs: 3, seed: 3, features: DEFAULT_FEATURES, wordDropout: 0.3 }));
  const b = encodeModel(trainPerceptron(data, tinyResources(), { epochs: 3, seed: 3, features: DEFAULT_FEATURES, wordDropout: 0.3 }));
  assert.deepEqual(a, b);
});

test('decoding never emits I- without its B-', () => {
  const random = seededRandom(42);
  const trans = new Float32Array((NUM_TAGS + 1) * NUM_TAGS).map(() => random() * 4 - 2);
  applyConstraints(trans);
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(random() * 12);
    // Emissions that favour I- tags strongly: the constraints must still hold.
    const emit = new Float32Array(n * NUM_TAGS).map((_, k) => random() * 10 + (TAGS[k % NUM_TAGS]!.startsWith('I-') ? 5 : 0));
    const out = new Int32Array(n);
    viterbi(emit, n, trans, out);
    for (let i = 0; i < n; i++) assert.ok(allowed(i > 0 ? out[i - 1]! : -1, out[i]!), `${Array.from(out, (t) => TAGS[t]).join(' ')}`);
  }
});

test('the model file round-trips with quantized weights', () => {
  const model = trainPerceptron(parseConll(FIXTURE), tinyResources(), { epochs: 2, seed: 1, features: DEFAULT_FEATURES });
  const back = decodeModel(encodeModel(model));
  assert.equal(back.index.size, [...model.index.keys()].filter((k) => model.weights.subarray(model.index.get(k)! * NUM_TAGS, (model.index.get(k)! + 1) * NUM_TAGS).some((w) => w !== 0)).length);
  for (const [key, row] of back.index) {
    for (let t = 0; t < NUM_TAGS; t++) assert.ok(Math.abs(back.weights[row * NUM_TAGS + t]! - model.weights[model.index.get(key)! * NUM_TAGS + t]!) < 1e-2);
  }
  assert.throws(() => decodeModel(new TextEncoder().encode('not a model at all')));
});

test('entity scoring: known P/R/F1 on a hand-made pair', () => {
  // Gold: PERS(0-2), LOC(3), ORG(5-7), MISC(8). Predicted: PERS(0-2) right, LOC(3) right,
  // ORG cut short (5) wrong, MISC missed, a spurious LOC at 9.
  const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-MISC', 'O']];
  const pred = [['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'O', 'O', 'B-LOC']];
  const s = scoreNer(gold, pred);
  assert.equal(s.micro.correct, 2);
  assert.equal(s.micro.gold, 4);
  assert.equal(s.micro.predicted, 4);
  assert.equal(s.micro.precision, 0.5);
  assert.equal(s.micro.recall, 0.5);
  assert.equal(s.micro.f1, 0.5);
  assert.equal(s.types.LOC!.precision, 0.5);
  assert.equal(s.types.LOC!.recall, 1);
  assert.ok(Math.abs(s.types.LOC!.f1 - 2 / 3) < 1e-12);
  assert.equal(s.types.MISC!.f1, 0);
  assert.equal(s.confusion['ORG→boundary:ORG'], 1);
  assert.equal(s.confusion['MISC→missed'], 1);
  assert.equal(s.confusion['spurious→LOC'], 1);
});

test('chunks follow conlleval: an I- after O or another type opens an entity', () => {
  assert.deepEqual(chunks(['I-LOC', 'I-LOC', 'B-PERS', 'I-ORG', 'O']), [
    { type: 'LOC', start: 0, end: 2 },
    { type: 'PERS', start: 2, end: 3 },
    { type: 'ORG', start: 3, end: 4 },
  ]);
  assert.deepEqual(repairBio(['O', 'I-LOC', 'I-LOC', 'I-ORG']), ['O', 'B-LOC', 'I-LOC', 'B-ORG']);
});

test('two-column files without blank lines are cut after final punctuation', () => {
  const s = parseConll('سافر O\nخالد B-PERS\n. O\nوعاد O\nأمس O\n. O\n');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.words, ['سافر', 'خالد', '.']);
  assert.deepEqual(s[1]!.tags, ['O', 'O', 'O']);
});

test('lexicon: a word may be in several one-word lists; kb lists are marked', () => {
  const lex = compileLexicon({ triggers: {}, cities: ['زهران'], firstNames: ['سامر'], kb: { kbSurnames: ['زهران'], kbPeople: ['سامر نادري'] } });
  assert.deepEqual(lex.singles.get('زهران')?.map((e) => `${e.cls}:${e.kb}`), ['city:false', 'last:true']);
  assert.ok(lex.entries.get('سامر')?.some((e) => e.cls === 'person' && e.words.length === 2 && e.kb));
});

test('document consistency: a name tagged in one sentence lifts its other occurrences', () => {
  const data = parseConll(FIXTURE);
  const model = trainPerceptron(data, tinyResources(), { epochs: 10, seed: 7, features: DEFAULT_FEATURES });
  const tagger = createTagger(model, tinyResources());
  const doc = [['التقى', 'الوزير', 'كريم', 'جوهري', '.'], ['أمس', 'في', 'جوهري', '.']];
  const plain = tagger.tagDocument(doc, null);
  assert.equal(TAGS[plain[0]![2]!], 'B-PERS');
  const lifted = tagger.tagDocument(doc, { bonus: 1000, window: 5 });
  assert.equal(lifted.length, 2);
  assert.notEqual(TAGS[plain[1]![2]!], 'B-PERS', 'the fixture should need the second pass');
  assert.equal(TAGS[lifted[1]![2]!], 'B-PERS', `got ${Array.from(lifted[1]!, (t) => TAGS[t])} (first pass ${Array.from(plain[1]!, (t) => TAGS[t])})`);
  for (const tags of lifted) for (let i = 0; i < tags.length; i++) assert.ok(allowed(i > 0 ? tags[i - 1]! : -1, tags[i]!));
});

test('the CRF learner converges on the fixture and tags it', () => {
  const data = parseConll(FIXTURE);
  const model = trainPerceptron(data, tinyResources(), { epochs: 30, seed: 7, features: DEFAULT_FEATURES, learner: 'crf', rate: 0.3, l2: 0 });
  const tagger = createTagger(model, tinyResources());
  for (const s of data) assert.deepEqual(tagger.tag(s.words), s.tags);
});

test('stack features carry the first-pass labels and the document majority', () => {
  const B = TAGS.indexOf('B-PERS');
  const I = TAGS.indexOf('I-PERS');
  const first = [Int32Array.from([0, B, I, 0]), Int32Array.from([0, 0, 0])];
  const keys = [['قال', 'سامر', 'نادري', 'أمس'], ['وصل', 'نادري', 'أمس']];
  const f = stackFeatures(first, keys, 5);
  assert.ok(f[0]![1]!.includes('k0=B-PERS') && f[0]![1]!.includes('k1=I-PERS') && f[0]![1]!.includes('k-1=O'));
  // نادري alone in the second sentence: elsewhere it was inside a person name, never its start.
  assert.ok(f[1]![1]!.includes('dm=PERS'), f[1]![1]!.join(' '));
  assert.ok(f[1]![1]!.includes('dp=PERSI'));
  assert.ok(f[1]![1]!.includes('dmk=PERS|O'));
  assert.ok(f[0]![0]!.includes('dm=none'));
  // Out of the window: nothing from the other sentence.
  assert.ok(stackFeatures(first, keys, 0)[1]![1]!.includes('dm=none'));
});

test('a stacked model survives encoding and tags the fixture', () => {
  const data = parseConll(FIXTURE);
  const model = trainStacked([...data, ...data], tinyResources(), { epochs: 10, firstEpochs: 10, folds: 2, seed: 7, features: DEFAULT_FEATURES });
  assert.ok(model.first);
  const decoded = decodeModel(encodeModel(model));
  assert.equal(decoded.first?.index.size, decodeModel(encodeModel(model.first)).index.size);
  const tagger = createTagger(decoded, tinyResources());
  const tagged = tagger.tagDocument(data.map((s) => s.words));
  data.forEach((s, i) => assert.deepEqual(Array.from(tagged[i]!, (t) => TAGS[t]!), s.tags));
  assert.deepEqual(tagger.tag(data[0]!.words), data[0]!.tags);
});

test('document statistics match a direct count of the other occurrences', () => {
  const random = seededRandom(3);
  const words = ['سامر', 'نادري', 'أمس', 'و', 'قال'];
  for (let trial = 0; trial < 200; trial++) {
    const keys = Array.from({ length: 1 + Math.floor(random() * 8) }, () => Array.from({ length: Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]!));
    const doc = flattenKeys(keys);
    const tags = Int32Array.from({ length: doc.n }, () => Math.floor(random() * NUM_TAGS));
    const window = Math.floor(random() * 4);
    for (const excludeSentence of [false, true]) {
      const st = keyStatistics(doc, tags, window, excludeSentence);
      for (let g = 0; g < doc.n; g++) {
        const counts = new Array(5).fill(0);
        for (let h = 0; h < doc.n; h++) {
          if (doc.keys[g]! < 0 || doc.keys[h] !== doc.keys[g] || Math.abs(doc.sentence[h]! - doc.sentence[g]!) > window) continue;
          if (excludeSentence ? doc.sentence[h] === doc.sentence[g] : h === g) continue;
          counts[(tags[h]! + 1) >> 1]++;
        }
        assert.deepEqual(Array.from(st.counts.subarray(g * 5, g * 5 + 5)), counts);
      }
    }
  }
});

test('stack feature ids are the ids of the training strings', () => {
  const index = new Map<string, number>();
  const idOf = (f: string) => {
    if (!index.has(f)) index.set(f, index.size);
    return index.get(f)!;
  };
  const first = [Int32Array.from([0, 1, 2, 0]), Int32Array.from([0, 1, 0]), Int32Array.from([5])];
  const keys = [['قال', 'سامر', 'نادري', 'أمس'], ['وصل', 'نادري', 'أمس'], ['نادري']];
  const strings = stackFeatures(first, keys, 5);
  const table = new StackFeatureIds(idOf);
  const doc = flattenKeys(keys);
  const flat = Int32Array.from(first.flatMap((t) => Array.from(t)));
  const st = keyStatistics(doc, flat, 5, false);
  const out = new Int32Array(32);
  let from = 0;
  first.forEach((t, s) => {
    for (let i = 0; i < t.length; i++) {
      const n = table.token(flat, from, t.length, i, st, out);
      assert.deepEqual(Array.from(out.subarray(0, n)).sort(), strings[s]![i]!.map(idOf).sort());
    }
    from += t.length;
  });
});

test('cached sequence-feature ids and neighbour lookups equal the ids of their strings', () => {
  const res = tinyResources();
  const index = new Map<string, number>();
  const idOf = (f: string) => {
    if (!index.has(f)) index.set(f, index.size);
    return index.get(f)!;
  };
  const plain = new FeatureExtractor(res, DEFAULT_FEATURES, idOf);
  for (const s of parseConll(FIXTURE)) plain.sentence(s.words); // fills the index
  const frozen = (f: string) => index.get(f) ?? -1;
  const cached = new FeatureExtractor(res, DEFAULT_FEATURES, frozen, 100_000, { cacheSequenceFeatures: true, idOfAt: neighbourLookup(index) });
  for (const s of [...parseConll(FIXTURE), ...parseConll(FIXTURE)]) {
    const a = plain.sentence(s.words);
    const b = cached.sentenceView(s.words);
    assert.deepEqual(Array.from(b.offsets.subarray(0, s.words.length + 1)), Array.from(a.offsets));
    assert.deepEqual(Array.from(b.ids.subarray(0, a.ids.length)), Array.from(a.ids));
  }
});

test('dense SVD features: the vector file round-trips, training learns their weights and the tagger adds them as training did', () => {
  const words = ['سامر', 'كريم', 'زهران', 'الريح'];
  const raw = [0.9, -0.1, 0.2, 0.8, 0.1, -0.3, -0.5, 0.6, 0.1, 0, 0.7, -0.7];
  const vectors = parseWordVectors(encodeWordVectors(words, raw, 3));
  assert.equal(vectors.dims, 3);
  assert.equal(vectors.rows.get('زهران'), 2);
  assert.ok(Math.abs(vectors.data[2 * 3 + 1]! * vectors.scale - 0.6) < 0.01);
  const resources = { ...tinyResources(), vectors };
  const data = parseConll(FIXTURE);
  const features = { ...DEFAULT_FEATURES, dense: 2 };
  const model = trainPerceptron(data, resources, { epochs: 10, seed: 7, features });
  assert.equal(model.dense!.length, 5 * 3 * NUM_TAGS);
  assert.ok(model.dense!.some((x) => x !== 0));
  const back = decodeModel(encodeModel(model));
  assert.ok(back.dense && back.features.dense === 2);
  const tagger = createTagger(back, resources);
  for (const s of data) assert.deepEqual(tagger.tag(s.words), s.tags);
  // With the sparse weights zeroed, the tagger's scores are the dense ones that training computes (addDense).
  const denseOnly = { ...model, weights: new Float32Array(model.weights.length) };
  const vec = Float32Array.from(vectors.data, (x) => x * vectors.scale * 2);
  const sentence = ['وصل', 'كريم', 'إلى', 'زهران', 'الريح'];
  const emit = new Float64Array(sentence.length * NUM_TAGS);
  addDense({ vrows: Int32Array.from(sentence, (w) => vectors.rows.get(w) ?? -1) }, model.dense!, vec, 3, emit);
  const expected = new Int32Array(sentence.length);
  viterbi(emit, sentence.length, model.transitions, expected);
  assert.deepEqual(createTagger(denseOnly, resources).tagDocument([sentence], null)[0], expected);
  assert.ok(emit.some((x) => x !== 0));
  // A model trained without them reads no vectors.
  assert.deepEqual(createTagger(trainPerceptron(data, resources, { epochs: 2, seed: 1, features: DEFAULT_FEATURES }), resources).tag(sentence).length, sentence.length);
});

test('auto-spans: multi-word names of the context tagger become B/I features of their type', () => {
  const spans = parseAutoSpans('# t\nكريم سعدون\t9\t0\t1\t0\nوادي الريح\t0\t6\t0\t0\nسامر نادري\t2\t0\t2\t0\n');
  assert.equal(spans.get('كريم')![0]!.type, 'PERS');
  assert.equal(spans.get('سامر'), undefined); // no type with 60% of the tags
  const resources = { ...tinyResources(), autoSpans: spans };
  const seen: string[] = [];
  const fx = new FeatureExtractor(resources, { ...DEFAULT_FEATURES, autoSpans: true }, (f) => (seen.push(f), -1));
  fx.sentence(['وزار', 'كريم', 'سعدون', 'وادي', 'الريح']);
  for (const f of ['as=B-PERS', 'as=I-PERS', 'asb=I-PERS2', 'as=B-LOC', 'asb=B-LOC2', '-1as=PERS', '1as=LOC']) assert.ok(seen.includes(f), f);
  const off: string[] = [];
  new FeatureExtractor(resources, DEFAULT_FEATURES, (f) => (off.push(f), -1)).sentence(['كريم', 'سعدون']);
  assert.ok(!off.some((f) => f.includes('as=')));
});

test('learned triggers: a word that names often follow marks its neighbours', () => {
  const triggers = parseAutoTriggers('# t\nالحارس\t100\t70\t0\t2\t0\t0\t0\t0\t0\n');
  const resources = { ...tinyResources(), autoTriggers: triggers };
  const fx = new FeatureExtractor(resources, { ...DEFAULT_FEATURES, autoTriggers: true }, () => -1);
  const p = fx.wordProperties('الحارس');
  assert.ok(p.self.includes('tb=PERS3') && p.near.includes('tb=PERS3') && p.far.includes('tb=PERS3'), p.near.join(' '));
  assert.ok(!p.self.some((f) => f.startsWith('tb=ORG'))); // 2% of its occurrences: below the first bin
  const seen: string[] = [];
  new FeatureExtractor(resources, { ...DEFAULT_FEATURES, autoTriggers: true }, (f) => (seen.push(f), -1)).sentence(['قال', 'الحارس', 'كريم']);
  assert.ok(seen.includes('-1tb=PERS3') && seen.includes('2tb=PERS3'), seen.filter((f) => f.includes('tb=')).join(' '));
  assert.ok(!new FeatureExtractor(resources, DEFAULT_FEATURES, () => -1).wordProperties('الحارس').self.some((f) => f.startsWith('tb=')));
});

test('dense L2 (branch ner10): the real-valued weights shrink, the sparse ones and the tags do not depend on it', () => {
  const words = ['سامر', 'كريم', 'زهران', 'الريح'];
  const vectors = parseWordVectors(encodeWordVectors(words, [0.9, -0.1, 0.2, 0.8, 0.1, -0.3, -0.5, 0.6, 0.1, 0, 0.7, -0.7], 3));
  const resources = { ...tinyResources(), vectors };
  const data = parseConll(FIXTURE);
  const features = { ...DEFAULT_FEATURES, dense: 2 };
  const norm = (m: { dense?: Float32Array }) => m.dense!.reduce((a, x) => a + x * x, 0);
  const plain = trainPerceptron(data, resources, { epochs: 10, seed: 7, features });
  const shrunk = trainPerceptron(data, resources, { epochs: 10, seed: 7, features, denseL2: 0.5 });
  assert.ok(norm(shrunk) > 0);
  assert.ok(norm(shrunk) < norm(plain), `${norm(shrunk)} against ${norm(plain)}`);
  const tagger = createTagger(shrunk, resources);
  for (const s of data) assert.deepEqual(tagger.tag(s.words), s.tags);
  // Without dense features the option changes nothing.
  assert.deepEqual(
    encodeModel(trainPerceptron(data, resources, { epochs: 3, seed: 7, features: DEFAULT_FEATURES, denseL2: 0.5 })),
    encodeModel(trainPerceptron(data, resources, { epochs: 3, seed: 7, features: DEFAULT_FEATURES })),
  );
});
