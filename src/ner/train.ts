/**
 * Training: a structured perceptron with weight averaging (Collins 2002)
 * over the features of features.ts, decoded by the same constrained Viterbi
 * the tagger uses. Deterministic: sentences are shuffled each epoch by a
 * seeded generator.
 */
import { FeatureExtractor, type FeatureResources } from './features.ts';
import { NUM_TAGS, TAG_INDEX, applyConstraints, viterbi, type FeatureConfig, type NerModel } from './model.ts';
import { repairBio, type TaggedSentence } from './conll.ts';

export interface TrainOptions {
  epochs: number;
  seed: number;
  features: FeatureConfig;
  /** Drop features seen fewer times than this in training. */
  minCount?: number;
  /**
   * Probability of hiding a token's word-identity features (its form, stem,
   * affixes, fine cluster) in a training pass, so that the model also learns
   * to find names from their context and shape: at tagging time most names
   * are words it never saw.
   */
  wordDropout?: number;
  /** Called after each epoch with the averaged model (e.g. to score a dev set). */
  onEpoch?: (epoch: number, model: NerModel, errors: number) => void;
  info?: Record<string, unknown>;
}

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A training sentence, with feature strings per token computed outside the extractor (stacking). */
export type TrainingSentence = TaggedSentence & { extra?: ReadonlyArray<readonly string[]> };

export function trainPerceptron(data: readonly TrainingSentence[], resources: FeatureResources, options: TrainOptions): NerModel {
  const T = NUM_TAGS;
  const minCount = options.minCount ?? 1;
  // Pass 1: count features so that the rarest can be left out.
  const counts = new Map<string, number>();
  const counter = new FeatureExtractor(resources, options.features, (f) => {
    counts.set(f, (counts.get(f) ?? 0) + 1);
    return -1;
  });
  // Word-level features are cached per word, so count them once per occurrence by hand.
  for (const s of data) for (const w of s.words) countWord(counter, w, counts);
  for (const s of data) counter.sentence(s.words, s.extra);
  const keys: string[] = [];
  const index = new Map<string, number>();
  for (const [k, c] of counts) if (c >= minCount) { index.set(k, keys.length); keys.push(k); }
  const extractor = new FeatureExtractor(resources, options.features, (f) => index.get(f) ?? -1);
  const examples = data.map((s) => ({
    ...extractor.sentence(s.words, s.extra),
    gold: Int32Array.from(repairBio(s.tags), (t) => TAG_INDEX.get(t) ?? 0),
  }));

  const F = keys.length;
  const lexical = new Uint8Array(F);
  const LEXICAL = /^(w|s|p\d|x\d|sp\d|sx\d|sb|c10|sc10)=/;
  keys.forEach((k, i) => (lexical[i] = LEXICAL.test(k) ? 1 : 0));
  const dropout = options.wordDropout ?? 0;
  let dropped = new Uint8Array(256);
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T); // sum of c × update, for averaging
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let emit = new Float64Array(256 * T);
  const trans = new Float64Array((T + 1) * T);
  const averaged = (): NerModel => {
    const weights = new Float32Array(F * T);
    for (let i = 0; i < weights.length; i++) weights[i] = w[i]! - u[i]! / c;
    const transitions = new Float32Array((T + 1) * T);
    for (let i = 0; i < transitions.length; i++) transitions[i] = tw[i]! - tu[i]! / c;
    applyConstraints(transitions);
    return { features: options.features, index, weights, transitions, info: options.info ?? {} };
  };
  let model = averaged();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const n = ex.gold.length;
      if (emit.length < n * T) emit = new Float64Array(n * T * 2);
      if (dropped.length < n) dropped = new Uint8Array(n * 2);
      for (let i = 0; i < n; i++) dropped[i] = dropout > 0 && random() < dropout ? 1 : 0;
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < T; t++) emit[i * T + t] = 0;
        for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
          if (dropped[i] && lexical[ex.ids[f]!]) continue;
          const r = ex.ids[f]! * T;
          for (let t = 0; t < T; t++) emit[i * T + t] += w[r + t]!;
        }
      }
      trans.set(tw);
      applyConstraints(trans);
      const pred = new Int32Array(n);
      viterbi(emit, n, trans, pred);
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
            if (dropped[i] && lexical[ex.ids[f]!]) continue;
            const r = ex.ids[f]! * T;
            w[r + g]++;
            u[r + g] += c;
            w[r + p]--;
            u[r + p] -= c;
          }
        }
        const gp = i > 0 ? ex.gold[i - 1]! : T;
        const pp = i > 0 ? pred[i - 1]! : T;
        if (gp !== pp || g !== p) {
          tw[gp * T + g]++;
          tu[gp * T + g] += c;
          tw[pp * T + p]--;
          tu[pp * T + p] -= c;
        }
      }
      c++;
    }
    model = averaged();
    options.onEpoch?.(epoch, model, errors);
  }
  return model;
}

function countWord(extractor: FeatureExtractor, word: string, counts: Map<string, number>): void {
  // The extractor caches per word, so its idOf callback sees each word's features once;
  // here every occurrence is counted through wordProperties instead.
  const p = extractor.wordProperties(word);
  for (const f of p.self) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const d of [-2, -1, 1, 2]) for (const f of Math.abs(d) === 1 ? p.near : p.far) counts.set(`${d}${f}`, (counts.get(`${d}${f}`) ?? 0) + 1);
}
