/**
 * Reads the NER resources from the data folder (Node only): the trained model
 * (data/ner/model.bin), rasd's lexicons (data/ner/lexicon.json, hand-written, and
 * data/ner/gazetteer.json, derived from the knowledge base) and the word
 * clusters (data/ner/clusters.tsv).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, sharedPath as sharedPathOrNull } from './shared.ts';
import { RasdError } from '../core/errors.ts';
import { type FeatureResources, compileLexicon, parseClusters, parseAutoLexicon, parseEmbeddingClusters, parseNameNgrams, parseWordVectors, parseAutoSpans, parseAutoTriggers, type LexiconSource } from '../ner/features.ts';
import { decodeModel, type NerModel } from '../ner/model.ts';
import { ENSEMBLE_RULES, isEnsembleRule, type EnsembleRule } from '../ner/ensemble.ts';
import { parsePlaceContext } from '../ner/name-filter.ts';
import { DATA_DIR, loadResources, loadWordFrequencies } from './load.ts';
import { createSegmenter } from '../text/clitics.ts';
import type { NerResources } from '../ner/stage.ts';

export const NER_MODEL_FILE = 'ner/model.bin';

export function loadNerLexicon(dataDir: string) {
  const source = JSON.parse(readFileSync(join(dataDir, 'ner/lexicon.json'), 'utf8')) as LexiconSource;
  // RASD_NER_GAZETTEER: another build of the KB lists (scripts/build-ner-gazetteer.ts --out FILE), for experiments
  // (cross-validation of one list against another while the committed file stays in place)
  const kbPath = process.env.RASD_NER_GAZETTEER || join(dataDir, 'ner/gazetteer.json');
  if (existsSync(kbPath)) source.kb = JSON.parse(readFileSync(kbPath, 'utf8')) as Record<string, unknown>;
  return compileLexicon(source);
}

/** An optional data file, parsed, or undefined when the build script has not made it. */
function optionalBytes<T>(dataDir: string, file: string, parse: (bytes: Buffer) => T): T | undefined {
  const path = join(dataDir, file);
  return existsSync(path) ? parse(readFileSync(path)) : undefined;
}

function optionalText<T>(dataDir: string, file: string, parse: (text: string) => T): T | undefined {
  return optionalBytes(dataDir, file, (bytes) => parse(bytes.toString('utf8')));
}

export function loadNerClusters(dataDir: string) {
  return parseClusters(readFileSync(join(dataDir, 'ner/clusters.tsv'), 'utf8'));
}

/** data/ner/embedding-clusters.tsv (scripts/build-ner-embeddings.ts), or undefined when absent. */
export function loadNerEmbeddings(dataDir: string) {
  return optionalText(dataDir, 'ner/embedding-clusters.tsv', parseEmbeddingClusters);
}

/** data/ner/name-ngrams.tsv (scripts/build-ner-name-ngrams.ts), or undefined when absent. */
export function loadNerNameNgrams(dataDir: string) {
  return optionalText(dataDir, 'ner/name-ngrams.tsv', parseNameNgrams);
}

/** data/ner/auto-lexicon.tsv (scripts/build-ner-auto-lexicon.ts), or undefined when absent. */
export function loadNerAutoLexicon(dataDir: string) {
  return optionalText(dataDir, 'ner/auto-lexicon.tsv', parseAutoLexicon);
}

/**
 * data/ner/embedding-vectors.bin (scripts/build-ner-embeddings.ts), or undefined when absent. The file is not
 * committed; RASD_NER_VECTORS=FILE reads a build kept outside data/ (experiments with `--dense`, branch ner10).
 */
export function loadNerVectors(dataDir: string) {
  const path = process.env.RASD_NER_VECTORS;
  if (path) return parseWordVectors(readFileSync(path));
  return optionalBytes(dataDir, 'ner/embedding-vectors.bin', parseWordVectors);
}

/** data/ner/place-context.json (place head nouns and compass words for the post-filter, branch ner13). */
export function loadNerPlaceContext(dataDir: string) {
  return optionalText(dataDir, 'ner/place-context.json', parsePlaceContext);
}

/** data/ner/auto-spans.tsv (scripts/build-ner-auto-lexicon.ts --spans), or undefined when absent. */
export function loadNerAutoSpans(dataDir: string) {
  return optionalText(dataDir, 'ner/auto-spans.tsv', parseAutoSpans);
}

/** data/ner/auto-triggers.tsv (scripts/build-ner-auto-lexicon.ts --triggers), or undefined when absent. */
export function loadNerAutoTriggers(dataDir: string) {
  return optionalText(dataDir, 'ner/auto-triggers.tsv', parseAutoTriggers);
}

/** The NER resources, or null when no trained model is present (the stage is then left out). */
export function loadNerResources(dataDir: string, modelPath = process.env.RASD_NER_MODEL || join(dataDir, NER_MODEL_FILE)): NerResources | null {
  if (!existsSync(modelPath)) return null;
  try {
    const model = decodeModel(readFileSync(modelPath));
    // the name post-filter (src/ner/name-filter.ts): on for a model whose training asked for it (info.nameFilter), or
    // for any model with RASD_NER_NAME_FILTER=1 (experiments; RASD_NER_MODEL names another model file)
    const nameFilter = model.info.nameFilter === true || process.env.RASD_NER_NAME_FILTER === '1';
    // the optional representations only for a model trained with them: each is a large map that every
    // analysis thread would otherwise hold (and every full garbage collection would walk) for nothing
    // an ensemble (src/ner/ensemble.ts, branch ner14): a second model whose chunks the stage combines with this one's,
    // named by the model's info (a path under data/) or by RASD_NER_ENSEMBLE=FILE (comparisons; RASD_NER_ENSEMBLE=0: none)
    const ensemble = loadEnsemble(dataDir, model);
    const both = ensemble ? [model, ensemble.model] : [model];
    const uses = (f: 'embeddings' | 'nameNgrams' | 'autoLexicon' | 'dense' | 'autoSpans' | 'autoTriggers' | 'commonShare') =>
      both.some((m) => !!(m.features[f] || m.first?.features[f]));
    return {
      model,
      ...(ensemble ? { ensemble } : {}),
      lexicon: loadNerLexicon(dataDir),
      clusters: loadNerClusters(dataDir),
      embeddings: uses('embeddings') ? loadNerEmbeddings(dataDir) : undefined,
      nameNgrams: uses('nameNgrams') ? loadNerNameNgrams(dataDir) : undefined,
      autoLexicon: uses('autoLexicon') ? loadNerAutoLexicon(dataDir) : undefined,
      vectors: uses('dense') ? loadNerVectors(dataDir) : undefined,
      autoSpans: uses('autoSpans') ? loadNerAutoSpans(dataDir) : undefined,
      autoTriggers: uses('autoTriggers') ? loadNerAutoTriggers(dataDir) : undefined,
      wordFrequencies: uses('commonShare') ? loadWordFrequencies(dataDir) : undefined,
      // the name post-filter is off unless asked for: branch ner7's candidate that used it did not pass the shipping
      // rule (docs/ner.md, "Branch ner7"); withNameFilter() turns it on
      ...(nameFilter ? { commonWords: loadWordFrequencies(dataDir), placeContext: loadNerPlaceContext(dataDir) } : {}),
      // the guard against splitting a listed multi-word name (src/ner/span-guard.ts, branch ner11) is on;
      // RASD_NER_SPAN_GUARD=0 turns it off (comparisons)
      ...(process.env.RASD_NER_SPAN_GUARD === '0' ? { spanGuard: false } : {}),
      ...(process.env.RASD_NER_MENTION_START === '0' ? { mentionStart: false } : {}),
      // RASD_NER_FILTER_OFF=suffixStem,lowShareRare,orgAsPlace: ner13's filter rules off (comparisons)
      ...(process.env.RASD_NER_FILTER_OFF
        ? { nameFilterOptions: Object.fromEntries(process.env.RASD_NER_FILTER_OFF.split(',').map((r) => [r.trim(), false])) }
        : {}),
    };
  } catch (err) {
    throw new RasdError('RASD_E008', `cannot read NER model ${modelPath}: ${(err as Error).message}`);
  }
}

/**
 * The second model of an ensemble (src/ner/ensemble.ts): RASD_NER_ENSEMBLE=FILE (with RASD_NER_ENSEMBLE_RULE, default
 * `fill`), else the model's `info.ensemble` ({ model: a path under data/, rule }); RASD_NER_ENSEMBLE=0 turns it off.
 */
function loadEnsemble(dataDir: string, model: NerModel): { model: NerModel; rule: EnsembleRule } | undefined {
  const env = process.env.RASD_NER_ENSEMBLE;
  if (env === '0') return undefined;
  const info = model.info.ensemble as { model?: unknown; rule?: unknown } | undefined;
  const path = env || (typeof info?.model === 'string' ? join(dataDir, info.model) : undefined);
  if (!path) return undefined;
  const rule = process.env.RASD_NER_ENSEMBLE_RULE || (typeof info?.rule === 'string' ? info.rule : 'fill');
  if (!isEnsembleRule(rule)) throw new Error(`unknown ensemble rule "${rule}" (${ENSEMBLE_RULES.join(', ')})`);
  try {
    return { model: decodeModel(readFileSync(path)), rule };
  } catch (err) {
    throw new Error(`ensemble model ${path}: ${(err as Error).message}`);
  }
}

/** The NER resources with the name post-filter on (src/ner/name-filter.ts): its evidence is the segmenter's corpus counts. */
export function withNameFilter(ner: NerResources, dataDir: string): NerResources {
  return { ...ner, commonWords: loadWordFrequencies(dataDir), placeContext: loadNerPlaceContext(dataDir) };
}

/** A path under the shared data folder; where it would be when the folder is missing, so errors name it. */
export function sharedPath(relative: string): string {
  return sharedPathOrNull(relative) ?? join(REPO_ROOT, '..', 'shared', relative);
}

/**
 * The feature resources the tagger's training and scoring read (`rasd train ner`, `rasd eval ner`, scripts): every
 * NER data file, present or not, and the segmenter. Moved from src/ner/commands.ts (qa17).
 */
export function featureResources(): FeatureResources {
  const { wordFrequencies } = loadResources();
  return {
    segment: createSegmenter(wordFrequencies),
    lexicon: loadNerLexicon(DATA_DIR),
    clusters: loadNerClusters(DATA_DIR),
    embeddings: loadNerEmbeddings(DATA_DIR),
    nameNgrams: loadNerNameNgrams(DATA_DIR),
    autoLexicon: loadNerAutoLexicon(DATA_DIR),
    vectors: loadNerVectors(DATA_DIR),
    autoSpans: loadNerAutoSpans(DATA_DIR),
    autoTriggers: loadNerAutoTriggers(DATA_DIR),
    wordFrequencies,
  };
}
