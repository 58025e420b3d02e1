/**
 * A guard on the tagger's output against splitting a multi-word name that rasd's name lists hold whole (branch
 * ner11). The tagger sometimes reads the two halves of a multi-word place as two names of the same type, side by side
 * ("لوس" + "أنجلوس", "ريف" + "دمشق"); the knowledge base then looks up each half on its own and finds either nothing
 * or the wrong place. Two rules, both read from the lists (data/ner/lexicon.json and data/ner/gazetteer.json, the
 * latter derived from the knowledge base), none from a list of words written here:
 *
 * - **The two chunks together are a listed name.** Two chunks of one type with nothing between them (the second
 *   word without a proclitic: "ريف دمشق", not "روسيا وإيران") whose words, joined, are a multi-word entry of the
 *   lists become one chunk.
 * - **The first chunk is a word that only ever opens a longer name.** A one-word chunk whose word starts multi-word
 *   entries of the lists but is no one-word entry of any list (سانت, لوس, بيونغ: never a place alone) is joined
 *   with the chunk of its type that follows it, whatever the second half's spelling ("سانت بطسبيرغ" for the listed
 *   "سانت بطرسبرغ").
 *
 * Pure function over the tag indices of one sentence (no I/O); the stage applies it before the name post-filter.
 */
import { normalize } from '../text/normalize.ts';
import type { Segmentation } from '../text/clitics.ts';
import type { NerLexicon } from './features.ts';

/** Tag indices as in TAGS: O = 0, B-X odd, I-X = B-X + 1. */
const O = 0;

export interface SpanGuard {
  /** Changes `tags` (one sentence's tag indices for `words`) in place and returns the number of chunks joined to the one before. */
  apply(words: readonly string[], tags: Int32Array): number;
}

export function createSpanGuard(lexicon: Pick<NerLexicon, 'entries' | 'singles'>, segment: (word: string) => Segmentation): SpanGuard {
  // the forms under which the lists may hold a chunk's first word: as written, and without its one-letter proclitics
  // (بريف → ريف); the segmenter also takes a س off some names (سانت → انت), so the written form comes first
  const formsOf = (word: string): string[] => {
    const seg = segment(word);
    const written = normalize(word);
    return seg.baseStart > 0 ? [written, normalize(word.slice(seg.baseStart))] : [written];
  };
  // a second chunk whose word starts with a conjunction or a preposition (وإيران, بألمانيا) is a name of its own; the
  // future-tense س is no separator (a name's own first letter, as in سابين)
  const SEPARATORS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
  const hasProclitic = (word: string) => segment(word).proclitics.some((p) => SEPARATORS.has(p));
  const listedWhole = (words: readonly string[]): boolean =>
    (lexicon.entries.get(words[0]!) ?? []).some((e) => e.words.length === words.length && e.words.every((w, k) => w === words[k]));
  // a word that opens multi-word entries and is no one-word entry itself
  const opensOnly = new Map<string, boolean>();
  const onlyOpens = (word: string): boolean => {
    let v = opensOnly.get(word);
    if (v === undefined) {
      v = !lexicon.singles.has(word) && (lexicon.entries.get(word) ?? []).some((e) => e.words.length > 1);
      opensOnly.set(word, v);
    }
    return v;
  };
  const apply = (words: readonly string[], tags: Int32Array): number => {
    let joined = 0;
    let i = 0;
    while (i < tags.length) {
      const t = tags[i]!;
      if (t === O) {
        i++;
        continue;
      }
      const b = t % 2 === 1 ? t : t - 1;
      let j = i + 1;
      while (j < tags.length && tags[j] === b + 1) j++;
      // the next chunk: of the same type, starting right at j, its first word without a proclitic (no و, ب, ل ...)
      if (j < tags.length && tags[j] === b && !hasProclitic(words[j]!)) {
        let k = j + 1;
        while (k < tags.length && tags[k] === b + 1) k++;
        const rest = [...words.slice(i + 1, j), ...words.slice(j, k)].map((w) => normalize(w));
        const join = formsOf(words[i]!).some((f) => listedWhole([f, ...rest]) || (j - i === 1 && onlyOpens(f)));
        if (join) {
          tags[j] = b + 1;
          joined++;
          continue; // the joined chunk may join the next one too
        }
      }
      i = j;
    }
    return joined;
  };
  return { apply };
}
