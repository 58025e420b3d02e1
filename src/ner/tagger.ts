/**
 * Tags sentences with a trained model: features from the extractor (cached
 * per distinct word), emission scores summed from the weight rows, Viterbi
 * under BIO constraints.
 *
 * A stacked model (src/ner/stack.ts) has two passes over the same features.
 * Both passes' weights sit side by side in one table over the union of their
 * feature strings, so a document's features are extracted once (one word
 * cache) and one walk over its feature ids sums the emission scores of both
 * passes; the second pass then adds only the rows of its stack features,
 * whose ids are precomputed, and the consistency pass reuses the stored scores.
 */
import { DENSE_WINDOW, FeatureExtractor, neighbourLookup, type FeatureResources } from './features.ts';
import { NUM_TAGS, TAGS, viterbi, type NerModel } from './model.ts';
import { STACK_WINDOW, StackFeatureIds, flattenKeys, keyStatistics, type FlatDocument } from './stack.ts';

/**
 * Document-level consistency (a name tagged once in an article is usually the
 * same kind of name elsewhere in it): after a first pass, every token whose
 * form (without proclitics) was tagged as an entity of type X in another
 * sentence within `window` sentences gets `bonus` added to its B-X and I-X
 * scores, and the affected sentences are decoded again. Chosen on dev by
 * `rasd train ner` and stored in the model's info.
 */
export interface Propagation {
  bonus: number;
  window: number;
}

export interface NerTagger {
  readonly model: NerModel;
  /**
   * Tags the sentences of one document (or of a stream of sentences, with the
   * window limiting how far consistency reaches), with the first-pass tags
   * corrected by document-level consistency when the model asks for it.
   */
  tagDocument(sentences: ReadonlyArray<readonly string[]>, propagation?: Propagation | null): Int32Array[];
  /** Tag indices (into TAGS) for the words of one sentence. */
  tagIndices(words: readonly string[]): Int32Array;
  /** Tag strings ("B-PERS", "O" …) for the words of one sentence. */
  tag(words: readonly string[]): string[];
}

/** The passes' weights over one feature index: row r, pass p, tag t at `weights[r*P*T + p*T + t]`. */
function joinPasses(passes: readonly NerModel[]): { index: ReadonlyMap<string, number>; weights: Float32Array } {
  if (passes.length === 1) return { index: passes[0]!.index, weights: passes[0]!.weights };
  const T = NUM_TAGS;
  const index = new Map<string, number>();
  for (const m of passes) for (const key of m.index.keys()) if (!index.has(key)) index.set(key, index.size);
  const R = passes.length * T;
  const weights = new Float32Array(index.size * R);
  passes.forEach((m, p) => {
    for (const [key, row] of m.index) weights.set(m.weights.subarray(row * T, row * T + T), index.get(key)! * R + p * T);
  });
  return { index, weights };
}

export function createTagger(model: NerModel, resources: FeatureResources): NerTagger {
  if (model.first?.first) throw new Error('a stacked NER model has two passes');
  if (model.first && JSON.stringify(model.first.features) !== JSON.stringify(model.features)) throw new Error('the passes of a stacked NER model differ in their features');
  const passes = model.first ? [model.first, model] : [model];
  const P = passes.length;
  const T = NUM_TAGS;
  const R = P * T;
  const { index, weights: W } = joinPasses(passes);
  const extractor = new FeatureExtractor(resources, model.features, (f) => index.get(f) ?? -1, undefined, { cacheSequenceFeatures: true, idOfAt: neighbourLookup(index) });
  const stackIds = P > 1 ? new StackFeatureIds((f) => index.get(f) ?? -1) : null;
  const stackWindow = (model.info.stackWindow as number | undefined) ?? STACK_WINDOW;
  const stored = model.info.propagation as Propagation | undefined;
  const firstStored = P > 1 ? ((passes[0]!.info.propagation as Propagation | undefined) ?? null) : null;

  // Dense features (FeatureConfig.dense): a word's contribution to each tag score, per pass and
  // per slot (its offset from the token scored), is a fixed vector, computed on first sight.
  const vectors = model.features.dense && resources.vectors && passes.every((m) => m.dense) ? resources.vectors : null;
  const SLOTS = 2 * DENSE_WINDOW + 1;
  const denseCache = new Map<number, Float64Array>();
  const denseOf = (row: number): Float64Array => {
    let out = denseCache.get(row);
    if (out) return out;
    const D = vectors!.dims;
    const f = vectors!.scale * model.features.dense!;
    out = new Float64Array(SLOTS * R);
    for (let p = 0; p < P; p++) {
      const dw = passes[p]!.dense!;
      for (let k = 0; k < SLOTS; k++)
        for (let d = 0; d < D; d++) {
          const x = vectors!.data[row * D + d]! * f;
          if (x === 0) continue;
          const base = (k * D + d) * T;
          for (let t = 0; t < T; t++) out[k * R + p * T + t] += x * dw[base + t]!;
        }
    }
    if (denseCache.size >= 200_000) denseCache.clear();
    denseCache.set(row, out);
    return out;
  };

  // Scratch reused across documents (grown when a document is longer).
  let sums = new Float64Array(1024 * R); // emission sums in double: exact for quantized weights, rounded once
  let emit = new Float32Array(1024 * T);
  let tagsA = new Int32Array(1024);
  let sentenceEmit = new Float32Array(256 * T);
  const stackBuffer = new Int32Array(32);
  const ensure = (n: number) => {
    if (sums.length < n * R) {
      sums = new Float64Array(n * R * 2);
      emit = new Float32Array(n * T * 2);
      tagsA = new Int32Array(n * 2);
    }
  };

  /** Emission sums of every pass for the document's tokens into `sums`; returns the sentences' first token indices. */
  const scoreDocument = (sentences: ReadonlyArray<readonly string[]>, n: number): Int32Array => {
    ensure(n);
    const starts = new Int32Array(sentences.length + 1);
    let g = 0;
    for (let s = 0; s < sentences.length; s++) {
      starts[s] = g;
      const words = sentences[s]!;
      if (words.length === 0) continue;
      const { ids, offsets } = extractor.sentenceView(words);
      for (let i = 0; i < words.length; i++, g++) {
        const a = offsets[i]!;
        const b = offsets[i + 1]!;
        for (let p = 0; p < P; p++) {
          const c = p * T;
          let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
          for (let k = a; k < b; k++) {
            const r = ids[k]! * R + c;
            e0 += W[r]!; e1 += W[r + 1]!; e2 += W[r + 2]!; e3 += W[r + 3]!; e4 += W[r + 4]!;
            e5 += W[r + 5]!; e6 += W[r + 6]!; e7 += W[r + 7]!; e8 += W[r + 8]!;
          }
          const o = g * R + c;
          sums[o] = e0; sums[o + 1] = e1; sums[o + 2] = e2; sums[o + 3] = e3; sums[o + 4] = e4;
          sums[o + 5] = e5; sums[o + 6] = e6; sums[o + 7] = e7; sums[o + 8] = e8;
        }
      }
      if (vectors) {
        const infos = extractor.lastWords();
        const n = words.length;
        const first = g - n;
        for (let j = 0; j < n; j++) {
          const row = infos[j]!.vrow;
          if (row < 0) continue;
          const add = denseOf(row);
          for (let k = 0; k < SLOTS; k++) {
            const i = j - k + DENSE_WINDOW;
            if (i < 0 || i >= n) continue;
            const o = (first + i) * R;
            const a = k * R;
            for (let q = 0; q < R; q++) sums[o + q] += add[a + q]!;
          }
        }
      }
    }
    starts[sentences.length] = g;
    return starts;
  };

  /** Viterbi over `emit` for every sentence, tags into `out` (flat). */
  const decodeAll = (starts: Int32Array, transitions: Float32Array, out: Int32Array, transitions2?: Float32Array) => {
    for (let s = 0; s + 1 < starts.length; s++) {
      const from = starts[s]!;
      const n = starts[s + 1]! - from;
      if (n > 0) viterbi(emit, n, transitions, n === out.length ? out : out.subarray(from, from + n), from, transitions2);
    }
  };

  /**
   * Document consistency over the tags in `flat` (decoded from `emit`):
   * sentences with a boosted token are decoded again; returns the tags per sentence.
   */
  const propagate = (starts: Int32Array, doc: FlatDocument, flat: Int32Array, transitions: Float32Array, propagation: Propagation | null, transitions2?: Float32Array): Int32Array[] => {
    const out: Int32Array[] = [];
    for (let s = 0; s + 1 < starts.length; s++) out.push(flat.slice(starts[s]!, starts[s + 1]!));
    if (!propagation || propagation.bonus <= 0) return out;
    const { counts } = keyStatistics(doc, flat, propagation.window, true);
    for (let s = 0; s + 1 < starts.length; s++) {
      const from = starts[s]!;
      const n = starts[s + 1]! - from;
      let touched = false;
      for (let g = from; g < from + n && !touched; g++) for (let type = 1; type <= 4; type++) if (counts[g * 5 + type]! > 0) touched = true;
      if (!touched) continue;
      if (sentenceEmit.length < n * T) sentenceEmit = new Float32Array(n * T * 2);
      sentenceEmit.set(emit.subarray(from * T, (from + n) * T));
      for (let i = 0; i < n; i++)
        for (let type = 1; type <= 4; type++) {
          if (counts[(from + i) * 5 + type]! <= 0) continue;
          sentenceEmit[i * T + 2 * type - 1] += propagation.bonus;
          sentenceEmit[i * T + 2 * type] += propagation.bonus;
        }
      const tags = new Int32Array(n);
      viterbi(sentenceEmit, n, transitions, tags, 0, transitions2);
      out[s] = tags;
    }
    return out;
  };

  const tagDocument = (sentences: ReadonlyArray<readonly string[]>, propagation: Propagation | null = stored ?? null): Int32Array[] => {
    let n = 0;
    for (const words of sentences) n += words.length;
    if (n === 0) return sentences.map(() => new Int32Array(0));
    const starts = scoreDocument(sentences, n);
    const doc = flattenKeys(sentences.map((words) => words.map((w) => extractor.word(w).base)));
    // Pass 1 (the only one of a single model).
    if (P === 1) emit.set(sums.subarray(0, n * T));
    else for (let g = 0; g < n; g++) for (let t = 0; t < T; t++) emit[g * T + t] = sums[g * R + t]!;
    if (P === 1) {
      const flat = new Int32Array(n);
      decodeAll(starts, passes[0]!.transitions, flat, passes[0]!.transitions2);
      return propagate(starts, doc, flat, passes[0]!.transitions, propagation, passes[0]!.transitions2);
    }
    const first = tagsA.subarray(0, n);
    decodeAll(starts, passes[0]!.transitions, first, passes[0]!.transitions2);
    if (firstStored && firstStored.bonus > 0) {
      // A first pass with its own consistency pass (not the case in the trained stacked models).
      const corrected = propagate(starts, doc, first, passes[0]!.transitions, firstStored, passes[0]!.transitions2);
      let g = 0;
      for (const t of corrected) {
        first.set(t, g);
        g += t.length;
      }
    }
    // Pass 2: its feature sums plus the rows of the stack features read off the first pass.
    const st = keyStatistics(doc, first, stackWindow, false);
    for (let s = 0; s + 1 < starts.length; s++) {
      const from = starts[s]!;
      const len = starts[s + 1]! - from;
      for (let i = 0; i < len; i++) {
        const g = from + i;
        const o = g * R + T;
        let e0 = sums[o]!, e1 = sums[o + 1]!, e2 = sums[o + 2]!, e3 = sums[o + 3]!, e4 = sums[o + 4]!;
        let e5 = sums[o + 5]!, e6 = sums[o + 6]!, e7 = sums[o + 7]!, e8 = sums[o + 8]!;
        const m = stackIds!.token(first, from, len, i, st, stackBuffer);
        for (let k = 0; k < m; k++) {
          const r = stackBuffer[k]! * R + T;
          e0 += W[r]!; e1 += W[r + 1]!; e2 += W[r + 2]!; e3 += W[r + 3]!; e4 += W[r + 4]!;
          e5 += W[r + 5]!; e6 += W[r + 6]!; e7 += W[r + 7]!; e8 += W[r + 8]!;
        }
        const q = g * T;
        emit[q] = e0; emit[q + 1] = e1; emit[q + 2] = e2; emit[q + 3] = e3; emit[q + 4] = e4;
        emit[q + 5] = e5; emit[q + 6] = e6; emit[q + 7] = e7; emit[q + 8] = e8;
      }
    }
    const flat = new Int32Array(n);
    decodeAll(starts, model.transitions, flat, model.transitions2);
    return propagate(starts, doc, flat, model.transitions, propagation, model.transitions2);
  };

  const tagIndices = (words: readonly string[]) => tagDocument([words], null)[0]!;
  return {
    model,
    tagIndices,
    tagDocument,
    tag: (words) => Array.from(tagIndices(words), (t) => TAGS[t]!),
  };
}
