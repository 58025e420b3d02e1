/**
 * Where a mention starts in its first word (branch ner12). The stage starts a mention after its first word's
 * one-letter proclitics (وبوتين → «بوتين»), as the clitic segmenter reads them; but the segmenter judges by word
 * counts alone, and a name that opens with ب، و، ل، ف or ك may look to it like a proclitic before a commoner word:
 * باب (door; "باب المندب") as ب + أب (father), وادي (valley; "وادي السير") as و + أدى (a verb). The mention then
 * loses its first letter («اب طبرق») and the entity's name is wrong.
 *
 * A mention keeps the letter when the name lists hold the word whole and nothing says the rest is a name:
 * - the whole word (normalized) is a one-word entry of data/ner/lexicon.json or data/ner/gazetteer.json, or opens a
 *   multi-word entry (باب، وادي, as in the lists' "باب المندب", "وادي السير"), and
 * - the rest after the letter is neither (بوتين، واشنطن are listed: "وبوتين" stays «بوتين»), nor a word that the
 *   context-only tagger (data/ner/auto-lexicon.tsv: occurrences, inside a name) found inside names at least
 *   `MIN_NAME_SHARE` of the time.
 * A proclitic before the article (بال، وال، لل) is always one, and so is the last of two stacked one-letter proclitics
 * only when the rule says so (ولباب: و stays off, ل judged). The future's س is left to the resolver (`futureSin` in
 * src/resolve/stage.ts), which tells a verb from a name with the knowledge base.
 */
import { isDroppedMark, normalize } from '../text/normalize.ts';
import type { Segmentation } from '../text/clitics.ts';
import type { AutoLexicon, NerLexicon } from './features.ts';

/** The share of a word's sightings inside names (auto-lexicon) from which it counts as a name. */
export const MIN_NAME_SHARE = 0.1;
/** Fewer sightings than this in the auto-lexicon: no evidence either way. */
const MIN_SIGHTINGS = 20;
/** The one-letter proclitics the rule judges (the future's س is the resolver's). */
const JUDGED: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Offset in `word` just after its first `n` letters (marks normalization drops, such as harakat and tatweel, skipped). */
function afterLetters(word: string, n: number): number {
  let i = 0;
  let seen = 0;
  while (i < word.length && isDroppedMark(word.charCodeAt(i))) i++;
  while (i < word.length && seen < n) {
    i++;
    seen++;
    while (i < word.length && isDroppedMark(word.charCodeAt(i))) i++;
  }
  return i;
}

export function createMentionStart(lexicon: Pick<NerLexicon, 'entries' | 'singles'>, nameEvidence?: AutoLexicon): (word: string, seg: Segmentation) => number {
  const listed = (w: string) => lexicon.singles.has(w) || (lexicon.entries.get(w) ?? []).some((e) => e.words.length > 1);
  const nameLike = (w: string): boolean => {
    if (listed(w)) return true;
    const a = nameEvidence?.get(w);
    return !!a && a[0]! >= MIN_SIGHTINGS && (a[1]! + a[2]! + a[3]! + a[4]!) / a[0]! >= MIN_NAME_SHARE;
  };
  return (word, seg) => {
    if (seg.baseStart === 0) return 0;
    const p = seg.proclitics;
    if (p.includes('ال')) return seg.baseStart;
    // the one-letter proclitics (all of them: no article), the last one judged
    const last = p[p.length - 1]!;
    if (!JUDGED.has(last)) return seg.baseStart;
    const keep = afterLetters(word, p.length - 1);
    const whole = normalize(word.slice(keep));
    const rest = normalize(word.slice(seg.baseStart));
    return listed(whole) && !nameLike(rest) ? keep : seg.baseStart;
  };
}
