/**
 * `rasd train ner` and `rasd eval ner` (Node: they read and write files). Until qa17 this was src/ner/commands.ts,
 * inside the core; the library functions it calls are in src/ner/evaluate.ts, the file loaders in
 * src/resources/ner.ts.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../args.ts';
import { RasdError } from '../../core/errors.ts';
import { loadResources, DATA_DIR } from '../../resources/load.ts';
import { featureResources, loadNerAutoLexicon, loadNerPlaceContext, NER_MODEL_FILE, sharedPath } from '../../resources/ner.ts';
import { parseConll, type TaggedSentence } from '../../ner/conll.ts';
import { TAGS, decodeModel, encodeModel, type NerModel } from '../../ner/model.ts';
import { scoreNer, SCORED_TYPES } from '../../ner/score.ts';
import { createTagger, type Propagation } from '../../ner/tagger.ts';
import { createNameFilter, DEFAULT_NAME_FILTER } from '../../ner/name-filter.ts';
import { trainPerceptron, type TrainOptions } from '../../ner/train.ts';
import { trainStacked } from '../../ner/stack-train.ts';
import { combineTags, createListedName, ENSEMBLE_RULES, isEnsembleRule } from '../../ner/ensemble.ts';
import { averageModels, evaluate, featureConfigFromFlags, parseTaggedText, withOPenalty } from '../../ner/evaluate.ts';

function readConll(path: string): TaggedSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RasdError('RASD_E006', `cannot read ${path}: ${(err as Error).message}`);
  }
  return parseConll(text);
}

/** A gold or prediction file for `rasd eval ner` (src/ner/evaluate.ts parseTaggedText checks its text). */
function readTaggedFile(path: string): TaggedSentence[] {
  if (existsSync(path) && statSync(path).isDirectory()) throw new RasdError('RASD_E006', `${path}: is a folder, not a tagged file`);
  if (!existsSync(path)) throw new RasdError('RASD_E006', `${path}: no such file`);
  return parseTaggedText(readFileSync(path, 'utf8'), path);
}

const pct = (x: number) => (100 * x).toFixed(2);

export async function trainNer(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      train: { type: 'string' },
      test: { type: 'string' },
      epochs: { type: 'string', default: '10' },
      'fixed-epochs': { type: 'boolean', default: false },
      'report-o-bonus': { type: 'string' },
      'common-share': { type: 'boolean', default: false },
      order2: { type: 'boolean', default: false },
      'dev-fraction': { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
      'min-count': { type: 'string', default: '2' },
      'word-dropout': { type: 'string', default: '0.3' },
      'no-gazetteers': { type: 'boolean', default: false },
      'no-triggers': { type: 'boolean', default: false },
      'no-clusters': { type: 'boolean', default: false },
      'no-embeddings': { type: 'boolean', default: false },
      'name-ngrams': { type: 'boolean', default: false },
      'no-auto-lexicon': { type: 'boolean', default: false },
      dense: { type: 'string', default: '0' },
      'auto-spans': { type: 'boolean', default: false },
      context3: { type: 'boolean', default: false },
      'auto-triggers': { type: 'boolean', default: false },
      'dense-dropout': { type: 'boolean', default: false },
      'dense-l2': { type: 'string', default: '0' },
      cost: { type: 'string', default: '0' },
      'miss-cost': { type: 'string', default: '0' },
      mira: { type: 'string', default: '0' },
      'no-kb': { type: 'boolean', default: false },
      'no-conjunctions': { type: 'boolean', default: false },
      'no-retrain': { type: 'boolean', default: false },
      'o-penalty': { type: 'string' },
      ensemble: { type: 'string', default: '1' },
      'tune-blocks': { type: 'string', default: '2' },
      'no-propagation': { type: 'boolean', default: false },
      stack: { type: 'boolean', default: false },
      learner: { type: 'string', default: 'perceptron' },
      rate: { type: 'string', default: '0.1' },
      l2: { type: 'string', default: '0.0001' },
      'first-epochs': { type: 'string', default: '10' },
      folds: { type: 'string', default: '5' },
      out: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    // qa17: fifteen options it takes were in neither the usage line nor the text
    console.log(`usage: rasd train ner [--train FILE] [--test FILE] [--epochs N] [--fixed-epochs] [--dev-fraction F] [--seed N]
                      [--min-count N] [--word-dropout P] [--no-gazetteers] [--no-kb] [--no-conjunctions] [--no-triggers]
                      [--no-clusters] [--no-embeddings] [--name-ngrams] [--no-auto-lexicon] [--dense SCALE] [--dense-dropout]
                      [--auto-spans] [--context3] [--auto-triggers] [--common-share] [--order2] [--cost C] [--miss-cost C] [--mira CAP]
                      [--learner perceptron|crf] [--rate R] [--l2 L] [--stack] [--first-epochs N] [--folds N] [--ensemble N]
                      [--o-penalty P] [--tune-blocks N] [--no-propagation] [--report-o-bonus B,B...] [--no-retrain]
                      [--out FILE | --no-write]

Trains the averaged-perceptron tagger on the first (1-F) of the training sentences,
prints the dev F1 (last F of them) after each epoch, then retrains on all of the
training file for the best epoch count and writes the model (default data/${NER_MODEL_FILE}).
With --test, scores the written model on the test file once.
  --train, --test       two-column files (default: ANERcorp's train.txt under ../shared; no test)
  --min-count, --word-dropout   features seen fewer times are dropped; words hidden at this rate while training
  --no-*, --name-ngrams, --dense, --auto-spans, --context3, --auto-triggers, --common-share, --order2
                        feature groups off or on (docs/ner.md)
  --learner, --rate, --l2, --cost, --miss-cost, --mira, --dense-dropout, --dense-l2   the learner and its settings
  --stack, --first-epochs, --folds   a stacked pair of taggers (src/ner/stack.ts)
  --ensemble N          average N models trained with seeds seed..seed+N-1
  --o-penalty P         the O-tag handicap (default: chosen on held-out blocks, --tune-blocks of them)
  --no-propagation      no document-consistency bonus; --report-o-bonus: held-out scores for those O bonuses
  --no-retrain          keep the model of the dev run; --out FILE / --no-write: where to write it, or not at all`);
    return 0;
  }
  const started = performance.now();
  const trainPath = values.train ?? sharedPath('data/ner/anercorp/train.txt');
  const all = readConll(trainPath);
  const devCount = Math.round(all.length * Number(values['dev-fraction']));
  const trainPart = all.slice(0, all.length - devCount);
  const dev = all.slice(all.length - devCount);
  const features = featureConfigFromFlags(values);
  const epochs = Number(values.epochs);
  const seed = Number(values.seed);
  const minCount = Number(values['min-count']);
  const wordDropout = Number(values['word-dropout']);
  const resources = featureResources();
  console.log(`train ${trainPart.length} sentences, dev ${dev.length} (the last ${devCount} of ${trainPath}); features ${JSON.stringify(features)}`);
  let bestEpoch = epochs;
  let bestF1 = -1;
  let bestModel: NerModel | null = null;
  // With --stack, every model below is a stacked pair (src/ner/stack.ts).
  const stack = values.stack;
  const firstEpochs = Number(values['first-epochs']);
  const folds = Number(values.folds);
  const learning = {
    learner: values.learner as 'perceptron' | 'crf',
    rate: Number(values.rate),
    l2: Number(values.l2),
    cost: Number(values.cost),
    missCost: Number(values['miss-cost']),
    mira: Number(values.mira),
    denseDropout: values['dense-dropout'],
    denseL2: Number(values['dense-l2']),
  };
  const train = (data: TaggedSentence[], options: TrainOptions): NerModel =>
    stack ? trainStacked(data, resources, { ...options, ...learning, firstEpochs, folds }) : trainPerceptron(data, resources, { ...options, ...learning });
  let model = train(trainPart, {
    epochs,
    seed,
    features,
    minCount,
    wordDropout,
    onEpoch: (epoch, m, errors) => {
      if (!dev.length) return;
      const s = evaluate(m, resources, dev);
      if (s.micro.f1 > bestF1) {
        bestF1 = s.micro.f1;
        bestEpoch = epoch;
        bestModel = m;
      }
      const per = SCORED_TYPES.map((t) => `${t} ${pct(s.types[t]!.f1)}`).join(' ');
      console.log(`epoch ${String(epoch).padStart(2)}  train errors ${errors}  dev F1 ${pct(s.micro.f1)} (P ${pct(s.micro.precision)} R ${pct(s.micro.recall)})  ${per}  ${((performance.now() - started) / 1000).toFixed(0)}s`);
    },
  });
  if (dev.length) console.log(`best dev F1 ${pct(bestF1)} at epoch ${bestEpoch}`);
  // The dev set has about 1,000 entities: its best epoch is noisy (4 or 10 for the same features), so
  // --fixed-epochs keeps the count given (chosen by cross-validation over all of train, scripts/ner-cv.ts).
  if (values['fixed-epochs'] && dev.length) {
    bestEpoch = epochs;
    bestF1 = evaluate(model, resources, dev).micro.f1;
    bestModel = model;
    console.log(`fixed epoch count ${epochs}: dev F1 ${pct(bestF1)}`);
  }
  // Averaging perceptrons trained on differently shuffled data (seeds seed+1 …) steadies the weights.
  const ensemble = Number(values.ensemble);
  if (stack && ensemble > 1) throw new RasdError('RASD_E005', '--ensemble does not combine with --stack');
  if (bestModel && ensemble > 1) {
    const members = [bestModel as NerModel];
    for (let k = 1; k < ensemble; k++) members.push(trainPerceptron(trainPart, resources, { epochs: bestEpoch, seed: seed + k, features, minCount, wordDropout }));
    bestModel = averageModels(members);
    bestF1 = evaluate(bestModel, resources, dev).micro.f1;
    console.log(`average of ${ensemble} seeds: dev F1 ${pct(bestF1)}`);
  }
  // The O penalty and the consistency bonus are chosen on held-out blocks of
  // train: the dev set and, to make the choice less noisy (the dev set has
  // about 1,000 entities), a second block from the middle of the file, tagged
  // by a model trained on the rest for the same number of epochs.
  const heldOut: Array<{ model: NerModel; data: TaggedSentence[] }> = [];
  if (bestModel) heldOut.push({ model: bestModel, data: dev });
  const blocks = Number(values['tune-blocks']);
  if (bestModel && blocks > 1) {
    const from = Math.round(all.length * 0.45);
    const block = all.slice(from, from + devCount);
    const rest = [...all.slice(0, from), ...all.slice(from + devCount)];
    heldOut.push({ model: train(rest, { epochs: bestEpoch, seed, features, minCount, wordDropout }), data: block });
  }
  const tuneScore = (penalty: number, propagation: Propagation | null) => {
    const gold: string[][] = [];
    const pred: string[][] = [];
    for (const h of heldOut) {
      const tagger = createTagger(withOPenalty(h.model, penalty), resources);
      gold.push(...h.data.map((s) => s.tags));
      pred.push(...tagger.tagDocument(h.data.map((s) => s.words), propagation).map((tags) => Array.from(tags, (t) => TAGS[t]!)));
    }
    return scoreNer(gold, pred).micro;
  };
  let oPenalty = 0;
  let tuneF1 = heldOut.length ? tuneScore(0, null).f1 : -1;
  if (heldOut.length) console.log(`held-out blocks ${heldOut.length}: F1 ${pct(tuneF1)} before tuning`);
  if (heldOut.length && values['o-penalty'] === undefined) {
    // The perceptron is conservative (precision well above recall): a constant
    // handicap on the O tag trades some precision for recall.
    for (const pen of [2, 4, 6, 8, 11, 15, 20, 27, 36]) {
      const s = tuneScore(pen, null);
      console.log(`  O penalty ${pen}: held-out F1 ${pct(s.f1)} (P ${pct(s.precision)} R ${pct(s.recall)})`);
      if (s.f1 > tuneF1) {
        tuneF1 = s.f1;
        oPenalty = pen;
      }
    }
    console.log(`O penalty ${oPenalty}: held-out F1 ${pct(tuneF1)}`);
  } else if (values['o-penalty'] !== undefined) oPenalty = Number(values['o-penalty']);
  let propagation: Propagation | null = null;
  if (heldOut.length && !values['no-propagation']) {
    for (const window of [5, 10, 20, 40])
      for (const bonus of [3, 6, 10, 15, 22, 30]) {
        const s = tuneScore(oPenalty, { bonus, window });
        console.log(`  consistency bonus ${bonus} window ${window}: held-out F1 ${pct(s.f1)} (P ${pct(s.precision)} R ${pct(s.recall)})`);
        if (s.f1 > tuneF1) {
          tuneF1 = s.f1;
          propagation = { bonus, window };
        }
      }
    console.log(`document consistency ${JSON.stringify(propagation)}: held-out F1 ${pct(tuneF1)}`);
  }
  // --report-o-bonus 10,20,…: the held-out score with the O score raised by each bonus (a negative O penalty), with and
  // without the stage's name post-filter; reported only, nothing chosen (branch ner7 chose the bonus on news, where
  // the model is used, and checks here what it costs on ANERcorp's held-out blocks).
  if (heldOut.length && values['report-o-bonus'] !== undefined) {
    const filter = createNameFilter(loadResources().wordFrequencies, features.autoLexicon ? resources.autoLexicon : undefined, resources.segment, resources.lexicon);
    for (const bonus of [0, ...values['report-o-bonus'].split(',').map(Number)])
      for (const filtered of [false, true]) {
        const gold: string[][] = [];
        const pred: string[][] = [];
        for (const h of heldOut) {
          const sentences = h.data.map((x) => x.words);
          const tagged = createTagger(withOPenalty(h.model, oPenalty - bonus), resources).tagDocument(sentences, propagation);
          if (filtered) tagged.forEach((tags, i) => filter.apply(sentences[i]!, tags));
          gold.push(...h.data.map((x) => x.tags));
          pred.push(...tagged.map((tags) => Array.from(tags, (t) => TAGS[t]!)));
        }
        const m = scoreNer(gold, pred).micro;
        console.log(`  O bonus ${bonus}${filtered ? ' + name filter' : ''}: held-out F1 ${pct(m.f1)} (P ${pct(m.precision)} R ${pct(m.recall)})`);
      }
  }
  if (heldOut.length) {
    const s = evaluate(withOPenalty(heldOut[0]!.model, oPenalty), resources, dev, propagation);
    bestF1 = s.micro.f1;
    console.log(`dev F1 with the chosen settings ${pct(bestF1)} (P ${pct(s.micro.precision)} R ${pct(s.micro.recall)})`);
  }
  const info = { trainedOn: 'ANERcorp train (Benajiba, Rosso & Benedí, CICLing 2007)', epochs: bestEpoch, seed, sentences: all.length, devF1: bestF1, oPenalty, propagation, tuneF1 };
  if (!values['no-retrain']) {
    const members: NerModel[] = [];
    for (let k = 0; k < Math.max(1, ensemble); k++) members.push(train(all, { epochs: bestEpoch, seed: seed + k, features, minCount, wordDropout, info }));
    model = members.length > 1 ? averageModels(members) : members[0]!;
    console.log(`retrained on all ${all.length} sentences for ${bestEpoch} epochs (${((performance.now() - started) / 1000).toFixed(0)}s)`);
  } else {
    model = { ...model, info };
  }
  model = withOPenalty(model, oPenalty);
  const bytes = encodeModel(model);
  // Score the model as it will be loaded: quantized, pruned.
  const stored = decodeModel(bytes);
  if (!values['no-write']) {
    const out = values.out ?? join(DATA_DIR, NER_MODEL_FILE);
    writeFileSync(out, bytes);
    console.log(`wrote ${out}: ${stored.index.size} features, ${(bytes.length / 1e6).toFixed(2)} MB`);
  }
  if (values.test) {
    const s = evaluate(stored, resources, readConll(values.test));
    const per = SCORED_TYPES.map((t) => `${t} ${pct(s.types[t]!.f1)}`).join(' ');
    console.log(`test F1 ${pct(s.micro.f1)} (P ${pct(s.micro.precision)} R ${pct(s.micro.recall)})  ${per}`);
  }
  return 0;
}

export async function evalNer(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      model: { type: 'string' },
      json: { type: 'boolean', default: false },
      'name-filter': { type: 'boolean', default: false },
      ensemble: { type: 'string' },
      'ensemble-rule': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.gold) {
    // qa17: without --gold the usage went to stdout, with status 2 and no word of what was missing
    if (!values.help) console.error('rasd eval ner: --gold FILE is needed (a two-column file: token TAG)');
    (values.help ? console.log : console.error)(`usage: rasd eval ner --gold FILE [--pred FILE] [--model FILE] [--name-filter] [--ensemble FILE [--ensemble-rule R]] [--json]

Tags the tokens of FILE (two columns: token TAG; blank lines between sentences optional)
with the model (default data/${NER_MODEL_FILE}) and prints entity-level micro P/R/F1
(exact span and type, as conlleval), per-type scores and a confusion summary.
--pred FILE scores a prediction file with the same tokens instead of tagging.
--name-filter applies the post-filter of src/ner/name-filter.ts (common words, leading verbs, lone title words).
--ensemble FILE runs a second model and combines its chunks (the main ones) with the model's by --ensemble-rule
(src/ner/ensemble.ts: ${ENSEMBLE_RULES.join(', ')}; default fill), before the post-filter, as the stage does.`);
    return values.help ? 0 : 2;
  }
  const started = performance.now();
  const gold = readTaggedFile(values.gold);
  let predicted: string[][];
  if (values.pred) {
    const pred = readTaggedFile(values.pred);
    const flat = pred.flatMap((s) => s.tags);
    predicted = [];
    let at = 0;
    for (const s of gold) {
      predicted.push(flat.slice(at, at + s.words.length));
      at += s.words.length;
    }
    if (at !== flat.length) throw new RasdError('RASD_E005', `${values.pred} has ${flat.length} tokens, ${values.gold} has ${at}`);
  } else {
    const modelPath = values.model ?? join(DATA_DIR, NER_MODEL_FILE);
    let model: NerModel;
    try {
      model = decodeModel(readFileSync(modelPath));
    } catch (err) {
      throw new RasdError('RASD_E008', `cannot read NER model ${modelPath}: ${(err as Error).message}`);
    }
    const resources = featureResources();
    const tagger = createTagger(model, resources);
    const sentences = gold.map((s) => s.words);
    let tagged = tagger.tagDocument(sentences);
    // --ensemble FILE (branch ner14): the second model's chunks combined with the model's, as the stage does
    // (also RASD_NER_ENSEMBLE=FILE and a model whose info names one, as loadNerResources reads them; =0: none)
    const env = process.env.RASD_NER_ENSEMBLE;
    const info = model.info.ensemble as { model?: unknown; rule?: unknown } | undefined;
    const ensemblePath =
      values.ensemble ?? (env === '0' ? undefined : env || (typeof info?.model === 'string' ? join(DATA_DIR, info.model) : undefined));
    if (ensemblePath) {
      const rule = values['ensemble-rule'] ?? process.env.RASD_NER_ENSEMBLE_RULE ?? (typeof info?.rule === 'string' ? info.rule : 'fill');
      if (!isEnsembleRule(rule)) throw new RasdError('RASD_E005', `--ensemble-rule: "${rule}" is none of ${ENSEMBLE_RULES.join(', ')}`);
      let second: NerModel;
      try {
        second = decodeModel(readFileSync(ensemblePath));
      } catch (err) {
        throw new RasdError('RASD_E008', `cannot read NER model ${ensemblePath}: ${(err as Error).message}`);
      }
      const main = createTagger(second, resources).tagDocument(sentences);
      const listed = createListedName(resources.lexicon, resources.segment);
      tagged = main.map((tags, i) => combineTags(tags, tagged[i]!, rule, listed(sentences[i]!)));
    }
    // --name-filter: with the post-filter of src/ner/name-filter.ts (off in the pipeline unless the model's info asks
    // for it, as loadNerResources reads it, or RASD_NER_NAME_FILTER=1)
    if (values['name-filter'] || model.info.nameFilter === true || process.env.RASD_NER_NAME_FILTER === '1') {
      const filter = createNameFilter(
        loadResources().wordFrequencies,
        model.features.autoLexicon || model.first?.features.autoLexicon ? resources.autoLexicon : undefined,
        resources.segment,
        resources.lexicon,
        // RASD_NER_FILTER_OFF=suffixStem,lowShareRare,orgAsPlace: ner13's rules off, as in the stage (comparisons)
        { ...DEFAULT_NAME_FILTER, ...Object.fromEntries((process.env.RASD_NER_FILTER_OFF ?? '').split(',').filter(Boolean).map((r) => [r.trim(), false])) },
        // ner13's rules read the corpus sightings and the place words as the stage does
        { sightings: resources.autoLexicon ?? loadNerAutoLexicon(DATA_DIR), placeContext: loadNerPlaceContext(DATA_DIR) },
      );
      tagged.forEach((tags, i) => filter.apply(sentences[i]!, tags));
    }
    predicted = tagged.map((tags) => Array.from(tags, (t) => TAGS[t]!));
  }
  const score = scoreNer(
    gold.map((s) => s.tags),
    predicted,
  );
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    const types: Record<string, { precision: number; recall: number; f1: number }> = {};
    for (const t of SCORED_TYPES) {
      const s = score.types[t]!;
      types[t] = { precision: s.precision, recall: s.recall, f1: s.f1 };
    }
    const { precision, recall, f1 } = score.micro;
    console.log(JSON.stringify({ micro: { precision, recall, f1 }, types, tokens: score.tokens, seconds: Number(seconds.toFixed(3)) }));
    return 0;
  }
  const lines = [
    `${values.gold}: ${score.tokens} tokens, ${score.micro.gold} gold entities, ${score.micro.predicted} predicted, token accuracy ${pct(score.tokenAccuracy)}%`,
    `micro  P ${pct(score.micro.precision)}  R ${pct(score.micro.recall)}  F1 ${pct(score.micro.f1)}`,
    ...Object.entries(score.types).map(([t, s]) => `${t.padEnd(5)}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`),
    'errors (gold type → prediction; spurious → predicted type):',
    ...Object.entries(score.confusion)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`),
    `${seconds.toFixed(2)}s`,
  ];
  console.log(lines.join('\n'));
  return 0;
}
