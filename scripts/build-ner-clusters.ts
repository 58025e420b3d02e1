/**
 * Learns word clusters for the NER tagger from the unlabelled news corpus:
 * data/ner/clusters.tsv, `word<TAB>cluster` for the most frequent words.
 *
 * Brown clustering is too slow for a build step here, so this does what is
 * known to give similar features: each word is described by the words seen
 * just before and just after it (counts over the top context words, weighted
 * by positive PMI), projected to a few dozen dimensions by a fixed random
 * projection, and grouped by spherical k-means, top-down: 64 clusters, each
 * split in 4 (256), each of those split in 4 (1024). A cluster id c therefore
 * encodes its ancestors: c >> 4 is the 64-way cluster, c >> 2 the 256-way one.
 * Words are keyed by `normalize()` (the tagger's normalized form).
 *
 *   npx tsx scripts/build-ner-clusters.ts [../shared/data/news/ant-corpus.jsonl.gz]
 *
 * Deterministic (fixed seed); a few minutes on one core.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { seededRandom } from '../src/ner/train.ts';
import { sphericalKmeans } from './kmeans.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { normalize } from '../src/text/normalize.ts';

const TARGETS = 50_000;
const CONTEXTS = 1000;
const DIMS = 160;
const MIN_COUNT = 5;
/** Neighbour positions counted as contexts. */
const WINDOW = [-1, 1];
const SEED = 20240601;

const corpus = process.argv[2] ?? new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url).pathname;
const started = performance.now();

const rng = seededRandom;

function tokenKey(text: string, kind: string): string {
  if (kind === 'number') return '<num>';
  return normalize(text);
}

// Pass 1: the corpus as word ids, sentence breaks as -1.
const vocab = new Map<string, number>();
const words: string[] = [];
let seq = new Int32Array(1 << 22);
let n = 0;
const push = (id: number) => {
  if (n === seq.length) {
    const bigger = new Int32Array(seq.length * 2);
    bigger.set(seq);
    seq = bigger;
  }
  seq[n++] = id;
};
let articles = 0;
for await (const rec of readJsonLines(corpus)) {
  articles++;
  for (const line of `${rec.title ?? ''}\n${rec.text ?? ''}`.split('\n')) {
    for (const t of tokenize(line)) {
      const key = tokenKey(t.text, t.kind);
      let id = vocab.get(key);
      if (id === undefined) {
        id = words.length;
        vocab.set(key, id);
        words.push(key);
      }
      push(id);
    }
    push(-1);
  }
}
const counts = new Float64Array(words.length);
for (let i = 0; i < n; i++) if (seq[i]! >= 0) counts[seq[i]!]++;
const byFreq = [...words.keys()].sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
const isWordLike = (w: string) => /[\p{L}]/u.test(w);
const targets = byFreq.filter((id) => isWordLike(words[id]!) && counts[id]! >= MIN_COUNT).slice(0, TARGETS);
const contexts = byFreq.slice(0, CONTEXTS);
const targetIndex = new Int32Array(words.length).fill(-1);
targets.forEach((id, i) => (targetIndex[id] = i));
const contextIndex = new Int32Array(words.length).fill(-1);
contexts.forEach((id, i) => (contextIndex[id] = i));
console.error(`${articles} articles, ${n} tokens, ${words.length} types, ${targets.length} targets (${((performance.now() - started) / 1000).toFixed(1)}s)`);

// Pass 2: neighbour counts per position (sentence edges are a context of their own);
// 16-bit counts, saturating: only the commonest pairs could overflow, and PMI barely moves there.
const SLOT = CONTEXTS + 1;
const C2 = WINDOW.length * SLOT;
const co = new Uint16Array(targets.length * C2);
const ctxOf = (id: number) => (id < 0 ? CONTEXTS : contextIndex[id]! >= 0 ? contextIndex[id]! : -1);
for (let i = 0; i < n; i++) {
  const t = seq[i]!;
  if (t < 0) continue;
  const ti = targetIndex[t]!;
  if (ti < 0) continue;
  for (let w = 0; w < WINDOW.length; w++) {
    const j = i + WINDOW[w]!;
    let id = j >= 0 && j < n ? seq[j]! : -1;
    // Past a sentence edge everything is the edge.
    const step = WINDOW[w]! < 0 ? -1 : 1;
    for (let k = i + step; k !== j && id !== -1; k += step) if (seq[k]! < 0) id = -1;
    const c = ctxOf(id);
    if (c < 0) continue;
    const at = ti * C2 + w * SLOT + c;
    if (co[at]! < 65535) co[at]++;
  }
}

// PPMI weighting, then a fixed random projection to DIMS, then unit length.
const colSum = new Float64Array(C2);
const rowSum = new Float64Array(targets.length);
let total = 0;
for (let r = 0; r < targets.length; r++) {
  for (let c = 0; c < C2; c++) {
    const v = co[r * C2 + c]!;
    colSum[c] += v;
    rowSum[r] += v;
    total += v;
  }
}
const random = rng(SEED);
const gauss = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const projection = new Float32Array(C2 * DIMS);
for (let i = 0; i < projection.length; i++) projection[i] = gauss();
const vectors = new Float32Array(targets.length * DIMS);
for (let r = 0; r < targets.length; r++) {
  const out = r * DIMS;
  for (let c = 0; c < C2; c++) {
    const v = co[r * C2 + c]!;
    if (v === 0) continue;
    // Context distribution smoothed (alpha 0.75) as in word2vec-style PMI.
    const pmi = Math.log((v * total) / (rowSum[r]! * Math.pow(colSum[c]!, 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0) continue;
    const p = c * DIMS;
    for (let d = 0; d < DIMS; d++) vectors[out + d] += pmi * projection[p + d]!;
  }
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += vectors[out + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) vectors[out + d] /= norm;
}
console.error(`vectors built (${((performance.now() - started) / 1000).toFixed(1)}s)`);

const kmeans = (rows: number[], k: number, iterations = 12): Int32Array => sphericalKmeans(vectors, DIMS, rows, k, iterations, random);

const cluster = new Int32Array(targets.length);
const all = targets.map((_, i) => i);
const top = kmeans(all, 64, 20);
for (let c1 = 0; c1 < 64; c1++) {
  const rows1 = all.filter((i) => top[i] === c1);
  const mid = kmeans(rows1, 4);
  for (let c2 = 0; c2 < 4; c2++) {
    const rows2 = rows1.filter((_, j) => mid[j] === c2);
    const low = kmeans(rows2, 4);
    rows2.forEach((r, j) => (cluster[r] = (c1 << 4) | (c2 << 2) | low[j]!));
  }
}

// Word profiles: how the word behaves in running news text, in coarse bins.
// T: share of occurrences right after a person title or a speech verb
// (الرئيس فلان، قال فلان); F: right after a common first name (a family name);
// O: right after an organization head word (حركة فلان); A: how often the
// word also occurs with the article ال (names rarely take it); L: right after
// a place preposition or a place word (في، إلى، مدينة).
const lexicon = JSON.parse(readFileSync(new URL('../data/ner/lexicon.json', import.meta.url), 'utf8')) as { triggers: Record<string, string[]>; firstNames: string[] };
const idsOf = (list: string[]) => new Set(list.map((w) => vocab.get(normalize(w))).filter((x): x is number => x !== undefined));
const titleIds = idsOf(lexicon.triggers.person!);
const firstIds = idsOf(lexicon.firstNames);
const orgIds = idsOf(lexicon.triggers.org!);
const locIds = idsOf(lexicon.triggers.loc!);
const after = { T: new Float64Array(targets.length), F: new Float64Array(targets.length), O: new Float64Array(targets.length), L: new Float64Array(targets.length) };
for (let i = 1; i < n; i++) {
  const ti = seq[i]! >= 0 ? targetIndex[seq[i]!]! : -1;
  if (ti < 0) continue;
  const p = seq[i - 1]!;
  if (p < 0) continue;
  if (titleIds.has(p)) after.T[ti]++;
  if (firstIds.has(p)) after.F[ti]++;
  if (orgIds.has(p)) after.O[ti]++;
  if (locIds.has(p)) after.L[ti]++;
}
const bin = (share: number) => (share === 0 ? 0 : share < 0.01 ? 1 : share < 0.05 ? 2 : share < 0.2 ? 3 : 4);
const profile = targets.map((id, i) => {
  const total = counts[id]!;
  const w = words[id]!;
  const withArticle = w.startsWith('ال') ? total : (counts[vocab.get('ال' + w) ?? -1] ?? 0);
  return `T${bin(after.T[i]! / total)}F${bin(after.F[i]! / total)}O${bin(after.O[i]! / total)}L${bin(after.L[i]! / total)}A${bin(withArticle / (total + withArticle))}`;
});

mkdirSync(new URL('../data/ner/', import.meta.url), { recursive: true });
const header =
  `# word clusters learned by scripts/build-ner-clusters.ts from the ANT corpus (Chouigui et al., AICCSA 2017): ${articles} articles, ${n} tokens; ` +
  `${targets.length} most frequent words (normalized), spherical k-means on PPMI neighbour vectors; cluster>>4 = 64-way, cluster>>2 = 256-way, cluster = 1024-way; third column: word profile (see the script)\n`;
const lines = targets.map((id, i) => `${words[id]}\t${cluster[i]}\t${profile[i]}`);
writeFileSync(new URL('../data/ner/clusters.tsv', import.meta.url), header + lines.join('\n') + '\n');
console.error(`wrote ${lines.length} words (${((performance.now() - started) / 1000).toFixed(1)}s)`);
