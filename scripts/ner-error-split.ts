/**
 * The NER tagger's errors, split by kind (branch ner10): for every gold entity, whether the prediction got it
 * right, got its type right but its span wrong (boundary: starts or ends too early or too late, split into two
 * names or joined with a neighbour), its span right but its type wrong (type), both wrong (overlapping: a name
 * of another type over part of it), or no name over any of its words (missed); and every predicted name that
 * touches no gold name (spurious). Each split is given by gold type and by whether the name was seen in
 * training: the exact word sequence as a gold name of any type in the training part ("name seen"), every word
 * in the training text but not as this name ("words seen"), or a word the training part never has ("unseen").
 *
 * Two sources of predictions:
 *   --cv FILE [--folds 5]   a dump of scripts/ner-cv.ts (`--dump FILE --dump-epoch E`: word, gold, predicted per
 *                           line, the ANERcorp train sentences in order); each sentence's training part is the
 *                           other folds, as in the CV run
 *   --dev [--epochs 8] [--seed 1] [feature flags as for ner-cv]   trains the single perceptron on the first 90% of
 *                           ANERcorp train (as `rasd train ner` does) and tags the last 10% (the dev split); no
 *                           decoding adjustments
 *
 *   npx tsx scripts/ner-error-split.ts --cv /tmp/cv.tsv [--folds 5] [--json]
 *   npx tsx scripts/ner-error-split.ts --dev --no-embeddings --no-auto-lexicon [--epochs 8]
 *
 * Never run it on the ANERcorp test file (tune on train only); it reads train.txt only.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConll, type TaggedSentence } from '../src/ner/conll.ts';
import { createTagger } from '../src/ner/tagger.ts';
import { TAGS } from '../src/ner/model.ts';
import { trainPerceptron } from '../src/ner/train.ts';
import { chunks, SCORED_TYPES, type Chunk } from '../src/ner/score.ts';
import { featureConfigFromFlags } from '../src/ner/evaluate.ts';
import { featureResources, sharedPath } from '../src/resources/ner.ts';

export type ErrorKind = 'correct' | 'boundary' | 'type' | 'overlap' | 'missed';
export type Seen = 'name seen' | 'words seen' | 'unseen';

export interface SplitRow {
  kind: ErrorKind | 'spurious';
  type: string;
  seen: Seen;
  /** For boundary errors: how the span differs (start early/late, end early/late, split, joined). */
  detail?: string;
  /** For type errors: the predicted type. */
  predType?: string;
}

/**
 * Classifies the gold and predicted names of one sentence. `seen` says whether a span (its words) was seen in
 * training (see the header).
 */
export function splitSentence(words: readonly string[], gold: readonly string[], pred: readonly string[], seen: (words: readonly string[]) => Seen): SplitRow[] {
  const g = chunks(gold);
  const p = chunks(pred);
  const rows: SplitRow[] = [];
  const overlaps = (a: Chunk, b: Chunk) => a.start < b.end && b.start < a.end;
  for (const e of g) {
    const s = seen(words.slice(e.start, e.end));
    const over = p.filter((q) => overlaps(q, e));
    const exact = over.find((q) => q.start === e.start && q.end === e.end);
    if (exact) {
      rows.push(exact.type === e.type ? { kind: 'correct', type: e.type, seen: s } : { kind: 'type', type: e.type, seen: s, predType: exact.type });
      continue;
    }
    if (over.length === 0) {
      rows.push({ kind: 'missed', type: e.type, seen: s });
      continue;
    }
    const same = over.filter((q) => q.type === e.type);
    if (same.length === 0) {
      rows.push({ kind: 'overlap', type: e.type, seen: s });
      continue;
    }
    let detail: string;
    if (same.length > 1) detail = 'split';
    else {
      const q = same[0]!;
      const joined = g.some((o) => o !== e && overlaps(o, q));
      if (joined) detail = 'joined';
      else {
        const parts: string[] = [];
        if (q.start < e.start) parts.push('starts early');
        if (q.start > e.start) parts.push('starts late');
        if (q.end > e.end) parts.push('ends late');
        if (q.end < e.end) parts.push('ends early');
        detail = parts.join(', ');
      }
    }
    rows.push({ kind: 'boundary', type: e.type, seen: s, detail });
  }
  for (const q of p) if (!g.some((e) => overlaps(e, q))) rows.push({ kind: 'spurious', type: q.type, seen: seen(words.slice(q.start, q.end)) });
  return rows;
}

/** What the training sentences say about spans: names (word sequences of gold names) and words. */
export function trainingKnowledge(sentences: readonly TaggedSentence[]): (words: readonly string[]) => Seen {
  const names = new Set<string>();
  const vocab = new Set<string>();
  for (const s of sentences) {
    for (const w of s.words) vocab.add(w);
    for (const c of chunks(s.tags)) names.add(s.words.slice(c.start, c.end).join(' '));
  }
  return (words) => (names.has(words.join(' ')) ? 'name seen' : words.every((w) => vocab.has(w)) ? 'words seen' : 'unseen');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      cv: { type: 'string' },
      dev: { type: 'boolean', default: false },
      folds: { type: 'string', default: '5' },
      epochs: { type: 'string', default: '8' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      'no-embeddings': { type: 'boolean', default: false },
      'no-auto-lexicon': { type: 'boolean', default: false },
      'auto-spans': { type: 'boolean', default: false },
      'auto-triggers': { type: 'boolean', default: false },
      order2: { type: 'boolean', default: false },
    },
  });
  const all = parseConll(readFileSync(sharedPath('data/ner/anercorp/train.txt'), 'utf8'));
  const rows: SplitRow[] = [];
  if (values.cv) {
    const dumped = parseConll(readFileSync(values.cv, 'utf8').split('\n').map((l) => l.split('\t').slice(0, 2).join(' ')).join('\n'));
    const predicted = readFileSync(values.cv, 'utf8').split('\n\n').filter((b) => b.trim()).map((b) => b.split('\n').filter(Boolean).map((l) => l.split('\t')[2]!));
    if (dumped.length !== all.length || predicted.length !== all.length) throw new Error(`the dump has ${dumped.length} sentences, train ${all.length}`);
    const folds = Number(values.folds);
    for (let f = 0; f < folds; f++) {
      const from = Math.round((all.length * f) / folds);
      const to = Math.round((all.length * (f + 1)) / folds);
      const seen = trainingKnowledge([...all.slice(0, from), ...all.slice(to)]);
      for (let k = from; k < to; k++) rows.push(...splitSentence(all[k]!.words, all[k]!.tags, predicted[k]!, seen));
    }
  } else if (values.dev) {
    const devCount = Math.round(all.length * 0.1);
    const trainPart = all.slice(0, all.length - devCount);
    const dev = all.slice(all.length - devCount);
    const resources = featureResources();
    const model = trainPerceptron(trainPart, resources, { epochs: Number(values.epochs), seed: Number(values.seed), features: featureConfigFromFlags(values), minCount: 2, wordDropout: 0.3 });
    const tags = createTagger(model, resources).tagDocument(dev.map((s) => s.words), null);
    const seen = trainingKnowledge(trainPart);
    dev.forEach((s, k) => rows.push(...splitSentence(s.words, s.tags, Array.from(tags[k]!, (t) => TAGS[t]!), seen)));
  } else {
    console.error('usage: ner-error-split.ts --cv DUMP [--folds 5] | --dev [feature flags] [--epochs 8]');
    process.exit(2);
  }
  report(rows, values.json);
}

function report(rows: readonly SplitRow[], json: boolean): void {
  const KINDS = ['correct', 'boundary', 'type', 'overlap', 'missed', 'spurious'] as const;
  const SEENS: Seen[] = ['name seen', 'words seen', 'unseen'];
  const count = (pred: (r: SplitRow) => boolean) => rows.filter(pred).length;
  const table: Record<string, Record<string, number>> = {};
  for (const t of [...SCORED_TYPES, 'all']) {
    table[t] = {};
    for (const k of KINDS) table[t]![k] = count((r) => r.kind === k && (t === 'all' || r.type === t));
  }
  const bySeen: Record<string, Record<string, number>> = {};
  for (const s of SEENS) {
    bySeen[s] = {};
    for (const k of KINDS) bySeen[s]![k] = count((r) => r.kind === k && r.seen === s);
  }
  const details: Record<string, number> = {};
  for (const r of rows) if (r.kind === 'boundary') details[`${r.type} ${r.detail}`] = (details[`${r.type} ${r.detail}`] ?? 0) + 1;
  const typeErrors: Record<string, number> = {};
  for (const r of rows) if (r.kind === 'type') typeErrors[`${r.type}→${r.predType}`] = (typeErrors[`${r.type}→${r.predType}`] ?? 0) + 1;
  if (json) {
    console.log(JSON.stringify({ table, bySeen, details, typeErrors }, null, 2));
    return;
  }
  const errors = rows.filter((r) => r.kind !== 'correct').length;
  console.log(`gold names ${rows.filter((r) => r.kind !== 'spurious').length}, errors (gold names not found exactly + spurious) ${errors}`);
  const line = (label: string, r: Record<string, number>) => console.log(`${label.padEnd(12)} ${KINDS.map((k) => String(r[k]).padStart(9)).join('')}`);
  console.log(`${''.padEnd(12)} ${KINDS.map((k) => k.padStart(9)).join('')}`);
  for (const t of [...SCORED_TYPES, 'all']) line(t, table[t]!);
  console.log('');
  for (const s of SEENS) line(s, bySeen[s]!);
  console.log('\nboundary errors by how the span differs:');
  for (const [k, v] of Object.entries(details).sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(5)}  ${k}`);
  console.log('\ntype errors (right span), gold→predicted:');
  for (const [k, v] of Object.entries(typeErrors).sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(5)}  ${k}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
