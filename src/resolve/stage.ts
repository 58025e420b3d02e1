/**
 * Entity resolution: finds the mentions the knowledge base knows (names,
 * office titles, demonyms, "نظيره") by gazetteer matching over the tokens,
 * merges them with the recognizer's mentions (which find names the KB does
 * not know), groups mentions into entities and links them to the KB on the
 * document's date. See docs/knowledge-base.md for the rules.
 */
import { lastStartingAtOrBefore } from '../core/offsets.ts';
import type { Entity, EntityType, Mention, MentionKind } from '../core/analysis.ts';
import type { Doc } from '../core/document.ts';
import type { Layers, NerMention, Stage } from '../core/stage.ts';
import { hashHex } from '../core/hash.ts';
import { normalize, stripDiacritics } from '../text/normalize.ts';
import { segmentationKey, type WordFrequencies } from '../text/clitics.ts';
import { spanIndexAt } from '../text/sentences.ts';
import { ARABIC_NAMING, isMinisterRole, spellActiveOn, type KnowledgeBase, type NameTarget, type TitleDef } from '../kb/index.ts';
import { ARABIC_PARTICLES, FOREIGN_START, letterName } from '../kb/romanize.ts';
import { verbOnlyShape } from './verb-forms.ts';
import { notNames, pluralInConstruct, WAW_NAMES } from './not-names.ts';
import { acronymRuns, overAcronyms, ACRONYM_EDGE_WORDS, ACRONYM_LEAD_WORDS } from './acronyms.ts';
import { latinRunEnd, withoutGluedLatin } from './latin.ts';
import { spacedParticles } from '../kb/particles.ts';
import type { Role, RoleSpell, Title } from '../kb/types.ts';
import type { OrgWordDef } from '../kb/orgs.ts';
import { countryAdjective, englishOfParts, orgNameEn, type OrgPart } from './orgs.ts';
import { orgComplement } from './org-complement.ts';
import { alternation, RESOLVER_WORDS } from './words.ts';
import { ADJECTIVE_BODIES, LOCAL_UNITS, PERSON_LED_HEADS, STATE_BODY_HEADS, GOVERNORATE_UNITS, GOVERNORATE_COUNTRIES } from './words17.ts';
import { demonymCountry, sharedWith } from './shared-demonyms.ts';
import { abuDhabiCrownPrince, heldTitle, kinBeforeTitle, notTheHolderBefore, pastHolderOnly, unEnvoyPhrase, unEnvoys } from './titles12.ts';
import { LEFT_OFFICE, administrationParts, groupNounAfterHead, officeKey } from './titles13.ts';
import { partOfOtherPlace, placeByHead, type PartOfDeps, type PlaceHeadDeps } from './place-heads.ts';
import { afterPlaceNoun, describingPhrase, surnameOfAnother, withInitialFa, type NameEdgeDeps, type NamesakeDeps } from './name-edges.ts';
import { LEADER_SPOKESPERSON_BODIES, TITLE_INSERTED_GENITIVES } from './words19.ts';
import { COMMAND_BODIES } from './words20.ts';
import { NAMED_FACILITIES, REGIONAL_LEADER_TITLES } from './words21.ts';
import { AIDE_HEADS, POSTS_AFTER_NAME, SPOKESPERSON_WORDS } from './words23.ts';
import { DESCRIPTION_HEADS, IGO_ADJECTIVES, IGO_EPITHETS } from './words31.ts';
import { APPOSITION_OPENERS, BARE_SPOKESPERSON, BARE_SPOKESPERSON_ADJECTIVES, EPONYM_HEADS, LEADER_WORDS, RELATIVE_PRONOUNS } from './words25.ts';
import { NOT_ADJECTIVES, PROFESSION_NOUNS, REPORT_NOUNS } from './words22.ts';

type CandKind = 'name' | 'demonym' | 'title' | 'counterpart';

interface Cand {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  kind: CandKind;
  targets: readonly NameTarget[];
  /** NER type, when the recognizer found (or confirmed) the span. */
  nerType: EntityType | undefined;
  /** bare: a title that needs a country said without one (المرشد after المرشد الإيراني): only the article's own holder. */
  title: CandTitle | undefined;
  /** Country named by the demonym after نظيره. */
  counterpartCountry: string | null | undefined;
  counterpartSpan: CountrySpan | undefined;
  /** An organization the KB does not know, named by the org pattern (head noun + words + country). */
  org: OrgInfo | undefined;
  /** A bare definite head (الوزارة، الشرطة): refers back to the article's last organization with that head. */
  orgRef: string | undefined;
}

type CandTitle = { def: TitleDef; country: string | null; former: boolean; bare?: boolean; nameOnly?: boolean; countrySpan?: CountrySpan; igo?: string; through?: { end: number; tokenEnd: number } };
/** (pg21) A title candidate's facts, all fields set in one order (see newCand). */
function candTitle(def: TitleDef, country: string | null, former: boolean, more: Omit<Partial<CandTitle>, 'def' | 'country' | 'former'>): CandTitle {
  return { def, country, former, bare: more.bare, nameOnly: more.nameOnly, countrySpan: more.countrySpan, igo: more.igo, through: more.through };
}
/** What a candidate has besides its span, kind and targets. */
type CandMore = Partial<Pick<Cand, 'nerType' | 'title' | 'counterpartCountry' | 'counterpartSpan' | 'org' | 'orgRef'>>;

/**
 * (pg21) Every candidate is made here, all its fields set in one order (those it lacks undefined), so that all
 * candidates share one hidden class (V8's "map"): literals of six shapes, spread copies and fields added later gave
 * them nine, and the functions that read candidates were deoptimized ("wrong map") and compiled again as each new map
 * turned up (docs/benchmarks.md, "Twenty-first session (pg21)").
 */
function newCand(start: number, end: number, tokenStart: number, tokenEnd: number, kind: CandKind, targets: readonly NameTarget[], more?: CandMore): Cand {
  return {
    start,
    end,
    tokenStart,
    tokenEnd,
    kind,
    targets,
    nerType: more?.nerType,
    title: more?.title,
    counterpartCountry: more?.counterpartCountry,
    counterpartSpan: more?.counterpartSpan,
    org: more?.org,
    orgRef: more?.orgRef,
  };
}

/** A copy of a candidate with its span, kind or targets changed (what `{ ...c, start, tokenStart }` made). */
function copyCand(c: Cand, change: Partial<Pick<Cand, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'kind' | 'targets'>>): Cand {
  return newCand(change.start ?? c.start, change.end ?? c.end, change.tokenStart ?? c.tokenStart, change.tokenEnd ?? c.tokenEnd, change.kind ?? c.kind, change.targets ?? c.targets, c);
}

interface OrgInfo {
  nameEn: string;
  country: string | null;
  sector: string;
  /** The head noun, normalized without the article. */
  head: string;
  /** Only the head and a country (الوكالة الإيرانية): may refer back to an organization of that head and country. */
  countryOnly: boolean;
  /** Per word after the head: known to the word table, the KB or as a country. */
  known: Array<{ tokenStart: number; known: boolean }>;
  /** Only romanized common words (مجلس البلدية) or an unquoted foreign name: kept only when the recognizer also says ORG. */
  weak: boolean;
  /** The country is that of a place in the name (برلمان بروكسل), not said by a demonym. */
  placeCountry: boolean;
  /** KB places named inside the name (مستشفى جوهانسبورغ، شرطة مونستر): also mentions of those places. */
  places?: Array<{ id: string; start: number; end: number; tokenStart: number; tokenEnd: number }>;
}

/** The words of a title (or نظيره) that name its country: also a mention of that country. */
interface CountrySpan {
  iso: string;
  start: number;
  end: number;
  demonym: boolean;
}

// Compared with normalized tokens, so normalized the same way (إلى → الي).
const LOCATIVE = new Set(['في', 'من', 'إلى', 'داخل', 'قرب', 'عند', 'أمام'].map((w) => normalize(w)));
/** Words before a name its country and capital share that make it the city (مدينة تونس، العاصمة الكويت). */
const CITY_BEFORE = RESOLVER_WORDS.cityBefore;
const CAPITAL_WORD = normalize('العاصمة');
const PLACE_NOUNS = RESOLVER_WORDS.placeNouns;
/** (resolve32) Definite nouns of an unnamed place after في and a body's name: the body's branch there. */
const BRANCH_PLACES = RESOLVER_WORDS.branchPlaces;
/** A normalized word's consonants: long vowels and hamza seats dropped after the first letter (لاغارد → لغرد). */
function skeleton(word: string): string {
  return word.slice(0, 1) + word.slice(1).replace(/[اويىءأإآ]/g, '');
}

/** A normalized name without its "son of" words (بن، ابن، بنت). */
function withoutBin(key: string): string {
  return key.split(' ').filter((w) => w !== 'بن' && w !== 'ابن' && w !== 'بنت').join(' ');
}

/** Countries whose people Arabic news names family name first (مون جيه إن → مون). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'KOR', 'PRK', 'VNM', 'TWN']);
const ONE_LETTER = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const QUOTES = /^["«»“”„']+$/;
/** A word rarer than this in the corpus may be part of a foreign name after an org head (هيومن رايتس ووتش). */
const RARE_WORD = 200;
const HAY_A = normalize('هيئة');
const ALA = normalize('على');
const FI = normalize('في');
const DIRECTIONS = RESOLVER_WORDS.directions;
/** Prepositions a recognizer's person span may start with by mistake. */
const NAME_PREPOSITIONS = new Set(['على', 'في', 'من', 'إلى', 'عن', 'مع'].map((w) => normalize(w)));

interface Form {
  start: number;
  key: string;
  clitics: string;
}

/** The spellings under which token i may start a name: as written, and without attached one-letter proclitics. */
function forms(doc: Doc, i: number, norm: (s: string) => string): Form[] {
  const tok = doc.tokens[i]!;
  const out: Form[] = [{ start: tok.start, key: norm(tok.text), clitics: '' }];
  const push = (offset: number) => {
    const rest = tok.text.slice(offset);
    let key = norm(rest);
    const clitics = norm(tok.text.slice(0, offset));
    // ل before the article drops its alef: للأمم = ل + الأمم.
    if (clitics.endsWith('ل') && key.startsWith('ل') && !key.startsWith('ال')) key = 'ا' + key;
    if (key.length >= 2 && !out.some((f) => f.key === key)) out.push({ start: tok.start + offset, key, clitics });
  };
  const seg = doc.segment(i);
  if (seg.baseStart > 0) push(seg.baseStart);
  // Segmentation is learned from counts and may not know a rare name: also try stripping by hand.
  const t = tok.text;
  // A proclitic on a two-letter letter name (لبي بي سي، وسي إن إن) is stripped too: the name may be an acronym (names16).
  if (ONE_LETTER.has(t[0]!) && t.length === 3 && letterName(t.slice(1)) && !ACRONYM_EDGE_WORDS.has(norm(t.slice(1))) && !ACRONYM_LEAD_WORDS.has(norm(t.slice(1)))) push(1);
  if (ONE_LETTER.has(t[0]!) && t.length > 3) {
    push(1);
    if ((t[0] === 'و' || t[0] === 'ف') && ONE_LETTER.has(t[1]!) && t[1] !== 'و' && t[1] !== 'ف' && t.length > 4) push(2);
  }
  return out;
}

function isWord(doc: Doc, i: number): boolean {
  const k = doc.tokens[i]?.kind;
  return k === 'arabic' || k === 'latin';
}

/**
 * (resolve29) Token j, or the token after it when j is a hashtag's mark written tight against that word (زعيم
 * #كوريا_الشمالية: the country's name starts after the #).
 */
function hashtagAt(doc: Doc, j: number): number {
  const t = doc.tokens[j];
  const next = doc.tokens[j + 1];
  return t && next && t.text === '#' && next.start === t.end ? j + 1 : j;
}

/** Head words of an organization's chief (مدير وكالة ...، رئيس منظمة ...، المدير العام لـ...), normalized. */
const ORG_HEAD_WORDS = RESOLVER_WORDS.orgHeadWords;
/** The one-letter proclitics a body's head title may carry (bodyHeadAt). */
const ONE_LETTER_HEAD_PROCLITICS = new Set(['و', 'ف', 'ل', 'ب']);
const ORG_HEAD_QUALIFIERS = new Set(['عام', 'العام', 'العامة', 'عامة'].map((w) => normalize(w)));

/** Words seen this often in the corpus are common words, not one-word person names. */
const COMMON_WORD = 3000;
/** (resolve18) withNamesAfterTitles: a word seen this often or more in the counts is no missed foreign name. */
const RARE_NAME_MAX = 40;
/** Words that open a clause after a title, whatever their counts (a verb's shape is left to the counts). */
const RARE_NAME_STOP = /^(?:[0-9\u0660-\u0669])/u;

/** Are a and b at most one edit apart (insertion, deletion, substitution or adjacent transposition)? */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface ResolveOptions {
  /** Corpus word counts: a one-word person span that is a very common word is dropped. */
  wordFrequencies?: WordFrequencies;
  /**
   * How often each word stood inside a name in unlabelled news (data/ner/auto-lexicon.tsv: normalized word
   * after one-letter proclitics → [occurrences, inside PERS, LOC, ORG, MISC]): recognizer spans the KB does
   * not know, made of words that are seldom names, are trimmed or dropped.
   */
  nameEvidence?: ReadonlyMap<string, readonly number[]>;
}

/** The stem of an accusative (سلف of سلفا) must be a word seen this often. */
const ACCUSATIVE_STEM_MIN = 5;
/** Rule 112: a name word seen this often in the corpus, and at least this share as often as the KB's word one edit off, is no misspelling of it. */
const TYPO_MIN = 10;
const TYPO_RATIO = 0.25;
/** A word seen this often with fewer than this share inside names is taken for a common word. */
const NAMELESS_MIN_COUNT = 20;
const NAMELESS_SHARE = 0.05;
/** How many of a word's sightings in the unlabelled news were inside a name (an evidence row: sightings, then four counts by tag). */
const insideNames = (e: readonly number[]): number => e[1]! + e[2]! + e[3]! + e[4]!;
/** The share of a word's sightings inside a name; 0 for a word without evidence. */
const nameShare = (e: readonly number[] | undefined): number => (e ? insideNames(e) / Math.max(1, e[0]!) : 0);
/** A word the auto-lexicon does not list (never inside a name there) needs this many corpus occurrences. */
const NAMELESS_MIN_UNLISTED = 100;

export function createResolveStage(kb: KnowledgeBase, options: ResolveOptions = {}): Stage<'entities'> {
  const freq = options.wordFrequencies;
  const evidence = options.nameEvidence;
  // Speed: each word is normalized once (a cache shared by documents, cleared when
  // large), each token's normalized text and spellings once per document, and
  // a match is extended only while its words begin some KB name or title.
  const normCache = new Map<string, string>();
  const norm = (s: string): string => {
    let v = normCache.get(s);
    if (v === undefined) {
      v = normalize(s);
      if (normCache.size >= 200_000) normCache.clear();
      normCache.set(s, v);
    }
    return v;
  };
  let cacheDoc: Doc | null = null;
  let tokNorms: Array<string | undefined> = [];
  let formCache: Array<Form[] | undefined> = [];
  let nameCache: Array<Cand | null | undefined> = [];
  const ensure = (doc: Doc) => {
    if (doc === cacheDoc) return;
    cacheDoc = doc;
    tokNorms = new Array(doc.tokens.length);
    formCache = new Array(doc.tokens.length);
    nameCache = new Array(doc.tokens.length);
  };
  /** Normalized text of token j ('' past the end). */
  const tn = (doc: Doc, j: number): string => {
    ensure(doc);
    if (j >= doc.tokens.length) return '';
    return (tokNorms[j] ??= norm(doc.tokens[j]!.text));
  };
  /**
   * Is token j a word news seldom uses inside a name (مهاجر، غاضبا، زعامة)? It needs the corpus evidence
   * (seen at least NAMELESS_MIN_COUNT times, under NAMELESS_SHARE of them inside a name) and must be no
   * known name part nor KB name.
   */
  const nameless = (doc: Doc, j: number, unlistedMin = NAMELESS_MIN_UNLISTED): boolean => {
    if (!evidence || !freq || doc.tokens[j]?.kind !== 'arabic') return false;
    const w = doc.tokens[j]!.text;
    const seg = doc.segment(j);
    const key = seg.baseStart > 0 ? norm(w.slice(seg.baseStart)) : tn(doc, j);
    const e = evidence.get(key);
    // A word the tagger never put inside a name is not listed: it needs more occurrences to count
    // (foreign names in sports or local news are often missed by a context-only tagger).
    const count = e ? e[0]! : (freq.get(segmentationKey(w.slice(seg.baseStart))) ?? 0);
    if (count < (e ? NAMELESS_MIN_COUNT : unlistedMin)) return false;
    if ((e ? insideNames(e) : 0) >= NAMELESS_SHARE * count) return false;
    return !kb.isNamePart(w) && !kb.isNamePart(w.slice(seg.baseStart)) && !kb.lookup(w.slice(seg.baseStart)).length;
  };
  /**
   * Is token j a common word in the accusative (سلفا، ميتا، روحيا، مبتسما، جاهزا): it ends in alef, the word
   * without it is a word of 20+ in the counts, and neither is seen inside names (ماريا، روبرتا are names)?
   */
  const accusativeWord = (doc: Doc, j: number): boolean => {
    if (!evidence || !freq || doc.tokens[j]?.kind !== 'arabic') return false;
    const seg = doc.segment(j);
    const w = doc.tokens[j]!.text.slice(seg.baseStart);
    const key = seg.baseStart > 0 ? norm(w) : tn(doc, j);
    if (key.length < 4 || !key.endsWith('ا') || key.startsWith('ال') || kb.isNamePart(w) || kb.lookup(w).length) return false;
    // Tanween (سلفاً) is never written on a name.
    if (/[\u064b]/.test(w)) return true;
    const stem = key.slice(0, -1);
    // The auto-lexicon's tagger itself takes many accusatives for names (سلفا: half of 70), so the word needs a
    // clear majority inside names to count as one (ماريا 158 of 163); its stem, the usual share (ماري).
    if (nameShare(evidence.get(key)) > 0.5) return false;
    // A participle in the accusative (مبتسما، مؤكدا، معتبرا، متحدثا: م, a consonant, 3+ letters, alef), the
    // circumstantial news puts after a speaker's name; names so spelled start ما/مو/مي (ماريا، مونيكا، ميلانيا).
    if (key.length >= 5 && /^م[^اويىك].*[^اويى]ا$/.test(key) && !kb.isNamePart(stem)) return true;
    if ((freq.get(segmentationKey(stem)) ?? 0) < ACCUSATIVE_STEM_MIN || kb.isNamePart(stem)) return false;
    return nameShare(evidence.get(stem)) < NAMELESS_SHARE;
  };
  /** Is the normalized word inside a person's name in 30% or more of its 20+ occurrences in unlabelled news (شادي: 7 of 21)? */
  const personWord = (key: string): boolean => {
    const e = evidence?.get(key);
    return !!e && e[0]! >= 20 && e[1]! >= 0.3 * e[0]!;
  };
  /**
   * Is token j, right after a KB name inside a recognizer span, a word of the clause rather than of a longer name
   * (ترامب ينهب، مهاتير بخطئه، روحاني برمضان، عباس لآبي، كير ومشار، الاتحاد الأوروبي تساعدنا)? A word with the
   * preposition ب (and, after a person or a place, ل: an organization's complement starts with it), a word with و
   * (a second name, a verb: ترمب ويصادر), or an imperfect verb's shape (ي/ت, a consonant, 4+ letters) that the
   * unlabelled news seldom sees inside names; never a known name part, a KB name, nor a word with the article
   * alone (عباس الجوهري is another person).
   */
  const clauseWord = (doc: Doc, j: number, type: string): boolean => {
    const tok = doc.tokens[j];
    if (!tok || tok.kind !== 'arabic') return false;
    const w = stripDiacritics(tok.text);
    const seg = doc.segment(j);
    const base = w.slice(seg.baseStart);
    const key = tn(doc, j);
    if (kb.isNamePart(w) || kb.lookup(w).length) return false;
    // و + a KB name: two names joined (كير ومشار، ترامب وآبي).
    if (key.startsWith('و') && key.length > 3 && kb.lookup(w.slice(1)).length) return true;
    if (kb.isNamePart(base) || kb.lookup(base).length) return false;
    const e = evidence?.get(seg.baseStart > 0 ? norm(base) : key);
    const share = nameShare(e);
    if (share >= 0.5) return false;
    const p = seg.proclitics;
    if (p.includes('ب') || (p.includes('ل') && type !== 'ORG')) return true;
    if (p.includes('و') && !p.includes('ال') && (type === 'PER' || share < NAMELESS_SHARE)) return true;
    return seg.baseStart === 0 && /^[يت][^اويىء][\u0621-\u064a]{2,}$/.test(key) && share < 0.3;
  };
  /**
   * Is token j, right before a KB person's full name inside a recognizer span, no word of a name: no known name part,
   * KB name or title word, and seldom inside names in the unlabelled news (يتباحث، رافق، أسرار، المخضرم)?
   */
  const wordBeforeName = (doc: Doc, j: number): boolean => {
    const tok = doc.tokens[j];
    if (!tok || tok.kind !== 'arabic') return false;
    const w = stripDiacritics(tok.text);
    const key = tn(doc, j);
    const base = w.slice(doc.segment(j).baseStart);
    if (key.length < 3 || kb.isNamePart(w) || kb.isNamePart(base) || kb.lookup(w).length || kb.title(key) || kb.honorifics.has(key) || TRAILING_PARTICLES.has(key)) return false;
    const e = evidence?.get(key);
    return !e || insideNames(e) < 0.3 * e[0]!;
  };
  const nisbaAdjective = (doc: Doc, j: number): boolean => {
    if (!evidence || doc.tokens[j]?.kind !== 'arabic' || doc.segment(j).proclitics.includes('ال')) return false;
    const key = tn(doc, j);
    if (!/يه$/.test(key) || key.startsWith('ال') || kb.lookupKey(key).length) return false;
    const e = evidence.get(key);
    return !!e && e[0]! >= 15 && insideNames(e) <= 0.6 * e[0]!;
  };
  // The spellings of a word that may begin a KB name, a title or نظيره, by word (segmentation is per word);
  // offsets are relative to the token. Most words have none.
  const NONE: Form[] = [];
  // Speed: the entry also holds the word's normalized text, so the token's tn() needs no second map lookup.
  const wordForms = new Map<string, { key: string; rel: Form[] }>();
  const orgs = kb.orgHeads;
  const relevant = (f: Form) => kb.isNamePrefix(f.key) || kb.isTitlePrefix(f.key) || kb.counterpart.has(f.key) || !!orgs?.head(f.key);
  const formsOf = (doc: Doc, i: number): Form[] => {
    ensure(doc);
    const cached = formCache[i];
    if (cached) return cached;
    const tok = doc.tokens[i]!;
    let entry = wordForms.get(tok.text);
    if (!entry) {
      const all = forms(doc, i, norm);
      const found = all.filter(relevant);
      entry = { key: all[0]!.key, rel: found.length ? found.map((f) => ({ ...f, start: f.start - tok.start })) : NONE };
      if (wordForms.size >= 200_000) wordForms.clear();
      wordForms.set(tok.text, entry);
    }
    tokNorms[i] ??= entry.key;
    const rel = entry.rel;
    return (formCache[i] = rel === NONE ? NONE : rel.map((f) => ({ ...f, start: f.start + tok.start })));
  };

  /** A country's definite demonyms (الكرواتية), normalized, for KB lookups of organization names. */
  const demonymCache = new Map<string, string[]>();
  const definiteDemonyms = (iso: string): string[] => {
    let v = demonymCache.get(iso);
    if (!v) {
      v = [...new Set((kb.country(iso)?.demonyms ?? []).filter((d) => d.startsWith('ال')).map((d) => norm(d)))];
      demonymCache.set(iso, v);
    }
    return v;
  };
  const placeHeads: PlaceHeadDeps = {
    tn,
    // An indefinite area head (جبهة، مركز، دائرة): before a place it marks the place, as مدينة does (weakPlace).
    placeHead: (key) => {
      const h = orgs?.head(/^[وف]/.test(key) && !orgs.head(key) ? key.slice(1) : key);
      return !!h && !h.definite && !!h.def.place;
    },
    placeAt: (doc, j) => {
      const m = matchName(doc, j);
      return m && m.start === doc.tokens[j]!.start && m.targets.some((t) => t.type === 'LOC' && !t.id.startsWith('cty:')) ? m : null;
    },
    bodyWord: (key) => !!orgs?.word(key),
  };
  const seldomInNames = (doc: Doc, j: number): boolean => {
    const tok = doc.tokens[j];
    if (!evidence || !tok || tok.kind !== 'arabic') return false;
    const seg = doc.segment(j);
    const base = stripDiacritics(tok.text.slice(seg.baseStart));
    if (kb.isNamePart(base) || kb.isNamePart(tok.text) || kb.lookup(base).length) return false;
    const e = evidence.get(norm(base));
    return !!e && e[0]! >= 20 && insideNames(e) < 0.3 * e[0]!;
  };
  const rs: Resolver = { kb, orgs, freq, norm, tn, nameless, seldomInNames, accusativeWord, clauseWord, wordBeforeName, nisbaAdjective, personWord, formsOf, matchName, countryAt, tolerantOrg, isDescription, placeHeads, nameEvidence: evidence };

  /** Longest KB name starting at token i. */
  function matchName(doc: Doc, i: number): Cand | null {
    ensure(doc);
    const cached = nameCache[i];
    if (cached !== undefined) return cached;
    return (nameCache[i] = findName(doc, i));
  }
  function findName(doc: Doc, i: number): Cand | null {
    for (const f of formsOf(doc, i)) {
      if (!kb.isNamePrefix(f.key)) continue;
      let key = f.key;
      let best: Cand | null = null;
      let j = i;
      for (let n = 1; n <= kb.maxNameTokens && j < doc.tokens.length; n++) {
        // A hashtag joins a name's words with underscores (#الولايات_المتحدة): the tokenizer splits them off.
        if (n > 1 && doc.tokens[j]!.text === '_' && doc.tokens[j]!.start === doc.tokens[j - 1]!.end && doc.tokens[j + 1]?.start === doc.tokens[j]!.end) j++;
        if (j >= doc.tokens.length || !isWord(doc, j)) break;
        if (n > 1) {
          key += ' ' + tn(doc, j);
          if (!kb.isNamePrefix(key)) break;
        }
        const targets = kb.lookupKey(key);
        if (targets.length) {
          const kind: CandKind = targets.every((t) => t.kind === 'demonym') ? 'demonym' : 'name';
          best = newCand(f.start, doc.tokens[j]!.end, i, j + 1, kind, targets.filter((t) => t.kind === kind));
        }
        // A hyphen written tight between two words (مون جيه-إن، شو ميونغ-غيون) joins them as the KB writes the name:
        // the tokenizer splits it off.
        const h = doc.tokens[j + 1];
        const after = doc.tokens[j + 2];
        if (h && after && h.text === '-' && h.start === doc.tokens[j]!.end && after.start === h.end && isWord(doc, j + 2)) {
          const joined = key + '-' + tn(doc, j + 2);
          if (kb.isNamePrefix(joined)) {
            key = joined;
            j += 2;
            const hit = kb.lookupKey(key);
            if (hit.length) {
              const kind: CandKind = hit.every((t) => t.kind === 'demonym') ? 'demonym' : 'name';
              best = newCand(f.start, doc.tokens[j]!.end, i, j + 1, kind, hit.filter((t) => t.kind === kind));
            }
          }
        }
        j++;
      }
      if (best) return best;
    }
    return null;
  }

  /** A country named by token j: a demonym (الروسي) or, after a construct title, a country name (روسيا). */
  function countryAt(doc: Doc, j: number, construct: boolean): { iso: string; start: number; end: number; tokenEnd: number; demonym: boolean; ambiguous?: boolean } | null {
    if (j >= doc.tokens.length || !isWord(doc, j)) return null;
    const m = matchName(doc, j);
    if (!m || m.start !== doc.tokens[j]!.start) return null;
    // A word that is both a country's name and its feminine demonym (السعودية) is the demonym after a definite
    // title: وزير الخارجية السعودية.
    const t = m.targets.find((x) => x.id.startsWith('cty:') && (x.kind === 'demonym' || construct)) ??
      (construct || m.tokenEnd - m.tokenStart !== 1 ? undefined : kb.lookup(doc.text.slice(m.start, m.end)).find((x) => x.id.startsWith('cty:') && x.kind === 'demonym'));
    if (!t) return null;
    // A demonym two countries share (الكونغولي): the one the article names, or no holder when it names neither or both.
    if (t.kind === 'demonym' && sharedWith(t.id.slice(4))) {
      let byIso = sharedDemonymCache.get(doc);
      if (!byIso) sharedDemonymCache.set(doc, (byIso = new Map()));
      let r = byIso.get(t.id);
      if (!r) byIso.set(t.id, (r = demonymCountry(kb, doc.text, t.id.slice(4))));
      return { iso: r.iso, start: m.start, end: m.end, tokenEnd: m.tokenEnd, demonym: true, ...(r.ambiguous ? { ambiguous: true } : {}) };
    }
    return { iso: t.id.slice(4), start: m.start, end: m.end, tokenEnd: m.tokenEnd, demonym: t.kind === 'demonym' };
  }
  const sharedDemonymCache = new WeakMap<Doc, Map<string, { iso: string; ambiguous: boolean }>>();

  /**
   * (resolve19) The country of a construct title whose demonym follows a genitive of
   * data/resolve/title-inserted-genitives.json (رئيس أركان الجيش الجزائري، رئيس أركان القوات المسلحة المصرية): only a
   * definite demonym right after the genitive's words.
   */
  function insertedGenitiveCountry(doc: Doc, key: string, j: number): ReturnType<typeof countryAt> {
    const phrases = TITLE_INSERTED_GENITIVES.get(key);
    if (!phrases) return null;
    for (const words of phrases) {
      if (j + words.length >= doc.tokens.length) continue;
      if (!words.every((w, x) => isWord(doc, j + x) && tn(doc, j + x) === w)) continue;
      const c = countryAt(doc, j + words.length, false);
      if (c?.demonym && tn(doc, j + words.length).startsWith('ال')) return c;
    }
    return null;
  }

  /**
   * (resolve28) The token after the genitive of data/resolve/title-inserted-genitives.json that follows title `key` at
   * token j (رئيس أركان القوات المسلحة), when no demonym or former holder's word follows it; 0 when there is none.
   */
  function insertedGenitiveEnd(doc: Doc, key: string, j: number): number {
    const phrases = TITLE_INSERTED_GENITIVES.get(key);
    if (!phrases) return 0;
    for (const words of phrases) {
      if (j + words.length > doc.tokens.length) continue;
      if (!words.every((w, x) => isWord(doc, j + x) && tn(doc, j + x) === w)) continue;
      const e = j + words.length;
      if (e < doc.tokens.length && (countryAt(doc, e, false) || kb.former.has(tn(doc, e)))) return 0;
      return e;
    }
    return 0;
  }

  function matchTitle(doc: Doc, i: number): Cand | null {
    for (const f of formsOf(doc, i)) {
      if (!kb.isTitlePrefix(f.key)) continue;
      // keys[n - 1]: the first n words, while they begin some title.
      const keys = [f.key];
      for (let n = 2; n <= kb.maxTitleTokens; n++) {
        const j = i + n - 1;
        if (j >= doc.tokens.length || !isWord(doc, j)) break;
        const key = keys[n - 2] + ' ' + tn(doc, j);
        if (!kb.isTitlePrefix(key)) break;
        keys.push(key);
      }
      // Longest title first.
      for (let n = keys.length; n >= 1; n--) {
        const def = kb.title(keys[n - 1]!);
        if (!def) continue;
        let end = doc.tokens[i + n - 1]!.end;
        let tokenEnd = i + n;
        let country: string | null = null;
        // (resolve29) زعيم #كوريا_الشمالية، رئيس وزراء #كمبوديا: a hashtag's mark tight before the country is passed over.
        const c = def.of ? null : countryAt(doc, hashtagAt(doc, tokenEnd), def.construct);
        // (resolve19) رئيس أركان الجيش الجزائري: a genitive the file allows between a construct title and its demonym
        // gives the title that country; the span stays the title's words (الجيش الجزائري is the army's name).
        const inserted0 = !c && !def.of ? insertedGenitiveCountry(doc, keys[n - 1]!, tokenEnd) : null;
        // Not a former holder's (رئيس أركان الجيش المصري السابق): the name after it says who.
        const inserted = inserted0 && !inserted0.ambiguous && !kb.former.has(tn(doc, inserted0.tokenEnd)) ? inserted0 : null;
        let countrySpan: CountrySpan | undefined;
        if (inserted) {
          country = inserted.iso;
        } else if (c) {
          // An ambiguous shared demonym keeps its country mention but gives the title no country (rule 111).
          country = c.ambiguous ? null : c.iso;
          countrySpan = { iso: c.iso, start: c.start, end: c.end, demonym: c.demonym };
          end = c.end;
          tokenEnd = c.tokenEnd;
        } else if (def.construct && !def.of && insertedGenitiveEnd(doc, keys[n - 1]!, tokenEnd) > 0) {
          // (resolve28) رئيس أركان القوات المسلحة غادي إيزنكوت: the genitive without a demonym names no country; the
          // title is only the name's right after it (nameOnly: titleCandidate), else no one's.
          const j = insertedGenitiveEnd(doc, keys[n - 1]!, tokenEnd);
          return newCand(f.start, end, i, tokenEnd, 'title', [], { title: candTitle(def, null, false, { nameOnly: true, through: { end: doc.tokens[j - 1]!.end, tokenEnd: j } }) });
        } else if (def.construct && !def.of && !kb.title(norm('ال' + keys[n - 1]))) {
          // A construct form without its country is a common noun (رئيس لجنة).
          continue;
        }
        let former = false;
        if (tokenEnd < doc.tokens.length && kb.former.has(tn(doc, tokenEnd))) {
          former = true;
          end = doc.tokens[tokenEnd]!.end;
          tokenEnd++;
        }
        if (!country && def.country) country = def.country;
        // "الأمين العام للأمم المتحدة": an international body's office takes the body after لـ, not a country.
        // (resolve32) A title that names its body itself (المفوض السامي لحقوق الإنسان) carries the body's actor.
        let igo: string | undefined = !country ? def.igo : undefined;
        if (!igo && def.role === 'igo_head' && !country && tokenEnd < doc.tokens.length) {
          const org = matchName(doc, tokenEnd);
          const lead = org ? doc.text.slice(doc.tokens[tokenEnd]!.start, org.start) : '';
          const actor = org && /^[وف]?ل$/.test(lead) ? org.targets.map((t) => kb.byId(t.id)?.org?.actor).find((a) => a?.startsWith('IGO')) : undefined;
          if (actor) igo = actor;
        }
        const bare = def.needsCountry && !country && !igo;
        // "رئيس أمريكي" (indefinite) is any American president, not the one in office.
        if (c?.demonym && !f.key.startsWith('ال') && !tn(doc, i + n).startsWith('ال')) return null;
        // "رئيس" without article or country is a common noun ("رئيس البرلمان").
        // (مبعوث الأمم المتحدة لليمن is the UN's envoy: rule T3, titles12.ts.)
        if (!country && !f.key.startsWith('ال') && n === 1 && !(def.generic === 'envoy' && unEnvoyPhrase(doc.text, end))) return null;
        const through = inserted ? { end: inserted.end, tokenEnd: inserted.tokenEnd } : undefined;
        return newCand(f.start, end, i, tokenEnd, 'title', [], { title: candTitle(def, country, former, { bare: bare || undefined, countrySpan: countrySpan || undefined, igo: igo || undefined, through }) });
      }
    }
    return null;
  }

  function matchCounterpart(doc: Doc, i: number): Cand | null {
    for (const f of formsOf(doc, i)) {
      if (!kb.counterpart.has(f.key)) continue;
      const c = countryAt(doc, i + 1, false);
      return newCand(f.start, c ? c.end : doc.tokens[i]!.end, i, c ? c.tokenEnd : i + 1, 'counterpart', [], { counterpartCountry: c?.iso ?? null, ...(c ? { counterpartSpan: { iso: c.iso, start: c.start, end: c.end, demonym: c.demonym } } : {}) });
    }
    return null;
  }

  /**
   * A KB organization followed by its own country's demonym (حزب الله اللبناني، حركة حماس الفلسطينية) stays the KB
   * organization; the demonym is a mention of the country.
   */
  function ownDemonym(doc: Doc, p: Cand, org: Cand): boolean {
    const after = countryAt(doc, p.tokenEnd, false);
    return !!after && after.demonym && after.tokenEnd === org.tokenEnd && p.targets.some((t) => t.type === 'ORG' && kb.byId(t.id)?.country === after.iso);
  }

  /**
   * A run of Latin words (tokens apart by spaces only, none before it) that is a KB record's English name as a whole
   * (NATO, Twitter, Reuters): names16. A run longer than the name (an English sentence or title) links nothing.
   */
  function latinRun(doc: Doc, i: number): Cand | null {
    const toks = doc.tokens;
    const prev = toks[i - 1];
    if (prev && prev.kind === 'latin' && /^\s+$/.test(doc.text.slice(prev.end, toks[i]!.start))) return null;
    const j = latinRunEnd(doc, i, Math.min(toks.length, i + 6));
    if (j < toks.length && toks[j]!.kind === 'latin' && /^\s+$/.test(doc.text.slice(toks[j - 1]!.end, toks[j]!.start))) return null;
    const text = doc.text.slice(toks[i]!.start, toks[j - 1]!.end);
    const targets = kb.lookupLatin(text);
    if (!targets.length) return null;
    return newCand(toks[i]!.start, toks[j - 1]!.end, i, j, 'name', targets);
  }

  function gazetteer(doc: Doc): Cand[] {
    const out: Cand[] = [];
    let i = 0;
    while (i < doc.tokens.length) {
      if (doc.tokens[i]!.kind !== 'arabic') {
        // Latin names the KB lists as written (CNN, BBC).
        const latin = doc.tokens[i]!.kind === 'latin' ? matchName(doc, i) ?? latinRun(doc, i) : null;
        if (latin) {
          out.push(latin);
          i = latin.tokenEnd;
        } else i++;
        continue;
      }
      const title = matchTitle(doc, i);
      const name = matchName(doc, i);
      const cp = title || name ? null : matchCounterpart(doc, i);
      let pick = title && (!name || name.tokenEnd <= title.tokenEnd || name.kind === 'demonym') ? title : name ?? cp;
      if (title && name && name.tokenEnd > title.tokenEnd && name.kind !== 'demonym') pick = name;
      // An organization the KB does not know; over a KB name only when the words past it are known (مجلس الأمن القومي).
      const org = title || cp ? null : matchOrg(rs, doc, i);
      if (org && (!pick || (pick.kind === 'name' && org.tokenEnd > pick.tokenEnd && (org.targets.length > 0 || !!org.org?.known.every((k) => k.tokenStart < pick!.tokenEnd || k.known)) && !ownDemonym(doc, pick, org)))) pick = org;
      if (pick) {
        out.push(pick);
        i = pick.tokenEnd;
      } else i++;
    }
    return out;
  }

  /** Tokens i, i+1: an indefinite organization head and an indefinite adjective (منظمة إرهابية، شركة أمريكية). */
  function isDescription(doc: Doc, i: number): boolean {
    const head = orgs?.head(tn(doc, i));
    const adj = tn(doc, i + 1);
    return !!head && !head.definite && doc.segment(i).baseStart === 0 && !adj.startsWith('ال') && /(ي|يه|يين|يون)$/.test(adj);
  }

  /**
   * The KB's person names indexed for the tolerant match, built on first use: by the name without spaces,
   * by given name + word count + consonants of the rest, without بن, and by length (for the one-edit scan).
   */
  interface PersonNameIndex {
    joined: Map<string, Array<{ key: string; id: string }>>;
    skeleton: Map<string, Array<{ key: string; id: string }>>;
    noBin: Map<string, Array<{ key: string; id: string }>>;
    byLength: Map<number, Array<{ key: string; id: string; oneWord: boolean }>>;
  }
  let personIndex: PersonNameIndex | null = null;
  function personNameIndex(): PersonNameIndex {
    if (personIndex) return personIndex;
    const index: PersonNameIndex = { joined: new Map(), skeleton: new Map(), noBin: new Map(), byLength: new Map() };
    const add = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
    for (const p of kb.people)
      for (const n of p.ar) {
        const key = norm(n).replace(/\s+/g, ' ').trim();
        const words = key.split(' ');
        add(index.joined, key.replace(/ /g, ''), { key, id: p.id });
        add(index.noBin, withoutBin(key), { key, id: p.id });
        if (words.length >= 2) add(index.skeleton, skeletonKey(words), { key, id: p.id });
        add(index.byLength, key.length, { key, id: p.id, oneWord: words.length === 1 });
      }
    return (personIndex = index);
  }
  /** Given name, word count and the consonants of the other words: what two spellings of one foreign name share. */
  function skeletonKey(words: string[]): string {
    return `${words.length}\u0000${words[0]}\u0000${skeleton(words.slice(1).join(''))}`;
  }
  /**
   * A person's name written one letter off (أرودغان for أردوغان, شي جينبيغ):
   * the KB person whose full name, or surname when the mention is one word of
   * a person of a country the article names, is one edit away (a transposition
   * counts as one); names under five letters are not tried. Only when exactly
   * one person is that close.
   */
  /** Two names whose differing word is a known name on both sides (محمد / محمود): other people, not a misspelling. */
  function otherGivenName(a: string, b: string): boolean {
    const wa = a.split(' ');
    const wb = b.split(' ');
    if (wa.length !== wb.length) return false;
    return wa.some((w, i) => w !== wb[i] && kb.isNamePart(w) && kb.isNamePart(wb[i]!));
  }

  /** The one KB person among `entries` (other spellings of `key`), if exactly one. */
  function onePerson(entries: Array<{ key: string; id: string }> | undefined, key: string): NameTarget[] | null {
    if (!entries) return null;
    const ids = new Set<string>();
    for (const n of entries) if (n.key !== key) ids.add(n.id);
    return ids.size === 1 ? [{ id: [...ids][0]!, type: 'PER', kind: 'name' }] : null;
  }

  /** tolerantPerson's answers (news repeats its names); a one-word name's answer depends on the article's countries too. */
  const tolerantCache = new Map<string, readonly NameTarget[]>();
  function tolerantPerson(text: string, countries: ReadonlySet<string>): NameTarget[] {
    const cacheKey = /\s/.test(text.trim()) ? text : `${text}\u0000${[...countries].sort().join(' ')}`;
    let answer = tolerantCache.get(cacheKey);
    if (!answer) {
      answer = tolerantPersonNow(text, countries);
      if (tolerantCache.size >= 50_000) tolerantCache.clear();
      tolerantCache.set(cacheKey, answer);
    }
    // a fresh array: callers keep it in their mentions
    return [...answer];
  }

  function tolerantPersonNow(text: string, countries: ReadonlySet<string>): NameTarget[] {
    const key = norm(text).replace(/\s+/g, ' ').trim();
    if (key.replace(/ /g, '').length < 5) return [];
    const index = personNameIndex();
    const oneWord = !key.includes(' ');
    // Particles of names are written joined or apart (لو دريان / لودريان, أبوالغيط / أبو الغيط, a stray space: ز يد):
    // the same letters without spaces are the same name.
    const joined = onePerson(index.joined.get(key.replace(/ /g, '')), key);
    if (joined) return joined;
    // Foreign family names are spelled with or without long vowels (كريستين لغراد for كريستين لاغارد): the same
    // given name and the same consonants in the rest (three or more), when exactly one KB person has them.
    const words = key.split(' ');
    // A name made only of common name parts (محمد صالح) is a name as written, not another spelling of one (محمد صلاح).
    const commonParts = words.every((w) => kb.isNamePart(w));
    if (!commonParts && words.length >= 2 && skeleton(words.slice(1).join('')).length >= 3) {
      const same = onePerson(index.skeleton.get(skeletonKey(words)), key);
      if (same) return same;
    }
    // "son of" is often left out (زيد رعد الحسين for زيد بن رعد الحسين): the same name without بن.
    const noBin = withoutBin(key);
    if (noBin.includes(' ')) {
      const same = onePerson(index.noBin.get(noBin), key);
      if (same) return same;
    }
    if (commonParts) return [];
    const ids = new Set<string>();
    for (let len = key.length - 1; len <= key.length + 1; len++)
      for (const n of index.byLength.get(len) ?? []) {
        if (n.oneWord !== oneWord) continue;
        if (oneWord && !countries.has(kb.byId(n.id)?.country ?? '')) continue;
        if (withinOneEdit(key, n.key) && !otherGivenName(key, n.key) && !bothWords(key, n.key)) ids.add(n.id);
      }
    return ids.size === 1 ? [{ id: [...ids][0]!, type: 'PER', kind: 'name' }] : [];
  }

  /**
   * Rule 112: two names whose differing word is, as written, about as common in the corpus as the KB's word (أحمد
   * الخطيب / أحمد الطيب: 37 and 34): two real names, not a misspelling, which is far rarer than what it misspells
   * (ارودغان 12 against اردوغان 2,820). A word seen TYPO_MIN times or more and at least TYPO_RATIO times as often as
   * the KB's word, in an Arab family name with the article whose consonants differ.
   */
  function bothWords(a: string, b: string): boolean {
    if (!freq) return false;
    const wa = a.split(' ');
    const wb = b.split(' ');
    if (wa.length !== wb.length) return false;
    const i = wa.findIndex((w, k) => w !== wb[k]);
    if (i < 0) return false;
    // Arab family names with the article only (الخطيب / الطيب، اليماني / السليماني): foreign names are spelled many ways
    // (ديمتري / ديميتري، بوزداغ / بوزداج، كينيدي / كنيدي), and a misspelt one can be a common word (مايك بنك).
    if (!wa[i]!.startsWith('ال') || !wb[i]!.startsWith('ال')) return false;
    // Long vowels come and go between spellings of one name: a consonant must differ.
    if (skeleton(wa[i]!) === skeleton(wb[i]!)) return false;
    const seen = (w: string) => freq.get(segmentationKey(w)) ?? 0;
    const fa = seen(wa[i]!);
    return fa >= TYPO_MIN && fa >= TYPO_RATIO * seen(wb[i]!);
  }

  /** Organizations' Arabic names by normalized key, for the tolerant match. */
  let orgNames: Array<{ key: string; id: string }> | null = null;
  /**
   * An organization's name written one letter off (أطباء بلاد حدود for أطباء بلا حدود): the KB
   * organization whose name (eight letters or more) is one edit away, when exactly one is.
   */
  function tolerantOrg(text: string): NameTarget[] {
    const key = norm(stripDiacritics(text)).replace(/\s+/g, ' ').trim();
    if (key.replace(/ /g, '').length < 8) return [];
    orgNames ??= kb.organizations.flatMap((o) => o.ar.map((n) => ({ key: norm(n).replace(/\s+/g, ' ').trim(), id: o.id })));
    const ids = new Set<string>();
    for (const n of orgNames) if (Math.abs(n.key.length - key.length) <= 1 && withinOneEdit(key, n.key)) ids.add(n.id);
    return ids.size === 1 ? [{ id: [...ids][0]!, type: 'ORG', kind: 'name' }] : [];
  }

  /**
   * rule 116 (resolve16): a recognizer ORG span the KB does not know as written, that is one KB organization's name
   * written another way news writes it: with the article on or off its first word when it has two words or more
   * (الفايننشال تايمز، جيش السوري، لجنة الأولمبية الدولية; one word is too often an Arabic word: الطالبان "the two
   * students", جزيرة, دوما), or without a head noun it begins with (فتح for حركة فتح: SHORT_NAME_HEADS), in an
   * article that names the body's country (إنصاف "justice" in an article about a church is not Pakistan's Tehreek-e-Insaf).
   * Only when exactly one KB organization is so named.
   */
  function orgVariant(text: string, countries: ReadonlySet<string>): NameTarget[] {
    const key = norm(stripDiacritics(text)).replace(/["«»“”]/g, ' ').replace(/\s+/g, ' ').trim();
    const one = (t: readonly NameTarget[]): NameTarget[] => {
      const orgs = t.filter((x) => x.type === 'ORG');
      return new Set(orgs.map((x) => x.id)).size === 1 ? [orgs[0]!] : [];
    };
    if (key.includes(' ')) {
      const other = key.startsWith('ال') ? key.slice(2) : 'ال' + key;
      return other.length >= 6 ? one(kb.lookup(other)) : [];
    }
    if (key.startsWith('ال') || key.length < 3) return [];
    for (const head of SHORT_NAME_HEADS) {
      const t = one(kb.lookup(`${head} ${key}`));
      if (t.length) return countries.has(kb.byId(t[0]!.id)?.country ?? '') ? t : [];
    }
    return [];
  }

  /** Places' and countries' Arabic names by normalized key, for the tolerant match. */
  let placeNames: Array<{ key: string; id: string }> | null = null;
  /**
   * A place name written one letter off (سالزبيري for سالزبري): the KB place or country whose name (eight letters or
   * more, spaces aside) is one edit away from the recognizer's LOC span, when exactly one is.
   */
  function tolerantPlace(text: string): NameTarget[] {
    const key = norm(stripDiacritics(text)).replace(/\s+/g, ' ').trim();
    // Shorter names are too often another place or a word's other form (الناصرة / الناصرية).
    if (key.replace(/ /g, '').length < 8) return [];
    placeNames ??= [...kb.places, ...kb.countries].flatMap((p) => p.ar.map((n) => ({ key: norm(n).replace(/\s+/g, ' ').trim(), id: p.id })));
    const ids = new Set<string>();
    for (const n of placeNames) if (Math.abs(n.key.length - key.length) <= 1 && withinOneEdit(key, n.key)) ids.add(n.id);
    if (ids.size === 0) for (const id of skeletonPlaces(key)) ids.add(id);
    return ids.size === 1 ? [{ id: [...ids][0]!, type: 'LOC', kind: 'name' }] : [];
  }

  /**
   * A place name of two words or more with one word misspelt beyond one letter (سانت بطسبيرغ for سانت بطرسبرغ: a
   * letter dropped and a long vowel added): the KB places whose name has the same words but one, and that one's
   * consonants (skeleton: long vowels dropped) one edit from the text's, five consonants or more.
   */
  function skeletonPlaces(key: string): string[] {
    const words = key.split(' ');
    if (words.length < 2) return [];
    const out: string[] = [];
    for (const n of placeNames!) {
      const nw = n.key.split(' ');
      if (nw.length !== words.length) continue;
      const diff = words.flatMap((w, i) => (w === nw[i] ? [] : [i]));
      if (diff.length !== 1) continue;
      const a = skeleton(words[diff[0]!]!);
      const b = skeleton(nw[diff[0]!]!);
      if (Math.min(a.length, b.length) >= 5 && withinOneEdit(a, b)) out.push(n.id);
    }
    return out;
  }

  /**
   * A country whose name has the article, written without it (يا يمن، عراق ما بعد الحرب): a one-word recognizer LOC
   * span that, with the article, is a country's name.
   */
  function bareCountry(m: NerMention): readonly NameTarget[] | null {
    if (m.tokenEnd - m.tokenStart !== 1 || m.text.startsWith('ال') || /\s/.test(m.text) || BARE_COMMON.has(norm(m.text))) return null;
    const t = kb.lookup('ال' + m.text).filter((x) => x.id.startsWith('cty:') && x.kind === 'name');
    return t.length ? t : null;
  }

  /**
   * A one-word recognizer LOC span that alone names a region rather than a state that bears it (bare كوريا: the
   * Korean Peninsula; resolver-words.json `bareRegions`): that KB place. A compass adjective right after it that the
   * recognizer left out, misspelt or joined by a hyphen (كوريا الشمالي، كوريا لشمالية، #كوريا-الشمالية) names the state:
   * the KB name with that adjective.
   */
  function bareRegion(text: string, after: string): readonly NameTarget[] {
    const key = norm(stripDiacritics(text)).trim();
    const region = BARE_REGIONS.get(key);
    if (!region) return [];
    const adj = /^[\s-]+(?:ال|ل)?(شمالي|جنوبي)/.exec(norm(stripDiacritics(after)));
    if (adj) {
      const state = kb.lookup(`${key} ال${adj[1]}ة`).filter((x) => x.id.startsWith('cty:'));
      if (state.length) return state;
    }
    return kb.lookup(region).filter((x) => x.type === 'LOC');
  }

  const partOf: PartOfDeps = {
    tn,
    placeCountriesAt: (doc, j) => {
      const m = matchName(doc, j);
      if (!m || m.tokenStart !== j) return null;
      const cs = m.targets.filter((t) => t.type === 'LOC' && t.kind === 'name' && !t.id.startsWith('cty:')).map((t) => kb.byId(t.id)?.country ?? '');
      return cs.length ? cs : null;
    },
    countryAt: (doc, j) => {
      const m = matchName(doc, j);
      const t = m && m.tokenStart === j ? m.targets.find((x) => x.kind === 'name' && x.id.startsWith('cty:')) : undefined;
      return t ? t.id.slice(4) : null;
    },
  };
  const personWordCache = new Map<string, ReadonlySet<string>>();
  const namesakes: NamesakeDeps = {
    tn,
    namePart: (w) => kb.isNamePart(w),
    personName: (w) => kb.lookup(w).some((t) => t.type === 'PER'),
    personWords: (id) => {
      let v = personWordCache.get(id);
      if (!v) personWordCache.set(id, (v = new Set((kb.byId(id)?.ar ?? []).flatMap((n) => norm(n).split(/\s+/)))));
      return v;
    },
  };
  const nameEdges: NameEdgeDeps = { known: (text) => kb.lookup(text).length > 0, namePart: (w) => kb.isNamePart(w) };
  function merge(doc: Doc, gaz: Cand[], nerRaw: readonly NerMention[]): Cand[] {
    const known = (text: string) => kb.lookup(text).length > 0;
    const runs = acronymRuns(doc, known);
    const knownLatin = (text: string) => kb.lookup(text).length > 0 || kb.lookupLatin(text).length > 0;
    const nerIn = overAcronyms(doc, nerRaw.map((m) => withInitialFa(doc, m, nameEdges)), runs, known)
      .map((m) => withoutGluedLatin(doc, m, knownLatin))
      .filter((m): m is NerMention => m !== null);
    // An organization the KB does not know, found by its head noun, that ends or starts inside a spelled-out acronym
    // (قناة إم | بي سي) is no candidate: the recognizer's span over the whole acronym stands (names16).
    if (runs.length) gaz = gaz.filter((c) => c.targets.length > 0 || !runs.some((r) => (c.tokenEnd > r.tokenStart && c.tokenEnd < r.tokenEnd) || (c.tokenStart > r.tokenStart && c.tokenStart < r.tokenEnd)));
    const out = [...gaz];
    // Words of the recognizer's longer person names: such a word alone is that person's surname (شاكر
    // after عمر شاكر), never dropped as a common word.
    // The longer names are taken as cleaned (ترامب شعار is ترامب: شعار alone stays a common word).
    const cleaned = nerIn.map((m) => clean(rs, doc, m, noLongerName));
    const inLongerName = (word: string, self: NerMention): boolean =>
      nerIn.some((m, i) => {
        const c = cleaned[i];
        return m !== self && !!c && c.type === 'PER' && c.tokenEnd - c.tokenStart >= 2 && Array.from({ length: c.tokenEnd - c.tokenStart }, (_, d) => tn(doc, c.tokenStart + d)).includes(word);
      });
    const ner = nerIn.map((m, i) => cleaned[i] ?? clean(rs, doc, m, inLongerName)).filter((m): m is NerMention => m !== null);
    let named: Set<string> | null = null;
    const targetsOf = (m: NerMention): readonly NameTarget[] => {
      // A hashtag joins a name's words with underscores (#دافيد_فريدمان).
      let t = kb.lookup(m.text.includes('_') ? m.text.replace(/_/g, ' ') : m.text);
      // ل⟦لمالكي⟧، ل⟦لأمم المتحدة⟧: the name with its article.
      if (!t.length && elidedArticle(doc, m.tokenStart, m.start)) t = kb.lookup('ا' + m.text);
      if (!t.length && m.type === 'ORG') {
        // ل before the article drops its alef (لقاعدة = ل + القاعدة).
        const recognized = kb.lookupRecognized(m.text).length ? kb.lookupRecognized(m.text) : /^ل[^ا]/.test(m.text) ? kb.lookupRecognized('ا' + m.text) : [];
        if (recognized.length) return recognized;
        const tolerant = tolerantOrg(m.text);
        if (tolerant.length) return tolerant;
        named ??= new Set(articleCountries(gaz).keys());
        return orgVariant(m.text, named);
      }
      if (!t.length && m.type === 'LOC') {
        const near = bareCountry(m) ?? tolerantPlace(m.text);
        return near.length ? near : bareRegion(m.text, doc.text.slice(m.end, m.end + 12));
      }
      if (t.length || m.type !== 'PER') return t;
      named ??= new Set(articleCountries(gaz).keys());
      return tolerantPerson(m.text, named);
    };
    // The candidates overlapping a recognizer span, found through the tokens they cover rather than by a scan of all
    // of them (a scan per span made this quadratic on long repetitive input: perf9's bench-hostile). The same
    // candidates, in the same order as out.filter would give them (order of entry into out).
    const order = new Map<Cand, number>();
    const byToken = new Map<number, Cand[]>();
    let entered = 0;
    const enter = (c: Cand): void => {
      order.set(c, entered++);
      for (let k = c.tokenStart; k <= Math.max(c.tokenStart, c.tokenEnd - 1); k++) {
        const list = byToken.get(k);
        if (list) list.push(c);
        else byToken.set(k, [c]);
      }
    };
    for (const c of out) enter(c);
    const overlappingOf = (m: NerMention): Cand[] => {
      const found = new Set<Cand>();
      for (let k = m.tokenStart - 1; k <= m.tokenEnd; k++) for (const c of byToken.get(k) ?? []) if (order.has(c) && c.start < m.end && m.start < c.end) found.add(c);
      return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    };
    /** The recognizer's mention replaces the candidates it overlaps, as one name with its own span. */
    const takeRecognizerSpan = (m: NerMention, overlapping: readonly Cand[]): void => {
      for (const c of overlapping) {
        out.splice(out.indexOf(c), 1);
        order.delete(c);
      }
      const c: Cand = newCand(m.start, m.end, m.tokenStart, m.tokenEnd, 'name', targetsOf(m), { nerType: m.type });
      out.push(c);
      enter(c);
    };
    for (const m of ner) {
      const overlapping = overlappingOf(m);
      if (overlapping.length === 0) {
        takeRecognizerSpan(m, overlapping);
        continue;
      }
      // (resolve17) A weak organization of the pattern (common words that need the recognizer's ORG, dropped below
      // without it) whose head names a body by its leader (data/resolve/person-led-heads.json) over the recognizer's
      // person (حكومة نوري المالكي، مكتب أفيغدور ليبرمان): the person stands, where neither was kept before.
      if (
        m.type === 'PER' && overlapping.some((c) => c.org) &&
        overlapping.every((c) => (c.org ? c.org.weak && c.nerType !== 'ORG' && PERSON_LED_HEADS.has(c.org.head) : !c.orgRef && m.start <= c.start && c.end <= m.end))
      ) {
        takeRecognizerSpan(m, overlapping);
        continue;
      }
      if (overlapping.some((c) => c.org || c.orgRef)) {
        // The org pattern read this phrase: it keeps its span; the recognizer's ORG confirms it.
        if (m.type === 'ORG') for (const c of overlapping) if (c.org || c.orgRef) c.nerType = 'ORG';
        continue;
      }
      const covers = overlapping.every((c) => m.start <= c.start && c.end <= m.end) && (m.end - m.start) > Math.max(...overlapping.map((c) => c.end - c.start));
      // Two known names inside one recognizer span are a coordination (باريس ولندن), not one longer name.
      const coordination = overlapping.filter((c) => c.kind === 'name' && c.targets.length > 0).length >= 2;
      if (covers && !coordination && overlapping.every((c) => c.kind === 'name' || c.kind === 'demonym')) {
        // The recognizer saw a longer name (جامعة دمشق over دمشق): its span wins.
        takeRecognizerSpan(m, overlapping);
      } else {
        for (const c of overlapping) if (c.start === m.start && c.end === m.end) c.nerType = m.type;
      }
    }
    // A name of romanized common words only (مجلس البلدية) needs the recognizer's word.
    // So does one without a country unless, with a demonym of a country the article names, it is a KB name
    // (وزارة الخزانة in an article about the United States: the KB's وزارة الخزانة الأمريكية).
    const kbWithDemonym = (c: Cand): boolean => {
      const phrase = norm(stripDiacritics(doc.text.slice(c.start, c.end))).replace(/\s+/g, ' ');
      named ??= new Set(articleCountries(gaz).keys());
      for (const iso of named)
        for (const dem of definiteDemonyms(iso)) {
          const key = `${phrase} ${dem}`;
          if (kb.isNamePrefix(key) && kb.lookupKey(key).some((t) => t.type === 'ORG')) return true;
        }
      return false;
    };
    // (quotes37) ... and so does one that is a speaking verb's subject (وقال مجلس الحكم في رواندا، وأعلنت إدارة الإطفاء
    // إن): a body the text names in full as the speaker of a quote, whose English the words give.
    const spokenBy = (c: Cand): boolean => {
      let v = c.tokenStart - 1;
      if (v < 0 || doc.tokens[v]!.kind !== 'arabic' || !/^[ \t]+$/.test(doc.text.slice(doc.tokens[v]!.end, doc.tokens[c.tokenStart]!.start))) return false;
      // (quotes42) "نبه تقرير لمنظمة سياج": a report noun between the verb and the body, the body joined by ل.
      // Only a name of its own after the head, no definite word ("بيان لشركة الترفيه" describes Cirque du Soleil).
      if (REPORT_NOUNS.has(tn(doc, v)) && doc.segment(c.tokenStart).proclitics.join('') === 'ل' && c.tokenStart + 1 < c.tokenEnd && !tn(doc, c.tokenStart + 1).startsWith('ال') && v > 0 && doc.tokens[v - 1]!.kind === 'arabic' && /^[ \t]+$/.test(doc.text.slice(doc.tokens[v - 1]!.end, doc.tokens[v]!.start))) v--;
      else if (c.start !== doc.tokens[c.tokenStart]!.start) return false;
      const verb = tn(doc, v).replace(/^[وف]/, '');
      if (!SPEAKING_VERBS.has(verb) || NOT_SPEECH.has(verb)) return false;
      // An indefinite description is no name (منظمة معنية بحقوق الإنسان، لجنة برلمانية، مكتب مفوض): a word after the
      // head without the article must be a name: no adjective's or feminine ending, and rare or a KB name (صحيفة
      // لكسبرس، شرطة كامبريدج).
      const w1 = c.tokenStart + 1;
      if (w1 >= c.tokenEnd) return false;
      const k1 = tn(doc, w1);
      if (!k1.startsWith('ال')) {
        const w = stripDiacritics(doc.tokens[w1]!.text);
        if (/[ةهي]$/.test(k1)) return false;
        if ((freq?.get(segmentationKey(w)) ?? 0) >= RARE_NAME_MAX && kb.lookup(w).length === 0 && nameShare(evidence?.get(k1)) < 0.5) return false;
      }
      // The unit's body (شرطة الإقليم، شرطة المدينة) is a description too.
      if (c.tokenEnd - c.tokenStart === 2 && LOCAL_UNITS.has(k1.replace(/^ال/, ''))) return false;
      // A state's body (وزارة الخزانة) in an article that names no country has no state to be of: none, as before.
      if (c.org && STATE_BODY_HEADS.has(c.org.head) && (named ??= new Set(articleCountries(gaz).keys())).size === 0) return false;
      return true;
    };
    const kept = out.filter((c) => !c.org?.weak || c.nerType === 'ORG' || (!c.org.country && kbWithDemonym(c)) || spokenBy(c)).sort((a, b) => a.start - b.start);
    return localBodies(doc, withNamesAfterTitles(doc, kept));
  }

  /**
   * (resolve18) A person's title followed by two words that no candidate covers, both rare in news and seen, if at
   * all, mostly inside names (سفيرة كندا سابين نولكي، نائبة وزير خارجية هندوراس نيللي جيريز): a foreign name the
   * recognizer missed, the title's holder. Only bare words (no clitic, no article, three letters or more) that the KB
   * does not know, and only where the name ends there (punctuation, the end, or a word that is not rare).
   */
  function withNamesAfterTitles(doc: Doc, cands: Cand[]): Cand[] {
    if (!freq || !evidence) return cands;
    const toks = doc.tokens;
    const rare = (j: number): boolean => {
      const t = toks[j];
      // A future marker goes on verbs only, and a preposition seldom comes between a title and its holder: سابين and
      // بريتا are a name's words, not س + ابين and ب + ريتا (the counts below are the whole word's).
      if (!t || t.kind !== 'arabic' || (doc.segment(j).baseStart > 0 && !['س', 'ب'].includes(doc.segment(j).proclitics.join('')))) return false;
      const w = stripDiacritics(t.text);
      // ... but a future marker before a verb's prefix is one (الملكة رانيا سيزوران البلاد).
      if (/^س[يتنأ]/.test(w) && doc.segment(j).proclitics.join('') === 'س') return false;
      const key = tn(doc, j);
      if (key.length < 3 || key.startsWith('ال') || kb.lookup(w).length || RARE_NAME_STOP.test(key)) return false;
      const e = evidence.get(key);
      const count = e ? e[0]! : (freq.get(segmentationKey(w)) ?? 0);
      if (count >= RARE_NAME_MAX) return false;
      if (e) return insideNames(e) >= 0.5 * e[0]!;
      // Unseen in names: a foreign name's word has a long vowel and no feminine ending (سردار، كيليش، نولكي); an
      // Arabic noun or verb the counts happen to lack often has neither (خطبة عصيبة، قصدت تضاعف).
      return /[اويآ]/.test(key.slice(1)) && !/[ةه]$/.test(w);
    };
    // A candidate inside the word after a clitic the segmenter split off (ابين of سابين) does not cover it, nor does
    // the recognizer's unknown person inside the two words (ريتا نوفلاكي of بريتا نوفلاكي, بولاندر of غريتشن
    // بولاندر): the two words replace it.
    const partial = (c: Cand, a: number, b: number) => c.kind === 'name' && c.nerType === 'PER' && c.targets.length === 0 && c.tokenStart >= a && c.tokenEnd <= b + 1;
    let coverAt: Map<number, Cand[]> | undefined;
    const coversOf = (): Map<number, Cand[]> => {
      const m = new Map<number, Cand[]>();
      for (const c of cands) for (let k = c.tokenStart; k <= c.tokenEnd && k < toks.length; k++) (m.get(k) ?? m.set(k, []).get(k)!).push(c);
      return m;
    };
    const covered = (j: number, a: number, b: number) => ((coverAt ??= coversOf()).get(j) ?? []).some((c) => c.start <= toks[j]!.start && c.end > toks[j]!.start && !partial(c, a, b));
    const replaced = new Set<Cand>();
    // The name candidates by their first token, built once (a scan per title would be quadratic on hostile input).
    let nameAt: Map<number, Cand[]> | undefined;
    const startsOf = (list: Cand[]): Map<number, Cand[]> => {
      const m = new Map<number, Cand[]>();
      for (const x of list) if (x.kind === 'name') (m.get(x.tokenStart) ?? m.set(x.tokenStart, []).get(x.tokenStart)!).push(x);
      return m;
    };
    const spaced = (i: number, j: number) => /^[ \t]+$/.test(doc.text.slice(toks[i]!.end, toks[j]!.start));
    const added: Cand[] = [];
    for (const c of cands) {
      if (c.kind !== 'title' || !c.title) continue;
      let a = c.tokenEnd;
      // سفيرة كندا: the country after the title is a candidate of its own.
      const country = (nameAt ??= startsOf(cands)).get(a)?.find((x) => x.targets.some((t) => t.id.startsWith('cty:')));
      if (country) a = country.tokenEnd;
      const b = a + 1;
      if (b >= toks.length || !spaced(a - 1, a) || !spaced(a, b)) continue;
      if (!rare(a) || !rare(b) || covered(a, a, b) || covered(b, a, b)) continue;
      // The name ends there: a third rare word may be a longer phrase of foreign words.
      const next = toks[b + 1];
      if (next && next.kind === 'arabic' && spaced(b, b + 1) && rare(b + 1)) continue;
      added.push(newCand(toks[a]!.start, toks[b]!.end, a, b + 1, 'name', [], { nerType: 'PER' }));
      for (const x of cands) if (x.start < toks[b]!.end && toks[a]!.start < x.end && partial(x, a, b)) replaced.add(x);
    }
    // (quotes37) A profession noun right after a speaking verb (وقال الكوميدي، وقالت الناشطة الحقوقية الروسية, up to
    // three definite words after it: adjectives or a demonym) before two such rare words: the speaker's name, as after a
    // title. Not over a candidate other than a demonym, and the two words end the name as above.
    for (let i = 1; i + 2 < toks.length; i++) {
      if (toks[i]!.kind !== 'arabic' || !PROFESSION_NOUNS.has(tn(doc, i))) continue;
      if (toks[i - 1]!.kind !== 'arabic' || !spaced(i - 1, i) || !SPEAKING_VERBS.has(tn(doc, i - 1).replace(/^[وف]/, ''))) continue;
      if (((coverAt ??= coversOf()).get(i) ?? []).some((c) => c.kind !== 'demonym')) continue;
      let a = i + 1;
      for (let k = 0; k < 3 && a < toks.length && toks[a]!.kind === 'arabic' && spaced(a - 1, a) && tn(doc, a).startsWith('ال'); k++, a++) {
        if ((coverAt.get(a) ?? []).some((c) => c.kind !== 'demonym')) break;
      }
      const b = a + 1;
      if (b >= toks.length || !spaced(a - 1, a) || !spaced(a, b)) continue;
      if (!rare(a) || !rare(b) || covered(a, a, b) || covered(b, a, b)) continue;
      const next = toks[b + 1];
      if (next && next.kind === 'arabic' && spaced(b, b + 1) && rare(b + 1)) continue;
      if (added.some((x) => x.tokenStart === a)) continue;
      added.push(newCand(toks[a]!.start, toks[b]!.end, a, b + 1, 'name', [], { nerType: 'PER' }));
      for (const x of cands) if (x.start < toks[b]!.end && toks[a]!.start < x.end && partial(x, a, b)) replaced.add(x);
    }
    return added.length ? [...cands.filter((x) => !replaced.has(x)), ...added].sort((x, y) => x.start - y.start) : cands;
  }

  /**
   * الشرطة في سياتل, المحكمة في باريس: a local body's head (alone, definite), في, and a place
   * (the KB's or the recognizer's) is that place's body, named after the place ("Seattle Police"; a
   * country: "British Police"). The organization spans both; the place stays a mention of its own inside it (resolve17).
   */
  function localBodies(doc: Doc, cands: Cand[]): Cand[] {
    if (!orgs) return cands;
    for (let k = 0; k + 1 < cands.length; k++) {
      const c = cands[k]!;
      const n = cands[k + 1]!;
      // (resolve17) A state's body the pattern read without a country, في and a country: that country's (وزارة الدفاع
      // في مالي → Malian Defence Ministry). The country stays its own mention.
      if (
        c.org && !c.org.country && c.targets.length === 0 && n.kind === 'name' && n.tokenStart === c.tokenEnd + 1 && tn(doc, c.tokenEnd) === FI &&
        n.start === doc.tokens[n.tokenStart]!.start && STATE_BODY_HEADS.has(c.org.head) && n.targets.length === 1 && n.targets[0]!.id.startsWith('cty:')
      ) {
        const rec = kb.country(n.targets[0]!.id.slice(4));
        if (!rec) continue;
        // The KB's body of that country named "<phrase> <demonym>" (المحكمة العليا الإسرائيلية), else the pattern's.
        const phrase = norm(stripDiacritics(doc.text.slice(c.start, c.end))).replace(/\s+/g, ' ').replace(/^[وف]?(?:ب|ل)?(?=ال)/, '');
        const kbIds = new Set<string>();
        for (const dem of definiteDemonyms(rec.iso3)) for (const t of kb.lookup(`${phrase} ${dem}`)) if (t.type === 'ORG' && kb.byId(t.id)?.country === rec.iso3) kbIds.add(t.id);
        if (kbIds.size === 1) {
          c.targets = kb.lookup(`${phrase} ${[...definiteDemonyms(rec.iso3)].find((dem) => kb.lookup(`${phrase} ${dem}`).some((t) => kbIds.has(t.id)))}`).filter((t) => kbIds.has(t.id));
          c.org = undefined;
        } else if (kbIds.size === 0) c.org = { ...c.org, country: rec.iso3, nameEn: `${countryAdjective(rec.demonymEn, rec.nameEn)} ${c.org.nameEn}` };
        continue;
      }
      if (!c.orgRef || n.kind !== 'name' || tn(doc, c.tokenEnd) !== FI || n.start !== doc.tokens[n.tokenStart]!.start) continue;
      // (resolve17) A unit noun may come between (الشرطة في ولاية كاليفورنيا، النيابة في مدينة كاندي) when the place is
      // the KB's: an unknown one's romanization would name the body worse than the organ of its state does.
      const unit = n.tokenStart === c.tokenEnd + 2 && LOCAL_UNITS.has(tn(doc, c.tokenEnd + 1));
      if (n.tokenStart !== c.tokenEnd + 1 && !unit) continue;
      const h = orgs.head(tn(doc, c.tokenStart));
      if (!h?.def.local) continue;
      const place = n.targets.length === 1 && n.targets[0]!.type === 'LOC' ? kb.byId(n.targets[0]!.id) : undefined;
      if (!place && (unit || !(n.nerType === 'LOC' && n.targets.length === 0))) continue;
      const iso = place?.country && place.country !== 'IGO' ? place.country : null;
      const rec = place?.countryRecord ? kb.country(place.countryRecord.iso3) : undefined;
      const nameEn = rec
        ? orgNameEn(h.def, [], [], countryAdjective(rec.demonymEn, rec.nameEn))
        : orgNameEn(h.def, [], [{ en: place ? place.nameEn : kb.romanize(doc.text.slice(n.start, n.end)), adj: false, name: true }], null);
      // The place stays a mention of its own inside the body's (the gold lists Uttar Pradesh beside its police).
      cands.splice(k, 1, newCand(c.start, n.end, c.tokenStart, n.tokenEnd, 'name', [], { nerType: 'ORG', org: { nameEn, country: iso, sector: h.def.sector, head: h.base, countryOnly: false, known: [{ tokenStart: n.tokenStart, known: true }], weak: false, placeCountry: !rec, places: undefined } }));
    }
    return cands;
  }

  /** Countries the article names without ambiguity: they decide between places of the same name. */
  function articleCountries(cands: Cand[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of cands) {
      const ids = new Set(c.targets.map((t) => kb.byId(t.id)?.country).filter((x): x is string => !!x));
      if (ids.size === 1) {
        const iso = [...ids][0]!;
        counts.set(iso, (counts.get(iso) ?? 0) + 1);
      }
      if (c.title?.country) counts.set(c.title.country, (counts.get(c.title.country) ?? 0) + 1);
    }
    return counts;
  }

  /** The mention is the country's own canonical name, which its capital shares (الكويت، تونس، الجزائر، جيبوتي). */
  function sameNameCapital(doc: Doc, c: Cand, ctryId: string): boolean {
    const own = kb.country(ctryId.slice(4))?.ar[0];
    return !!own && normalize(doc.text.slice(c.start, c.end)).trim() === normalize(own);
  }

  /** A word that makes a shared name the city: مدينة/العاصمة/بلدية before it, العاصمة after it (تونس العاصمة). */
  function cityWord(doc: Doc, c: Cand): boolean {
    const prevTok = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1) : '';
    const nextTok = c.tokenEnd < doc.tokens.length ? tn(doc, c.tokenEnd) : '';
    return CITY_BEFORE.has(prevTok) || nextTok === CAPITAL_WORD;
  }

  /**
   * A one-word town name from the GeoNames list is often also a common word
   * (حماة "protectors", العديد "many"): it names the place only when the
   * recognizer says so or a locative word stands before it.
   */
  function weakPlace(doc: Doc, c: Cand, t: NameTarget): boolean {
    const p = kb.byId(t.id)?.place;
    if (!p || !(p.geonameId || p.weak) || p.feature === 'capital' || (p.population ?? 0) >= 1_000_000) return false;
    if (c.tokenEnd - c.tokenStart > 1 || c.nerType === 'LOC') return false;
    const prevTok = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1) : '';
    const clitic = normalize(doc.text.slice(doc.tokens[c.tokenStart]!.start, c.start));
    return !(LOCATIVE.has(prevTok) || PLACE_NOUNS.has(prevTok) || placeHeads.placeHead(prevTok) || clitic.endsWith('ب'));
  }

  /**
   * An organization the KB does not know by this phrase, with a country, may be a KB body of that country named in
   * other words (هيئة الطاقة الذرية الإيرانية, وكالة أنباء كوريا الشمالية): KnowledgeBase.sameBodyOfCountry on the
   * words after the head. Quoted or rare-word names are names, not descriptions: not tried.
   */
  function sameBody(doc: Doc, c: Cand): string | null {
    const o = c.org;
    if (!o?.country || o.weak || o.placeCountry || c.tokenEnd - c.tokenStart < 2) return null;
    const words: string[] = [];
    for (let j = c.tokenStart + 1; j < c.tokenEnd; j++) if (isWord(doc, j)) words.push(tn(doc, j));
    return kb.sameBodyOfCountry(o.country, o.sector, words);
  }

  /**
   * A KB name that is also a common word or phrase (data/kb/weak-names.json: البيت "the house" for Elbit
   * Systems, ريم a given name for Rome) names that record only where the recognizer tags the span with the
   * record's type or, for a place, after a locative word.
   */
  function weakName(doc: Doc, c: Cand, t: NameTarget): boolean {
    if (t.kind !== 'name' || c.nerType === t.type || !kb.hasWeakName(t.id)) return false;
    const key = norm(stripDiacritics(doc.text.slice(c.start, c.end))).replace(/\s+/g, ' ').trim().replace(/^#/, '');
    // ل before the article drops its alef (لبيت = ل + البيت).
    if (!kb.isWeakName(key, t.id) && !(key.startsWith('ل') && !key.startsWith('ال') && kb.isWeakName('ا' + key, t.id))) return false;
    if (t.type !== 'LOC') return true;
    const prevTok = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1) : '';
    const clitic = normalize(doc.text.slice(doc.tokens[c.tokenStart]!.start, c.start));
    return !(LOCATIVE.has(prevTok) || PLACE_NOUNS.has(prevTok) || placeHeads.placeHead(prevTok) || clitic.endsWith('ب'));
  }

  function choose(doc: Doc, c: Cand, countries: Map<string, number>, chosen: Map<string, string>): NameTarget | null {
    let targets = c.targets.filter((t) => !weakPlace(doc, c, t) && !weakName(doc, c, t));
    // الضاحية الجنوبية من القدس: the part of another country's place, not Beirut's Dahieh (src/resolve/place-heads.ts).
    if (c.kind === 'name') targets = targets.filter((t) => t.type !== 'LOC' || !partOfOtherPlace(doc, c.tokenStart, c.tokenEnd, kb.byId(t.id)?.country ?? null, partOf));
    // A surname after another person's given name (ماسيه علي نجاد): src/resolve/name-edges.ts.
    // A person the article named before by another name keeps the word (ميلانيا السيسي after عبد الفتاح السيسي).
    if (c.kind === 'name') targets = targets.filter((t) => t.type !== 'PER' || !surnameOfAnother(doc, c.start, c.tokenStart, c.tokenEnd, t.id, namesakes) || [...chosen.values()].includes(t.id));
    if (targets.length === 0) return null;
    // "في جنوب الجزيرة": after a compass word a one-word name is a place (the island), not a body of that name.
    if (c.tokenEnd - c.tokenStart === 1 && c.tokenStart > 0 && DIRECTIONS.has(tn(doc, c.tokenStart - 1))) {
      targets = targets.filter((t) => t.type !== 'ORG');
      if (targets.length === 0) {
        // Nor an unknown organization: the recognizer took the word for the body.
        if (c.nerType === 'ORG') c.nerType = undefined;
        return null;
      }
    }
    if (c.nerType) {
      const same = targets.filter((t) => t.type === c.nerType || (c.nerType === 'LOC' && t.type === 'LOC'));
      if (same.length) targets = same;
    }
    if (targets.length === 1) return targets[0]!;
    // A capital that also names its country's government (واشنطن): the city after a locative word.
    const ctry = targets.find((t) => t.id.startsWith('cty:'));
    const cap = ctry && targets.find((t) => kb.byId(t.id)?.place?.feature === 'capital' && kb.byId(t.id)?.country === ctry.id.slice(4));
    if (ctry && cap) {
      const prevTok = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1) : '';
      const clitic = normalize(doc.text.slice(doc.tokens[c.tokenStart]!.start, c.start));
      // A capital that bears its country's own name (الكويت، تونس، الجزائر، جيبوتي) is the country after a locative word
      // too (العمالة في الكويت، الانتخابات في الجزائر); the city only when the text says so (مدينة تونس، تونس العاصمة).
      if (sameNameCapital(doc, c, ctry.id)) return cityWord(doc, c) ? cap : ctry;
      return LOCATIVE.has(prevTok) || clitic.endsWith('ب') ? cap : ctry;
    }
    // One word that is both a person's surname and a group's name (الحوثي) is mostly the group's adjective.
    if (c.tokenEnd - c.tokenStart === 1 && targets.some((t) => t.type === 'ORG') && targets.some((t) => t.type === 'PER') && c.nerType !== 'PER') {
      targets = targets.filter((t) => t.type !== 'PER');
      if (targets.length === 1) return targets[0]!;
    }
    // A seat of power is a place after a locative preposition, else the institution (في الكرملين / قال الكرملين).
    const types = new Set(targets.map((t) => t.type));
    if (types.has('ORG') && types.has('LOC')) {
      const prevTok = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1) : '';
      const clitic = normalize(doc.text.slice(doc.tokens[c.tokenStart]!.start, c.start));
      const locative = LOCATIVE.has(prevTok) || clitic.endsWith('ب');
      targets = targets.filter((t) => (locative ? t.type === 'LOC' : t.type !== 'LOC'));
    }
    if (targets.length === 1) return targets[0]!;
    // One name, already linked earlier in the article: keep the same reading.
    const key = normalize(doc.text.slice(c.start, c.end));
    const prev = chosen.get(key);
    const again = prev && targets.find((t) => t.id === prev);
    if (again) return again;
    const date = doc.info.date;
    const score = (t: NameTarget): number => {
      const e = kb.byId(t.id);
      if (!e) return -1;
      let s = (countries.get(e.country ?? '') ?? 0) * 10;
      if (e.countryRecord) s += 5;
      if (e.place?.feature === 'capital') s += 3;
      if (e.place && !e.place.geonameId) s += 2; // hand-written places are the ones news names
      if (e.place?.population) s += Math.min(3, Math.log10(e.place.population) - 4);
      if (e.person && date && kb.activeRole(e.person, date)) s += 4;
      if (e.type === 'PER') s += 1;
      return s;
    };
    return [...targets].sort((a, b) => score(b) - score(a))[0] ?? null;
  }

  return {
    id: 'resolve.v1',
    requires: ['nerMentions'],
    assigns: 'entities',
    run(doc: Doc, layers: Readonly<Partial<Layers>>): Entity[] {
      const cands = merge(doc, gazetteer(doc), layers.nerMentions ?? []);
      const countries = articleCountries(cands);
      const art: Article = {
        doc, kb, orgs, freq, norm, tn, choose, tolerantPerson, definiteDemonyms, sameBody,
        cands, countries, date: doc.info.date,
        drafts: new Map(), chosen: new Map(), byTitle: new Map(), lastByRole: new Map(), byGeneric: new Map(), lastGeneric: new Map(),
        lastMinister: null, ministerOf: new Map(), personMentions: [], lastOrgByHead: new Map(), aliasOf: new Map(),
        unNamed: cands.some((c) => c.targets.some((t) => UN_SEATS.has(t.id))),
        orgCountries: [],
        pendingTitles: [],
        titled: [],
      };
      resolveCandidates(art);
      pendingTitles(art);
      orgHeadTitles(art);
      titleAfterNameComma(art);
      administrationHolders(art);
      headTitleBackReferences(art);
      spokespersonBackReferences(art);
      leaderBackReferences(art);
      orgCountryMentions(art);
      mergeLongerNames(art);
      mergeSurnames(art);
      surnamesTakenForPlaces(art);
      mergeNameBeginnings(art);
      mergeNationalBodies(art);
      loneGivenNames(art);
      lineageTails(art);
      return entitiesOf(art);
    },
  };
}

/** بن، ابن، بنت (normalized): a lineage link inside a name. */
const LINEAGE_LINKS = new Set(['بن', 'ابن', 'بنت'].map((w) => normalize(w)));
const FAMILY_LINK = normalize('آل');

/**
 * (resolve17) A KB person's mention by a shorter name, or an honorific and a name (الملك سلمان، الشيخ محمد بن زايد),
 * followed by more of that person's own name (بن عبدالعزيز آل سعود، آل نهيان): the mention takes in the rest of the
 * name. Only links (بن، ابن، بنت، آل) each followed by a word of one of the KB record's Arabic names (عبد and the word
 * after it as one), only with spaces between, and only where no other mention is: the entity does not change.
 */
function lineageTails(art: Article): void {
  const { doc, kb, tn } = art;
  const toks = doc.tokens;
  // The first token starting at or after a mention's end (the one after the token that holds its last character).
  const tokenAfter = (end: number): number => lastStartingAtOrBefore(toks.length, (i) => toks[i]!.start, end - 1) + 1;
  const all = [...art.drafts.values()].flatMap((d) => d.mentions);
  for (const d of art.drafts.values()) {
    if (d.type !== 'PER' || !d.kbId || d.kbId.startsWith('x:')) continue;
    const rec = kb.byId(d.kbId);
    if (!rec) continue;
    const words = new Set<string>();
    for (const n of rec.ar) {
      const ws = normalize(n).split(/\s+/);
      ws.forEach((w, i) => {
        words.add(w);
        if (i + 1 < ws.length) words.add(w + ws[i + 1]);
      });
    }
    for (const m of d.mentions) {
      if (m.kind !== 'name') continue;
      let j = tokenAfter(m.end);
      let end = m.end;
      while (j + 1 < toks.length && /^[ \t]+$/.test(doc.text.slice(end, toks[j]!.start))) {
        const link = tn(doc, j);
        if (!LINEAGE_LINKS.has(link) && link !== FAMILY_LINK) break;
        if (!/^[ \t]+$/.test(doc.text.slice(toks[j]!.end, toks[j + 1]!.start))) break;
        let w = tn(doc, j + 1);
        let last = j + 1;
        // عبد العزيز written in two words is one name.
        if (w === normalize('عبد') && j + 2 < toks.length && /^[ \t]+$/.test(doc.text.slice(toks[j + 1]!.end, toks[j + 2]!.start))) {
          w += tn(doc, j + 2);
          last = j + 2;
        }
        if (!words.has(w)) break;
        end = toks[last]!.end;
        j = last + 1;
      }
      if (end === m.end) continue;
      const from = m.end;
      if (all.some((o) => o !== m && o.start < end && from < o.end)) continue;
      m.end = end;
      m.text = doc.text.slice(m.start, end);
    }
  }
}

/** The resolver stage's lookups (closures over its caches), for its module-level steps. */
interface Resolver {
  kb: KnowledgeBase;
  orgs: KnowledgeBase['orgHeads'];
  freq: WordFrequencies | undefined;
  norm: (s: string) => string;
  tn: (doc: Doc, j: number) => string;
  nameless: (doc: Doc, j: number, unlistedMin?: number) => boolean;
  /** Is token j seen 20+ times in unlabelled news, under 30% of them inside a name (and no name part or KB name)? */
  seldomInNames: (doc: Doc, j: number) => boolean;
  accusativeWord: (doc: Doc, j: number) => boolean;
  clauseWord: (doc: Doc, j: number, type: string) => boolean;
  wordBeforeName: (doc: Doc, j: number) => boolean;
  nisbaAdjective: (doc: Doc, j: number) => boolean;
  personWord: (key: string) => boolean;
  formsOf: (doc: Doc, i: number) => Form[];
  matchName: (doc: Doc, i: number) => Cand | null;
  countryAt: (doc: Doc, j: number, construct: boolean) => { iso: string; start: number; end: number; tokenEnd: number; demonym: boolean } | null;
  tolerantOrg: (text: string) => NameTarget[];
  isDescription: (doc: Doc, i: number) => boolean;
  placeHeads: PlaceHeadDeps;
  /** The auto-lexicon's sightings (resolve27's notNames). */
  nameEvidence?: ReadonlyMap<string, readonly number[]>;
}

type OrgHead = NonNullable<ReturnType<NonNullable<KnowledgeBase['orgHeads']>['head']>>;

/** An unknown organization's name while matchOrg reads it, word by word after the head noun. */
interface OrgScan {
  rs: Resolver;
  orgs: NonNullable<KnowledgeBase['orgHeads']>;
  doc: Doc;
  /** The head's token and spelling. */
  i: number;
  f: Form;
  h: OrgHead;
  parts: OrgPart[];
  headAdjs: string[];
  /** Per word after the head: does the table (or a KB name, a country) know it? */
  known: Array<{ tokenStart: number; known: boolean; adjective?: boolean; country?: boolean }>;
  restKeys: string[];
  country: string | null;
  lastDef: boolean;
  named: boolean;
  /** The country came from a place in the name (برلمان بروكسل): no country adjective. */
  placeCountry: boolean;
  /** KB places named inside the name. */
  places: Array<{ id: string; start: number; end: number; tokenStart: number; tokenEnd: number }>;
  /** An unquoted run of rare words taken as a foreign name: only with the recognizer's ORG. */
  unquoted: boolean;
  /** A complement with ل that ends the name (للإحصاء → "for Statistics"; src/resolve/org-complement.ts). */
  forParts: OrgPart[];
  end: number;
  tokenEnd: number;
  /** The next token to read. */
  j: number;
}

/**
 * An organization the KB does not know, by pattern (docs/knowledge-base.md,
 * "Unknown organizations"): a head noun (وزارة، الشرطة، حزب) and the words
 * of its name: after an indefinite head a definite genitive (any word,
 * romanized when the word table lacks it), a KB name (مكتب الأمم المتحدة),
 * a quoted or rare foreign name (منظمة "هيومن رايتس ووتش"); after a definite
 * word only words of the table (adjectives: الأمن القومي); a demonym or, in
 * construct, a country name ends it. Stops at punctuation, numbers, verbs
 * (an indefinite common word after a definite one), prepositions and the
 * stop words (days). A definite head alone (الوزارة) is a reference back.
 * A KB organization found inside (وكالة أنباء "تسنيم") is returned as a KB name.
 */
function matchOrg(rs: Resolver, doc: Doc, i: number): Cand | null {
  const { orgs, formsOf, tn, matchName } = rs;
  if (!orgs) return null;
  for (const f of formsOf(doc, i)) {
    const h = orgs.head(f.key);
    if (!h) continue;
    // حركة الطيران، حركة المرور: traffic, not a movement (org-heads.json notBefore).
    if (h.def.notBefore && i + 1 < doc.tokens.length && h.def.notBefore.includes(tn(doc, i + 1))) return null;
    // (resolve20) هيئة الرئيس الروسي، مكتب المستشارة الألمانية، حزب الرئيس التركي: the body is named by its holder's
    // title (it read "Russian Al-Ra'is Authority"); no body of its own unless the KB names one there. The title stands.
    if (titleAfterHead(rs, doc, i, f)) return null;
    // برئاسة السعودية "chaired by Saudi Arabia", لرئاسة الوزراء, تولى رئاسة الحكومة: the office, not a body.
    if (h.def.office && officeNotBody(rs, doc, i, f)) return null;
    // (resolve34) 13 نقابة، 20 منظمة: a counted noun after a number (its singular is the tamyiz of 11-99), no body.
    if (!h.definite && i > 0 && /^[0-9\u0660-\u0669]+$/.test(doc.tokens[i - 1]!.text) && /^\s+$/.test(doc.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start))) return null;
    // على هيئة: "in the form of", not an authority.
    if (!h.definite && h.base === HAY_A && i > 0 && tn(doc, i - 1) === ALA) return null;
    // مديرية + a place is a district (Yemen, Egypt), and مركز مديرية its seat: the place, not a directorate
    // (مديرية الدريهمي، مركز مديرية زبيد). The place is matched on its own. So are the other area heads (jabha,
    // markaz, daira: src/resolve/place-heads.ts).
    if (!h.definite && h.def.place && placeByHead(doc, i, rs.placeHeads)) return null;
    const s: OrgScan = {
      rs, orgs, doc, i, f, h, parts: [], headAdjs: [], known: [], restKeys: [],
      country: null, lastDef: h.definite, named: false, placeCountry: false, unquoted: false, places: [], forParts: [],
      end: doc.tokens[i]!.end, tokenEnd: i + 1, j: i + 1,
    };
    while (s.j < doc.tokens.length && s.j - i <= 7) {
      const step = orgStep(s);
      if (step === false) break;
      if (step !== true) return step;
    }
    // A complement with ل ends the name (الهيئة العامة للإحصاء): not after the head alone (الوزارة للصحفيين) nor
    // after a head that takes none (السفارة الأميركية للقدس).
    // A KB body's name (وكالة أعماق للأنباء is Amaq), or one that begins the name read (وكالة فارس before الإيرانية للأنباء), keeps the KB's reading.
    const kbBody = () => {
      for (let t = i + 1; t <= s.tokenEnd; t++) if (rs.kb.lookup(doc.text.slice(f.start, doc.tokens[t - 1]!.end)).some((x) => x.type === 'ORG')) return true;
      return false;
    };
    if (!h.def.noFor && s.lastDef && (s.headAdjs.length || s.parts.length || s.country) && s.tokenEnd - i <= 6 && !kbBody()) {
      const c = orgComplement(doc, s.tokenEnd, { word: (k) => orgs.word(k), maxWordTokens: orgs.maxWordTokens, tn, countryAt: rs.countryAt });
      if (c) {
        const hit = kbOrg(s, rs.kb.lookup(doc.text.slice(f.start, c.end)), c.tokenEnd, c.end);
        if (hit) return hit;
        s.forParts = c.parts;
        s.end = c.end;
        s.tokenEnd = c.tokenEnd;
        if (c.country && !s.country) s.country = c.country;
      }
    }
    return orgFound(s);
  }
  return null;
}

/** Is the word after the head at token i a definite office title of the KB (الرئيس، المستشارة) with no KB body over them? */
function titleAfterHead(rs: Resolver, doc: Doc, i: number, f: Form): boolean {
  const j = i + 1;
  if (j >= doc.tokens.length || !/^\s+$/.test(doc.text.slice(doc.tokens[i]!.end, doc.tokens[j]!.start))) return false;
  const w = rs.tn(doc, j);
  const def = w.startsWith('ال') ? rs.kb.title(w) : undefined;
  // (Not a monarch's title: bodies are named after kings and sultans, جامعة الملك سعود، مركز الملك سلمان.)
  if (!def || def.title === 'king' || def.title === 'sultan') return false;
  for (let t = j; t < Math.min(doc.tokens.length, j + 4); t++) if (rs.kb.lookup(doc.text.slice(f.start, doc.tokens[t]!.end)).some((x) => x.type === 'ORG')) return false;
  return true;
}

/** A KB organization among `targets` over the head and the words up to token `to` (ending at `endAt`). */
/** Words before an office noun (رئاسة) that make it the office taken, held or left (org-heads.json `office`). */
const OFFICE_VERBS = RESOLVER_WORDS.officeVerbs;

const MIN = normalize('من');

function officeNotBody(rs: Resolver, doc: Doc, i: number, f: Form): boolean {
  const clitic = normalize(doc.text.slice(doc.tokens[i]!.start, f.start));
  // Not with the article (سبق للرئاسة التشيكية أن كشفت: the body).
  if ((clitic.endsWith('ب') || clitic.endsWith('ل')) && !f.key.startsWith('ال')) return true;
  if (i === 0) return false;
  // The word as written or behind و/ف (وتولى).
  const officeVerb = (k: number) => {
    const w = rs.tn(doc, k);
    return OFFICE_VERBS.has(w) || (/^[وف]/.test(w) && OFFICE_VERBS.has(w.slice(1)));
  };
  if (officeVerb(i - 1)) return true;
  // استقال سركسيان من رئاسة الوزراء: the verb a few words before من.
  if (rs.tn(doc, i - 1) !== MIN) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (officeVerb(k)) return true;
  return false;
}

function kbOrg(s: OrgScan, targets: readonly NameTarget[], to: number, endAt: number): Cand | null {
  const t = targets.filter((x) => x.type === 'ORG');
  return t.length ? newCand(s.f.start, endAt, s.i, to, 'name', t) : null;
}

/** Reads the word(s) at s.j: true to go on, false to stop, or the KB organization found. */
function orgStep(s: OrgScan): Cand | boolean {
  const { rs, orgs, doc, h, parts, headAdjs, known, restKeys } = s;
  const { kb, tn, countryAt } = rs;
  if (!/^[ \u00a0]+$/.test(doc.text.slice(doc.tokens[s.j - 1]!.end, doc.tokens[s.j]!.start))) return false;
  const tok = doc.tokens[s.j]!;
  if (tok.kind === 'punct' && QUOTES.test(tok.text)) return orgQuoted(s);
  if (!isWord(doc, s.j)) return false;
  const t = tn(doc, s.j);
  if (orgs.isStop(t)) return false;
  const c = countryAt(doc, s.j, !s.lastDef);
  if (c) {
    if (c.demonym && s.lastDef !== t.startsWith('ال')) return false;
    // (resolve34) A feminine demonym right after a masculine head agrees with a noun before it (شبكة التلفزيون الأميركية،
    // قنوات التلفزيون الكندية: an American network, Canadian channels), not with the head. (Normalized: ة is ه.)
    if (c.demonym && s.j === s.i + 1 && !/[ةه]$/.test(s.h.base) && /[ةه]$/.test(t)) return false;
    s.country = c.iso;
    if (!c.demonym) s.named = true;
    known.push({ tokenStart: s.j, known: true, country: true });
    s.end = c.end;
    s.tokenEnd = c.tokenEnd;
    return false;
  }
  if (!s.lastDef) {
    const found = orgGenitive(s, tok.start);
    if (found !== null) return found;
  }
  let w: OrgWordDef | undefined;
  let n = 1;
  for (let len = orgs.maxWordTokens; len >= 1 && !w; len--) {
    if (s.j + len > doc.tokens.length) continue;
    let key = t;
    let ok = true;
    for (let x = s.j + 1; x < s.j + len; x++) {
      if (!isWord(doc, x) || doc.text.slice(doc.tokens[x - 1]!.end, doc.tokens[x]!.start) !== ' ') { ok = false; break; }
      key += ' ' + tn(doc, x);
    }
    if (ok && (w = orgs.word(key))) n = len;
  }
  const definite = t.startsWith('ال');
  if (!definite && t.startsWith('وال')) {
    // والتجارة: "and Trade", joined to the word before.
    if (!s.lastDef || !parts.length) return false;
    const w2 = orgs.word(t.slice(1));
    if (!w2) return false;
    parts[parts.length - 1] = { ...parts[parts.length - 1]!, en: `${parts[parts.length - 1]!.en} and ${w2.en}` };
  } else if (definite) {
    // (quotes42) An adjective the table does not know (وكالة المسح الجيولوجي، جهاز الخدمة السرية): the body runs to the
    // end of its adjective chain rather than stopping at "وكالة المسح".
    if (s.lastDef && !w && unknownAdjective(s, t)) return true;
    if (s.lastDef && (!w || (w.gen && !w.a))) return false;
    // An adjective agrees with its noun: a masculine one after a feminine noun belongs to another noun (موقع الوزارة
    // الإلكتروني). Checked for the genitive-only adjectives (resolve11); a feminine one may follow a plural (الأرصاد الجوية).
    // (Normalized text writes ة as ه.)
    if (s.lastDef && w?.gen && w.a && n === 1 && !/[ةه]$/.test(t) && /[ةه]$/.test(tn(doc, s.j - 1))) return false;
    if (w?.a && parts.length === 0) {
      if (!w.drop) headAdjs.push(h.def.adjEn?.[t] ?? w.en);
    } else if (!w?.drop) parts.push({ en: w ? w.en : kb.romanize(doc.tokens[s.j]!.text), adj: !!w?.a, name: false });
    s.lastDef = true;
  } else if (!s.lastDef && orgs.head(t) && !orgs.head(t)!.definite && s.j + 1 < doc.tokens.length && tn(doc, s.j + 1).startsWith('ال')) {
    // A chain of construct heads: مكتب رئاسة الحكومة, مجلس إدارة الشركة.
    parts.push({ en: orgs.head(t)!.def.en, adj: false, name: false });
    known.push({ tokenStart: s.j, known: true });
    restKeys.push(t);
    s.end = doc.tokens[s.j]!.end;
    s.tokenEnd = s.j + 1;
    s.j += 1;
    return true;
  } else return orgRareWords(s);
  // A genitive-only word (resolve11) names the body in English but does not by itself make a name the recognizer did
  // not tag a body: on corpus text those were as often descriptions (شركة الاستشارات، المؤسسة الأمنية الباكستانية).
  const tableWord = (x: number) => orgs.word(tn(doc, x));
  const ownWord = !!w && (!w.gen || Array.from({ length: n }, (_, x) => tableWord(s.j + x)).some((v) => v && !v.gen));
  known.push({ tokenStart: s.j, known: ownWord });
  for (let x = s.j; x < s.j + n; x++) restKeys.push(tn(doc, x));
  s.end = doc.tokens[s.j + n - 1]!.end;
  s.tokenEnd = s.j + n;
  s.j += n;
  return true;
}

/**
 * (quotes42) A definite word at s.j, after a definite word of the name, that the word table does not know but that is
 * shaped as a nisba adjective agreeing with the word before it (الجيولوجي after المسح; السرية after الخدمة): a
 * masculine one (ي) only after a masculine word, a feminine one (ية) after either (الأرصاد الجوية). Not a word of the
 * stop list (الماضي، الحالية), a country's word (read before), a KB name or a word of data/resolve/not-adjectives.json
 * (ordinals, nouns in ي: الثاني، القاضي); at most two such words in a name. Taken as an adjective part, romanized.
 */
const PARTICIPLE_COMPLEMENTS = new Set(['من', 'ب', 'في', 'علي', 'عن', 'مع', 'الي'].map((w) => normalize(w)));

function unknownAdjective(s: OrgScan, t: string): boolean {
  const { rs, doc, parts, known, restKeys } = s;
  const { kb, tn } = rs;
  if (parts.length === 0 || known.filter((k) => k.adjective).length >= 2) return false;
  const prev = tn(doc, s.j - 1);
  if (!prev.startsWith('ال') || t.length < 6 || NOT_ADJECTIVES.has(t)) return false;
  const feminine = /يه$/.test(t);
  if (!feminine && !(/[^يو]ي$/.test(t) && !/[هة]$/.test(prev))) return false;
  const text = doc.tokens[s.j]!.text;
  if (kb.lookup(text).length || kb.isNamePart(text)) return false;
  // A participle's shape (الم...) with a complement after it describes the body (صحيفة الوطن الموالية للحكومة).
  if (t.startsWith('الم') && s.j + 1 < doc.tokens.length && isWord(doc, s.j + 1)) {
    const next = doc.tokens[s.j + 1]!.text;
    if (/^ل/.test(next) || PARTICIPLE_COMPLEMENTS.has(tn(doc, s.j + 1))) return false;
  }
  // After a romanized word the romanization keeps the Arabic order (Al-Mash Al-Jiyuluji); after a translated one the
  // adjective goes before it, as a table adjective does.
  const last = parts[parts.length - 1]!;
  if (last.en === kb.romanize(doc.tokens[s.j - 1]!.text)) parts[parts.length - 1] = { ...last, en: `${last.en} ${kb.romanize(text)}` };
  else parts.push({ en: kb.romanize(text), adj: true, name: false });
  known.push({ tokenStart: s.j, known: false, adjective: true });
  restKeys.push(t);
  s.end = doc.tokens[s.j]!.end;
  s.tokenEnd = s.j + 1;
  s.j += 1;
  return true;
}

/** A quoted name at s.j: هيئة "تحرير الشام"، صحيفة "ديلي ميل". */
function orgQuoted(s: OrgScan): Cand | boolean {
  const { rs, doc, i, f, h, parts, headAdjs, known } = s;
  const { kb, tolerantOrg, isDescription } = rs;
  const described = s.lastDef && parts.length + headAdjs.length > 0;
  if (described && (parts.length + headAdjs.length > 2 || s.country)) return false;
  let k = s.j + 1;
  while (k < doc.tokens.length && k - s.j <= 6 && isWord(doc, k)) k++;
  if (k === s.j + 1 || k >= doc.tokens.length || !QUOTES.test(doc.tokens[k]!.text)) return false;
  const inner = doc.text.slice(doc.tokens[s.j + 1]!.start, doc.tokens[k - 1]!.end);
  // Quoted words of a statement (الشرطة "تصارع بوضوح"، الحكومة "قريبا جدا") are no name of the body.
  // A short complement with ل (التحالف "لدعم الشرعية") is the body's name, whatever its words.
  const complement = doc.segment(s.j + 1).proclitics.includes('ل') && k - s.j - 1 <= 3;
  // (s.j is the opening quotation mark.)
  const outer = doc.text.slice(f.start, doc.tokens[Math.max(i, s.j - 1)]!.end);
  if (!kb.lookup(inner).length && !kb.lookup(outer + ' ' + inner).length && quotedClause(rs, doc, s.j + 1, k, s.lastDef && !complement)) return false;
  // A quoted classification (الحزب "منظمة إرهابية") is no name.
  if (k === s.j + 3 && isDescription(doc, s.j + 1)) return false;
  if (described) {
    // A description, then the body's own name in quotes (مركز الدراسات "هنري جاكسون سوسايتي"): the
    // quoted name is the organization; the description is not part of its English name.
    const hit = kbOrg(s, kb.lookup(inner).length ? kb.lookup(inner) : tolerantOrg(inner), k + 1, doc.tokens[k]!.end);
    if (hit) return hit;
    return newCand(f.start, doc.tokens[k]!.end, i, k + 1, 'name', [], { org: { nameEn: kb.romanize(inner), country: null, sector: h.def.sector, head: h.base, countryOnly: false, known: [...known, { tokenStart: s.j, known: true }], weak: false, placeCountry: false, places: undefined } });
  }
  const whole = kb.lookup(doc.text.slice(f.start, doc.tokens[i]!.end) + ' ' + inner);
  const alone = kb.lookup(inner).length ? kb.lookup(inner) : kb.lookupRecognized(inner);
  const hit = kbOrg(s, whole.length ? whole : alone.length ? alone : tolerantOrg(inner), k + 1, doc.tokens[k]!.end);
  if (hit) return hit;
  parts.push({ en: kb.romanize(inner), adj: false, name: true });
  s.named = true;
  s.lastDef = true;
  known.push({ tokenStart: s.j, known: true });
  s.end = doc.tokens[k]!.end;
  s.tokenEnd = k + 1;
  s.j = k + 1;
  return true;
}

/** A KB name as the genitive at s.j: مكتب الأمم المتحدة, منظمة هيومن رايتس ووتش (null: none). */
function orgGenitive(s: OrgScan, start: number): Cand | boolean | null {
  const { rs, doc, parts, known } = s;
  const { kb, matchName } = rs;
  const m = matchName(doc, s.j);
  if (m && m.start === start && m.kind === 'name') {
    const hit = kbOrg(s, m.targets, m.tokenEnd, m.end);
    if (hit) return hit;
    const e = kb.byId(m.targets[0]!.id);
    if (e && e.type === 'LOC') {
      parts.push({ en: e.nameEn, adj: false, name: true });
      if (m.targets.length === 1 && !e.id.startsWith('cty:')) s.places.push({ id: e.id, start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
      if (!s.country && e.country && e.country !== 'IGO') {
        s.country = e.country;
        s.placeCountry = true;
      }
      s.named = true;
      s.lastDef = true;
      known.push({ tokenStart: s.j, known: true });
      s.end = m.end;
      s.tokenEnd = m.tokenEnd;
      s.j = m.tokenEnd;
      return true;
    }
  }
  return null;
}

/** After an indefinite word, a run of rare words at s.j. */
function orgRareWords(s: OrgScan): boolean {
  const { rs, doc, parts, known } = s;
  const { kb, tn, freq } = rs;
  if (s.lastDef) return false;
  // A foreign name of rare words (منظمة هيومن رايتس ووتش): romanized as a name.
  const rare = (x: number) => {
    const wtext = doc.tokens[x]!.text;
    return doc.tokens[x]!.kind === 'arabic' && !tn(doc, x).startsWith('ال') && doc.segment(x).baseStart === 0 && !possessedNoun(wtext, freq) && (!freq || (freq.get(segmentationKey(wtext)) ?? 0) < RARE_WORD || kb.isNamePart(wtext));
  };
  let e = s.j;
  while (e < doc.tokens.length && e - s.j < 3 && (e === s.j || doc.text.slice(doc.tokens[e - 1]!.end, doc.tokens[e]!.start) === ' ') && rare(e)) e++;
  if (e === s.j) return false;
  // (resolve34) A KB person's name after the head (جماعة عبدالملك الحوثي: al-Houthi's group) is the person's, not
  // words of a body's name; not after a head of bodies named after people (مؤسسة بيل غيتس: data/resolve/eponym-heads.json).
  // Two words at least: one word may be a KB person's short name and a place's too (شرطة أوستن).
  if (!EPONYM_HEADS.has(s.h.base)) for (let x = s.j + 2; x <= Math.min(doc.tokens.length, s.j + 4); x++) if (kb.lookup(doc.text.slice(doc.tokens[s.j]!.start, doc.tokens[x - 1]!.end)).some((t) => t.type === 'PER')) return false;
  // More rare words after three: a person's name follows, not one name.
  if (e - s.j === 3 && e < doc.tokens.length && doc.text.slice(doc.tokens[e - 1]!.end, doc.tokens[e]!.start) === ' ' && rare(e)) return false;
  s.unquoted = true;
  const text = doc.text.slice(doc.tokens[s.j]!.start, doc.tokens[e - 1]!.end);
  parts.push({ en: kb.romanize(text), adj: false, name: true });
  s.named = true;
  s.lastDef = true;
  known.push({ tokenStart: s.j, known: false });
  s.end = doc.tokens[e - 1]!.end;
  s.tokenEnd = e;
  s.j = e;
  return true;
}

/**
 * (resolve34) A feminine noun with a possessive pronoun (مسؤوليتها، مسؤوليته، سيطرتهم: its ة written ت before the
 * pronoun) whose bare form (مسؤولية) is a common word: the verb's object after a body's name (أعلنت جماعة بيت سياف
 * مسؤوليتها), never a word of the name, however rare the possessed form itself is.
 */
function possessedNoun(w: string, freq: WordFrequencies | undefined): boolean {
  const m = /^(.{2,})ت(?:ها|هما|هم|هن|ه)$/u.exec(w);
  return !!m && !!freq && (freq.get(segmentationKey(m[1]! + 'ة')) ?? 0) >= RARE_WORD;
}

/** The organization read (or a reference back, or nothing). */
function orgFound(s: OrgScan): Cand | null {
  const { rs, orgs, i, f, h, parts, headAdjs, known, restKeys } = s;
  const { kb } = rs;
  const sector = parts.some((p) => p.en === 'News') || s.forParts.some((p) => p.en === 'News') ? 'MED' : h.def.sector;
  if (parts.length === 0 && headAdjs.length === 0 && !s.country) {
    // الوزارة alone: the article's last ministry.
    return h.definite && s.tokenEnd === i + 1 ? newCand(f.start, s.end, i, s.tokenEnd, 'name', [], { orgRef: h.base }) : null;
  }
  // شركة أمريكية، لجنة وزارية: an indefinite head needs a definite or named word after it.
  if (!h.definite && !s.named && !s.lastDef) return null;
  const rec = s.country && !s.placeCountry ? kb.country(s.country) : undefined;
  const adj = rec && !(h.def.bare && parts.length && parts.every((p) => p.name)) ? countryAdjective(rec.demonymEn, rec.nameEn) : null;
  const phrase = restKeys.length && !s.named ? orgs.phrase(`${f.key} ${restKeys.join(' ')}`) : undefined;
  const bodyEn = phrase ? (adj ? `${adj} ${phrase}` : phrase) : orgNameEn(h.def, headAdjs, parts, adj);
  // وكالة … للأنباء is a news agency (وكالة دوغان للأنباء → Doughan News Agency), not an agency "for News".
  const newsAgency = s.forParts.length === 1 && s.forParts[0]!.en === 'News' && h.def.en === 'Agency';
  const nameEn = newsAgency
    ? / Agency$/.test(bodyEn) ? bodyEn.replace(/ Agency$/, ' News Agency') : `${bodyEn} News Agency`
    : s.forParts.length ? `${bodyEn} for ${englishOfParts(s.forParts)}` : bodyEn;
  // (quotes42) Words read after an adjective the table lacks do not make the body a name: "مكتب المجلس الشعبي الوطني"
  // (the Algerian assembly's bureau) was as weak as "مكتب المجلس" before it reached الوطني.
  // A country's word after it still does (وكالة المسح الجيولوجي الأمريكية).
  const lead = known.findIndex((k) => k.adjective);
  const weak = s.unquoted || (!s.named && !known.some((k, x) => k.known && (lead < 0 || x < lead || k.country)));
  return newCand(f.start, s.end, i, s.tokenEnd, 'name', [], { org: { nameEn, country: s.country, sector, head: h.base, countryOnly: parts.length === 0 && headAdjs.length === 0 && !s.placeCountry, known, weak, placeCountry: s.placeCountry, places: s.places.length ? s.places : undefined } });
}

/**
 * A recognizer span the KB does not know, trimmed to the name: a person's
 * span loses leading honorifics and title words (آية الله، الشيخ، الرئيس) and
 * ends before a demonym or country name (نادية سيمناتي البلجيكية); a place's
 * span ends before a trailing demonym (ترييستي الإيطالية). A one-word person
 * that is a very common word and no known name part is dropped (شعبنا).
 */
function clean(rs: Resolver, doc: Doc, mention: NerMention, inLongerName: (word: string, self: NerMention) => boolean): NerMention | null {
  const sin = futureSin(rs, doc, mention);
  if (sin !== mention) return sin && clean(rs, doc, sin, inLongerName);
  const first = beforeSecondPerson(rs, doc, mention);
  if (first !== mention) return clean(rs, doc, first, inLongerName);
  const joined = hyphenJoined(rs, doc, mention);
  if (joined !== mention) return clean(rs, doc, joined, inLongerName);
  const edged = cleanEdges(rs, doc, mention);
  if (!edged) return null;
  let m = conjunctionOff(rs, doc, withAliBefore(rs, doc, edged));
  const { kb, norm, nameless, isDescription } = rs;
  // A piece of a dotted acronym (ايه of سي.أي.ايه، كيه of إن.إتش.كيه) is no name: a one-word span of
  // four letters or less glued by a dot to letters (two or more before it: د.محمد is a doctor's name).
  // Peoples, sects and faiths (الأكراد، الشيعة) are no person, organization or place.
  const quoted = m.type === 'ORG' ? quotedKbName(rs, doc, m) : null;
  if (quoted) return quoted;
  if (m.type === 'ORG') {
    const cut = beforeQuotedClause(rs, doc, m);
    if (cut !== undefined) return cut && clean(rs, doc, cut, inLongerName);
  }
  let mKey = norm(m.text);
  if (kb.isNonEntityKey(mKey, m.type) || (doc.segment(m.tokenStart).baseStart > 0 && kb.isNonEntity(doc.text.slice(doc.tokens[m.tokenStart]!.start + doc.segment(m.tokenStart).baseStart, m.end), m.type))) return null;
  let known = kb.lookupKey(mKey.replace(/\s+/g, ' ').trim()).length > 0;
  // (resolve27) Numbers alone, closed-class words, a lone accusative or verb form are no name. The cut span goes on
  // through the checks below (not through clean again: its edges would take the cut words back).
  if (!known) {
    const kept = notNames(rs, doc, m, inLongerName);
    if (!kept) return null;
    if (kept !== m) {
      m = kept;
      mKey = norm(m.text);
      if (kb.isNonEntityKey(mKey, m.type)) return null;
      known = kb.lookupKey(mKey.replace(/\s+/g, ' ').trim()).length > 0;
    }
  }
  // An indefinite organization head and an indefinite adjective (منظمة إرهابية، شركة أمريكية) is a description.
  if (m.type === 'ORG' && m.tokenEnd - m.tokenStart === 2 && isDescription(doc, m.tokenStart) && !kb.lookup(m.text).length) return null;
  // An indefinite nisba adjective alone (منطقة جبلية، صحراوية، حدودية، مدرسة ثانوية) names nothing: a word seen 15+
  // times in unlabelled news, no more than 60% of them inside names (قانية, a town, is 90%).
  if (m.tokenEnd - m.tokenStart === 1 && !known && rs.nisbaAdjective(doc, m.tokenStart)) return null;
  // A head noun alone and indefinite (منظمة، وزارة) names no body: "an organization".
  if (m.tokenEnd - m.tokenStart === 1 && !known && rs.orgs) {
    const base = doc.text.slice(doc.tokens[m.tokenStart]!.start + doc.segment(m.tokenStart).baseStart, m.end);
    const h = rs.orgs.head(norm(base));
    if (h && !h.definite) return null;
  }
  // One spelled-out Latin letter (سي، بي) is a piece of an acronym too.
  if (m.tokenEnd - m.tokenStart === 1 && m.text.length <= 6 && letterName(m.text) && !known) return null;
  // Letters spelled out (إيه تي بي) name an organization or a thing, never a person or a place.
  if (m.type !== 'ORG' && !known && letterName(doc.tokens[m.tokenStart]!.text) && m.text.split(/\s+/).every((w) => letterName(w))) return null;
  if (/^[\u0600-\u06ff]{1,4}\.?$/.test(m.text)) {
    const dotBefore = doc.text[m.start - 1] === '.' && /[\u0600-\u06ff]{2}$/.test(doc.text.slice(Math.max(0, m.start - 3), m.start - 1));
    const dotAfter = doc.text[m.end] === '.' && /[\u0600-\u06ff]/.test(doc.text[m.end + 1] ?? '');
    if (dotBefore || dotAfter) return null;
  }
  if (m.type === 'ORG' && m.tokenEnd - m.tokenStart >= 2 && !known && nameless(doc, m.tokenEnd - 1, NAMELESS_MIN_COUNT)) {
    // Words seldom in names after a KB organization's name are no part of it (جبهة النصرة سابقا).
    let e = m.tokenEnd;
    while (e - m.tokenStart >= 2 && nameless(doc, e - 1, NAMELESS_MIN_COUNT)) e--;
    if (e < m.tokenEnd) {
      const end = doc.tokens[e - 1]!.end;
      if (kb.lookup(doc.text.slice(m.start, end)).some((t) => t.type === 'ORG')) return { ...m, tokenEnd: e, end, text: doc.text.slice(m.start, end) };
    }
  }
  if (!known && m.tokenEnd - m.tokenStart === 1 && (m.type === 'LOC' || m.type === 'ORG') && commonDefinite(rs, doc, m.tokenStart)) return null;
  // برئاسة السعودية، تولى رئاسة الحكومة: the office, not a body (org-heads.json `office`).
  if (!known && m.type === 'ORG' && rs.orgs) {
    const f = rs.formsOf(doc, m.tokenStart).find((x) => rs.orgs!.head(x.key)?.def.office);
    if (f && officeNotBody(rs, doc, m.tokenStart, f)) return null;
  }
  if (!known) {
    const cut = knownNameThenClause(rs, doc, m);
    if (cut) return cut;
  }
  if (known) return m;
  const unverbed = withoutVerbs(rs, doc, m);
  if (!unverbed) return null;
  if (unverbed !== m) return unverbed.type === 'PER' || unverbed.type === 'LOC' ? trimName(rs, doc, unverbed, mention, inLongerName) : unverbed;
  if (m.type !== 'PER' && m.type !== 'LOC') return m;
  return trimName(rs, doc, m, mention, inLongerName);
}

/**
 * A name written with hyphens (بونغي-ري Punggye-ri, فيرني-فولتير, شليسفيغ-هولشتاين, سيونج-تشانج of a Korean name): the
 * recognizer stops at the hyphen, so the span takes in each "-word" written right after it (no spaces), when the KB does
 * not know the span (ترامب-كيم, ليبيا-إيطاليا are two names) nor the word after it, and that word has no article; not in
 * a list of such pairs (football fixtures: أتالانتا-سمبدوريا، بينيفينتو-هيلاس فيرونا).
 */
function hyphenJoined(rs: Resolver, doc: Doc, m: NerMention): NerMention {
  const { kb } = rs;
  let j = m.tokenEnd;
  let end = m.end;
  while (true) {
    const dash = doc.tokens[j];
    const next = doc.tokens[j + 1];
    if (!dash || !next || dash.text !== '-' || dash.start !== end || next.start !== dash.end || next.kind !== 'arabic') break;
    if (next.text.startsWith('ال') || kb.lookup(next.text).length) break;
    end = next.end;
    j += 2;
  }
  if (end === m.end || kb.lookup(m.text).length) return m;
  // A list of hyphenated pairs is a list of matches or routes (أتالانتا-سمبدوريا، بينيفينتو-هيلاس فيرونا): two names each.
  const pairBefore = /[\u0600-\u06ff]-[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+)?\s*[،,]?\s*و?$/.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
  const pairAfter = /^(?:\s+[\u0600-\u06ff]+)?\s*[،,]\s*و?[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+)?-[\u0600-\u06ff]/.test(doc.text.slice(end, end + 40));
  if (pairBefore || pairAfter) return m;
  return { ...m, tokenEnd: j, end, text: doc.text.slice(m.start, end) };
}

/**
 * Two people joined by و in one recognizer person span (كير ومشار، فيدل وراؤول، مون وترمب، سيرغي ويوليا): a later word
 * that is و + a known name part or a word of a KB person's name, and is not itself one (ويليامز، ويلسون، وهاج), starts the
 * second person; the span ends before it (the second name is the gazetteer's to find). Not when the KB knows the span.
 */
function beforeSecondPerson(rs: Resolver, doc: Doc, m: NerMention): NerMention {
  if (m.type !== 'PER' || m.tokenEnd - m.tokenStart < 2) return m;
  const { kb } = rs;
  if (kb.lookup(m.text).length) return m;
  for (let j = m.tokenStart + 1; j < m.tokenEnd; j++) {
    const tok = doc.tokens[j]!;
    if (tok.kind !== 'arabic' || !tok.text.startsWith('و') || tok.text.length < 3) continue;
    const word = stripDiacritics(tok.text);
    const base = word.slice(1);
    if (kb.isNamePart(word) || kb.isPersonNameWord(word) || kb.lookup(word).length) continue;
    if (!(kb.isNamePart(base) || kb.isPersonNameWord(base) || kb.lookup(base).some((t) => t.type === 'PER'))) continue;
    // Never after a name particle (أبو وليد).
    if (TRAILING_PARTICLES.has(rs.tn(doc, j - 1))) continue;
    const end = doc.tokens[j - 1]!.end;
    return { ...m, tokenEnd: j, end, text: doc.text.slice(m.start, end) };
  }
  return m;
}

/**
 * A recognizer span that starts after the future's س, which the segmenter took off its first word: س only comes
 * before an imperfect verb, so either that word is a verb (س⟦نقوم⟧، "س⟦تنسحب⟧"، س⟦يدلي أردوغان⟧; سأل "asked", split
 * as س + أل) and the span loses it (a span of that word alone is no name), or the segmenter cut a name (س⟦يد أحمد⟧ of
 * سيد أحمد، س⟦يرينا ويليامز⟧، س⟦يونج⟧ of a Korean name) and the span takes the letter back. A verb: the imperfect's
 * shape with 4+ letters and no final alef, or verbAt; the word with س known to the KB or as a name part stays a name.
 */
function futureSin(rs: Resolver, doc: Doc, m: NerMention): NerMention | null {
  const tok = doc.tokens[m.tokenStart];
  if (!tok || tok.kind !== 'arabic') return m;
  const seg = doc.segment(m.tokenStart);
  if (seg.proclitics[seg.proclitics.length - 1] !== 'س' || m.start !== tok.start + seg.baseStart || doc.text[m.start - 1] !== 'س') return m;
  const { kb, norm } = rs;
  const withSin = { ...m, start: m.start - 1, text: doc.text.slice(m.start - 1, m.end) };
  const firstWithSin = doc.text.slice(m.start - 1, tok.end);
  // سأل with its hamza is the verb (سال without it is a name: Macky Sall).
  const asked = stripDiacritics(doc.text.slice(m.start, tok.end)) === 'أل';
  if (!asked && (kb.lookup(withSin.text).length || kb.isNamePart(firstWithSin) || kb.isPersonNameWord(firstWithSin))) return withSin;
  const base = norm(stripDiacritics(doc.text.slice(m.start, tok.end)));
  // After س the imperfect's shape is enough (ي/ت/ن/أ, a consonant, 4+ letters), unless the word ends in alef as names
  // do (سيرينا) and the future's verbs do not; سأل "asked" is the segmenter's mistake for a perfect.
  // The first person's أ only as written with its hamza (سارتور is س + ارتور to the segmenter, and a name).
  const imperfect = /^[يتنأ]/.test(stripDiacritics(doc.text.slice(m.start, tok.end))) && /^[يتنا][^اويىء][\u0621-\u064a]{2,}$/.test(base) && !base.endsWith('ا');
  if (!imperfect && !asked && !verbAt(rs, doc, m.tokenStart, false)) return withSin;
  if (m.tokenEnd - m.tokenStart === 1) return null;
  const start = doc.tokens[m.tokenStart + 1]!.start;
  return { ...m, tokenStart: m.tokenStart + 1, start, text: doc.text.slice(start, m.end) };
}

/**
 * Is token j a verb of the clause: an imperfect's shape (ي/ت/ن, a consonant, 2+ letters: يسافر، تهدف، ليؤكد، سيعود)
 * or, with `past`, a perfect's with its ending (كتبت، أوقعت، شرحوا), with no article, and a word news seldom puts inside
 * names (rs.nameless: under 5% of 20+ sightings; no known name part or KB name)?
 */
function verbAt(rs: Resolver, doc: Doc, j: number, past: boolean): boolean {
  return verbShape(rs, doc, j, past) && rs.nameless(doc, j);
}

/** Token j has a verb's shape: an imperfect's (يرحب، يختتم، نقوم، سيسافر) or, with `past`, a perfect's; no article or ب/ك. */
function verbShape(rs: Resolver, doc: Doc, j: number, past: boolean): boolean {
  const tok = doc.tokens[j];
  if (!tok || tok.kind !== 'arabic') return false;
  const seg = doc.segment(j);
  if (seg.proclitics.includes('ال') || seg.proclitics.includes('ب') || seg.proclitics.includes('ك')) return false;
  const key = rs.norm(stripDiacritics(tok.text.slice(seg.baseStart)));
  // A nisba in the accusative or the feminine (نفسيا، تقنية) has the shape too: no verb ends so.
  const imperfect = /^[يتن][^اويىء][\u0621-\u064a]{2,}$/.test(key) && !/ي[اه]$/.test(key);
  return imperfect || (past && /^(?!ال)[\u0621-\u064a]{2,4}[^ا](ت|وا)$/.test(key));
}

/**
 * rule 117 (resolve16): token j is shaped as only a verb is (verb-forms.ts) and is no known name part, word of a KB
 * person's name, KB name or foreign name's beginning (تزجان Tezcan, تشابمان): a lone recognizer PER span so shaped is
 * a verb the corpus counts cannot vouch for (يفاجئني، يتوغل، يضربان).
 */
function verbForm(rs: Resolver, doc: Doc, j: number): boolean {
  const { kb } = rs;
  const seg = doc.segment(j);
  const w = rs.norm(stripDiacritics(doc.tokens[j]!.text.slice(seg.baseStart)));
  if (kb.isNamePart(w) || kb.isPersonNameWord(w) || FOREIGN_START.test(w) || kb.lookup(w).length) return false;
  return verbOnlyShape(w);
}

/**
 * A recognizer span the KB does not know, without the verbs of its clause: a span of one verb is no name (يرحب،
 * تقوم، نقوم); a verb after the name is cut (عبدالله يكتب، صحيفة لومانيتيه كتبت، درع الخليج تهدف، قاسم ليؤكد), and a
 * person's span loses a verb before the name (يسافر ماتيس، يعود دافيدي، تدعى برينسيس: the verb before its subject).
 */
function withoutVerbs(rs: Resolver, doc: Doc, m: NerMention): NerMention | null {
  let a = m.tokenStart;
  let b = m.tokenEnd;
  // A lone word needs the verb's shape and only a looser share: news puts it inside a name under 30% of the time.
  // A word alone in quotation marks is a name ("تمام", a campaign).
  const before = doc.tokens[a - 1];
  const after = doc.tokens[a + 1];
  const quoted = !!before && !!after && QUOTES.test(before.text) && QUOTES.test(after.text) && before.end === doc.tokens[a]!.start && after.start === doc.tokens[a]!.end;
  if (b - a === 1) return !quoted && (verbAt(rs, doc, a, false) || (verbShape(rs, doc, a, false) && (rs.seldomInNames(doc, a) || (m.type === 'PER' && verbForm(rs, doc, a))))) ? null : m;
  // Never the word after a name particle (أبو تمام، بن يحيى).
  while (b - a >= 2 && verbAt(rs, doc, b - 1, true) && !TRAILING_PARTICLES.has(rs.tn(doc, b - 2))) b--;
  // A verb before its subject carries no conjunction (فيبين نارانغ is a given name, not ف + يبين); the future's س may.
  // (The recognizer may have left the conjunction out of its span already: و⟦تدعى برينسيس⟧.)
  const bare = (j: number) => (j === m.tokenStart && m.start > doc.tokens[j]!.start) || doc.segment(j).proclitics.every((p) => p === 'س');
  // (resolve30) An imperfect the counts cannot vouch for goes too when a KB person's name follows it (يتحدى أردوغان):
  // shaped as only a verb is (verbForm), no name part or title word, seldom or never inside names.
  // So does a sound plural in construct (منافسو أردوغان: his rivals).
  const beforeKbPerson = (j: number) => ((verbShape(rs, doc, j, false) && verbForm(rs, doc, j)) || (doc.segment(j).baseStart === 0 && pluralInConstruct(rs.kb, rs.freq, stripDiacritics(doc.tokens[j]!.text)))) && rs.wordBeforeName(doc, j)
    && rs.kb.lookup(doc.text.slice(doc.tokens[j + 1]!.start, doc.tokens[b - 1]!.end)).some((t) => t.type === 'PER');
  if (m.type === 'PER') while (b - a >= 2 && bare(a) && (verbAt(rs, doc, a, false) || beforeKbPerson(a))) a++;
  if (a === m.tokenStart && b === m.tokenEnd) return m;
  // A name particle left alone (عبد of لنظام عبد تابع) names no one.
  if (b - a === 1 && TRAILING_PARTICLES.has(rs.tn(doc, a))) return null;
  const start = a === m.tokenStart ? m.start : doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { ...m, tokenStart: a, tokenEnd: b, start, end, text: doc.text.slice(start, end) };
}

/**
 * A recognizer span that is a KB name and then one word of the clause (ترامب ينهب، مهاتير محمد يصحح، أوسلو لأصحاب،
 * الاتحاد الأوروبي تساعدنا: rs.clauseWord) is that name. A person's name must be a KB person's full name or a
 * surname that is no given name (عباس of عباس لآبي is a given name too: such a span stays whole).
 */
function knownNameThenClause(rs: Resolver, doc: Doc, m: NerMention): NerMention | null {
  const { kb } = rs;
  const n = m.tokenEnd - m.tokenStart;
  if (n >= 3 && m.type === 'PER' && rs.wordBeforeName(doc, m.tokenStart)) {
    // ... or a word of the clause, then a KB person's full name (يتباحث بن سلمان، رافق بن لادن، أسرار بن لادن).
    const start = doc.tokens[m.tokenStart + 1]!.start;
    const text = doc.text.slice(start, m.end);
    if (kb.lookup(text).some((t) => t.type === 'PER')) return { ...m, tokenStart: m.tokenStart + 1, start, text };
  }
  if (n < 2 || !rs.clauseWord(doc, m.tokenEnd - 1, m.type)) return null;
  const end = doc.tokens[m.tokenEnd - 2]!.end;
  const text = doc.text.slice(m.start, end);
  const targets = kb.lookup(text);
  if (!targets.length) return null;
  if (m.type === 'PER') {
    if (!targets.some((t) => t.type === 'PER')) return null;
    const first = doc.tokens[m.tokenStart]!;
    if (n === 2 && kb.isNamePart(first.text.slice(doc.segment(m.tokenStart).baseStart))) return null;
  }
  return { ...m, tokenEnd: m.tokenEnd - 1, end, text };
}

const noLongerName = (): boolean => false;

/**
 * The given name علي right before a person's span the KB does not know, which the recognizer left out (it reads it
 * as the preposition على, which news writes with ى): العراقي علي بشار، العميد علي ميهوب. Written with ي it is the
 * name's first word; the span starts at it. A span the KB knows keeps its person (صالح علي الصماد's الصماد).
 */
function withAliBefore(rs: Resolver, doc: Doc, m: NerMention): NerMention {
  if (m.type !== 'PER' || m.tokenStart < 1 || m.start !== doc.tokens[m.tokenStart]!.start) return m;
  const p = doc.tokens[m.tokenStart - 1]!;
  if (p.kind !== 'arabic' || stripDiacritics(p.text) !== 'علي' || doc.text.slice(p.end, m.start) !== ' ') return m;
  if (rs.kb.lookup(m.text).length) return m;
  return { ...m, start: p.start, tokenStart: m.tokenStart - 1, text: doc.text.slice(p.start, m.end) };
}

/**
 * An organization span with a quoted KB organization name in it (هيئة إذاعة وتلفزيون "إيريب"، صحيفة "X"): the span is
 * that name, which the gazetteer then links.
 */
function quotedKbName(rs: Resolver, doc: Doc, m: NerMention): NerMention | null {
  let a = m.tokenStart;
  while (a < m.tokenEnd && !QUOTES.test(doc.tokens[a]!.text)) a++;
  if (a <= m.tokenStart || a + 1 >= doc.tokens.length) return null;
  let b = a + 1;
  while (b < doc.tokens.length && b - a <= 6 && isWord(doc, b)) b++;
  if (b === a + 1) return null;
  const start = doc.tokens[a + 1]!.start;
  const end = doc.tokens[b - 1]!.end;
  if (!rs.kb.lookup(doc.text.slice(start, end)).some((t) => t.type === 'ORG')) return null;
  return { ...m, tokenStart: a + 1, tokenEnd: b, start, end, text: doc.text.slice(start, end) };
}

/**
 * Are the quoted words of tokens [a, b) a statement rather than a name: a verb among them (أعلنت إنهاء النظر، لن
 * تستسلم، تصارع بوضوح), or, after a definite head (الشرطة، الحكومة), two in three of them words news seldom puts
 * inside names (قريبا جدا، إنهما في حالة حرجة)? An indefinite head's quoted name may be made of common words
 * (حزب "إيطاليا إلى الأمام").
 */
function quotedClause(rs: Resolver, doc: Doc, a: number, b: number, definite: boolean): boolean {
  let words = 0;
  let seldom = 0;
  let verb = false;
  for (let j = a; j < b; j++) {
    if (doc.tokens[j]!.kind !== 'arabic') continue;
    words++;
    // (نجوم، نسور: ن-words are nouns in quoted names as often as verbs; a past tense ending in وا may be an imperative: أنقذوا.)
    const key = rs.tn(doc, j);
    // (تحالف، تيار: the ت-shape is a verbal noun in names as often as a verb.)
    // After an indefinite head only a verb that opens the quotation tells a statement (هيئة حكامها "أعلنت …"): a foreign
    // name may hold a verb's shape further on (صحيفة "يوتارني ليست").
    if ((definite || words === 1) && !/^[نت]/.test(key) && !key.endsWith('وا') && verbAt(rs, doc, j, true)) verb = true;
    if (rs.nameless(doc, j) || NAME_PREPOSITIONS.has(key)) seldom++;
  }
  // One quoted word after an indefinite head is the body's name whatever its shape (صحيفة "تشرين").
  if (verb) return definite || words >= 2;
  return definite && words > 0 && seldom * 3 >= words * 2;
}

/**
 * An organization span that runs into a quoted statement (لصحيفة "هذا الأمر ببساطة غير ممكن"، البرلمان "لن نقسم
 * اليونانيين"، مكتب التحقيقات الفيدرالي "تحقيقا شاملا"): the span ends before the quotation mark; null when nothing is
 * left before it.
 */
function beforeQuotedClause(rs: Resolver, doc: Doc, m: NerMention): NerMention | null | undefined {
  let q = m.tokenStart;
  while (q < m.tokenEnd && !QUOTES.test(doc.tokens[q]!.text)) q++;
  if (q >= m.tokenEnd) return undefined;
  // The KB's name written with quotation marks (منظمة "أنقذوا الأطفال"، حركة "خمس نجوم").
  if (rs.kb.lookup(m.text.replace(/["«»“”„']/g, ' ').replace(/\s+/g, ' ').trim()).length) return undefined;
  let e = q + 1;
  while (e < m.tokenEnd && !QUOTES.test(doc.tokens[e]!.text)) e++;
  const before = m.tokenStart < q ? doc.text.slice(m.start, doc.tokens[q - 1]!.end) : '';
  const known = before !== '' && rs.kb.lookup(before).some((t) => t.type === 'ORG');
  const definite = q - m.tokenStart === 1 && rs.tn(doc, m.tokenStart).replace(/^[وفبل]/, '').startsWith('ال');
  if (e <= q + 1 || !quotedClause(rs, doc, q + 1, e, definite || known)) return undefined;
  if (q === m.tokenStart) return null;
  return { ...m, tokenEnd: q, end: doc.tokens[q - 1]!.end, text: before };
}

/** Kinship nouns (in construct: خطيبة خاشقجي "Khashoggi's fiancée"); not ابن/بنت, which are name particles. */
const KINSHIP = RESOLVER_WORDS.kinship;

/** Countries' names without the article that are common words: مغرب "sunset" (بعد مغرب التاسع). */
const BARE_COMMON = new Set(['مغرب'].map((w) => normalize(w)));

/** Name particles that never end a name (بن، أبو، عبد، فون، دي). */
const TRAILING_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'أبو', 'عبد', 'آل', 'فون', 'دي', 'دا', 'دو', 'ال'].map((w) => normalize(w)));

/** Particles the recognizer takes into a person's span (إن ترامب، بأن بوتين). */
const SPAN_PARTICLES = new Set(['ان', 'بان', 'لان', 'وان', 'فان']);

/** Token j: a common word in the accusative (وليا، غاضبا): its stem without the final alef is a word of 20+ in the counts. */
function accusative(rs: Resolver, doc: Doc, j: number): boolean {
  const { kb, freq, tn } = rs;
  const w = tn(doc, j);
  if (!freq || w.length < 4 || !w.endsWith('ا') || kb.isNamePart(doc.tokens[j]!.text)) return false;
  return (freq.get(segmentationKey(w.slice(0, -1))) ?? 0) >= 20;
}

/**
 * Does a span starting at `start` in token j begin after ل where the article's alef is elided (للمحكمة العليا = ل +
 * المحكمة العليا; the span starts at the second ل and reads لمحكمة)? Its name is then written with the article.
 */
export function elidedArticle(doc: Doc, j: number, start: number): boolean {
  const tok = doc.tokens[j];
  if (!tok || tok.kind !== 'arabic' || start !== tok.start + 1) return false;
  const seg = doc.segment(j);
  // The segmenter reads ل + ال (للمحكمة); a word whose own first letter is ل (للبنان = ل + لبنان) has ل alone.
  return seg.baseStart === 1 && seg.proclitics.includes('ال') && /^لل/.test(stripDiacritics(tok.text));
}

/** A name as the entity shows it: without diacritics, the elided article restored (لمحكمة → المحكمة), one space between words. */
function nameText(doc: Doc, start: number, end: number, j: number): string {
  const text = stripDiacritics(doc.text.slice(start, end)).replace(/\s+/g, ' ');
  return elidedArticle(doc, j, start) ? 'ا' + text : text;
}

/** A definite word this common in news is no place or body the KB lacks (الريف، المحيط، المدينة، العربي). */
const COMMON_DEFINITE = 100;

/** Is token j a common definite word (not an organization head, which refers back: الوزارة)? */
function commonDefinite(rs: Resolver, doc: Doc, j: number): boolean {
  const { kb, freq, orgs, norm } = rs;
  if (!freq || doc.tokens[j]?.kind !== 'arabic') return false;
  let w = doc.tokens[j]!.text.slice(doc.segment(j).baseStart);
  // للاتفاق: the article's alef is elided after ل.
  if (elidedArticle(doc, j, doc.tokens[j]!.start + 1)) w = 'ا' + w;
  // A KB name that needs the recognizer's word (القاعدة) is no common word here: the recognizer said it.
  if (!w.startsWith('ال') || kb.isNamePart(w) || orgs?.head(norm(w)) || kb.lookupRecognized(w).length) return false;
  return (freq.get(segmentationKey(w)) ?? 0) >= COMMON_DEFINITE;
}

/** The recognizer's span without punctuation at its ends, stopped before the future marker, over a hyphen. */
function cleanEdges(rs: Resolver, doc: Doc, mention: NerMention): NerMention | null {
  const { kb } = rs;
  // No name begins or ends with punctuation (the recognizer may start a span at the comma before a name).
  let m = mention;
  {
    let a = m.tokenStart;
    let b = m.tokenEnd;
    while (a < b && doc.tokens[a]!.kind === 'punct' && doc.tokens[a]!.start >= m.start) a++;
    while (b > a && doc.tokens[b - 1]!.kind === 'punct' && doc.tokens[b - 1]!.end <= m.end && doc.tokens[b - 1]!.text !== '.') b--;
    if (a >= b) return null;
    if (a !== m.tokenStart || b !== m.tokenEnd) {
      const start = a === m.tokenStart ? m.start : doc.tokens[a]!.start;
      const end = b === m.tokenEnd ? m.end : doc.tokens[b - 1]!.end;
      m = { ...m, tokenStart: a, tokenEnd: b, start, end, text: doc.text.slice(start, end) };
    }
  }
  // No name carries the future marker: a span running into "سيناقشان" ends before it.
  for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) {
    if (doc.segment(k).proclitics.includes('س')) {
      m = { ...m, tokenEnd: k, end: doc.tokens[k - 1]!.end, text: doc.text.slice(m.start, doc.tokens[k - 1]!.end) };
      break;
    }
  }
  // The future marker goes only on verbs, which start with أ ت ن ي: a span the segmenter started
  // after a س and a bare alef (سانت بطرسبرغ، سان دوني) starts at the س.
  const first = doc.tokens[m.tokenStart]!;
  if (m.start > first.start && m.start < first.end && doc.text[m.start - 1] === 'س' && doc.text[m.start] === 'ا') {
    m = { ...m, start: m.start - 1, text: doc.text.slice(m.start - 1, m.end) };
  }
  // A conjunction the segmenter left on a name the KB knows without it (وفيليكا كلادوسا).
  if (m.start === first.start && /^[وف]/.test(m.text) && !kb.lookup(m.text).length && kb.lookup(m.text.slice(1)).length) {
    m = { ...m, start: m.start + 1, text: m.text.slice(1) };
  }
  // A family name the recognizer took without its given name after "and" (وشادي أبو زيد، وشادي الغزالي حرب):
  // a span that starts with أبو or the article, right after و + a common given name, takes that name.
  if (m.type === 'PER' && m.tokenStart > 0 && m.start === doc.tokens[m.tokenStart]!.start) m = withGivenName(rs, doc, m);
  // A hyphen joins the parts of one name (سونغ يونغ-مو، مون جيه-إن): the span goes on over it.
  if (m.type === 'PER') {
    let e = m.tokenEnd;
    while (e + 1 < doc.tokens.length && doc.tokens[e]!.text === '-' && doc.tokens[e]!.start === doc.tokens[e - 1]!.end && doc.tokens[e + 1]!.start === doc.tokens[e]!.end && doc.tokens[e + 1]!.kind === 'arabic') e += 2;
    if (e > m.tokenEnd) m = { ...m, tokenEnd: e, end: doc.tokens[e - 1]!.end, text: doc.text.slice(m.start, doc.tokens[e - 1]!.end) };
  }
  return m;
}

/** The most times the counts may see a person's first word with its و for the و to be taken off. */
const CONJOINED_MAX_COUNT = 5;
/**
 * (resolve30) A person's span whose first word carries the conjunction و (كلينتون ⟦وكاثلين رايس⟧، ⟦وديغو كوستا⟧): the
 * word is no name as written (no name part, no word of a KB person's name, no word of the foreign spelling tables, no
 * KB name, not seen inside persons' names in the unlabelled news, not in waw-names.json, rare in the counts) and is
 * one without the و (a name part, a KB person's name word, a word of the spelling tables), or cannot begin a name (see
 * `unjoinable`). The span starts after the و, so the KB can know the name (Diego Costa) and the romanizer spells the
 * name, not the conjunction (Kathlin Rais, not Wkathlin Rais). Never after a name particle (أبو وليد).
 */
function conjunctionOff(rs: Resolver, doc: Doc, m: NerMention): NerMention {
  if (m.type !== 'PER') return m;
  const tok = doc.tokens[m.tokenStart];
  if (!tok || tok.kind !== 'arabic' || m.start !== tok.start) return m;
  const { kb } = rs;
  const w = stripDiacritics(tok.text);
  if (!w.startsWith('و') || w.length < 4 || kb.lookup(m.text).length) return m;
  const known = (x: string) => kb.isNamePart(x) || kb.isPersonNameWord(x) || kb.isSpelledName(x) || kb.isFemaleName(x) || rs.personWord(rs.norm(x));
  // An Arab name in و (وسام، وهبة، وضحى) is a word of the counts or of data/resolve/waw-names.json: the word with the
  // conjunction is seen at most CONJOINED_MAX_COUNT times and is no listed name.
  if (known(w) || WAW_NAMES.has(normalize(w)) || kb.lookup(w).length || (rs.freq?.get(segmentationKey(w)) ?? 0) > CONJOINED_MAX_COUNT) return m;
  const base = w.slice(1);
  // A name the tables do not know (كاثلين، تد) is one when the two words cannot begin a name: a foreign name's initial
  // W is followed by a vowel letter, ل، ر or ن (ويليام، والتر، ولفغانغ، ورنر، ونستون), and an Arab name in و+consonant is a word of
  // the counts (وسام، وضاح); the span goes on with a second word.
  const unjoinable = m.tokenEnd - m.tokenStart >= 2 && base.length >= 3 && /^و[^اويىلرنءأإآؤئه]/.test(w);
  if (!(known(base) || kb.lookup(base).some((t) => t.type === 'PER') || unjoinable)) return m;
  if (m.tokenStart > 0 && TRAILING_PARTICLES.has(rs.tn(doc, m.tokenStart - 1))) return m;
  let k = 1;
  while (k < tok.text.length && /[\u064b-\u0652\u0670\u0640]/.test(tok.text[k]!)) k++;
  const start = tok.start + k;
  return { ...m, start, text: doc.text.slice(start, m.end) };
}

function withGivenName(rs: Resolver, doc: Doc, m: NerMention): NerMention {
  const { kb, tn } = rs;
  const first = tn(doc, m.tokenStart);
  if (!(first.startsWith('ابو') || (first.startsWith('ال') && m.tokenEnd - m.tokenStart <= 2)) || kb.lookup(m.text).length) return m;
  const p = m.tokenStart - 1;
  const prev = doc.tokens[p]!;
  if (prev.kind !== 'arabic' || !/^\s+$/.test(doc.text.slice(prev.end, m.start))) return m;
  const seg = doc.segment(p);
  if (!seg.proclitics.includes('و') || seg.proclitics.length !== 1) return m;
  const given = prev.text.slice(seg.baseStart);
  const g = normalize(given);
  if (NAME_PARTICLES.has(g) || g.startsWith('ال') || !(kb.isNamePart(given) || rs.personWord(g))) return m;
  const start = prev.start + seg.baseStart;
  return { ...m, tokenStart: p, start, text: doc.text.slice(start, m.end) };
}

/**
 * Is token j, with ب or ل and no article, a noun of the clause rather than a word of a name (بقرار، لراديو، بنجاح)?
 * The noun after the preposition has 4+ letters and does not start with ي (بيرد is no ب + يرد), the word is no word
 * of a KB person's name (لولا، باقر) nor one news often puts inside names, and news seldom puts its noun inside names.
 */
function prepNoun(rs: Resolver, doc: Doc, j: number): boolean {
  const seg = doc.segment(j);
  const w = stripDiacritics(doc.tokens[j]!.text);
  const base = rs.norm(w.slice(seg.baseStart));
  if (base.length < 4 || base.startsWith('ي') || rs.kb.isPersonNameWord(w) || rs.kb.isNamePart(w) || rs.personWord(rs.tn(doc, j))) return false;
  return rs.nameless(doc, j);
}

/** A person's or place's span the KB does not know, trimmed to the name (or null: no name). */
/**
 * (resolve21) Does the name at token i follow a place's head noun (data/resolve/named-facilities.json), with up to two
 * honorifics or titles between them (مطار الملك خالد، مستشفى الشيخ زايد، شارع محمد الخامس)? Then it names the place.
 */
function afterFacility(kb: KnowledgeBase, tn: (doc: Doc, j: number) => string, norm: (s: string) => string, doc: Doc, i: number): boolean {
  let j = i - 1;
  for (let hops = 0; j >= 0 && hops < 2 && (kb.honorifics.has(tn(doc, j)) || (tn(doc, j).startsWith('ال') && !!kb.title(tn(doc, j)))); hops++) j--;
  return j >= 0 && (NAMED_FACILITIES.has(tn(doc, j)) || NAMED_FACILITIES.has(norm(doc.tokens[j]!.text.slice(doc.segment(j).baseStart))));
}

/** (resolve21) Is a name word right after the title (مطار الملك خالد), not a preposition (حديقة الملكة في ...: her garden)? */
function nameAfterTitle(art: Article, c: Cand): boolean {
  const next = art.doc.tokens[c.tokenEnd];
  return !!next && next.kind === 'arabic' && /^\s+$/.test(art.doc.text.slice(art.doc.tokens[c.tokenEnd - 1]!.end, next.start)) && art.kb.isNamePart(next.text);
}

/**
 * (quotes40) Is token j a circumstantial accusative right after a speaker's title or a speaking verb ("وقال الوزير
 * الروسي مازحا"، "وأضاف الرئيس ضاحكا"، "قال مبتسما")? The recognizer and the auto-lexicon's tagger take such a word,
 * in just that place, for a person's name (مازحا: 9 of 9 sightings inside names), so their evidence is not asked. The
 * word, bare (no clitic, no article), ends in ا and has a participle's shape: م, a consonant, 3+ letters (مبتسما،
 * موضحا، متسائلا، مستنكرا), or فاعلا (مازحا، ضاحكا، قائلا) where nothing before it is feminine (a woman's name
 * so spelled, مارتا، follows قالت or a title in ة). Never a word the lists know as a name or a KB name. Before it, up
 * to four words back: a speaking verb, or a title (a definite word or the title's own words between).
 */
function circumstantialAfterTitle(rs: Resolver, doc: Doc, j: number): boolean {
  const { kb, tn } = rs;
  const tok = doc.tokens[j];
  if (!tok || tok.kind !== 'arabic' || doc.segment(j).baseStart > 0 || j === 0) return false;
  const key = tn(doc, j);
  if (key.length < 5 || !key.endsWith('ا') || key.startsWith('ال') || /[\u064b]/.test(key)) return false;
  const w = stripDiacritics(tok.text);
  if (kb.isNamePart(w) || kb.lookup(w).length || kb.isNamePart(key.slice(0, -1))) return false;
  const participle = /^م[^اويىك].*[^اويى]ا$/.test(key);
  const faail = key.length === 5 && /^[^اويى]ا[^اويى][^اويى]ا$/.test(key);
  if (!participle && !faail) return false;
  let feminine = false;
  let title = false;
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    if (doc.tokens[k]!.kind !== 'arabic' || !/^[ \t]+$/.test(doc.text.slice(doc.tokens[k]!.end, doc.tokens[k + 1]!.start))) break;
    const t = tn(doc, k);
    const verb = t.replace(/^[وف]/, '');
    if (SPEAKING_VERBS.has(verb) && !NOT_SPEECH.has(verb)) {
      if (verb.endsWith('ت')) feminine = true;
      return (title || k === j - 1) && (participle || !feminine);
    }
    if (kb.title(t) || kb.title(t.replace(/^ال/, ''))) {
      title = true;
      if (t.endsWith('ة')) feminine = true;
      continue;
    }
    if (t.startsWith('ال')) {
      if (t.endsWith('ة')) feminine = true;
      continue;
    }
    break;
  }
  return title && (participle || !feminine);
}

function trimName(rs: Resolver, doc: Doc, m: NerMention, mention: NerMention, inLongerName: (word: string, self: NerMention) => boolean): NerMention | null {
  const { kb, tn, freq, nameless, matchName, accusativeWord } = rs;
  let a = m.tokenStart;
  let b = m.tokenEnd;
  if (m.type === 'PER') {
    // Common words in the accusative at the end are no part of a name (كيم مبتسما، صالح جاهزا); a span of
    // nothing else is no name (سعيا روحيا، سلفا، ميتا).
    while (b > a && accusativeWord(doc, b - 1)) b--;
    // (quotes40) ... and a circumstantial right after a title or a speaking verb starts none (الوزير الروسي مازحا).
    // Not a word of a longer name the article gives (ساتيش شارما ... وقال شارما). Its object with a preposition
    // (ملوحا بسيف) is no name either.
    if (a < b && circumstantialAfterTitle(rs, doc, a) && !inLongerName(tn(doc, a), mention)) {
      a++;
      if (a < b && /[بل]/.test(doc.segment(a).proclitics.join('')) && !kb.isNamePart(doc.tokens[a]!.text)) return null;
    }
    // A kinship noun before a name is no part of it (خطيبة خاشقجي، زوجة ترامب): the name is the person named.
    if (b - a >= 2 && KINSHIP.has(tn(doc, a))) a++;
    // Nor does it end in a particle (محمد بأن، فهد بن، أورسولا فون): the words after it were left out, or the
    // particle starts the clause.
    while (b - a >= 2 && (SPAN_PARTICLES.has(tn(doc, b - 1)) || TRAILING_PARTICLES.has(tn(doc, b - 1)))) b--;
    if (a >= b) return null;
    // A preposition is no part of a name (على ادعاءات); علي as written (with ي, folded like على) is the given name
    // when more of the name follows it (علي بشار، علي عبد الجليل; alone, as in علي بابا, it stays out).
    while (a < b && NAME_PREPOSITIONS.has(tn(doc, a)) && (stripDiacritics(doc.tokens[a]!.text) !== 'علي' || b - a < 2)) a++;
    // Nor a word of time (الرئيس الروسي حينذاك ديميتري ميدفيديف).
    while (a < b && THEN_WORDS.has(tn(doc, a))) a++;
    // Nor a word with a preposition and the article (شي بالفيلسوف), nor a common word in the accusative (أيضا).
    for (let k = a + 1; k < b; k++) {
      const seg = doc.segment(k);
      const w = doc.tokens[k]!.text;
      const prep = seg.proclitics.includes('ب') || seg.proclitics.includes('ل');
      // ... nor a noun with ب/ل news seldom puts inside names (كوتس بقرار ترامب، هاري روك لراديو).
      const prepArticle = prep && (seg.proclitics.includes('ال') || prepNoun(rs, doc, k));
      const adverbial = !!freq && tn(doc, k).endsWith("ا") && (freq.get(segmentationKey(w)) ?? 0) >= COMMON_WORD && !kb.isNamePart(w);
      if ((prepArticle || adverbial) && !kb.isNamePart(w)) {
        b = k;
        break;
      }
    }
    for (;;) {
      const two = a + 1 < b ? tn(doc, a) + ' ' + tn(doc, a + 1) : '';
      if (two && (kb.honorifics.has(two) || kb.title(two))) a += 2;
      else if (kb.honorifics.has(tn(doc, a)) || (tn(doc, a).startsWith('ال') && kb.title(tn(doc, a)))) a += 1;
      else break;
    }
    // (resolve21) A region's name after a leader's title, then a name, is the place the title governs, not the
    // person's first name (رئيس وزراء هيسن فولكر بوفيير، حاكم كاليفورنيا جيري براون): the person starts after it.
    if (a > 0 && b - a >= 2 && REGIONAL_LEADER_TITLES.has(tn(doc, a - 1))) {
      const place = matchName(doc, a);
      if (place && place.tokenEnd < b && place.targets.length && place.targets.every((t) => t.type === 'LOC' && !t.id.startsWith('cty:')) && (kb.isNamePart(doc.tokens[place.tokenEnd]!.text) || !nameless(doc, place.tokenEnd))) a = place.tokenEnd;
    }
    // (resolve21) A name right after a place's head noun, an honorific or title between them allowed, names the place
    // (مطار الملك خالد الدولي، مستشفى الملك فيصل، شارع محمد الخامس), not the person.
    if (afterFacility(kb, tn, rs.norm, doc, a)) return null;
  }
  for (let k = m.type === 'PER' ? a : a + 1; k < b; k++) {
    const n = matchName(doc, k);
    if (!n || n.tokenEnd > b) continue;
    // (resolve20) A word after بن/ابن/بنت is a father's name, not a country (فهد بن تركي بن عبد العزيز: Turki).
    if (m.type === 'PER' && k > a && LINEAGE_LINKS.has(tn(doc, k - 1))) continue;
    const country = n.targets.some((t) => t.kind === 'demonym' || (m.type === 'PER' && t.id.startsWith('cty:')));
    if (country && (m.type === 'PER' || n.tokenEnd === b)) {
      b = k;
      break;
    }
  }
  if (m.type === 'LOC' && b - a >= 2) {
    // "في لاهاي بيتر ولسون": a known place, then a first name that starts a person's name, is only the place.
    const place = matchName(doc, a);
    if (place && place.start === doc.tokens[a]!.start && place.tokenEnd < b && place.targets.some((t) => t.type === 'LOC') && kb.isNamePart(doc.tokens[place.tokenEnd]!.text)) b = place.tokenEnd;
  }
  if (m.type === 'PER') {
    // Trailing words that are seldom names after a KB person's name are no part of it
    // (شي زعامة الحزب، عباس غاضبا، بوتين انتخابيا); leading ones with the article before a known
    // first name are a description (نجم الكرة فينسنت كومباني).
    // The name before them must be a KB person's (a word of another name of the article is not enough:
    // فادي علامة after فادي سعد stays whole).
    let e = b;
    while (e - a >= 2 && nameless(doc, e - 1, NAMELESS_MIN_COUNT)) e--;
    // A single word of a KB person's full name counts too (شي زعامة: شي of شي جين بينغ), unless it is a
    // given name (عمر شاكر is a full name).
    if (e < b && (kb.lookup(doc.text.slice(a === m.tokenStart ? m.start : doc.tokens[a]!.start, doc.tokens[e - 1]!.end)).some((t) => t.type === 'PER') || (e - a === 1 && kb.isPersonNameWord(doc.tokens[a]!.text.slice(doc.segment(a).baseStart)) && !kb.isNamePart(doc.tokens[a]!.text)))) b = e;
    let k = a;
    let definite = false;
    while (k < b - 1 && (nameless(doc, k) || SPAN_PARTICLES.has(tn(doc, k)))) {
      if (tn(doc, k).startsWith('ال')) definite = true;
      k++;
    }
    // ... or before a KB person's name (فريق ترامب، إن ترامب، لقاء الملك سلمان: Trump, King Salman).
    if (k > a && ((definite && kb.isNamePart(doc.tokens[k]!.text)) || kb.lookup(doc.text.slice(doc.tokens[k]!.start, doc.tokens[b - 1]!.end)).some((t) => t.type === 'PER'))) a = k;
    // A common word in the accusative after a KB person's full name is no part of it (محمد بن سلمان وليا للعهد).
    if (b - a >= 3 && freq && accusative(rs, doc, b - 1) && kb.lookup(doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 2]!.end)).some((t) => t.type === 'PER')) b--;
  }
  if (a >= b) return null;
  // A word news seldom uses in names followed only by words with the article is a noun phrase
  // (شعبنا العزيز، مرتكب الاعتداء), not a person: a name's first word is a name (عبد العزيز، حسن البنا).
  if (m.type === 'PER' && b - a >= 2 && nameless(doc, a)) {
    let rest = true;
    for (let k = a + 1; k < b && rest; k++) rest = tn(doc, k).startsWith('ال') && !kb.isNamePart(doc.tokens[k]!.text);
    if (rest) return null;
  }
  // A span of words news seldom uses in names is no name (سعيا روحيا، مهاجر، مرتكبي).
  let allNameless = true;
  for (let k = a; k < b && allNameless; k++) allNameless = nameless(doc, k) && !(b - a === 1 && inLongerName(tn(doc, k), mention));
  if (allNameless) return null;
  if (m.type === 'PER' && b - a === 1 && freq) {
    const w = doc.tokens[a]!.text;
    if ((freq.get(segmentationKey(w)) ?? 0) >= COMMON_WORD && !kb.isNamePart(w) && !kb.lookup(w).length) return null;
  }
  if (a === m.tokenStart && b === m.tokenEnd) return m;
  // The span may start after a proclitic (وماكماستر): keep that start when its first word stays.
  const start = a === m.tokenStart ? m.start : doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { ...m, start, end, text: doc.text.slice(start, end), tokenStart: a, tokenEnd: b };
}

/** An entity of one article while the resolver builds it. */
interface Draft {
  key: string;
  type: EntityType;
  kbId: string | null;
  country: string | null;
  names: string[];
  mentions: Mention[];
  role: Role | null;
  title: Title | undefined;
  /** A generic title's entity (no KB holder): its English name and key, until a name is given. */
  generic: { nameEn: string; key: string; org: string | null } | undefined;
  /** The English words of the generic title this person holds in the article (ambassador). */
  genericTitle: string | undefined;
  /** An organization named by the org pattern. */
  orgInfo: OrgInfo | undefined;
  /** A named thing of the KB's concepts (the World Cup, Novichok, the S-400): its English name. */
  conceptEn: string | undefined;
}
/** What a draft has besides its key, type, KB id, country, names, mentions and role. */
type DraftMore = Partial<Pick<Draft, 'title' | 'generic' | 'genericTitle' | 'orgInfo' | 'conceptEn'>>;

/**
 * (pg21) Every draft is made here, all its fields set in one order (those it lacks undefined), so that all drafts share
 * one hidden class (V8's "map"): literals of five shapes and fields added later (title, genericTitle) gave them seven
 * (docs/benchmarks.md, "Twenty-first session (pg21)").
 */
function newDraft(key: string, type: EntityType, kbId: string | null, country: string | null, names: string[], mentions: Mention[], role: Role | null, more?: DraftMore): Draft {
  return { key, type, kbId, country, names, mentions, role, title: more?.title, generic: more?.generic, genericTitle: more?.genericTitle, orgInfo: more?.orgInfo, conceptEn: more?.conceptEn };
}

/**
 * One article while the resolver's run turns its candidates into entities: the
 * stage's lookups, the candidates, and what the article has named so far. The
 * steps of run are module-level functions over it (small functions, which V8
 * optimizes; see docs/benchmarks.md, "Compilation").
 */
interface Article {
  doc: Doc;
  kb: KnowledgeBase;
  orgs: KnowledgeBase['orgHeads'];
  freq: WordFrequencies | undefined;
  norm: (s: string) => string;
  tn: (doc: Doc, j: number) => string;
  choose: (doc: Doc, c: Cand, countries: Map<string, number>, chosen: Map<string, string>) => NameTarget | null;
  tolerantPerson: (text: string, countries: ReadonlySet<string>) => NameTarget[];
  definiteDemonyms: (iso: string) => string[];
  sameBody: (doc: Doc, c: Cand) => string | null;
  cands: Cand[];
  countries: Map<string, number>;
  date: Doc['info']['date'];
  drafts: Map<string, Draft>;
  chosen: Map<string, string>;
  byTitle: Map<string, Draft>;
  lastByRole: Map<Title, Draft>;
  /** Generic titles: the entity of each (title words | country or org), and the last one of each title. */
  byGeneric: Map<string, Draft>;
  lastGeneric: Map<string, Draft>;
  lastMinister: Draft | null;
  /** The last minister of each country named or titled in the article: "الوزير التركي" refers back to it. */
  ministerOf: Map<string, Draft>;
  personMentions: Array<{ draft: Draft; start: number }>;
  /** The last organization of each head noun (وزارة): الوزارة alone refers back to it. */
  lastOrgByHead: Map<string, Draft>;
  /** Unknown names taken for a KB person (x: key → that person's draft). */
  aliasOf: Map<string, Draft>;
  /**
   * The UN counts as a named post when the article names it (an envoy "لدى الأمم المتحدة") or the two bodies its
   * permanent envoys sit in (المندوب الروسي في مجلس الأمن; kb14).
   */
  unNamed: boolean;
  /** Countries said inside state bodies' names (الخارجية الروسية), named only where the article names them nowhere else. */
  orgCountries: CountrySpan[];
  /** Titles without a country and no holder before them (رئيس الوزراء, أمير البلاد): decided once the article is read. */
  pendingTitles: Array<{ c: Cand; needsCountry: boolean; formerOnly?: boolean }>;
  /** Each sitting holder a KB title was resolved to, in text order (a headline's bare الزعيم takes the next). */
  titled: Array<{ title: Title; start: number; d: Draft }>;
}

/** Where a country's permanent envoy to the UN (a KB office with post IGO) speaks: the UN, its Security Council, its General Assembly. */
const UN_SEATS = new Set(['org:united-nations', 'org:un-security-council', 'org:un-general-assembly']);

function sentenceOf(art: Article, pos: number): number {
  return art.doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);
}

function titleKey(role: Role | Title, country: string | null, former: boolean): string {
  return `${role}|${country ?? ''}|${former ? 1 : 0}`;
}

function setMinister(art: Article, d: Draft) {
  const { ministerOf } = art;
  art.lastMinister = d;
  if (d.country) ministerOf.set(d.country, d);
}

function addMention(art: Article, d: Draft, c: Cand, kind: MentionKind) {
  const { doc, orgs, norm, personMentions, lastOrgByHead } = art;
  const text = doc.text.slice(c.start, c.end);
  d.mentions.push({ start: c.start, end: c.end, text, kind });
  if (d.type === 'PER') personMentions.push({ draft: d, start: c.start });
  if (d.type === 'ORG' && orgs) {
    for (const base of kbOrgHeads(art, d)) lastOrgByHead.set(base, d);
    const h = orgs.head(norm(text.split(/\s/)[0]!));
    if (h) lastOrgByHead.set(h.base, d);
  }
}

/**
 * The head noun a kind of KB organization is referred back to by when none of its names has one (أبل → الشركة).
 * Not 'government' (the KB's governments include presidencies and the White House, which الحكومة is not), 'party'
 * (الحزب after the US Democrats named as الديمقراطيين was mostly a party of the country the article is about), nor
 * 'news_agency' (the KB files newspapers and channels under it: الوكالة after اليوم السابع was the agency).
 */
const KIND_HEADS: Record<string, string> = { company: 'شركة', ministry: 'وزارة' };
/**
 * The heads a KB body's other names may lend it. Not منظمة or تحالف: المنظمة after "الأمم المتحدة" (the KB's
 * منظمة الأمم المتحدة) named in passing was mostly another organization the article named with its head (the
 * OPCW, the White Helmets), and التحالف the Saudi-led coalition, not an alliance whose KB name is تحالف ...
 */
const LENT_HEADS = RESOLVER_WORDS.lentHeads;

/**
 * The heads a KB organization is called by when the article named it without one (quotes14): الخارجية الروسية is
 * the KB's وزارة الخارجية الروسية (الوزارة), حماس its حركة حماس (الحركة), الخطوط الجوية السعودية a company (الشركة).
 */
function kbOrgHeads(art: Article, d: Draft): string[] {
  const { kb, orgs, norm } = art;
  if (!orgs || !d.kbId || d.kbId.startsWith('x:')) return [];
  const e = kb.byId(d.kbId);
  if (!e) return [];
  const heads = new Set<string>();
  for (const n of e.ar) {
    const first = n.split(/\s/)[0]!;
    const h = LENT_HEADS.has(first.replace(/^ال/, '')) ? orgs.head(norm(first)) : undefined;
    if (h) heads.add(h.base);
    // (resolve31) منظمة from a body that is no intergovernmental one (the KB's منظمة هيومن رايتس ووتش named bare): the
    // UN named in passing still lends none.
    const lent = !h && e.org?.kind !== 'igo' && e.country !== 'IGO' && DESCRIPTION_HEADS.has(normalize(first.replace(/^ال/, ''))) ? orgs.head(norm(first)) : undefined;
    if (lent) heads.add(lent.base);
  }
  // A broadcaster the KB files as a company (the BBC) is not الشركة of the articles it writes about companies.
  const media = e.org?.actor?.endsWith('MED') ?? false;
  const kindHead = e.org?.kind && !media ? KIND_HEADS[e.org.kind] : undefined;
  const h = kindHead ? orgs.head(norm(kindHead)) : undefined;
  if (h) heads.add(h.base);
  return [...heads];
}

function orgDraft(art: Article, c: Cand): Draft | null {
  const { doc, kb, orgs, norm, tn, definiteDemonyms, sameBody, cands, countries, drafts, lastOrgByHead } = art;
  if (c.orgRef) {
    const prev = lastOrgByHead.get(c.orgRef);
    // (resolve31) المنظمة الأممية is a UN body, not one of a country named before (an unknown body of no country may be one).
    if (prev && IGO_ADJECTIVES.has(tn(doc, c.tokenEnd)) && prev.country && prev.country !== 'IGO') return null;
    if (prev) return prev;
    // (resolve34) الوزارة with no ministry named before: that of the minister whose title the article gave.
    const ministry = ministryOfMinisterTitles(art, c);
    if (ministry) return ministry;
    // الشرطة before any police is named: the article's one police force, named later (الشرطة في سياتل).
    // Only local bodies: "the party" before a party's name mostly means another, unnamed one.
    if (!orgs?.head(tn(doc, c.tokenStart))?.def.local) return null;
    const later = new Map<string, Cand>();
    for (const o of cands) if (o.start > c.start && o.org && o.org.head === c.orgRef) later.set(`${o.org.nameEn}|${o.org.country ?? ''}`, o);
    return later.size === 1 ? orgDraft(art, [...later.values()][0]!) : null;
  }
  const o = c.org!;
  if (o.countryOnly) {
    // الوكالة الإيرانية after وكالة الأنباء الإيرانية: the same agency.
    const prev = lastOrgByHead.get(o.head);
    if (prev && prev.country === o.country && !prev.orgInfo?.placeCountry) return prev;
    // الاتحاد المصري in a headline, الاتحاد المصري لكرة القدم in the body: the one body of that head and country
    // the article names later.
    const later = !prev && o.country ? laterBodyOf(art, c, o.head, o.country) : null;
    if (later) return later;
  }
  if (o.countryOnly && o.country) {
    // حكومة روسيا is the KB's الحكومة الروسية: the head with the article and the country's demonym.
    const hits = new Set<string>();
    for (const dem of definiteDemonyms(o.country)) {
      const key = `ال${o.head} ${dem}`;
      if (kb.isNamePrefix(key)) for (const t of kb.lookupKey(key)) if (t.type === 'ORG') hits.add(t.id);
    }
    if (hits.size === 1) return kbDraft(art, [...hits][0]!);
  }
  if (!o.country) {
    // الحزب الشيوعي in an article about China: the KB's الحزب الشيوعي الصيني.
    const phrase = norm(stripDiacritics(doc.text.slice(c.start, c.end))).replace(/\s+/g, ' ');
    const hits = new Set<string>();
    for (const iso of countries.keys()) {
      for (const dem of definiteDemonyms(iso)) {
        const key = `${phrase} ${dem}`;
        if (!kb.isNamePrefix(key)) continue;
        for (const t of kb.lookupKey(key)) if (t.type === 'ORG') hits.add(t.id);
      }
    }
    // (quotes37) A state's own body named bare (وزارة الداخلية، وزارة الخارجية) is not that of a country the article
    // names in passing: in a story on Finland that names Russia once, the KB's Russian interior ministry is not it (the
    // state-body step then gives the clear story state's).
    const leading = (id: string): boolean => {
      if (!STATE_BODY_HEADS.has(o.head)) return true;
      const iso = kb.byId(id)?.country;
      if (!iso) return true;
      // Only where the article barely names that country (once at most) and names another three times or more: a
      // story on US sanctions against Iran still names the US often enough for its Treasury.
      const n = countries.get(iso) ?? 0;
      if (n > 1) return true;
      for (const [other, m] of countries) if (other !== iso && other !== 'IGO' && m >= 3) return false;
      return true;
    };
    if (hits.size === 1 && leading([...hits][0]!)) return kbDraft(art, [...hits][0]!);
    // (resolve18) البنك المركزي after البنك المركزي الإيراني, in an article that names the US too (the KB's البنك
    // المركزي الأمريكي): the one of them the article names in full.
    if (hits.size > 1) {
      const named = [...hits].filter((id) => cands.some((x) => x !== c && x.kind === 'name' && x.targets.some((t) => t.id === id)));
      if (named.length === 1) return kbDraft(art, named[0]!);
    }
  }
  const same = sameBody(doc, c);
  if (same) return kbDraft(art, same);
  const id = `x:org:${hashHex(`${o.nameEn.toLowerCase()}|${o.country ?? ''}`)}`;
  const text = nameText(doc, c.start, c.end, c.tokenStart);
  let d = drafts.get(id);
  if (!d) {
    d = newDraft(id, 'ORG', id, o.country, [text], [], null, { orgInfo: o });
    drafts.set(id, d);
  } else if (!d.names.includes(text)) d.names.push(text);
  return d;
}

/**
 * (resolve34) A bare الوزارة (candidate c, a reference back) in an article that named no ministry before it, but gave
 * minister titles with a country (وزير الخارجية الأميركي مايك بومبيو ... وأضافت الوزارة): the KB ministry of those
 * titles, وزارة + the title's portfolio + the country's demonym (وزارة الخارجية الأميركية), when all the titles before
 * it give one such ministry; null when none does or two differ (وزير الدفاع and وزير الخارجية: which one is open).
 */
function ministryOfMinisterTitles(art: Article, c: Cand): Draft | null {
  const { doc, kb, orgs, norm, cands, definiteDemonyms } = art;
  const ministryHead = orgs?.head(norm('وزارة'));
  if (!ministryHead || c.orgRef !== ministryHead.base) return null;
  const ids = new Set<string>();
  for (const x of cands) {
    if (x.kind !== 'title' || x.start >= c.start || !x.title || x.title.former) continue;
    const ws = norm(stripDiacritics(doc.text.slice(x.start, x.end))).split(/\s+/);
    const head = MINISTER_HEADS.has(ws[0]!) ? ws[0]! : ws[0]!.slice(1);
    if (!MINISTER_HEADS.has(head) || ws.length < 2) continue;
    // A minister of no portfolio named by a country alone (وزير أمريكي) or whose country the title leaves out: open.
    const iso = x.title.country;
    if (!iso) return null;
    const portfolio = ws[1]!.startsWith('ال') ? ws[1]! : 'ال' + ws[1]!;
    const found = new Set<string>();
    for (const dem of definiteDemonyms(iso)) {
      for (const t of kb.lookupKey(`${norm('وزارة')} ${portfolio} ${dem}`)) if (t.type === 'ORG' && kb.byId(t.id)?.country === iso) found.add(t.id);
    }
    if (found.size !== 1) return null;
    ids.add([...found][0]!);
  }
  return ids.size === 1 ? kbDraft(art, [...ids][0]!) : null;
}

/** The one organization with head `head` and country `iso` named after candidate c (KB or read from its head), if one. */
function laterBodyOf(art: Article, c: Cand, head: string, iso: string): Draft | null {
  const { doc, kb, cands, norm } = art;
  const found = new Map<string, Cand>();
  for (const x of cands) {
    if (x.start <= c.start || x.kind !== 'name') continue;
    if (x.org) {
      if (x.org.head === head && x.org.country === iso && !x.org.countryOnly) found.set(`${x.org.nameEn}|${iso}`, x);
      continue;
    }
    if (norm(doc.text.slice(x.start, x.end)).split(' ')[0] !== norm('ال' + head)) continue;
    for (const t of x.targets) if (t.type === 'ORG' && kb.byId(t.id)?.country === iso) found.set(t.id, x);
  }
  if (found.size !== 1) return null;
  const [key, x] = [...found][0]!;
  return x.org ? orgDraft(art, x) : kbDraft(art, key);
}

function kbDraft(art: Article, id: string): Draft {
  const { kb, drafts } = art;
  let d = drafts.get(id);
  if (!d) {
    const e = kb.byId(id)!;
    d = newDraft(id, e.type, id, e.countryRecord ? e.countryRecord.iso3 : e.country, [e.ar[0] ?? ''], [], null);
    drafts.set(id, d);
  }
  return d;
}

function unknownDraft(art: Article, c: Cand, type: EntityType): Draft {
  const { doc, drafts, aliasOf } = art;
  // A hashtag's underscores are spaces between the name's words (#دافيد_فريدمان).
  const text = nameText(doc, c.start, c.end, c.tokenStart).replace(/_/g, ' ').replace(/^#/, '');
  // Particles written joined or apart (عبدالعظيم / عبد العظيم) are one name: the spaced writing is its key.
  const norm = spacedParticles(normalize(text));
  // A named thing (المونديال، نوفيتشوك، إس-400) is the KB's, whatever type the recognizer gave it: one id and its
  // English name in every article and for every spelling.
  const concept = art.kb.concept(text, type);
  if (concept) {
    let d = drafts.get(concept.id);
    if (!d) {
      d = newDraft(concept.id, 'MISC', concept.id, null, [text], [], null, { conceptEn: concept.en });
      drafts.set(concept.id, d);
    } else if (!d.names.includes(text)) d.names.push(text);
    return d;
  }
  if (type === 'PER' && !norm.includes(' ')) {
    // A surname alone refers back to a full name of the article (الشرع after أحمد الشرع).
    for (const d of [...drafts.values()].reverse()) {
      if (d.type === 'PER' && !d.generic && surnameOf(art, d, norm)) return d;
    }
  } else if (type === 'PER') {
    // A family name of two words (دا سيلفا after لويس إيناسيو لولا دا سيلفا): the end of a longer name of the article.
    for (const d of [...drafts.values()].reverse()) {
      if (d.type === 'PER' && !d.generic && endsName(art, d, norm)) return d;
    }
  }
  const key = `x:${type.toLowerCase()}:${hashHex(norm)}`;
  const alias = aliasOf.get(key);
  if (alias) return alias;
  let d = drafts.get(key);
  if (!d) {
    d = newDraft(key, type, key, null, [text], [], null);
    drafts.set(key, d);
  } else if (!d.names.includes(text)) d.names.push(text);
  return d;
}

/**
 * True when one word is how the article names person d for short: the last word of a
 * full name, as the KB spells it or as the article wrote it (راد after أمبر راد, which the
 * KB spells أمبر رود); for people of countries that put the family name first (مون جيه إن),
 * the first word.
 */
function surnameOf(art: Article, d: Draft, w: string): boolean {
  const { kb } = art;
  const written = d.mentions.filter((m) => m.kind === 'name').map((m) => m.text);
  const kbNames = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId)?.ar ?? [] : [];
  const familyFirst = !!d.country && FAMILY_NAME_FIRST.has(d.country);
  return [...d.names, ...written, ...kbNames].some((n) => {
    const ws = normalize(stripDiacritics(n)).split(/\s+/);
    const last = ws[ws.length - 1]!;
    // Foreign surnames are spelled with or without long vowels (ويلسون / ولسون): the same consonants count.
    const sameSurname = last === w || (w.length >= 4 && skeleton(w).length >= 3 && skeleton(last) === skeleton(w));
    return ws.length > 1 && (sameSurname || (familyFirst && ws[0] === w));
  });
}

/**
 * A title's apposed name the KB does not know, spelled like the office holder on the date
 * (وزير الخارجية التركي مولود تشاوش for مولود جاويش أوغلو): two words of the name, or one that is
 * no known first name, match words of the holder's family name (exactly, or one edit off from
 * five letters). That holder, and the unknown entity's mentions move to it.
 */
function holderNamed(art: Article, x: Draft, app: Cand, role: Role, country: string, former: boolean, title: Title): Draft | null {
  const { doc, kb, date, drafts, personMentions, aliasOf } = art;
  if (!date) return null;
  const list = former ? kb.formerHolders(role, country, date, title) : kb.holders(role, country, date, title);
  const words = normalize(stripDiacritics(doc.text.slice(app.start, app.end))).split(/\s+/).filter((w) => w.length >= 3);
  // A first name alone (محمد) is no evidence; a family name is, spelled exactly or, from five letters, one edit off.
  const close = (w: string, hw: string) => (w.length >= 5 ? withinOneEdit(w, hw) : w === hw);
  const shared = (n: string) => {
    const hws = normalize(n).split(/\s+/);
    const hits = words.filter((w) => hws.some((hw) => close(w, hw)));
    // Past the first word of a full name: a family name (the first is the given name).
    const family = hws.length > 1 ? hws.slice(1) : hws;
    return hits.length >= 2 || words.some((w) => !kb.isNamePart(w) && family.some((hw) => close(w, hw)));
  };
  const h = list.find((o) => o.person.ar.some(shared));
  if (!h) return null;
  const d = kbDraft(art, h.person.id);
  d.mentions.push(...x.mentions);
  for (const p of personMentions) if (p.draft === x) p.draft = d;
  x.mentions = [];
  drafts.delete(x.key);
  aliasOf.set(x.key, d);
  return d;
}

/** True when word w is the first word of a full name of person d, as the KB or the article writes it. */
function givenNameOf(art: Article, d: Draft, w: string): boolean {
  const { kb } = art;
  const written = d.mentions.filter((m) => m.kind === 'name').map((m) => m.text);
  const kbNames = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId)?.ar ?? [] : [];
  return [...d.names, ...written, ...kbNames].some((n) => {
    const ws = normalize(stripDiacritics(n)).split(/\s+/);
    return ws.length > 1 && ws[0] === w;
  });
}

/** True when the words of `key` end a longer name of person d (as the KB or the article writes it). */
function endsName(art: Article, d: Draft, key: string): boolean {
  const { kb } = art;
  const written = d.mentions.filter((m) => m.kind === 'name').map((m) => m.text);
  const kbNames = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId)?.ar ?? [] : [];
  return [...d.names, ...written, ...kbNames].some((n) => {
    const full = normalize(stripDiacritics(n)).replace(/\s+/g, ' ');
    return full.length > key.length && full.endsWith(' ' + key);
  });
}

function holderDraft(art: Article, role: Role, country: string | null, former: boolean, exclude?: Draft, title?: Title): Draft | null {
  const { kb, date } = art;
  if (!date) return null;
  let list = former ? kb.formerHolders(role, country, date, title) : kb.holders(role, country, date, title);
  // "Leader" names whoever holds the country's top office, whatever its title.
  if (!list.length && title === 'leader' && !former) list = kb.holders(role, country, date);
  const h = list.find((x) => !exclude || exclude.kbId !== x.person.id);
  return h ? kbDraft(art, h.person.id) : null;
}

/**
 * (resolve32) A KB body named inside a title that names its body itself (مفوض الأمم المتحدة السامي لحقوق الإنسان,
 * المفوض السامي للأمم المتحدة …) is also a mention of that body, as a title's country words are of the country: the
 * title's candidate covers the words the gazetteer would have read as the UN. Two or three words, the first of them
 * with the article (ل + ال written لل: the span starts after the first ل).
 */
function bodyInTitle(art: Article, c: Cand): Draft | null {
  const { doc, kb } = art;
  for (let i = c.tokenStart + 1; i < c.tokenEnd; i++) {
    const first = doc.tokens[i]!;
    const lam = first.text.startsWith('لل') ? 1 : 0;
    if (!lam && !first.text.startsWith('ال')) continue;
    for (const n of [3, 2]) {
      if (i + n > c.tokenEnd) continue;
      const start = first.start + lam;
      const end = doc.tokens[i + n - 1]!.end;
      const phrase = lam ? 'ال' + doc.text.slice(first.start + 2, end) : doc.text.slice(start, end);
      const t = kb.lookup(phrase).find((x) => x.type === 'ORG' && !x.id.startsWith('x:'));
      if (!t) continue;
      const d = kbDraft(art, t.id);
      d.mentions.push({ start, end, text: doc.text.slice(start, end), kind: 'name' });
      return d;
    }
  }
  return null;
}

function countryMention(art: Article, sp: CountrySpan) {
  const { doc } = art;
  const d = kbDraft(art, `cty:${sp.iso}`);
  d.mentions.push({ start: sp.start, end: sp.end, text: doc.text.slice(sp.start, sp.end), kind: sp.demonym ? 'demonym' : 'name' });
}

/** "Designate" and "elect" after a title (رئيس الوزراء المكلف، الرئيس المنتخب): not the sitting holder. */
const DESIGNATE = new RegExp(`^\\s*(?:(?:المكلف|المكلفة)(?:\\s+بتشكيل\\s+(?:ال)?حكومة(?:\\s+(?:ال)?جديدة)?)?|${alternation(new Set([...RESOLVER_WORDS.designateAdjectives, ...LEFT_OFFICE]))})(?=[\\s،,.:]|$)`);
/** "Current" after a title (الرئيس الحالي فلاديمير بوتين): the name after it is the title's, and the sitting holder is meant. */
const APPOSED_ADJECTIVE = /^\s*(?:الحالي|الحالية|الجديد|الجديدة)(?=[\s،,.:]|$)/;
/** "Then" after a title (الرئيس الروسي حينذاك ديميتري ميدفيديف): a past holder, named after it or by no one. */
/** Words for "at that time" after a title or a name (الرئيس آنذاك): one list for the pattern and the set below. */
const THEN = ['آنذاك', 'انذاك', 'حينها', 'وقتها', 'وقتذاك', 'حينذاك', 'وقتئذ', 'حينئذ'];
const THEN_AFTER = new RegExp(`^\\s*(?:${THEN.join('|')})(?=[\\s،,.:]|$)`);

/** Does the title stand for an office, not a person (منصب رئيس الوزراء، لمنصب الرئيس)? */
function officeWord(art: Article, c: Cand): boolean {
  return officeNounAt(art, c.tokenStart - 1);
}

/** Is token j the noun منصب (the office, not its holder: منصب وزير الخارجية، منصب مدير مكتب البنك الدولي)? */
function officeNounAt(art: Article, j: number): boolean {
  const { doc, tn } = art;
  if (j < 0) return false;
  const w = tn(doc, j).replace(/^[وف]?[بل]?/, '');
  return w === 'منصب' || w === 'منصبي';
}

/** The person named right after a title (apposition), if any. */
function appositive(art: Article, k: number, generic = false): Cand | null {
  const { doc, kb, norm, cands } = art;
  const c = cands[k];
  if (!c) return null;
  let next = cands[k + 1];
  let after = c.tokenEnd;
  let gap = doc.text.slice(c.end, next?.start ?? doc.text.length);
  // رئيس الوزراء العراقي المكلف (بتشكيل الحكومة) عادل عبد المهدي: the name after "designate" / "elect" is
  // the title's (candidates inside that phrase, الحكومة, are passed over).
  const designate = DESIGNATE.exec(doc.text.slice(c.end, c.end + 60)) ?? APPOSED_ADJECTIVE.exec(doc.text.slice(c.end, c.end + 20)) ?? THEN_AFTER.exec(doc.text.slice(c.end, c.end + 20));
  if (designate) {
    const from = c.end + designate[0].length;
    let x = k + 1;
    while (x < cands.length && cands[x]!.start < from) x++;
    k = x - 1;
    next = cands[x];
    gap = doc.text.slice(from, next?.start ?? doc.text.length);
    after += designate[0].trim().split(/\s+/).length;
  }
  // (resolve19) رئيس أركان الجيش السوداني، كمال عبد المعروف: the name comes after the army's name and its demonym.
  const through = c.title?.through;
  if (through && next && next.start < through.end) {
    let x = k + 1;
    while (x < cands.length && cands[x]!.start < through.end) x++;
    k = x - 1;
    next = cands[x];
    gap = doc.text.slice(through.end, next?.start ?? doc.text.length);
    after = through.tokenEnd;
  }
  // The post before the name: السفير الروسي في لاهاي ألكسندر شولغين، السفير الأميركي لدى إسرائيل، فريدمان
  // The UN and its two councils are a post too (السفير الأميركي السابق لدى الأمم المتحدة جون بولتون; resolve9).
  const locAt = (x: Cand | undefined) => !!x && x.kind === 'name' && (x.nerType === 'LOC' || (!x.nerType && x.targets.some((t) => t.type === 'LOC')) || (generic && x.targets.some((t) => UN_SEATS.has(t.id))));
  // (resolve20) A generic title's post may be a body, after إلى too (المبعوث الأمريكي إلى التحالف الدولي في العراق
  // بريت ماكغورك), and a place after it.
  const bodyAt = (x: Cand | undefined) => generic && !!x && x.kind === 'name' && (x.nerType === 'ORG' || (!x.nerType && x.targets.some((t) => t.type === 'ORG')));
  const isLoc = locAt(next);
  // (resolve23) A generic title's post may be a place after ل, with الخاص before it (المبعوث الأميركي الخاص لإيران،
  // برايان هوك).
  if ((isLoc && (/^\s*(لدى|في|ب)\s*$/.test(gap) || (generic && /^\s*(?:الخاص|الخاصة)?\s*ل\s*$/.test(gap)))) || (bodyAt(next) && /^\s*(لدى|إلى|الى)\s*$/.test(gap))) {
    after = next!.tokenEnd;
    gap = doc.text.slice(next!.end, cands[k + 2]?.start ?? doc.text.length);
    next = cands[k + 2];
    if (generic && !isLoc && locAt(next) && /^\s*(في|ب)\s*$/.test(gap)) {
      after = next!.tokenEnd;
      gap = doc.text.slice(next!.end, cands[k + 3]?.start ?? doc.text.length);
      next = cands[k + 3];
    }
  } else if (generic && /^\s*لل\S+(\s+[^\s،,.]+){0,2}\s*[،,]?\s*$/.test(gap)) {
    // The ministry after a generic title: الوزير السريلانكي للتخطيط المدني رؤوف حكيم
    gap = '';
  }
  // الرئيس الروسي فلاديمير بوتين, and with commas: الرئيس الأمريكي، دونالد ترامب،
  // An honorific may stand before the name: النائب العام المصري، المستشار نبيل صادق.
  if (next && next.kind === 'title' && kb.honorifics.has(norm(doc.text.slice(next.start, next.end))) && cands[k + 2]) {
    next = cands[k + 2];
    gap = doc.text.slice(c.end, next!.start);
  }
  const gapWords = gap.replace(/[،,]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const honorificGap = gapWords.length > 0 && gapWords.length <= 2 && kb.honorifics.has(norm(gapWords.join(' ')));
  // ... and in brackets: الرئيس (دونالد ترامب).
  // رئيس الوزراء السابق، #إيهود_أولمرت: a hashtag's # before the name (titles13.ts, rule U3).
  if (/#$/.test(gap)) gap = gap.slice(0, -1);
  if (!next || next.kind !== 'name' || !(/^\s*[،,(]?\s*$/.test(gap) || honorificGap)) return surnameAfter(art, after) ?? unknownAfter(art, after, next?.start ?? doc.text.length);
  const isPer = next.nerType === 'PER' || next.targets.some((t) => t.type === 'PER');
  return isPer ? next : null;
}

/**
 * A word right after a title that is the family name (last word) of exactly one person the article named in
 * full before (السفير الخيارين after زايد بن سعيد الخيارين): a one-word name of that person.
 */
function surnameAfter(art: Article, j: number): Cand | null {
  const { doc, drafts } = art;
  const tok = doc.tokens[j];
  if (!tok || tok.kind !== 'arabic' || j < 1 || !/^\s+$/.test(doc.text.slice(doc.tokens[j - 1]!.end, tok.start))) return null;
  const w = normalize(stripDiacritics(tok.text));
  if (w.length < 3) return null;
  let owner: Draft | null = null;
  for (const d of drafts.values()) {
    if (d.type !== 'PER' || d.generic || d.mentions.length === 0) continue;
    if (!d.names.some((n) => { const ws = normalize(stripDiacritics(n)).split(/\s+/); return ws.length > 1 && ws[ws.length - 1] === w; })) continue;
    if (owner && owner !== d) return null;
    owner = d;
  }
  return owner ? newCand(tok.start, tok.end, j, j + 1, 'name', [], { nerType: 'PER' }) : null;
}

/**
 * A name the recognizer missed right after a title: a known first name
 * (بيتر، دونالد) and one or two more words that are not common words
 * (السفير البريطاني في لاهاي بيتر ولسون). Added as an unknown person.
 */
function unknownAfter(art: Article, j: number, limit: number): Cand | null {
  const { doc, kb, freq, tolerantPerson, countries } = art;
  if (j >= doc.tokens.length || doc.tokens[j]!.kind !== 'arabic' || !kb.isNamePart(doc.tokens[j]!.text)) return null;
  if (afterFacility(kb, art.tn, art.norm, doc, j)) return null;
  let e = j + 1;
  while (e < doc.tokens.length && e - j < 3 && doc.tokens[e]!.kind === 'arabic' && doc.tokens[e]!.end <= limit && doc.text.slice(doc.tokens[e - 1]!.end, doc.tokens[e]!.start) === ' ') {
    const w = doc.tokens[e]!.text;
    if (!kb.isNamePart(w) && (!freq || (freq.get(segmentationKey(w)) ?? 0) >= 300)) break;
    e++;
  }
  if (e === j + 1) return null;
  // على as written is the preposition (الرئيس الإيراني على هامش زيارته، الرئيس الفرنسي على أسئلتهم), not علي, unless a
  // name part follows (على أكبر صالحي) or the words are a KB name.
  if (stripDiacritics(doc.tokens[j]!.text) === 'على' && !kb.isNamePart(doc.tokens[j + 1]!.text) && !kb.lookup(doc.text.slice(doc.tokens[j]!.start, doc.tokens[e - 1]!.end)).length) return null;
  const start = doc.tokens[j]!.start;
  const end = doc.tokens[e - 1]!.end;
  const known = kb.lookup(doc.text.slice(start, end));
  const targets = known.length ? known : tolerantPerson(doc.text.slice(start, end), new Set(countries.keys()));
  return newCand(start, end, j, e, 'name', targets, { nerType: 'PER' });
}

/**
 * A one-word name after a title that is a word of the name of a person of the
 * article (الرئيس مون after مون جيه إن): that person.
 */
function personByWord(art: Article, c: Cand): Draft | null {
  const { doc, kb, drafts } = art;
  if (c.tokenEnd - c.tokenStart !== 1 || c.targets.length) return null;
  const w = normalize(stripDiacritics(doc.text.slice(c.start, c.end)));
  for (const d of [...drafts.values()].reverse()) {
    if (d.type !== 'PER' || d.generic) continue;
    const names = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId)?.ar ?? d.names : d.names;
    if (names.some((n) => { const ws = normalize(n).split(' '); return ws.length > 1 && ws.includes(w); })) return d;
  }
  return null;
}

/** Names skipped between a title and its appositive name (في لاهاي) are still mentions. */
function skipTo(art: Article, from: number, app: Cand): number {
  const { cands } = art;
  let to = cands.indexOf(app);
  // A name found after the title (not a candidate): up to the candidates before it.
  if (to < 0) {
    to = from + 1;
    while (to < cands.length && cands[to]!.start < app.start) to++;
    for (let x = from + 1; x < to; x++) {
      const d = cands[x]!.kind === 'name' ? nameDraft(art, cands[x]!) : null;
      if (d) addMention(art, d, cands[x]!, 'name');
    }
    return to - 1;
  }
  for (let x = from + 1; x < to; x++) {
    const d = cands[x]!.kind === 'name' ? nameDraft(art, cands[x]!) : null;
    if (d) addMention(art, d, cands[x]!, 'name');
  }
  // (resolve19) The demonym of a title's inserted genitive (رئيس أركان الجيوش الأمريكية جوزيف دانفورد) names its country.
  const through = cands[from]?.title?.through;
  if (through) {
    for (let x = from + 1; x < to; x++) {
      const c = cands[x]!;
      const t = c.kind === 'demonym' && c.end <= through.end ? c.targets.find((y) => y.id.startsWith('cty:')) : undefined;
      if (t) addMention(art, kbDraft(art, t.id), c, 'demonym');
    }
  }
  return to;
}

function englishAdjective(art: Article, iso: string | null): string | null {
  const { kb } = art;
  if (!iso) return null;
  const rec = kb.country(iso);
  return rec ? rec.demonymEn ?? rec.nameEn : null;
}

/** The entity of a generic title (French ambassador) with no name yet: one per title and country in the article. */
function genericDraft(art: Article, en: string, country: string | null, org: Draft | null, text: string, feminine = false): Draft | null {
  const { kb, drafts, byGeneric } = art;
  const owner = org ? (org.kbId && !org.kbId.startsWith('x:') ? kb.byId(org.kbId)?.nameEn : null) ?? org.orgInfo?.nameEn ?? kb.romanize(org.names[0] ?? '') : englishAdjective(art, country);
  if (!owner) return null;
  const gkey = `${en}|${org ? org.key : country}${feminine ? '|f' : ''}`;
  let d = byGeneric.get(gkey);
  if (d) return d;
  const id = `x:per:${hashHex(`title|${gkey}`)}`;
  d = drafts.get(id);
  if (!d) {
    const nameEn = `${owner} ${en}`;
    // A government's envoy or minister acts for the government (actor XXXGOV); a spokesperson for the organization.
    d = newDraft(id, 'PER', id, country ?? org?.country ?? null, [stripDiacritics(text)], [], org ? null : 'other', { generic: { nameEn, key: gkey, org: org?.kbId ?? null }, genericTitle: en });
    drafts.set(id, d);
  }
  byGeneric.set(gkey, d);
  return d;
}

/**
 * A generic title (السفير الأميركي، المتحدثة باسم الخارجية الروسية، وزير الدولة الإماراتي) whose office
 * the KB records (RoleSpell.office) is its holder on the document's date: the one holder for that
 * country or organization, or, among several (ambassadors), the one posted to a country the article
 * names (or to the UN).
 */
function officeHolder(art: Article, en: string, country: string | null, org: Draft | null, feminine: boolean, post: string | null = null, at: Cand | null = null): Draft | null {
  const { kb, countries, date, unNamed } = art;
  if (!date) return null;
  const orgId = org?.kbId && !org.kbId.startsWith('x:') ? org.kbId : null;
  if (org && !orgId) return null;
  // An ambassador or envoy is one of many a country has: the KB's is meant only when the article is
  // about where it is posted (one of the two countries it names most, its own aside; the UN: named).
  const others = [...countries].filter(([iso]) => iso !== country).sort((a, b) => b[1] - a[1]);
  const cut = others[Math.min(1, others.length - 1)]?.[1] ?? Infinity;
  // (resolve25) And not when the title's sentence names a third country (تركيا تستدعي سفير السعودية، استدعت الصين
  // السفير الأميركي: the ambassador there, not the KB's ambassador to the US or to Russia).
  const posted = (post: string) => (post === 'IGO' ? unNamed : (countries.get(post) ?? 0) >= cut && !(at && countryInSentenceBut(art, at, [country, post])));
  // A post the text names after the title (السفير السعودي لدى واشنطن) decides among them, whatever the counts (kb14).
  // A country's ambassador to the UN (السفير الروسي لدى الأمم المتحدة) is its envoy there, the office the KB records.
  const office = post === 'IGO' && en === 'ambassador' ? 'envoy' : en;
  let found = kb.officeHolders(office, orgId ? null : country, orgId, date).filter((h) => !h.spell.post || (post ? h.spell.post === post : posted(h.spell.post)));
  // A feminine title (سفيرة، المتحدثة) is a woman's office.
  if (feminine) found = found.filter((h) => h.person.gender === 'f');
  if (found.length !== 1) return null;
  const d = kbDraft(art, found[0]!.person.id);
  d.genericTitle = en;
  return d;
}

/**
 * The post a generic title names right after it (السفير السعودي لدى واشنطن، السفير الأمريكي في إسرائيل، المبعوث
 * الأمريكي إلى سوريا، المندوب الروسي في مجلس الأمن): the one country of the place named there, or IGO for the UN and
 * the two bodies its envoys sit in.
 */
function namedPost(art: Article, at: number): string | null {
  const { doc, cands, kb } = art;
  const c = cands[at];
  const next = cands[at + 1];
  if (!c || !next || next.kind !== 'name') return null;
  if (!/^\s*(لدى|في|ب|إلى|الى)\s*$/.test(doc.text.slice(c.end, next.start))) return null;
  if (next.targets.some((t) => UN_SEATS.has(t.id))) return 'IGO';
  const isos = new Set(next.targets.filter((t) => t.type === 'LOC').map((t) => kb.byId(t.id)?.country).filter((x): x is string => !!x));
  return isos.size === 1 ? [...isos][0]! : null;
}

/** A name given to a generic title's entity: the person takes its mentions. */
function nameGeneric(art: Article, gkey: string, person: Draft) {
  const { drafts, byGeneric, lastGeneric, personMentions } = art;
  const g = byGeneric.get(gkey);
  if (g && g !== person && g.generic) {
    for (const m of g.mentions) person.mentions.push(m);
    for (const p of personMentions) if (p.draft === g) p.draft = person;
    g.mentions = [];
    drafts.delete(g.key);
    for (const [k2, v] of lastGeneric) if (v === g) lastGeneric.set(k2, person);
    if (art.lastMinister === g) art.lastMinister = person;
  }
  byGeneric.set(gkey, person);
}

function nameDraft(art: Article, c: Cand): Draft | null {
  const { doc, choose, countries, chosen } = art;
  if (c.org || c.orgRef) return orgDraft(art, c);
  const local = localSurname(art, c);
  if (local) return local;
  const chosenT = choose(doc, c, countries, chosen);
  const t = chosenT && namesakeByEvidence(art, c, chosenT);
  const back = t ? igoEpithet(art, c, t.id) ?? subBody(art, c, t.id) : null;
  if (back) return back;
  if (t) {
    chosen.set(normalize(doc.text.slice(c.start, c.end)), t.id);
    return kbDraft(art, t.id);
  }
  if (c.nerType) return unknownDraft(art, c, c.nerType);
  return null;
}

/**
 * (resolve31) A UN epithet the KB gives the UN (المنظمة الدولية) after the article named another body of its head
 * (هيومن رايتس ووتش، منظمة الصحة العالمية) later than the UN, or where it has not named the UN at all: that body, as
 * المنظمة alone would be. News calls any international body so.
 */
function igoEpithet(art: Article, c: Cand, id: string): Draft | null {
  const { doc, orgs, lastOrgByHead, drafts } = art;
  if (!orgs || c.tokenEnd - c.tokenStart !== 2) return null;
  const key = spacedParticles(normalize(stripDiacritics(doc.text.slice(c.start, c.end)))).replace(/\s+/g, ' ');
  const head = IGO_EPITHETS.get(key) ?? (/^[وفبل]/.test(key) ? IGO_EPITHETS.get(key.slice(1)) : undefined);
  const h = head ? orgs.head(head) : undefined;
  const prev = h ? lastOrgByHead.get(h.base) : undefined;
  if (!prev || prev.kbId === id) return null;
  const last = (d: Draft | undefined): number => (d?.mentions.length ? d.mentions[d.mentions.length - 1]!.start : -1);
  return last(prev) > last(drafts.get(id)) ? prev : null;
}

const subBodyCache = new WeakMap<KnowledgeBase, Map<string, Array<{ id: string; words: string[] }>>>();
const nameKey = (s: string): string => spacedParticles(normalize(stripDiacritics(s))).replace(/\s+/g, ' ');
/** The KB's bodies named "head + another KB body's name + complement" (وكالة الأمم المتحدة لإغاثة …), by "head + name". */
function subBodies(kb: KnowledgeBase): Map<string, Array<{ id: string; words: string[] }>> {
  let m = subBodyCache.get(kb);
  if (m) return m;
  m = new Map();
  for (const o of kb.organizations) {
    for (const n of o.ar) {
      const ws = nameKey(n).split(' ');
      for (let i = 2; i < ws.length; i++) {
        const prefix = ws.slice(0, i).join(' ');
        const inner = ws.slice(1, i).join(' ');
        if (!kb.lookupKey(inner).some((t) => t.type === 'ORG' && t.id !== o.id)) continue;
        const list = m.get(prefix) ?? [];
        list.push({ id: o.id, words: ws.slice(i) });
        m.set(prefix, list);
      }
    }
  }
  subBodyCache.set(kb, m);
  return m;
}

/**
 * (resolve31) A head in construct with a KB body's name, then a complement (وكالة الأمم المتحدة لغوث وتشغيل اللاجئين
 * الفلسطينيين, a wording the KB lacks): a named sub-body, not the body. It is the KB body whose name begins with the
 * head and that name and shares two or more of the complement's next words (UNRWA), where one alone does.
 */
function subBody(art: Article, c: Cand, id: string): Draft | null {
  const { doc, kb, orgs, tn } = art;
  if (!orgs || c.tokenEnd - c.tokenStart < 2) return null;
  const key = nameKey(doc.text.slice(c.start, c.end));
  const ws = key.split(' ');
  const h = orgs.head(ws[0]!);
  if (!h || h.definite || !kb.lookupKey(ws.slice(1).join(' ')).some((t) => t.id === id) || kb.lookupKey(key).some((t) => t.id === id)) return null;
  const list = subBodies(kb).get(key);
  if (!list) return null;
  const next = new Set<string>();
  for (let j = c.tokenEnd; j < Math.min(doc.tokens.length, c.tokenEnd + 6); j++) {
    const w = tn(doc, j);
    if (w.length >= 3) next.add(w);
  }
  let best: string | null = null;
  let bestScore = 1;
  let tie = false;
  const scores = new Map<string, number>();
  for (const x of list) scores.set(x.id, Math.max(scores.get(x.id) ?? 0, x.words.filter((w) => next.has(w)).length));
  for (const [x, n] of scores) {
    if (n > bestScore) [best, bestScore, tie] = [x, n, false];
    else if (n === bestScore) tie = true;
  }
  return best && !tie ? kbDraft(art, best) : null;
}

/**
 * A surname alone that the KB gives to a person the article has not named (كاتس → Israel Katz), after the article
 * named someone the KB lacks with that surname in full (ياكوف كاتس): the article's own person, as a reader takes it.
 * Only a person named in full before and unknown to the KB counts; a KB person the article names in full keeps the
 * usual choice (two Skripals, Donald and Ivanka Trump).
 */
function localSurname(art: Article, c: Cand): Draft | null {
  const { doc, drafts } = art;
  if (c.tokenEnd - c.tokenStart !== 1 || c.nerType === 'ORG' || c.nerType === 'LOC') return null;
  const people = c.targets.filter((t) => t.type === 'PER');
  if (people.length === 0 || people.length !== c.targets.length) return null;
  // A KB namesake the article already named keeps the name.
  if (people.some((t) => (drafts.get(t.id)?.mentions.length ?? 0) > 0)) return null;
  const w = spacedParticles(normalize(stripDiacritics(doc.text.slice(c.start, c.end))));
  // The KB namesakes' other name words: a local "name" holding one is the KB person in a span the recognizer ran
  // over other words (لكم ولأخي العزيز عبدالفتاح السيسي), not someone else.
  const kbWords = new Set(people.flatMap((t) => (art.kb.byId(t.id)?.ar ?? []).flatMap((n) => spacedParticles(normalize(n)).split(/\s+/))).filter((x) => x !== w));
  const kbSkeletons = new Set([...kbWords].filter((x) => x.length >= 4).map(skeleton));
  // Two known given names the romanizer spells apart are two names (محمد Mohammed, محمود Mahmoud), not one spelled
  // two ways (وليام and ويليام are both William).
  const otherGivenName = (x: string) =>
    art.kb.isNamePart(x) && [...kbWords].some((k) => k.length >= 4 && skeleton(k) === skeleton(x) && art.kb.isNamePart(k) && art.kb.romanize(k) !== art.kb.romanize(x));
  // A full name of two or three words, as names are written.
  const fullName = (m: Mention): boolean => {
    const ws = spacedParticles(normalize(stripDiacritics(m.text))).split(/\s+/);
    // A first name spelled another way (وليام روتو for the KB's ويليام روتو) is the KB person too: same consonants.
    // An Arabic given name has one spelling: محمد is not محمود (محمد عباس is not Mahmoud Abbas).
    // The surname itself, however the KB spells it (جونسن for جونسون), is shared by definition: no evidence.
    const sameConsonants = (x: string) => x.length >= 4 && skeleton(x) !== skeleton(w) && kbSkeletons.has(skeleton(x)) && !otherGivenName(x);
    // A word the recognizer cut a letter off as a clitic (اري of لاري كادلو, the KB's لاري كودلو) is the KB's word.
    const clipped = (x: string) => [...'لبكو'].some((p) => kbWords.has(p + x));
    return m.kind === 'name' && m.start < c.start && ws.length > 1 && ws.length <= 3 && !ws.some((x) => kbWords.has(x) || clipped(x) || sameConsonants(x));
  };
  const targetIds = new Set(people.map((t) => t.id));
  for (const d of [...drafts.values()].reverse()) {
    if (d.type !== 'PER' || d.generic || !d.kbId || d.mentions.length === 0 || targetIds.has(d.kbId)) continue;
    // A KB person named in full before (the blogger وائل عباس) is the article's own holder of the surname too,
    // before the famous holder the KB gives the word alone to (Mahmoud Abbas), who the article never named (quotes14).
    if (!d.mentions.some(fullName) || !surnameOf(art, d, w)) continue;
    // A woman's surname alone is read with a feminine verb (قالت ترامب، وحذرت غراندي); after إيفانكا ترامب, "وقال
    // ترامب" or "إدارة ترامب" is her father, the KB's holder of the word.
    if (woman(art, d) && !people.some((t) => art.kb.byId(t.id)?.person?.gender === 'f') && !feminineBefore(art, c)) continue;
    return d;
  }
  return null;
}

/** How much the article speaks for a KB person: named in full or by title, in office on the date, at the UN where the office is, their country named. */
function namesakeEvidence(art: Article, id: string, holder: boolean): number {
  const { kb, drafts, countries, date, unNamed } = art;
  const p = kb.byId(id)?.person;
  if (!p) return 0;
  let s = 0;
  // Named before by a title the person holds (الرئيس السوري keeps الأسد for Bashar; المندوب السوري gives الجعفري to
  // the envoy), or, for the word's KB holder, by any name. A namesake named in full is localSurname's to decide
  // (rule 74: إيفانكا ترامب takes ترامب only after a feminine verb).
  if (drafts.get(id)?.mentions.some((m) => m.kind === 'title' || (holder && m.kind === 'name'))) s += 4;
  const active = date ? p.roles.filter((r) => spellActiveOn(r, date)) : [];
  if (active.length) s += 1;
  // A country's envoy to the UN (post IGO) in a story that names the UN or its councils; not the head of an IGO
  // (Jim Yong Kim, World Bank, is not كيم in a Trump-Kim summit story that names the UN).
  if (unNamed && active.some((r) => r.post === 'IGO')) s += 2;
  if (p.country && (countries.get(p.country) ?? 0) > 0) s += 1;
  return s;
}

/**
 * A surname alone the KB gives to one person (الجعفري → Ibrahim al-Jaafari) while another KB person's full name ends
 * with it (Bashar al-Jaafari, Syria's envoy to the UN): the article's evidence decides (resolve9). The namesake is
 * taken only on clearly more evidence (two points: titled in the article, or at the UN where the office is, and their
 * country named where the holder's is not), so that a family's famous holder (ترامب، الأسد) keeps the word.
 */
function namesakeByEvidence(art: Article, c: Cand, t: NameTarget): NameTarget {
  const { doc, kb } = art;
  if (t.type !== 'PER' || c.tokenEnd - c.tokenStart !== 1) return t;
  const w = normalize(stripDiacritics(doc.text.slice(c.start, c.end)));
  // Kin share a country (Donald and Ivanka Trump, Bashar and Maher al-Assad): only a namesake of another country
  // can be told apart by the article's evidence.
  const country = kb.byId(t.id)?.country ?? null;
  const others = kb.peopleBySurname(w).filter((id) => id !== t.id && kb.byId(id)?.country !== country);
  if (!others.length) return t;
  const base = namesakeEvidence(art, t.id, true);
  let best: string | null = null;
  let bestScore = base + 1;
  for (const id of others) {
    const sc = namesakeEvidence(art, id, false);
    if (sc > bestScore) {
      best = id;
      bestScore = sc;
    } else if (sc === bestScore && best) best = null;
  }
  return best ? { id: best, type: 'PER', kind: 'name' } : t;
}

/** A woman by the KB's record or her given name (إيفانكا). */
function woman(art: Article, d: Draft): boolean {
  const { kb } = art;
  if (d.kbId && !d.kbId.startsWith('x:') && kb.byId(d.kbId)?.person?.gender === 'f') return true;
  return womanNamed(art, d);
}

/** The word before the candidate is a feminine verb of the third person (قالت، وأضافت، حذرت). */
function feminineBefore(art: Article, c: Cand): boolean {
  if (c.tokenStart < 1) return false;
  const prev = normalize(art.doc.tokens[c.tokenStart - 1]!.text);
  return prev.length >= 3 && prev.endsWith('ت');
}

/**
 * "مدير/رئيس + a KB organization" (مدير وكالة المخابرات المركزية الأميركية، المدير العام للوكالة) is a title
 * of the organization's head on the document's date: a title mention over the head word(s) and the name.
 */
function headTitle(art: Article, c: Cand, org: Draft) {
  const { doc, kb, tn, date } = art;
  if (!date || !org.kbId || org.kbId.startsWith('x:') || c.tokenStart < 1) return;
  let j = c.tokenStart - 1;
  const qualifier = ORG_HEAD_QUALIFIERS.has(tn(doc, j)) && j >= 1 ? ' ' + tn(doc, j--) : '';
  const { head, skip } = bodyHeadAt(art, j, qualifier);
  if (!head) return;
  const attached = c.start > doc.tokens[c.tokenStart]!.start;
  // A definite head takes the body with ل (المدير العام للوكالة); a bare one is a construct (مدير الوكالة).
  if (head.startsWith('ال') !== attached || !/^\s+$/.test(doc.text.slice(doc.tokens[c.tokenStart - 1]!.end, doc.tokens[c.tokenStart]!.start))) return;
  // نائب رئيس البرلمان الأوروبي، القائم بأعمال مدير الوكالة: a deputy's or an acting head's title, not the head's; رئيس
  // المفوضية الأوروبية السابق: a former head, not the one in office on the date.
  if (j >= 1 && DEPUTY_BEFORE.has(tn(doc, j - 1).replace(/^[وف]/, ''))) return;
  // (resolve23) شغل منصب مدير مكتب البنك الدولي: the office, not the body's head on the date.
  if (officeNounAt(art, j - 1)) return;
  // النائب الأول لرئيس البرلمان، نائبا لمدير الوكالة: a deputy of the head, with ل on the head word.
  if (skip > 0 && deputyWordBefore(art, j - 1)) return;
  // ورئيس الأركان: a title of the table (the chief of staff of the country meant), not the head of a KB body so named.
  if (skip > 0 && kb.title(head + ' ' + art.tn(doc, c.tokenStart))) return;
  if (c.tokenEnd < doc.tokens.length && kb.former.has(tn(doc, c.tokenEnd))) return;
  // … or behind a bracketed acronym (مدير وكالة المخابرات المركزية الأمريكية (سي آي إيه) السابق جون برينان).
  if (/^\s*\([^()]{1,30}\)\s*(?:السابق|السابقة|الأسبق|الأسبقة)(?=[\s،,.:]|$)/.test(doc.text.slice(c.end, c.end + 50))) return;
  // (resolve32) زعيم تنظيم الدولة في أفغانستان، مدير أوكسفام في هايتي، قائد تنظيم داعش في البلاد: a branch of the body in
  // another country or in a place, whose head is not the body's.
  if (branchElsewhere(art, c, org.kbId)) return;
  const person = kb.headOf(org.kbId, date);
  if (!person) return;
  // (resolve32) A feminine head noun (رئيسة حزب العمال غليزي هوفمان) names a woman: not a head the KB records as none.
  if (head.split(' ')[0]!.endsWith('ه') && person.gender !== 'f') return;
  const start = doc.tokens[j]!.start + skip;
  addMention(art, kbDraft(art, person.id), copyCand(c, { start, tokenStart: j }), 'title');
}

/**
 * (resolve32) The body's name is followed by في and another country or a place in another country (تنظيم الدولة في
 * أفغانستان، أوكسفام في هايتي), or by في and an unnamed place or a place noun (في البلاد، في بلدة الشيخ زويد): a
 * branch of the body. في and the body's own country or one of its places (اللجنة العليا للانتخابات في تركيا، رئيس
 * المجلس السياسي الأعلى في صنعاء) is the body itself; a demonym after the body (ميليشيات الحوثي الإيرانية) describes it.
 */
function branchElsewhere(art: Article, c: Cand, orgId: string): boolean {
  const { doc, kb, tn } = art;
  const own = kb.byId(orgId)?.country ?? null;
  // The country of a KB country or place the phrase names ('' for a place of no country), undefined for none.
  const countryOf = (phrase: string, kinds: readonly string[]): string | undefined => {
    const t = kb.lookup(phrase).find((x) => x.type === 'LOC' && kinds.includes(x.kind));
    return t ? kb.byId(t.id)?.country ?? '' : undefined;
  };
  // One or two adjectives may stand between (حزب العمال المعارض في أستراليا).
  for (let j = c.tokenEnd; j < Math.min(doc.tokens.length, c.tokenEnd + 3); j++) {
    const w = tn(doc, j);
    // A demonym after the body describes it (ميليشيات الحوثي الإيرانية: Iran-backed), it names no branch.
    if (countryOf(w, ['demonym']) !== undefined) return false;
    if (w === 'في') {
      // في البلاد، في المنطقة (an unnamed place), في بلدة الشيخ زويد (a place noun before a name): a place.
      const after = j + 1 < doc.tokens.length ? tn(doc, j + 1) : '';
      if (BRANCH_PLACES.has(after) || PLACE_NOUNS.has(after)) return true;
      for (const n of [2, 1]) {
        if (j + n >= doc.tokens.length) continue;
        const where = countryOf(doc.tokens.slice(j + 1, j + 1 + n).map((t) => t.text).join(' '), ['name']);
        // Another country, or a place in another country (أوبر في القاهرة); a place of the body's own country is
        // where the sentence happens (استقبل … رئيس المجلس السياسي الأعلى في صنعاء), not a branch.
        if (where !== undefined) return where !== '' && where !== own;
      }
      return false;
    }
    if (!w.startsWith('ال')) return false;
  }
  return false;
}

/**
 * The head word of a body's head title at token j (+ a qualifier: المدير العام), also behind one-letter proclitics
 * (ورئيس وكالة الاستخبارات المركزية، بقائد الجيش, in a list or after a preposition): the normalized head and how many
 * characters of the token the proclitics take (the mention starts after them); a definite head only behind و/ف.
 */
function bodyHeadAt(art: Article, j: number, qualifier: string): { head: string | null; skip: number } {
  const { doc, tn } = art;
  const whole = tn(doc, j) + qualifier;
  if (ORG_HEAD_WORDS.has(whole)) return { head: whole, skip: 0 };
  const seg = doc.segment(j);
  const letters = seg.proclitics.filter((p) => p.length === 1);
  if (seg.baseStart <= 0 || letters.some((p) => !ONE_LETTER_HEAD_PROCLITICS.has(p))) return { head: null, skip: 0 };
  const rest = normalize(doc.tokens[j]!.text.slice(seg.baseStart)) + qualifier;
  if (!ORG_HEAD_WORDS.has(rest) || (rest.startsWith('ال') && letters.some((p) => p !== 'و' && p !== 'ف'))) return { head: null, skip: 0 };
  return { head: rest, skip: seg.baseStart };
}

/** Each candidate in order becomes a mention of an entity; a title may take the candidates after it. */
function resolveCandidates(art: Article): void {
  const { cands } = art;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.kind === 'name') {
      nameCandidate(art, c);
      continue;
    }
    if (c.kind === 'demonym') {
      const t = c.targets.find((x) => x.id.startsWith('cty:'));
      if (t && !maqsuraWord(art, c, t.id.slice(4)) && !lineageAround(art, c)) addMention(art, kbDraft(art, t.id), c, 'demonym');
      continue;
    }
    if (c.kind === 'title' && c.title?.countrySpan) countryMention(art, c.title.countrySpan);
    if (c.kind === 'title' && c.title?.def.igo) bodyInTitle(art, c);
    if (c.kind === 'counterpart' && c.counterpartSpan) countryMention(art, c.counterpartSpan);
    if (c.kind === 'title' && c.title?.def.generic) k = genericTitleCandidate(art, c, k);
    else if (c.kind === 'title' && c.title) k = titleCandidate(art, c, k);
    else if (c.kind === 'counterpart') k = counterpartCandidate(art, c, k);
  }
}

/**
 * A one-word demonym written with a final ى (مجرى "course" for مجري "Hungarian"): news writes the nisba with ي,
 * so it is the other word unless the article names that country otherwise.
 */
function maqsuraWord(art: Article, c: Cand, iso: string): boolean {
  const { doc, countries } = art;
  if (c.tokenEnd - c.tokenStart !== 1 || !doc.text.slice(c.start, c.end).endsWith('ى')) return false;
  return (countries.get(iso) ?? 0) < 2;
}

/** A name: its entity (KB, unknown organization or recognizer's name) takes the mention. */
function nameCandidate(art: Article, c: Cand): void {
  const { kb, date } = art;
  if (competitionPlace(art, c)) return;
  if (facilityNamesake(art, c)) return;
  if (constructNoun(art, c)) return;
  if (adjectiveBody(art, c)) return;
  // A person's name after a town's noun names the town (بلدية "بوندي"): src/resolve/name-edges.ts.
  if (c.targets.length && c.targets.every((t) => t.type === 'PER') && afterPlaceNoun(art.doc, c.start)) return;
  const described = describedBody(art, c);
  if (described) return addMention(art, described, c, 'name');
  if (unitPlace(art, c)) return;
  const d = nameDraft(art, c);
  if (d) {
    addMention(art, d, c, 'name');
    if (d.type === 'ORG') headTitle(art, c, d);
    if (d.type === 'ORG') orgPlaces(art, c, d);
    if (d.type === 'ORG') orgCountry(art, c, d);
    if (d.type === 'PER' && d.kbId && !d.kbId.startsWith('x:')) {
      const p = kb.byId(d.kbId)?.person;
      if (p && isMinisterRole(kb.activeRole(p, date)?.role)) setMinister(art, d);
    }
  }
}

/**
 * (resolve18) A governorate's unit noun before a place name (data/resolve/governorate-units.json): محافظة تعز is the
 * governorate, not the city the KB knows as تعز. The KB's governorate when it has one named "<unit> <name>" (also where
 * a hashtag, محافظة #الضالع, kept the KB match from it); else, where the name is the KB's city in a country that
 * calls the unit so, a place of its own named "<city> Governorate". The mention takes in the unit noun.
 */
const CITY_FEATURES = new Set(['city', 'capital']);
function unitPlace(art: Article, c: Cand): boolean {
  const { doc, kb, drafts } = art;
  let j = c.tokenStart - 1;
  if (j < 0 || !c.targets.some((t) => t.type === 'LOC')) return false;
  // محافظة #الضالع: the hashtag's mark may be a token of its own.
  if (doc.tokens[j]!.text === '#' && doc.tokens[j]!.end === c.start && j > 0) j--;
  const tok = doc.tokens[j]!;
  if (tok.kind !== 'arabic' || !/^[ \t]+#?$/.test(doc.text.slice(tok.end, c.start))) return false;
  let clitic = -1;
  for (let n = 0; n <= 2 && n < tok.text.length; n++) {
    if (n > 0 && !/[وفبل]/.test(tok.text[n - 1]!)) break;
    if (GOVERNORATE_UNITS.has(normalize(tok.text.slice(n)))) {
      clitic = n;
      break;
    }
  }
  if (clitic < 0) return false;
  const unit = tok.text.slice(clitic);
  const name = doc.text.slice(c.start, c.end);
  const start = tok.start + clitic;
  const span: Cand = copyCand(c, { start, tokenStart: j });
  const region = kb.lookup(`${unit} ${name}`).filter((t) => t.type === 'LOC');
  if (region.length === 1) {
    addMention(art, kbDraft(art, region[0]!.id), span, 'name');
    return true;
  }
  const cities = c.targets.filter((t) => t.type === 'LOC' && CITY_FEATURES.has(kb.byId(t.id)?.place?.feature ?? ''));
  if (cities.length !== 1 || c.targets.some((t) => t.type === 'LOC' && t !== cities[0])) return false;
  const city = kb.byId(cities[0]!.id)!;
  const word = city.country ? GOVERNORATE_COUNTRIES.get(city.country) : undefined;
  if (!word) return false;
  const nameEn = `${city.nameEn} ${word}`;
  const key = `x:loc:${hashHex(normalize(nameEn) + '|' + city.country)}`;
  let d = drafts.get(key);
  if (!d) {
    d = newDraft(key, 'LOC', key, city.country, [`${unit} ${name}`], [], null, { conceptEn: nameEn });
    drafts.set(key, d);
  }
  addMention(art, d, span, 'name');
  return true;
}

/**
 * The country an organization's name says by a demonym or its name (الخارجية الروسية، وزارة الإعلام السعودية،
 * حكومة روسيا) is named too, as a title's country is: the reader learns Russia is involved.
 */
function orgCountry(art: Article, c: Cand, d: Draft): void {
  const { doc, kb, tn } = art;
  const rec = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId) : null;
  // A state's body speaks for the state; a newspaper or an agency named after a country or city (وكالة الأنباء
  // الفرنسية، واشنطن بوست) is its own actor, and the gold does not read the country there.
  if (rec && !STATE_BODIES.has(rec.org?.kind ?? '')) return;
  if (!rec && d.orgInfo && !STATE_SECTORS.has(d.orgInfo.sector)) return;
  const iso = rec ? rec.country : d.orgInfo?.country ?? d.country;
  if (!iso || c.tokenEnd - c.tokenStart < 2) return;
  const cty = kb.country(iso);
  if (!cty) return;
  const words = countryWords(art, cty);
  // The name's first word is its head (روسيا اليوم is a channel, not a mention of Russia in a body's name).
  for (let k = c.tokenStart + 1; k < c.tokenEnd; k++) {
    for (const n of [2, 1]) {
      if (k + n > c.tokenEnd) continue;
      let key = tn(doc, k);
      for (let j = k + 1; j < k + n; j++) key += ' ' + tn(doc, j);
      const demonym = words.get(key);
      if (demonym === undefined) continue;
      const start = doc.tokens[k]!.start;
      const end = doc.tokens[k + n - 1]!.end;
      if (start < c.start || end > c.end) continue;
      art.orgCountries.push({ iso, start, end, demonym });
      return;
    }
  }
}

const STATE_BODIES = new Set(['government', 'ministry', 'parliament', 'military', 'security_agency', 'court']);
const STATE_SECTORS = new Set(['GOV', 'JUD', 'LEG']);

/**
 * The countries said only inside state bodies' names become mentions (the reader learns Russia is involved from
 * الرئاسة الروسية alone); where the article names the country otherwise, the span inside the body's name stays the
 * body's (the event stage reads each span's entities: a second entity there moved its actors).
 */
function orgCountryMentions(art: Article): void {
  for (const sp of art.orgCountries) {
    const d = art.drafts.get(`cty:${sp.iso}`);
    if (d && d.mentions.some((m) => m.start < sp.start || m.start >= sp.end)) continue;
    countryMention(art, sp);
  }
}

/** A country's names and demonyms, normalized → is a demonym (cached on the article's kb by iso). */
const countryWordCache = new WeakMap<object, Map<string, boolean>>();
function countryWords(art: Article, cty: { ar: string[]; demonyms: string[] }): Map<string, boolean> {
  let m = countryWordCache.get(cty);
  if (!m) {
    m = new Map();
    for (const w of cty.ar) m.set(art.norm(w), false);
    for (const w of cty.demonyms) m.set(art.norm(w), true);
    countryWordCache.set(cty, m);
  }
  return m;
}

/** Place names that are also a plural noun (حماة "protectors"): data/kb/resolver-words.json `constructNouns`. */
const CONSTRUCT_NOUNS = RESOLVER_WORDS.constructNouns;
/** Definite nouns of time that follow a place in a clause (إلى حماة السبت): `timeNouns`. */
const TIME_NOUNS = RESOLVER_WORDS.timeNouns;

/**
 * A place name that is also a plural noun, followed by a definite noun, is that noun's construct (حماة الأبقار "cow
 * protectors", "حماة الصداقة" an exercise), not the place: no mention, KB or unknown. A nisba adjective after it
 * (حماة الشمالي، حماة السورية), a compass word or a noun of time (إلى حماة السبت) keeps the place.
 */
function constructNoun(art: Article, c: Cand): boolean {
  const { doc, tn } = art;
  if (c.tokenEnd - c.tokenStart !== 1 || c.tokenEnd >= doc.tokens.length) return false;
  if (!CONSTRUCT_NOUNS.has(art.norm(stripDiacritics(doc.text.slice(c.start, c.end))))) return false;
  // The next word, right after a space (no punctuation between).
  if (!/^\s+$/.test(doc.text.slice(c.end, doc.tokens[c.tokenEnd]!.start))) return false;
  const next = tn(doc, c.tokenEnd).replace(/[\u064b-\u0652]/g, '');
  if (!next.startsWith('ال') || next.length < 4 || /ي$|يه$/.test(next)) return false;
  return !DIRECTIONS.has(next.slice(2)) && !TIME_NOUNS.has(next);
}

/**
 * (resolve17) A KB body's name that opens with an adjective (الخارجية، الداخلية: data/resolve/adjective-bodies.json)
 * right after a definite noun qualifies that noun: السياسة الخارجية الأمريكية is US foreign policy, الشؤون الداخلية
 * اللبنانية Lebanon's internal affairs, not the ministry. No body's mention; a demonym after the adjective is the
 * country's.
 */
function adjectiveBody(art: Article, c: Cand): boolean {
  const { doc, tn, kb } = art;
  if (c.tokenStart === 0 || !c.targets.length || !c.targets.every((t) => t.type === 'ORG')) return false;
  if (!ADJECTIVE_BODIES.has(art.norm(stripDiacritics(doc.text.slice(c.start, doc.tokens[c.tokenStart]!.end))))) return false;
  const prev = c.tokenStart - 1;
  if (doc.tokens[prev]!.kind !== 'arabic' || !/^\s+$/.test(doc.text.slice(doc.tokens[prev]!.end, c.start))) return false;
  if (!/^([وفبلك]?ال|[وف]?لل)/.test(tn(doc, prev))) return false;
  if (c.tokenEnd - c.tokenStart === 2) {
    const iso = kb.byId(c.targets[0]!.id)?.country;
    const tok = doc.tokens[c.tokenStart + 1]!;
    const rec = iso && iso !== 'IGO' ? kb.country(iso) : undefined;
    if (rec && tok.end <= c.end && rec.demonyms.some((d) => art.norm(d) === art.norm(tok.text))) {
      countryMention(art, { iso: rec.iso3, start: tok.start, end: tok.end, demonym: true } as CountrySpan);
    }
  }
  return true;
}

/** A competition named after a region or country (دوري أبطال أوروبا، كأس آسيا، كأس أمم أفريقيا), normalized. */
const COMPETITION_BEFORE = /(?:دوري ابطال|كاس|كاس امم|بطوله|بطوله امم)\s*$/;

/**
 * A place that ends a competition's name (دوري أبطال أوروبا: the Champions League) is a word of that name, not a
 * mention of the place (the gold sets agree: fresh-c, fresh-d).
 */
function competitionPlace(art: Article, c: Cand): boolean {
  if (!c.targets.length || !c.targets.every((t) => t.type === 'LOC')) return false;
  const before = art.norm(art.doc.text.slice(Math.max(0, c.start - 16), c.start));
  return COMPETITION_BEFORE.test(before);
}

/**
 * Facilities named after a person (مطار رونالد ريغان، مركز الملك سلمان، جامعة الملك سعود), as written: with ة,
 * which normalization would fold into the pronoun ه (مؤسسه "its founder" is no foundation).
 */
const FACILITY_HEADS = RESOLVER_WORDS.facilityHeads;

/**
 * A person's name right after a facility's head noun names the facility, not the person (مطار رونالد ريغان is an
 * airport; fresh-e, and مركز الملك سلمان للإغاثة, مطار أتاتورك across the corpus). Indefinite heads only: a
 * definite one is no construct (لزعيم القاعدة أسامة بن لادن: al-Qaeda's leader).
 */
function facilityNamesake(art: Article, c: Cand): boolean {
  if (!c.targets.length || !c.targets.every((t) => t.type === 'PER')) return false;
  const before = art.doc.text.slice(Math.max(0, c.start - 24), c.start).replace(/[\u064b-\u0652]/g, '').trim().split(/\s+/);
  const one = (before[before.length - 1] ?? '').replace(/^[وفبل]/, '');
  const two = before.length >= 2 ? before[before.length - 2]!.replace(/^[وفبل]/, '') + ' ' + (before[before.length - 1] ?? '') : '';
  return FACILITY_HEADS.has(one) || FACILITY_HEADS.has(two);
}

/**
 * المنظمة الدولية (a KB name of the United Nations) after another international body the article named (UNESCO, the
 * OPCW, the Red Cross, an organization the KB lacks with the head منظمة) is that body: the last one named before it,
 * unless that is the United Nations or one of its seats (src/resolve/name-edges.ts, describingPhrase).
 */
const MUNAZZAMA = normalize('منظمة');
const AFFILIATED = new Set(['التابع', 'التابعة', 'تابع', 'تابعة'].map((w) => normalize(w)));
function describedBody(art: Article, c: Cand): Draft | null {
  const { doc, kb, orgs, norm, tn, drafts } = art;
  if (!orgs || !c.targets.some((t) => UN_SEATS.has(t.id))) return null;
  if (!describingPhrase(doc.text.slice(c.start, c.end), (w) => !!orgs.head(norm(w))?.definite)) return null;
  // التابع للمنظمة الدولية: the parent of the body just named (the UN of its programme or council).
  if (c.tokenStart > 0 && AFFILIATED.has(tn(doc, c.tokenStart - 1))) return null;
  let best: Draft | null = null;
  let at = -1;
  for (const d of drafts.values()) {
    if (d.type !== 'ORG') continue;
    const e = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId) : undefined;
    // An organization by its head (OPCW, UNESCO, one the KB lacks) or an international NGO (the Red Cross); not
    // the African Union or a UN programme, which the UN is named beside.
    const international = e ? e.country === 'IGO' && (e.org?.kind === 'ngo' || e.ar.some((n) => norm(n.split(/\s/)[0]!) === MUNAZZAMA)) : d.orgInfo?.head === MUNAZZAMA;
    if (!international) continue;
    for (const m of d.mentions) if (m.start < c.start && m.start > at) { at = m.start; best = d; }
  }
  return best && !UN_SEATS.has(best.kbId ?? '') ? best : null;
}

/** The places inside the name of an organization the KB lacks are named too (شرطة مونستر: Münster). */
function orgPlaces(art: Article, c: Cand, d: Draft): void {
  if (!d.kbId?.startsWith('x:')) return;
  for (const p of c.org?.places ?? []) addMention(art, kbDraft(art, p.id), copyCand(c, { start: p.start, end: p.end, tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, kind: 'name', targets: [] }), 'name');
}

/** Per KB, the bodies a person holds an office of (a spokesperson's `org`) with the normalized words of each name. */
const officeBodiesCache = new WeakMap<KnowledgeBase, Map<string, Array<{ id: string; names: string[][] }>>>();

function officeBodies(art: Article, office: string): Array<{ id: string; names: string[][] }> {
  const { kb, norm } = art;
  let byOffice = officeBodiesCache.get(kb);
  if (!byOffice) officeBodiesCache.set(kb, (byOffice = new Map()));
  let out = byOffice.get(office);
  if (!out) {
    const ids = new Set<string>();
    for (const p of kb.people) for (const r of p.roles) if (r.office === office && r.org) ids.add(r.org);
    out = [...ids].flatMap((id) => {
      const e = kb.byId(id);
      return e ? [{ id, names: e.ar.map((a) => norm(stripDiacritics(a)).split(/\s+/)) }] : [];
    });
    byOffice.set(office, out);
  }
  return out;
}

/** Are `short`'s words in `name`, in order, the first the same (التحالف in التحالف العربي; الجيش الليبي in الجيش الوطني الليبي)? */
function shortens(short: readonly string[], name: readonly string[]): boolean {
  if (short[0] !== name[0] || short.length > name.length) return false;
  let j = 1;
  for (let x = 1; x < name.length && j < short.length; x++) if (name[x] === short[j]) j++;
  return j === short.length;
}

/**
 * (resolve19) The body a spokesperson's title names by a shortened form of its KB name (المتحدث باسم التحالف: the
 * Saudi-led coalition, التحالف العربي; المتحدث باسم الجيش الليبي: the LNA, الجيش الوطني الليبي), among the bodies
 * whose office holders the KB records. The definite words right after the title (three at most, the longest run that
 * shortens some name first) must shorten the names of exactly one such body, and either that body is named elsewhere
 * in the article or the short form has two words or more; and the KB must have that body's holder on the date (of
 * the title's gender). A draft of the body, not yet in the article's entities, or null.
 */
function shortBodyAfter(art: Article, c: Cand, en: string): { body: Draft; tokenEnd: number } | null {
  const { doc, tn, kb, date, cands, norm } = art;
  if (!date) return null;
  const words: string[] = [];
  for (let j = c.tokenEnd; j < doc.tokens.length && words.length < 3; j++) {
    const t = doc.tokens[j]!;
    if (t.kind !== 'arabic' || !/^\s+$/.test(doc.text.slice(doc.tokens[j - 1]!.end, t.start))) break;
    const w = tn(doc, j);
    if (!w.startsWith('ال')) break;
    words.push(w);
  }
  const bodies = officeBodies(art, en);
  for (let n = words.length; n >= 1; n--) {
    const short = words.slice(0, n);
    const fits = bodies.filter((b) => b.names.some((name) => shortens(short, name)));
    if (!fits.length) continue;
    // Named by the article in words the short form shortens too (التحالف العربي for التحالف; not الأمم المتحدة for
    // المنظمة, which shortens another of the UN's names).
    const named = fits.filter((b) => cands.some((x) => x.targets.some((t) => t.id === b.id) && shortens(short, norm(stripDiacritics(doc.text.slice(x.start, x.end))).split(/\s+/))));
    const pick = named.length === 1 ? named[0]! : n >= 2 && fits.length === 1 ? fits[0]! : null;
    if (!pick) return null;
    const feminine = normalize(doc.text.slice(c.start, c.end).split(/\s/)[0]!).endsWith('ه');
    const holders = kb.officeHolders(en, null, pick.id, date).filter((h) => !feminine || h.person.gender === 'f');
    if (holders.length !== 1) return null;
    // A person named next to the phrase (أحمد المسماري، المتحدث باسم الجيش; المتحدث باسم الجيش العقيد فلان) is the
    // title's holder, tied later by name (orgHeadTitles): not the KB's.
    const tokenEnd = c.tokenEnd + n;
    const phraseEnd = doc.tokens[tokenEnd - 1]!.end;
    const personal = (x: Cand) => x.kind === 'name' && (x.nerType === 'PER' || x.targets.some((y) => y.type === 'PER'));
    if (cands.some((x) => personal(x) && ((x.start >= phraseEnd && x.start - phraseEnd <= 40 && !/[،,.:؛\n]/.test(doc.text.slice(phraseEnd, x.start)) && doc.text.slice(phraseEnd, x.start).trim().split(/\s+/).filter(Boolean).length <= 3) ||
      (x.end <= c.start && c.start - x.end <= 4 && /^[\s،,]*$/.test(doc.text.slice(x.end, c.start)))))) return null;
    const e = kb.byId(pick.id)!;
    return { body: art.drafts.get(pick.id) ?? newDraft(pick.id, e.type, pick.id, e.countryRecord ? e.countryRecord.iso3 : e.country, [e.ar[0] ?? ''], [], null), tokenEnd };
  }
  return null;
}

/**
 * (resolve19) The spokesperson of a leader named by a KB title right after باسم (المتحدث باسم الأمين العام للأمم
 * المتحدة، المتحدث باسم الرئيس التركي): the KB's spokesperson, on the date, of the leader's office. That office is the
 * body of the international head's own KB role (the UN), or the one body of the title's country whose name begins
 * with a word data/resolve/leader-spokesperson-bodies.json gives for the title's role (الرئاسة التركية). The leader's
 * title stays the leader's (he is named). Null when the title is a former holder's, when a person other than the
 * leader and the spokesperson is named right after the phrase (the title is that person's), or when no one body or
 * holder fits.
 */
function spokespersonOfLeader(art: Article, c: Cand, k: number, en: string): Draft | null {
  const { kb, date, cands, doc, norm } = art;
  const t = cands[k + 1]!;
  if (!date || !t.title || t.title.former || t.title.def.generic) return null;
  const { def } = t.title;
  let head: string | null = null;
  const bodies: string[] = [];
  if (t.title.igo) {
    const actor = t.title.igo;
    const h = kb.people.find((p) => p.roles.some((r) => r.role === def.role && r.title === def.title && r.actor === actor && spellActiveOn(r, date)));
    const role = h?.roles.find((r) => r.role === def.role && r.title === def.title && r.actor === actor && spellActiveOn(r, date));
    if (!h || !role?.org) return null;
    head = h.id;
    bodies.push(role.org);
  } else {
    const firsts = LEADER_SPOKESPERSON_BODIES.get(def.role);
    const country = t.title.country;
    if (!firsts || !country) return null;
    const hs = kb.holders(def.role, country, date, def.title);
    if (hs.length === 1) head = hs[0]!.person.id;
    for (const b of officeBodies(art, en)) {
      if (kb.byId(b.id)?.country !== country) continue;
      if (b.names.some((n) => firsts.some((f) => f.every((w, x) => n[x] === w)))) bodies.push(b.id);
    }
  }
  if (bodies.length !== 1) return null;
  const feminine = norm(doc.text.slice(c.start, c.end).split(/\s/)[0]!).endsWith('ه');
  const holders = kb.officeHolders(en, null, bodies[0]!, date).filter((h) => !feminine || h.person.gender === 'f');
  if (holders.length !== 1) return null;
  const sp = holders[0]!.person.id;
  // A person named after the phrase (within a few words, no punctuation between) who is neither: the title is theirs.
  for (let x = k + 2; x < cands.length && x <= k + 4; x++) {
    const n = cands[x]!;
    const gap = doc.text.slice(cands[x - 1]!.end, n.start);
    if (/[،,.:؛\n]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 2) break;
    if (n.kind !== 'name' || !(n.nerType === 'PER' || n.targets.some((y) => y.type === 'PER'))) continue;
    if (!n.targets.some((y) => y.id === head || y.id === sp)) return null;
  }
  return kbDraft(art, sp);
}

/** A generic title (السفير الروسي) at candidate k: returns the last candidate it used. */
function genericTitleCandidate(art: Article, c: Cand, k: number): number {
  if (!c.title) return k; // the caller checked
  // (resolve21) A title after a place's head noun is part of the place's name (مطار الملك خالد، فندق الملك داود): no one.
  if (afterFacility(art.kb, art.tn, art.norm, art.doc, c.tokenStart) && nameAfterTitle(art, c)) return k;
  const { doc, cands, countries, byGeneric, lastGeneric, ministerOf, personMentions, tn } = art;
  const def = c.title.def;
  const en = def.generic!;
  if (officeWord(art, c)) return k;
  // فلان، وهو المتحدث باسم …; فلانة وهي متحدثة باسم …: the person named right before (resolve9).
  const named = pronounApposition(art, c);
  if (named) {
    addMention(art, named, c, 'title');
    named.genericTitle = en;
    lastGeneric.set(en, named);
    if (def.minister) setMinister(art, named);
    return k;
  }
  // المبعوث الأممي إلى اليمن: the UN's envoy to that post on the date (src/resolve/titles12.ts, rule T3).
  if (en === 'envoy' && !c.title.country && unEnvoyTitle(art, c, k)) return k;
  let country = c.title.country;
  let org: Draft | null = null;
  let at = k;
  if (def.of) {
    // المتحدث باسم الجيش السوري: the organization is the next candidate.
    const next = cands[k + 1];
    if (next && next.kind === 'name' && /^\s*$/.test(doc.text.slice(c.end, next.start))) {
      const od = nameDraft(art, next);
      if (od && od.type === 'ORG') {
        addMention(art, od, next, 'name');
        orgPlaces(art, next, od);
        org = od;
        country = od.country;
        at = k + 1;
      } else if (od && od.type === 'LOC' && od.kbId?.startsWith('cty:')) {
        addMention(art, od, next, 'name');
        country = od.country;
        at = k + 1;
      }
    }
    // (resolve19) المتحدث باسم الأمين العام للأمم المتحدة، المتحدث باسم الرئيس التركي: the leader's spokesperson.
    // Not a deputy's title (نائب المتحدث باسم ...) nor an indefinite one (متحدث باسم ...: one of several).
    const deputy = c.tokenStart > 0 && DEPUTY_BEFORE.has(tn(doc, c.tokenStart - 1).replace(/^[وف]/, ''));
    if (!deputy && !indefiniteTitle(art, c) && !org && !country && next?.kind === 'title' && /^\s*$/.test(doc.text.slice(c.end, next.start))) {
      const sp = spokespersonOfLeader(art, c, k, en);
      if (sp) {
        addMention(art, sp, c, 'title');
        sp.genericTitle = en;
        lastGeneric.set(en, sp);
        return k;
      }
      // (resolve32) الناطقة باسم مفوض الأمم المتحدة السامي لحقوق الإنسان، ليز ثروسيل: a title that names its body
      // itself; the KB body inside it is the spokesperson's, and the title's words are the phrase's (as a body's are).
      const inner = next.title?.def.igo ? bodyInTitle(art, next) : null;
      if (inner) {
        org = inner;
        country = inner.country;
        c = copyCand(c, { end: next.end, tokenEnd: next.tokenEnd });
        at = k + 1;
      }
    }
    if (!org && !country) {
      // (resolve19) المتحدث باسم التحالف، المتحدث باسم الجيش الليبي: a body named short whose spokesperson the KB has.
      const short = deputy || indefiniteTitle(art, c) ? null : shortBodyAfter(art, c, en);
      if (!short) return at;
      org = short.body;
      country = short.body.country;
      // The title's mention takes in the body's words (المتحدث باسم الجيش الليبي), as a title tied to a name does.
      c = copyCand(c, { end: doc.tokens[short.tokenEnd - 1]!.end, tokenEnd: short.tokenEnd });
    }
  }
  // سفيرة روسيا is not السفير الروسي: the title's gender is part of the office's key.
  const feminine = normalize(doc.text.slice(c.start, c.end).split(/\s/)[0]!).endsWith('ه');
  const gkey = `${en}|${org ? org.key : country}${feminine ? '|f' : ''}`;
  const app = appositive(art, at, true);
  let d: Draft | null = null;
  if (app) {
    d = kbHolderNamed(art, c, app, en, country, org, feminine, at) ?? personByWord(art, app) ?? nameDraft(art, app);
    if (d && d.type === 'PER') {
      addMention(art, d, c, 'title');
      addMention(art, d, app, 'name');
      if (!d.country && country) d.country = country;
      if (!d.role && country && !org && (!d.kbId || d.kbId.startsWith('x:'))) d.role = 'other';
      d.genericTitle = en;
      if (country || org) {
        nameGeneric(art, gkey, d);
        nameOfficeParts(art, en, gkey.slice(gkey.indexOf('|')), d);
      } else {
        // السفير الخيارين: the bare title names the ambassador the article spoke of (سفير قطر).
        const g = lastGeneric.get(en);
        if (g && g !== d && g.generic && !feminine === !g.generic.key.endsWith('|f')) nameGeneric(art, g.generic.key, d);
      }
      at = skipTo(art, at, app);
    } else d = null;
  }
  if (!d && !app) {
    // The title after a name and a comma is that name's (ماريا زاخاروفا، المتحدثة باسم الخارجية الروسية).
    // The title phrase must close the apposition (a comma, a full stop, a colon or the end follows it),
    // and no name may follow that comma (هادي، المبعوث الأممي إلى اليمن، مارتن غريفيث is a meeting).
    const prev = personMentions[personMentions.length - 1]?.draft;
    const said = prev && !prev.generic ? prev.mentions.find((x) => x.kind === 'name' && x.end <= c.start && /^\s*[،,]\s*$/.test(doc.text.slice(x.end, c.start))) : undefined;
    // The post may close the title phrase (محمد آل جابر، سفير السعودية في اليمن، …; kb14).
    const post = namedPost(art, at) ? 1 : 0;
    const after = cands[at + post]!.end;
    const closes = /^\s*([،,.:]|$)/.test(doc.text.slice(after, after + 3));
    const next = cands[at + 1 + post];
    const nameNext = !!next && next.kind === 'name' && (next.nerType === 'PER' || next.targets.some((t) => t.type === 'PER')) && /^\s*[،,]?\s*$/.test(doc.text.slice(after, next.start));
    // Without a comma when the name is the subject of a reporting verb before it (وقالت سارا فلوريس المتحدثة باسم
    // الوزارة، وندد يوسف المحمود المتحدث باسم الحكومة الفلسطينية …): the title is the speaker's (resolve9).
    let subjectNamed = !said && prev && !prev.generic ? subjectNameBefore(art, prev, c) ?? holderNameBefore(art, prev, c, en, country, org) : undefined;
    // A name the KB does not know that is its holder's spelled apart (فاسيلي نيبنسيا مندوب روسيا): the holder's title.
    if (subjectNamed && prev!.kbId?.startsWith('x:')) {
      const pseudo: Cand = newCand(subjectNamed.start, subjectNamed.end, 0, 0, 'name', [], { nerType: 'PER' });
      if (kbHolderNamed(art, c, pseudo, en, country, org, feminine, at)) subjectNamed = undefined;
    }
    if (prev && subjectNamed && !nameNext) {
      d = prev;
      addMention(art, d, c, 'title');
      if (!d.country && country) d.country = country;
      d.genericTitle = en;
      if (country || org) nameGeneric(art, gkey, d);
    } else if (prev && said && closes && !nameNext) {
      d = prev;
      addMention(art, d, c, 'title');
      if (!d.country && country) d.country = country;
      d.genericTitle = en;
      if (country || org) nameGeneric(art, gkey, d);
    }
  }
  if (!d && !country && !org) {
    // السفير / الوزير alone: the one the article spoke of last.
    d = (def.minister && en === 'minister' ? art.lastMinister : null) ?? lastGeneric.get(en) ?? null;
    // Else the KB's holder of that office in the country the article names most, when one clearly leads
    // (النائب العام in an article about Saudi Arabia).
    if (!d) {
      const [first, second] = [...countries].sort((a, b) => b[1] - a[1]);
      if (first && (!second || first[1] > second[1])) d = officeHolder(art, en, first[0], null, feminine, null, c);
    }
    if (d) addMention(art, d, c, 'title');
  } else if (!d && def.of && indefiniteTitle(art, c)) {
    // متحدث باسم الشرطة with no name: "a police spokesperson", one of several, like سفير سابق (rule 12): no entity
    // (neither the KB's holder, who is one of them, nor a generic entity the store would take for one person).
  } else if (!d) {
    // الوزير التركي after وزير الخارجية التركي ...: the Turkish minister the article named.
    if (def.minister && en === 'minister' && country && !org) d = ministerOf.get(country) ?? null;
    d ??= byGeneric.get(gkey) ?? officeWithin(art, en, country, org, feminine);
    if (!d) {
      // نائب السفير الأميركي، مساعد السفير الروسي، القائم بأعمال السفير البريطاني: a deputy's or a chargé's title
      // phrase, not the holder's (the generic entity stands for it, as before).
      const prevWord = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1).replace(/^[وف]/, '') : '';
      // A former holder (السفير الأميركي السابق لدى الأمم المتحدة) is not the sitting one.
      if (!DEPUTY_BEFORE.has(prevWord) && !c.title?.former) d = officeHolder(art, en, country, org, feminine, namedPost(art, at), c);
      if (d) byGeneric.set(gkey, d);
    }
    d ??= genericDraft(art, en, country, org, doc.text.slice(c.start, c.end), feminine);
    if (d) addMention(art, d, c, 'title');
  }
  if (d) {
    lastGeneric.set(en, d);
    if (def.minister) setMinister(art, d);
  }
  return at;
}

/**
 * The KB's holder of a generic title (السفير الروسي في الأمم المتحدة) when the name after it is one the KB does not
 * know that begins with the holder's given name and has another of the holder's name words, or one a letter apart
 * (فاسيلي نيبنزيا وقتذاك, a span run over and spelled apart): the holder, not a stranger (resolve9). Not after a deputy's word nor for a former holder.
 */
function kbHolderNamed(art: Article, c: Cand, app: Cand, en: string, country: string | null, org: Draft | null, feminine: boolean, at: number): Draft | null {
  const { doc, kb, tn } = art;
  if (app.targets.length || c.title?.former || (!country && !org)) return null;
  const prevWord = c.tokenStart > 0 ? tn(doc, c.tokenStart - 1).replace(/^[وف]/, '') : '';
  if (DEPUTY_BEFORE.has(prevWord)) return null;
  const h = officeHolder(art, en, country, org, feminine, namedPost(art, at));
  if (!h?.kbId) return null;
  const [first, ...rest] = normalize(stripDiacritics(doc.text.slice(app.start, app.end))).split(/\s+/);
  const names = kb.byId(h.kbId)?.ar ?? [];
  // The given name and a further word, as written or one letter apart (a given name alone is too common: جون باس,
  // the ambassador to Turkey, is not the KB's ambassador جون هانتسمان).
  const same = (n: string) => {
    const [f, ...more] = normalize(stripDiacritics(n)).split(/\s+/);
    return f === first && more.some((x) => x.length >= 3 && rest.some((y) => y === x || withinOneEdit(x, y)));
  };
  return first && first.length >= 3 && names.some(same) ? h : null;
}

/**
 * rule T5 (titles12.ts): a secretary-general's title with ل and a body that is no international one (الأمين العام
 * لحزب الله، الأمين العام لحركة الجهاد الإسلامي): the body's head on the date when the KB names one; not after a
 * deputy's or an adviser's noun (نائب الأمين العام لحزب الله نعيم قاسم).
 */
function bodyHeadTitle(art: Article, c: Cand, k: number): boolean {
  const { doc, kb, date, cands } = art;
  const next = cands[k + 1];
  if (!date || !next || next.kind !== 'name' || notTheHolderBefore(doc, c.tokenStart, art.tn)) return false;
  const gap = doc.text.slice(c.end, next.start);
  if (!/^\s+ل$/.test(gap) && !(/^\s+$/.test(gap) && doc.segment(next.tokenStart).proclitics.includes('ل'))) return false;
  const org = next.targets.find((t) => t.type === 'ORG' && !t.id.startsWith('x:'));
  // Only a group's or a party's secretary-general is its head (the IUMS's is not: القرة داغي).
  const kind = org ? kb.byId(org.id)?.org?.kind : undefined;
  const head = org && (kind === 'armed_group' || kind === 'party') ? kb.headOf(org.id, date) : null;
  if (!head) return false;
  addMention(art, kbDraft(art, head.id), c, 'title');
  return true;
}

/**
 * rule T3 (titles12.ts): an envoy title the UN's by the words after it. The post is the country named next; the person
 * is a KB person named right after the phrase, else the one UN envoy to that post on the date, else (no post named) the
 * one UN envoy the article names or, failing that, the one posted to the country the article names most.
 */
function unEnvoyTitle(art: Article, c: Cand, k: number): boolean {
  const { doc, kb, date, cands, drafts, countries } = art;
  const phrase = unEnvoyPhrase(doc.text, c.end);
  if (!phrase || !date) return false;
  // نائب مبعوث الأمم المتحدة لليمن، معين شريم: the deputy's phrase, left to the generic title.
  if (notTheHolderBefore(doc, c.tokenStart, art.tn)) return false;
  if (phrase.former) return true;
  let post: string | null = null;
  let after = phrase.end;
  for (let x = k + 1; x < cands.length && cands[x]!.start <= phrase.end + 2; x++) {
    const pc = cands[x]!;
    const t = pc.targets.find((y) => y.id.startsWith('cty:'));
    if (phrase.postAt !== null && pc.start >= phrase.postAt && t) {
      post = t.id.slice(4);
      after = pc.end;
    }
  }
  // A post that is no country (مبعوث الأمم المتحدة للشرق الأوسط، لعملية السلام): an envoy the KB does not file by post.
  if (phrase.postAt !== null && !post) return true;
  const ids = unEnvoys(kb, post, date);
  // A KB person named right after the phrase (behind a comma): المبعوث الأممي إلى اليمن، مارتن غريفيث.
  const next = cands.find((x) => x.start >= after && /^[\s،,]*$/.test(doc.text.slice(after, x.start)));
  const named = next?.kind === 'name' ? next.targets.find((t) => t.type === 'PER' && !t.id.startsWith('x:')) : undefined;
  let id: string | undefined;
  if (named) id = named.id;
  else if (post) id = ids.length === 1 ? ids[0] : undefined;
  else {
    const inArticle = ids.filter((x) => [...drafts.values()].some((d) => d.kbId === x && d.mentions.length > 0));
    if (inArticle.length === 1) id = inArticle[0];
    else if (!inArticle.length) {
      const [first, second] = [...countries].sort((a, b) => b[1] - a[1]);
      const lead = first && (!second || first[1] > second[1]) ? first[0] : null;
      const there = lead ? unEnvoys(kb, lead, date) : [];
      if (there.length === 1) id = there[0];
    }
  }
  if (!id) return true;
  addMention(art, kbDraft(art, id), c, 'title');
  return true;
}

/**
 * rule T4 (titles12): the name right before a generic title (only spaces between) of a KB person who holds that very
 * office on the date (وقالت اللفتنانت كوماندر ريبيكا ريبرتش المتحدثة باسم البنتاغون), whatever the verb: the KB
 * says the apposition, where the office has several holders and the title alone names none.
 */
function holderNameBefore(art: Article, d: Draft, c: Cand, en: string, country: string | null, org: Draft | null): Mention | undefined {
  const { doc, kb, date } = art;
  if (!date || !d.kbId || d.kbId.startsWith('x:') || c.title?.former) return undefined;
  const m = d.mentions.find((x) => x.kind === 'name' && x.end <= c.start && /^\s+$/.test(doc.text.slice(x.end, c.start)));
  if (!m) return undefined;
  const orgId = org?.kbId && !org.kbId.startsWith('x:') ? org.kbId : null;
  if (org && !orgId) return undefined;
  if (kb.officeHolders(en, orgId ? null : country, orgId, date).some((h) => h.person.id === d.kbId)) return m;
  // (Some KB spokespeople carry the office as their role, with their country: Rebecca Rebarich.)
  const where = country ?? org?.country ?? null;
  const p = kb.byId(d.kbId)?.person;
  return where && p?.roles.some((r) => r.role === en && r.country === where && spellActiveOn(r, date)) ? m : undefined;
}

/** The person's name right before the title (only spaces between), said right after a reporting verb. */
function subjectNameBefore(art: Article, d: Draft, c: Cand): Mention | undefined {
  const { doc, kb, tn } = art;
  const m = d.mentions.find((x) => x.kind === 'name' && x.end <= c.start && /^\s+$/.test(doc.text.slice(x.end, c.start)));
  if (!m) return undefined;
  let v = doc.tokens.findIndex((t) => t.start === m.start) - 1;
  if (v < -1) return undefined;
  while (v > 0 && (kb.honorifics.has(tn(doc, v)) || RANKS.has(tn(doc, v)))) v--;
  return v >= 0 && SPEAKING_VERBS.has(tn(doc, v).replace(/^[وف]/, '')) ? m : undefined;
}

/** A minister's office in its parts: "culture and information minister" → minister, [culture, information]. */
function officeParts(en: string): { head: string; parts: string[] } | null {
  const m = /^(.+) (minister)$/.exec(en);
  return m ? { head: m[2]!, parts: m[1]!.split(' and ') } : null;
}

/** A joint office's holder named (وزير الثقافة والإعلام السعودي عواد العواد): the entity of each part said before (وزير الإعلام السعودي) is that person's. */
function nameOfficeParts(art: Article, en: string, suffix: string, d: Draft) {
  const held = officeParts(en);
  if (!held || held.parts.length < 2) return;
  for (const part of held.parts) {
    const key = `${part} ${held.head}${suffix}`;
    if (art.byGeneric.get(key)?.generic) nameGeneric(art, key, d);
  }
}

/**
 * One office of a joint ministry whose holder the article named (وزير الإعلام السعودي after وزير الثقافة والإعلام
 * السعودي عواد بن صالح العواد): that person, when one named person of that country holds such a joint office (resolve9).
 */
function officeWithin(art: Article, en: string, country: string | null, org: Draft | null, feminine: boolean): Draft | null {
  const mine = officeParts(en);
  if (!mine || mine.parts.length !== 1) return null;
  const suffix = `|${org ? org.key : country}${feminine ? '|f' : ''}`;
  let found: Draft | null = null;
  for (const [k, d] of art.byGeneric) {
    if (!k.endsWith(suffix) || d.generic || d.type !== 'PER') continue;
    const held = officeParts(k.slice(0, k.length - suffix.length));
    if (!held || held.head !== mine.head || held.parts.length < 2 || !held.parts.includes(mine.parts[0]!)) continue;
    if (found && found !== d) return null;
    found = d;
  }
  return found;
}

/**
 * Is the title's first word without the article (متحدث باسم)? Only for titles of the form "X باسم ...": a
 * title in construct with a name (سفير أميركا، مندوب السعودية) is definite.
 */
function indefiniteTitle(art: Article, c: Cand): boolean {
  const { doc } = art;
  const first = doc.text.slice(c.start, c.end).split(/\s/)[0]!;
  return !normalize(first).replace(/^[وف]?[بل]?/, '').startsWith('ال') && !normalize(first).startsWith('لل');
}

/** A KB office title (الرئيس الروسي) at candidate k: returns the last candidate it used. */
function titleCandidate(art: Article, c: Cand, k: number): number {
  if (!c.title) return k; // the caller checked
  // (resolve21) A title after a place's head noun is part of the place's name (مطار الملك خالد، فندق الملك داود): no one.
  if (afterFacility(art.kb, art.tn, art.norm, art.doc, c.tokenStart) && nameAfterTitle(art, c)) return k;
  // A deputy's title names no holder; a name right after it is still the phrase's (نائبا للرئيس أحمدي نجاد، النائب
  // الأول لوزير الخارجية الكوري الشمالي كيم كي غوان).
  if (deputyOfTitle(art, c) && !appositive(art, k)) return k;
  if (c.title.nameOnly) {
    // (resolve28) A title whose genitive names no country: the person named right after it, or no one.
    const named = bareApposition(art, c, k);
    return named >= 0 ? named : k;
  }
  const { kb, date, byTitle, lastByRole } = art;
  const { def, former } = c.title;
  let country = c.title.country ?? (def.pronoun ? countryBefore(art, c.start) : null);
  if (def.pronoun && !country) return k;
  // (A former holder, الأمين العام السابق للأمم المتحدة، is not the one on the date: the name after it says who.)
  if (c.title.igo && date && !former) {
    // The holder of that title in that body on the document's date (Guterres for the UN in 2018).
    const actor = c.title.igo;
    const h = kb.people.find((p) => p.roles.some((r) => r.role === def.role && r.title === def.title && r.actor === actor && spellActiveOn(r, date)));
    if (h) {
      const d = kbDraft(art, h.id);
      addMention(art, d, c, 'title');
      lastByRole.set(def.title, d);
      return k;
    }
  }
  if (officeWord(art, c)) return k;
  // الأمين العام لحزب الله: the head of the body the KB knows, on the date (titles12.ts, rule T5).
  if (def.role === 'igo_head' && !c.title.igo && !former && date && bodyHeadTitle(art, c, k)) return k;
  // زوجة الرئيس الفرنسي بريجيت ماكرون: the name is the kin's (src/resolve/titles12.ts, rule T1).
  const personEndsAt = (pos: number) => art.cands.some((x) => x.kind === 'name' && x.end === pos && (x.nerType === 'PER' || x.targets.some((t) => t.type === 'PER')));
  // (resolve23) مستشار وزير الخارجية الإيراني فلان: an aide's noun before a title with its country, as a kin noun (a
  // title without one, مستشار الرئيس فلان للشؤون الأمنية, may be followed by the president's own name).
  const aide = !!c.title.country && kinBeforeTitle(art.doc, c.tokenStart, c.start, art.tn, personEndsAt, AIDE_HEADS);
  const kinApp = aide || kinBeforeTitle(art.doc, c.tokenStart, c.start, art.tn, personEndsAt) ? appositive(art, k) : null;
  const kin = !!kinApp && !heldTitle(kb, kinApp.targets.map((t) => t.id), c.title.def.role, c.title.def.title);
  if (c.title.bare) {
    const named = kin ? -1 : bareApposition(art, c, k);
    if (named >= 0) return named;
    const last = lastByRole.get(def.title);
    if (last) addMention(art, last, c, 'title');
    else if (!former && !appositive(art, k)) art.pendingTitles.push({ c, needsCountry: true });
    return k;
  }
  let app = kin ? null : appositive(art, k);
  // (resolve23) كلف الملك عمر الرزاز: the name is the verb's object (neverMonarch).
  if (app && def.title === 'king') {
    const named = personByWord(art, app) ?? nameDraft(art, app);
    if (named && neverMonarch(art, named, def.title)) app = null;
  }
  let d: Draft | null = null;
  if (app) {
    d = personByWord(art, app) ?? nameDraft(art, app);
    if (d && d.type === 'PER' && d.kbId?.startsWith('x:') && country) d = holderNamed(art, d, app, def.role, country, former, def.title) ?? d;
    if (d && d.type === 'PER' && country && d.country && d.country !== country && d.kbId && !d.kbId.startsWith('x:')) {
      // "الرئيس الأمريكي إيمانويل ماكرون": a KB person of another country is named, the title is a slip
      // of the text; the name keeps its person and the title links to no one.
      addMention(art, d, app, 'name');
      return skipTo(art, k, app);
    }
    if (d) {
      addMention(art, d, c, 'title');
      addMention(art, d, app, 'name');
      if (!d.country && country) d.country = country;
      k = skipTo(art, k, app);
    }
  }
  // ويسمي رئيس مجلس الوزراء، اختيار رئيس الوزراء العراقي: the office being filled, when no name follows.
  if (!d && choosing(art, c)) return k;
  // (resolve20) الرئيس المشترك لمجلس …، الرئيس التنفيذي لشركة …: a definite adjective and a ل-genitive make it a body's
  // head (tied to a name by orgHeadTitles), not the president the article spoke of last; not a time word (الرئيس اليوم
  // لصحيفة: the president told a paper).
  if (!d && !country && !app && bodyHeadAfterAdjective(art, c)) return k;
  if (!d && !country) {
    // A title without a country names the office holder the article spoke of last.
    const last = lastByRole.get(def.title);
    if (last) {
      // الرئيس السابق after the sitting president: that country's former holder.
      if (!former) d = last;
      country = last.country;
    }
  }
  if (!d && DESIGNATE.test(art.doc.text.slice(c.end, c.end + 12))) return k;
  // الرئيس الأمريكي آنذاك without a name: a past holder, not the one on the date.
  if (!d && THEN_AFTER.test(art.doc.text.slice(c.end, c.end + 12))) return k;
  // الرئيس السابق لحزب …، رئيس لشركة: the head of a body, not of the state (tied to a name by orgHeadTitles).
  if (!d && !country && /^\s+ل(?!ل)\S/.test(art.doc.text.slice(c.end, c.end + 4))) return k;
  if (!d) d = byTitle.get(titleKey(def.title, country, former)) ?? null;
  // ولي عهد أبوظبي: Abu Dhabi's crown prince, not Dubai's (titles12.ts, rule T6).
  const emirate = !d && !former ? abuDhabiCrownPrince(kb, art.doc.text.slice(c.start, c.end), date) : undefined;
  if (emirate === null) return k;
  if (emirate) d = kbDraft(art, emirate);
  if (!d && country) d = holderDraft(art, def.role, country, former, undefined, def.title);
  if (!d && !country && !app && !kin && (!former || !c.title.igo)) art.pendingTitles.push({ c, needsCountry: false, ...(former ? { formerOnly: true } : {}) });
  if (!d) return k;
  if (!app) addMention(art, d, c, 'title');
  d.role = def.role;
  d.title = def.title;
  // A past holder named with a title of no country is not the country's title-holder of the date (rule T2).
  if (country || former || !pastHolderOnly(kb, d.kbId, d.country, def.role, def.title, date)) byTitle.set(titleKey(def.title, d.country ?? country, former), d);
  // (An emirate's crown prince is not what a bare ولي العهد refers back to: the Saudi one is as often meant.)
  if (!former && !emirate) lastByRole.set(def.title, d);
  if (!former) art.titled.push({ title: def.title, start: c.start, d });
  if (!former && isMinisterRole(def.role)) setMinister(art, d);
  return k;
}

/**
 * A title that needs a country, said without one but with a name after it (الأمين العام حسن نصر الله، المرشد علي
 * خامنئي، المستشارة أنغيلا ميركل): the named person's title. المستشار is also a judge's or an adviser's honorific:
 * only a person who holds that office on the date takes it. Returns the last candidate used, or -1.
 */
function bareApposition(art: Article, c: Cand, k: number): number {
  const { kb, date } = art;
  const def = c.title!.def;
  const app = appositive(art, k);
  if (!app) return -1;
  const d = personByWord(art, app) ?? nameDraft(art, app);
  if (!d || d.type !== 'PER') return -1;
  if (def.title === 'chancellor') {
    const p = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId)?.person : undefined;
    if (!p || !p.roles.some((r) => r.title === def.title && (!date || spellActiveOn(r, date)))) return -1;
  }
  if (neverMonarch(art, d, def.title)) return -1;
  addMention(art, d, c, 'title');
  addMention(art, d, app, 'name');
  return skipTo(art, k, app);
}

/**
 * (resolve23) كلف الملك عمر الرزاز بتشكيل الحكومة: a KB person who never held a monarch's title, right after الملك, is the
 * verb's object, not the king's name; the title then names the king as a title without a name does.
 */
function neverMonarch(art: Article, d: Draft, title: Title): boolean {
  if (title !== 'king' || d.type !== 'PER' || !d.kbId || d.kbId.startsWith('x:')) return false;
  const p = art.kb.byId(d.kbId)?.person;
  return !!p && !p.roles.some((r) => r.title === title);
}

/** The country the article named last before `pos` (وزير خارجيته: "its" foreign minister). */
function countryBefore(art: Article, pos: number): string | null {
  let best: { end: number; iso: string } | null = null;
  for (const d of art.drafts.values()) {
    if (!d.kbId?.startsWith('cty:')) continue;
    for (const m of d.mentions) if (m.end <= pos && (!best || m.end > best.end)) best = { end: m.end, iso: d.kbId.slice(4) };
  }
  return best?.iso ?? null;
}

/** نظيره at candidate k: returns the last candidate it used. */
function counterpartCandidate(art: Article, c: Cand, k: number): number {
  const { doc, kb, date, byTitle, byGeneric, lastGeneric, personMentions } = art;
  // نظيره: the same office as the subject, in another country.
  const sent = sentenceOf(art, c.start);
  // (resolve35) With no person in its sentence (وقال وزير الخارجية الأمريكي …. وفي المقابل أكد نظيره القطري …), the
  // counterpart is of the office holder the sentence before named last; not when a body, a place or a demonym stands
  // before it in its own sentence (بين النظام السوري ونظيره الإيراني، المنتخب الروسي على نظيره السعودي: the counterpart of
  // what it describes).
  const bodyBefore = () => [...art.drafts.values()].some((d) => (d.type === 'ORG' || d.type === 'LOC') && d.mentions.some((m) => m.end <= c.start && sentenceOf(art, m.start) === sent));
  const subject = [...personMentions].reverse().find((p) => p.start < c.start && sentenceOf(art, p.start) === sent)?.draft
    ?? (bodyBefore() ? undefined : [...personMentions].reverse().find((p) => p.start < c.start && sentenceOf(art, p.start) === sent - 1 && p.draft.kbId && !p.draft.kbId.startsWith('x:'))?.draft);
  const app = appositive(art, k);
  let d: Draft | null = null;
  if (app) {
    d = nameDraft(art, app);
    if (d) {
      addMention(art, d, c, 'title');
      addMention(art, d, app, 'name');
      k++;
    }
  }
  if (!app && subject?.genericTitle && c.counterpartCountry) {
    // نظيره الروسي after an ambassador: the Russian ambassador.
    const g = byGeneric.get(`${subject.genericTitle}|${c.counterpartCountry}`) ?? genericDraft(art, subject.genericTitle, c.counterpartCountry, null, doc.text.slice(c.start, c.end));
    if (g) {
      addMention(art, g, c, 'title');
      lastGeneric.set(subject.genericTitle, g);
    }
    return k;
  }
  if (app && d && subject?.genericTitle && c.counterpartCountry) {
    d.genericTitle = subject.genericTitle;
    nameGeneric(art, `${subject.genericTitle}|${c.counterpartCountry}`, d);
  }
  const active = subject?.kbId && kb.byId(subject.kbId)?.person ? kb.activeRole(kb.byId(subject.kbId)!.person!, date) : null;
  const role = subject?.role ?? active?.role ?? null;
  if (!d && role && c.counterpartCountry) {
    // (resolve35) A subject named only by name (قال ترامب … نظيره الإيراني) has the title of the office the KB gives
    // him on the date, so that the counterpart is the president, not the supreme leader who shares the role.
    const title = subject?.title ?? (active?.role === role && active.title !== 'other' ? active.title : undefined);
    d = byTitle.get(titleKey(title ?? role, c.counterpartCountry, false)) ?? holderDraft(art, role, c.counterpartCountry, false, subject, title);
    // (resolve35) الرئيس التركي ونظيره القطري: where the counterpart's country gives the office another title (an
    // emir, a sultan), the one holder of the role there. Not a king: a president's counterpart in a kingdom is often
    // its prime minister (Belgium, Spain), and ماكرون … نظيره البلجيكي is as often a football team.
    if (!d && title && date) {
      const list = kb.holders(role, c.counterpartCountry, date).filter((x) => x.person.id !== subject?.kbId);
      if (list.length === 1 && list[0]!.spell.title !== 'king') d = kbDraft(art, list[0]!.person.id);
    }
    if (d) addMention(art, d, c, 'title');
  }
  if (d && role) {
    d.role = role;
    if (!d.country && c.counterpartCountry) d.country = c.counterpartCountry;
    if (subject?.title) d.title = subject.title;
    if (d.country && d.title) byTitle.set(titleKey(d.title, d.country, false), d);
  }
  return k;
}

/**
 * A surname alone before the full name (a headline's "أوغلو" over the body's "مولود جاويش أوغلو"):
 * the one person of the article with that surname.
 */
function mergeSurnames(art: Article): void {
  const { freq, drafts } = art;
  for (const d of [...drafts.values()]) {
    if (d.type !== 'PER' || !d.kbId?.startsWith('x:') || d.generic || d.names.some((n) => /\s/.test(n.trim()))) continue;
    const w = normalize(stripDiacritics(d.names[0] ?? ''));
    if (w.length < 2) continue;
    let owners = [...drafts.values()].filter((o) => o !== d && o.type === 'PER' && !o.generic && o.mentions.length > 0 && surnameOf(art, o, w));
    // A given name alone (فينسنت after فينسنت كومباني, ميلينا after ميلينا بوغدير), when it is no common word and
    // exactly one person of the article has it.
    if (owners.length === 0 && freq && (freq.get(segmentationKey(d.names[0] ?? '')) ?? 0) < COMMON_WORD)
      owners = [...drafts.values()].filter((o) => o !== d && o.type === 'PER' && !o.generic && o.mentions.length > 0 && givenNameOf(art, o, w));
    if (owners.length === 0) {
      const kin = kinByGivenName(art, d, w);
      if (kin) owners = [kin];
    }
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...d.mentions);
    d.mentions = [];
  }
}

/**
 * qa17: one word the recognizer took for a place or a body that the KB does not know, and that is the surname of
 * exactly one person the article names in full (وأوقفت السلطات جنينة after هشام جنينة; "(ضد جنينة)"): that person.
 * A place or body the KB knows keeps its link (its draft is no x: draft).
 */
function surnamesTakenForPlaces(art: Article): void {
  const { drafts } = art;
  for (const d of [...drafts.values()]) {
    if ((d.type !== 'LOC' && d.type !== 'ORG') || !d.kbId?.startsWith('x:') || d.mentions.length === 0 || d.names.some((n) => /\s/.test(n.trim()))) continue;
    if (d.mentions.some((m) => m.kind !== 'name')) continue;
    const w = normalize(stripDiacritics(d.names[0] ?? ''));
    if (w.length < 3) continue;
    let owners = [...drafts.values()].filter((o) => o !== d && o.type === 'PER' && !o.generic && o.mentions.some((m) => m.kind === 'name' && /\s/.test(m.text.trim())) && surnameOf(art, o, w));
    // a KB person before a name the recognizer ran on (السيسي جنينة beside هشام جنينة)
    if (owners.length > 1) owners = owners.filter((o) => !o.kbId?.startsWith('x:'));
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...d.mentions);
    d.mentions = [];
  }
}

/**
 * A given name alone that, with the family name of a person of the article, is exactly one KB person
 * (يوليا after سيرغي سكريبال → Yulia Skripal): that person.
 */
function kinByGivenName(art: Article, d: Draft, w: string): Draft | null {
  const { kb, drafts } = art;
  const ids = new Set<string>();
  for (const o of drafts.values()) {
    if (o === d || o.type !== 'PER' || o.generic || o.mentions.length === 0) continue;
    const names = o.kbId && !o.kbId.startsWith('x:') ? kb.byId(o.kbId)?.ar ?? o.names : o.names;
    for (const n of names) {
      const ws = normalize(stripDiacritics(n)).split(/\s+/);
      if (ws.length < 2) continue;
      for (const t of kb.lookup(`${w} ${ws[ws.length - 1]}`)) if (t.type === 'PER' && t.id !== o.kbId) ids.add(t.id);
    }
  }
  return ids.size === 1 ? kbDraft(art, [...ids][0]!) : null;
}

/**
 * A name of two words or more that begins a longer name of one person of the article is that person
 * (سلطان بن سحيم in a headline, سلطان بن سحيم آل ثاني in the body).
 */
function mergeNameBeginnings(art: Article): void {
  const { kb, norm, drafts } = art;
  const wordCache = new Map<string, string[]>();
  const wordsOf = (n: string) => {
    let ws = wordCache.get(n);
    if (!ws) wordCache.set(n, (ws = norm(stripDiacritics(n)).split(/\s+/).filter(Boolean)));
    return ws;
  };
  for (const d of drafts.values()) {
    if (d.type !== 'PER' || !d.kbId?.startsWith('x:') || d.generic || d.mentions.length === 0) continue;
    const mine = d.names.map(wordsOf).filter((w) => w.length >= 2);
    if (!mine.length) continue;
    const begins = (o: Draft) =>
      o.names.some((n) => {
        const ws = wordsOf(n);
        // Not a span that ran on into "and ..." (مارتن انديك ودايفيد).
        return mine.some((m) => ws.length > m.length && m.every((w, i) => ws[i] === w) && !(ws[m.length]!.startsWith('و') && !kb.isNamePart(ws[m.length]!)));
      });
    const owners = [...drafts.values()].filter((o) => o !== d && o.type === 'PER' && !o.generic && o.mentions.length > 0 && begins(o));
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...d.mentions);
    d.mentions = [];
  }
}

/**
 * (resolve30) A KB body of one country named only by a short name of two words or more (الديوان الملكي, the KB's
 * Saudi Royal Court; مجلس الشيوخ, the US Senate) in an article that names, as that short name and one demonym of
 * another country (الديوان الملكي الأردني، مجلس الشيوخ الباكستاني), exactly one body: the short name refers to the body
 * the article named, and its mentions go to it.
 */
function mergeNationalBodies(art: Article): void {
  const { kb, drafts } = art;
  const wordsOf = (n: string) => normalize(stripDiacritics(n)).split(/\s+/).filter(Boolean);
  const bodies = [...drafts.values()].filter((d) => d.type === 'ORG' && d.mentions.length > 0);
  if (bodies.length < 2) return;
  const countryOf = (w: string) => kb.lookup(w).find((t) => t.type === 'LOC' && t.id.startsWith('cty:'))?.id.slice(4) ?? null;
  for (const d of bodies) {
    if (!d.kbId || d.kbId.startsWith('x:') || !d.country || d.mentions.length === 0 || d.mentions.some((m) => m.kind !== 'name')) continue;
    const shorts = d.mentions.map((m) => wordsOf(m.text));
    if (shorts.some((s) => s.length < 2)) continue;
    const owners = bodies.filter((o) => o !== d && o.mentions.length > 0 && shorts.every((s) => o.mentions.some((m) => {
      if (m.kind !== 'name') return false;
      const l = wordsOf(m.text);
      if (l.length !== s.length + 1 || !s.every((w, i) => l[i] === w)) return false;
      const c = countryOf(l[s.length]!);
      return !!c && c !== d.country;
    })));
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...d.mentions);
    d.mentions = [];
  }
}

/** Words that carry a name on by lineage (بندر بن سلطان ⟶ بندر بن سلطان بن عبدالعزيز). */
const LINEAGE_WORDS = new Set(['بن', 'ابن', 'بنت', 'آل'].map((w) => normalize(w)));

/**
 * rule 114 (resolve16): an unknown person's name that is the whole name (two words or more) of exactly one KB
 * person of the article, and more (a longer name of an unknown person is mergeNameBeginnings'). More by lineage (بندر بن سلطان بن عبدالعزيز after بندر بن سلطان) is the same
 * person, mention and all. After a KB person's name, one more word without the article that is no name part and no
 * word of a KB person's name (محمد بن سلمان مفتون، جو كوكس محقة: the recognizer ran on into the clause; the word
 * counts cannot tell, these words are rare) is cut off, and the rest is a mention of that person; the cut word
 * alone elsewhere (taken for the surname) names no one.
 */
function mergeLongerNames(art: Article): void {
  const { kb, drafts } = art;
  const wordsOf = (n: string) => normalize(stripDiacritics(n)).split(/\s+/).filter(Boolean);
  for (const d of [...drafts.values()]) {
    if (d.type !== 'PER' || !d.kbId?.startsWith('x:') || d.generic || d.mentions.length === 0) continue;
    if (d.mentions.some((m) => m.kind !== 'name')) continue;
    const moved: Array<{ m: Mention; words: number; owner: Draft }> = [];
    // A one-word mention (the word cut off, which mergeSurnames took for the surname: يصحح after مهاتير محمد يصحح)
    // is checked once the longer ones are read.
    const lone: Mention[] = [];
    for (const m of d.mentions) {
      const ws = wordsOf(m.text);
      if (ws.length === 1) {
        lone.push(m);
        continue;
      }
      let found: { words: number; owner: Draft } | null = null;
      let ambiguous = false;
      for (const o of drafts.values()) {
        if (o === d || o.type !== 'PER' || o.generic || o.mentions.length === 0) continue;
        const names = [...o.names, ...o.mentions.filter((x) => x.kind === 'name').map((x) => x.text)];
        const kbOwner = !!o.kbId && !o.kbId.startsWith('x:');
        let n = 0;
        for (const name of names) {
          const v = wordsOf(name);
          if (v.length < 2 || v.length >= ws.length || !v.every((w, i) => ws[i] === w)) continue;
          const rest = ws.slice(v.length);
          if (kbOwner && LINEAGE_WORDS.has(rest[0]!) && rest.length >= 2) n = Math.max(n, ws.length);
          else if (rest.length === 1 && kbOwner && !rest[0]!.startsWith('ال') && !LINEAGE_WORDS.has(rest[0]!) && !kb.isNamePart(rest[0]!) && !kb.isPersonNameWord(rest[0]!)) n = Math.max(n, v.length);
        }
        if (!n) continue;
        if (found && found.owner !== o) ambiguous = true;
        found = { words: n, owner: o };
      }
      if (!found || ambiguous) break;
      moved.push({ m, ...found });
    }
    if (!moved.length || moved.length + lone.length !== d.mentions.length || new Set(moved.map((x) => x.owner)).size !== 1) continue;
    const cut = new Set(moved.filter((x) => wordsOf(x.m.text).length === x.words + 1).map((x) => wordsOf(x.m.text)[x.words]!));
    if (!lone.every((m) => cut.has(wordsOf(m.text)[0]!))) continue;
    for (const { m, words, owner } of moved) {
      // The mention's first `words` words, as written.
      const re = /\S+/g;
      let end = 0;
      for (let i = 0; i < words; i++) {
        const w = re.exec(m.text);
        if (!w) break;
        end = w.index + w[0].length;
      }
      owner.mentions.push(end >= m.text.length ? m : { ...m, end: m.start + end, text: m.text.slice(0, end) });
    }
    d.mentions = [];
  }
}

/** Name parts that are particles of a longer name, not given names (أبو زيد is a family name). */
const NAME_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ام', 'ال', 'عبد'].map((w) => normalize(w)));

/**
 * A common given name alone (محمد) that joined no person of the article (mergeSurnames joins only uncommon ones):
 * after an honorific or a title (الأمير محمد، الملك عبدالله) it is the one person of the article with that first
 * name. (Dropping the others was tried: the gold lists people named only so, شقيقه محمد.)
 */
function loneGivenNames(art: Article): void {
  const { kb, doc, drafts } = art;
  for (const d of drafts.values()) {
    if (d.type !== 'PER' || !d.kbId?.startsWith('x:') || d.generic || d.mentions.length === 0) continue;
    const keys = new Set(d.names.map((n) => normalize(stripDiacritics(n)).replace(/\s+/g, ' ').trim()));
    if (![...keys].every((k) => kb.isNamePart(k) && !k.startsWith('ال') && !NAME_PARTICLES.has(k.split(' ')[0]!) || (k.startsWith('عبد ') && kb.isNamePart(k)))) continue;
    if (keys.size !== 1) continue;
    const w = [...keys][0]!;
    const titled = d.mentions.some((m) => {
      const before = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
      if (!before) return false;
      const b = normalize(stripDiacritics(before));
      return kb.honorifics.has(b) || (b.startsWith('ال') && !!kb.title(b));
    });
    const owners = [...drafts.values()].filter((o) => o !== d && o.type === 'PER' && !o.generic && o.mentions.length > 0 && givenNameOf(art, o, w));
    if (owners.length !== 1) continue;
    // Untitled (resolve11): the given name of the one person the article named in full before it (ويقول محمد after
    // محمد الحسن), unless a kin word stands before it (شقيقه محمد: another person of the same name).
    if (!titled) {
      const first = Math.min(...d.mentions.map((m) => m.start));
      const named = owners[0]!.mentions.some((m) => m.kind === 'name' && m.start < first && /\s/.test(m.text.trim()));
      if (!named || d.mentions.some((m) => kinBefore(doc, m.start) || juniorAfter(doc, m.end))) continue;
    }
    owners[0]!.mentions.push(...d.mentions);
    d.mentions = [];
  }
}

/** Kin and age words before a given name: another person of the family (نجله محمد، الطفل محمد، ابنته مريم). */
const KIN_WORDS = RESOLVER_WORDS.kinWords;

/** The Prophet and other figures of faith named by a given name (النبي محمد): not the article's namesake. */
const FAITH_WORDS = RESOLVER_WORDS.faithWords;

/**
 * Is one of the two words before `start` (a comma passed over: نجله، دونالد; an adjective between: ابني الرائع دونالد)
 * a kin or age word, or is the word right before a figure of faith (النبي محمد)?
 */
function kinBefore(doc: Doc, start: number): boolean {
  const words = doc.text.slice(Math.max(0, start - 40), start).split(/[\s،,]+/).filter(Boolean).map((w) => normalize(stripDiacritics(w)));
  const kin = (w: string | undefined) => !!w && [w, w.replace(/^[وف]/, ''), w.replace(/^[وف]?ل/, '')].some((v) => KIN_WORDS.has(v));
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  if (kin(last) || (last && FAITH_WORDS.has(last.replace(/^[وف]?ل?/, '')))) return true;
  return kin(prev) && !!last && last.startsWith('ال');
}

/** Words after a given name that make it a namesake of the family (دونالد الابن، محمد الابن، جونيور). */
const JUNIOR_WORDS = RESOLVER_WORDS.juniorWords;

/** Is the word right after `end` a junior/senior word? */
function juniorAfter(doc: Doc, end: number): boolean {
  const after = /^\s+([^\s،,.]+)/.exec(doc.text.slice(end, end + 30))?.[1];
  return !!after && JUNIOR_WORDS.has(normalize(stripDiacritics(after)));
}

/** Words after الرئيس that make it another office (الرئيس التنفيذي: chief executive) or an adjective (السبب الرئيس). */
const NOT_HEAD_OF_STATE_AFTER = RESOLVER_WORDS.notHeadOfStateAfter;

/**
 * Is a bare title an adjective, another office or a past one? الرئيس after a definite noun is "main" (المعقل
 * الرئيس، السبب الرئيس); الرئيس التنفيذي is a chief executive; الرئيس آنذاك is whoever held it then.
 */
function notAnOffice(art: Article, c: Cand): boolean {
  const { doc, tn } = art;
  if (c.tokenEnd < doc.tokens.length && (NOT_HEAD_OF_STATE_AFTER.has(tn(doc, c.tokenEnd)) || THEN_WORDS.has(tn(doc, c.tokenEnd)))) return true;
  if (c.tokenStart < 1 || !/^\s+$/.test(doc.text.slice(doc.tokens[c.tokenStart - 1]!.end, c.start))) return false;
  const first = normalize(doc.text.slice(c.start, c.end).split(/\s/)[0]!);
  const prev = tn(doc, c.tokenStart - 1).replace(/^[وف]?[بل]?/, '');
  if (choosing(art, c)) return true;
  // After a definite noun or a noun with "its/their" (معقلها الرئيس) الرئيس is the adjective "main".
  return first.startsWith('ال') && c.tokenEnd - c.tokenStart === 1 && ((prev.startsWith('ال') && prev.length > 3) || (/..(ها|هم)$/.test(prev) && !PRONOUN_ADVERBS.has(prev)));
}

/**
 * A title with no country and no holder before it (رئيس الوزراء، أمير البلاد، رئيس الجمهورية، الرئيس) once the
 * whole article is read: the one KB person the article names, before or after, who holds that office on the
 * document's date; when it names none, and the title names an office without a country (not المستشار، الزعيم), the
 * holder in the country the article names most, when one country clearly leads.
 */
function pendingTitles(art: Article): void {
  const { kb, date, drafts, countries } = art;
  if (!date) return;
  for (const { c, needsCountry, formerOnly } of art.pendingTitles) {
    const def = c.title!.def;
    if (notAnOffice(art, c)) continue;
    // (resolve20) A former holder's bare title (الرئيس الأسبق الإصلاحي محمد خاتمي) names only the person next to it.
    if (formerOnly) {
      const near = def.title === 'chancellor' ? null : nearbyPerson(art, c);
      if (near) addMention(art, near, c, 'title');
      continue;
    }
    // A name next to the title is its holder (الرئيس الإسلامي محمد مرسي; أوباما، الرئيس الرابع والأربعين); المستشار
    // without a country is as often an adviser.
    const near = def.title === 'chancellor' ? null : nearbyPerson(art, c);
    if (near) {
      addMention(art, near, c, 'title');
      continue;
    }
    // "The new president" without a name is not the sitting one.
    if (/^\s*(?:الجديد|الجديدة)(?=[\s،,.:]|$)/.test(art.doc.text.slice(c.end, c.end + 12))) continue;
    // A title that needs a country: the same title with its country later in the article (a headline's الزعيم, the
    // body's الزعيم الكوري الشمالي).
    const next = needsCountry ? art.titled.find((t) => t.title === def.title && t.start > c.start) : undefined;
    if (next) {
      addMention(art, next.d, c, 'title');
      continue;
    }
    // Else الزعيم is no state office (الزعيم الكردي، الزعيم الروحي); المرشد is the holder the article names.
    if (def.title === 'leader') continue;
    // The country the article is about: named most, clearly ahead of the next.
    const [first, second] = [...countries].sort((a, b) => b[1] - a[1]);
    const lead = first && (!second || first[1] > second[1]) ? first[0] : null;
    // (An international body's head is no country's.)
    const holds = (r: RoleSpell) => r.role === def.role && r.title === def.title && spellActiveOn(r, date) && (!lead || r.country === lead || r.country === 'IGO');
    const named = [...drafts.values()].filter((d) => d.type === 'PER' && d.mentions.length > 0 && !!d.kbId && !d.kbId.startsWith('x:') && (kb.byId(d.kbId)?.person?.roles.some(holds) ?? false));
    let d: Draft | null = named.length === 1 ? named[0]! : null;
    // Unnamed, only the heads of state and government: a minister without a country (وزير الخارجية) is as often
    // another country's (سيرسل وزير الخارجية للقاء الملك, said by the American president in a Saudi story).
    if (!d && !named.length && !needsCountry && lead && LEAD_ROLES.has(def.role)) d = holderDraft(art, def.role, lead, false, undefined, def.title);
    // (resolve20) A minister of a clear story state (وزير الدفاع والإنتاج الحربي in an Egyptian story): its holder, when
    // the country holds more than three in five of the article's country evidence and the title's sentence names no
    // other country.
    // (Not a minister placed by a phrase after the title: وزير الخزانة في حكومة الظل is the opposition's.)
    const placed = /^\s+(?:في|لدى)(?=\s)/.test(art.doc.text.slice(c.end, c.end + 8));
    if (!d && !named.length && !needsCountry && lead && !placed && isMinisterRole(def.role) && clearLead(countries, lead) && !otherCountryInSentence(art, c, lead)) {
      d = holderDraft(art, def.role, lead, false, undefined, def.title);
    }
    if (d) addMention(art, d, c, 'title');
  }
}

/**
 * (resolve20) Is demonym candidate c a name in a lineage (تركي بن محمد، فهد بن تركي): an indefinite word right before
 * بن/ابن/بنت and a name word after it, or right after such a link?
 */
function lineageAround(art: Article, c: Cand): boolean {
  const { doc, tn, kb } = art;
  const w = tn(doc, c.tokenStart);
  if (c.tokenEnd - c.tokenStart !== 1 || w.startsWith('ال')) return false;
  const gap = (a: number, b: number) => /^\s+$/.test(doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start));
  if (c.tokenStart > 0 && gap(c.tokenStart - 1, c.tokenStart) && LINEAGE_LINKS.has(tn(doc, c.tokenStart - 1))) return true;
  const n = c.tokenEnd;
  return n + 1 < doc.tokens.length && gap(n - 1, n) && gap(n, n + 1) && LINEAGE_LINKS.has(tn(doc, n)) && kb.isPersonNameWord(tn(doc, n + 1));
}

/** After title candidate c: one definite word that is no time noun nor clause word, then a ل-genitive (الرئيس المشترك لمجلس)? */
function bodyHeadAfterAdjective(art: Article, c: Cand): boolean {
  // (Not a relative clause or a particle: الرئيس الذي لا يتورع، الرئيس الذي لم.)
  const m = /^\s+(ال\S+)\s+(ل(?!ل)\S{3,})/.exec(art.doc.text.slice(c.end, c.end + 40));
  if (!m || TIME_NOUNS.has(normalize(m[1]!)) || CLAUSE_WORDS.has(normalize(m[1]!)) || CLAUSE_WORDS.has(normalize(m[2]!))) return false;
  // (Nor a name that begins with ل: الرئيس السابق المسجون لويس إيناسيو لولا دا سيلفا.)
  const at = c.end + m[0].length - m[2]!.length;
  return !art.cands.some((x) => x.kind === 'name' && x.start === at && (x.nerType === 'PER' || x.targets.some((t) => t.type === 'PER')));
}

/** Does `lead` hold more than three in five of the article's country counts? */
function clearLead(countries: ReadonlyMap<string, number>, lead: string): boolean {
  let all = 0;
  for (const [iso, n] of countries) if (iso !== 'IGO') all += n;
  return (countries.get(lead) ?? 0) * 5 > all * 3;
}

/** Does the sentence of title candidate c name a country other than `lead` (a person, body, place or title of it)? */
function otherCountryInSentence(art: Article, c: Cand, lead: string): boolean {
  const sent = sentenceOf(art, c.start);
  for (const x of art.cands) {
    if (x === c || sentenceOf(art, x.start) !== sent) continue;
    if (x.title?.country && x.title.country !== lead) return true;
    const isos = new Set(x.targets.map((t) => art.kb.byId(t.id)?.country).filter((v): v is string => !!v && v !== 'IGO'));
    if (isos.size === 1 && !isos.has(lead)) return true;
  }
  return false;
}

/**
 * (resolve25) Does the sentence of candidate c name, before c or right after it behind في, a country outside `keep`
 * (a person, body, place or title of it, or a demonym)? Like otherCountryInSentence, for an ambassador's two countries.
 */
function countryInSentenceBut(art: Article, c: Cand, keep: ReadonlyArray<string | null>): boolean {
  const sent = sentenceOf(art, c.start);
  const ok = (iso: string) => iso === 'IGO' || keep.includes(iso);
  for (const x of art.cands) {
    if (x === c || sentenceOf(art, x.start) !== sent) continue;
    // Before the title (the one who summons or meets him), or a place right after it behind في (سفير إسرائيل في
    // أسانسيون); not further on (… للاستيطان في الأراضي الفلسطينية، وقال القنصل السعودي لرويترز).
    if (x.start >= c.start && !(x.start >= c.end && /^\s+في\s+$/.test(art.doc.text.slice(c.end, x.start)))) continue;
    if (x.title?.country && !ok(x.title.country)) return true;
    const isos = new Set(x.targets.map((t) => (t.id.startsWith('cty:') ? t.id.slice(4) : art.kb.byId(t.id)?.country)).filter((v): v is string => !!v));
    if (isos.size === 1 && !ok([...isos][0]!)) return true;
  }
  return false;
}

/** Offices a title without a country gives to the country the article is about when the article names no holder. */
const LEAD_ROLES = new Set<Role>(['head_of_state', 'head_of_government', 'crown_prince']);

/** Words with "it/them" that are no noun a bare الرئيس could qualify (ودفعت حينها الملك، قال لهم الرئيس). */
const PRONOUN_ADVERBS = new Set(['حينها', 'وقتها', 'عندها', 'بعدها', 'قبلها', 'يومها', 'منها', 'عنها', 'لها', 'بها', 'فيها', 'عليها', 'اليها', 'معها', 'لهم', 'بهم', 'منهم', 'عليهم', 'فيهم', 'معهم', 'اليهم', 'عنهم'].map((w) => normalize(w)));

/** Words before a title that make it the office being filled, not its holder. */
const CHOOSING = RESOLVER_WORDS.choosing;

/** Is the word before the title one of choosing or naming someone for the office (ويسمي رئيس مجلس الوزراء)? */
function choosing(art: Article, c: Cand): boolean {
  const { doc, tn } = art;
  if (c.tokenStart < 1 || !/^\s+$/.test(doc.text.slice(doc.tokens[c.tokenStart - 1]!.end, c.start))) return false;
  const prev = tn(doc, c.tokenStart - 1);
  return CHOOSING.has(prev.replace(/^[وف]?[بل]?/, '')) || CHOOSING.has(prev.replace(/^[وف]/, ''));
}

/** Words after a title that put it in the past (الرئيس آنذاك): no sitting holder. */
const THEN_WORDS = new Set(THEN.map((w) => normalize(w)));

/**
 * The person a title without a country stands next to: a name (no preposition on it) within three words after it
 * (الرئيس الإسلامي محمد مرسي، رئيس الوزراء القومي المحافظ فيكتور أوربان), or a name right before it behind a comma or
 * as a reporting verb's subject (أوباما، الرئيس الرابع والأربعين; أعلن ماوريتسيو مارتينا الزعيم المؤقت); null when none.
 */
function nearbyPerson(art: Article, c: Cand): Draft | null {
  const { doc, drafts, tn } = art;
  const toks = doc.tokens;
  const people = [...drafts.values()].filter((d) => d.type === 'PER' && !d.generic);
  const nameAt = (pos: number) => people.find((d) => d.mentions.some((m) => m.kind === 'name' && m.start === pos));
  const nameEndingAt = (pos: number) => people.find((d) => d.mentions.some((m) => m.kind === 'name' && m.end === pos));
  for (let j = c.tokenEnd, words = 0; j < toks.length && words < 3; j++) {
    if (isComma(toks[j]!) && words > 0) continue;
    words++;
    if (!/^\s*$/.test(doc.text.slice(toks[j - 1]!.end, toks[j]!.start)) || toks[j]!.kind !== 'arabic') break;
    // A word with a preposition on it starts another phrase (المستشار الخاص للرئيس أسياس أفورقي).
    if (doc.segment(j).proclitics.some((p) => p === 'ل' || p === 'ب' || p === 'ك')) break;
    // (resolve17) A body named by its leader (وزير المالية في حكومة بنيامين نتانياهو): the name is the leader's.
    if (PERSON_LED_HEADS.has(withoutPreposition(tn(doc, j)))) break;
    const d = nameAt(toks[j]!.start);
    if (d) return d;
  }
  // و + title after a name is another person (محمد مختار جمعة، والأمين العام المساعد).
  if (toks[c.tokenStart]!.start < c.start) return null;
  let p = c.tokenStart - 1;
  const comma = p >= 0 && isComma(toks[p]!);
  if (comma) p--;
  if (p < 0) return null;
  const before = nameEndingAt(toks[p]!.end);
  if (!before) return null;
  // Behind a comma the title must close the apposition (أوباما، الرئيس الرابع والأربعين للولايات المتحدة، …): its
  // definite words run to a comma or a full stop; أحمدي نجاد، المرشد الأعلى بنهب … is a verb's object.
  if (comma) return closesApposition(art, c.tokenEnd) ? before : null;
  const m = before.mentions.find((x) => x.kind === 'name' && x.end === toks[p]!.end)!;
  const first = toks.findIndex((t) => t.start === m.start);
  return first > 0 && SUBJECT_VERBS.has(tn(doc, first - 1).replace(/^[وف]/, '')) ? before : null;
}

/** From token j, up to five definite words (الرابع، والأربعين، للولايات) and then a comma, a full stop or the end. */
function closesApposition(art: Article, j: number): boolean {
  const { doc, tn } = art;
  const toks = doc.tokens;
  for (let n = 0; n <= 5 && j < toks.length; n++, j++) {
    const t = toks[j]!;
    if (t.kind === 'punct') return isComma(t) || t.text === '.' || t.text === ':';
    if (t.kind !== 'arabic' || !/^(?:و|ف)?(?:ال|لل)/.test(tn(doc, j))) return false;
  }
  return j >= toks.length;
}

/** A comma token (Arabic or Latin). */
function isComma(t: { text: string; kind: string }): boolean {
  return t.kind === 'punct' && (t.text === '،' || t.text === ',');
}

/** Head words of a title of an organization's or a body's head, or of a minister (رئيس، زعيم، قائد، مدير، وزير …). */
const HEAD_TITLES = RESOLVER_WORDS.headTitles;
const MINISTER_HEADS = new Set(['وزير', 'وزيرة'].map((w) => normalize(w)));
/** Ordinals between a deputy's word and the office (النائب الأول لوزير الخارجية). */
const DEPUTY_ORDINALS = new Set(['الأول', 'الأولى', 'الثاني', 'الثانية'].map((w) => normalize(w)));

/**
 * Is token j (an ordinal passed over) a deputy's word in any form (نائب، النائب، نائبا، مساعدا، والنائب)? Then a
 * title right after it with ل on it (النائب الأول لوزير الخارجية الكوري الشمالي، نائبا للرئيس، مساعدا لرئيس الوزراء)
 * names the deputy, not the holder of the office.
 */
function deputyWordBefore(art: Article, j: number): boolean {
  const { doc, tn } = art;
  if (j >= 0 && DEPUTY_ORDINALS.has(tn(doc, j))) j--;
  if (j < 0 || doc.tokens[j]!.kind !== 'arabic') return false;
  const w = tn(doc, j).replace(/^[وف]/, '').replace(/^ال/, '');
  return DEPUTY_BEFORE.has(w) || (w.endsWith('ا') && DEPUTY_BEFORE.has(w.slice(0, -1)));
}

/** A KB title with ل on it after a deputy's word (deputyWordBefore): the deputy's, no holder's. */
function deputyOfTitle(art: Article, c: Cand): boolean {
  const tok = art.doc.tokens[c.tokenStart];
  if (!tok || !/ل$/.test(art.doc.text.slice(tok.start, c.start))) return false;
  return deputyWordBefore(art, c.tokenStart - 1);
}

/** Words before a title that make the phrase another person's: a deputy, an assistant, a chargé d'affaires (بأعمال). */
const DEPUTY_BEFORE = RESOLVER_WORDS.deputyBefore;
/** Military ranks between a title and the name (قائد فيلق القدس اللواء قاسم سليماني). */
const RANKS = RESOLVER_WORDS.ranks;
/** Reporting verbs whose subject a title may follow without a comma (وقال نانوت كوتيا رئيس بلدية ميناكا). */
const SUBJECT_VERBS = RESOLVER_WORDS.subjectVerbs;
const HUWA = new Set(['وهو', 'وهي'].map((w) => normalize(w)));

/** The person named right before "، وهو" / "وهي" and the title at c (ديسانتيس، وهو نائب جمهوري). */
function pronounApposition(art: Article, c: Cand): Draft | null {
  const { doc, tn, personMentions } = art;
  const j = c.tokenStart - 1;
  if (j < 1 || !HUWA.has(tn(doc, j))) return null;
  let k = j - 1;
  if (isComma(doc.tokens[k]!)) k--;
  if (k < 0) return null;
  const last = personMentions[personMentions.length - 1];
  if (!last || last.draft.generic || last.draft.type !== 'PER') return null;
  const end = doc.tokens[k]!.end;
  return last.draft.mentions.some((m) => m.kind === 'name' && m.end === end) ? last.draft : null;
}

/** Reporting verbs that also take a person as object (حذر بولتون السفير: he warned the ambassador). */
const OBJECT_VERBS = new Set(['حذر', 'حذرت', 'دعا', 'دعت'].map((w) => normalize(w)));
/** Verbs whose subject a generic title right after the subject's name describes (reporting verbs, كان). */
const SPEAKING_VERBS = new Set([...[...SUBJECT_VERBS].filter((w) => !OBJECT_VERBS.has(w)), ...RESOLVER_WORDS.speakingVerbsExtra]);
/** (resolve23) The adjective a bare spokesperson may carry and stay the same post (المتحدث الرسمي). */
const OFFICIAL_WORDS = new Set(['الرسمي', 'الرسمية'].map((w) => normalize(w)));

/** (quotes37) Verbs of SPEAKING_VERBS that say nothing (كان، كانت): a body named after one is not a speaker. */
const NOT_SPEECH = new Set(['كان', 'كانت'].map((w) => normalize(w)));
const HEAD_WINDOW = 9;
const OFFICE_NOUNS = new Set(['منصب', 'منصبي', 'منصبا'].map((w) => normalize(w)));
const QUOTE_TOKEN = /^["«»“”']+$/;
const TRAILING_PREPOSITIONS = new Set(['في', 'من', 'عن', 'على', 'إلى', 'لدى', 'مع', 'و'].map((w) => normalize(w)));
const CLAUSE_WORDS = new Set(['للقاء', 'لبحث', 'لمناقشة', 'لحضور', 'لزيارة', 'لتوقيع', 'إلى', 'أن', 'إن', 'أنه', 'إنه', 'قد', 'لم', 'لن', 'التي', 'الذي', 'الذين', 'كان', 'كانت', 'بعد', 'قبل', 'مع', 'خلال', 'حيث', 'بأن', 'لأن'].map((w) => normalize(w)));
const PERSON_NOUNS = RESOLVER_WORDS.personNouns;
/** Head nouns of a KB body's name that news leaves out (حركة of حركة فتح): rule 116. */
const SHORT_NAME_HEADS = RESOLVER_WORDS.shortNameHeads;
/** Region names by the word that alone names them (كوريا → شبه الجزيرة الكورية). */
const BARE_REGIONS = new Map([...RESOLVER_WORDS.bareRegions].map((p) => { const [w, r] = p.split('|'); return [normalize(w!), r!] as [string, string]; }));

/** The mention of any entity that covers [start, end), with its entity. */
function mentionAt(art: Article, start: number, end: number): { d: Draft; m: Mention } | null {
  for (const d of art.drafts.values()) for (const m of d.mentions) if (m.start < end && m.end > start) return { d, m };
  return null;
}

/**
 * The words of a head title (رئيس حزب الغد، قائد فيلق القدس في الحرس الثوري، وزير الخدمة الاجتماعية) from token h:
 * its last token, when they name a body (a KB or recognized organization or place among them, a known organization
 * head noun first, or a minister's office) and no person; null otherwise.
 */
function headPhraseEnd(art: Article, h: number, last: number): number | null {
  const { doc, tn, orgs } = art;
  if (last <= h) return null;
  const start = doc.tokens[h + 1]!.start;
  const end = doc.tokens[last]!.end;
  // A phrase with a verb's particles (المتحدث إلى أن …) is no title; one with a person noun (المتحدث باسم عائلة
  // الصحفي …) is the title of someone else than the name after it.
  // With و or ف on it too (ووصفت وزيرة الإعلام القرار بالمنحاز وأنه يستهدف نواز شريف: a clause, not a title; resolve9).
  for (let j = h + 1; j <= last; j++) {
    const w = tn(doc, j);
    if (CLAUSE_WORDS.has(w) || CLAUSE_WORDS.has(w.replace(/^[وف]/, '')) || PERSON_NOUNS.has(w.replace(/^[وف]?[بل]?/, ''))) return null;
  }
  // (resolve17) A phrase that ends in a body named by its leader (وزير المالية في حكومة): the name after it is that
  // leader, not the title's holder.
  if (PERSON_LED_HEADS.has(withoutPreposition(tn(doc, last)))) return null;
  // (resolve25) Nor one that ends in a body named after a person (رئيس مجلس أمناء صندوق الملك عبد الله الثاني): a
  // person's name right after such a head is the body's namesake (not الطيران المدني after بمؤسسة).
  if (EPONYM_HEADS.has(withoutPreposition(tn(doc, last))) && last + 1 < doc.tokens.length) {
    const next = mentionAt(art, doc.tokens[last + 1]!.start, doc.tokens[last + 1]!.end);
    if (next?.d.type === 'PER' && next.m.kind === 'name') return null;
  }
  // An indefinite title (وزير أمريكي سابق) is one of many: no one's title.
  if (!tn(doc, h + 1).startsWith('ال') && [...art.drafts.values()].some((d) => d.mentions.some((m) => m.kind === 'demonym' && m.start === start))) return null;
  let body = MINISTER_HEADS.has(headWord(tn(doc, h))) && tn(doc, h + 1).startsWith('ال');
  // باسمها، باسمه: the spokesperson of a body the sentence named (المتحدثة الرسمية باسمها، جمانة غنيمات).
  // A spokesperson "in the name of" anything speaks for a body (المتحدث باسم المنسقية الوطنية لإدارة الكوارث).
  for (let j = h + 1; j <= last && !body; j++) if (/^باسم(ه|ها|هم)?$/.test(tn(doc, j))) body = true;
  // A known organization head noun in the phrase (رئيس حزب …، المدير العام لهيئة الطيران المدني).
  for (let j = h + 1; j <= last && !body; j++) if (orgs?.head(withoutPreposition(tn(doc, j)))) body = true;
  // (resolve20) قائد قوات الدفاع الجوي، القائد العام للشرطة: a commander's title over an armed or security body.
  if (!body && COMMAND_HEADS.has(headWord(tn(doc, h)))) {
    for (let j = h + 1; j <= Math.min(last, h + 2) && !body; j++) if (COMMAND_BODIES.has(tn(doc, j)) || COMMAND_BODIES.has(withoutPreposition(tn(doc, j)))) body = true;
  }
  // زعيم التنظيم، رئيس الكتلة: a definite group noun (titles13.ts, rule U2), with one adjective at most after it (زعيم
  // الميليشيات الانقلابية; not a clause run on: زعيم الميليشيات الانقلابية لتكليف شقيقه).
  if (!body && last <= h + 2 && groupNounAfterHead(tn(doc, h + 1))) body = true;
  // Rule 113: the group noun in construct with the body's one-word name (رئيس كتلة الوطنية، زعيم تيار الحكمة).
  if (!body && last === h + 2 && !tn(doc, h + 1).startsWith('ال') && groupNounAfterHead('ال' + tn(doc, h + 1)) && tn(doc, h + 2).startsWith('ال')) body = true;
  for (const d of art.drafts.values()) {
    for (const m of d.mentions) {
      if (m.end <= start || m.start >= end) continue;
      // A generic title's entity over the head (وزير الخدمة الاجتماعية) is the title itself, not another person.
      if (d.type === 'PER' && !(d.generic && m.start < start)) return null;
      if (d.type === 'ORG' || d.type === 'LOC') body = true;
    }
  }
  return body ? last : null;
}

/**
 * (resolve29) Is token j a hashtag's glue: a # written tight against the word after it, or a _ tight between two
 * words (#حزب_الله)?
 */
function hashMark(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  const next = doc.tokens[j + 1];
  if (!t || !next || next.start !== t.end) return false;
  if (t.text === '#') return true;
  const prev = doc.tokens[j - 1];
  return t.text === '_' && !!prev && prev.end === t.start;
}

/** The commander's head words (rule of resolve20 in headPhraseEnd). */
const COMMAND_HEADS = new Set(['قائد', 'القائد'].map((w) => normalize(w)));

/** A head word without its proclitics (ورئيس، لرئيس → رئيس; وزير keeps its و). */
function headWord(w: string): string {
  return HEAD_TITLES.has(w) ? w : w.replace(/^[وف]?[بل]?/, '');
}

/** A word without و/ف and a preposition ب/ل; ل + the article (للهيئة) gives the article back (الهيئة). */
function withoutPreposition(w: string): string {
  const v = w.replace(/^[وف]/, '');
  if (v.startsWith('لل')) return 'ال' + v.slice(2);
  return v.replace(/^[بل]/, '');
}

/** The secretary general's head words: a head only with العام/عام after it (الأمين العام، أمين عام; resolve35). */
const SECRETARY_HEADS = new Map([['الأمين', 'العام'], ['أمين', 'عام']].map(([h, q]) => [normalize(h!), normalize(q!)]));

/** Does token j start a head title (رئيس، ورئيس، لرئيس; الأمين العام; أمين عام)? */
function headWordAt(art: Article, j: number): boolean {
  const { doc, tn } = art;
  const w = headWord(tn(doc, j));
  if (!HEAD_TITLES.has(w)) return false;
  // (resolve35) أمين عام حزب الله حسن نصرالله: the construct form of الأمين العام (the body in the genitive) is a head.
  const q = SECRETARY_HEADS.get(w);
  return !q || (j + 1 < doc.tokens.length && tn(doc, j + 1) === q);
}

/**
 * Titles of a body's head or a minister that the title table does not know, tied to the person named next to
 * them: before the name (رئيس حزب الغد موسى مصطفى موسى، قائد فيلق القدس … اللواء قاسم سليماني، زعيم حزب الرابطة،
 * ماتيو سالفيني) or after it, behind a comma or after a reporting verb's subject (فلاديمير شامانوف، رئيس لجنة
 * الدفاع; وقال دان تيهان، وزير الخدمة الاجتماعية). A generic title's entity standing there (نائبة الرئيس after
 * روزاريا موريلو) is that person's title. The title is a mention of the person.
 */
function orgHeadTitles(art: Article): void {
  const { doc, drafts } = art;
  const toks = doc.tokens;
  // The token holding a position, by binary search (a scan per mention made this stage quadratic on long repetitive
  // input: perf9's bench-hostile).
  const tokenOf = (pos: number): number => spanIndexAt(toks, pos);
  const wordGap = (a: number, b: number) => /^\s+$/.test(doc.text.slice(toks[a]!.end, toks[b]!.start));
  for (const d of [...drafts.values()]) {
    if (d.type !== 'PER' || d.generic) continue;
    for (const m of [...d.mentions]) {
      if (m.kind !== 'name') continue;
      const first = tokenOf(m.start);
      const lastTok = tokenOf(m.end - 1);
      // (resolve23) فلان وزيرا للخارجية، وفلانة وزيرة للإعلام: an indefinite post with its ل-genitive right after the
      // name (a conjunction on the name does not matter, and a title before the name may be the person's too).
      if (lastTok >= 0 && lastTok + 1 < toks.length && toks[lastTok]!.end === m.end) postAfterName(art, d, lastTok + 1, lastTok, wordGap);
      // A name with a preposition or conjunction on it (لترامب، وبوتين; وبونيتا مرسيدس, where the recognizer took
      // the و in) is no apposition.
      if (first < 0 || lastTok < 0 || toks[first]!.start !== m.start) continue;
      if (conjoinedName(art, m.text.split(/\s/)[0]!)) continue;
      tieBefore(art, d, first, wordGap) || tieAfter(art, d, first, lastTok, wordGap) || bareSpokespersonTitle(art, d, first, wordGap);
    }
  }
}

/**
 * (resolve29) وقال المتحدث جيم مكغراث، وصرحت المتحدثة ماريا زاخاروفا: a spokesperson's noun alone (data/resolve/
 * bare-spokesperson.json; الرسمي/الرسمية may follow it) right before a person's name, blanks only between, is that
 * person's title. The noun is an honorific for the name's span, so no title was given it before.
 */
function bareSpokespersonTitle(art: Article, d: Draft, first: number, wordGap: (a: number, b: number) => boolean): boolean {
  const { doc, tn } = art;
  let h = first - 1;
  if (h >= 0 && BARE_SPOKESPERSON_ADJECTIVES.has(tn(doc, h)) && wordGap(h, h + 1)) h--;
  if (h < 0 || !BARE_SPOKESPERSON.has(tn(doc, h)) || !wordGap(h, h + 1)) return false;
  return tieTitle(art, d, h, first - 1);
}

/**
 * rule 115 (resolve16): a person's name, a comma, then a title (سامي فلان، السفير السعودي سابقاً) is that person's
 * title when the title found no holder of its own (a generic title's entity: the person takes it, as a name after it
 * would) or names a former holder the KB picked (جون سميث، وزير الخارجية الأسبق: not the KB's last former minister).
 * A title that names the holder on the date (سامح شكري، وزير الخارجية المصري) stays the KB's.
 */
function titleAfterNameComma(art: Article): void {
  const { doc, drafts } = art;
  const names: Array<{ m: Mention; d: Draft }> = [];
  for (const d of drafts.values()) {
    if (d.type !== 'PER' || d.generic) continue;
    for (const m of d.mentions) if (m.kind === 'name') names.push({ m, d });
  }
  if (!names.length) return;
  for (const g of [...drafts.values()]) {
    if (g.type !== 'PER') continue;
    for (const t of [...g.mentions]) {
      if (t.kind !== 'title') continue;
      const gap = doc.text.slice(Math.max(0, t.start - 3), t.start);
      const comma = /[،,]\s*$/.exec(gap);
      // (resolve25) Blanks alone only before the title of an office the named person held before the date.
      const blank = comma ? null : /\s+$/.exec(gap);
      if (!comma && !blank) continue;
      const at = t.start - (gap.length - (comma ?? blank)!.index);
      const before = names.find((x) => x.m.end === at && x.d !== g);
      if (!before) continue;
      if (blank && !heldBefore(art, before.d, g)) continue;
      // A name after the title's phrase is its holder (ترامب، الرئيس السابق لمجلس النواب نيوت غينغريتش).
      if (names.some((x) => x.d !== before.d && x.m.start >= t.end && x.m.start - t.end <= 40 && !/[،,.:؛]/.test(doc.text.slice(t.end, x.m.start)) && doc.text.slice(t.end, x.m.start).trim().split(/\s+/).length <= 4)) continue;
      if (g.generic) {
        nameGeneric(art, g.generic.key, before.d);
        break;
      }
      // (resolve25) Or the holder on the date after a name of the person who held that office before (صالح الصماد، رئيس
      // المجلس السياسي الأعلى, killed a week before the date: not his successor Mahdi al-Mashat).
      if (!g.kbId || g.kbId.startsWith('x:') || !(t.text.split(/\s+/).some((w) => art.kb.former.has(normalize(stripDiacritics(w)))) || heldBefore(art, before.d, g))) continue;
      // The KB's holder named in the article by name too is the article's own word for it.
      if (g.mentions.some((x) => x.kind === 'name')) continue;
      g.mentions.splice(g.mentions.indexOf(t), 1);
      before.d.mentions.push(t);
    }
  }
}

/**
 * (resolve25) Did KB person `p` hold, before the document's date, an office KB person `holder` holds on it (the same
 * role, title, country, body and office in their role spells)?
 */
function heldBefore(art: Article, p: Draft, holder: Draft): boolean {
  const { kb, date } = art;
  if (!date || !p.kbId || !holder.kbId || p.kbId.startsWith('x:') || holder.kbId.startsWith('x:') || p.kbId === holder.kbId) return false;
  const mine = kb.byId(p.kbId)?.person?.roles ?? [];
  const theirs = (kb.byId(holder.kbId)?.person?.roles ?? []).filter((r) => spellActiveOn(r, date));
  const same = (a: RoleSpell, b: RoleSpell) => a.role === b.role && a.title === b.title && a.country === b.country && a.org === b.org && a.office === b.office && a.post === b.post;
  return mine.some((r) => !!r.to && r.to < date && theirs.some((x) => same(r, x)));
}

/** Is the first word of one of the person's names a given name borne by women? */
function womanNamed(art: Article, d: Draft): boolean {
  const names = [...d.names, ...d.mentions.filter((m) => m.kind === 'name').map((m) => m.text)];
  return names.some((n) => art.kb.isFemaleName(n.split(/\s+/)[0] ?? ''));
}

/**
 * Does a name's first word carry a conjunction the recognizer took in (وبونيتا)? It starts with و, is no known name
 * part, and is a known name part without the و or a word the corpus counts never saw (وليد، وائل stay names).
 */
function conjoinedName(art: Article, w0: string): boolean {
  const { kb, freq } = art;
  if (!w0.startsWith('و') || w0.length < 4 || kb.isNamePart(w0)) return false;
  return kb.isNamePart(w0.slice(1)) || !(freq?.get(segmentationKey(w0)) ?? 0);
}

function tieTitle(art: Article, d: Draft, h: number, last: number): boolean {
  const { doc, tn } = art;
  const toks = doc.tokens;
  // منصب وزير الداخلية: the office, not a person's title.
  if (h > 0 && OFFICE_NOUNS.has(tn(doc, h - 1).replace(/^[وف]?[بل]?/, ''))) return false;
  // A masculine role noun (الناطق الرسمي) before a woman's name (جمانة غنيمات) is the role, not a title to give her:
  // the quote stage reads a person titled only in the masculine as a man.
  if (!/ه$/.test(headWord(tn(doc, h))) && womanNamed(art, d)) return false;
  // The title starts after a one-letter proclitic (⟦ووزير الطاقة⟧ → و⟦وزير الطاقة⟧، ل⟦لزعيم الحزب⟧ → ل⟦زعيم الحزب⟧).
  const start = toks[h]!.start + doc.segment(h).baseStart;
  const end = toks[last]!.end;
  // A title's words do not run over a line break (a headline's words, then the body's first verb).
  if (doc.text.slice(start, end).includes('\n')) return false;
  // A state office with its country (الرئيس الأمريكي) is the title table's: a name of another country after it is a
  // slip of the text, not its holder (titleCandidate leaves it untied).
  if (art.cands.some((x) => x.kind === 'title' && x.title?.country && x.start < toks[h]!.end && x.end > start)) return false;
  const at = mentionAt(art, start, toks[h]!.end);
  if (at) {
    // A generic title's entity there (نائبة الرئيس) is the named person's title.
    if (at.d.generic && at.m.kind === 'title' && at.d !== d) {
      nameGeneric(art, at.d.generic.key, d);
      return true;
    }
    return false;
  }
  if (SECRETARY_HEADS.has(headWord(tn(doc, h))) && last === h + 1) return false;
  d.mentions.push({ start, end, text: doc.text.slice(start, end), kind: 'title' });
  return true;
}

/**
 * (resolve35) Is token j an indefinite noun with ب on it (بزيارة، بمقتل), outside any mention and not باسم or بأعمال
 * (a spokesperson's or a chargé's own words) nor a body's head noun? Such a word opens a prepositional phrase of the sentence, so a title phrase
 * does not run over it.
 */
function prepositionalNoun(art: Article, j: number): boolean {
  const { doc, tn } = art;
  const t = doc.tokens[j];
  if (!t || t.kind !== 'arabic' || /^[وف]?(?:باسم|بأعمال|باعمال)/.test(tn(doc, j))) return false;
  const seg = doc.segment(j);
  // A body's head noun (بوزارة، بمجلس) goes on the title's words (المستشار بمجلس الوزراء).
  return seg.proclitics.includes('ب') && !seg.proclitics.includes('ال') && !art.orgs?.head(withoutPreposition(tn(doc, j))) && !mentionAt(art, t.start, t.end);
}

function tieBefore(art: Article, d: Draft, first: number, wordGap: (a: number, b: number) => boolean): boolean {
  const { doc, kb, tn } = art;
  const toks = doc.tokens;
  let j = first - 1;
  // (resolve29) A hashtag's mark on the name (رئيس حزب القوات اللبنانية #سمير_جعجع) is passed over.
  if (j >= 0 && hashMark(doc, j)) j--;
  while (j >= 0 && (RANKS.has(tn(doc, j)) || kb.honorifics.has(tn(doc, j))) && wordGap(j, j + 1)) j--;
  const comma = j >= 0 && isComma(toks[j]!);
  if (comma) j--;
  if (j < 0) return false;
  // المتحدثة باسم ترامب: the name after باسم is whom the spokesperson speaks for.
  if (/^[وف]?باسم$/.test(tn(doc, j))) return false;
  // (resolve35) رحب فلان، المستشار في الديوان الملكي بزيارة الأمير بندر: an indefinite noun with ب on it right before
  // the name governs the name (the prince's visit); the title phrase ended before it and is not the name's.
  if (!comma && prepositionalNoun(art, j)) return false;
  let end = j;
  for (let h = j, words = 0; h >= 0 && words <= HEAD_WINDOW; h--) {
    // A quoted or Latin name of the body may stand in the phrase (مكتب التحقيقات الفيدرالي "إف بي آي"), and a
    // remark in brackets before the name (زعيمة الجبهة الوطنية (يمين متطرف) مارين لوبين).
    if (toks[h]!.kind === 'punct' && QUOTE_TOKEN.test(toks[h]!.text)) continue;
    // (resolve29) A body's name written as a hashtag (رئيس حزب #القوات_اللبنانية): its # and _ are no words.
    if (hashMark(doc, h)) continue;
    if (toks[h]!.kind === 'punct' && toks[h]!.text === ')' && h === end) {
      let o = h - 1;
      while (o > h - 6 && o >= 0 && toks[o]!.text !== '(') o--;
      if (o < 0 || toks[o]!.text !== '(') return false;
      h = o;
      end = o - 1;
      continue;
    }
    words++;
    if (toks[h]!.kind !== 'arabic' && toks[h]!.kind !== 'latin') return false;
    if (h < end && !/^\s*$/.test(doc.text.slice(toks[h]!.end, toks[h + 1]!.start))) return false;
    if (headWordAt(art, h)) {
      // (resolve23) المتحدث باسم حاكم الولاية فلان: the head after a definite spokesperson's باسم is whom the
      // spokesperson speaks for; the name right after it is the spokesperson's (the head before باسم). Not after a
      // comma or an indefinite spokesperson (متحدث باسم القائد العسكري الليبي، خليفة حفتر: the leader's name).
      if (h > 1 && !comma && /^[وف]?باسم$/.test(tn(doc, h - 1)) && /^(?:[وف]?[بل]?ال)/.test(tn(doc, h - 2))) continue;
      const last = headPhraseEnd(art, h, end);
      return last !== null && tieTitle(art, d, h, last);
    }
  }
  return false;
}

function tieAfter(art: Article, d: Draft, first: number, lastTok: number, wordGap: (a: number, b: number) => boolean): boolean {
  const { doc, tn } = art;
  const toks = doc.tokens;
  let h = lastTok + 1;
  let comma = h < toks.length && isComma(toks[h]!);
  if (comma) h++;
  // فلان، وهو رئيس حزب كذا: the pronoun stands for the name (resolve9).
  if (h < toks.length && HUWA.has(tn(doc, h)) && wordGap(h, h + 1)) {
    h++;
    comma = true;
  }
  if (h >= toks.length || toks[h]!.kind !== 'arabic') return false;
  // The verb may stand before an honorific (أكد الشيخ خالد بن أحمد آل خليفة وزير الخارجية).
  let v = first - 1;
  while (v > 0 && (art.kb.honorifics.has(tn(doc, v)) || RANKS.has(tn(doc, v)))) v--;
  const blanks = /^\s+$/.test(doc.text.slice(toks[lastTok]!.end, toks[h]!.start));
  const subject = !comma && v >= 0 && SUBJECT_VERBS.has(tn(doc, v).replace(/^[وف]/, '')) && blanks;
  // (resolve29) After a preposition (نبذة عن فلان زعيم التنظيم، على لسان فلان الأمين العام للحزب) the name is no verb's
  // subject, so a head title right after it is its apposition, not the verb's object.
  const opened = !comma && !subject && v >= 0 && v < first && APPOSITION_OPENERS.has(tn(doc, v).replace(/^[وف]/, '')) && blanks && wordGap(v, v + 1);
  if (!comma && !subject && !opened) return false;
  // Only the head as written: "و" + head is another person (وزير الخارجية ورئيس الوزراء …), ل + head a relation.
  if (!HEAD_TITLES.has(tn(doc, h)) || !headWordAt(art, h)) return false;
  let last = h;
  // (resolve29) A hashtag's # and _ inside the phrase (زعيم ميليشيات #حزب_الله) are passed over as words' glue.
  while (last + 1 < toks.length && last + 1 - h < HEAD_WINDOW) {
    // (resolve35) فلان، المستشار في الديوان الملكي بزيارة الأمير بندر: an indefinite noun with ب on it (not باسم،
    // بأعمال) after the head's words opens the sentence's own phrase; the title ends before it.
    if (last > h && prepositionalNoun(art, last + 1)) break;
    if (toks[last + 1]!.kind === 'arabic' && (wordGap(last, last + 1) || hashMark(doc, last))) last++;
    else if (hashMark(doc, last + 1) && toks[last + 2]?.kind === 'arabic') last++;
    else break;
  }
  // A name after the phrase makes it that name's title (فلان، رئيس حزب كذا، فلان).
  for (const x of art.drafts.values()) if (x.type === 'PER' && x !== d && x.mentions.some((m) => m.start > toks[h]!.start && m.start <= toks[last]!.end + 2)) return false;
  // (resolve35) The phrase stops before a clause's particle (قال فلان أمين عام حزب الله إن الحزب …): a body mention
  // after it (the clause's الحزب) does not stretch the phrase over the particle, which would make it no title.
  let cap = last;
  for (let x = h + 2; x <= last; x++) {
    const w = tn(doc, x);
    if (CLAUSE_WORDS.has(w) || CLAUSE_WORDS.has(w.replace(/^[وف]/, ''))) {
      cap = x - 1;
      break;
    }
  }
  // The phrase ends at the last body mention within it, or at its third word.
  let endTok = Math.min(cap, h + 3);
  for (const x of art.drafts.values()) {
    if (x.type !== 'ORG' && x.type !== 'LOC') continue;
    for (const m of x.mentions) if (m.start > toks[h]!.start && m.end <= toks[cap]!.end) endTok = Math.max(endTok, toks.findIndex((t) => t.start <= m.end - 1 && m.end - 1 < t.end));
  }
  endTok = Math.min(endTok, cap);
  // (resolve29) Nor inside a hashtag (الناطق باسم #نقابة_الموظفين): its words after a _ are the same name's.
  while (endTok + 2 <= last && hashMark(doc, endTok + 1) && doc.tokens[endTok + 1]!.text === '_') endTok += 2;
  // (resolve29) Nor does it run into a relative clause (المتحدثة باسم التجمع الذي يحتج …): it ends before the pronoun.
  for (let x = h + 2; x <= endTok; x++) {
    if (RELATIVE_PRONOUNS.has(tn(doc, x))) {
      endTok = x - 1;
      break;
    }
  }
  // The phrase does not end on a preposition (وزير الخدمة الاجتماعية في بيان).
  while (endTok > h + 1 && TRAILING_PREPOSITIONS.has(tn(doc, endTok))) endTok--;
  const end = headPhraseEnd(art, h, endTok);
  return end !== null && tieTitle(art, d, h, end);
}

/**
 * (resolve23) An indefinite post word right after a person's name, then a ل-genitive (فلان وزيرا للخارجية، فلانة وزيرة
 * للتخطيط والتعاون الدولي): the person is named to, or holds, that post; the word, the genitive and up to two definite
 * words after it (والتعاون الدولي) are the person's title. Not after a comma or a line break (the word must follow the
 * name at once) and not when another person is named inside the phrase.
 */
function postAfterName(art: Article, d: Draft, h: number, lastTok: number, wordGap: (a: number, b: number) => boolean): boolean {
  const { doc, tn } = art;
  const toks = doc.tokens;
  if (!POSTS_AFTER_NAME.has(tn(doc, h)) || !wordGap(lastTok, h)) return false;
  if (h + 1 >= toks.length || toks[h + 1]!.kind !== 'arabic' || !wordGap(h, h + 1) || !tn(doc, h + 1).startsWith('لل')) return false;
  let end = h + 1;
  while (end + 1 < toks.length && end + 1 - h <= 3 && toks[end + 1]!.kind === 'arabic' && wordGap(end, end + 1) && /^و?ال/.test(tn(doc, end + 1))) end++;
  const start = toks[h]!.start;
  const stop = toks[end]!.end;
  for (const x of art.drafts.values()) if (x.type === 'PER' && x !== d && x.mentions.some((m) => m.start < stop && m.end > start)) return false;
  return tieTitle(art, d, h, end);
}

/**
 * rule U1 (titles13.ts): a body's KB name that holds a president's title and a KB person's name (إدارة الرئيس الأمريكي
 * دونالد ترامب) keeps its mention, and the title and the name inside it are the person's mentions too. The quote stage
 * leaves person mentions inside a body's name out (quotes27, src/quotes/stage.ts withoutPersonsInsideBodies): the body
 * speaks.
 */
function administrationHolders(art: Article): void {
  const { kb, doc } = art;
  for (const d of [...art.drafts.values()]) {
    if (d.type !== 'ORG' || !d.kbId || d.kbId.startsWith('x:')) continue;
    for (const m of [...d.mentions]) {
      let id: string | null = null;
      const parts = administrationParts(m.text, m.start, (name) => !!(id = kb.lookup(name).find((t) => t.type === 'PER')?.id ?? null));
      if (!parts || !id) continue;
      const p = kbDraft(art, id);
      if (p.mentions.some((x) => x.start < m.end && x.end > m.start)) continue;
      p.mentions.push({ start: parts.title.start, end: parts.title.end, text: doc.text.slice(parts.title.start, parts.title.end), kind: 'title' });
      p.mentions.push({ start: parts.name.start, end: parts.name.end, text: doc.text.slice(parts.name.start, parts.name.end), kind: 'name' });
      art.personMentions.push({ draft: p, start: parts.title.start });
    }
  }
}

/**
 * rule U5 (titles13.ts): رئيس الجامعة with no name, after one person of the article was titled رئيس جامعة عثمان غازي:
 * that person's title again. Only the one person so titled before it, with the body's noun in construct (no article)
 * and a name of the body after it; not a phrase a name follows, a deputy's, or one of the title table.
 */
function headTitleBackReferences(art: Article): void {
  const { doc, tn } = art;
  const toks = doc.tokens;
  const isHead = (w: string) => HEAD_TITLES.has(w) && !SECRETARY_HEADS.has(w);
  const titled = new Map<string, { d: Draft; start: number }[]>();
  for (const d of art.drafts.values()) {
    if (d.type !== 'PER' || d.generic) continue;
    for (const m of d.mentions) {
      const ws = m.text.split(/\s+/);
      // The body named in construct (رئيس جامعة عثمان غازي): its noun without the article.
      // Not from the headline (its words run on: زعيم مافيا مسجون يدعم تحالف أردوغان), nor a phrase of over five words.
      const headline = m.start < doc.text.indexOf('\n');
      const key = m.kind === 'title' && ws.length >= 3 && ws.length <= 5 && !headline && !normalize(ws[1]!).startsWith('ال') ? officeKey(ws[0]!, ws[1]!, isHead) : null;
      if (!key) continue;
      const list = titled.get(key) ?? [];
      if (!list.some((x) => x.d === d)) list.push({ d, start: m.start });
      titled.set(key, list);
    }
  }
  if (!titled.size) return;
  for (let h = 0; h + 1 < toks.length; h++) {
    if (toks[h]!.kind !== 'arabic' || toks[h + 1]!.kind !== 'arabic' || !/^\s+$/.test(doc.text.slice(toks[h]!.end, toks[h + 1]!.start))) continue;
    if (!tn(doc, h + 1).replace(/^[وف]/, '').replace(/^لل/, 'ال').startsWith('ال')) continue;
    const key = officeKey(toks[h]!.text, toks[h + 1]!.text, isHead);
    const list = key ? titled.get(key) : undefined;
    if (!list || list.length !== 1) continue;
    const start = toks[h]!.start + doc.segment(h).baseStart;
    const end = toks[h + 1]!.end;
    if (list[0]!.start >= start) continue;
    // نائب رئيس الدولة: a deputy's phrase.
    if (h > 0 && DEPUTY_BEFORE.has(tn(doc, h - 1).replace(/^[وف]/, ''))) continue;
    // A title of the title table there (منصب وزير الخارجية) was left untied on purpose: the office, not a person.
    if (art.cands.some((x) => x.kind === 'title' && x.start < end && x.end > start)) continue;
    if (h > 0 && OFFICE_NOUNS.has(tn(doc, h - 1).replace(/^[وف]?[بل]?/, ''))) continue;
    // A person's mention there is another reading; a body's (الجامعة, referred back to) is inside the title.
    if ([...art.drafts.values()].some((x) => x.type === 'PER' && x.mentions.some((m) => m.start < end && m.end > start))) continue;
    // A name right after the phrase is its own (orgHeadTitles ties it); a body after it (رئيس الجامعة الأمريكية) is another.
    const after = mentionAt(art, end, Math.min(doc.text.length, end + 30));
    if (after && after.m.start >= end && after.m.start - end <= 2) continue;
    // رئيس الجامعة الأمريكية: a definite word after the noun may make it another body.
    if (h + 2 < toks.length && toks[h + 2]!.kind === 'arabic' && /^\s+$/.test(doc.text.slice(end, toks[h + 2]!.start)) && tn(doc, h + 2).startsWith('ال')) continue;
    const d = list[0]!.d;
    d.mentions.push({ start, end, text: doc.text.slice(start, end), kind: 'title' });
    art.personMentions.push({ draft: d, start });
  }
}

/** (resolve25) The leader's noun of token text w (الزعيم، وزعيم، لزعيم، للزعيمة), as its definite form; null if none. */
function leaderNoun(w: string): { def: string; construct: boolean } | null {
  const v = w.replace(/^[وف]/, '').replace(/^لل/, 'ال');
  for (const x of [v, v.replace(/^[بل]/, '')]) {
    if (LEADER_WORDS.has(x)) return { def: x, construct: false };
    if (!x.startsWith('ال') && LEADER_WORDS.has('ال' + x)) return { def: 'ال' + x, construct: true };
  }
  return null;
}

/**
 * (resolve25) A leader's title said again without a name (الزعيم الدرزي وليد جنبلاط ... وقال الزعيم الدرزي; زعيم تحالف
 * سائرون مقتدى الصدر ... زعيم تحالف "سائرون"; الزعيمة البورمية أونغ سان سو تشي ... الزعيمة البورمية) is the one person
 * the article tied such a title to before it: the same leader's noun (data/resolve/leader-words.json) in the same gender
 * with the same first word after it, or with a demonym of that person's country (الزعيم اللبناني after الزعيم الدرزي
 * وليد جنبلاط, which the title table gave the Lebanese head of state). A tie is a leader's title of a person the article
 * names by name; a later phrase with a name right after it is its own, and one already given to a person the article
 * names by name is left. A phrase given to a KB holder the article never names (Aoun above) is moved.
 */
function leaderBackReferences(art: Article): void {
  const { doc, tn } = art;
  const toks = doc.tokens;
  const headlineEnd = doc.text.indexOf('\n');
  const spaced = (a: number, b: number) => /^\s+$/.test(doc.text.slice(toks[a]!.end, toks[b]!.start));
  const named = (d: Draft) => d.mentions.some((m) => m.kind === 'name');
  const ties: { d: Draft; key: string | null; fem: boolean; start: number }[] = [];
  for (let h = 0; h < toks.length; h++) {
    if (toks[h]!.kind !== 'arabic') continue;
    const noun = leaderNoun(tn(doc, h));
    if (!noun) continue;
    if (h > 0 && DEPUTY_BEFORE.has(tn(doc, h - 1).replace(/^[وف]/, ''))) continue;
    const start = toks[h]!.start + doc.segment(h).baseStart;
    const fem = /[هة]$/.test(noun.def);
    // The words after the noun, up to a person's name (two at most, blanks only between).
    let last = h;
    let nameAfter = false;
    let spanEnd = toks[h]!.end;
    let inMention = false;
    for (let j = h + 1; j <= h + 2 && j < toks.length && toks[j]!.kind === 'arabic' && spaced(j - 1, j); j++) {
      const at = mentionAt(art, toks[j]!.start, toks[j]!.end);
      if (at && at.d.type === 'PER' && at.m.kind === 'name') { nameAfter = true; break; }
      if (CLAUSE_WORDS.has(tn(doc, j))) break;
      // Definite words only, but for a construct noun's genitive (زعيم تحالف).
      if ((j > h + 1 || !noun.construct) && !tn(doc, j).startsWith('ال')) break;
      last = j;
      if (at) inMention = true;
      if (!inMention) spanEnd = toks[j]!.end;
    }
    if (!nameAfter && last === h && h + 1 < toks.length && spaced(h, h + 1)) {
      const at = mentionAt(art, toks[h + 1]!.start, toks[h + 1]!.end);
      if (at && at.d.type === 'PER' && at.m.kind === 'name') nameAfter = true;
    }
    const w1 = last > h ? tn(doc, h + 1) : null;
    // The words after the noun: for a definite noun its first adjective (الزعيم الدرزي); a construct noun's genitive
    // whole (زعيم حزب الرابطة is not زعيم حزب الحرية), and a definite noun said bare has none.
    const key = noun.construct ? (w1 ? Array.from({ length: last - h }, (_, i) => tn(doc, h + 1 + i)).join(' ') : null) : w1 && w1.startsWith('ال') ? w1 : null;
    const here = [...art.drafts.values()].flatMap((d) => d.mentions.filter((m) => m.start < toks[h]!.end && m.end > start).map((m) => ({ d, m })));
    const own = here.find((x) => x.d.type === 'PER' && x.m.kind === 'title');
    if (own && !own.d.generic && named(own.d)) {
      ties.push({ d: own.d, key, fem, start });
      continue;
    }
    if (nameAfter || start < headlineEnd || (noun.construct && !key)) continue;
    if (here.some((x) => x !== own)) continue;
    // A name right before it is its own (شتراخه زعيم حزب الحرية، عمران خان هو زعيم حزب ...).
    const before = doc.text.slice(Math.max(0, start - 40), start);
    if ([...art.drafts.values()].some((x) => x.type === 'PER' && x.mentions.some((m) => m.kind === 'name' && m.end <= start && m.end >= start - 40 && /^\s*[،,]?\s*(?:و?هو\s+)?[وفبل]?$/.test(before.slice(before.length - (start - m.end)))))) continue;
    // A demonym only after a definite noun: زعيم كوري شمالي is any North Korean leader.
    const demonymOf = (iso: string) => w1 !== null && !noun.construct && art.cands.some((c) => (c.kind === 'demonym' && c.start === toks[h + 1]!.start && c.targets.some((t) => t.id === `cty:${iso}`)) ||
      (c.kind === 'title' && c.start < toks[h]!.end && c.end > toks[h + 1]!.start && c.title?.country === iso));
    const people = new Set(ties.filter((t) => t.start < start && t.fem === fem && ((key !== null && t.key === key) || demonymOf(t.d.country ?? (t.d.kbId ? art.kb.byId(t.d.kbId)?.country ?? '' : '')))).map((t) => t.d));
    if (people.size !== 1) continue;
    const d = [...people][0]!;
    if (own) {
      if (own.d === d) continue;
      own.d.mentions.splice(own.d.mentions.indexOf(own.m), 1);
      d.mentions.push(own.m);
      for (const p of art.personMentions) if (p.start === own.m.start && p.draft === own.d) p.draft = d;
      continue;
    }
    d.mentions.push({ start, end: spanEnd, text: doc.text.slice(start, spanEnd), kind: 'title' });
    art.personMentions.push({ draft: d, start });
  }
}

/** Is the draft a person of a country whose names are not Arabic-derived (src/kb/index.ts ARABIC_NAMING)? */
function foreignByCountry(d: Draft): boolean {
  return d.type === 'PER' && !!d.country && d.country.length === 3 && !ARABIC_NAMING.has(d.country);
}

/**
 * (resolve23) وأضاف المتحدث أن …: a spokesperson's definite noun said alone, after the article gave exactly one person of
 * that gender a spokesperson's title (المتحدث باسم الخارجية الصينية قنغ شوانغ), is that person's title. Words in
 * data/resolve/spokesperson-words.json; not when باسم/بلسان follows, nor a definite word other than الرسمي (المتحدث
 * العسكري may be another), nor إلى/مع (المتحدث إلى الصحفيين: speaking to), nor where any mention stands already.
 */
function spokespersonBackReferences(art: Article): void {
  const { doc, tn } = art;
  const toks = doc.tokens;
  const feminine = (w: string) => /ه$/.test(w);
  const spokes: { d: Draft; start: number; fem: boolean }[] = [];
  for (const d of art.drafts.values()) {
    if (d.type !== 'PER' || d.generic || !d.kbId) continue;
    for (const m of d.mentions) {
      if (m.kind !== 'title') continue;
      const w0 = normalize(stripDiacritics(m.text.split(/\s+/)[0]!)).replace(/^[وف]?[بل]?/, '');
      const bare = w0.startsWith('ال') ? w0 : 'ال' + w0;
      if (SPOKESPERSON_WORDS.has(bare) && /\s(?:باسم|بلسان)/.test(m.text + doc.text.slice(m.end, m.end + 8))) spokes.push({ d, start: m.start, fem: feminine(bare) });
    }
  }
  if (!spokes.length) return;
  const spaced = (a: number, b: number) => /^\s+$/.test(doc.text.slice(toks[a]!.end, toks[b]!.start));
  for (let h = 0; h < toks.length; h++) {
    if (toks[h]!.kind !== 'arabic') continue;
    const w = tn(doc, h).replace(/^[وف]?[بل]?(?=ال)/, '');
    if (!SPOKESPERSON_WORDS.has(w)) continue;
    const start = toks[h]!.start + doc.segment(h).baseStart;
    let last = h;
    if (h + 1 < toks.length && toks[h + 1]!.kind === 'arabic' && spaced(h, h + 1)) {
      const next = tn(doc, h + 1);
      if (OFFICIAL_WORDS.has(next)) {
        last = h + 1;
        if (h + 2 < toks.length && /^(?:باسم|بلسان)/.test(tn(doc, h + 2))) continue;
      } else if (next.startsWith('ال') || /^(?:باسم|بلسان|الى|إلى|مع)/.test(next) || /^(?:باسم|بلسان)/.test(next.replace(/^[وف]/, ''))) continue;
    }
    const end = toks[last]!.end;
    if ([...art.drafts.values()].some((x) => x.mentions.some((m) => m.start < end && m.end > start))) continue;
    const before = spokes.filter((x) => x.start < start && x.fem === feminine(w));
    const people = new Set(before.map((x) => x.d));
    if (people.size !== 1) continue;
    const d = before[0]!.d;
    d.mentions.push({ start, end, text: doc.text.slice(start, end), kind: 'title' });
    art.personMentions.push({ draft: d, start });
  }
}

/**
 * (resolve24) Is the draft a person whose name a demonym of a country with non-Arabic-derived names touches: right
 * before a name mention (الصحفي الأمريكي جون ..., المدرب الإسباني ...) or right after it (... البريطاني)? Only
 * blanks between; every country the demonym may name must be outside `ARABIC_NAMING`. A name with an Arabic particle
 * (بن، عبد، أبو: data/kb/name-particles.json) or a word with the article is an Arab name whatever the nationality
 * (الفرنسي سليم بن غالم), and is left to the Arab scheme.
 */
/** (resolve26) Between a name and its demonym: "، وهو/وهي" and one noun, or "الذي/التي يحمل/تحمل (الجنسية)". */
const DEMONYM_APPOSITION = /^\s*[،,]?\s*(?:(?:وهو|وهي)\s+[\u0621-\u064a]+|(?:الذي|التي)\s+(?:يحمل|تحمل)(?:\s+الجنسية)?)\s+$/u;

function foreignByDemonym(art: Article, d: Draft, name: string): boolean {
  if (d.type !== 'PER') return false;
  if (name.split(/\s+/).some((w) => ARABIC_PARTICLES.has(w) || w.startsWith('ال') || /^(عبد|أبو|ابو)ال/.test(w))) return false;
  const text = art.doc.text;
  const foreignDemonym = (c: Cand): boolean => {
    const isos = c.targets.filter((t) => t.id.startsWith('cty:')).map((t) => t.id.slice(4));
    return isos.length > 0 && isos.every((iso) => iso.length === 3 && !ARABIC_NAMING.has(iso));
  };
  for (const m of d.mentions) {
    if (m.kind === 'title') continue;
    for (const c of art.cands) {
      if (c.kind !== 'demonym' || !foreignDemonym(c)) continue;
      if (c.end <= m.start && /^\s+$/.test(text.slice(c.end, m.start))) return true;
      if (c.start >= m.end && /^\s+$/.test(text.slice(m.end, c.start))) return true;
      // (resolve26) Or in an apposition after it: X، وهو صحفي أمريكي …؛ X الذي يحمل الجنسية الفرنسية.
      if (c.start >= m.end && c.start - m.end <= 40 && DEMONYM_APPOSITION.test(text.slice(m.end, c.start))) return true;
    }
  }
  return false;
}

/** The entities with mentions, in order of first mention (e1, e2, ...). */
function entitiesOf(art: Article): Entity[] {
  const { kb, date, drafts } = art;
  const list = [...drafts.values()].filter((d) => d.mentions.length > 0);
  for (const d of list) d.mentions.sort((a, b) => a.start - b.start);
  list.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return list.map((d, i) => {
    const e = d.kbId && !d.kbId.startsWith('x:') ? kb.byId(d.kbId) : undefined;
    const longest = d.names.reduce((a, b) => (b.length > a.length ? b : a), d.names[0] ?? '');
    const name = e ? e.ar[0] ?? longest : longest;
    let actor: string | null = null;
    if (e) actor = kb.actorOn(e.id, date);
    else if (d.generic?.org && !d.generic.org.startsWith('x:')) actor = kb.actorOn(d.generic.org, date);
    else if (d.type === 'PER' && d.country && d.role) actor = `${d.country}GOV`;
    else if (d.orgInfo && d.country) actor = `${d.country}${d.orgInfo.sector}`;
    return {
      id: `e${i + 1}`,
      type: d.type,
      name,
      // (resolve22) A person the KB does not know whom a title gives a country whose names are not Arabic-derived
      // (سفير كندا، المتحدثة باسم الخارجية الأمريكية) is romanized by the foreign scheme as a whole.
      nameEn: e ? e.nameEn : d.generic ? d.generic.nameEn : d.orgInfo ? d.orgInfo.nameEn : d.conceptEn ?? kb.romanize(name, { foreign: foreignByCountry(d) || foreignByDemonym(art, d, name) }),
      kbId: d.kbId,
      country: d.country,
      actor,
      mentions: d.mentions,
    };
  });
}

/** Stands in for the recognizer until its stage is in the pipeline: the resolver then uses the gazetteer alone. */
export const noNerStage: Stage<'nerMentions'> = {
  id: 'ner-none.v1',
  requires: [],
  assigns: 'nerMentions',
  run: () => [],
};
