/**
 * A post-filter on the tagger's output for two kinds of false names that the
 * corpus-learned features (auto-lexicon, auto-spans, learned triggers) make
 * likely in news text (branch ner7):
 *
 * - **A one-word name that is a common word.** Ordinary nouns and adjectives
 *   take the article ال and pronoun suffixes (عزيز → العزيز, عزيزي; سلام →
 *   السلام); names almost never do (ترامب, بوتين, روحاني: none). A mention
 *   of one word whose corpus occurrences (data/lexicon/word-freq.tsv, the
 *   clitic segmenter's counts) are mostly with ال or a suffix is dropped.
 * - **A person's name that starts with a word the corpus almost never sees
 *   inside a name** (a verb before its subject: "استغرب بن سحيم", "بيّنت
 *   غنيمات"): the context-only tagger behind data/ner/auto-lexicon.tsv put the
 *   word inside a name in under a tenth of its occurrences; the word is left
 *   out of the name.
 *
 * - **A title or head word alone** (القاضي, منظمة, المدينة: the trigger words
 *   of data/ner/lexicon.json, which come before names) is dropped.
 *
 * Branch ner13 widened the evidence to forms the first rule skips (each rule switchable in the options):
 *
 * - **A word that carries a pronoun suffix on a common stem** (دولتينا: دولة + ي + نا): one-word mention whose
 *   segmenter stem, with its suffixes taken off, is a common word by the same share.
 * - **A one-word name with a lower common share that the corpus rarely sees inside a name** (an indefinite
 *   adjective or noun such as مأهولة, 41% with ال, 12% of its sightings inside names): share from
 *   `lowShare` to `commonShare`, and under `lowShareInside` of its auto-lexicon sightings inside a name. Real
 *   names in that share band are mostly inside names (ماي، مالي، حداد: 39-100%). A head word of the mention's
 *   type before it (قرية منظر، مركز طيبة) spares it.
 * - **A listed organization read as a place after a compass word** ("جنوب الجزيرة": the island, not the channel):
 *   a one-word place mention whose word the lists hold as an organization and not as a place, after a compass
 *   word of data/ner/place-context.json, and whose form without the article is a common noun.
 *
 * Pure functions over the tag indices of one sentence (no I/O): the stage and
 * `rasd eval ner` apply the same filter.
 */
import { normalize } from '../text/normalize.ts';
import { segmentationKey, type Segmentation, type WordFrequencies } from '../text/clitics.ts';
import type { AutoLexicon, NerLexicon } from './features.ts';
import { beginTag, runEnd } from './model.ts';

/** Tag indices as in TAGS: O = 0, B-X odd, I-X = B-X + 1; PERS is 1/2. */
const O = 0;
const B_PERS = 1;
const B_LOC = 3;
const B_ORG = 5;

export interface NameFilterOptions {
  /** Least corpus occurrences (bare + with ال + with a suffix) for the common-word test. */
  minCount: number;
  /** Least share of occurrences with ال or a pronoun suffix that makes a one-word name a common word. */
  commonShare: number;
  /** Least auto-lexicon occurrences for the leading-word test. */
  minLeading: number;
  /** Largest share of its occurrences inside a name that a leading word may have to be cut off. */
  leadingShare: number;
  /** ner13: a one-word name with a share from lowShare up to commonShare is dropped when rarely inside names. */
  lowShare?: number;
  /** ner13: the largest share of auto-lexicon sightings inside a name for the low-share test. */
  lowShareInside?: number;
  /** ner13: least auto-lexicon sightings for the low-share test. */
  minSightings?: number;
  /** ner13's rules, each on unless set false: suffixStem, lowShareRare, orgAsPlace. */
  suffixStem?: boolean;
  lowShareRare?: boolean;
  orgAsPlace?: boolean;
}

export const DEFAULT_NAME_FILTER: NameFilterOptions = {
  minCount: 20,
  commonShare: 0.5,
  minLeading: 10,
  leadingShare: 0.1,
  lowShare: 0.3,
  lowShareInside: 0.2,
  minSightings: 20,
};

/** ner13: evidence for the added rules, besides the model's own resources. */
export interface NameFilterEvidence {
  /**
   * The sightings the low-share test reads (the analyzer's data/ner/auto-lexicon.tsv) where the model has no
   * auto-lexicon of its own; the leading-word test keeps to the model's (with any auto-lexicon it cuts unlisted
   * first names: أدولف، سلمى، منى, about as often as verbs, on ner13's corpus sample).
   */
  sightings?: AutoLexicon;
  /** data/ner/place-context.json: place head nouns and compass words (normalized). */
  placeContext?: PlaceContext;
}

export interface PlaceContext {
  readonly heads: ReadonlySet<string>;
  readonly directions: ReadonlySet<string>;
}

/** Parses data/ner/place-context.json. */
export function parsePlaceContext(text: string): PlaceContext {
  const data = JSON.parse(text) as { heads: string[]; directions: string[] };
  return { heads: new Set(data.heads.map((w) => normalize(w))), directions: new Set(data.directions.map((w) => normalize(w))) };
}

export interface NameFilter {
  /** Changes `tags` (one sentence's tag indices for `words`) in place and returns the number of tokens set to O. */
  apply(words: readonly string[], tags: Int32Array): number;
  /** The common-word share of a word (without its one-letter proclitics), or null under minCount occurrences. */
  commonShare(word: string): number | null;
}

// One-letter proclitic combinations before a bare word, before the article, and the pronoun suffixes
// (first-person ي left out: it is also the nisba ending of adjectives made from names, مصري).
const BARE = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];
const ARTICLE = ['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال'];
const LAM_ARTICLE = ['لل', 'ولل', 'فلل'];
const SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا'];
const STRONG_SUFFIXES: ReadonlySet<string> = new Set(['هم', 'هما', 'هن', 'كم']);
const NAME_CLASSES: ReadonlySet<string> = new Set(['first', 'last', 'person', 'orgname', 'city', 'country', 'region']);
const FIRST_NAME: ReadonlySet<string> = new Set(['first']);

/**
 * The common-word share of a word key (segmentationKey of the word without its one-letter proclitics): the share of
 * its corpus occurrences that carry the article ال or a pronoun suffix, or null under `minCount` occurrences.
 */
export function createCommonShare(freq: WordFrequencies, minCount: number): (key: string) => number | null {
  const count = (w: string) => freq.get(w) ?? 0;
  const shares = new Map<string, number | null>();
  return (key: string): number | null => {
    let share = shares.get(key);
    if (share !== undefined) return share;
    let bare = 0;
    let marked = 0;
    for (const p of BARE) bare += count(p + key);
    for (const p of ARTICLE) marked += count(p + key);
    // لل + word, or لل + the word's own first ل (للبنان is ل + لبنان, not ل + ال + بنان)
    for (const p of LAM_ARTICLE) marked += count(p + (key.startsWith('ل') ? key.slice(1) : key));
    const stem = key.endsWith('ة') ? `${key.slice(0, -1)}ت` : key;
    for (const s of SUFFIXES) for (const p of BARE) marked += count(p + stem + s);
    const total = bare + marked;
    share = total >= minCount ? marked / total : null;
    shares.set(key, share);
    return share;
  };
}

export function createNameFilter(
  freq: WordFrequencies,
  autoLexicon: AutoLexicon | undefined,
  segment: (word: string) => Segmentation,
  lexicon?: Pick<NerLexicon, 'singles' | 'triggers'>,
  options: NameFilterOptions = DEFAULT_NAME_FILTER,
  evidence: NameFilterEvidence = {},
): NameFilter {
  const sightings = evidence.sightings ?? autoLexicon;
  const heads = evidence.placeContext?.heads ?? new Set<string>();
  const directions = evidence.placeContext?.directions ?? new Set<string>();
  const o = { ...DEFAULT_NAME_FILTER, ...options };
  // rasd's own name lists (data/ner/lexicon.json, gazetteer.json): a listed name is never judged a common word
  const listed = (base: string, classes: ReadonlySet<string>) => lexicon?.singles.get(normalize(base))?.some((e) => classes.has(e.cls)) ?? false;
  const commonShareOfKey = createCommonShare(freq, options.minCount);
  const baseOf = (word: string) => {
    const seg = segment(word);
    return seg.baseStart > 0 ? word.slice(seg.baseStart) : word;
  };
  const commonShare = (word: string) => {
    const base = baseOf(word);
    // a word that already has the article is not judged (names with ال are common, and the test is about ال):
    // written ال, or hidden in لل (للعراق: the stage's mention is «لعراق»)
    if (normalize(base).startsWith('ال') || segment(word).proclitics.includes('ال')) return null;
    return commonShareOfKey(segmentationKey(base));
  };
  const rarelyInName = (word: string): boolean => {
    if (!autoLexicon) return false;
    const base = baseOf(word);
    const a = autoLexicon.get(normalize(base)) ?? autoLexicon.get(normalize(word));
    if (!a || a[0]! < o.minLeading) return false;
    const inside = a[1]! + a[2]! + a[3]! + a[4]!;
    return inside < o.leadingShare * a[0]!;
  };
  // علي (a first name) and على (a preposition) are one word once normalized; as written, ى says which
  const knownFirstName = (word: string) => {
    const base = baseOf(word);
    return !base.endsWith('ى') && listed(base, FIRST_NAME);
  };
  // a title or head word alone (القاضي, منظمة, المدينة) is what comes before a name, never the name itself
  const isTrigger = (word: string) => {
    if (!lexicon) return false;
    const base = normalize(baseOf(word));
    if (lexicon.triggers.has(base)) return true;
    // للمدينة: the mention is «لمدينة», the word المدينة
    return segment(word).proclitics.includes('ال') && base.startsWith('ل') && lexicon.triggers.has(`ال${base.slice(1)}`);
  };
  // ner13: the share of a word's stem once its pronoun suffixes are off (دولتينا → دولتي → دولة), or null
  const suffixStemShare = (word: string): number | null => {
    const base = baseOf(word);
    let seg = segment(base);
    if (!seg.enclitic || !SUFFIXES.includes(seg.enclitic)) return null;
    // a one- or two-letter suffix is also how many names end (باشليه، إيجه، إيسنا): only after a ta marbuta
    // written ت (هويتنا، دولتينا), which a name's last letter is not; the plural suffixes stand alone (بلدكم، سكنهم)
    const written = normalize(base.slice(seg.stemStart, seg.stemEnd));
    if (!STRONG_SUFFIXES.has(seg.enclitic) && !/تي?$/.test(written)) return null;
    let stem = seg.stem;
    // a stem that still ends in a suffix the segmenter reads (the dual's ي of دولتي), once more
    for (let k = 0; k < 2 && stem.length > 2; k++) {
      if (listed(stem, NAME_CLASSES)) return null;
      const share = commonShareOfKey(segmentationKey(stem));
      if (share !== null) return share;
      seg = segment(stem);
      if (!seg.enclitic) return null;
      stem = seg.stem;
    }
    return null;
  };
  // ner13: the share of sightings inside a name (auto-lexicon), or null under minSightings
  const insideShare = (word: string): number | null => {
    if (!sightings) return null;
    const base = baseOf(word);
    const a = sightings.get(normalize(base)) ?? sightings.get(normalize(word));
    if (!a || a[0]! < o.minSightings!) return null;
    return (a[1]! + a[2]! + a[3]! + a[4]!) / a[0]!;
  };
  // ner13: a word without its article (القومي → قومي), judged by the common share
  const articleFreeShare = (word: string): number | null => {
    const seg = segment(word);
    const rest = normalize(word.slice(seg.stemStart));
    if (!seg.proclitics.includes('ال') || rest.length < 2) return null;
    return commonShareOfKey(segmentationKey(word.slice(seg.stemStart)));
  };
  // a head word before a name of its type: a place head noun (data/ner/place-context.json) before a place, an
  // organization trigger (data/ner/lexicon.json) before an organization. Not the person triggers: they include speech
  // verbs and الرئيس, which come before common words as often (قال علماء، المعقل الرئيس لميليشيا)
  const headOf = (word: string, b: number): boolean => {
    const w = normalize(baseOf(word));
    if (b === B_LOC) return heads.has(w);
    return b === B_ORG && lexicon?.triggers.get(w) === 'org';
  };
  const PLACE: ReadonlySet<string> = new Set(['city', 'country', 'region']);
  const ORG: ReadonlySet<string> = new Set(['org', 'orgname']);
  const orgReadAsPlace = (words: readonly string[], i: number): boolean => {
    if (i === 0) return false;
    const base = baseOf(words[i]!);
    if (!listed(base, ORG) || listed(base, PLACE)) return false;
    if (!directions.has(normalize(baseOf(words[i - 1]!)))) return false;
    const share = articleFreeShare(words[i]!);
    return share !== null && share >= o.commonShare;
  };
  const apply = (words: readonly string[], tags: Int32Array): number => {
    let changed = 0;
    for (let i = 0; i < tags.length; ) {
      const t = tags[i]!;
      if (t === O) {
        i++;
        continue;
      }
      // a chunk: B-X (or a stray I-X) and the I-X after it
      const b = beginTag(t);
      const j = runEnd(tags, i + 1, b + 1);
      if (j - i === 1 && isTrigger(words[i]!)) {
        tags[i] = O;
        changed++;
      } else if (j - i === 1) {
        const isListed = listed(baseOf(words[i]!), NAME_CLASSES);
        const share = isListed ? null : commonShare(words[i]!);
        let drop = share !== null && share >= o.commonShare;
        if (!drop && !isListed && o.suffixStem !== false) {
          const stemShare = suffixStemShare(words[i]!);
          drop = stemShare !== null && stemShare >= o.commonShare;
        }
        // a head word of the name's type before it names it (قرية منظر، مركز طيبة), whatever the word's
        // share, unless the word agrees with a feminine head as its adjective does (منطقة مأهولة: both end in ة)
        // (past an opening quote: مركز "طيبة")
        const h = i > 1 && /^[\p{P}]+$/u.test(words[i - 1]!) ? i - 2 : i - 1;
        const named = h >= 0 && headOf(words[h]!, b) && !(/ة$/.test(words[h]!) && /ة$/.test(words[i]!));
        if (!drop && !isListed && !named && o.lowShareRare !== false && share !== null && share >= o.lowShare!) {
          const inside = insideShare(words[i]!);
          drop = inside !== null && inside < o.lowShareInside!;
        }
        if (!drop && b === B_LOC && o.orgAsPlace !== false) drop = orgReadAsPlace(words, i);
        if (drop) {
          tags[i] = O;
          changed++;
        }
      } else if (b === B_PERS && rarelyInName(words[i]!) && !knownFirstName(words[i]!)) {
        tags[i] = O;
        tags[i + 1] = b;
        changed++;
      }
      i = j;
    }
    return changed;
  };
  return { apply, commonShare };
}
