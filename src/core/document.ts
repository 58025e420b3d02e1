/**
 * The document every stage reads: immutable text plus the layers the text
 * core derives from it (tokens, sentences, clitic segmentation on demand).
 * Stages never change it; they return layers of their own (see stage.ts).
 */
import type { DocumentInfo } from './analysis.ts';
import { hashHex } from './hash.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { splitSentences, type SentenceSpan } from '../text/sentences.ts';
import type { Segmentation } from '../text/clitics.ts';
import { detectLanguage } from '../text/language.ts';
import { normalize } from '../text/normalize.ts';

/** What a reader yields and `analyze()` accepts: the article before analysis. */
export interface ArticleInput {
  /** The body. */
  text: string;
  title?: string | null;
  /** YYYY-MM-DD */
  date?: string | null;
  source?: string | null;
  url?: string | null;
  id?: string | null;
  /** Spans of `text` (the body) that are section headings, if the reader found any. */
  headings?: ReadonlyArray<{ start: number; end: number }>;
}

export interface Doc {
  readonly info: DocumentInfo;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceSpan[];
  /** Offset in `text` where the body starts (after the title and blank line). */
  readonly bodyStart: number;
  /** Section headings as spans of `text`. */
  readonly headings: ReadonlyArray<{ start: number; end: number }>;
  /** Clitic segmentation of token i (computed once per distinct word). */
  segment(tokenIndex: number): Segmentation;
  /**
   * Token i's text normalized for matching (src/text/normalize.ts), computed
   * once per document: every stage looks words up in folded form.
   */
  norm(tokenIndex: number): string;
}

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a YYYY-MM-DD string names a real calendar day of the years 0001-9999 (the four-digit years of TIMEX3 values;
 * qa15: 0001-0099 were refused, JavaScript's Date.UTC reading them as 1901-1999).
 */
export function isValidDate(date: string): boolean {
  if (!DATE_RE.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (y < 1) return false;
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The text an analysis reads, `document.text`: the title on one line, a blank line, then the body (or the body alone). */
export function documentText(input: Pick<ArticleInput, 'title' | 'text'>): { title: string | null; text: string } {
  const title = input.title?.replace(/\s+/g, ' ').trim() || null;
  return { title, text: title ? `${title}\n\n${input.text}` : input.text };
}

export function createDoc(input: ArticleInput, segmenter: (word: string) => Segmentation): Doc {
  const { title, text } = documentText(input);
  const bodyStart = title ? title.length + 2 : 0;
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const info: DocumentInfo = {
    id: input.id || `doc-${hashHex(text)}`,
    title,
    date: input.date ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    language: detectLanguage(text),
    text,
  };
  const headings = (input.headings ?? []).map((h) => ({ start: h.start + bodyStart, end: h.end + bodyStart }));
  const normalized: Array<string | undefined> = new Array(tokens.length);
  return {
    info,
    text,
    tokens,
    sentences,
    bodyStart,
    headings,
    segment: (i: number) => segmenter(tokens[i]!.text),
    norm: (i: number) => (normalized[i] ??= normalize(tokens[i]!.text)),
  };
}
