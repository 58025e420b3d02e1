/**
 * Tokenization with offsets into the original text.
 *
 * Tokens are whole orthographic words (clitics still attached: "وبموسكو" is
 * one token; see clitics.ts to segment it), numbers, Latin words and single
 * punctuation marks. Diacritics and tatweel inside a word stay in the word.
 */
import { isDroppedMark } from './normalize.ts';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** UTF-16 index of the first char in the text. */
  readonly start: number;
  /** UTF-16 index just after the last char. */
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

const enum CharClass {
  Space,
  Arabic,
  Mark,
  Latin,
  Digit,
  Punct,
  Symbol,
}

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

const LATIN_RE = /\p{L}/u;

function classify(c: number): CharClass {
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000) return CharClass.Space;
  if (isArabicLetter(c)) return CharClass.Arabic;
  if (isDroppedMark(c)) return CharClass.Mark;
  if (isDigit(c)) return CharClass.Digit;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return CharClass.Latin;
  if (c < 0x80) return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e) ? CharClass.Punct : CharClass.Symbol;
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Symbol; // astral (emoji): one symbol per surrogate pair, below
  const ch = String.fromCharCode(c);
  if (LATIN_RE.test(ch)) return CharClass.Latin;
  return CharClass.Punct;
}

/** Separators that may sit inside a number: 3.5, 1,000, 10:30, 2018/03/10, ٣٫٥ */
function isNumberInfix(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x066b || c === 0x066c;
}

/** Splits text into tokens, each with its UTF-16 span. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classify(c);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === CharClass.Arabic || cls === CharClass.Mark) {
      i++;
      while (i < n) {
        const k = classify(text.charCodeAt(i));
        if (k === CharClass.Arabic || k === CharClass.Mark) i++;
        else break;
      }
      kind = 'arabic';
    } else if (cls === CharClass.Latin) {
      i++;
      while (i < n) {
        const k = classify(text.charCodeAt(i));
        if (k === CharClass.Latin || k === CharClass.Digit || k === CharClass.Mark) {
          i++;
        } else if ((text[i] === '-' || text[i] === "'" || text[i] === '’') && i + 1 < n && classify(text.charCodeAt(i + 1)) === CharClass.Latin) {
          i += 2; // al-Assad, O'Brien
        } else break;
      }
      kind = 'latin';
    } else if (cls === CharClass.Digit) {
      i++;
      while (i < n) {
        const k = classify(text.charCodeAt(i));
        if (k === CharClass.Digit) i++;
        else if (isNumberInfix(text.charCodeAt(i)) && i + 1 < n && classify(text.charCodeAt(i + 1)) === CharClass.Digit) i += 2;
        else break;
      }
      kind = 'number';
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      i += 2;
      kind = 'symbol';
    } else if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e) {
      while (i < n && text.charCodeAt(i) === 0x2e) i++; // "..." is one mark
      kind = 'punct';
    } else {
      i++;
      kind = cls === CharClass.Symbol ? 'symbol' : 'punct';
    }
    tokens.push({ start, end: i, text: text.slice(start, i), kind });
  }
  return tokens;
}

/** Splits text into words only (no punctuation): the floor the benchmark compares stages against. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classify(text.charCodeAt(i));
    const wordy = cls === CharClass.Arabic || cls === CharClass.Latin || cls === CharClass.Digit || cls === CharClass.Mark;
    if (wordy && !inWord) count++;
    inWord = wordy;
  }
  return count;
}
