/**
 * Training: a structured perceptron with weight averaging (Collins 2002)
 * over the features of features.ts, decoded by the same constrained Viterbi
 * the tagger uses. Deterministic: sentences are shuffled each epoch by a
 * seeded generator.
 */
import { DENSE_WINDOW, FeatureExtractor, type FeatureResources } from './features.ts';
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
  /**
   * Perceptron: cost-augmented decoding in training (a Hamming-loss margin):
   * every tag but the gold one gets `cost` added to its score before Viterbi,
   * so that a sentence counts as wrong until the gold path wins by a margin.
   */
  cost?: number;
  /** Perceptron: extra cost of tagging O where the gold is part of a name (trades precision for recall). */
  missCost?: number;
  /** Dense features: word dropout hides a dropped token's own vector too (not its neighbours'). */
  denseDropout?: boolean;
  /** Perceptron: passive-aggressive steps capped at this size instead of steps of 1 (0: off). */
  mira?: number;
  /**
   * Perceptron with dense features (FeatureConfig.dense): L2 shrinkage of the dense weights only, the share by
   * which they shrink over one epoch (spread over its sentences), so that the real-valued weights stop growing
   * once the sparse ones fit the training data (branch ner10; 0: off). The dense weights are then averaged by an
   * explicit running sum.
   */
  denseL2?: number;
}

/** Re-exported for the NER scripts and tests that import it from here. */
export { seededRandom } from '../core/seeded-random.ts';
import { seededRandom } from '../core/seeded-random.ts';

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
    vrows: Int32Array.from(extractor.lastWords(), (info) => info.vrow),
    gold: Int32Array.from(repairBio(s.tags), (t) => TAG_INDEX.get(t) ?? 0),
  }));
  // Real-valued features (FeatureConfig.dense): the scaled SVD vectors of the words at -2..+2.
  const vectors = options.features.dense && resources.vectors ? resources.vectors : null;
  const D = vectors?.dims ?? 0;
  const SLOTS = 2 * DENSE_WINDOW + 1;
  const vec = new Float32Array(vectors ? vectors.data.length : 0);
  if (vectors) for (let i = 0; i < vec.length; i++) vec[i] = vectors.data[i]! * vectors.scale * options.features.dense!;
  const dw = new Float64Array(SLOTS * D * T);
  const du = new Float64Array(SLOTS * D * T);
  /** Adds ± step × the dense features of token i to the rows of tag `t`. */
  const updateDense = (ex: Example, i: number, t: number, step: number) => {
    const n = ex.gold.length;
    for (let k = 0; k < SLOTS; k++) {
      const j = i + k - DENSE_WINDOW;
      if (j < 0 || j >= n) continue;
      if (options.denseDropout && k === DENSE_WINDOW && dropped[i]) continue;
      const row = ex.vrows[j]!;
      if (row < 0) continue;
      const v = row * D;
      const base = k * D * T + t;
      for (let d = 0; d < D; d++) {
        const x = step * vec[v + d]!;
        dw[base + d * T] += x;
        du[base + d * T] += c * x;
      }
    }
  };

  const F = keys.length;
  const lexical = new Uint8Array(F);
  const LEXICAL = /^(w|s|p\d|x\d|sp\d|sx\d|sb|c10|sc10|e11)=/;
  keys.forEach((k, i) => (lexical[i] = LEXICAL.test(k) ? 1 : 0));
  const dropout = options.wordDropout ?? 0;
  const cost = options.cost ?? 0;
  const missCost = options.missCost ?? 0;
  const mira = options.mira ?? 0;
  let dropped = new Uint8Array(256);
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T); // sum of c × update, for averaging
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  // Second-order transitions (FeatureConfig.order2): [tag at i-2, or T at the start][tag at i-1][tag at i].
  const order2 = Boolean(options.features.order2);
  const tw2 = new Float64Array(order2 ? (T + 1) * T * T : 0);
  const tu2 = new Float64Array(order2 ? (T + 1) * T * T : 0);
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
    const second = order2 ? { transitions2: Float32Array.from(tw2, (x, i) => x - tu2[i]! / c) } : {};
    if (!vectors) return { features: options.features, index, weights, transitions, info: options.info ?? {}, ...second };
    const dense = new Float32Array(dw.length);
    for (let i = 0; i < dense.length; i++) dense[i] = denseL2 > 0 ? (dcount ? dsum[i]! / dcount : 0) : dw[i]! - du[i]! / c;
    return { features: options.features, index, weights, transitions, info: options.info ?? {}, dense, ...second };
  };
  const denseL2 = vectors ? options.denseL2 ?? 0 : 0;
  const shrink = denseL2 > 0 ? Math.pow(1 - Math.min(denseL2, 0.99), 1 / Math.max(1, examples.length)) : 1;
  const dsum = new Float64Array(denseL2 > 0 ? dw.length : 0);
  let dcount = 0;
  if (options.learner === 'crf') {
    if (order2) throw new Error('the CRF learner has no second-order transitions');
    return trainCrf(examples, lexical, F, options, index);
  }
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
      if (vectors) addDense(ex, dw, vec, D, emit, options.denseDropout ? dropped : undefined);
      if (cost > 0 || missCost > 0)
        for (let i = 0; i < n; i++) {
          const g = ex.gold[i]!;
          for (let t = 0; t < T; t++) if (t !== g) emit[i * T + t] += cost;
          if (g !== 0) emit[i * T] += missCost;
        }
      trans.set(tw);
      applyConstraints(trans);
      const pred = new Int32Array(n);
      viterbi(emit, n, trans, pred, 0, order2 ? tw2 : undefined);
      // The step: 1 (perceptron), or with `mira` the smallest that makes the gold path win by
      // the Hamming margin, at most `mira` (1-best MIRA / passive-aggressive; Crammer et al. 2006).
      let step = 1;
      if (mira > 0) {
        let wrong = 0;
        let norm = 0;
        let diff = 0;
        for (let i = 0; i < n; i++) {
          const g = ex.gold[i]!;
          const p = pred[i]!;
          const gp = i > 0 ? ex.gold[i - 1]! : T;
          const pp = i > 0 ? pred[i - 1]! : T;
          diff += emit[i * T + p]! - emit[i * T + g]! + trans[pp * T + p]! - trans[gp * T + g]!;
          if (g !== p) {
            wrong++;
            for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) if (!(dropped[i] && lexical[ex.ids[f]!])) norm += 2;
          }
          if (gp !== pp || g !== p) norm += 2;
        }
        if (wrong === 0) {
          c++;
          continue;
        }
        // With cost-augmented scores the Hamming loss is already in diff.
        const loss = diff + (cost > 0 ? 0 : wrong);
        step = Math.min(mira, Math.max(0, loss) / norm);
      }
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
            if (dropped[i] && lexical[ex.ids[f]!]) continue;
            const r = ex.ids[f]! * T;
            w[r + g] += step;
            u[r + g] += c * step;
            w[r + p] -= step;
            u[r + p] -= c * step;
          }
          if (vectors) {
            updateDense(ex, i, g, step);
            updateDense(ex, i, p, -step);
          }
        }
        const gp = i > 0 ? ex.gold[i - 1]! : T;
        const pp = i > 0 ? pred[i - 1]! : T;
        if (gp !== pp || g !== p) {
          tw[gp * T + g] += step;
          tu[gp * T + g] += c * step;
          tw[pp * T + p] -= step;
          tu[pp * T + p] -= c * step;
        }
        if (order2 && i > 0) {
          const gpp = i > 1 ? ex.gold[i - 2]! : T;
          const ppp = i > 1 ? pred[i - 2]! : T;
          if (gpp !== ppp || gp !== pp || g !== p) {
            const gi = (gpp * T + gp) * T + g;
            const pi = (ppp * T + pp) * T + p;
            tw2[gi] += step;
            tu2[gi] += c * step;
            tw2[pi] -= step;
            tu2[pi] -= c * step;
          }
        }
      }
      if (denseL2 > 0) {
        for (let i = 0; i < dw.length; i++) {
          dw[i] *= shrink;
          dsum[i] += dw[i]!;
        }
        dcount++;
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
  /** Row of each token's SVD vector (-1: none). */
  vrows: Int32Array;
}

/** Adds the dense features' scores (weights dw: [slot][dim][tag]) to `emit`. */
export function addDense(ex: { vrows: Int32Array }, dw: Float64Array | Float32Array, vec: Float32Array, D: number, emit: Float64Array, dropped?: Uint8Array): void {
  const T = NUM_TAGS;
  const n = ex.vrows.length;
  for (let j = 0; j < n; j++) {
    const row = ex.vrows[j]!;
    if (row < 0) continue;
    const v = row * D;
    // Word j is at slot k of token i = j - k + DENSE_WINDOW.
    for (let k = 0; k < 2 * DENSE_WINDOW + 1; k++) {
      const i = j - k + DENSE_WINDOW;
      if (i < 0 || i >= n) continue;
      if (dropped && k === DENSE_WINDOW && dropped[i]) continue;
      const o = i * T;
      let base = k * D * T;
      for (let d = 0; d < D; d++, base += T) {
        const x = vec[v + d]!;
        if (x === 0) continue;
        for (let t = 0; t < T; t++) emit[o + t] += x * dw[base + t]!;
      }
    }
  }
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
