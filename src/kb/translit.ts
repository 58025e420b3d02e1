/**
 * A learned romanizer of single name words (docs/knowledge-base.md, "Learned romanization"): a joint
 * n-gram model over "graphones", pairs of one Arabic letter and the English letters written for it
 * (ش:sha, ي:ee, ا:), learned from the knowledge base's own people (Arabic spellings paired with English
 * names, word by word), and decoded by beam search.
 *
 * Training (trainTranslit): each pair (normalized Arabic word without its article, English word folded to
 * a-z) is aligned letter by letter by EM: every Arabic letter writes 0 to 4 English letters, p(English |
 * Arabic letter) is re-estimated from expected counts over all alignments (forward-backward, 12 rounds,
 * started from uniform), then each pair's best alignment is its graphone sequence. The model is the
 * n-gram counts of those sequences (order 4), kept per group: names of the Arab world ("a") and foreign
 * names ("f"), since English writes ج، و، ي، غ differently in each.
 *
 * Decoding (createTransliterator): beam search over the Arabic letters; a graphone's probability is
 * interpolated absolute discounting over its 3 previous graphones, the group's model mixed with the model
 * of both groups. Deterministic, no Node-only imports; a word with a letter the model never saw gives null
 * (the letter rules spell it).
 */
import { normalize } from '../text/normalize.ts';

export interface TranslitPair {
  ar: string;
  en: string;
  foreign: boolean;
}

/** The data file (data/kb/romanizer.json): n-gram counts of graphone sequences per group. */
export interface TranslitData {
  _comment?: string;
  order: number;
  /** Per group ("a", "f"): [graphones joined by a space, count]; graphones are "ar:en", <s> and </s>. */
  grams: Record<string, Array<[string, number]>>;
  /** English name words and their counts (the character model of English names). */
  words?: Array<[string, number]>;
}

const MAX_EN = 4;
const SEP = ' ';

/** The Arabic word a model reads: normalized, without its article and any non-letter. */
export function translitKey(ar: string): string {
  // The article is ال as written: إلهام and ألكسندر begin with a hamza-alef, which normalization folds to ا.
  const raw = ar.trim();
  return normalize(raw.length > 3 && raw.startsWith('ال') ? raw.slice(2) : raw).replace(/[^\u0621-\u064a]/g, '');
}

/** The English word a model writes: lower-case a-z, accents, apostrophes and al-/el- dropped. */
export function translitTarget(en: string): string {
  return en.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/^(al|el)-/, '').replace(/[^a-z]/g, '');
}

/**
 * Word pairs from people records: every Arabic name of a person with as many words as the English name
 * gives its words in order (a word pair once per person). `foreign(country)` tells the group.
 */
export function namePairs(people: Iterable<{ nameEn: string; ar: string[]; country: string | null }>, arabicNaming: ReadonlySet<string>): TranslitPair[] {
  const out: TranslitPair[] = [];
  for (const p of people) {
    if (!p.country) continue;
    const en = p.nameEn.split(/\s+/).filter(Boolean);
    if (en.some((w) => !/^[\p{L}'’-]+$/u.test(w))) continue;
    const seen = new Set<string>();
    for (const a of p.ar) {
      const words = a.trim().split(/\s+/).filter(Boolean);
      if (words.length !== en.length) continue;
      words.forEach((w, i) => {
        const ar = translitKey(w);
        const e = translitTarget(en[i]!);
        const key = `${ar}\t${e}`;
        if (!ar || !e || seen.has(key) || e.length > ar.length * MAX_EN) return;
        seen.add(key);
        out.push({ ar, en: e, foreign: !arabicNaming.has(p.country!) });
      });
    }
  }
  return out;
}

/** name-parts.json's one-word parts as learning pairs (a part of the `foreign` list in the foreign group). */
export function partPairs(parts: Record<string, string>, foreign: ReadonlySet<string>): TranslitPair[] {
  const out: TranslitPair[] = [];
  for (const [ar, en] of Object.entries(parts)) {
    if (ar.startsWith('_') || /\s/.test(ar.trim()) || /\s/.test(en.trim())) continue;
    const a = translitKey(ar);
    const e = translitTarget(en);
    if (a && e) out.push({ ar: a, en: e, foreign: foreign.has(normalize(ar)) });
  }
  return out;
}

/** p(English chunk | Arabic letter) by EM over every alignment of the pairs (forward-backward from uniform). */
function alignEm(pairs: readonly TranslitPair[], rounds: number): Map<string, number> {
  let prob = new Map<string, number>();
  for (const { ar, en } of pairs) {
    for (let i = 0; i < ar.length; i++) for (let j = 0; j <= en.length; j++) for (let l = MAY_BE_SILENT.has(ar[i]!) ? 0 : 1; l <= MAX_EN && j + l <= en.length; l++) prob.set(graphone(ar[i]!, en.slice(j, j + l)), 1);
  }
  for (let r = 0; r < rounds; r++) {
    const counts = new Map<string, number>();
    for (const { ar, en } of pairs) {
      const alpha = Array.from({ length: ar.length + 1 }, () => new Array<number>(en.length + 1).fill(0));
      alpha[0]![0] = 1;
      for (let i = 1; i <= ar.length; i++) {
        for (let j = 0; j <= en.length; j++) {
          let s = 0;
          for (let l = 0; l <= MAX_EN && l <= j; l++) {
            const prev = alpha[i - 1]![j - l]!;
            if (prev) s += prev * (prob.get(graphone(ar[i - 1]!, en.slice(j - l, j))) ?? 0);
          }
          alpha[i]![j] = s;
        }
      }
      const total = alpha[ar.length]![en.length]!;
      if (!(total > 0)) continue;
      const beta = Array.from({ length: ar.length + 1 }, () => new Array<number>(en.length + 1).fill(0));
      beta[ar.length]![en.length] = 1;
      for (let i = ar.length - 1; i >= 0; i--) {
        for (let j = en.length; j >= 0; j--) {
          let s = 0;
          for (let l = 0; l <= MAX_EN && j + l <= en.length; l++) {
            const next = beta[i + 1]![j + l]!;
            if (!next) continue;
            const g = graphone(ar[i]!, en.slice(j, j + l));
            const pg = prob.get(g) ?? 0;
            if (!pg) continue;
            s += pg * next;
            const a = alpha[i]![j]!;
            if (a) counts.set(g, (counts.get(g) ?? 0) + (a * pg * next) / total);
          }
          beta[i]![j] = s;
        }
      }
    }
    const letter = (g: string) => g.slice(0, g.indexOf(':'));
    const perLetter = new Map<string, number>();
    for (const [g, c] of counts) perLetter.set(letter(g), (perLetter.get(letter(g)) ?? 0) + c);
    const next = new Map<string, number>();
    for (const [g, c] of counts) if (c > 1e-6) next.set(g, c / perLetter.get(letter(g))!);
    prob = next;
  }
  return prob;
}

/**
 * Letters English may leave unwritten (vowel letters, ع, ء, ه, ة): any other Arabic letter is a consonant
 * English always writes, so an alignment that drops one is a misalignment (نوتنغهام as "Nungham").
 */
const MAY_BE_SILENT = new Set([...'اويهعءئؤةى']);

function graphone(a: string, e: string): string {
  return `${a}:${e}`;
}

/** A pair's best alignment under p (Viterbi): its graphones and log-probability per Arabic letter, or null. */
function viterbi(ar: string, en: string, prob: ReadonlyMap<string, number>): { seq: string[]; perLetter: number } | null {
  const best = Array.from({ length: ar.length + 1 }, () => new Array<number>(en.length + 1).fill(-Infinity));
  const back = Array.from({ length: ar.length + 1 }, () => new Array<number>(en.length + 1).fill(0));
  best[0]![0] = 0;
  for (let i = 1; i <= ar.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      for (let l = 0; l <= MAX_EN && l <= j; l++) {
        const pg = prob.get(graphone(ar[i - 1]!, en.slice(j - l, j)));
        if (!pg) continue;
        const s = best[i - 1]![j - l]! + Math.log(pg);
        if (s > best[i]![j]!) {
          best[i]![j] = s;
          back[i]![j] = l;
        }
      }
    }
  }
  const score = best[ar.length]![en.length]!;
  if (score === -Infinity) return null;
  const seq: string[] = [];
  for (let i = ar.length, j = en.length; i > 0; i--) {
    const l = back[i]![j]!;
    seq.unshift(graphone(ar[i - 1]!, en.slice(j - l, j)));
    j -= l;
  }
  return { seq, perLetter: score / ar.length };
}

/**
 * Aligns the pairs by EM and counts graphone n-grams per group. The `drop` share of pairs that align worst
 * (lowest log-probability per letter: an alias that is another name, a translated word) is left out and the
 * rest aligned again.
 */
export function trainTranslit(pairs: readonly TranslitPair[], order = 4, rounds = 12, drop = 0.05): TranslitData {
  let usable = pairs.filter((p) => p.ar && p.en && p.en.length <= p.ar.length * MAX_EN);
  let prob = alignEm(usable, rounds);
  if (drop > 0) {
    const scored = usable.map((p) => ({ p, s: viterbi(p.ar, p.en, prob)?.perLetter ?? -Infinity }));
    const cut = [...scored].map((x) => x.s).sort((a, b) => a - b)[Math.floor(drop * scored.length)] ?? -Infinity;
    usable = scored.filter((x) => x.s >= cut).map((x) => x.p);
    prob = alignEm(usable, rounds);
  }
  // Each pair's best alignment, then its graphone n-grams.
  const grams: Record<string, Map<string, number>> = { a: new Map(), f: new Map() };
  for (const { ar, en, foreign } of usable) {
    const v = viterbi(ar, en, prob);
    if (!v) continue;
    const toks = [...new Array<string>(order - 1).fill('<s>'), ...v.seq, '</s>'];
    const m = grams[foreign ? 'f' : 'a']!;
    for (let i = order - 1; i < toks.length; i++) {
      const g = toks.slice(i - order + 1, i + 1).join(SEP);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
  }
  const words = new Map<string, number>();
  for (const { en } of usable) words.set(en, (words.get(en) ?? 0) + 1);
  const sorted = (m: Map<string, number>) => [...m].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { order, grams: { a: sorted(grams.a!), f: sorted(grams.f!) }, words: sorted(words) };
}

/** Interpolated absolute discounting over graphone histories. */
class GraphoneLm {
  /** history (tokens joined) → [total count, distinct followers, follower → count] */
  private readonly ctx = new Map<string, { total: number; types: number; next: Map<string, number> }>();
  private readonly vocab: number;
  constructor(grams: Iterable<[string, number]>, readonly order: number, private readonly discount = 0.7, kneserNey = false) {
    const words = new Set<string>();
    const extended = new Set<string>();
    for (const [g, c] of grams) {
      const toks = g.split(SEP);
      const w = toks[toks.length - 1]!;
      words.add(w);
      // Every suffix of the history counts the word: each occurrence (absolute discounting), or, below the top
      // order, each distinct token before it (Kneser-Ney: a reading seen after many histories generalizes).
      for (let k = 0; k < toks.length; k++) {
        let add = c;
        if (kneserNey && k > 0) {
          const longer = toks.slice(k - 1).join(SEP);
          if (extended.has(longer)) continue;
          extended.add(longer);
          add = 1;
        }
        const h = toks.slice(k, -1).join(SEP);
        let e = this.ctx.get(h);
        if (!e) this.ctx.set(h, (e = { total: 0, types: 0, next: new Map() }));
        const before = e.next.get(w) ?? 0;
        if (!before) e.types++;
        e.next.set(w, before + add);
        e.total += add;
      }
    }
    this.vocab = words.size + 1;
  }
  /** The model's entries for each suffix of the history, shortest first (up to the first it lacks). */
  contexts(history: readonly string[]): Array<{ total: number; types: number; next: Map<string, number> }> {
    const out = [];
    const key = history.join(SEP);
    // Suffixes of the key by its separators, the empty history first.
    const cuts = [key.length];
    for (let i = key.lastIndexOf(SEP); i >= 0; i = i > 0 ? key.lastIndexOf(SEP, i - 1) : -1) cuts.push(i + 1);
    if (key) cuts.push(0);
    for (const c of cuts) {
      const e = this.ctx.get(key.slice(c));
      if (!e) break;
      out.push(e);
    }
    return out;
  }
  /** p(w | history) from the history's contexts(). */
  probIn(contexts: ReadonlyArray<{ total: number; types: number; next: Map<string, number> }>, w: string): number {
    let p = 1 / this.vocab;
    for (const e of contexts) {
      const c = e.next.get(w) ?? 0;
      p = Math.max(c - this.discount, 0) / e.total + ((this.discount * e.types) / e.total) * p;
    }
    return p;
  }
  /** p(w | history tokens), history of up to order-1 tokens (most recent last). */
  prob(history: readonly string[], w: string): number {
    return this.probIn(this.contexts(history), w);
  }
}

/** Character n-grams of English name words (order 5): how English names are spelled, whatever the Arabic. */
function charGrams(words: Iterable<[string, number]>, order: number): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const [w, c] of words) {
    const toks = [...new Array<string>(order - 1).fill('<s>'), ...w, '</s>'];
    for (let i = order - 1; i < toks.length; i++) {
      const g = toks.slice(i - order + 1, i + 1).join(SEP);
      m.set(g, (m.get(g) ?? 0) + c);
    }
  }
  return [...m];
}

/** A node of the vocabulary's letter trie: `word` when a vocabulary word ends here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
}

function walk(node: TrieNode, add: string): TrieNode | undefined {
  let n: TrieNode | undefined = node;
  for (let i = 0; n && i < add.length; i++) n = n.next.get(add[i]!);
  return n;
}

/** The vocabulary as a trie of folded words (translitTarget), with each word's count and its spelling as shown. */
function buildVocab(words: Iterable<[string, number]>): { root: TrieNode; count: Map<string, number>; display: Map<string, string> } {
  const root: TrieNode = { next: new Map(), word: false };
  const count = new Map<string, number>();
  const display = new Map<string, string>();
  for (const [w, c] of words) {
    const key = translitTarget(w);
    if (key.length < 2) continue;
    count.set(key, (count.get(key) ?? 0) + c);
    // A spelling with inner capitals (McNeilly, DeLuca) is shown as written; a lower-case KB word as the key.
    if (!display.has(key) || /[A-Z]/.test(w)) display.set(key, /^[A-Za-z]+$/.test(w) ? w : key);
    let n = root;
    for (const ch of key) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { next: new Map(), word: false }));
      n = m;
    }
    n.word = true;
  }
  return { root, count, display };
}

/** The name vocabulary and how far it is trusted (createTransliterator). */
export interface VocabOptions {
  /** Latin-script name words with counts (data/kb/name-vocab.json and the KB's foreign people's name words). */
  vocab?: Iterable<[string, number]>;
  /** A vocabulary word wins when its probability times this factor per 5 letters reaches the best reading's: Arab-world names (0: never). */
  vocabBonus?: number;
  /** The same for foreign names. */
  foreignVocabBonus?: number;
  /** Weight of the log count of a vocabulary word when choosing among the words the letters can spell. */
  vocabPrior?: number;
  /** A vocabulary word is taken only within this many edits per letter of the model's or the rules' spelling. */
  vocabDistance?: number;
  /** Shorter Arabic words are never replaced by a vocabulary word. */
  vocabMinLetters?: number;
}

/** Levenshtein distance of two short words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Transliterator {
  /**
   * The English of one Arabic name word without its article (lower case a-z), or null. With `rules` (the
   * letter rules' spelling of the word), that spelling is kept when the model finds it about as likely as
   * its own best (within the `ruleBonus` factor): the model then only overrides spellings it finds unlikely.
   */
  (word: string, foreign: boolean, rules?: string): string | null;
}

/** Builds the decoder from the data file; results are cached per word. */
export function createTransliterator(data: TranslitData, options: { beam?: number; mix?: number; charWeight?: number; charOrder?: number; ruleBonus?: number; foreignRuleBonus?: number; minCount?: number; perLetterBonus?: boolean; maxReadings?: number; kneserNey?: boolean; discount?: number } & VocabOptions = {}): Transliterator {
  const order = data.order;
  const beam = options.beam ?? 8;
  const mix = options.mix ?? 0.5;
  const charWeight = options.charWeight ?? 0.3;
  const charOrder = options.charOrder ?? 5;
  // Tuned on a split of the learning half (scripts/eval-romanize.ts, TRANSLIT_DEV=1): the rules of Arab-world
  // names (patterns فاعل، CaCCaC …) deserve more trust than the foreign scheme.
  const ruleBonus = { a: options.ruleBonus ?? 300, f: options.foreignRuleBonus ?? 30 };
  const minCount = options.minCount ?? 2;
  const perLetterBonus = options.perLetterBonus ?? true;
  const maxReadings = options.maxReadings ?? 16;
  const chars = new GraphoneLm(charGrams(data.words ?? [], charOrder), charOrder);
  const charScoreUncached = (hist: string, add: string, end: boolean): number => {
    let s = 0;
    const toks = [...new Array<string>(charOrder - 1).fill('<s>'), ...hist];
    for (const c of end ? ['</s>'] : add) {
      s += Math.log(chars.prob(toks.slice(toks.length - charOrder + 1), c));
      toks.push(c);
    }
    return s;
  };
  const kn = options.kneserNey ?? false;
  const discount = options.discount ?? 0.7;
  const all = new GraphoneLm([...(data.grams.a ?? []), ...(data.grams.f ?? [])], order, discount, kn);
  const byGroup = { a: new GraphoneLm(data.grams.a ?? [], order, discount, kn), f: new GraphoneLm(data.grams.f ?? [], order, discount, kn) };
  // The English chunks each Arabic letter was seen to write, at least minCount times (one alignment of an
  // odd pair is noise: سريفاستافا must not read ف as "ffa" because one name did).
  const seen = new Map<string, number>();
  for (const list of Object.values(data.grams)) {
    for (const [g, c] of list) {
      const t = g.slice(g.lastIndexOf(SEP) + 1);
      if (t !== '</s>') seen.set(t, (seen.get(t) ?? 0) + c);
    }
  }
  // Only a letter's most frequent readings are tried (maxReadings, each at least 1% of the letter's
  // occurrences): the search stays small (speed) and the long tail is mostly misalignment.
  const byLetter = new Map<string, Array<[string, number]>>();
  for (const [t, c] of seen) {
    if (c < minCount) continue;
    const a = t.slice(0, t.indexOf(':'));
    const l = byLetter.get(a) ?? [];
    l.push([t, c]);
    byLetter.set(a, l);
  }
  const options_ = new Map<string, string[]>();
  for (const [a, l] of byLetter) {
    const total = l.reduce((n, [, c]) => n + c, 0);
    l.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    options_.set(a, l.filter(([, c], i) => i < maxReadings && c >= 0.01 * total).map(([t]) => t));
  }
  /** English readings of the word and their probabilities (only `target` and its prefixes when given). */
  // Memo rows per history (a state's history string is looked up once, then each reading by its own string,
  // whose hash V8 keeps): the decoder's inner loop builds no string keys.
  type Row = { own: ReturnType<GraphoneLm['contexts']>; both: ReturnType<GraphoneLm['contexts']>; values: Map<string, number> };
  const probMemo = { a: new Map<string, Row>(), f: new Map<string, Row>() };
  const charRows = new Map<string, Map<string, number>>();
  const readingsOf = new Map<string, Array<{ g: string; add: string }>>();
  for (const [a, l] of options_) readingsOf.set(a, l.map((g) => ({ g, add: g.slice(g.indexOf(':') + 1) })));
  const END = { g: '</s>', add: '' };
  // In the vocabulary's search, a letter that English always writes (not MAY_BE_SILENT) must write a consonant:
  // ك:e or ن:i are misalignments of a few pairs that would let a vocabulary word skip a letter (ماكرون as "Maren").
  const strictReadingsOf = new Map<string, Array<{ g: string; add: string }>>();
  // و and ي, written for a vowel English writes too, are never silent there either (تشوي is no "Cho", كيمو no "Kim").
  for (const [a, l] of readingsOf) strictReadingsOf.set(a, a === 'و' || a === 'ي' ? l.filter((r) => r.add) : MAY_BE_SILENT.has(a) ? l : l.filter((r) => /[^aeiou]/.test(r.add)));
  const decode = (ar: string, foreign: boolean, target?: string, trie?: TrieNode): Map<string, number> | null => {
    const lm = foreign ? byGroup.f : byGroup.a;
    const memo = probMemo[foreign ? 'f' : 'a'];
    if (memo.size > 50000) memo.clear();
    if (charRows.size > 50000) charRows.clear();
    const p = (key: string, g: string): number => {
      let row = memo.get(key);
      if (!row) {
        const h = key.split(SEP);
        memo.set(key, (row = { own: lm.contexts(h), both: all.contexts(h), values: new Map() }));
      }
      let v = row.values.get(g);
      if (v === undefined) row.values.set(g, (v = Math.log(mix * lm.probIn(row.own, g) + (1 - mix) * all.probIn(row.both, g))));
      return v;
    };
    const ch = (en: string, add: string, end: boolean): number => {
      const tail = en.slice(-(charOrder - 1));
      let row = charRows.get(tail);
      if (!row) charRows.set(tail, (row = new Map()));
      const k = end ? '\u0002' : add;
      let v = row.get(k);
      if (v === undefined) row.set(k, (v = charScoreUncached(tail, add, end)));
      return v;
    };
    type State = { key: string; en: string; score: number; node?: TrieNode };
    let states: State[] = [{ key: new Array<string>(order - 1).fill('<s>').join(SEP), en: '', score: 0, node: trie }];
    const width = target === undefined && !trie ? beam : beam * 4;
    for (let i = 0; i < ar.length; i++) {
      const cands = (trie ? strictReadingsOf : readingsOf).get(ar[i]!);
      if (!cands) return null;
      // The best `width` expansions, kept sorted (best first); a state is built only when it enters.
      const next: State[] = [];
      for (const s of states) {
        const rest = s.key.slice(s.key.indexOf(SEP) + 1);
        for (const { g, add } of cands) {
          if (target !== undefined && !target.startsWith(add, s.en.length)) continue;
          const node = s.node ? walk(s.node, add) : undefined;
          if (s.node && !node) continue;
          const score = s.score + p(s.key, g) + (charWeight && add ? charWeight * ch(s.en, add, false) : 0);
          if (next.length === width && score <= next[width - 1]!.score) continue;
          let at = next.length;
          while (at > 0 && next[at - 1]!.score < score) at--;
          next.splice(at, 0, { key: order > 2 ? rest + SEP + g : g, en: s.en + add, score, node });
          if (next.length > width) next.pop();
        }
      }
      states = next;
    }
    // Readings that spell the same English are one reading: their probabilities add.
    const total = new Map<string, number>();
    for (const s of states) {
      if (!s.en || (target !== undefined && s.en !== target) || (s.node && !s.node.word)) continue;
      const v = Math.exp(s.score + p(s.key, END.g) + charWeight * ch(s.en, '', true));
      total.set(s.en, (total.get(s.en) ?? 0) + v);
    }
    return total;
  };
  // The name vocabulary (data/kb/name-vocab.json and the KB's foreign people's name words) as a trie of folded words.
  const vocab = options.vocab ? buildVocab(options.vocab) : null;
  const vocabBonus = { a: options.vocabBonus ?? 0, f: options.foreignVocabBonus ?? 1000 };
  const vocabPrior = options.vocabPrior ?? 0;
  const vocabDistance = options.vocabDistance ?? 0.34;
  const vocabMinLetters = options.vocabMinLetters ?? 4;
  /**
   * The vocabulary word the Arabic letters most probably spell, when its probability, times the group's bonus
   * per 5 letters, reaches the best reading's: English news writes a foreign name as the world spells it
   * (Bermudez, not Bermodez), even when the model alone would not guess that spelling first.
   */
  const fromVocab = (ar: string, foreign: boolean, bestReading: string, bestP: number, rules: string): string | null => {
    const bonus = vocabBonus[foreign ? 'f' : 'a'];
    // Words of two or three letters (جي J, دي Di, ستار Star) are letters' names, particles and short English
    // words more often than names: any vocabulary word near them would be a guess.
    if (!vocab || !(bonus > 0) || ar.length < vocabMinLetters) return null;
    const found = decode(ar, foreign, undefined, vocab.root);
    if (!found) return null;
    let best: string | null = null;
    let bestScore = -Infinity;
    for (const [en, v] of found) {
      const score = Math.log(v) + vocabPrior * Math.log(vocab.count.get(en) ?? 1);
      if (score > bestScore) [best, bestScore] = [en, score];
    }
    if (!best) return null;
    // A vocabulary word far from every reading the model or the rules give is another name (هيلي as "Ali").
    const near = [bestReading, rules].some((r) => r && editDistance(r, best!) <= Math.max(1, Math.floor(best!.length * vocabDistance)));
    if (!near) return null;
    return Math.log(found.get(best)!) + Math.log(bonus) * (ar.length / 5) >= Math.log(bestP) ? vocab.display.get(best) ?? best : null;
  };
  const cache = new Map<string, string | null>();
  return (word: string, foreign: boolean, rules?: string): string | null => {
    const ar = translitKey(word);
    if (!ar) return null;
    const k = (foreign ? 'f' : 'a') + ar + '\u0001' + (rules ?? '');
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    let out: string | null = null;
    const readings = decode(ar, foreign);
    if (readings) {
      let bestP = -1;
      for (const [en, v] of readings) if (v > bestP) [out, bestP] = [en, v];
      const best = out;
      const folded = rules === undefined ? '' : translitTarget(rules);
      if (out && folded && folded !== out) {
        const ruleP = readings.get(folded) ?? decode(ar, foreign, folded)?.get(folded) ?? 0;
        // The bonus grows with the word: a long word's readings differ in more letters, so probabilities part further.
        if (Math.log(ruleP) + Math.log(ruleBonus[foreign ? 'f' : 'a']) * (perLetterBonus ? ar.length / 5 : 1) >= Math.log(bestP)) out = rules!;
      } else if (out && folded === out) out = rules!;
      // A spelling that is already a vocabulary word (Sokolov) stays; another is replaced by the vocabulary word the
      // letters can spell, if any (Bermodez → Bermudez).
      if (vocab && out && best && !vocab.count.has(translitTarget(out))) out = fromVocab(ar, foreign, best, bestP, folded) ?? out;
    }
    if (cache.size > 50000) cache.clear();
    cache.set(k, out);
    return out;
  };
}
