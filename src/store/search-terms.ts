/**
 * What full-text search indexes and matches: every word of an article in the
 * text core's normalized form, plus its clitic-stripped stem when that
 * differs (بموسكو is indexed as "بموسكو موسكو"), so a query for موسكو finds
 * it, and أ/ا, diacritics and tatweel never stand in the way. Queries go
 * through the same normalization. Snippets are cut from the original text,
 * with highlights as spans of it.
 */
import { tokenize, type Token } from '../text/tokenize.ts';
import { normalize } from '../text/normalize.ts';
import type { Segmentation } from '../text/clitics.ts';
import type { Highlight } from './store.ts';

export type Segmenter = (word: string) => Segmentation;

function isWord(t: Token): boolean {
  return t.kind === 'arabic' || t.kind === 'latin' || t.kind === 'number';
}

/** FTS5's unicode61 tokenizer splits on anything not a letter or digit; keep each form one FTS token. */
function ftsSafe(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

const formsCache = new Map<string, string[]>();
const FORMS_CACHE_LIMIT = 200_000;

/** The forms of one word a search may match: the normalized word and its stem (memoized: news repeats its words). */
export function wordForms(word: string, kind: Token['kind'], segment: Segmenter): string[] {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    forms = computeForms(word, kind, segment);
    if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
    formsCache.set(word, forms);
  }
  return forms;
}

function computeForms(word: string, kind: Token['kind'], segment: Segmenter): string[] {
  const surface = ftsSafe(normalize(word));
  if (!surface) return [];
  if (kind !== 'arabic') return [surface];
  const stem = ftsSafe(normalize(segment(word).stem));
  return stem && stem !== surface ? [surface, stem] : [surface];
}

/** The text FTS indexes for a document: each word's forms, space-separated. */
export function indexText(text: string, segment: Segmenter, tokens: readonly Token[] = tokenize(text)): string {
  const out: string[] = [];
  for (const t of tokens) if (isWord(t)) for (const f of wordForms(t.text, t.kind, segment)) out.push(f);
  return out.join(' ');
}

/**
 * The names an entity lookup tries for what a user typed: the name itself and, when its first word carries
 * proclitics (وبوتين, بالكرملين, للسيسي), the name without them ("بوتين", "الكرملين", "السيسي"): the article
 * stays, as entity names keep it. The search does the same with its words (wordForms).
 */
export function entityNameForms(name: string, segment: Segmenter): string[] {
  const trimmed = name.trim();
  const m = /^(\S+)(.*)$/su.exec(trimmed);
  if (!m || !/^[\u0621-\u064a]/.test(m[1]!)) return [trimmed];
  const first = m[1]!;
  const s = segment(first);
  if (s.baseStart === 0) return [trimmed];
  const base = s.proclitics.includes('ال') ? 'ال' + first.slice(s.stemStart) : first.slice(s.baseStart);
  // a stem of two letters is no name (بان → ان would find every name starting so)
  const form = base + m[2]!;
  return form.length > 2 ? [trimmed, form] : [trimmed];
}

export interface ParsedQuery {
  /** An FTS5 MATCH expression, or null when the query has no word. */
  match: string | null;
  /** Per query word, the forms that count as a hit (for highlighting). */
  words: string[][];
}

const MAX_QUERY_WORDS = 16;

/**
 * Every query word must match (AND); a word matches its normalized form or
 * its stem. Terms are quoted, so FTS5 syntax in user input is only text.
 */
export function parseQuery(q: string, segment: Segmenter): ParsedQuery {
  const words: string[][] = [];
  for (const t of tokenize(q)) {
    if (!isWord(t)) continue;
    const forms = wordForms(t.text, t.kind, segment);
    if (forms.length) words.push(forms);
    if (words.length >= MAX_QUERY_WORDS) break;
  }
  if (!words.length) return { match: null, words };
  const match = words.map((forms) => (forms.length === 1 ? `"${forms[0]}"` : `(${forms.map((f) => `"${f}"`).join(' OR ')})`)).join(' AND ');
  return { match, words };
}

export interface Snippet {
  snippet: string;
  snippetStart: number;
  highlights: Highlight[];
}

const SNIPPET_CHARS = 240;

/** What the tokenizer treats as space (tokenize.ts classify): a token never spans one. */
const SPACE = /[\x20\t\n\r\v\f\u00a0\u2000-\u200a\u2028\u2029\u3000]/;

/** Text is tokenized in windows of about this many characters, cut at whitespace (no token spans whitespace). */
const WINDOW = 2048;

/** The tokens of text[from, to), with offsets into `text`; from and to must sit at whitespace or the ends. */
function tokensIn(text: string, from: number, to: number): Token[] {
  const tokens = tokenize(from === 0 && to === text.length ? text : text.slice(from, to));
  return from ? tokens.map((t) => ({ ...t, start: t.start + from, end: t.end + from })) : tokens;
}

/** SPACE as a table over the basic plane, for the cuts below (called several times per hit). */
const IS_SPACE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (SPACE.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/** The first whitespace at or after `i` (text.length when none): a safe place to cut the text for tokenizing. */
function cutAfter(text: string, i: number): number {
  for (let k = Math.max(0, i); k < text.length; k++) if (IS_SPACE[text.charCodeAt(k)]) return k;
  return text.length;
}

/** The last whitespace before `i` (0 when none). */
function cutBefore(text: string, i: number): number {
  for (let k = Math.min(i, text.length) - 1; k > 0; k--) if (IS_SPACE[text.charCodeAt(k)]) return k;
  return 0;
}

/**
 * How the normalizer folds single characters, read off normalize() itself:
 * for each folded letter, every character that folds to it; the characters
 * a form never keeps (dropped marks, punctuation); and those that fold to
 * more than one character (ligatures), which the fast path cannot follow.
 */
interface Folding {
  members: Map<string, string>;
  ignorable: string;
  /** Whether a text has a character the fast path cannot follow. */
  unfollowable: (text: string) => boolean;
}

let folding: Folding | null = null;

/** Whether the tokenizer keeps `ch` inside an Arabic, Latin or number token. */
function insideWord(ch: string): boolean {
  return [`ب${ch}ب`, `a${ch}a`, `1${ch}1`].some((w) => {
    const t = tokenize(w);
    return t.length === 1 && t[0]!.text === w;
  });
}

/** The inside of a regular-expression class for ascending code points, as ranges. */
function charClassOf(codes: number[]): string {
  const hex = (c: number) => `\\u{${c.toString(16)}}`;
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    out += j > i ? `${hex(codes[i]!)}-${hex(codes[j]!)}` : hex(codes[i]!);
    i = j + 1;
  }
  return out;
}

function getFolding(): Folding {
  if (folding) return folding;
  const members = new Map<string, number[]>();
  const ignorable: number[] = [];
  const multi: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    // presentation forms fold through NFKC, some to several letters (and a few send normalize() into
    // endless recursion): the fast path leaves texts with them to the slow one
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) {
      multi.push(c);
      continue;
    }
    const ch = String.fromCharCode(c);
    const f = ftsSafe(normalize(ch));
    if (f === '') {
      // only what can sit inside a word token matters between two letters of a form
      if (insideWord(ch)) ignorable.push(c);
    }
    else if (f.length === 1) (members.get(f) ?? members.set(f, []).get(f)!).push(c);
    else multi.push(c);
  }
  const classes = new Map<string, string>();
  for (const [f, codes] of members) classes.set(f, `[${charClassOf(codes)}]`);
  // astral letters and digits are outside the table too: a text with any surrogate takes the slow path.
  // One class of them, tested by the regular-expression engine: every hit's text is scanned, and this
  // is about twice as fast as a loop over a lookup table (measured on corpus texts)
  const stopCodes = [...multi];
  for (let c = 0xd800; c <= 0xdfff; c++) stopCodes.push(c);
  // (\u escapes without the u flag: a surrogate pair must match as its two halves)
  const stop = new RegExp(`[${charClassOf(stopCodes.sort((a, b) => a - b)).replace(/\\u\{([0-9a-f]+)\}/g, (_, h: string) => `\\u${h.padStart(4, '0')}`)}]`);
  const unfollowable = (text: string) => stop.test(text);
  folding = { members: classes, ignorable: `[${charClassOf(ignorable)}]*`, unfollowable };
  return folding;
}

const candidateCache = new Map<string, RegExp | null>();

/**
 * A pattern over the original text that every hit of `wanted` matches (and
 * more): each form without its last letter (a stem may end in a restored
 * ة/ى/ء its word spells otherwise), letter by letter as any character that
 * folds to it, with characters the forms drop allowed in between. Null when
 * a form has a letter the table does not know.
 */
function candidates(wanted: Set<string>): RegExp | null {
  const key = [...wanted].sort().join(' ');
  if (candidateCache.has(key)) return candidateCache.get(key)!;
  const f = getFolding();
  const alts: string[] = [];
  let ok = true;
  for (const form of wanted) {
    const chars = [...(form.length >= 3 ? form.slice(0, -1) : form.slice(0, 1))];
    const parts = chars.map((ch) => f.members.get(ch));
    if (parts.some((p) => p === undefined)) ok = false;
    else alts.push(parts.join(f.ignorable));
  }
  const re = ok && alts.length ? new RegExp(alts.join('|'), 'gu') : null;
  if (candidateCache.size > 10_000) candidateCache.clear();
  candidateCache.set(key, re);
  return re;
}

/**
 * Where the first token that is a hit starts (-1: none). With a candidate
 * pattern (candidates()), only the tokens at its matches are checked;
 * without one (a text with characters the pattern cannot follow), the text
 * is tokenized window by window from the start. Both find the same token.
 */
function firstHit(text: string, re: RegExp | null, isHit: (t: Token) => boolean): number {
  if (re) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const pos = m.index;
      const tokens = tokensIn(text, cutBefore(text, pos + 1), cutAfter(text, pos + 1));
      const t = tokens.find((k) => k.start <= pos && pos < k.end);
      if (t && isHit(t)) return t.start;
      re.lastIndex = Math.max(t ? t.end : 0, pos + 1);
    }
    return -1;
  }
  for (let from = 0; from < text.length; ) {
    const to = cutAfter(text, from + WINDOW);
    for (const t of tokensIn(text, from, to)) if (isHit(t)) return t.start;
    from = to;
  }
  return -1;
}

/** Where `re` matches in text[from, to), overlapping matches included, in order. */
function matchStarts(text: string, re: RegExp, from: number, to: number): number[] {
  const out: number[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

interface QueryMatcher {
  wanted: Set<string>;
  isHit: (t: Token) => boolean;
  /** The candidate pattern (null when a form has a letter the folding table lacks). */
  re: RegExp | null;
}

/** What every snippet of one query needs, computed once per query (a page has many hits). */
const matchers = new WeakMap<ParsedQuery, QueryMatcher>();

function matcherOf(query: ParsedQuery, segment: Segmenter): QueryMatcher {
  let m = matchers.get(query);
  if (!m) {
    const wanted = new Set(query.words.flat());
    const isHit = (t: Token) => isWord(t) && wordForms(t.text, t.kind, segment).some((f) => wanted.has(f));
    m = { wanted, isHit, re: wanted.size ? candidates(wanted) : null };
    matchers.set(query, m);
  }
  return m;
}

/**
 * An excerpt of `text` around the first matched word, with every matched
 * word in it as a span of `text`. Only the tokens at candidate places
 * (firstHit) and the excerpt itself are tokenized, not the whole article:
 * the answer is the same as over the whole text's tokens.
 */
export function makeSnippet(text: string, query: ParsedQuery, segment: Segmenter): Snippet {
  const m = matcherOf(query, segment);
  const re = patternFor(text, m);
  return snippetAt(text, m.wanted.size ? firstHit(text, re, m.isHit) : -1, re, m);
}

/** The candidate pattern, unless the text has characters it cannot follow. */
function patternFor(text: string, m: QueryMatcher): RegExp | null {
  return m.re && !getFolding().unfollowable(text) ? m.re : null;
}

/** The excerpt around the hit at `at` (-1: the text's start, no highlight). */
function snippetAt(text: string, at: number, re: RegExp | null, m: QueryMatcher): Snippet {
  let from = 0;
  let tokens: Token[] = [];
  if (at >= 0) {
    // open a few words before the hit, at a word start
    const lo = cutBefore(text, at - SNIPPET_CHARS / 3 - 1);
    tokens = tokensIn(text, lo, cutAfter(text, at + SNIPPET_CHARS + 64));
    const first = tokens.findIndex((t) => t.start === at);
    let k = first;
    while (k > 0 && at - tokens[k - 1]!.start <= SNIPPET_CHARS / 3) k--;
    from = tokens[k]!.start;
    tokens = tokens.slice(first);
  }
  let to = Math.min(text.length, from + SNIPPET_CHARS);
  const space = text.indexOf(' ', to);
  if (to < text.length && space >= 0 && space - to < 30) to = space;
  // never cut a surrogate pair
  if (to < text.length && text.charCodeAt(to) >= 0xdc00 && text.charCodeAt(to) <= 0xdfff) to++;
  const highlights: Highlight[] = [];
  // every hit token holds a match of the candidate pattern: tokens without one are not looked up
  const starts = re && tokens.length ? matchStarts(text, re, tokens[0]!.start, to) : null;
  let c = 0;
  for (let i = 0; i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.end > to) continue;
    if (starts) {
      while (c < starts.length && starts[c]! < t.start) c++;
      if (c >= starts.length || starts[c]! >= t.end) continue;
    }
    if (m.isHit(t)) highlights.push({ start: t.start, end: t.end });
  }
  // same length as the slice, so highlight offsets minus snippetStart index the snippet
  return { snippet: text.slice(from, to).replace(/[\r\n\t]/g, ' '), snippetStart: from, highlights };
}
