/**
 * Sentence splitting for Arabic news.
 *
 * A sentence ends at . ! ? ؟ … (and their combinations) and at every line
 * break, never after a one-letter abbreviation such as "د." or "م." or inside
 * a number such as 3.5 (the tokenizer keeps numbers whole). The comma ، and
 * semicolon ؛ join clauses of one sentence in Arabic prose, so they do not
 * split. A terminator inside an open quotation («…» “…”) does not split
 * either, so that a quoted statement stays in the sentence that attributes it,
 * unless the terminator is the quotation's last mark («…نتراجع.»); closing
 * quotes and brackets after a terminator stay with the sentence.
 */
import language from '../../data/text/arabic.json' with { type: 'json' };
import type { Token } from './tokenize.ts';

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(language.abbreviations);
const TERMINATORS = new Set(language.sentenceTerminators);
const CLOSERS = new Set(language.closingQuotes);
/** Domain endings written in Arabic after a dot with no space (العربية.نت). */
const DOMAIN_ENDINGS = new Set(['نت', 'كوم', 'أورغ', 'اورغ', 'net', 'com', 'org']);
const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”' };
/** A quotation longer than this is taken to be unbalanced and no longer holds the sentence open. */
const MAX_QUOTE_CHARS = 600;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return true;
  }
  return false;
}

/**
 * Whether the dot at token i joins the letters of an acronym written with dots and no spaces (بي.بي.سي، سي.إن.إن،
 * إف.بي.آي: some 200 in the ANT corpus): short Arabic words on both sides and another such dot right before or after.
 */
export function dottedAcronym(tokens: readonly Token[], i: number): boolean {
  const short = (t: Token | undefined) => t !== undefined && t.kind === 'arabic' && t.text.length <= 3;
  const dotAt = (k: number) => {
    const d = tokens[k];
    return d !== undefined && d.text === '.' && short(tokens[k - 1]) && short(tokens[k + 1]) && tokens[k - 1]!.end === d.start && d.end === tokens[k + 1]!.start;
  };
  return dotAt(i) && (dotAt(i + 2) || dotAt(i - 2));
}

/** Splits `text` (already tokenized as `tokens`) into sentence spans. */
export function splitSentences(text: string, tokens: readonly Token[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let first = 0; // index of the first token of the open sentence
  let openQuote: string | null = null;
  let openQuoteAt = 0;
  let asciiQuoteOpen = false;

  const close = (last: number) => {
    if (last >= first) sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = last + 1;
    openQuote = null;
    asciiQuoteOpen = false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i > first && hasLineBreak(text, tokens[i - 1]!.end, tok.start)) {
      close(i - 1);
    }
    if (tok.kind !== 'punct') continue;
    const t = tok.text;
    if (QUOTE_PAIRS[t]) {
      openQuote = QUOTE_PAIRS[t]!;
      openQuoteAt = tok.start;
      continue;
    }
    if (openQuote !== null && t === openQuote) {
      openQuote = null;
      continue;
    }
    if (t === '"') {
      asciiQuoteOpen = !asciiQuoteOpen;
      if (asciiQuoteOpen) openQuoteAt = tok.start;
      continue;
    }
    if (!TERMINATORS.has(t)) continue;
    if (t === '.' && i > first) {
      const prev = tokens[i - 1]!;
      const adjacent = prev.end === tok.start;
      if (adjacent && (ABBREVIATIONS.has(prev.text) || (prev.kind === 'latin' && prev.text.length === 1))) continue;
      // A web address written in Arabic (العربية.نت، سكاي نيوز.كوم): the dot joins the name to its domain.
      const next = tokens[i + 1];
      if (adjacent && next !== undefined && next.start === tok.end && DOMAIN_ENDINGS.has(next.text)) continue;
      if (adjacent && dottedAcronym(tokens, i)) continue;
    }
    const quoted = (openQuote !== null || asciiQuoteOpen) && tok.start - openQuoteAt < MAX_QUOTE_CHARS;
    if (quoted) {
      // A terminator right before the closing mark ends the quotation and the sentence with it.
      const next = tokens[i + 1];
      const closes = next !== undefined && next.kind === 'punct' && (next.text === openQuote || (asciiQuoteOpen && next.text === '"'));
      if (!closes) continue;
    }
    // Keep trailing terminators, closing quotes and brackets with this sentence.
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1]!;
      if (next.kind !== 'punct' || hasLineBreak(text, tokens[last]!.end, next.start)) break;
      if (!(TERMINATORS.has(next.text) || CLOSERS.has(next.text))) break;
      last++;
    }
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

/** Index of the sentence containing `offset`, or -1. Binary search over sorted spans. */
export function sentenceIndexAt(sentences: readonly SentenceSpan[], offset: number): number {
  return spanIndexAt(sentences, offset);
}

/** Index of the span containing `offset` among sorted, disjoint spans (sentences, tokens), or -1. */
export function spanIndexAt(spans: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
