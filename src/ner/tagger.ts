/**
 * Tags sentences with a trained model: features from the extractor (cached
 * per distinct word), emission scores summed from the weight rows, Viterbi
 * under BIO constraints.
 */
import { FeatureExtractor, type FeatureResources } from './features.ts';
import { NUM_TAGS, TAGS, viterbi, type NerModel } from './model.ts';
import { STACK_WINDOW, stackFeatures } from './stack.ts';

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

export function createTagger(model: NerModel, resources: FeatureResources): NerTagger {
  const index = model.index;
  const extractor = new FeatureExtractor(resources, model.features, (f) => index.get(f) ?? -1);
  const W = model.weights;
  const T = NUM_TAGS;
  let emit = new Float32Array(64 * T);
  /** Emission scores of a sentence into `emit` (reused), returns the number of tokens. */
  const score = (words: readonly string[], given?: ReadonlyArray<readonly string[]>) => {
    const n = words.length;
    const { ids, offsets } = extractor.sentence(words, given);
    if (emit.length < n * T) emit = new Float32Array(n * T * 2);
    emit.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const r = ids[k]! * T;
        e0 += W[r]!; e1 += W[r + 1]!; e2 += W[r + 2]!; e3 += W[r + 3]!; e4 += W[r + 4]!;
        e5 += W[r + 5]!; e6 += W[r + 6]!; e7 += W[r + 7]!; e8 += W[r + 8]!;
      }
      emit[o] = e0; emit[o + 1] = e1; emit[o + 2] = e2; emit[o + 3] = e3; emit[o + 4] = e4;
      emit[o + 5] = e5; emit[o + 6] = e6; emit[o + 7] = e7; emit[o + 8] = e8;
    }
    return n;
  };
  const decode = (words: readonly string[], given?: ReadonlyArray<readonly string[]>) => {
    const out = new Int32Array(words.length);
    if (words.length === 0) return out;
    const n = score(words, given); // first: it may replace `emit` with a larger array
    viterbi(emit, n, model.transitions, out);
    return out;
  };
  // A stacked model reads the first-pass model's labels (src/ner/stack.ts).
  const firstPass = model.first ? createTagger(model.first, resources) : null;
  const stackWindow = (model.info.stackWindow as number | undefined) ?? STACK_WINDOW;
  const stored = model.info.propagation as Propagation | undefined;
  const tagDocument = (sentences: ReadonlyArray<readonly string[]>, propagation: Propagation | null = stored ?? null) => {
    const keys = sentences.map((words) => words.map((w) => extractor.word(w).base));
    const given = firstPass ? stackFeatures(firstPass.tagDocument(sentences), keys, stackWindow) : undefined;
    const first = sentences.map((words, s) => decode(words, given?.[s]));
    if (!propagation || propagation.bonus <= 0) return first;
    // Entity types each form was tagged with, per sentence.
    const typed = new Map<string, Array<{ sentence: number; type: number }>>();
    first.forEach((tags, si) => {
      tags.forEach((t, i) => {
        if (t === 0) return;
        const key = keys[si]![i]!;
        if (key.length < 2) return;
        let list = typed.get(key);
        if (!list) typed.set(key, (list = []));
        list.push({ sentence: si, type: (t + 1) >> 1 });
      });
    });
    if (typed.size === 0) return first;
    const out = first.slice();
    const bonus = new Float32Array(5);
    for (let si = 0; si < sentences.length; si++) {
      const words = sentences[si]!;
      let touched = false;
      const boosts: Array<Float32Array | null> = words.map((_, i) => {
        const list = typed.get(keys[si]![i]!);
        if (!list) return null;
        bonus.fill(0);
        let any = false;
        for (const e of list) {
          if (e.sentence === si || Math.abs(e.sentence - si) > propagation.window) continue;
          bonus[e.type] = propagation.bonus;
          any = true;
        }
        if (!any) return null;
        touched = true;
        return bonus.slice();
      });
      if (!touched) continue;
      const n = score(words, given?.[si]);
      for (let i = 0; i < n; i++) {
        const b = boosts[i];
        if (!b) continue;
        for (let type = 1; type <= 4; type++) {
          emit[i * T + 2 * type - 1] += b[type]!;
          emit[i * T + 2 * type] += b[type]!;
        }
      }
      const tags = new Int32Array(n);
      viterbi(emit, n, model.transitions, tags);
      out[si] = tags;
    }
    return out;
  };
  const tagIndices = (words: readonly string[]) => (firstPass ? tagDocument([words], null)[0]! : decode(words));
  return {
    model,
    tagIndices,
    tagDocument,
    tag: (words) => Array.from(tagIndices(words), (t) => TAGS[t]!),
  };
}
