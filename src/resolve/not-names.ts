/**
 * (resolve27) Recognizer spans that are not names (docs/knowledge-base.md, "Nineteenth session (resolve27)"), by
 * evidence that holds for any text:
 * - a span of numbers alone (٢٠١٧، 1994): a year in a list of dates, never a person, body or place;
 * - closed-class words (data/resolve/closed-class-words.json): a pronoun, a preposition or function word with a
 *   pronoun suffix, a complementizer (لي، عليه، بأنه) alone is no name, and one ends none (فلان بأنه → فلان);
 * - one word the corpus reads as a common word in the accusative (إدراكا، بلدا: the resolver's accusativeWord, its stem
 *   seen 5+ times in the counts), for places, bodies and things (persons have it already in trimName);
 * - one word of a verb's only shapes with an imperfect's prefix (ينقلبون، يتطهرن: verbOnlyShape), not a person's (نتالي), that is no name part, no KB name, and that the
 *   unlabelled news does not see inside names in 30% of ten or more sightings;
 * - one word with a pronoun suffix, or a final ي, on a common stem (مذكراته، بلادنا، حارسي، تحذيري);
 * - (resolve30) a sound masculine plural in construct, its ن dropped (مراسلو، موظفو).
 */
import type { Doc } from '../core/document.ts';
import type { NerMention } from '../core/stage.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { normalize, stripDiacritics } from '../text/normalize.ts';
import { RasdError } from '../core/errors.ts';
import { verbOnlyShape } from './verb-forms.ts';
import { segmentationKey, type WordFrequencies } from '../text/clitics.ts';
import closedClass from '../../data/resolve/closed-class-words.json' with { type: 'json' };
import wawNames from '../../data/resolve/waw-names.json' with { type: 'json' };

/** Checks the closed-class file and gives its two lists normalized; a malformed file is RASD_E008. */
export function buildClosedClass(json: unknown): { words: Set<string>; oneWordOnly: Set<string> } {
  const j = json as { words?: unknown; oneWordOnly?: unknown };
  const ok = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && /^[\u0621-\u064A]+$/.test(w));
  if (!ok(j?.words) || !ok(j?.oneWordOnly)) throw new RasdError('RASD_E008', 'resolve/closed-class-words.json: "words" and "oneWordOnly" must be non-empty lists of one-word Arabic words');
  return { words: new Set(j.words.map((w) => normalize(w))), oneWordOnly: new Set(j.oneWordOnly.map((w) => normalize(w))) };
}

const CLOSED = buildClosedClass(closedClass);

/** Checks waw-names.json and gives its names normalized; a malformed file is RASD_E008. */
export function buildWawNames(json: unknown): Set<string> {
  const j = json as { names?: unknown };
  if (!Array.isArray(j?.names) || !j.names.length || !j.names.every((w) => typeof w === 'string' && /^و[\u0621-\u064A]+$/.test(w))) {
    throw new RasdError('RASD_E008', 'resolve/waw-names.json: "names" must be a non-empty list of one-word Arabic names beginning with و');
  }
  return new Set((j.names as string[]).map((w) => normalize(w)));
}
/** (resolve30) Arab names that begin with و and a consonant (وجدي، وضاح): their و is no conjunction. */
export const WAW_NAMES: ReadonlySet<string> = buildWawNames(wawNames);
/** Normalized closed-class words that never end a name. */
export const CLOSED_CLASS: ReadonlySet<string> = CLOSED.words;
/** Normalized closed-class words that are also foreign name words: no name alone only. */
export const CLOSED_CLASS_ALONE: ReadonlySet<string> = CLOSED.oneWordOnly;

const NUMBERS = /^[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9\s.,/\-–]*$/u;

export interface NotNameDeps {
  kb: KnowledgeBase;
  tn: (doc: Doc, j: number) => string;
  accusativeWord: (doc: Doc, j: number) => boolean;
  /** Is token j seen 20+ times in unlabelled news, under 30% of them inside a name (and no name part or KB name)? */
  seldomInNames: (doc: Doc, j: number) => boolean;
  nameEvidence?: ReadonlyMap<string, readonly number[]>;
  freq: WordFrequencies | undefined;
}

/** A suffixed word's stem must be seen this often in the counts to be a common noun. */
const ENCLITIC_STEM_MIN = 50;
/** The share of a word's auto-lexicon sightings inside a name; 0 without evidence. */
const share = (e: readonly number[] | undefined): number => (e ? (e[1]! + e[2]! + e[3]! + e[4]!) / Math.max(1, e[0]!) : 0);
/** A sound plural in construct (مراسلو): a participle's shape, م… or فاعل, ending in و. */
const PLURAL_CONSTRUCT = /^(?:م[\u0621-\u064a]{3,}|[\u0621-\u064a]ا[\u0621-\u064a]{2})و$/u;
/** Its plural with ن must be seen this often in the counts. */
const PLURAL_MIN = 5;
/**
 * (resolve30) Is the word (diacritics stripped) a sound masculine plural in construct (مراسلو، موظفو، منافسو): a
 * participle's shape in و, its plural in ن seen PLURAL_MIN times in the counts, neither word a name part, a foreign
 * spelling-table word, a KB person's name word or a KB name (ماريو، مارسيلو)?
 */
export function pluralInConstruct(kb: KnowledgeBase, freq: WordFrequencies | undefined, word: string): boolean {
  if (!freq || !PLURAL_CONSTRUCT.test(normalize(word)) || (freq.get(segmentationKey(word + 'ن')) ?? 0) < PLURAL_MIN) return false;
  return ![word, word + 'ن'].some((x) => kb.isNamePart(x) || kb.isSpelledName(x) || kb.isPersonNameWord(x) || kb.lookup(x).length > 0);
}
/** A lone accusative's stem must be seen this often in the counts (the resolver's own threshold). */
const ACCUSATIVE_STEM_MIN = 5;

/**
 * The mention without the words that are no name: null when nothing of a name is left, the mention itself when
 * nothing changed. `inLongerName` says whether a one-word mention is a word of a longer name of the article (هو of
 * هو جين تاو). Only for mentions the KB does not know.
 */
export function notNames(deps: NotNameDeps, doc: Doc, m: NerMention, inLongerName: (word: string, self: NerMention) => boolean): NerMention | null {
  if (NUMBERS.test(m.text)) return null;
  const { kb, tn } = deps;
  const a = m.tokenStart;
  let b = m.tokenEnd;
  const closed = (j: number) => doc.tokens[j]?.kind === 'arabic' && CLOSED_CLASS.has(tn(doc, j));
  while (b - a >= 2 && closed(b - 1)) b--;
  if (b - a === 1) {
    const key = tn(doc, a);
    const tok = doc.tokens[a]!;
    if (tok.kind === 'arabic' && (CLOSED_CLASS.has(key) || CLOSED_CLASS_ALONE.has(key)) && !inLongerName(key, m)) return null;
    if (tok.kind === 'arabic' && !inLongerName(key, m)) {
      const seg = doc.segment(a);
      const base = stripDiacritics(tok.text.slice(seg.baseStart));
      // The resolver's participle shape (م…ا) is not asked here: places are so spelled (مبيرا، a camp); the stem must
      // be a word of the counts, or the word written with tanween.
      // Nor after و: that alef is a verb's plural ending or a misspelt final و (حديبوا for the town حديبو), no accusative.
      if (m.type !== 'PER' && !/وا$/.test(normalize(base)) && deps.accusativeWord(doc, a) && (/\u064b/.test(tok.text) || (deps.freq?.get(segmentationKey(base.slice(0, -1))) ?? 0) >= ACCUSATIVE_STEM_MIN)) return null;
      // A common noun with a pronoun suffix (أولادي، مذكراته، وجهي، دولتنا): its stem seen 50+ times in the counts, the
      // stem and the word seldom inside names in the unlabelled news, neither a name part nor a KB name.
      if (seg.enclitic && seg.stem.length >= 2 && deps.freq && (deps.freq.get(segmentationKey(seg.stem)) ?? 0) >= ENCLITIC_STEM_MIN
        && !kb.isNamePart(seg.stem) && !kb.isNamePart(base) && !kb.isNamePart(tok.text) && !kb.lookup(seg.stem).length && !kb.lookup(base).length
        && share(deps.nameEvidence?.get(normalize(base))) < 0.3 && share(deps.nameEvidence?.get(seg.stem)) < 0.3) return null;
      // The same with a final ي the segmenter leaves on the word ("my": حارسي، أولادي; a dual in construct: مطاري أربيل
      // والسليمانية; a nisba of a common noun: تحذيري، محوري): the stem without ي (a ta marbuta restored: ولايت → ولاية).
      // A name's nisba is spared by its stem, a name part or a KB name (مصري، حسيني).
      const nb = normalize(base);
      if (!seg.enclitic && !seg.proclitics.includes('ال') && nb.length >= 4 && nb.endsWith('ي') && deps.freq) {
        const raw = base.slice(0, -1);
        const stem = raw.endsWith('ت') ? raw.slice(0, -1) + 'ة' : raw;
        if ((deps.freq.get(segmentationKey(stem)) ?? 0) >= ENCLITIC_STEM_MIN && !kb.isNamePart(stem) && !kb.isNamePart(base) && !kb.isNamePart(tok.text)
          && !kb.lookup(stem).length && !kb.lookup(base).length && share(deps.nameEvidence?.get(nb)) < 0.3 && share(deps.nameEvidence?.get(normalize(stem))) < 0.3) return null;
      }
      // (resolve30) A sound masculine plural in construct, its ن dropped before the noun it governs (مراسلو وكالة،
      // موظفو الشركة، ناشطو الحزب): a participle's shape (م…و، فاعلو), the plural with ن a word of the counts seen
      // PLURAL_MIN times, neither word a name part, a foreign spelling-table word or a KB name (ماريو، مارسيلو).
      if (!seg.proclitics.includes('ال') && pluralInConstruct(kb, deps.freq, base)) return null;
      // Not for a person: foreign given names take these shapes (نتالي، يتسحاق).
      // A word in وا whose form without the alef is a word of the counts or a KB name is that word misspelt (حديبوا).
      const misspelt = /وا$/.test(normalize(base)) && ((deps.freq?.get(segmentationKey(base.slice(0, -1))) ?? 0) >= 3 || kb.lookup(base.slice(0, -1)).length > 0);
      // Only an imperfect's prefix (ي، ت، ن): a foreign place or name may end in ني or نا as a verb with its object does
      // (كاتاني, a district, was lost by the first version; أسعفني, an app, too).
      if (m.type !== 'PER' && !misspelt && !seg.proclitics.includes('ال') && /^[يتن]/.test(normalize(base)) && verbOnlyShape(normalize(base)) && !kb.isNamePart(base) && !kb.isNamePart(tok.text) && !kb.lookup(base).length) {
        const e = deps.nameEvidence?.get(normalize(base));
        // A few sightings are the tagger's own mistake (ينقلبون: 2 of 2 inside names); ten or more decide.
        if (!e || e[0]! < 10 || e[1]! + e[2]! + e[3]! + e[4]! < 0.3 * e[0]!) return null;
      }
    }
  }
  if (b === m.tokenEnd) return m;
  const end = doc.tokens[b - 1]!.end;
  return { ...m, tokenEnd: b, end, text: doc.text.slice(m.start, end) };
}
