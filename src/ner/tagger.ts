/**
 * Tags sentences with a trained model: features from the extractor (cached
 * per distinct word), emission scores summed from the weight rows, Viterbi
 * under BIO constraints.
 */
import { FeatureExtractor, type FeatureResources } from './features.ts';
import { NUM_TAGS, TAGS, viterbi, type NerModel } from './model.ts';

export interface NerTagger {
  readonly model: NerModel;
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
  const tagIndices = (words: readonly string[]) => {
    const n = words.length;
    const out = new Int32Array(n);
    if (n === 0) return out;
    const { ids, offsets } = extractor.sentence(words);
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
    viterbi(emit, n, model.transitions, out);
    return out;
  };
  return {
    model,
    tagIndices,
    tag: (words) => Array.from(tagIndices(words), (t) => TAGS[t]!),
  };
}
