/**
 * Training a stacked tagger (src/ner/stack.ts): the first-pass model on all
 * of the data, and the second on the data with first-pass labels that come
 * from models that did not see the sentence (k contiguous folds: each fold is
 * tagged by a first-pass model trained on the others), so that the second
 * model learns from labels as wrong as they will be on new text.
 */
import { FeatureExtractor, type FeatureResources } from './features.ts';
import type { NerModel } from './model.ts';
import { STACK_WINDOW, stackFeatures } from './stack.ts';
import { createTagger } from './tagger.ts';
import { trainPerceptron, type TrainOptions, type TrainingSentence } from './train.ts';
import type { TaggedSentence } from './conll.ts';

export interface StackOptions extends TrainOptions {
  /** Epochs of the first-pass models (the second model trains for `epochs`). */
  firstEpochs: number;
  folds: number;
  window?: number;
}

/** The data with jackknifed first-pass stack features. */
export function jackknife(data: readonly TaggedSentence[], resources: FeatureResources, options: StackOptions): TrainingSentence[] {
  const n = data.length;
  const first: Int32Array[] = new Array(n);
  for (let k = 0; k < options.folds; k++) {
    const from = Math.floor((k * n) / options.folds);
    const to = Math.floor(((k + 1) * n) / options.folds);
    const rest = [...data.slice(0, from), ...data.slice(to)];
    const model = trainPerceptron(rest, resources, { ...options, epochs: options.firstEpochs, onEpoch: undefined, info: {} });
    const tags = createTagger(model, resources).tagDocument(
      data.slice(from, to).map((s) => s.words),
      null,
    );
    tags.forEach((t, i) => (first[from + i] = t));
  }
  const extractor = new FeatureExtractor(resources, options.features, () => -1);
  const keys = data.map((s) => s.words.map((w) => extractor.word(w).base));
  const extra = stackFeatures(first, keys, options.window ?? STACK_WINDOW);
  return data.map((s, i) => ({ ...s, extra: extra[i]! }));
}

/** A stacked model: first pass trained on all of `data`, second on the jackknifed labels. */
export function trainStacked(data: readonly TaggedSentence[], resources: FeatureResources, options: StackOptions): NerModel {
  const firstModel = trainPerceptron(data, resources, { ...options, epochs: options.firstEpochs, onEpoch: undefined, info: {} });
  const stacked = jackknife(data, resources, options);
  const info = { ...(options.info ?? {}), stackWindow: options.window ?? STACK_WINDOW, firstEpochs: options.firstEpochs, folds: options.folds };
  const onEpoch = options.onEpoch;
  const second = trainPerceptron(stacked, resources, {
    ...options,
    info,
    onEpoch: onEpoch ? (epoch, m, errors) => onEpoch(epoch, { ...m, first: firstModel }, errors) : undefined,
  });
  return { ...second, first: firstModel };
}
