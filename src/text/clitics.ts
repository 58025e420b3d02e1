/**
 * Lexicon-aware clitic segmentation.
 *
 * An Arabic orthographic word may carry proclitics (conjunctions و ف,
 * prepositions ب ل ك, the future marker س, the article ال, and لل for ل+ال)
 * and one enclitic pronoun (ه ها هم هما هن ك كم نا ي …). Many words merely
 * start or end with those letters (بيروت، لبنان، وارسو، كندا، روسي), so a
 * split is only made when the lexicon says the remaining stem is a word that
 * is much more likely than the whole: each candidate split scores
 * count(stem) × Π prior(clitic) × SPLIT_BIAS against count(word), with counts
 * from word frequencies learned from news text (data/lexicon/word-freq.tsv)
 * and priors from data/text/arabic.json. Function words never split.
 */
import language from '../../data/text/arabic.json' with { type: 'json' };
import { normalizeWithMap, normalize } from './normalize.ts';

/** Word frequencies keyed by {@link segmentationKey}. */
export interface WordFrequencies {
  get(key: string): number | undefined;
}

export interface Segmentation {
  /** Proclitics in order, normalized ("و", "ب", "ال"; "لل" gives "ل", "ال"). */
  readonly proclitics: readonly string[];
  /** Enclitic pronoun, normalized, or null. */
  readonly enclitic: string | null;
  /** Offset in the word after its one-letter proclitics (where a mention starts). */
  readonly baseStart: number;
  /** Offset in the word after all proclitics, the article included. */
  readonly stemStart: number;
  /** Offset in the word where the enclitic starts (the word's length if none). */
  readonly stemEnd: number;
  /** The stem, normalized, with a ta marbuta restored before an enclitic (حكومته → حكومة). */
  readonly stem: string;
}

/** Key under which words are counted: normalized but keeping ة apart from ه. */
export function segmentationKey(word: string): string {
  return normalize(word, { foldTaMarbuta: false });
}

const NEVER_SPLIT = new Set(language.neverSplit.map((w) => normalize(w)));
const CONJ = language.proclitics.conjunctions as Record<string, number>;
const PREP = language.proclitics.prepositions as Record<string, number>;
const FUT = language.proclitics.future as Record<string, number>;
const ART_PRIOR = language.proclitics.article['ال'];
const ENCLITICS = Object.entries(language.enclitics as Record<string, number>).sort((a, b) => b[0].length - a[0].length);
/** Function words that take a pronoun (أنه، منه، عليه) though they never take other clitics. */
const PRONOUN_HOSTS = new Set(language.pronounHosts.map((w) => normalize(w)));
const PRESENT_PREFIXES = new Set(language.presentPrefixes);
/** How much likelier than the whole word a split must look: splits need clear evidence. */
const SPLIT_BIAS = 3;
const MIN_STEM = 2;
/** Two stacked one-letter proclitics without an article leave at least this much (وليد and ولاية are words, not و+ل+يد and و+ل+آية). */
const MIN_STEM_AFTER_STACK = 4;
/**
 * A conjunction before a long known word is the usual case even where the
 * joined form outnumbers the bare word (وأضاف is far commoner than أضاف in
 * news, which opens paragraphs with it), while short words starting with و
 * are often words of their own (وقت، وفد، وضع).
 */
const LONG_STEM = 4;
const LONG_STEM_CONJ_BOOST = 10;
const MIN_ATTESTED = 20;

interface Candidate {
  proclitics: string[];
  consumed: number; // normalized chars consumed by proclitics
  oneLetterConsumed: number; // normalized chars consumed by one-letter proclitics
  prior: number;
}

function prefixCandidates(s: string): Candidate[] {
  const out: Candidate[] = [{ proclitics: [], consumed: 0, oneLetterConsumed: 0, prior: 1 }];
  const conjOptions: Array<[string, number]> = [['', 1]];
  const c0 = s[0]!;
  if (CONJ[c0] !== undefined) conjOptions.push([c0, CONJ[c0]!]);
  for (const [conj, conjPrior] of conjOptions) {
    const at = conj.length;
    const base: Candidate = { proclitics: conj ? [conj] : [], consumed: at, oneLetterConsumed: at, prior: conjPrior };
    if (conj) out.push(base);
    const c1 = s[at];
    if (c1 === undefined) continue;
    // لل = ل + ال with the alef dropped
    if (c1 === 'ل' && s[at + 1] === 'ل' && s.length - at - 2 >= MIN_STEM) {
      out.push({ proclitics: [...base.proclitics, 'ل', 'ال'], consumed: at + 2, oneLetterConsumed: at + 1, prior: base.prior * PREP['ل']! * ART_PRIOR });
    }
    const particles: Array<[string, number]> = [];
    if (PREP[c1] !== undefined) particles.push([c1, PREP[c1]!]);
    if (FUT[c1] !== undefined && PRESENT_PREFIXES.has(s[at + 1] ?? '')) particles.push([c1, FUT[c1]!]);
    for (const [p, prior] of particles) {
      const withP: Candidate = { proclitics: [...base.proclitics, p], consumed: at + 1, oneLetterConsumed: at + 1, prior: base.prior * prior };
      out.push(withP);
      if (p !== 'س' && s.startsWith('ال', at + 1)) {
        out.push({ proclitics: [...withP.proclitics, 'ال'], consumed: at + 3, oneLetterConsumed: at + 1, prior: withP.prior * ART_PRIOR });
      }
    }
    if (s.startsWith('ال', at)) {
      out.push({ proclitics: [...base.proclitics, 'ال'], consumed: at + 2, oneLetterConsumed: at, prior: base.prior * ART_PRIOR });
    }
  }
  return out;
}

/** Stem forms to look up: the stem itself and, before an enclitic, with ت restored to ة. */
function stemVariants(stem: string, hasEnclitic: boolean, hasArticle: boolean): string[] {
  const forms = [stem];
  if (hasEnclitic && stem.endsWith('ت')) forms.push(stem.slice(0, -1) + 'ة');
  if (hasEnclitic && stem.endsWith('ا')) forms.push(stem.slice(0, -1) + 'ى');
  // Hamza seats move before a pronoun: حلفائها → حلفاء, أعضاؤها → أعضاء.
  if (hasEnclitic && (stem.endsWith('ئ') || stem.endsWith('ؤ'))) forms.push(stem.slice(0, -1) + 'ء');
  // An article-bearing stem is also attested with its article ("الرئيس" for و+ال+رئيس).
  if (hasArticle) for (const f of [...forms]) forms.push('ال' + f);
  return forms;
}

function best(freq: WordFrequencies, forms: string[]): { form: string; count: number } {
  let bestForm = forms[0]!;
  let bestCount = freq.get(bestForm) ?? 0;
  for (let i = 1; i < forms.length; i++) {
    const c = freq.get(forms[i]!) ?? 0;
    if (c > bestCount) {
      bestCount = c;
      bestForm = forms[i]!;
    }
  }
  return { form: bestForm, count: bestCount };
}

/** Segments one word (a token's text) into proclitics, stem and enclitic. */
export function segmentWord(word: string, freq: WordFrequencies): Segmentation {
  const { text: s, map } = normalizeWithMap(word, { foldTaMarbuta: false });
  const whole: Segmentation = { proclitics: [], enclitic: null, baseStart: 0, stemStart: 0, stemEnd: word.length, stem: s };
  if (s.length <= MIN_STEM || NEVER_SPLIT.has(normalize(s))) return whole;
  let bestScore = (freq.get(s) ?? 0) + 0.5;
  let result = whole;
  const toOriginal = (i: number) => (i >= map.starts.length ? word.length : map.starts[i]!);
  for (const cand of prefixCandidates(s)) {
    const hasArticle = cand.proclitics[cand.proclitics.length - 1] === 'ال';
    // No pronoun after the article (a possessed noun has none).
    const suffixes: Array<[string, number]> = [['', 1], ...(hasArticle ? [] : ENCLITICS.filter(([e]) => s.endsWith(e)))];
    for (const [enc, encPrior] of suffixes) {
      if (cand.consumed === 0 && enc === '') continue;
      const stem = s.slice(cand.consumed, s.length - enc.length);
      if (stem.length < (cand.oneLetterConsumed >= 2 && !hasArticle ? MIN_STEM_AFTER_STACK : MIN_STEM)) continue;
      if (enc !== '') {
        const bare = normalize(stem);
        if (NEVER_SPLIT.has(bare) && !PRONOUN_HOSTS.has(bare)) continue;
      }
      const { form, count } = best(freq, stemVariants(stem, enc !== '', hasArticle));
      const conj = CONJ[cand.proclitics[0] ?? ''] !== undefined;
      const boost = conj && s.length - 1 - enc.length >= LONG_STEM && count >= MIN_ATTESTED ? LONG_STEM_CONJ_BOOST : 1;
      const score = count * cand.prior * encPrior * boost * SPLIT_BIAS;
      if (score > bestScore) {
        bestScore = score;
        result = {
          proclitics: cand.proclitics,
          enclitic: enc || null,
          baseStart: toOriginal(cand.oneLetterConsumed),
          stemStart: toOriginal(cand.consumed),
          stemEnd: enc ? toOriginal(s.length - enc.length) : word.length,
          stem: form.startsWith('ال') && !stem.startsWith('ال') ? form.slice(2) : form,
        };
      }
    }
  }
  return result;
}

/** One segmenter per word list: the analyzer, the tagger and the search index all segment the same words. */
const segmenters = new WeakMap<WordFrequencies, (word: string) => Segmentation>();

/**
 * Segments each word once, however often it occurs: news repeats its words.
 * Callers with the same word frequencies share one segmenter and its cache.
 */
export function createSegmenter(freq: WordFrequencies, cacheLimit = 200_000): (word: string) => Segmentation {
  const shared = segmenters.get(freq);
  if (shared) return shared;
  const cache = new Map<string, Segmentation>();
  const segmenter = (word: string) => {
    let seg = cache.get(word);
    if (seg === undefined) {
      seg = segmentWord(word, freq);
      if (cache.size >= cacheLimit) cache.clear();
      cache.set(word, seg);
    }
    return seg;
  };
  segmenters.set(freq, segmenter);
  return segmenter;
}

/** Parses the word-frequency file (`word<TAB>count` lines) into a map. */
export function parseWordFrequencies(tsv: string): Map<string, number> {
  const freq = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0 || line.startsWith('#')) continue;
    freq.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return freq;
}
