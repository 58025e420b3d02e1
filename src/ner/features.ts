/**
 * Feature extraction for the NER tagger.
 *
 * A token's features are (1) properties of the word itself: normalized form,
 * clitic-segmented stem, proclitics and enclitic, prefixes and suffixes,
 * shape, lexicon and trigger classes, word clusters; (2) a smaller set of
 * properties of the words up to two positions away, marked with their
 * offset; (3) sequence features: multi-word lexicon matches and the stem
 * bigram. Properties (1) and (2) depend on the word alone, so they are
 * computed once per distinct word and cached as feature ids: tagging a
 * document mostly adds up cached rows.
 */
import { normalize } from '../text/normalize.ts';
import { segmentationKey, type Segmentation, type WordFrequencies } from '../text/clitics.ts';
import { createCommonShare } from './name-filter.ts';
import type { FeatureConfig } from './model.ts';

/** rasd's own NER lexicons (data/ner/lexicon.json), compiled for lookup. */
export interface NerLexicon {
  /** Normalized trigger word → class ("person", "org", "loc"). */
  readonly triggers: ReadonlyMap<string, string>;
  /** Normalized first word → entries starting with it (normalized words, longest first). */
  readonly entries: ReadonlyMap<string, ReadonlyArray<LexiconEntry>>;
  /** Normalized word → classes of the one-word entries it is (a word may be a first name and a city). */
  readonly singles: ReadonlyMap<string, ReadonlyArray<{ cls: string; kb: boolean }>>;
}

export interface LexiconEntry {
  readonly words: readonly string[];
  readonly cls: string;
  /** From the knowledge base lists (data/ner/gazetteer.json) rather than the hand-written lexicon. */
  readonly kb: boolean;
}

export interface LexiconSource {
  triggers: Record<string, string[]>;
  /** The lists derived from the knowledge base (data/ner/gazetteer.json). */
  kb?: Record<string, unknown>;
  [list: string]: unknown;
}

const LIST_CLASS: Record<string, string> = {
  countries: 'country',
  cities: 'city',
  regions: 'region',
  firstNames: 'first',
  orgWords: 'org',
  orgSuffixWords: 'orgsfx',
  demonyms: 'demonym',
  miscWords: 'misc',
  // Derived from the knowledge base by scripts/build-ner-gazetteer.ts (data/ner/gazetteer.json).
  kbFirstNames: 'first',
  kbSurnames: 'last',
  kbPeople: 'person',
  kbOrganizations: 'orgname',
  kbPlaces: 'city',
  kbCountries: 'country',
};

export function compileLexicon(source: LexiconSource): NerLexicon {
  const triggers = new Map<string, string>();
  for (const [cls, words] of Object.entries(source.triggers)) for (const w of words) if (!triggers.has(normalize(w))) triggers.set(normalize(w), cls);
  const entries = new Map<string, LexiconEntry[]>();
  const singles = new Map<string, Array<{ cls: string; kb: boolean }>>();
  const seen = new Set<string>();
  // The kb lists (and the kb demonyms) come from gazetteer.json; hand-written ones first, so they win a tie.
  for (const kbPass of [false, true]) {
    const src = kbPass ? source.kb : source;
    if (!src) continue;
    for (const [list, cls] of Object.entries(LIST_CLASS)) {
      const items = src[list];
      if (!Array.isArray(items)) continue;
      for (const item of items as string[]) {
        const words = normalize(item).split(/\s+/).filter(Boolean);
        const key = `${cls}\t${words.join(' ')}`;
        if (words.length === 0 || seen.has(key)) continue;
        seen.add(key);
        let bucket = entries.get(words[0]!);
        if (!bucket) entries.set(words[0]!, (bucket = []));
        bucket.push({ words, cls, kb: kbPass });
        if (words.length === 1) {
          let classes = singles.get(words[0]!);
          if (!classes) singles.set(words[0]!, (classes = []));
          classes.push({ cls, kb: kbPass });
        }
      }
    }
  }
  for (const bucket of entries.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return { triggers, entries, singles };
}

/**
 * What rasd learned about a word from unlabelled news (data/ner/clusters.tsv,
 * built by scripts/build-ner-clusters.ts): its 1024-way cluster (>>2: 256-way,
 * >>4: 64-way) and its profile (binned shares of contexts, e.g. "T3F4O1L2A0").
 */
export interface WordClass {
  readonly cluster: number;
  readonly profile: string;
}
export type WordClusters = ReadonlyMap<string, WordClass>;

export function parseClusters(tsv: string): Map<string, WordClass> {
  const clusters = new Map<string, WordClass>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, cluster, profile] = line.split('\t');
    if (word && cluster) clusters.set(word, { cluster: Number(cluster), profile: profile ?? '' });
  }
  return clusters;
}

/** Word (normalized, without one-letter proclitics) → 2048-way cluster of its SVD vector (>>2: 512, >>4: 128, >>6: 32). */
export type EmbeddingClusters = ReadonlyMap<string, number>;

export function parseEmbeddingClusters(tsv: string): Map<string, number> {
  const clusters = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) clusters.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return clusters;
}

/** Character n-gram → log-ratios [person, place] against ordinary words (data/ner/name-ngrams.tsv). */
export type NameNgrams = ReadonlyMap<string, readonly [number, number]>;

export function parseNameNgrams(tsv: string): Map<string, [number, number]> {
  const table = new Map<string, [number, number]>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [g, p, l] = line.split('\t');
    if (g && p && l) table.set(g, [Number(p), Number(l)]);
  }
  return table;
}

/** The character n-grams (1-3 letters; ^ and $ mark the word's edges) that scripts/build-ner-name-ngrams.ts counts. */
export function nameNgrams(word: string): string[] {
  const out: string[] = [];
  const w = `^${word}$`;
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= w.length; i++) if (n > 1 || (i > 0 && i < w.length - 1)) out.push(w.slice(i, i + n));
  return out;
}

/** Mean log-ratios [person, place] of the word's n-grams: how much its spelling looks like a name. */
export function nameScores(word: string, table: NameNgrams): [number, number] {
  let p = 0;
  let l = 0;
  const grams = nameNgrams(word);
  for (const g of grams) {
    const r = table.get(g);
    if (r) {
      p += r[0];
      l += r[1];
    }
  }
  return [p / grams.length, l / grams.length];
}

/** Word → [occurrences, inside PERS, LOC, ORG, MISC] as a context-only tagger saw it in unlabelled news (data/ner/auto-lexicon.tsv). */
export type AutoLexicon = ReadonlyMap<string, readonly number[]>;

/** A word-count table: one word and `columns` counts a tab-separated line; # comments and other lines are skipped. */
function parseWordCounts(tsv: string, columns: number): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, ...counts] = line.split('\t');
    if (word && counts.length === columns) table.set(word, counts.map(Number));
  }
  return table;
}

export function parseAutoLexicon(tsv: string): Map<string, number[]> {
  return parseWordCounts(tsv, 5);
}

const AUTO_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];

/**
 * Learned triggers (data/ner/auto-triggers.tsv): word → [occurrences, right before a PERS, LOC,
 * ORG, MISC name, right after one], as the context-only tagger saw it in unlabelled news.
 */
export type AutoTriggers = ReadonlyMap<string, readonly number[]>;

export function parseAutoTriggers(tsv: string): Map<string, number[]> {
  return parseWordCounts(tsv, 9);
}

/**
 * Multi-word names the context-only tagger found in unlabelled news (data/ner/auto-spans.tsv):
 * first word's key → spans starting with it, longest first (keys: normalized, without
 * one-letter proclitics), with their majority type and how often they were tagged.
 */
export interface AutoSpan {
  readonly words: readonly string[];
  readonly type: string;
  readonly count: number;
}
export type AutoSpans = ReadonlyMap<string, ReadonlyArray<AutoSpan>>;

export function parseAutoSpans(tsv: string): Map<string, AutoSpan[]> {
  const table = new Map<string, AutoSpan[]>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [key, ...counts] = line.split('\t');
    if (!key || counts.length !== 4) continue;
    const c = counts.map(Number);
    const total = c.reduce((a, b) => a + b, 0);
    let best = 0;
    for (let k = 1; k < 4; k++) if (c[k]! > c[best]!) best = k;
    // Spans the tagger could not agree on are left out.
    if (c[best]! < total * 0.6) continue;
    const words = key.split(' ');
    let bucket = table.get(words[0]!);
    if (!bucket) table.set(words[0]!, (bucket = []));
    bucket.push({ words, type: AUTO_TYPES[best]!, count: total });
  }
  for (const bucket of table.values()) bucket.sort((a, b) => b.words.length - a.words.length || b.count - a.count);
  return table;
}

/**
 * The SVD word vectors behind the embedding clusters (data/ner/embedding-vectors.bin,
 * written by scripts/build-ner-embeddings.ts): word (normalized, without one-letter
 * proclitics) → row of `data` (`dims` int8 values; value × scale).
 */
export interface WordVectors {
  readonly dims: number;
  readonly scale: number;
  readonly rows: ReadonlyMap<string, number>;
  readonly data: Int8Array;
}

/** The bytes of a word-vector file: "RASDVEC1", u32 header length, JSON header, the words joined by "\n", int8 rows. */
export function encodeWordVectors(words: readonly string[], vectors: ArrayLike<number>, dims: number): Uint8Array {
  const count = words.length;
  let maxAbs = 0;
  for (let i = 0; i < count * dims; i++) maxAbs = Math.max(maxAbs, Math.abs(vectors[i]!));
  const scale = maxAbs / 127 || 1;
  const keys = new TextEncoder().encode(words.join('\n'));
  const head = new TextEncoder().encode(JSON.stringify({ count, dims, scale, keysBytes: keys.length }));
  const out = new Uint8Array(12 + head.length + keys.length + count * dims);
  out.set(new TextEncoder().encode('RASDVEC1'), 0);
  new DataView(out.buffer).setUint32(8, head.length, true);
  out.set(head, 12);
  out.set(keys, 12 + head.length);
  const q = new Int8Array(out.buffer, 12 + head.length + keys.length, count * dims);
  for (let i = 0; i < count * dims; i++) q[i] = Math.round(vectors[i]! / scale);
  return out;
}

export function parseWordVectors(bytes: Uint8Array): WordVectors {
  const decoder = new TextDecoder();
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, 8)) !== 'RASDVEC1') throw new Error('not a rasd word-vector file (bad magic)');
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  const head = JSON.parse(decoder.decode(bytes.subarray(12, 12 + headLength))) as { count: number; dims: number; scale: number; keysBytes: number };
  const keysStart = 12 + headLength;
  const keys = decoder.decode(bytes.subarray(keysStart, keysStart + head.keysBytes)).split('\n');
  if (keys.length !== head.count) throw new Error('corrupt word-vector file (count)');
  const rows = new Map<string, number>();
  keys.forEach((k, i) => rows.set(k, i));
  const from = keysStart + head.keysBytes;
  const data = new Int8Array(head.count * head.dims);
  data.set(new Int8Array(bytes.buffer, bytes.byteOffset + from, head.count * head.dims));
  return { dims: head.dims, scale: head.scale, rows, data };
}

/** Offsets of the words whose vectors are dense features of a token (slot k: offset k - 2). */
export const DENSE_WINDOW = 2;

export interface FeatureResources {
  segment: (word: string) => Segmentation;
  lexicon: NerLexicon;
  clusters: WordClusters;
  /** data/ner/embedding-clusters.tsv (used by models trained with `embeddings`). */
  embeddings?: EmbeddingClusters;
  /** data/ner/name-ngrams.tsv (used by models trained with `nameNgrams`). */
  nameNgrams?: NameNgrams;
  /** data/ner/auto-lexicon.tsv (used by models trained with `autoLexicon`). */
  autoLexicon?: AutoLexicon;
  /** data/ner/embedding-vectors.bin (used by models trained with `dense`). */
  vectors?: WordVectors;
  /** data/ner/auto-spans.tsv (used by models trained with `autoSpans`). */
  autoSpans?: AutoSpans;
  /** data/ner/auto-triggers.tsv (used by models trained with `autoTriggers`). */
  autoTriggers?: AutoTriggers;
  /** The clitic segmenter's corpus counts (used by models trained with `commonShare`). */
  wordFrequencies?: WordFrequencies;
}

/** What the sequence features need to know about a word, computed once. */
export interface WordInfo {
  /** Forms under which the word may start a lexicon entry (normalized; without proclitics; stem). */
  readonly keys: readonly string[];
  /** Normalized form (continuation of a multi-word lexicon entry). */
  readonly norm: string;
  readonly stem: string;
  /** Normalized form without one-letter proclitics (وبوتين → بوتين): the key of document-level consistency. */
  readonly base: string;
  /** Short class of the word for conjunctions with its neighbours: trigger class, else 64-way cluster. */
  readonly cls: string;
  /** Lexicon entries that may start at this word (usually none). */
  readonly starts: ReadonlyArray<LexiconEntry>;
  /** Interned ids of `stem` and `cls` (keys of the sequence-feature caches; -1 without them). */
  sid: number;
  cid: number;
  /** Auto-spans that may start at this word (null: none, or the model does not use them). */
  readonly spanStarts: ReadonlyArray<AutoSpan> | null;
  /** Row of the word's SVD vector in `FeatureResources.vectors` (-1: none, or the model has no dense features). */
  readonly vrow: number;
  /** Feature ids of the word's own properties. */
  self: Int32Array;
  /** Feature ids of the word seen at offsets -2, -1, +1, +2 (slots 0..3). */
  ctx: Int32Array[];
}

const OFFSETS = [-2, -1, 1, 2] as const;

/** Opening quote or bracket → its closing mark. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['"', '"'],
  ['(', ')'],
  ['“', '”'],
  ["'", "'"],
]);

/**
 * An `idOfAt` for FeatureExtractor from a feature index: the index's
 * neighbour features ("-1w=…", "2s=…") split by offset, so that a neighbour
 * feature is found by the word's own feature string.
 */
export function neighbourLookup(index: ReadonlyMap<string, number>): (slot: number, feature: string) => number {
  const maps = OFFSETS.map(() => new Map<string, number>());
  for (const [key, id] of index) {
    const m = /^(-?[12])(\D.*)$/s.exec(key);
    if (!m) continue;
    const slot = OFFSETS.indexOf(Number(m[1]) as (typeof OFFSETS)[number]);
    maps[slot]!.set(m[2]!, id);
  }
  return (slot, feature) => maps[slot]!.get(feature) ?? -1;
}

function shapeOf(word: string): string {
  let arabic = 0;
  let latin = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    else other++;
  }
  const kinds = (arabic ? 'a' : '') + (latin ? 'l' : '') + (digit ? 'd' : '') + (other ? 'p' : '');
  const upper = latin && /^[A-Z]/.test(word) ? 'U' : '';
  return kinds + upper + (word.length <= 2 ? 's' : word.length <= 5 ? 'm' : 'l');
}

/** Demonyms and adjectives take gender/number endings: مصرية، المصريون، مصريين. */
function adjectiveBases(stem: string): string[] {
  const out = [stem];
  for (const end of ['ه', 'ين', 'ون', 'ان', 'تين', 'ات']) if (stem.length > end.length + 2 && stem.endsWith(end)) out.push(stem.slice(0, -end.length));
  return out;
}

export class FeatureExtractor {
  /**
   * Words seen lately, in two generations: when the newer one is full it
   * becomes the older and a new one starts, so that the words news keeps
   * using survive (a word found in the older moves to the newer), where
   * clearing one map made every common word miss again at once.
   */
  private cache = new Map<string, WordInfo>();
  private commonShare: ((key: string) => number | null) | undefined;
  private older = new Map<string, WordInfo>();
  private readonly boundary: WordInfo;
  private readonly cacheLimit: number;
  /**
   * Ids of the sequence features (stem bigram, class bigrams) by the interned
   * ids of their two words, so that tagging builds no strings for them. Only
   * when asked for: training counts every occurrence through `idOf`.
   */
  private readonly sequenceCache: boolean;
  private readonly interned = new Map<string, number>();
  private readonly pairIds = new PairTable();
  private readonly endId: number;
  private readonly idOfAt: ((slot: number, feature: string) => number) | null;
  // Buffers reused from sentence to sentence.
  private idsBuffer = new Int32Array(4096);
  private offsetsBuffer = new Int32Array(257);
  private infos: WordInfo[] = [];
  private matchClass: string[] = [];
  private matchTag: string[] = [];
  private matchMulti: boolean[] = [];
  /** Per token: 0, or 1 + the auto-span tag code (see spanFeature). */
  private spanCode = new Uint8Array(256);
  /** Ids of the auto-span features by kind and code (tagging only; -2: not looked up yet). */
  private readonly spanIds = new Int32Array(4 * 25).fill(-2);
  private quoteOpen = new Int32Array(256);
  private quoteLength = new Int32Array(256);

  constructor(
    private readonly res: FeatureResources,
    readonly config: FeatureConfig,
    /** Feature string → id, or -1 to drop it (at tagging time: unknown features). */
    private readonly idOf: (feature: string) => number,
    cacheLimit = 100_000,
    options: {
      cacheSequenceFeatures?: boolean;
      /**
       * Id of a neighbour's feature `f` at offset OFFSETS[slot], the same as idOf(`${offset}${f}`)
       * but without building that string (tagging: see neighbourLookup).
       */
      idOfAt?: (slot: number, feature: string) => number;
    } = {},
  ) {
    this.idOfAt = options.idOfAt ?? null;
    this.cacheLimit = cacheLimit;
    this.sequenceCache = options.cacheSequenceFeatures ?? false;
    this.boundary = {
      keys: [],
      starts: [],
      norm: '<s>',
      stem: '<s>',
      base: '<s>',
      cls: '<s>',
      sid: this.intern('<s>'),
      cid: this.intern('<s>'),
      spanStarts: null,
      vrow: -1,
      self: new Int32Array(0),
      ctx: OFFSETS.map((d) => this.ids([`${d}w=<s>`])),
    };
    this.endId = this.intern('</s>');
  }

  private intern(s: string): number {
    if (!this.sequenceCache) return -1;
    let id = this.interned.get(s);
    if (id === undefined) this.interned.set(s, (id = this.interned.size));
    return id;
  }

  /** The ids of the word's features as a neighbour at each offset, through `idOfAt`. */
  private contextIds(near: string[], far: string[]): Int32Array[] {
    const out: Int32Array[] = [];
    const found: number[] = [];
    for (let slot = 0; slot < 4; slot++) {
      found.length = 0;
      for (const f of slot === 1 || slot === 2 ? near : far) {
        const id = this.idOfAt!(slot, f);
        if (id >= 0) found.push(id);
      }
      out.push(Int32Array.from(found));
    }
    return out;
  }

  private ids(features: string[]): Int32Array {
    const out: number[] = [];
    for (const f of features) {
      const id = this.idOf(f);
      if (id >= 0) out.push(id);
    }
    return Int32Array.from(out);
  }

  /** The word's properties as feature strings (own, and as a neighbour). */
  wordProperties(word: string): { self: string[]; near: string[]; far: string[]; keys: string[]; norm: string; stem: string; base: string; cls: string } {
    const { res, config } = this;
    const norm = normalize(word);
    const seg = res.segment(word);
    const stem = normalize(seg.stem);
    const base = seg.baseStart > 0 ? normalize(word.slice(seg.baseStart)) : norm;
    const self = ['b', `w=${norm}`, `s=${stem}`, `sh=${shapeOf(word)}`];
    if (seg.proclitics.length) self.push(`p=${seg.proclitics.join('+')}`);
    if (seg.enclitic) self.push(`e=${seg.enclitic}`);
    for (const k of [2, 3, 4]) {
      if (norm.length > k) self.push(`p${k}=${norm.slice(0, k)}`, `x${k}=${norm.slice(-k)}`);
      if (stem.length > k && stem !== norm) self.push(`sp${k}=${stem.slice(0, k)}`, `sx${k}=${stem.slice(-k)}`);
    }
    const near = [`w=${norm}`, `s=${stem}`, `sh=${shapeOf(word)}`];
    let cls = shapeOf(word);
    const far = [`s=${stem}`];
    if (config.triggers) {
      const trig = res.lexicon.triggers.get(norm) ?? res.lexicon.triggers.get(base) ?? res.lexicon.triggers.get(stem) ?? res.lexicon.triggers.get('ال' + stem);
      if (trig) {
        cls = `t${trig}`;
        self.push(`tg=${trig}`);
        near.push(`tg=${trig}`);
        far.push(`tg=${trig}`);
      }
    }
    if (config.gazetteers) {
      for (const b of adjectiveBases(stem)) {
        const bucket = res.lexicon.entries.get(b);
        if (bucket?.some((e) => e.cls === 'demonym' && e.words.length === 1 && (config.kb || !e.kb))) {
          self.push('lx=demonym');
          near.push('lx=demonym');
          break;
        }
      }
    }
    if (config.gazetteers) {
      // Membership of the word (as written, without proclitics, its stem) in one-word lexicon entries.
      const classes = new Set<string>();
      for (const k of [norm, base, stem, 'ال' + stem]) for (const e of res.lexicon.singles.get(k) ?? []) if (config.kb || !e.kb) classes.add(e.cls);
      for (const cls of classes) {
        self.push(`in=${cls}`);
        near.push(`in=${cls}`);
      }
      if (classes.size > 1) self.push(`in=${[...classes].sort().join('+')}`);
      // "و" + a known name usually starts a new entity (باريس ولندن), rarely continues one.
      if (seg.proclitics.includes('و')) for (const cls of classes) self.push(`win=${cls}`);
    }
    if (config.clusters) {
      const wc = res.clusters.get(norm) ?? res.clusters.get(base);
      const sc = res.clusters.get(stem) ?? res.clusters.get('ال' + stem);
      if (wc !== undefined) {
        const c = wc.cluster;
        if (!cls.startsWith('t')) cls = `c${c >> 4}`;
        self.push(`c4=${c >> 4}`, `c8=${c >> 2}`, `c10=${c}`);
        near.push(`c4=${c >> 4}`, `c8=${c >> 2}`);
        far.push(`c8=${c >> 2}`);
      } else {
        self.push('c=none');
        near.push('c=none');
      }
      const prof = (wc ?? sc)?.profile;
      if (prof) {
        // Each letter+bin alone, and the person/article pair together.
        for (let k = 0; k + 1 < prof.length; k += 2) {
          self.push(`pf=${prof.slice(k, k + 2)}`);
          near.push(`pf=${prof.slice(k, k + 2)}`);
        }
        self.push(`pfTA=${prof.slice(0, 2)}${prof.slice(-2)}`);
      }
      if (sc !== undefined && stem !== norm) {
        const c = sc.cluster;
        self.push(`sc4=${c >> 4}`, `sc8=${c >> 2}`, `sc10=${c}`);
        near.push(`sc8=${c >> 2}`);
      }
    }
    if (config.embeddings && res.embeddings) {
      const e = res.embeddings.get(base) ?? res.embeddings.get(norm);
      if (e !== undefined) {
        self.push(`e5=${e >> 6}`, `e7=${e >> 4}`, `e9=${e >> 2}`, `e11=${e}`);
        near.push(`e7=${e >> 4}`, `e9=${e >> 2}`);
        far.push(`e7=${e >> 4}`);
      } else {
        self.push('e=none');
        near.push('e=none');
      }
      const se = stem !== base ? (res.embeddings.get(stem) ?? res.embeddings.get('ال' + stem)) : undefined;
      if (se !== undefined) self.push(`se7=${se >> 4}`, `se9=${se >> 2}`);
    }
    if (config.nameNgrams && res.nameNgrams && base.length > 2 && /^[\u0621-\u064a]+$/.test(base)) {
      const [p, l] = nameScores(base, res.nameNgrams);
      const bin = (x: number) => Math.max(-3, Math.min(4, Math.floor(x * 4)));
      self.push(`nmp=${bin(p)}`, `nml=${bin(l)}`);
      near.push(`nmp=${bin(p)}`);
    }
    if (config.autoLexicon && res.autoLexicon) {
      const a = res.autoLexicon.get(base) ?? res.autoLexicon.get(norm);
      if (a) {
        const n = a[0]!;
        const nb = n < 5 ? 1 : n < 20 ? 2 : 3;
        let best = 0;
        for (let k = 1; k <= 4; k++) {
          const share = a[k]! / n;
          if (share > 0) self.push(`ax${AUTO_TYPES[k - 1]}=${share < 0.1 ? 1 : share < 0.3 ? 2 : share < 0.6 ? 3 : 4}`);
          if (a[k]! > a[best]! || best === 0) best = k;
        }
        const share = a[best]! / n;
        const major = share >= 0.3 ? AUTO_TYPES[best - 1]! : 'O';
        self.push(`axm=${major}${nb}`);
        near.push(`axm=${major}`);
      } else {
        self.push('axm=none');
      }
    }
    if (config.autoTriggers && res.autoTriggers) {
      // How often a name starts right after the word, or ends right before it, in unlabelled news:
      // role words the trigger list lacks (الحارس، العداء) and verbs of speech after a name.
      const a = res.autoTriggers.get(base) ?? res.autoTriggers.get(norm);
      if (a) {
        const n = a[0]!;
        for (let k = 0; k < 8; k++) {
          const share = a[k + 1]! / n;
          if (share < 0.05) continue;
          const f = `${k < 4 ? 'tb' : 'ta'}=${AUTO_TYPES[k % 4]}${share < 0.15 ? 1 : share < 0.4 ? 2 : 3}`;
          self.push(f);
          near.push(f);
          far.push(f);
        }
      }
    }
    if (config.commonShare && res.wordFrequencies) {
      // Era-independent evidence that a word is an ordinary noun or adjective: how often the corpus writes it with
      // ال or a pronoun suffix (names almost never take them). Binned; words with the article and rare words apart.
      this.commonShare ??= createCommonShare(res.wordFrequencies, 20);
      const raw = seg.baseStart > 0 ? word.slice(seg.baseStart) : word;
      let f: string;
      if (seg.proclitics.includes('ال') || base.startsWith('ال')) f = 'cs=al';
      else {
        const share = this.commonShare(segmentationKey(raw));
        f = share === null ? 'cs=rare' : `cs=${share < 0.02 ? 0 : share < 0.1 ? 1 : share < 0.3 ? 2 : share < 0.6 ? 3 : 4}`;
      }
      self.push(f);
      near.push(f);
    }
    const keys = [...new Set([norm, base, stem, 'ال' + stem])];
    return { self, near, far, keys, norm, stem, base, cls };
  }

  word(word: string): WordInfo {
    let info = this.cache.get(word);
    if (info) return info;
    info = this.older.get(word);
    if (info) return this.remember(word, info);
    const p = this.wordProperties(word);
    const starts = p.keys.flatMap((k) => this.res.lexicon.entries.get(k) ?? []).filter((e) => this.config.kb || !e.kb);
    info = {
      keys: p.keys,
      starts,
      norm: p.norm,
      stem: p.stem,
      base: p.base,
      cls: p.cls,
      sid: this.intern(p.stem),
      cid: this.intern(p.cls),
      spanStarts: this.config.autoSpans && this.res.autoSpans ? (this.res.autoSpans.get(p.base) ?? null) : null,
      vrow: this.config.dense && this.res.vectors ? (this.res.vectors.rows.get(p.base) ?? this.res.vectors.rows.get(p.norm) ?? -1) : -1,
      self: this.ids(p.self),
      ctx: this.idOfAt ? this.contextIds(p.near, p.far) : OFFSETS.map((d) => this.ids((Math.abs(d) === 1 ? p.near : p.far).map((f) => `${d}${f}`))),
    };
    return this.remember(word, info);
  }

  private remember(word: string, info: WordInfo): WordInfo {
    if (this.cache.size >= this.cacheLimit) {
      this.older = this.cache;
      this.cache = new Map();
    }
    this.cache.set(word, info);
    return info;
  }

  /**
   * Features of every token of a sentence: ids for token i are
   * `ids[offsets[i]..offsets[i+1])`. `given` adds feature strings per token.
   */
  sentence(words: readonly string[], given?: ReadonlyArray<readonly string[]>): { ids: Int32Array; offsets: Int32Array } {
    const n = this.fill(words, given);
    return { ids: this.idsBuffer.slice(0, this.offsetsBuffer[n]!), offsets: this.offsetsBuffer.slice(0, n + 1) };
  }

  /** The words of the sentence last passed to {@link sentence} or {@link sentenceView} (overwritten by the next). */
  lastWords(): readonly WordInfo[] {
    return this.infos;
  }

  /** As {@link sentence}, in buffers that the next call overwrites (longer than the sentence needs). */
  sentenceView(words: readonly string[]): { ids: Int32Array; offsets: Int32Array } {
    this.fill(words);
    return { ids: this.idsBuffer, offsets: this.offsetsBuffer };
  }

  /** Id of a sequence feature of kind 0 (stem bigram), 1 (class, left pair) or 2 (class, right pair). */
  private pairId(kind: number, a: WordInfo, b: WordInfo | null): number {
    if (!this.sequenceCache) return this.idOf(pairFeature(kind, a, b));
    const left = (kind << 21) | (kind === 0 ? a.sid : a.cid);
    const right = b === null ? this.endId : kind === 0 ? b.sid : b.cid;
    const id = this.pairIds.get(left, right);
    if (id !== PairTable.MISSING) return id;
    const made = this.idOf(pairFeature(kind, a, b));
    this.pairIds.set(left, right, made);
    return made;
  }

  /** Writes the sentence's feature ids to the buffers; returns the number of tokens. */
  private fill(words: readonly string[], given?: ReadonlyArray<readonly string[]>): number {
    const n = words.length;
    // Interned ids must stay below 2^21 (keys of pairIds); words cached before a reset hold old ids.
    if (this.sequenceCache && (this.interned.size > 1 << 20 || this.pairIds.full())) {
      this.cache.clear();
      this.older.clear();
      this.pairIds.clear();
      const keep = ['<s>', '</s>'];
      this.interned.clear();
      for (const k of keep) this.intern(k);
    }
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) infos[i] = this.word(words[i]!);
    if (this.config.gazetteers) this.matchLexicon(infos, n);
    if (this.config.autoSpans && this.res.autoSpans) this.matchAutoSpans(infos, n);
    if (this.config.context3) this.findQuotes(words, n);
    if (this.offsetsBuffer.length < n + 1) this.offsetsBuffer = new Int32Array(2 * n + 1);
    const offsets = this.offsetsBuffer;
    let ids = this.idsBuffer;
    let at = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      const info = infos[i]!;
      const g = given?.[i];
      let need = info.self.length + 15 + (g ? g.length : 0);
      for (let s = 0; s < 4; s++) {
        const j = i + OFFSETS[s]!;
        need += (j >= 0 && j < n ? infos[j]! : this.boundary).ctx[s]!.length;
      }
      if (at + need > ids.length) {
        const grown = new Int32Array(2 * (at + need));
        grown.set(ids.subarray(0, at));
        ids = this.idsBuffer = grown;
      }
      ids.set(info.self, at);
      at += info.self.length;
      for (let s = 0; s < 4; s++) {
        const j = i + OFFSETS[s]!;
        const arr = (j >= 0 && j < n ? infos[j]! : this.boundary).ctx[s]!;
        ids.set(arr, at);
        at += arr.length;
      }
      // Features computed outside the extractor (the first-pass labels of a stacked model, in training).
      if (g)
        for (const f of g) {
          const id = this.idOf(f);
          if (id >= 0) ids[at++] = id;
        }
      if (this.config.gazetteers) {
        const cls = this.matchClass[i]!;
        if (cls) {
          const tag = this.matchTag[i]!;
          const a = this.idOf(`gz=${tag}`);
          if (a >= 0) ids[at++] = a;
          const b = this.idOf(this.matchMulti[i] ? `gzm=${tag}` : `gz1=${cls}`);
          if (b >= 0) ids[at++] = b;
        }
        if (i > 0 && this.matchClass[i - 1]) {
          const id = this.idOf(`-1gz=${this.matchClass[i - 1]}`);
          if (id >= 0) ids[at++] = id;
        }
        if (i + 1 < n && this.matchClass[i + 1]) {
          const id = this.idOf(`1gz=${this.matchClass[i + 1]}`);
          if (id >= 0) ids[at++] = id;
        }
      }
      if (this.config.autoSpans && this.res.autoSpans) {
        const code = this.spanCode[i]!;
        if (code) {
          const a = this.spanFeatureId(0, code);
          if (a >= 0) ids[at++] = a;
          const b = this.spanFeatureId(1, code);
          if (b >= 0) ids[at++] = b;
        }
        if (i > 0 && this.spanCode[i - 1]) {
          const id = this.spanFeatureId(2, this.spanCode[i - 1]!);
          if (id >= 0) ids[at++] = id;
        }
        if (i + 1 < n && this.spanCode[i + 1]) {
          const id = this.spanFeatureId(3, this.spanCode[i + 1]!);
          if (id >= 0) ids[at++] = id;
        }
      }
      if (this.config.context3) {
        // A title or head word three words before or after (past an adjective or a demonym:
        // "السفير الألماني بأفغانستان هانز"), and names inside quotes or brackets with the
        // class of the word before them (شركة « إيرمايلز »).
        if (i >= 3 && infos[i - 3]!.cls.startsWith('t')) {
          const id = this.idOf(`-3tg=${infos[i - 3]!.cls}`);
          if (id >= 0) ids[at++] = id;
        }
        if (i + 3 < n && infos[i + 3]!.cls.startsWith('t')) {
          const id = this.idOf(`3tg=${infos[i + 3]!.cls}`);
          if (id >= 0) ids[at++] = id;
        }
        const open = this.quoteOpen[i]!;
        if (open >= 0) {
          const before = open > 0 ? infos[open - 1]!.cls : '<s>';
          const len = this.quoteLength[i]!;
          const a = this.idOf(`q=${len > 3 ? 4 : len}${i === open + 1 ? 'b' : 'i'}`);
          if (a >= 0) ids[at++] = a;
          const b = this.idOf(`qt=${before.startsWith('t') || before === '<s>' ? before : 'x'}`);
          if (b >= 0) ids[at++] = b;
        }
      }
      const sb = this.pairId(0, i > 0 ? infos[i - 1]! : this.boundary, info);
      if (sb >= 0) ids[at++] = sb;
      if (this.config.conjunctions) {
        // Class bigrams: a title before a word of a name-like cluster, a name cluster before a surname cluster.
        const cb = this.pairId(1, i > 0 ? infos[i - 1]! : this.boundary, info);
        if (cb >= 0) ids[at++] = cb;
        const cf = this.pairId(2, info, i + 1 < n ? infos[i + 1]! : null);
        if (cf >= 0) ids[at++] = cf;
      }
    }
    offsets[n] = at;
    return n;
  }

  /** For tokens between a pair of quotes or brackets at most 6 words apart: the index of the opening mark and the words inside. */
  private findQuotes(words: readonly string[], n: number): void {
    if (this.quoteOpen.length < n) {
      this.quoteOpen = new Int32Array(2 * n);
      this.quoteLength = new Int32Array(2 * n);
    }
    this.quoteOpen.fill(-1, 0, n);
    for (let i = 0; i < n; i++) {
      const close = QUOTE_PAIRS.get(words[i]!);
      if (close === undefined) continue;
      for (let j = i + 2; j < n && j <= i + 7; j++)
        if (words[j] === close) {
          for (let k = i + 1; k < j; k++) {
            this.quoteOpen[k] = i;
            this.quoteLength[k] = j - i - 1;
          }
          i = j;
          break;
        }
    }
  }

  /**
   * Longest matches of the auto-spans: at each token they cover, "B-TYPE" or "I-TYPE" and a
   * frequency bin (1: seen under 5 times, 2: under 20, 3: more), as `${B|I}-${type}${bin}`.
   */
  private matchAutoSpans(infos: WordInfo[], n: number): void {
    if (this.spanCode.length < n) this.spanCode = new Uint8Array(2 * n);
    const out = this.spanCode;
    out.fill(0, 0, n);
    for (let i = 0; i < n; ) {
      const bucket = infos[i]!.spanStarts;
      let found: AutoSpan | null = null;
      if (bucket)
        for (const e of bucket) {
          if (i + e.words.length > n) continue;
          let ok = true;
          for (let k = 1; k < e.words.length && ok; k++) ok = infos[i + k]!.base === e.words[k];
          if (ok) {
            found = e;
            break;
          }
        }
      if (!found) {
        i++;
        continue;
      }
      const bin = found.count < 5 ? 0 : found.count < 20 ? 1 : 2;
      const type = AUTO_TYPES.indexOf(found.type);
      for (let k = 0; k < found.words.length; k++) out[i + k] = 1 + ((k === 0 ? 0 : 1) * 4 + type) * 3 + bin;
      i += found.words.length;
    }
  }

  /**
   * The auto-span features of a tag code (1 + (bi × 4 + type) × 3 + bin): kind 0 `as=B-PERS`, 1 `asb=B-PERS2`
   * (with the frequency bin 1-3), 2 `-1as=PERS` (the left neighbour's), 3 `1as=PERS` (the right one's).
   */
  private spanFeatureId(kind: number, code: number): number {
    const slot = kind * 25 + code;
    if (this.sequenceCache && this.spanIds[slot] !== -2) return this.spanIds[slot]!;
    const c = code - 1;
    const bin = c % 3;
    const type = AUTO_TYPES[Math.floor(c / 3) % 4]!;
    const bi = Math.floor(c / 12) === 0 ? 'B' : 'I';
    const f = kind === 0 ? `as=${bi}-${type}` : kind === 1 ? `asb=${bi}-${type}${bin + 1}` : `${kind === 2 ? '-1' : '1'}as=${type}`;
    const id = this.idOf(f);
    if (this.sequenceCache) this.spanIds[slot] = id;
    return id;
  }

  /** Longest lexicon matches: the entry's class at each token it covers, B or I, and whether it spans several words. */
  private matchLexicon(infos: WordInfo[], n: number): void {
    const classAt = this.matchClass;
    classAt.length = n;
    this.matchTag.length = n;
    this.matchMulti.length = n;
    classAt.fill('');
    for (let i = 0; i < n; ) {
      let matched = 0;
      let cls = '';
      for (const e of infos[i]!.starts) {
        if (e.words.length <= matched || i + e.words.length > n) continue;
        let ok = true;
        for (let k = 1; k < e.words.length && ok; k++) ok = infos[i + k]!.norm === e.words[k];
        if (ok) {
          matched = e.words.length;
          cls = e.cls;
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      for (let k = 0; k < matched; k++) {
        classAt[i + k] = cls;
        this.matchTag[i + k] = `${k === 0 ? 'B' : 'I'}-${cls}`;
        this.matchMulti[i + k] = matched > 1;
      }
      i += matched;
    }
  }
}

/**
 * Open-addressing hash table from two non-negative int32 keys to an int32
 * value (a feature id, or -1 for a feature the model lacks), in typed arrays:
 * no allocation per lookup. Grows up to 2^20 slots; `full()` then asks the
 * owner to clear it.
 */
class PairTable {
  static readonly MISSING = -2;
  private static readonly MAX = 1 << 20;
  private left = new Int32Array(1 << 14).fill(-1);
  private right = new Int32Array(1 << 14);
  private value = new Int32Array(1 << 14);
  private size = 0;

  private slot(a: number, b: number, mask: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & mask;
    while (this.left[i] !== -1 && (this.left[i] !== a || this.right[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  get(a: number, b: number): number {
    const i = this.slot(a, b, this.left.length - 1);
    return this.left[i] === -1 ? PairTable.MISSING : this.value[i]!;
  }

  set(a: number, b: number, v: number): void {
    if ((this.size + 1) * 2 > this.left.length) {
      if (this.left.length >= PairTable.MAX) return; // full: the owner clears it before the next sentence
      const [left, right, value] = [this.left, this.right, this.value];
      this.left = new Int32Array(left.length * 2).fill(-1);
      this.right = new Int32Array(left.length * 2);
      this.value = new Int32Array(left.length * 2);
      const mask = this.left.length - 1;
      for (let k = 0; k < left.length; k++) {
        if (left[k] === -1) continue;
        const i = this.slot(left[k]!, right[k]!, mask);
        this.left[i] = left[k]!;
        this.right[i] = right[k]!;
        this.value[i] = value[k]!;
      }
    }
    const i = this.slot(a, b, this.left.length - 1);
    if (this.left[i] === -1) this.size++;
    this.left[i] = a;
    this.right[i] = b;
    this.value[i] = v;
  }

  full(): boolean {
    return this.left.length >= PairTable.MAX && (this.size + 1) * 2 > this.left.length;
  }

  clear(): void {
    this.left = new Int32Array(1 << 14).fill(-1);
    this.right = new Int32Array(1 << 14);
    this.value = new Int32Array(1 << 14);
    this.size = 0;
  }
}

/** The string of a sequence feature (see FeatureExtractor.pairId). */
function pairFeature(kind: number, a: WordInfo, b: WordInfo | null): string {
  if (kind === 0) return `sb=${a.stem}|${b!.stem}`;
  if (kind === 1) return `cb=${a.cls}|${b!.cls}`;
  return `cf=${a.cls}|${b ? b.cls : '</s>'}`;
}
