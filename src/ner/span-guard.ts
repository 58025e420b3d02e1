/**
 * A guard on the tagger's output against splitting a multi-word name that rasd's name lists hold whole (branch
 * ner11). The tagger sometimes reads the two halves of a multi-word place as two names of the same type, side by side
 * ("لوس" + "أنجلوس", "ريف" + "دمشق"); the knowledge base then looks up each half on its own and finds either nothing
 * or the wrong place. Two rules, both read from the lists (data/ner/lexicon.json and data/ner/gazetteer.json, the
 * latter derived from the knowledge base), none from a list of words written here:
 *
 * - **The two chunks together are a listed name.** Two chunks of one type with nothing between them (the second
 *   word without a proclitic: "ريف دمشق", not "روسيا وإيران") whose words, joined, are a multi-word entry of the
 *   lists of that type (places for LOC, people and name lists for PERS, organizations for ORG) become one chunk.
 * - **The first chunk is a word that only ever opens a longer name.** A one-word chunk whose word starts multi-word
 *   entries of its type in the lists but is no one-word entry of any list, nor a trigger word (سانت, لوس, بيونغ:
 *   never a place alone; not ولاية, a head the knowledge base resolves without) is joined with the chunk of its type
 *   that follows it, whatever the second half's spelling ("سانت بطسبيرغ" for the listed "سانت بطرسبرغ"), unless
 *   that chunk is a listed name of the type itself ("ساحل" + "المحيط الأطلسي": a head word before a known name).
 *
 * Pure function over the tag indices of one sentence (no I/O); the stage applies it before the name post-filter.
 */
import { normalize } from '../text/normalize.ts';
import type { Segmentation } from '../text/clitics.ts';
import type { NerLexicon } from './features.ts';
import { beginTag, runEnd } from './model.ts';

/** Tag indices as in TAGS: O = 0, B-X odd, I-X = B-X + 1. */
const O = 0;

export interface SpanGuard {
  /** Changes `tags` (one sentence's tag indices for `words`) in place and returns the number of chunks joined to the one before. */
  apply(words: readonly string[], tags: Int32Array): number;
}

// The list classes (data/ner/lexicon.json LIST_CLASS) of each chunk type, by the B- tag's index (1 PERS, 3 LOC, 5 ORG, 7 MISC).
const CLASSES: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [1, new Set(['first', 'last', 'person'])],
  [3, new Set(['city', 'country', 'region'])],
  [5, new Set(['org', 'orgname'])],
  [7, new Set(['misc'])],
]);

export function createSpanGuard(lexicon: Pick<NerLexicon, 'entries' | 'singles' | 'triggers'>, segment: (word: string) => Segmentation): SpanGuard {
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
  // a multi-word entry of the chunk's type
  const listedWhole = (words: readonly string[], classes: ReadonlySet<string>): boolean =>
    (lexicon.entries.get(words[0]!) ?? []).some((e) => classes.has(e.cls) && e.words.length === words.length && e.words.every((w, k) => w === words[k]));
  // a name of the type the lists hold as it stands (one word or several)
  const listed = (words: readonly string[], classes: ReadonlySet<string>): boolean =>
    words.length === 1 ? (lexicon.singles.get(words[0]!) ?? []).some((e) => classes.has(e.cls)) : listedWhole(words, classes);
  // a word that opens multi-word entries of the chunk's type and is no one-word entry of any list, nor a title or head
  // word of the lexicon's triggers (ولاية, مدينة: a head before a name the knowledge base knows without it)
  const opensOnly = new Map<string, boolean>();
  const onlyOpens = (word: string, b: number, classes: ReadonlySet<string>): boolean => {
    const key = `${b}\t${word}`;
    let v = opensOnly.get(key);
    if (v === undefined) {
      v = !lexicon.singles.has(word) && !lexicon.triggers.has(word) && (lexicon.entries.get(word) ?? []).some((e) => classes.has(e.cls) && e.words.length > 1);
      opensOnly.set(key, v);
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
      const b = beginTag(t);
      const j = runEnd(tags, i + 1, b + 1);
      // the next chunk: of the same type, starting right at j, its first word without a proclitic (no و, ب, ل ...)
      if (j < tags.length && tags[j] === b && !hasProclitic(words[j]!)) {
        const k = runEnd(tags, j + 1, b + 1);
        const rest = [...words.slice(i + 1, j), ...words.slice(j, k)].map((w) => normalize(w));
        const classes = CLASSES.get(b)!;
        const second = words.slice(j, k).map((w) => normalize(w));
        const join = formsOf(words[i]!).some((f) => listedWhole([f, ...rest], classes) || (j - i === 1 && onlyOpens(f, b, classes) && !listed(second, classes)));
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
