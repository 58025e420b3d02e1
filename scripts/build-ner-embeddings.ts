/**
 * Learns dense word vectors for the NER tagger from the unlabelled news corpus
 * and groups them into hierarchical clusters: data/ner/embedding-clusters.tsv,
 * `word<TAB>cluster` (cluster >> 6: 32-way, >> 4: 128-way, >> 2: 512-way,
 * the id itself: 2048-way).
 *
 * Different from scripts/build-ner-clusters.ts (±1 neighbours of the 48k words
 * seen at least 5 times, random projection): words are keyed without their
 * one-letter proclitics (وبوتين، لبوتين and بوتين pool their counts), every
 * word seen at least MIN_COUNT times gets a vector (rare names are the ones the
 * tagger has not seen), the contexts are the commonest words at -2, -1, +1 and
 * +2 (each position its own column block), weighted by positive PMI with a
 * smoothed context distribution, and the matrix is reduced by a truncated SVD
 * (randomized range finder with power iterations, Halko et al. 2011), rows
 * scaled by the square roots of the singular values and normalized.
 *
 *   npx tsx scripts/build-ner-embeddings.ts [../shared/data/news/ant-corpus.jsonl.gz]
 *
 * Deterministic (fixed seed); about a minute on one core.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { seededRandom } from '../src/ner/train.ts';
import { sphericalKmeans } from './kmeans.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { normalize } from '../src/text/normalize.ts';
import { createSegmenter } from '../src/text/clitics.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/ner.ts';
import { encodeWordVectors } from '../src/ner/features.ts';

const CONTEXTS = Number(process.env.CONTEXTS ?? 2000);
const WINDOW = [-2, -1, 1, 2];
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const DIMS = Number(process.env.DIMS ?? 100);
const OVERSAMPLE = 16;
const POWER_ITERATIONS = 2;
const SEED = Number(process.env.SEED ?? 20261129);

const corpus = process.argv[2] ?? sharedPath('data/news/ant-corpus.jsonl.gz');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const random = seededRandom(SEED);
const gauss = () => Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
const segment = createSegmenter(loadResources().wordFrequencies);

// Pass 1: the corpus as ids of two keys per token: the normalized form (a
// context) and the form without one-letter proclitics (a target); sentence
// breaks as -1.
const vocab = new Map<string, number>();
const words: string[] = [];
const idOf = (key: string) => {
  let id = vocab.get(key);
  if (id === undefined) {
    id = words.length;
    vocab.set(key, id);
    words.push(key);
  }
  return id;
};
const baseOfCache = new Map<string, number>();
let forms = new Int32Array(1 << 22);
let bases = new Int32Array(1 << 22);
let n = 0;
let articles = 0;
for await (const rec of readJsonLines(corpus)) {
  articles++;
  for (const line of `${rec.title ?? ''}\n${rec.text ?? ''}`.split('\n')) {
    for (const t of [...tokenize(line), null]) {
      if (n === forms.length) {
        const f = new Int32Array(n * 2);
        f.set(forms);
        forms = f;
        const b = new Int32Array(n * 2);
        b.set(bases);
        bases = b;
      }
      if (t === null) {
        forms[n] = bases[n] = -1;
      } else if (t.kind === 'number') {
        forms[n] = bases[n] = idOf('<num>');
      } else {
        forms[n] = idOf(normalize(t.text));
        let b = baseOfCache.get(t.text);
        if (b === undefined) {
          const seg = segment(t.text);
          b = idOf(seg.baseStart > 0 ? normalize(t.text.slice(seg.baseStart)) : normalize(t.text));
          baseOfCache.set(t.text, b);
        }
        bases[n] = b;
      }
      n++;
    }
  }
}
const formCount = new Float64Array(words.length);
const baseCount = new Float64Array(words.length);
for (let i = 0; i < n; i++) {
  if (forms[i]! >= 0) formCount[forms[i]!]++;
  if (bases[i]! >= 0) baseCount[bases[i]!]++;
}
const byForm = [...words.keys()].sort((a, b) => formCount[b]! - formCount[a]! || (words[a]! < words[b]! ? -1 : 1));
const contextIndex = new Int32Array(words.length).fill(-1);
byForm.slice(0, CONTEXTS).forEach((id, i) => (contextIndex[id] = i));
const isWordLike = (w: string) => /\p{L}/u.test(w);
const targets = [...words.keys()].filter((id) => baseCount[id]! >= MIN_COUNT && isWordLike(words[id]!)).sort((a, b) => baseCount[b]! - baseCount[a]! || (words[a]! < words[b]! ? -1 : 1));
const targetIndex = new Int32Array(words.length).fill(-1);
targets.forEach((id, i) => (targetIndex[id] = i));
const R = targets.length;
const SLOT = CONTEXTS + 1; // the last slot of each position: a sentence edge
const C = WINDOW.length * SLOT;
console.error(`${articles} articles, ${n} tokens, ${words.length} keys, ${R} targets (${elapsed()})`);

// Pass 2: (target, context) events as codes, sorted and counted into a sparse matrix (CSR).
let codes = new Uint32Array(1 << 24);
let m = 0;
for (let i = 0; i < n; i++) {
  const b = bases[i]!;
  if (b < 0) continue;
  const r = targetIndex[b]!;
  if (r < 0) continue;
  for (let w = 0; w < WINDOW.length; w++) {
    const step = WINDOW[w]! < 0 ? -1 : 1;
    let ctx = CONTEXTS;
    for (let k = i + step, left = Math.abs(WINDOW[w]!); ; k += step) {
      const id = k >= 0 && k < n ? forms[k]! : -1;
      if (id < 0) break; // past a sentence edge everything is the edge
      if (--left === 0) {
        ctx = contextIndex[id]!;
        break;
      }
    }
    if (ctx < 0) continue;
    if (m === codes.length) {
      const bigger = new Uint32Array(m * 2);
      bigger.set(codes);
      codes = bigger;
    }
    codes[m++] = r * C + w * SLOT + ctx;
  }
}
codes = codes.subarray(0, m).sort();
const rowStart = new Int32Array(R + 1);
const cols: number[] = [];
const vals: number[] = [];
for (let i = 0; i < m; ) {
  let j = i;
  while (j < m && codes[j] === codes[i]) j++;
  const r = Math.floor(codes[i]! / C);
  cols.push(codes[i]! % C);
  vals.push(j - i);
  rowStart[r + 1] = cols.length;
  i = j;
}
for (let r = 1; r <= R; r++) if (rowStart[r]! < rowStart[r - 1]!) rowStart[r] = rowStart[r - 1]!;
const colIdx = Int32Array.from(cols);
const val = Float64Array.from(vals);
codes = new Uint32Array(0);
console.error(`${m} events, ${val.length} non-zero cells (${elapsed()})`);

// PPMI with the context distribution smoothed (alpha 0.75).
{
  const rowSum = new Float64Array(R);
  const colSum = new Float64Array(C);
  let total = 0;
  for (let r = 0; r < R; r++)
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      rowSum[r] += val[k]!;
      colSum[colIdx[k]!] += val[k]!;
      total += val[k]!;
    }
  let smoothed = 0;
  for (let c = 0; c < C; c++) smoothed += Math.pow(colSum[c]!, 0.75);
  for (let r = 0; r < R; r++)
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      const pmi = Math.log((val[k]! * smoothed) / (rowSum[r]! * Math.pow(colSum[colIdx[k]!]!, 0.75)));
      val[k] = pmi > 0 ? pmi : 0;
    }
}

const L = DIMS + OVERSAMPLE;
/**
 * A times a C×L matrix (an R×L result), or, `transposed`, Aᵀ times an R×L matrix (a C×L result): both walk A's stored
 * rows once; only which side is read and which is written swaps.
 */
function multiply(m: Float64Array, transposed: boolean): Float64Array {
  const out = new Float64Array((transposed ? C : R) * L);
  for (let r = 0; r < R; r++) {
    const o = r * L;
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      const v = val[k]!;
      if (v === 0) continue;
      const p = colIdx[k]! * L;
      if (transposed) for (let d = 0; d < L; d++) out[p + d] += v * m[o + d]!;
      else for (let d = 0; d < L; d++) out[o + d] += v * m[p + d]!;
    }
  }
  return out;
}
/** Orthonormalizes the L columns of a rows×L matrix in place (modified Gram-Schmidt, twice for stability). */
function orthonormalize(a: Float64Array, rows: number): void {
  for (let pass = 0; pass < 2; pass++)
    for (let j = 0; j < L; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += a[r * L + i]! * a[r * L + j]!;
        for (let r = 0; r < rows; r++) a[r * L + j] -= dot * a[r * L + i]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += a[r * L + j]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) a[r * L + j] /= norm;
    }
}

const omega = new Float64Array(C * L);
for (let i = 0; i < omega.length; i++) omega[i] = gauss();
let q = multiply(omega, false);
orthonormalize(q, R);
for (let it = 0; it < POWER_ITERATIONS; it++) {
  const z = multiply(q, true);
  orthonormalize(z, C);
  q = multiply(z, false);
  orthonormalize(q, R);
}
// B = Qᵀ A (L×C), stored as Bᵀ (C×L); its left singular vectors from the eigenvectors of B Bᵀ.
const bt = multiply(q, true);
const gram = new Float64Array(L * L);
for (let c = 0; c < C; c++) for (let i = 0; i < L; i++) for (let j = 0; j < L; j++) gram[i * L + j] += bt[c * L + i]! * bt[c * L + j]!;
const { values, vectors } = jacobiEigen(gram, L);
const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, DIMS);
console.error(`singular values ${order.slice(0, 5).map((k) => Math.sqrt(Math.max(values[k]!, 0)).toFixed(1)).join(' ')} … ${Math.sqrt(Math.max(values[order[DIMS - 1]!]!, 0)).toFixed(1)} (${elapsed()})`);
// Rows of U Σ^½, normalized.
const emb = new Float32Array(R * DIMS);
for (let r = 0; r < R; r++) {
  let norm = 0;
  for (let d = 0; d < DIMS; d++) {
    const k = order[d]!;
    let s = 0;
    for (let i = 0; i < L; i++) s += q[r * L + i]! * vectors[i * L + k]!;
    s *= Math.pow(Math.max(values[k]!, 0), 0.25);
    emb[r * DIMS + d] = s;
    norm += s * s;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) emb[r * DIMS + d] /= norm;
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric n×n matrix by cyclic Jacobi rotations. */
function jacobiEigen(matrix: Float64Array, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = matrix.slice();
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) off += a[i * size + j]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < size; p++)
      for (let r = p + 1; r < size; r++) {
        const apr = a[p * size + r]!;
        if (Math.abs(apr) < 1e-30) continue;
        const theta = (a[r * size + r]! - a[p * size + p]!) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p]!;
          const akr = a[k * size + r]!;
          a[k * size + p] = c * akp - s * akr;
          a[k * size + r] = s * akp + c * akr;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k]!;
          const ark = a[r * size + k]!;
          a[p * size + k] = c * apk - s * ark;
          a[r * size + k] = s * apk + c * ark;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p]!;
          const vkr = v[k * size + r]!;
          v[k * size + p] = c * vkp - s * vkr;
          v[k * size + r] = s * vkp + c * vkr;
        }
      }
  }
  const values = new Float64Array(size);
  for (let i = 0; i < size; i++) values[i] = a[i * size + i]!;
  return { values, vectors: v };
}

const kmeans = (rows: number[], k: number, iterations: number): Int32Array => sphericalKmeans(emb, DIMS, rows, k, iterations, random);

// Top-down: 32 clusters, each split in 4 three times (128, 512, 2048).
const cluster = new Int32Array(R);
function split(rows: number[], level: number, prefix: number): void {
  if (level === 3) {
    rows.forEach((r) => (cluster[r] = prefix));
    return;
  }
  const parts = kmeans(rows, 4, 10);
  for (let c = 0; c < 4; c++)
    split(
      rows.filter((_, j) => parts[j] === c),
      level + 1,
      (prefix << 2) | c,
    );
}
const all = [...Array(R).keys()];
const top = kmeans(all, 32, 20);
for (let c = 0; c < 32; c++)
  split(
    all.filter((i) => top[i] === c),
    0,
    c,
  );
console.error(`clustered (${elapsed()})`);

mkdirSync(new URL('../data/ner/', import.meta.url), { recursive: true });
const header =
  `# word clusters learned by scripts/build-ner-embeddings.ts from the ANT corpus (Chouigui et al., AICCSA 2017): ${articles} articles, ${n} tokens; ` +
  `${R} words (normalized, without one-letter proclitics) seen at least ${MIN_COUNT} times; truncated SVD (${DIMS} dims) of PPMI counts of the ${CONTEXTS} commonest words at -2,-1,+1,+2, spherical k-means top-down; cluster>>6 = 32-way, >>4 = 128-way, >>2 = 512-way, cluster = 2048-way\n`;
const lines = targets.map((id, i) => `${words[id]}\t${cluster[i]}`);
writeFileSync(new URL('../data/ner/embedding-clusters.tsv', import.meta.url), header + lines.join('\n') + '\n');
console.error(`wrote ${R} words (${elapsed()})`);

// The vectors themselves, for models trained with real-valued embedding features (`--dense`):
// data/ner/embedding-vectors.bin (see parseWordVectors in src/ner/features.ts), int8 with one scale.
{
  const out = encodeWordVectors(targets.map((id) => words[id]!), emb, DIMS);
  writeFileSync(new URL('../data/ner/embedding-vectors.bin', import.meta.url), out);
  console.error(`wrote ${R} vectors (${(out.length / 1e6).toFixed(1)} MB)`);
}
