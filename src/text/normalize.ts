/**
 * Arabic normalization for matching and search.
 *
 * The original text is never changed: normalization produces a new string and
 * an {@link OffsetMap} from every normalized index back to the original, so a
 * match found in normalized text can always be reported as a span of the
 * original (CAMeL Tools' normalizers return bare strings; rasd keeps the map).
 *
 * What it does, in order of the code points it meets:
 * - drops harakat, tanween, shadda, sukun, dagger alef, Quranic marks, tatweel
 *   and invisible format characters (ZWJ/ZWNJ, bidi marks, BOM);
 * - folds hamza-carrying and wasla alefs (أ إ آ ٱ) to ا, ى to ي, ة to ه;
 * - folds Persian/Urdu letter variants (ک ی ۀ ە ھ) to their Arabic forms;
 * - composes the decomposed (NFD) hamza: ي or و followed by U+0654 (hamza above) is ئ or ؤ, as in NFC text
 *   (the mark alone was dropped, so the NFD رئيس read as رييس; qa16);
 * - maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII;
 * - maps Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ « » “ ” ‘ ’) to ASCII equivalents;
 * - expands presentation forms (ﻻ, ﺏ …) through NFKC;
 * - lower-cases Latin letters.
 */

export interface OffsetMap {
  /** For each normalized UTF-16 index i, the original index where the char came from. */
  readonly starts: Int32Array;
  /** For each normalized index i, the original index just after the char's source. */
  readonly ends: Int32Array;
  /** Length of the original string. */
  readonly originalLength: number;
}

export interface Normalized {
  readonly text: string;
  readonly map: OffsetMap;
}

export interface NormalizeOptions {
  /** Fold ة → ه (default true; matching wants it, keys shown to people may not). */
  foldTaMarbuta?: boolean;
  /** Map punctuation variants to ASCII (default true). */
  foldPunctuation?: boolean;
  /** Lower-case Latin letters (default true). */
  lowercase?: boolean;
}

/** True for marks that normalization removes entirely. */
export function isDroppedMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, tanween, shadda, sukun, combining hamza/madda
    code === 0x0670 || // dagger alef
    (code >= 0x0610 && code <= 0x061a) || // honorific and Quranic signs above letters
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e4) ||
    (code >= 0x06e7 && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    code === 0x0640 || // tatweel
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM/RLM
    code === 0x061c || // Arabic letter mark (a bidi mark like RLM; it split words, qa9)
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff || // BOM / ZWNBSP
    code === 0x00ad // soft hyphen
  );
}

/** True for Arabic diacritics proper (harakat, shadda, sukun, dagger alef). */
export function isArabicDiacritic(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

const LETTER_FOLD: Record<number, string> = {
  0x0623: 'ا', // أ
  0x0625: 'ا', // إ
  0x0622: 'ا', // آ
  0x0671: 'ا', // ٱ
  0x0672: 'ا',
  0x0673: 'ا',
  0x0675: 'ا',
  0x0649: 'ي', // ى
  0x06cc: 'ي', // Persian ye
  0x06d2: 'ي', // Urdu ye barree
  0x06a9: 'ك', // Persian keheh
  0x06aa: 'ك',
  0x06c0: 'ه', // ۀ
  0x06d5: 'ه', // ە
  0x06c1: 'ه',
  0x06be: 'ه', // ھ (Urdu do-chashmi he): Arabic typed on an Urdu keyboard writes it for ه (ھذا, لجھود; qa16)
};

const TA_MARBUTA_FOLD: Record<number, string> = {
  0x0629: 'ه', // ة
};

const PUNCT_FOLD: Record<number, string> = {
  0x060c: ',', // ،
  0x061b: ';', // ؛
  0x061f: '?', // ؟
  0x066a: '%', // ٪
  0x066b: '.', // ٫ decimal separator
  0x066c: ',', // ٬ thousands separator
  0x06d4: '.', // ۔ full stop
  0x00ab: '"', // «
  0x00bb: '"', // »
  0x201c: '"', // “
  0x201d: '"', // ”
  0x201e: '"', // „
  0x2018: "'", // ‘
  0x2019: "'", // ’
  0x2013: '-', // –
  0x2014: '-', // —
  0x2026: '...', // …
  0x00a0: ' ', // no-break space
};

/** Maps one code point to its folded form ('' to drop it), or null to keep it as it is. */
function foldCodePoint(code: number, opts: Required<NormalizeOptions>): string | null {
  if (isDroppedMark(code)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  const letter = LETTER_FOLD[code];
  if (letter !== undefined) return letter;
  if (opts.foldTaMarbuta) {
    const t = TA_MARBUTA_FOLD[code];
    if (t !== undefined) return t;
  }
  if (opts.foldPunctuation) {
    const p = PUNCT_FOLD[code];
    if (p !== undefined) return p;
  }
  if (opts.lowercase && code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  // Arabic presentation forms (ligatures such as ﻻ) become their letters.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) {
    const nfkc = String.fromCharCode(code).normalize('NFKC');
    // Unassigned and noncharacter code points (U+FDD0…) decompose to themselves: keep them.
    if (nfkc.length === 1 && nfkc.charCodeAt(0) === code) return null;
    let out = '';
    for (const ch of nfkc) {
      const inner = foldCodePoint(ch.charCodeAt(0), opts);
      out += inner === null ? ch : inner;
    }
    return out;
  }
  return null;
}

const DEFAULTS: Required<NormalizeOptions> = { foldTaMarbuta: true, foldPunctuation: true, lowercase: true };

/**
 * foldCodePoint under the default options for every UTF-16 code unit, built
 * once: normalization runs over every word of every article, and a table
 * lookup is several times cheaper than the chain of range tests.
 */
const DEFAULT_FOLD: ReadonlyArray<string | null> = (() => {
  const table: Array<string | null> = new Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = foldCodePoint(c, DEFAULTS);
  return table;
})();

function fold(code: number, opts: Required<NormalizeOptions>): string | null {
  return opts === DEFAULTS ? DEFAULT_FOLD[code]! : foldCodePoint(code, opts);
}

/** U+0654, the combining hamza above of decomposed (NFD) text. */
const HAMZA_ABOVE = 0x0654;
/** The letters NFC writes for a seat followed by the combining hamza (ي + U+0654 = ئ); alef's forms fold to ا anyway. */
const HAMZA_SEAT: Record<string, string | undefined> = { 'ي': 'ئ', 'و': 'ؤ' };

/** Normalizes `text` and returns the normalized string with its map back to `text`. */
export function normalizeWithMap(text: string, options?: NormalizeOptions): Normalized {
  const opts = options ? { ...DEFAULTS, ...options } : DEFAULTS;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = fold(code, opts);
    if (folded === null) {
      parts.push(text[i]!);
      starts.push(i);
      ends.push(i + 1);
    } else if (code === HAMZA_ABOVE && parts.length && HAMZA_SEAT[parts[parts.length - 1]!]) {
      parts[parts.length - 1] = HAMZA_SEAT[parts[parts.length - 1]!]!;
    } else {
      for (let k = 0; k < folded.length; k++) {
        parts.push(folded[k]!);
        starts.push(i);
        ends.push(i + 1);
      }
    }
  }
  return {
    text: parts.join(''),
    map: { starts: Int32Array.from(starts), ends: Int32Array.from(ends), originalLength: text.length },
  };
}

/** Normalizes without keeping the map: for keys, lexicon entries and queries. */
export function normalize(text: string, options?: NormalizeOptions): string {
  const opts = options ? { ...DEFAULTS, ...options } : DEFAULTS;
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = fold(code, opts);
    if (folded === null) continue;
    out += text.slice(plainFrom, i);
    const seat = code === HAMZA_ABOVE && out.length ? HAMZA_SEAT[out[out.length - 1]!] : undefined;
    out = seat ? out.slice(0, -1) + seat : out + folded;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** Maps a half-open span of normalized text back to a half-open span of the original. */
export function toOriginalSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const n = map.starts.length;
  if (start < 0 || end > n || start > end) throw new RangeError(`span [${start}, ${end}) outside normalized text of length ${n}`);
  if (start === end) {
    const at = start < n ? map.starts[start]! : map.originalLength;
    return { start: at, end: at };
  }
  return { start: map.starts[start]!, end: map.ends[end - 1]! };
}

/** Removes diacritics and tatweel only (no letter folding): for display keys. */
export function stripDiacritics(text: string): string {
  // Decomposed (NFD) madda and hamza (ا + U+0653 = آ, ي + U+0654 = ئ) are letters, not marks: compose them first (qa16).
  if (/[\u0653-\u0655]/.test(text)) text = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isDroppedMark(c)) out += text[i];
  }
  return out;
}

/** The Persian and Urdu letters that Arabic typed on their keyboards writes for Arabic ones (ی ک ھ ...). */
const KEYBOARD_LETTERS: Record<string, string> = { 'ی': 'ي', 'ے': 'ي', 'ک': 'ك', 'ڪ': 'ك', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه' };
const KEYBOARD_LETTER_RE = /[یےکڪۀەہھ]/gu;

/**
 * The Arabic letters a name is written in, for spelling it out (the romanizer) rather than matching it: Persian/Urdu
 * keyboard letters become the Arabic ones (ی → ي, ک → ك, ھ → ه), presentation forms their letters (ﺑ → ب, ﻻ → لا), and
 * decomposed hamza and madda are composed (NFC); hamza forms, ة and ى stay, and the string is returned as it is when it
 * holds none of these. The romanizer spelled such letters as they came ("Barbrیnی", "ﻉﻝﻱ ﺍﻝﺭﺏﻱﻉﻱ"; qa16).
 */
export function arabicLetters(text: string): string {
  let s = text;
  if (/[\ufb50-\ufdff\ufe70-\ufefe]/.test(s)) {
    s = s.replace(/[\ufb50-\ufdff\ufe70-\ufefe]/g, (ch) => {
      const k = ch.normalize('NFKC');
      return k === ch ? ch : k;
    });
  }
  if (/[\u0653-\u0655]/.test(s)) s = s.normalize('NFC');
  return /[یےکڪۀەہھ]/u.test(s) ? s.replace(KEYBOARD_LETTER_RE, (ch) => KEYBOARD_LETTERS[ch]!) : s;
}
