/**
 * Latin-script names inside Arabic text (names16, docs/knowledge-base.md): the recognizer glues a Latin name to the
 * Arabic words around it (منظمة PKK الإرهابية، حزب الاتحاد الديمقراطي الكردي السوري PYD، سي بي اس CBS، Focus on Africa
 * بإذاعة بي بي سي). A Latin name the KB knows is a mention of its own, found by the gazetteer; the recognizer's span
 * keeps only its Arabic words before the name (the Arabic name of the same body, or a head noun the resolver then
 * drops alone). A Latin run followed by an Arabic word with a proclitic (بإذاعة) ends there: the proclitic opens a
 * new phrase.
 */
import type { Doc } from '../core/document.ts';
import type { NerMention } from '../core/stage.ts';

const isQuote = (t: string) => /^["'«»“”„‘’]+$/.test(t);
/** A one-letter proclitic written as a word of its own (ل، لـ، ب، و): the tokenizer parts it from the Latin word after it. */
const LONE_PROCLITIC = /^[لبوفك]ـ?$/;

/**
 * The end (exclusive) of the run of Latin words that starts at token `start`: tokens of kind latin apart by spaces
 * only, at most up to token `stop`. Shared by the gazetteer's Latin names (stage.ts latinRun) and the cut below.
 */
export function latinRunEnd(doc: Doc, start: number, stop: number): number {
  const toks = doc.tokens;
  let j = start + 1;
  while (j < stop && toks[j]!.kind === 'latin' && /^ +$/.test(doc.text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
  return j;
}

/** The span cut at the edge of a Latin name it glues to Arabic words, or the span as it is; null when nothing is left. */
export function withoutGluedLatin(doc: Doc, m: NerMention, knownLatin: (text: string) => boolean): NerMention | null {
  const toks = doc.tokens;
  let hasLatin = false;
  let hasArabic = false;
  for (let j = m.tokenStart; j < m.tokenEnd; j++) {
    if (toks[j]!.kind === 'latin') hasLatin = true;
    else if (toks[j]!.kind === 'arabic') hasArabic = true;
  }
  if (!hasLatin || !hasArabic) return m;
  const cut = (a: number, b: number): NerMention | null => {
    while (a < b && (isQuote(toks[a]!.text) || toks[a]!.kind === 'punct')) a++;
    while (b > a && (isQuote(toks[b - 1]!.text) || toks[b - 1]!.kind === 'punct')) b--;
    if (b <= a) return null;
    const start = a === m.tokenStart ? m.start : toks[a]!.start;
    const end = b === m.tokenEnd ? m.end : toks[b - 1]!.end;
    return { ...m, start, end, tokenStart: a, tokenEnd: b, text: doc.text.slice(start, end) };
  };
  // The first Latin run (words apart by spaces) in the span.
  let a = m.tokenStart;
  while (a < m.tokenEnd && toks[a]!.kind !== 'latin') a++;
  const b = latinRunEnd(doc, a, m.tokenEnd);
  const run = doc.text.slice(toks[a]!.start, toks[b - 1]!.end);
  // بلال أبو صلاح ل CNN، لـ CNN: a proclitic written apart before a Latin run ends the Arabic name before it.
  if (a > m.tokenStart + 1 && LONE_PROCLITIC.test(toks[a - 1]!.text)) return cut(m.tokenStart, a - 1);
  if (a > m.tokenStart && knownLatin(run)) return cut(m.tokenStart, a);
  if (a === m.tokenStart && knownLatin(run)) return null;
  // Focus on Africa | بإذاعة: an Arabic word with a proclitic right after the Latin run starts a new phrase.
  if (a === m.tokenStart && b < m.tokenEnd && toks[b]!.kind === 'arabic' && doc.segment(b).baseStart > 0) return cut(a, b);
  return m;
}
