/**
 * Stacking: a second tagger reads the first tagger's labels as features.
 *
 * The first pass decides each sentence alone; the second sees what the first
 * predicted around a token (labels at ±2) and what it predicted for the same
 * word elsewhere in the document (a surname tagged as part of a full name in
 * one sentence and missed when it stands alone in another). It learns how far
 * to trust these from first-pass labels on data the first tagger did not
 * train on (jackknifed over the training file), so the weights reflect the
 * first tagger's real error rate.
 *
 * The features exist in two forms built from the same counts: strings for
 * training (`stackFeatures`) and precomputed ids for tagging (`StackFeatureIds`),
 * so that tagging builds no strings per token.
 */
import { TAGS } from './model.ts';

/** Sentences a document-level feature reaches either way (ANERcorp marks no document breaks). */
export const STACK_WINDOW = 40;

const TYPE_NAMES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'];
/** Label of position i-2..i+2 (index 0..8 a tag, 9 before the sentence, 10 after it). */
const LABELS = [...TAGS, '<s>', '</s>'];
const L = LABELS.length;
const SLOTS = ['k0', 'k-1', 'k1', 'k-2', 'k2'];
const SLOT_OFFSET = [0, -1, 1, -2, 2];
const SHARE = ['a', 'h', 'l'];
const PLACE = ['B', 'M', 'I'];

/**
 * A document's tokens, flattened: `keys[g]` is a small integer per distinct
 * document key (the form without proclitics), or -1 where the key is shorter
 * than 2 letters (never counted); `sentence[g]` the sentence of token g.
 */
export interface FlatDocument {
  readonly n: number;
  readonly keys: Int32Array;
  readonly sentence: Int32Array;
}

/** Flattens a document's keys (strings per sentence) into a {@link FlatDocument}. */
export function flattenKeys(keys: ReadonlyArray<readonly string[]>): FlatDocument {
  let n = 0;
  for (const ks of keys) n += ks.length;
  const keyIds = new Int32Array(n);
  const sentence = new Int32Array(n);
  const ids = new Map<string, number>();
  let g = 0;
  keys.forEach((ks, s) => {
    for (const k of ks) {
      sentence[g] = s;
      if (k.length < 2) keyIds[g] = -1;
      else {
        let id = ids.get(k);
        if (id === undefined) ids.set(k, (id = ids.size));
        keyIds[g] = id;
      }
      g++;
    }
  });
  return { n, keys: keyIds, sentence };
}

/**
 * For every token, how the other occurrences of its key within `window`
 * sentences were tagged: `counts[g*5 + type]` (type 0 = O), `begins[g*5 + type]`
 * (of those, the ones tagged B-), `others[g]` (their number). With
 * `excludeSentence` the occurrences in the token's own sentence are left out,
 * otherwise only the token itself. Linear in the document's length: tokens
 * are grouped by key and the window slides over prefix sums.
 */
export function keyStatistics(doc: FlatDocument, tags: Int32Array, window: number, excludeSentence: boolean): { counts: Int32Array; begins: Int32Array; others: Int32Array } {
  const { n, keys, sentence } = doc;
  let groups = 0;
  for (let g = 0; g < n; g++) if (keys[g]! >= groups) groups = keys[g]! + 1;
  // Counting sort of the tokens by key, each group in document order.
  const start = new Int32Array(groups + 1);
  for (let g = 0; g < n; g++) if (keys[g]! >= 0) start[keys[g]! + 1]!++;
  for (let k = 0; k < groups; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, groups);
  const m = start[groups]!;
  const order = new Int32Array(m);
  for (let g = 0; g < n; g++) if (keys[g]! >= 0) order[fill[keys[g]!]!++] = g;
  // prefix[(j*10) + type]: O..MISC counts, prefix[(j*10) + 5 + type]: begins, over order[0..j).
  const prefix = new Int32Array((m + 1) * 10);
  for (let j = 0; j < m; j++) {
    const t = tags[order[j]!]!;
    const type = (t + 1) >> 1;
    prefix.copyWithin((j + 1) * 10, j * 10, j * 10 + 10);
    prefix[(j + 1) * 10 + type]!++;
    if (type > 0 && t % 2 === 1) prefix[(j + 1) * 10 + 5 + type]!++;
  }
  const counts = new Int32Array(n * 5);
  const begins = new Int32Array(n * 5);
  const others = new Int32Array(n);
  for (let k = 0; k < groups; k++) {
    const a = start[k]!;
    const b = start[k + 1]!;
    let lo = a, hi = a, slo = a, shi = a;
    for (let j = a; j < b; j++) {
      const g = order[j]!;
      const s = sentence[g]!;
      while (sentence[order[lo]!]! < s - window) lo++;
      while (hi < b && sentence[order[hi]!]! <= s + window) hi++;
      let xlo = j, xhi = j + 1; // what to leave out: the token, or its sentence
      if (excludeSentence) {
        while (sentence[order[slo]!]! < s) slo++;
        if (shi < slo) shi = slo;
        while (shi < b && sentence[order[shi]!]! <= s) shi++;
        xlo = slo;
        xhi = shi;
      }
      let total = 0;
      for (let c = 0; c < 5; c++) {
        const v = prefix[hi * 10 + c]! - prefix[lo * 10 + c]! - (prefix[xhi * 10 + c]! - prefix[xlo * 10 + c]!);
        counts[g * 5 + c] = v;
        total += v;
        begins[g * 5 + c] = prefix[hi * 10 + 5 + c]! - prefix[lo * 10 + 5 + c]! - (prefix[xhi * 10 + 5 + c]! - prefix[xlo * 10 + 5 + c]!);
      }
      others[g] = total;
    }
  }
  return { counts, begins, others };
}

/**
 * Visits the stack features of token g as codes: `label(slot, labelIndex)`,
 * `pair(which, left, right)`, `dm(best)` (-1: no other occurrence), `dmk(best, own)`,
 * `dx(type, share)`, `dp(type, place)`. The single definition of the features.
 */
interface StackVisitor {
  label(slot: number, label: number): void;
  pair(which: 0 | 1, left: number, right: number): void;
  dm(best: number): void;
  dmk(best: number, own: number): void;
  dx(type: number, share: number): void;
  dp(type: number, place: number): void;
}

function labelAt(tags: Int32Array, from: number, n: number, j: number): number {
  return j < 0 ? 9 : j >= n ? 10 : tags[from + j]!;
}

function visitToken(tags: Int32Array, from: number, n: number, i: number, g: number, st: ReturnType<typeof keyStatistics>, v: StackVisitor): void {
  for (let slot = 0; slot < 5; slot++) v.label(slot, labelAt(tags, from, n, i + SLOT_OFFSET[slot]!));
  const own = tags[from + i]!;
  v.pair(0, labelAt(tags, from, n, i - 1), own);
  v.pair(1, own, labelAt(tags, from, n, i + 1));
  const others = st.others[g]!;
  if (others === 0) {
    v.dm(-1);
    return;
  }
  const c = g * 5;
  let best = 0;
  for (let t = 1; t < 5; t++) if (st.counts[c + t]! > st.counts[c + best]!) best = t;
  v.dm(best);
  v.dmk(best, (own + 1) >> 1);
  for (let t = 1; t < 5; t++) {
    const count = st.counts[c + t]!;
    if (!count) continue;
    const share = count / others;
    v.dx(t, share >= 0.99 ? 0 : share >= 0.5 ? 1 : 2);
    // Seen only inside a longer name elsewhere (a surname alone) or starting one.
    const b = st.begins[c + t]!;
    v.dp(t, b === count ? 0 : b ? 1 : 2);
  }
}

const NAMES: { [K in keyof StackVisitor]: (...a: number[]) => string } = {
  label: (slot, l) => `${SLOTS[slot]}=${LABELS[l]}`,
  pair: (which, a, b) => `${which ? 'k01' : 'k-10'}=${LABELS[a]}|${LABELS[b]}`,
  dm: (best) => (best < 0 ? 'dm=none' : `dm=${TYPE_NAMES[best]}`),
  dmk: (best, own) => `dmk=${TYPE_NAMES[best]}|${TYPE_NAMES[own]}`,
  dx: (t, share) => `dx=${TYPE_NAMES[t]}${SHARE[share]}`,
  dp: (t, place) => `dp=${TYPE_NAMES[t]}${PLACE[place]}`,
};

/**
 * Feature strings for every token of a document (or of a stream of
 * sentences, reach limited by `window`), from the first pass's tag indices
 * and the tokens' document keys (the form without proclitics). Used in training.
 */
export function stackFeatures(first: ReadonlyArray<Int32Array>, keys: ReadonlyArray<readonly string[]>, window = STACK_WINDOW): string[][][] {
  const doc = flattenKeys(keys);
  const tags = new Int32Array(doc.n);
  let g = 0;
  for (const t of first) {
    tags.set(t, g);
    g += t.length;
  }
  const st = keyStatistics(doc, tags, window, false);
  g = 0;
  return first.map((sent) => {
    const from = g;
    const out: string[][] = [];
    for (let i = 0; i < sent.length; i++, g++) {
      const f: string[] = [];
      const push = (name: keyof StackVisitor) => (...a: number[]) => void f.push(NAMES[name](...a));
      visitToken(tags, from, sent.length, i, g, st, {
        label: push('label'),
        pair: push('pair'),
        dm: push('dm'),
        dmk: push('dmk'),
        dx: push('dx'),
        dp: push('dp'),
      });
      out.push(f);
    }
    return out;
  });
}

/** The stack features' ids in a model's index (-1 where the model has no such feature), for tagging. */
export class StackFeatureIds {
  private readonly label: Int32Array;
  private readonly pairs: Int32Array;
  private readonly dmIds: Int32Array;
  private readonly dmkIds: Int32Array;
  private readonly dxIds: Int32Array;
  private readonly dpIds: Int32Array;
  private out!: Int32Array;
  private count = 0;
  private readonly visitor: StackVisitor;

  constructor(idOf: (feature: string) => number) {
    const table = (size: number, name: keyof StackVisitor, dims: number[]) => {
      const ids = new Int32Array(size);
      for (let k = 0; k < size; k++) {
        const a: number[] = [];
        let r = k;
        for (let d = dims.length - 1; d >= 0; d--) {
          a.unshift(r % dims[d]!);
          r = Math.floor(r / dims[d]!);
        }
        ids[k] = idOf(NAMES[name](...a));
      }
      return ids;
    };
    this.label = table(5 * L, 'label', [5, L]);
    this.pairs = table(2 * L * L, 'pair', [2, L, L]);
    this.dmIds = new Int32Array(6);
    for (let b = -1; b < 5; b++) this.dmIds[b + 1] = idOf(NAMES.dm(b));
    this.dmkIds = table(25, 'dmk', [5, 5]);
    this.dxIds = table(15, 'dx', [5, 3]);
    this.dpIds = table(15, 'dp', [5, 3]);
    const add = (id: number) => {
      if (id >= 0) this.out[this.count++] = id;
    };
    this.visitor = {
      label: (slot, l) => add(this.label[slot * L + l]!),
      pair: (which, a, b) => add(this.pairs[(which * L + a) * L + b]!),
      dm: (best) => add(this.dmIds[best + 1]!),
      dmk: (best, own) => add(this.dmkIds[best * 5 + own]!),
      dx: (t, share) => add(this.dxIds[t * 3 + share]!),
      dp: (t, place) => add(this.dpIds[t * 3 + place]!),
    };
  }

  /**
   * Writes the ids of token g (position i of the sentence starting at flat
   * index `from`, n tokens) to `out` (room for 16) and returns how many.
   */
  token(tags: Int32Array, from: number, n: number, i: number, st: ReturnType<typeof keyStatistics>, out: Int32Array): number {
    this.out = out;
    this.count = 0;
    visitToken(tags, from, n, i, from + i, st, this.visitor);
    return this.count;
  }
}
