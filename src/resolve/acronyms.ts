/**
 * Acronyms spelled out in Arabic letter names (بي بي سي، إم بي سي، بي إم دبليو) as one span (names16,
 * docs/knowledge-base.md). The recognizer often stops or starts inside such a run (قناة إم | بي سي، بي إم | دبليو), and
 * the pieces are then read as a name of their own ("Umm", "Dablyo") or as a shorter acronym ("BM"). A recognizer span
 * that overlaps a run is widened to take the whole run in; when the KB knows the run (جي آر يو), a span that starts in
 * it and runs on past it (جي آر يو الخبر) is cut back to it.
 */
import type { Doc } from '../core/document.ts';
import type { NerMention } from '../core/stage.ts';
import { letterName, letterNameOfNormalized } from '../kb/romanize.ts';
import { normalize } from '../text/normalize.ts';
import { RESOLVER_WORDS } from './words.ts';

/** Function words spelled like letter names (في، أو، إن): read as words at a run's ends (resolver-words.json). */
export const ACRONYM_EDGE_WORDS = RESOLVER_WORDS.acronymEdgeWords;
/** Function words before a noun spelled like letter names (أي): read as words at a run's start only. */
export const ACRONYM_LEAD_WORDS = RESOLVER_WORDS.acronymLeadWords;

/** Is the word a letter name? Letter names are five letters or fewer (دبليو); answers are kept per spelling. */
const letterCache = new Map<string, boolean>();
function isLetterWord(word: string): boolean {
  if (word.length > 6) return false;
  let v = letterCache.get(word);
  if (v === undefined) {
    if (letterCache.size > 50_000) letterCache.clear();
    letterCache.set(word, (v = !!letterName(word)));
  }
  return v;
}

export interface AcronymRun {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** The acronym in Latin capitals (BMW). */
  latin: string;
  /** The first word carries a proclitic (لبي بي سي): the run starts after it. */
  clitic?: boolean;
}

/** One-letter proclitics (a closed class) that may be written on a letter name. */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * The runs of two or more spelled-out letters in the document, each word apart by spaces only and with no proclitic
 * but on the first; function words at the ends (في بي بي سي) are left out unless the KB knows the whole run.
 */
export function acronymRuns(doc: Doc, known: (text: string) => boolean): AcronymRun[] {
  const toks = doc.tokens;
  const out: AcronymRun[] = [];
  // every Arabic token is tested: through the Doc's cached normalized form, one table lookup (a per-word cache of
  // letterName cost about 0.2 ms an article on the corpus)
  const isLetter = (j: number) => toks[j]!.kind === 'arabic' && toks[j]!.text.length <= 6 && letterNameOfNormalized(doc.norm(j)) !== undefined;
  let i = 0;
  while (i < toks.length) {
    // A one-letter proclitic written on the first letter name (لبي بي سي، وسي إن إن).
    // Not a function word spelled like a letter (وفي، باي، وان: "and in", "bye", "one").
    const clitic = !isLetter(i) && toks[i]!.kind === 'arabic' && toks[i]!.text.length === 3 && PROCLITICS.has(toks[i]!.text[0]!) && isLetterWord(toks[i]!.text.slice(1))
      && !ACRONYM_EDGE_WORDS.has(normalize(toks[i]!.text.slice(1))) && !ACRONYM_LEAD_WORDS.has(normalize(toks[i]!.text.slice(1)));
    if (!isLetter(i) && !clitic) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && isLetter(j) && doc.segment(j).baseStart === 0 && /^ +$/.test(doc.text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
    let a = i;
    let b = j;
    const whole = doc.text.slice(toks[a]!.start + doc.segment(a).baseStart, toks[b - 1]!.end);
    if (!known(whole)) {
      const first = normalize(toks[a]!.text);
      if (ACRONYM_EDGE_WORDS.has(first) || ACRONYM_LEAD_WORDS.has(first)) a++;
      if (b - a >= 2 && ACRONYM_EDGE_WORDS.has(normalize(toks[b - 1]!.text))) b--;
    }
    // A run joined by a hyphen to more letters (أي بي-إن أو آر سي) is a piece of a longer acronym: left alone.
    const hyphened = (j: number, k: number) => !!toks[k] && toks[k]!.text === '-' && (toks[k]!.start === toks[j]!.end || toks[k]!.end === toks[j]!.start);
    if (hyphened(i, i - 1) || hyphened(j - 1, j)) {
      i = j;
      continue;
    }
    if (b - a >= 2) {
      const start = toks[a]!.start + (a === i ? (clitic ? 1 : doc.segment(a).baseStart) : 0);
      const letters = Array.from({ length: b - a }, (_, d) => letterName(a + d === i && clitic ? toks[i]!.text.slice(1) : toks[a + d]!.text) ?? '');
      out.push({ tokenStart: a, tokenEnd: b, start, end: toks[b - 1]!.end, latin: letters.join(''), ...(a === i && clitic ? { clitic: true } : {}) });
    }
    i = j;
  }
  return out;
}

/**
 * The recognizer's spans reshaped over the acronym runs: a span overlapping a run takes all of it in (قناة إم → قناة إم
 * بي سي; دبليو → بي إم دبليو); a span starting inside a run the KB knows and running on past it ends with the run. Spans
 * that come to overlap an earlier span are joined with it (two pieces of one acronym are one mention).
 */
export function overAcronyms(doc: Doc, mentions: readonly NerMention[], runs: readonly AcronymRun[], known: (text: string) => boolean): NerMention[] {
  if (!runs.length) return [...mentions];
  const out: NerMention[] = [];
  for (const m of mentions) {
    let r = m;
    for (const run of runs) {
      if (run.tokenStart >= r.tokenEnd || run.tokenEnd <= r.tokenStart) continue;
      // بروكتر لبي بي سي: a span over words before a run with a proclitic ends before it.
      if (run.clitic && r.tokenStart < run.tokenStart) {
        const end = doc.tokens[run.tokenStart - 1]!.end;
        r = { ...r, end, tokenEnd: run.tokenStart };
        break;
      }
      if (r.tokenStart >= run.tokenStart && r.tokenEnd > run.tokenEnd && known(doc.text.slice(run.start, run.end))) {
        r = { ...r, start: run.start, end: run.end, tokenStart: run.tokenStart, tokenEnd: run.tokenEnd };
        continue;
      }
      if (r.tokenStart > run.tokenStart) r = { ...r, start: run.start, tokenStart: run.tokenStart };
      if (r.tokenEnd < run.tokenEnd) r = { ...r, end: run.end, tokenEnd: run.tokenEnd };
    }
    if (r !== m) r = { ...r, text: doc.text.slice(r.start, r.end) };
    // Three letters spelled out or more and a word of a name (يو إس إيه توداي، يو إس إس كارل فينسون) name a body or a
    // thing, not a person; a span of letters only is left to the resolver, which drops it (تي إيه تي بي).
    if (r.type === 'PER' && runs.some((run) => run.tokenEnd - run.tokenStart >= 3 && run.tokenStart >= r.tokenStart && run.tokenEnd <= r.tokenEnd && (run.tokenStart > r.tokenStart || run.tokenEnd < r.tokenEnd))) r = { ...r, type: 'ORG' };
    const k = out.findIndex((o) => o.start < r.end && r.start < o.end);
    if (k < 0) out.push(r);
    else {
      // Two pieces of one acronym (يو إس | إيه توداي) are one mention, of the first piece's type.
      const o = out[k]!;
      const [start, tokenStart] = o.start <= r.start ? [o.start, o.tokenStart] : [r.start, r.tokenStart];
      const [end, tokenEnd] = o.end >= r.end ? [o.end, o.tokenEnd] : [r.end, r.tokenEnd];
      out[k] = { ...o, start, end, tokenStart, tokenEnd, text: doc.text.slice(start, end) };
    }
  }
  return out;
}
