/**
 * The NER model: a linear scorer over (feature, tag) pairs plus tag-to-tag
 * transition weights, decoded by Viterbi under BIO constraints (an I-X only
 * after B-X or I-X), so the tagger never emits an I- without its B-.
 *
 * Stored compactly (see {@link encodeModel}): only features with a non-zero
 * weight, weights quantized to 16-bit integers with one scale.
 */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NUM_TAGS = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** Feature switches the model was trained with (recorded in the model file). */
export interface FeatureConfig {
  gazetteers: boolean;
  triggers: boolean;
  clusters: boolean;
  /** Lexicon lists derived from the knowledge base (data/ner/gazetteer.json); absent in older models (= false). */
  kb?: boolean;
  /** Class-bigram features (trigger class or 64-way cluster of a word and its neighbour); absent in older models (= false). */
  conjunctions?: boolean;
  /** Clusters of SVD word vectors (data/ner/embedding-clusters.tsv); absent in older models (= false). */
  embeddings?: boolean;
  /** Name-likeness of the spelling (data/ner/name-ngrams.tsv); absent in older models (= false). */
  nameNgrams?: boolean;
  /** How a context-only tagger tagged the word in unlabelled news (data/ner/auto-lexicon.tsv); absent in older models (= false). */
  autoLexicon?: boolean;
  /**
   * Real-valued features: the SVD vectors (data/ner/embedding-vectors.bin) of the word
   * and of its neighbours up to DENSE_WINDOW away, multiplied by this scale (absent or 0: off).
   */
  dense?: number;
  /** Multi-word names a context-only tagger found in unlabelled news (data/ner/auto-spans.tsv); absent: off. */
  autoSpans?: boolean;
  /** Triggers three words away and names inside quotes or brackets; absent: off. */
  context3?: boolean;
  /** Learned triggers: how often names follow or precede the word in unlabelled news (data/ner/auto-triggers.tsv); absent: off. */
  autoTriggers?: boolean;
  /** The word's common-word share in the corpus counts (src/ner/name-filter.ts, createCommonShare); absent: off. */
  commonShare?: boolean;
  /**
   * Second-order tag transitions (branch ner10): a weight for every tag triple (the tags at i-2, i-1, i) besides
   * the pairs, decoded by a second-order Viterbi under the same BIO constraints; absent: off.
   */
  order2?: boolean;
}
export const DEFAULT_FEATURES: FeatureConfig = { gazetteers: true, triggers: true, clusters: true, kb: true, conjunctions: true, embeddings: true, autoLexicon: true };

export interface NerModel {
  readonly features: FeatureConfig;
  /** Feature string → row in `weights`. */
  readonly index: ReadonlyMap<string, number>;
  /** Row-major [feature][tag]. */
  readonly weights: Float32Array;
  /** [(prev tag, or NUM_TAGS for the sentence start)][tag]; -Infinity where BIO forbids. */
  readonly transitions: Float32Array;
  readonly info: Record<string, unknown>;
  /**
   * Weights of the dense features (FeatureConfig.dense): [slot][dim][tag], slot k for the
   * word at offset k - DENSE_WINDOW. Absent without them.
   */
  readonly dense?: Float32Array;
  /**
   * Second-order transitions (FeatureConfig.order2): [(tag at i-2, or NUM_TAGS before the sentence start)][tag at
   * i-1][tag at i], added to `transitions` from the second token on. Absent in a first-order model.
   */
  readonly transitions2?: Float32Array;
  /**
   * Stacked model: the first-pass model whose labels this one reads as
   * features (src/ner/stack.ts). Absent in a single-pass model.
   */
  readonly first?: NerModel;
}

/** The B tag of the chunk a tag opens: a B-X itself, or a stray I-X's B-X (TAGS puts each B- at an odd index). */
export function beginTag(t: number): number {
  return t % 2 === 1 ? t : t - 1;
}

/** The index after the run of `inside` tags that starts at `from` (the end of a chunk's I-X words). */
export function runEnd(tags: Int32Array, from: number, inside: number): number {
  let j = from;
  while (j < tags.length && tags[j] === inside) j++;
  return j;
}

/** True when tag `cur` may follow `prev` (prev = -1 at a sentence start). */
export function allowed(prev: number, cur: number): boolean {
  const t = TAGS[cur]!;
  if (!t.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === t.slice(2);
}

/** Sets the transitions BIO forbids to -Infinity (row NUM_TAGS is the start). */
export function applyConstraints(transitions: Float32Array | Float64Array): void {
  for (let p = -1; p < NUM_TAGS; p++) {
    const row = (p < 0 ? NUM_TAGS : p) * NUM_TAGS;
    for (let c = 0; c < NUM_TAGS; c++) if (!allowed(p, c)) transitions[row + c] = -Infinity;
  }
}

let scratchScore = new Float64Array(128 * NUM_TAGS);
let scratchBack = new Int32Array(128 * NUM_TAGS);

/**
 * Viterbi over emission scores `emit` ([token][tag], n tokens) and `trans`.
 * Writes the best tag indices to `out`. Scratch arrays are reused by callers
 * that tag many sentences. With `trans2` (second-order transitions, NerModel.transitions2)
 * the second-order decoder runs instead.
 */
export function viterbi(emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, out: Int32Array, from = 0, trans2?: Float32Array | Float64Array): void {
  if (n === 0) return;
  const T = NUM_TAGS;
  // Emission rows of the sentence's tokens start at token `from` of `emit` (a whole document's scores).
  if (from > 0) emit = emit.subarray(from * T, (from + n) * T);
  if (trans2) return viterbi2(emit, n, trans, trans2, out);
  if (scratchScore.length < n * T) {
    scratchScore = new Float64Array(n * T * 2);
    scratchBack = new Int32Array(n * T * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  const startRow = T * T;
  for (let c = 0; c < T; c++) score[c] = trans[startRow + c]! + emit[c]!;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[prevBase + p]! + trans[p * T + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best + emit[base + c]!;
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let c = 0; c < T; c++) {
    if (score[last + c]! > best) {
      best = score[last + c]!;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}

/**
 * The pairs (tag at i-1, tag at i) that BIO allows, as states of the second-order decoder (53 of 81), and for
 * each the pairs (tag at i-2, tag at i-1) it may follow, with the index of the triple in `transitions2`.
 */
const PAIRS = (() => {
  const T = NUM_TAGS;
  const b: number[] = [];
  const c: number[] = [];
  const id = new Int32Array(T * T).fill(-1);
  for (let x = 0; x < T; x++) for (let y = 0; y < T; y++) if (allowed(x, y)) { id[x * T + y] = b.length; b.push(x); c.push(y); }
  const predStart = new Int32Array(b.length + 1);
  const predPair: number[] = [];
  const predTri: number[] = [];
  for (let k = 0; k < b.length; k++) {
    predStart[k] = predPair.length;
    for (let a = 0; a < T; a++) if (id[a * T + b[k]!]! >= 0) { predPair.push(id[a * T + b[k]!]!); predTri.push((a * T + b[k]!) * T + c[k]!); }
  }
  predStart[b.length] = predPair.length;
  return { count: b.length, b: Int32Array.from(b), c: Int32Array.from(c), predStart, predPair: Int32Array.from(predPair), predTri: Int32Array.from(predTri) };
})();

let scratch2Score = new Float64Array(128 * PAIRS.count);
let scratch2Back = new Int8Array(128 * PAIRS.count);

/**
 * Second-order Viterbi: the state at token i is the pair (tag at i-1, tag at i); a path's score is the sum of
 * its emissions, its first-order transitions `trans` and its second-order ones `trans2` ([tag at i-2 or
 * NUM_TAGS at the start][tag at i-1][tag at i]). Only the pairs BIO allows are states (53 of 81), each with the
 * pairs it may follow as predecessors (309 steps a token against 81 for the first-order decoder).
 */
function viterbi2(emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, trans2: Float32Array | Float64Array, out: Int32Array): void {
  const T = NUM_TAGS;
  const startRow = T * T;
  const { count: P, b: pb, c: pc, predStart, predPair, predTri } = PAIRS;
  if (n === 1) {
    let best = -Infinity;
    let arg = 0;
    for (let c = 0; c < T; c++) {
      const s = trans[startRow + c]! + emit[c]!;
      if (s > best) {
        best = s;
        arg = c;
      }
    }
    out[0] = arg;
    return;
  }
  if (scratch2Score.length < n * P) {
    scratch2Score = new Float64Array(n * P * 2);
    scratch2Back = new Int8Array(n * P * 2);
  }
  const score = scratch2Score;
  const back = scratch2Back;
  // Token 1: the pair (b, c) after the start (an I- tag cannot start: its start transition is -Infinity).
  for (let k = 0; k < P; k++) {
    const b = pb[k]!;
    const c = pc[k]!;
    score[P + k] = trans[startRow + b]! + emit[b]! + trans[b * T + c]! + trans2[(startRow + b) * T + c]! + emit[T + c]!;
    back[P + k] = -1;
  }
  for (let i = 2; i < n; i++) {
    const base = i * P;
    const prev = base - P;
    const e = i * T;
    for (let k = 0; k < P; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = predStart[k]!, end = predStart[k + 1]!; j < end; j++) {
        const s = score[prev + predPair[j]!]! + trans2[predTri[j]!]!;
        if (s > best) {
          best = s;
          arg = predPair[j]!;
        }
      }
      const c = pc[k]!;
      score[base + k] = best + trans[pb[k]! * T + c]! + emit[e + c]!;
      back[base + k] = arg;
    }
  }
  const last = (n - 1) * P;
  let best = -Infinity;
  let k = 0;
  for (let q = 0; q < P; q++)
    if (score[last + q]! > best) {
      best = score[last + q]!;
      k = q;
    }
  out[n - 1] = pc[k]!;
  out[n - 2] = pb[k]!;
  for (let i = n - 1; i >= 2; i--) {
    k = back[i * P + k]!;
    out[i - 2] = pb[k]!;
  }
}

const MAGIC = 'RASDNER1';
const STACK_MAGIC = 'RASDNERS';

/**
 * Binary model file: "RASDNER1", u32 header length, JSON header
 * {features, info, scale, transitions, count, keysBytes}, the feature strings
 * joined by "\n" (UTF-8), padding to 2 bytes, then count × NUM_TAGS int16
 * weights (value = int × scale).
 */
export function encodeModel(model: NerModel, minAbs = 0): Uint8Array {
  if (model.first) {
    // "RASDNERS", u32 length of the first-pass model's bytes, those bytes, then the second model's.
    const a = encodeModel(model.first, minAbs);
    const b = encodeModel({ ...model, first: undefined }, minAbs);
    const out = new Uint8Array(12 + a.length + b.length);
    out.set(new TextEncoder().encode(STACK_MAGIC), 0);
    new DataView(out.buffer).setUint32(8, a.length, true);
    out.set(a, 12);
    out.set(b, 12 + a.length);
    return out;
  }
  const T = NUM_TAGS;
  const kept: Array<[string, number]> = [];
  let maxAbs = 0;
  for (const [key, row] of model.index) {
    let rowMax = 0;
    for (let t = 0; t < T; t++) rowMax = Math.max(rowMax, Math.abs(model.weights[row * T + t]!));
    if (rowMax > minAbs) {
      kept.push([key, row]);
      maxAbs = Math.max(maxAbs, rowMax);
    }
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const scale = maxAbs / 32767 || 1;
  const keys = new TextEncoder().encode(kept.map((k) => k[0]).join('\n'));
  const transitions = Array.from(model.transitions, (v) => (Number.isFinite(v) ? v : null));
  const dense = model.dense ? Array.from(model.dense, (v) => Number(v.toPrecision(5))) : undefined;
  const transitions2 = model.transitions2 ? Array.from(model.transitions2, (v) => Number(v.toPrecision(7))) : undefined;
  const header = new TextEncoder().encode(JSON.stringify({ features: model.features, info: model.info, scale, transitions, count: kept.length, keysBytes: keys.length, dense, transitions2 }));
  const keysEnd = 12 + header.length + keys.length;
  const weightsStart = keysEnd + (keysEnd % 2);
  const out = new Uint8Array(weightsStart + kept.length * T * 2);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, 12);
  out.set(keys, 12 + header.length);
  const view = new DataView(out.buffer, weightsStart);
  kept.forEach(([, row], i) => {
    for (let t = 0; t < T; t++) view.setInt16((i * T + t) * 2, Math.round(model.weights[row * T + t]! / scale), true);
  });
  return out;
}

export function decodeModel(bytes: Uint8Array): NerModel {
  const decoder = new TextDecoder();
  if (bytes.length >= 12 && decoder.decode(bytes.subarray(0, 8)) === STACK_MAGIC) {
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
    const first = decodeModel(bytes.subarray(12, 12 + length));
    return { ...decodeModel(bytes.subarray(12 + length)), first };
  }
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not a rasd NER model (bad magic)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = dv.getUint32(8, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(12, 12 + headerLength))) as {
    features: FeatureConfig;
    info: Record<string, unknown>;
    scale: number;
    transitions: Array<number | null>;
    count: number;
    keysBytes: number;
    dense?: number[];
    transitions2?: number[];
  };
  const keysStart = 12 + headerLength;
  const keysEnd = keysStart + header.keysBytes;
  const keys = header.count ? decoder.decode(bytes.subarray(keysStart, keysEnd)).split('\n') : [];
  if (keys.length !== header.count) throw new Error('corrupt NER model (feature count)');
  const weightsStart = keysEnd + (keysEnd % 2);
  const T = NUM_TAGS;
  const weights = new Float32Array(header.count * T);
  for (let i = 0; i < weights.length; i++) weights[i] = dv.getInt16(weightsStart + i * 2, true) * header.scale;
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const transitions = Float32Array.from(header.transitions, (v) => (v === null ? -Infinity : v));
  const dense = header.dense ? Float32Array.from(header.dense) : undefined;
  return {
    features: header.features,
    index,
    weights,
    transitions,
    info: header.info,
    ...(dense ? { dense } : {}),
    ...(header.transitions2 ? { transitions2: Float32Array.from(header.transitions2) } : {}),
  };
}
