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
  /**
   * 'perceptron' (default) or 'crf': a linear-chain CRF trained by AdaGrad on
   * the log-likelihood (forward-backward over the BIO lattice) with L2
   * shrinkage of every weight.
   */
  learner?: 'perceptron' | 'crf';
  /** CRF: AdaGrad step size. */
  rate?: number;
  /** CRF: L2 shrinkage, the share by which every weight shrinks over one epoch. */
  l2?: number;
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
  const LEXICAL = /^(w|s|p\d|x\d|sp\d|sx\d|sb|c10|sc10|e11)=/;
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
  if (options.learner === 'crf') return trainCrf(examples, lexical, F, options, index);
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
      fillEmissions(ex, w, dropped, lexical, emit);
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

interface Example {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

/** Each token's tag scores under weights w, skipping a dropped token's word-identity features (both learners). */
function fillEmissions(ex: Example, w: Float64Array, dropped: Uint8Array, lexical: Uint8Array, emit: Float64Array): void {
  const T = NUM_TAGS;
  for (let i = 0; i < ex.gold.length; i++) {
    for (let t = 0; t < T; t++) emit[i * T + t] = 0;
    for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
      if (dropped[i] && lexical[ex.ids[f]!]) continue;
      const r = ex.ids[f]! * T;
      for (let t = 0; t < T; t++) emit[i * T + t] += w[r + t]!;
    }
  }
}

function logSumExp(xs: Float64Array, from: number, count: number): number {
  let m = -Infinity;
  for (let k = 0; k < count; k++) if (xs[from + k]! > m) m = xs[from + k]!;
  if (m === -Infinity) return m;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(xs[from + k]! - m);
  return m + Math.log(sum);
}

function trainCrf(examples: Example[], lexical: Uint8Array, F: number, options: TrainOptions, index: Map<string, number>): NerModel {
  const T = NUM_TAGS;
  const S = T; // row of the start state in the transition matrix
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 1e-4;
  const dropout = options.wordDropout ?? 0;
  const w = new Float64Array(F * T);
  const g2 = new Float64Array(F * T);
  const tw = new Float64Array((T + 1) * T);
  const tg2 = new Float64Array((T + 1) * T);
  const allowedMask = new Float64Array((T + 1) * T);
  applyConstraints(allowedMask); // -Infinity where BIO forbids, 0 elsewhere
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let emit = new Float64Array(256 * T);
  let alpha = new Float64Array(256 * T);
  let beta = new Float64Array(256 * T);
  let dropped = new Uint8Array(256);
  const trans = new Float64Array((T + 1) * T);
  const tgrad = new Float64Array((T + 1) * T);
  const tmp = new Float64Array(T);
  const grad = new Float64Array(T);
  const eps = 1e-8;
  const snapshot = (): NerModel => {
    const transitions = new Float32Array((T + 1) * T);
    for (let i = 0; i < transitions.length; i++) transitions[i] = tw[i]!;
    applyConstraints(transitions);
    return { features: options.features, index, weights: Float32Array.from(w), transitions, info: options.info ?? {} };
  };
  let model = snapshot();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    let seen = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const n = ex.gold.length;
      if (n === 0) continue;
      // Uniform L2 shrinkage, spread over the epoch (every weight, touched or not).
      if (++seen % 64 === 0 && l2 > 0) {
        const keep = 1 - (l2 * 64) / examples.length;
        for (let i = 0; i < w.length; i++) w[i] *= keep;
      }
      if (emit.length < n * T) {
        emit = new Float64Array(n * T * 2);
        alpha = new Float64Array(n * T * 2);
        beta = new Float64Array(n * T * 2);
      }
      if (dropped.length < n) dropped = new Uint8Array(n * 2);
      for (let i = 0; i < n; i++) dropped[i] = dropout > 0 && random() < dropout ? 1 : 0;
      fillEmissions(ex, w, dropped, lexical, emit);
      for (let i = 0; i < trans.length; i++) trans[i] = tw[i]! + allowedMask[i]!;
      // Forward.
      for (let t = 0; t < T; t++) alpha[t] = trans[S * T + t]! + emit[t]!;
      for (let i = 1; i < n; i++) {
        for (let c = 0; c < T; c++) {
          for (let p = 0; p < T; p++) tmp[p] = alpha[(i - 1) * T + p]! + trans[p * T + c]!;
          alpha[i * T + c] = logSumExp(tmp, 0, T) + emit[i * T + c]!;
        }
      }
      const logZ = logSumExp(alpha, (n - 1) * T, T);
      // Backward.
      for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < T; p++) {
          for (let c = 0; c < T; c++) tmp[c] = trans[p * T + c]! + emit[(i + 1) * T + c]! + beta[(i + 1) * T + c]!;
          beta[i * T + p] = logSumExp(tmp, 0, T);
        }
      }
      // Gold path score, for the loss.
      let goldScore = 0;
      for (let i = 0; i < n; i++) goldScore += emit[i * T + ex.gold[i]!]! + trans[(i > 0 ? ex.gold[i - 1]! : S) * T + ex.gold[i]!]!;
      loss += logZ - goldScore;
      // Transition gradient: expected pair counts minus gold.
      tgrad.fill(0);
      for (let t = 0; t < T; t++) tgrad[S * T + t] = Math.exp(alpha[t]! + beta[t]! - logZ);
      for (let i = 1; i < n; i++)
        for (let p = 0; p < T; p++) {
          const a = alpha[(i - 1) * T + p]!;
          if (a === -Infinity) continue;
          for (let c = 0; c < T; c++) {
            const tr = trans[p * T + c]!;
            if (tr === -Infinity) continue;
            tgrad[p * T + c] += Math.exp(a + tr + emit[i * T + c]! + beta[i * T + c]! - logZ);
          }
        }
      for (let i = 0; i < n; i++) tgrad[(i > 0 ? ex.gold[i - 1]! : S) * T + ex.gold[i]!]! -= 1;
      for (let i = 0; i < tgrad.length; i++) {
        const g = tgrad[i]!;
        if (g === 0) continue;
        tg2[i] += g * g;
        tw[i] -= (rate * g) / Math.sqrt(tg2[i]! + eps);
      }
      // Emission gradient: marginal minus gold, for every active feature of each token.
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < T; t++) grad[t] = Math.exp(alpha[i * T + t]! + beta[i * T + t]! - logZ);
        grad[ex.gold[i]!]! -= 1;
        for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
          if (dropped[i] && lexical[ex.ids[f]!]) continue;
          const r = ex.ids[f]! * T;
          for (let t = 0; t < T; t++) {
            const g = grad[t]!;
            if (g === 0) continue;
            g2[r + t] += g * g;
            w[r + t] -= (rate * g) / Math.sqrt(g2[r + t]! + eps);
          }
        }
      }
    }
    model = snapshot();
    options.onEpoch?.(epoch, model, Math.round(loss));
  }
  return model;
}
