/**
 * Library functions of the tagger's training and scoring (pure: no file, no process), used by `rasd train ner` and
 * `rasd eval ner` (src/cli/commands/ner.ts) and by scripts; until qa17 they lived with that CLI code in
 * src/ner/commands.ts, inside the core.
 */
import { RasdError } from '../core/errors.ts';
import { parseConll, type TaggedSentence } from './conll.ts';
import { NUM_TAGS, TAGS, type FeatureConfig, type NerModel } from './model.ts';
import { scoreNer, type NerScore } from './score.ts';
import { createTagger, type Propagation } from './tagger.ts';
import type { FeatureResources } from './features.ts';

const KNOWN_TAGS: ReadonlySet<string> = new Set(TAGS);

/**
 * The sentences of a gold or prediction file's text for `rasd eval ner` (`name` names it in errors): refused in one
 * line when it holds no token or a line whose last column is no tag (a JSON file, a file in another tag set), rather
 * than scored as all-zero.
 */
export function parseTaggedText(text: string, name: string): TaggedSentence[] {
  const lines = text.split('\n');
  let tagged = 0;
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i]!.replace(/^\uFEFF/, '').trim().split(/\s+/).filter(Boolean);
    if (parts.length < 2) continue;
    const tag = parts[parts.length - 1]!;
    if (!KNOWN_TAGS.has(tag)) throw new RasdError('RASD_E005', `${name}: line ${i + 1}: "${tag.slice(0, 40)}" is not a tag (two columns: token TAG, the tags ${TAGS.join(' ')})`);
    tagged++;
  }
  if (tagged === 0) throw new RasdError('RASD_E005', `${name}: no tagged tokens (two columns: token TAG)`);
  return parseConll(text);
}

/** Scores the model on a file read as one stream of sentences (ANERcorp marks no document breaks). */
export function evaluate(model: NerModel, resources: FeatureResources, data: readonly TaggedSentence[], propagation?: Propagation | null): NerScore {
  const tagger = createTagger(model, resources);
  return scoreNer(
    data.map((s) => s.tags),
    tagger.tagDocument(data.map((s) => s.words), propagation).map((tags) => Array.from(tags, (t) => TAGS[t]!)),
  );
}

/** The mean of models trained on the same data (same feature index) with different seeds. */
export function averageModels(models: readonly NerModel[]): NerModel {
  const first = models[0]!;
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    if (m.weights.length !== weights.length) throw new Error('models to average must share their feature index');
    for (let i = 0; i < weights.length; i++) weights[i]! += m.weights[i]! / models.length;
    for (let i = 0; i < transitions.length; i++) transitions[i]! += m.transitions[i]! / models.length;
  }
  return { ...first, weights, transitions };
}

/** The model with `penalty` subtracted from the O score of every token (through the always-on bias feature "b"). */
export function withOPenalty(model: NerModel, penalty: number): NerModel {
  const row = model.index.get('b');
  if (row === undefined || penalty === 0) return model;
  const weights = model.weights.slice();
  weights[row * NUM_TAGS] -= penalty;
  return { ...model, weights };
}

/** The feature set a training command's flags ask for (`train ner` and scripts/ner-cv.ts share the flag names). */
export function featureConfigFromFlags(values: Record<string, string | boolean | undefined>): FeatureConfig {
  return {
    gazetteers: !values['no-gazetteers'],
    triggers: !values['no-triggers'],
    clusters: !values['no-clusters'],
    kb: !values['no-kb'] && !values['no-gazetteers'],
    conjunctions: !values['no-conjunctions'],
    embeddings: !values['no-embeddings'],
    nameNgrams: Boolean(values['name-ngrams']),
    autoLexicon: !values['no-auto-lexicon'],
    ...(Number(values.dense) > 0 ? { dense: Number(values.dense) } : {}),
    ...(values['auto-spans'] ? { autoSpans: true } : {}),
    ...(values.context3 ? { context3: true } : {}),
    ...(values['auto-triggers'] ? { autoTriggers: true } : {}),
    ...(values['common-share'] ? { commonShare: true } : {}),
    ...(values.order2 ? { order2: true } : {}),
  };
}
