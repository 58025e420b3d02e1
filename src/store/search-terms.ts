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
export function indexText(text: string, segment: Segmenter): string {
  const out: string[] = [];
  for (const t of tokenize(text)) if (isWord(t)) out.push(...wordForms(t.text, t.kind, segment));
  return out.join(' ');
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

/** The first whitespace at or after `i` (text.length when none): a safe place to cut the text for tokenizing. */
function cutAfter(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const m = new RegExp(SPACE.source, 'g');
  m.lastIndex = i;
  return m.exec(text)?.index ?? text.length;
}

/** The last whitespace before `i` (0 when none). */
function cutBefore(text: string, i: number): number {
  for (let k = Math.min(i, text.length) - 1; k > 0; k--) if (SPACE.test(text[k]!)) return k;
  return 0;
}

/**
 * An excerpt of `text` around the first matched word, with every matched
 * word in it as a span of `text`. Only the text up to the first hit and the
 * excerpt itself are tokenized (window by window), not the whole article:
 * the answer is the same as over the whole text's tokens.
 */
export function makeSnippet(text: string, query: ParsedQuery, segment: Segmenter): Snippet {
  const wanted = new Set(query.words.flat());
  const isHit = (t: Token) => isWord(t) && wordForms(t.text, t.kind, segment).some((f) => wanted.has(f));
  let at = -1;
  if (wanted.size) {
    for (let from = 0; from < text.length && at < 0; ) {
      const to = cutAfter(text, from + WINDOW);
      for (const t of tokensIn(text, from, to)) if (isHit(t)) { at = t.start; break; }
      from = to;
    }
  }
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
  for (let i = 0; i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.end <= to && isHit(t)) highlights.push({ start: t.start, end: t.end });
  }
  // same length as the slice, so highlight offsets minus snippetStart index the snippet
  return { snippet: text.slice(from, to).replace(/[\r\n\t]/g, ' '), snippetStart: from, highlights };
}
