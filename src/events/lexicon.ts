/**
 * The event lexicon: rasd's own Arabic trigger words mapped to CAMEO codes
 * and PLOVER types (data/events/lexicon.json), and the table of the CAMEO
 * codes it uses with their Goldstein values and quad classes
 * (data/events/cameo.json). Verbs are written once as a [past, present]
 * pair and conjugated here for person, gender and number, so the data file
 * stays readable; nouns get their article, case, construct and plural
 * variants. Everything is stored normalized (normalize.ts) because matching
 * runs on normalized words.
 */
import type { SideModel } from './side-model.ts';
import type { CompiledDescriptions } from './descriptions.ts';
import { normalize } from '../text/normalize.ts';
import { sectionFile } from '../core/sections.ts';

export type ArgumentRole = 'source' | 'target';

export interface CodeRef {
  cameo: string;
  plover: string;
  mode?: string | null;
}

export interface ContextCodeData {
  words: string[];
  side: 'before' | 'after';
  within: number;
  /** The reach passes commas (a backing phrase set off by commas: "ودعت هولندا، بدعم من فرنسا"); other marks still end it. */
  commas?: boolean;
  /** Only when the trigger is a verb (a noun of attack may stand in a speech about a real one: "ندد بالهجوم ... في كلمة"). */
  verbOnly?: boolean;
  unless?: string[];
  code: CodeRef;
}

export interface LexiconEntryData extends CodeRef {
  id: string;
  /** [past 3rd masc. sg., present 3rd masc. sg.] pairs, conjugated by {@link conjugate}. */
  verbs?: Array<[string, string]>;
  /** Extra surface forms of the verb (irregular conjugations, fixed phrases). */
  forms?: string[];
  /**
   * Circumstantial participles (حال) of the verb: "، متهما إيران بدعم ..."، "منددة بالهجوم". Matched like verb forms; their
   * doer is the subject of the sentence they hang on, never an actor named between.
   */
  adverbials?: string[];
  /** The verb names its object before its ب complement (اتهم إيران بدعم): its participle followed by ب is the passive (متهم بـ). */
  objectBeforeB?: boolean;
  /** Verb forms passive by their pattern (أصيب: was hit): their subject underwent the act, only an agent phrase names the doer. */
  passiveForms?: string[];
  /** Verbal nouns and nominal triggers; several words make a multiword pattern. */
  nouns?: string[];
  /** Words one of which must follow the verb in its clause (multiword patterns: وقع اتفاقا، فرض عقوبات). */
  object?: string[];
  /** How the target is found: "direct" (object without preposition), a preposition word ("مع"), or a clitic preposition ("ب-", "ل-"). */
  target: string[];
  /** Both sides act on each other (meetings, agreements, clashes): one event per direction. */
  reciprocal?: boolean;
  /** The same act seen from the target's side (hosting ↔ visiting), emitted with source and target swapped. */
  inverse?: CodeRef;
  /** Role of a noun trigger's genitive ("زيارة الشرع": source; "اعتقال الناشط": target). */
  genitive?: ArgumentRole;
  /** What the verb does to the event it governs: "requested" (دعا إلى) or "negated" (رفض، نفى). */
  complement?: 'requested' | 'negated';
  needTarget?: boolean;
  needSource?: boolean;
  /** Two sides named together (الجانبان، a dual verb) did this each on its own, not to each other (تعهدا: they pledged). */
  oneWay?: boolean;
  /** A different code when the target comes through this preposition (تدخل لصالح). */
  byPrep?: Record<string, CodeRef>;
  /**
   * The nouns are participles used as predicates: "active" (شكلت موسكو داعما لـ، إيران الداعم
   * الرئيسي لـ: the subject before is the source), "passive" (الحوثيين المدعومة من إيران: the noun
   * phrase before is the target, the actor after من the source).
   */
  participle?: 'active' | 'passive';
  /** The code when the target is a person: "شن هجوما على السفير" is verbal (criticism), not armed. */
  onPerson?: CodeRef;
  /**
   * (events44) Another code when a word of a list stands near the trigger, in its clause (no punctuation between): "بدعم
   * من واشنطن" after مشروع قرار is political backing (SUPPORT), not aid; "هاجم ... في تغريدة" is criticism, not an assault.
   * `side`: where the word stands (before or after the trigger); `within`: how many words away at most. The first that
   * matches wins; `unless` words in the same reach keep the entry's own code (أسلحة، أموال: what was given).
   */
  contextCodes?: ContextCodeData[];
  /**
   * (branch events21) The act befalls people: a state named as a place by its name, or a government, as the target is a
   * figure of speech ("الميليشيات التي اختطفت اليمن"، "اختطفتها" of a government), not an act.
   */
  peopleOnly?: boolean;
  /** (events28) The source must be able to visit: a person, a body or a delegation, not a country named alone, a crowd or an army (src/events/precision28.ts canVisit). */
  visitorOnly?: boolean;
  /** When it governs another event (نفى تزويدها الحوثيين بالأسلحة), only that event is coded, under negation. */
  governsOnly?: boolean;
  /** A denial with no object named (ينفي الحوثيون هذه الاتهامات، وهو ما نفته طهران) rejects the accuser of an accusation just before against the denier. */
  answersAccusation?: boolean;
  /** Words that, within four words after the verb, show another sense (تحتل المرتبة: ranks, not occupies). */
  notBefore?: string[];
  /** (events62) notBefore words count only before the target the rules found: "اعترف بأنه" is a confession, "يعترف
   * الفلسطينيون بإسرائيل على أنها دولة يهودية" a recognition whose object comes first. */
  notBeforeUntilTarget?: boolean;
  /** (events62) A verb of killing that is passive when ب and an indefinite weapon noun follow it at once ("قتلوا بغارات
   * جوية شنها الطيران الروسي"، "قتل برصاص قناص"): its active form names the one killed first. */
  weaponPassive?: boolean;
  /** Words that, right before the trigger, make it part of another term (قانون العقوبات: the penal code). */
  notAfter?: string[];
  /** Words one of which must stand within four words after the trigger (انسحاب ... من الاتفاق: a withdrawal from a deal). */
  onlyBefore?: string[];
  /** (events25) How many words after the trigger onlyBefore looks (default four): "أحال 48 شخصا ... إلى القضاء". */
  onlyBeforeWithin?: number;
  /**
   * (events25) A statement that is an act of its speaker on the clause's subject: "قال الوزير إن إسرائيل تتحمل المسؤولية"
   * (blame), "ستدفع إسرائيل الثمن" in a quote (threat). Coded only inside a quote with a known speaker: the speaker is the
   * source and the verb's own subject the target.
   */
  speakerSource?: boolean;
  /** (events25) Only in the future (سيدفع، ستدفع، سوف): "دفعت الثمن" reports, it does not threaten. */
  futureOnly?: boolean;
  /** Nouns that name what befell their genitive (مقتل: a death): only an agent phrase (برصاص، بغارة) names the doer. */
  agentOnly?: boolean;
  /**
   * (events24) A launch (أطلق صواريخ، إطلاق قذائف) whose doer is unnamed is coded from where it came from: an actor after
   * من right after the trigger (أطلقت صواريخ من قطاع غزة على إسرائيل) is the source; and the projectile may stand
   * before a passive verb (صاروخ باليستي أطلق من اليمن باتجاه جازان).
   */
  originSource?: boolean;
  /**
   * (events26) Noun patterns whose verbal noun is spelt as its verb (التوصل إلى اتفاق: توصّل): matched only when the
   * first word carries the article (التوصل، بالتوصل، للتوصل), so the verb (توصل الطرفان إلى اتفاق) keeps its own reading.
   */
  definiteNouns?: string[];
  /**
   * (events32) The code when the verb is negated by the future particle (grammar futureNegation, لن) right before it: "لن
   * نسمح لإيران بفتح جبهة" is a threat to the one not allowed, asserted, not an allowing negated.
   */
  negatedFuture?: CodeRef;
  /**
   * (events36) A demonym adjective right after a noun pattern's object word names the object's owner, the target, not the
   * doer: "إغلاق القنصلية الروسية" (Russia's consulate closed by another), unlike "هجوم تركي" (a Turkish attack).
   */
  ownerAdjective?: boolean;
  /**
   * (events36) Coded only with a direct object that is another state's actor with a word in ب right after it: "أمرت
   * المحكمة الإمارات بالسماح ..." (an order), not "أمر بطرد 60 دبلوماسيا" nor an order within one state.
   */
  objectThenB?: boolean;
}

export interface EventLexiconData {
  entries: LexiconEntryData[];
  bothSides: string[];
  modality: {
    negation: string[];
    future: string[];
    futurePhrases: string[];
    futureVerbs: Array<[string, string]>;
    /** (events48) Verbs that carry an act noun (سيحظى بلقاء، ستشهد محادثات): their future form (س + present) makes the act future. */
    futureCarriers?: Array<[string, string]>;
    futureAfter: string[];
    intendedVerbs: Array<[string, string]>;
    intended: string[];
    hypothetical: string[];
    hypotheticalPhrases: string[];
    /** (events41) warning words: an act after "X من" within the clause is warned against, not asserted (hypothetical) */
    warnings?: string[];
    /** (events41) purpose words: the verbal noun right after (at most two words on) is intended */
    purposes?: string[];
    /** (events43) Words of circumstance (خلال، أثناء): a verbal noun after one is when the governing act happens. */
    circumstances?: string[];
    /** (events43) Not ruling out (لا تستبعد، لم يستبعد): the act right after is hypothetical, not negated. */
    ruleOut?: string[];
    /** (events41) a word between a purpose word and the act that makes the act what is stopped (بهدف وقف القتال) */
    purposeBreaks?: string[];
    /** (events41) time words whose من is not the warning's (التحذير بعد يوم من لقاء) */
    warningBreaks?: string[];
    /** (events46) "any" (أي، أية): a verbal noun right after one is no act that happened (hypothetical; negated under a negation) */
    anyWords?: string[];
    /** (events46) words of preparing (استعدادا، تمهيدا): a verbal noun right after one is future */
    preparations?: string[];
    /** (events51) the present forms of كان in "أن يكون ... قد فعل" (a denied perfect: نفى ... أن تكون بلاده قد سلمت) */
    perfectAuxiliaries?: string[];
    /** (events51) forms of زال: لا/ما + one of them is "still" (لا تزال تحتجز), not a negation of the verb after it */
    stillWords?: string[];
    /** (events51) words of protest or anger (احتجاجا، تنديدا، غضبهم): a verbal noun right after one (with على/من/إزاء or ب) is what
     * they are about, an act that happened, which a governor before them does not reach */
    grievances?: string[];
    /** (events51) the separate prepositions between a grievance word and its act (على، من، إزاء) */
    grievancePreps?: string[];
    /** (events62) verbal nouns of inquiry (التحقيق، تحقيقا، بالتحقيق ...): a verbal noun right after one and في is the act
     * inquired into, which happened or is alleged; a request or refusal before the inquiry does not reach it */
    inquiries?: string[];
    /** (events52) "would" phrases (من شأن، من شأنه ...): an act after one and أن (or right after the pronoun form) is hypothetical */
    wouldPhrases?: string[];
    /** (events52) verbs whose object names the act itself (أعلن الحرب، شن هجوما): لا + a present form + the act noun is negated */
    negatedCarriers?: Array<[string, string]>;
  };
  passiveMarkers: string[];
  agentMarkers: string[];
  locativePreps: string[];
  /** Head nouns that stand before an actor's name or demonym (الرئيس، وفد، قوات). */
  actorHeads?: string[];
  /** Words that look like a trigger form but never are one (هناك is not هنأ + ك). */
  nonTriggers?: string[];
  /** Nouns that carry a verbal noun as their content (رسالة تهنئة، برقية تعزية، بيان إدانة): the sender is its doer. */
  carriers?: string[];
  /** Verbs that take a verbal noun as their object (قررت فرنسا رفع العقوبات، بدأت تركيا مناورات): their subject is its doer. */
  controlVerbs?: Array<[string, string]>;
  /**
   * (branch events24) Verbal nouns (masdars) of the verbs of multiword entries, by the verb's past form: each entry with an
   * object also gets the noun pattern "MASDAR OBJECT" (أبرم اتفاقا → إبرام اتفاق، فرض عقوبات → فرض العقوبات), so that
   * the noun form of every verb-object pattern is a trigger without listing it entry by entry. Only verbs whose verbal
   * noun has the verb's sides are listed (not تلقى: the receiver of a call is not its doer).
   */
  masdars?: Record<string, string[]>;
  /** Words for positions and statements: an "attack" on one of them (الهجوم على الموقف الأميركي) is criticism. */
  verbalObjects?: string[];
  /** (events28) Knowledge-base ids of social media platforms: where a statement is posted (على تويتر), never a side. */
  platforms?: string[];
  /** (events44) Words of a sports fixture (مباراة، منتخب، الدوري): near an act of a type in sportsTypes, the sides are teams. */
  sportsWords?: string[];
  /** (events44) The types a sports fixture looks like (a meeting, a clash): dropped beside sportsWords. */
  sportsTypes?: string[];
  /** (events44) Words after which a fixture word is an adjective (الرئيس المنتخب: elected), up to two words back (الرئيس المكسيكي المنتخب). */
  sportsNotAfter?: string[];
  /**
   * (events26) Verbal nouns of noun patterns whose doer, in the genitive, may stand between them and their object:
   * "إطلاق قوات إسرائيلية النار"، "افتتاح الولايات المتحدة سفارتها". Not the verbs of two objects (سلّم، زوّد، منح،
   * حمّل), whose first genitive is the receiver ("تسليم النظام السوري منظومة").
   */
  doerGapMasdars?: string[];
  /** Nouns for a group sent by a body (وفد، فريق، بعثة): "زار فريق من المنظمة بريطانيا" — the body is the subject. */
  groupNouns?: string[];
  /** (events41) plural nouns of states (دول، بلدان، عواصم) whose members a list opener names (من بينها، مثل، في طليعتها) */
  memberGroups?: string[];
  memberOpeners?: string[];
  /** (events41) prepositions after which a group named by its members is the target (على، ضد، إلى، مع) */
  memberTargetPreps?: string[];
  /** (events41) quantity words before من and the group (للعديد من الدول، على عدد من الدول): the preposition is theirs */
  memberQuantities?: string[];
  /** Words after a demonym that make it a product's origin (صواريخ إيرانية الصنع): no actor. */
  originWords?: string[];
  /**
   * (branch events21) Words of allegiance: an actor after one with ل ("الميليشيات الموالية لإيران"، "قوات موالية للحكومة")
   * is whom the noun before is loyal to, a description of that noun, not a side of the clause's act.
   */
  patronWords?: string[];
  /**
   * (events27) An object phrase that stands for a state when the clause names no party of its own ("الانسحاب من الاتفاق
   * النووي": Iran's deal), for triggers of these PLOVER types with a source and no target.
   */
  objectStates?: Array<{ words: string; country: string; plover: string[] }>;
  /** (events27) CAMEO code prefixes whose act, with its target named and no doer, is done by the state of the place after في. */
  placeDoer?: { cameo: string[] };
  /**
   * The fallback's domestic reading (events20): an organ's act of one of these CAMEO codes (prefixes) with no object named
   * is done to its own state, except by these verbs ([past, present]), which are as often another act (أوقف: stop, suspend).
   */
  domesticFallback?: { cameo: string[]; notVerbs: Array<[string, string]> };
  /** State organs named by their place (السلطات في تركيا، المحكمة العليا في إسرائيل): the place's state is the side. */
  institutionNouns?: string[];
  /** Nouns of reports and sources (تقرير، صحيفة، مصادر): a demonym after one says whose report it is, not who acts. */
  reportNouns?: string[];
  /**
   * Words the entity layer may resolve that are never an event's side in running text: a common noun that is
   * also a place name (المدينة: the city, not Medina), or a name followed by the word that makes it an idiom
   * ("مسقط": "مسقط رأسه" is a birthplace, not Muscat). Each entry is "word", "word next" (next: a prefix of
   * the following word) or "prev+word" (the word right after prev: "شبه+الجزيرة" is a peninsula, not Al Jazeera).
   */
  notActors?: string[];
  /**
   * Actors the entity layer leaves without a code, named by phrases (التحالف العربي، قوات الشرعية، القوات الكردية) or
   * by forms it does not analyze (accusative demonyms: إيرانيا). `country`/`actor` code them outright; `context` codes an
   * ambiguous name by the article: [country named in the article, country, actor], the most-mentioned fitting country
   * wins ("الجيش الوطني" is Yemen's army in an article about Yemen, Libya's in one about Libya); "*" fits the article's
   * most-mentioned country.
   */
  actors?: ActorNameData[];
}

export interface ActorNameData {
  names: string[];
  kind?: 'name' | 'demonym';
  country?: string;
  actor?: string;
  context?: Array<[string, string, string]>;
  /**
   * (branch events21) A context row fits only when its country is the article's most-mentioned one (no other country
   * named more often): "الميليشيات" alone are the Houthis in a story about Yemen, not in a story about Syria that
   * names Yemen once.
   */
  lead?: boolean;
  /**
   * (branch events21) The name stands for this side only alone: a demonym right after it says whose it is
   * ("الميليشيات الإيرانية"، "الاحتلال التركي"), and the entity layer reads that demonym instead.
   */
  alone?: boolean;
}

export interface CompiledActorName {
  words: string[];
  spec: ActorNameData;
  key: string;
}

export interface CameoCode {
  label: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
}

export interface CameoTable {
  codes: Record<string, CameoCode>;
}

export interface CompiledEntry extends LexiconEntryData {
  mode: string | null;
  objectSeqs: string[][];
  targetSpecs: Set<string>;
  passiveSet: Set<string>;
  /** (events44) contextCodes with their word lists normalized. */
  contextSets: Array<{ words: Set<string>; unless: Set<string>; side: 'before' | 'after'; within: number; commas: boolean; verbOnly: boolean; code: CodeRef }>;
}

export interface VerbForm {
  entry: CompiledEntry;
  dual: boolean;
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  /** Normalized verb surface form → entries it may trigger. */
  verbForms: Map<string, VerbForm[]>;
  /** Normalized single-word noun (bare, without article) → entries. */
  nounForms: Map<string, CompiledEntry[]>;
  /** Multiword nominal patterns, longest first. */
  /** `definite`: the first word must carry the article (entry field `definiteNouns`). */
  nounSeqs: Array<{ words: string[]; entry: CompiledEntry; definite?: boolean }>;
  bothSides: Set<string>;
  negation: Set<string>;
  future: Set<string>;
  futurePhrases: string[][];
  futureVerbs: Set<string>;
  /** (events48) The future forms (س + present) of modality.futureCarriers, normalized. */
  futureCarriers: Set<string>;
  futureAfter: Set<string>;
  intended: Set<string>;
  hypothetical: Set<string>;
  hypotheticalPhrases: string[][];
  warnings: Set<string>;
  purposes: Set<string>;
  circumstances: Set<string>;
  ruleOut: string[][];
  purposeBreaks: Set<string>;
  warningBreaks: Set<string>;
  anyWords: Set<string>;
  preparations: Set<string>;
  /** (events51) modality.perfectAuxiliaries, normalized. */
  perfectAuxiliaries: Set<string>;
  /** (events51) modality.stillWords, normalized. */
  stillWords: Set<string>;
  /** (events51) modality.grievances and modality.grievancePreps, normalized. */
  grievances: Set<string>;
  grievancePreps: Set<string>;
  /** (events62) modality.inquiries, normalized. */
  inquiries: Set<string>;
  /** (events52) modality.wouldPhrases, each split into normalized words. */
  wouldPhrases: string[][];
  /** (events52) The present forms (ي/ت/ن) of modality.negatedCarriers, normalized. */
  negatedCarriers: Set<string>;
  passiveMarkers: Set<string>;
  agentMarkers: string[][];
  locativePreps: Set<string>;
  actorHeads: Set<string>;
  nonTriggers: Set<string>;
  carriers: Set<string>;
  controlVerbs: Set<string>;
  verbalObjects: Set<string>;
  platforms: Set<string>;
  sportsWords: Set<string>;
  sportsTypes: Set<string>;
  sportsNotAfter: Set<string>;
  doerGapMasdars: Set<string>;
  groupNouns: Set<string>;
  memberGroups: Set<string>;
  memberOpeners: string[][];
  memberTargetPreps: Set<string>;
  memberQuantities: Set<string>;
  originWords: Set<string>;
  patronWords: Set<string>;
  objectStates: Array<{ words: string[]; country: string; plover: Set<string> }>;
  placeDoerCodes: string[];
  /** CAMEO code prefixes of the fallback's domestic reading, and the verb forms it leaves out. */
  domesticCodes: string[];
  domesticNotForms: Set<string>;
  /** Every entry's circumstantial participles, normalized. */
  adverbials: Set<string>;
  institutionNouns: Set<string>;
  reportNouns: Set<string>;
  /** notActors: word → conditions that make it no actor: '' always, a prefix of the next word, or '<' + the previous word. */
  notActors: Map<string, string[]>;
  /** Actor names by their first normalized word, longest first. */
  actorNames: Map<string, CompiledActorName[]>;
  cameo: CameoTable;
  /** Person and force nouns before a demonym, and demonym forms (src/events/descriptions.ts); set by the loader. */
  descriptions?: CompiledDescriptions;
  /** The stage's word lists besides the triggers (data/events/grammar.json, {@link buildEventGrammar}); the stage requires it. */
  grammar?: EventGrammar;  /** (events37) The learned side picker's weights (data/events/side-model.json, src/events/side-model.ts); set by the loader. */
  sideModel?: SideModel;
}

const n = (s: string) => normalize(s);

function actorNameMap(items: ActorNameData[]): Map<string, CompiledActorName[]> {
  const out = new Map<string, CompiledActorName[]>();
  items.forEach((spec, i) => {
    if (!spec.country && !spec.context?.length) throw new Error(`events lexicon: actor ${spec.names[0]} has neither country nor context`);
    for (const name of spec.names) {
      const words = name.split(/\s+/).map(n);
      const list = out.get(words[0]!) ?? [];
      list.push({ words, spec, key: `${i}` });
      out.set(words[0]!, list);
    }
  });
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

function notActorMap(items: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) {
    // "prev+word" is stored under word with a "<prev" condition; "word next" with the next word's prefix.
    const plus = item.indexOf('+');
    const [word, cond] = plus > 0 ? [item.slice(plus + 1), '<' + n(item.slice(0, plus))] : [item.split(' ')[0]!, item.includes(' ') ? n(item.split(' ')[1]!) : ''];
    const list = out.get(n(word)) ?? [];
    list.push(cond);
    out.set(n(word), list);
  }
  return out;
}
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
/** Object pronouns whose attachment changes the verb's spelling (normalized: ة and ه are one letter). */
const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما'];

/** Surface forms of a verb from its past and present 3rd person masculine singular, normalized; `dual` marks dual forms. */
export function conjugate(past: string, present: string): Array<{ form: string; dual: boolean }> {
  const out: Array<{ form: string; dual: boolean }> = [];
  const add = (form: string, dual = false) => out.push({ form, dual });
  const p = n(past);
  const last = p[p.length - 1]!;
  if (last === 'ا' || last === 'ي') {
    // Defective verbs: دعا دعت دعوا دعتا / التقى التقت التقوا التقيا
    const b = p.slice(0, -1);
    add(p);
    add(b + 'ت');
    add(b + 'تا', true);
    add(b + 'وا');
    if (last === 'ي') add(p + 'ا', true);
    add(b + 'ينا');
    // Before an object pronoun the final ى is written ا: التقاه، نفاه، استدعاها (not التقى + ه). Written out whole,
    // because the bare stem may be another word (أبدى → أبدا, "never").
    if (last === 'ي') for (const enc of OBJECT_PRONOUNS) add(b + 'ا' + enc);
  } else {
    add(p);
    add(p + 'ت');
    add(p + 'ا', true);
    add(p + 'تا', true);
    add(p + 'وا');
    add(p + 'نا');
    add(p + 'ن');
    // The plural loses its silent alef before an object pronoun: اتهموه، انتقدوها، اعتقلوهم.
    for (const enc of OBJECT_PRONOUNS) add(p + 'و' + enc);
  }
  const s = n(present).slice(1);
  const sl = s[s.length - 1]!;
  for (const pre of PRESENT_PREFIXES) {
    add(pre + s);
    add(pre + s + 'ان', true);
    if (sl === 'و' || sl === 'ي') {
      const b = s.slice(0, -1);
      add(pre + b); // jussive after لم
      add(pre + b + 'ون');
      add(pre + b + 'وا');
      add(pre + b + 'ين');
    } else {
      add(pre + s + 'ون');
      add(pre + s + 'وا');
      add(pre + s + 'ين');
      add(pre + s + 'ا', true);
    }
  }
  return out;
}

/** Noun variants: tanween alef, construct state before a pronoun, dual and plural of ة nouns. */
export function nounVariants(noun: string): string[] {
  const w = n(noun);
  const out = new Set([w, w + 'ا']);
  if (w.endsWith('ه')) {
    const b = w.slice(0, -1);
    for (const suf of ['ت', 'تا', 'تان', 'تين', 'ات']) out.add(b + suf);
  }
  return [...out];
}

/** A word of a multiword noun pattern is matched without its article. */
const withoutArticle = (w: string): string => (w.startsWith('ال') ? w.slice(2) : w);
/** A multiword noun pattern as matched: normalized words without the article, joined by spaces. */
const nounPatternKey = (x: string): string => x.split(/\s+/).map(n).map(withoutArticle).join(' ');

/**
 * (events24) The "MASDAR OBJECT" noun patterns of an entry with an object: for each of its verbs with a listed verbal
 * noun, that noun before each object, the object's accusative alef dropped (أبرم اتفاقا → إبرام اتفاق), the article
 * dropped as in every multiword noun pattern; those the entry already lists are left out.
 */
export function masdarObjectSeqs(raw: LexiconEntryData, masdars: Record<string, string[]>): string[][] {
  if (!raw.object?.length || !raw.verbs?.length) return [];
  const have = new Set((raw.nouns ?? []).map(nounPatternKey));
  const out = new Map<string, string[]>();
  for (const [past] of raw.verbs) {
    // A verbal noun spelt as its verb (شن، فرض، عقد، نقل) stays the verb's: the verb reading finds the sides.
    for (const m of (masdars[past] ?? []).filter((x) => n(x) !== n(past))) {
      for (const o of raw.object) {
        const words = o.split(/\s+/).map(n);
        const first = words[0]!;
        const firsts = new Set([first]);
        // The object of a verbal noun is in the genitive: no accusative alef (حكما بالسجن → إصدار حكم بالسجن).
        if (first.length >= 4 && first.endsWith('ا') && !first.endsWith('اا')) firsts.add(first.slice(0, -1));
        for (const f of firsts) {
          const seq = [n(m), f, ...words.slice(1)].map(withoutArticle);
          const key = seq.join(' ');
          if (!have.has(key)) out.set(key, seq);
        }
      }
    }
  }
  return [...out.values()];
}

/** `grammarData`: data/events/grammar.json, parsed (checked by {@link buildEventGrammar}); the event stage needs it. */
export function compileLexicon(data: EventLexiconData, cameo: CameoTable, grammarData?: unknown): CompiledLexicon {
  const verbForms = new Map<string, VerbForm[]>();
  const nounForms = new Map<string, CompiledEntry[]>();
  const nounSeqs: Array<{ words: string[]; entry: CompiledEntry; definite?: boolean }> = [];
  const entries: CompiledEntry[] = [];
  const adverbials = new Set<string>();
  const pushVerb = (form: string, v: VerbForm) => {
    const list = verbForms.get(form) ?? [];
    if (!list.some((x) => x.entry === v.entry)) list.push(v);
    verbForms.set(form, list);
  };
  // The noun patterns written in the lexicon, which a generated MASDAR OBJECT pattern never shadows (events24).
  const listedSeqs = new Set(data.entries.flatMap((e) => (e.nouns ?? []).map(nounPatternKey)));
  for (const raw of data.entries) {
    for (const code of [raw.cameo, raw.inverse?.cameo, raw.onPerson?.cameo, raw.negatedFuture?.cameo, ...(raw.contextCodes ?? []).map((c) => c.code.cameo), ...Object.values(raw.byPrep ?? {}).map((r) => r.cameo)]) {
      if (code && !cameo.codes[code]) throw new Error(`event lexicon entry ${raw.id}: CAMEO code ${code} is not in cameo.json`);
    }
    const entry: CompiledEntry = {
      ...raw,
      mode: raw.mode ?? null,
      objectSeqs: (raw.object ?? []).map((o) => o.split(/\s+/).map(n)),
      targetSpecs: new Set(raw.target.map((t) => (t.endsWith('-') ? t : n(t)))),
      passiveSet: new Set((raw.passiveForms ?? []).map(n)),
      contextSets: (raw.contextCodes ?? []).map((c) => ({ words: new Set(c.words.map(n)), unless: new Set((c.unless ?? []).map(n)), side: c.side, within: c.within, commas: !!c.commas, verbOnly: !!c.verbOnly, code: c.code })),
    };
    entries.push(entry);
    for (const [past, present] of raw.verbs ?? []) {
      for (const { form, dual } of conjugate(past, present)) pushVerb(form, { entry, dual });
    }
    for (const f of raw.adverbials ?? []) {
      pushVerb(n(f), { entry, dual: false });
      adverbials.add(n(f));
    }
    for (const f of [...(raw.forms ?? []), ...(raw.passiveForms ?? [])]) {
      const words = f.split(/\s+/).map(n);
      if (words.length === 1) pushVerb(words[0]!, { entry, dual: false });
      else nounSeqs.push({ words, entry });
    }
    for (const seq of masdarObjectSeqs(raw, data.masdars ?? {})) if (!listedSeqs.has(seq.join(' '))) nounSeqs.push({ words: seq, entry });
    for (const noun of raw.nouns ?? []) {
      const words = noun.split(/\s+/).map(n);
      if (words.length === 1) {
        for (const v of nounVariants(noun)) {
          const list = nounForms.get(v) ?? [];
          if (!list.includes(entry)) list.push(entry);
          nounForms.set(v, list);
        }
      } else nounSeqs.push({ words: words.map(withoutArticle), entry });
    }
    // إلى keeps its letters (الي is no article and a word).
    for (const noun of raw.definiteNouns ?? []) nounSeqs.push({ words: noun.split(/\s+/).map(n).map((w) => (w.length > 4 ? withoutArticle(w) : w)), entry, definite: true });
  }
  nounSeqs.sort((a, b) => b.words.length - a.words.length);
  const m = data.modality;
  const verbSet = (pairs: Array<[string, string]>) => new Set(pairs.flatMap(([p, pr]) => conjugate(p, pr).map((f) => f.form)));
  return {
    entries,
    verbForms,
    nounForms,
    nounSeqs,
    bothSides: new Set(data.bothSides.map(n)),
    negation: new Set(m.negation.map(n)),
    future: new Set(m.future.map(n)),
    futurePhrases: m.futurePhrases.map((p) => p.split(/\s+/).map(n)),
    futureVerbs: verbSet(m.futureVerbs),
    futureCarriers: new Set([...verbSet(m.futureCarriers ?? [])].filter((f) => /^[يتن]/.test(f)).map((f) => `س${f}`)),
    futureAfter: new Set(m.futureAfter.map(n)),
    intended: new Set([...verbSet(m.intendedVerbs), ...m.intended.map(n)]),
    hypothetical: new Set(m.hypothetical.map(n)),
    hypotheticalPhrases: m.hypotheticalPhrases.map((p) => p.split(/\s+/).map(n)),
    warnings: new Set((m.warnings ?? []).map(n)),
    purposes: new Set((m.purposes ?? []).map(n)),
    circumstances: new Set((m.circumstances ?? []).map(n)),
    ruleOut: (m.ruleOut ?? []).map((p) => p.split(/\s+/).map(n)),
    purposeBreaks: new Set((m.purposeBreaks ?? []).map(n)),
    warningBreaks: new Set((m.warningBreaks ?? []).map(n)),
    anyWords: new Set((m.anyWords ?? []).map(n)),
    preparations: new Set((m.preparations ?? []).map(n)),
    perfectAuxiliaries: new Set((m.perfectAuxiliaries ?? []).map(n)),
    stillWords: new Set((m.stillWords ?? []).map(n)),
    grievances: new Set((m.grievances ?? []).map(n)),
    grievancePreps: new Set((m.grievancePreps ?? []).map(n)),
    inquiries: new Set((m.inquiries ?? []).map(n)),
    wouldPhrases: (m.wouldPhrases ?? []).map((p) => p.split(/\s+/).map(n)),
    negatedCarriers: new Set([...verbSet(m.negatedCarriers ?? [])].filter((f) => /^[يتن]/.test(f))),
    passiveMarkers: new Set(data.passiveMarkers.map(n)),
    agentMarkers: data.agentMarkers.map((p) => p.split(/\s+/).map(n)),
    locativePreps: new Set(data.locativePreps.map((t) => (t.endsWith('-') ? t : n(t)))),
    actorHeads: new Set((data.actorHeads ?? []).map(n)),
    nonTriggers: new Set((data.nonTriggers ?? []).map(n)),
    carriers: new Set((data.carriers ?? []).map(n)),
    controlVerbs: verbSet(data.controlVerbs ?? []),
    verbalObjects: new Set((data.verbalObjects ?? []).map(n)),
    platforms: new Set(data.platforms ?? []),
    sportsWords: new Set((data.sportsWords ?? []).map(n)),
    sportsTypes: new Set(data.sportsTypes ?? []),
    sportsNotAfter: new Set((data.sportsNotAfter ?? []).map(n)),
    doerGapMasdars: new Set((data.doerGapMasdars ?? []).map(n).map(withoutArticle)),
    groupNouns: new Set((data.groupNouns ?? []).map(n)),
    memberGroups: new Set((data.memberGroups ?? []).map(n)),
    memberOpeners: (data.memberOpeners ?? []).map((p) => p.split(/\s+/).map(n)),
    memberTargetPreps: new Set((data.memberTargetPreps ?? []).map(n)),
    memberQuantities: new Set((data.memberQuantities ?? []).map(n)),
    originWords: new Set((data.originWords ?? []).map(n)),
    patronWords: new Set((data.patronWords ?? []).map(n)),
    objectStates: (data.objectStates ?? []).map((o) => ({ words: o.words.split(/\s+/).map(n), country: o.country, plover: new Set(o.plover) })),
    placeDoerCodes: data.placeDoer?.cameo ?? [],
    domesticCodes: data.domesticFallback?.cameo ?? [],
    domesticNotForms: verbSet(data.domesticFallback?.notVerbs ?? []),
    adverbials,
    institutionNouns: new Set((data.institutionNouns ?? []).map(n)),
    reportNouns: new Set((data.reportNouns ?? []).map(n)),
    notActors: notActorMap(data.notActors ?? []),
    actorNames: actorNameMap(data.actors ?? []),
    cameo,
    ...(grammarData === undefined ? {} : { grammar: buildEventGrammar(grammarData) }),
  };
}

/**
 * The sections of data/events/grammar.json and how each is written: `words` (a list, normalized into a Set), `raw` (a list kept as written, for parts of a text as written), `list`
 * (the same, kept as an array in its order), `stems` (masculine indefinite adjectives, expanded to their feminine,
 * accusative and definite forms), `definite` (nouns with the article, expanded to the forms without it), `phrases`
 * (multiword phrases, in order, each split into normalized words), `verbs` ([past, present...] light verbs, expanded to
 * the forms a pronoun may follow), `codes` (a word or two-word name → an actor code suffix), `frames` (a preposition → the
 * [past, present] verbs whose own complement it opens, compiled to every conjugated form).
 */
export const EVENT_GRAMMAR_SECTIONS = {
  instrumentAgents: 'list',
  appositionOpeners: 'words',
  dayNames: 'words',
  approximators: 'words',
  regionWords: 'words',
  delegation: 'words',
  peopleNouns: 'words',
  receiveVerbs: 'words',
  sayingParticiples: 'words',
  witnessVerbs: 'words',
  obligationWords: 'words',
  countWords: 'words',
  countedNouns: 'words',
  countAdjectives: 'words',
  sayWords: 'words',
  harmAnd: 'words',
  approximations: 'phrases',
  mannerAdjectives: 'stems',
  reportingVerbs: 'words',
  masculineStates: 'words',
  attribution: 'words',
  undergoVerbs: 'words',
  subjectGapWords: 'words',
  objectGapAdverbs: 'words',
  selfNouns: 'words',
  clauseOpeners: 'words',
  forceHeads: 'definite',
  armyWords: 'words',
  belonging: 'words',
  institutionWords: 'codes',
  institutionNames: 'codes',
  domesticGroups: 'codes',
  forcesWords: 'words',
  lightVerbs: 'verbs',
  numberWords: 'words',
  joinVerbs: 'words',
  decisionNouns: 'words',
  bridgeNouns: 'words',
  preventVerbs: 'words',
  otherSides: 'words',
  privatePeople: 'words',
  ownPeopleExtra: 'words',
  quantityWords: 'words',
  koreas: 'words',
  groupReferenceNouns: 'words',
  backingNouns: 'words',
  launchNouns: 'words',
  riotWords: 'raw',
  masdarGovernors: 'words',
  behestWords: 'words',
  replyVerbs: 'words',
  inKindWords: 'words',
  inKindTypes: 'raw',
  futureNegation: 'words',
  statementDutyLeads: 'words',
  statementBlameWords: 'words',
  statementBlameNot: 'words',
  statementPastDuty: 'words',
  demonstratives: 'words',
  copulaPronouns: 'words',
  resumptivePreps: 'words',
  adjunctPreps: 'words',
  frontedOpeners: 'words',
  sideFallbackLevels: 'raw',
  answerReplyTypes: 'raw',
  answerActTypes: 'raw',
  answerNotObjects: 'words',
  speakerOwnNouns: 'words',
  topicPreps: 'words',
  sideTopicPreps: 'words',
  seatWords: 'words',
  reactionTypes: 'raw',
  speakerOwnActors: 'words',
  timeRelativeHeads: 'words',
  clauseSubjectNouns: 'words',
  threatConditions: 'phrases',
  ownedObjectNouns: 'words',
  prepFrames: 'frames',
} as const;

type GrammarSections = typeof EVENT_GRAMMAR_SECTIONS;
type CompiledSection<K extends string> = K extends 'list' | 'raw' ? string[] : K extends 'phrases' ? string[][] : K extends 'codes' ? Map<string, string> : K extends 'frames' ? Map<string, Set<string>> : Set<string>;
/** data/events/grammar.json compiled: every word normalized as the stage compares it. */
export type EventGrammar = { [S in keyof GrammarSections]: CompiledSection<GrammarSections[S]> };

/** The payload key each kind of section carries its words under. */
const PAYLOAD = { words: 'words', raw: 'words', list: 'words', stems: 'words', definite: 'words', phrases: 'phrases', verbs: 'verbs', codes: 'codes', frames: 'frames' } as const;

export function buildEventGrammar(json: unknown): EventGrammar {
  const file = sectionFile('events/grammar.json', json);
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(EVENT_GRAMMAR_SECTIONS)) {
    const payload = file.section(name, kind === 'raw' ? 'raw' : 'normalized')[PAYLOAD[kind]];
    const strings = (list: unknown, what?: string) => file.strings(name, list, what);
    if (kind === 'words') out[name] = new Set(strings(payload).map((w) => n(w)));
    else if (kind === 'list') out[name] = strings(payload).map((w) => n(w));
    else if (kind === 'raw') out[name] = [...strings(payload)];
    else if (kind === 'stems') out[name] = new Set(strings(payload).flatMap((w) => [w, w + 'ة', w + 'ا', 'ال' + w, 'ال' + w + 'ة']).map((w) => n(w)));
    else if (kind === 'definite') {
      const words = strings(payload);
      for (const w of words) if (!w.startsWith('ال')) file.fail(`section "${name}": "${w}" does not open with the article ال`);
      out[name] = new Set(words.flatMap((w) => [w, w.slice(2)]).map((w) => n(w)));
    } else if (kind === 'phrases') out[name] = strings(payload, 'phrases').map((p) => p.split(' ').map((w) => n(w)));
    else if (kind === 'verbs') {
      if (!Array.isArray(payload) || payload.length === 0) file.fail(`section "${name}" has no verbs (a non-empty array of [past, present...] is expected)`);
      const verbs = (payload as unknown[]).map((v) => {
        if (!Array.isArray(v) || v.length < 2) file.fail(`section "${name}" has a verb that is not [past, present...]: ${JSON.stringify(v)}`);
        return strings(v);
      });
      out[name] = new Set(verbs.flatMap(([past, ...present]) => lightVerbForms(past!, present)));
    } else if (kind === 'frames') {
      // (events39) A preposition → the verbs ([past, present]) whose own complement it opens, every conjugated form.
      if (!payload || typeof payload !== 'object' || Array.isArray(payload) || Object.keys(payload).length === 0) file.fail(`section "${name}" has no "frames" (an object of prepositions to [past, present] verbs is expected)`);
      const map = new Map<string, Set<string>>();
      for (const [prep, list] of Object.entries(payload as Record<string, unknown>)) {
        if (!Array.isArray(list) || list.length === 0) file.fail(`section "${name}": "${prep}" has no verbs`);
        const forms = new Set<string>();
        for (const v of list as unknown[]) {
          if (!Array.isArray(v) || v.length !== 2) file.fail(`section "${name}": "${prep}" has a verb that is not [past, present]: ${JSON.stringify(v)}`);
          const [past, present] = strings(v);
          for (const f of conjugate(past!, present!)) forms.add(f.form);
        }
        map.set(n(prep), forms);
      }
      out[name] = map;
    } else {
      if (!payload || typeof payload !== 'object' || Array.isArray(payload) || Object.keys(payload).length === 0) file.fail(`section "${name}" has no "codes" (an object of words to actor code suffixes is expected)`);
      const map = new Map<string, string>();
      for (const [w, code] of Object.entries(payload as Record<string, unknown>)) {
        if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) file.fail(`section "${name}": "${w}" maps to ${JSON.stringify(code)}, not a three-letter actor code suffix`);
        map.set(n(w), code as string);
      }
      out[name] = map;
    }
  }
  file.noOtherSections(Object.keys(EVENT_GRAMMAR_SECTIONS));
  return out as EventGrammar;
}

/** A light verb's forms that a pronoun may follow (شنته، تشنه، نفذوه), normalized. */
function lightVerbForms(past: string, present: string[]): string[] {
  const p = n(past);
  // past: masculine, feminine (ت), plural (وا → و before a pronoun); تبنى → تبنت، تبنوا; present forms with ون → و.
  const pastForms = p.endsWith('ى') || p.endsWith('ي') ? [p.slice(0, -1) + 'ا', p.slice(0, -1) + 'ت', p.slice(0, -1) + 'و'] : [p, p + 'ت', p + 'و'];
  return [...pastForms, ...present.map((w) => n(w)).flatMap((w) => [w.replace(/[ىي]$/, 'ا'), w + 'و'])];
}
