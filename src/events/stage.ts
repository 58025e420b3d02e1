/**
 * The event stage: finds event triggers from rasd's lexicon in each sentence,
 * gives each its source and target actors from the sentence structure, its
 * modality, location and date, and codes it in CAMEO and PLOVER.
 *
 * Arguments come from the entity layer (resolve.v1): an actor is an entity
 * mention, its code the entity's `actor`, else its `country`. The structure
 * rules are those of Arabic news prose: verb-first clauses take the first
 * actor after the verb as the subject (استقبل بوتين الشرع), subject-first
 * clauses the actor right before it (أن روسيا لن تساعد), prepositions
 * choose the target per verb (دعا X إلى، اتهم X بـ، فرض عقوبات على X),
 * "بين X وY" and dual verbs or "الجانبان" name both sides, and a verbal
 * noun's genitive is its source or target as the lexicon says.
 */
import type { Entity, Event, Modality, Quote, TextSpan, TimeExpression } from '../core/analysis.ts';
import type { Doc } from '../core/document.ts';
import type { Layers, Stage } from '../core/stage.ts';
import { normalize } from '../text/normalize.ts';
import { RasdError } from '../core/errors.ts';
import { copyEntity, newEntity } from '../core/entity.ts';
import { lastStartingAtOrBefore } from '../core/offsets.ts';
import { dominantState, stateOfSentence, type StatePlace } from '../core/story-state.ts';
import { articleDyad, otherOfDyad, sideFallbackLevels, type SideFallbackLevel } from './side-fallback.ts';
import { actorKind, candidateFeatures, pickCandidate, type CandidateFacts, type SideModel } from './side-model.ts';
import { eventSideCountry } from './side-country.ts';
import { canVisit, hasStemIn, meetingInsideGovernment, platformAsPlace, STATE_ORGANS } from './precision28.ts';
import {
  compileLexicon,
  type CameoTable,
  type ActorNameData,
  type CodeRef,
  type CompiledEntry,
  type CompiledLexicon,
  type EventLexiconData,
} from './lexicon.ts';

/** How far (tokens) a verb-first subject may stand after its verb (titles and time words may come between). */
const VSO_WINDOW = 4;
/** (events61) Words of a construct subject before its genitive actor (constructSubjectAfter): a head and two nouns. */
const CONSTRUCT_SUBJECT_WORDS = 3;
/** A definite word (with or without a proclitic preposition) closes a construct chain. */
const CONSTRUCT_DEFINITE = /^[وف]?(ال|لل|بال|كال)/;
/** (events61) A nisba adjective's ending (normalized ة may be ه): no construct noun of a subject phrase. */
const NISBA_ENDING = /(ي|يه|ية|يا|يين|يون)$/;
/** With an apposition comma between (اتهم حسين الحاج حسن، وزير الصناعة اللبناني), a little further. */
const VSO_WINDOW_APPOSITION = 6;
/** Conjoined titles before one demonym (عرض وزير الإعلام ووزير حقوق الإنسان اليمنيين) may stretch further. */
const VSO_WINDOW_TITLES = 8;
/** How far after the trigger a target is looked for. */
const TARGET_WINDOW = 12;
/** How far before the trigger a subject is looked for. */
const SUBJECT_WINDOW = 10;
/** (events56) How far (words) after a threat its condition (إذا، في حال ...) may open: "هدد وزير الداخلية الإيطالي، ماتيو سالفيني،
 * الأحد بمنع سفن إنقاذ المهاجرين من الوصول إلى موانئ بلاده في حال رفضت مالطا" runs to sixteen. */
const CONDITION_REACH = 20;
const OBJECT_WINDOW = 6;
/** A direct object stands close to its verb (or to the subject after it). */
const DIRECT_WINDOW = 5;
const MODAL_WINDOW = 6;

interface ActorMention {
  entity: Entity;
  /** First token of the mention, and of its head noun phrase (الرئيس الروسي ...). */
  token: number;
  headToken: number;
  endToken: number;
  /** Preposition governing it: a word ("مع"), a clitic ("ب-", "ل-"), "و-" for a conjunction, or "". */
  prep: string;
  start: number;
  kind: string;
  /** The actor code a description gives the side (جنود أتراك → TURMIL) where the entity's own code is its state's. */
  described: string | undefined;
}

/**
 * (pg21) Every actor mention is made here, every field set in one order (`described` undefined unless a description
 * codes it), so that all of them share one hidden class (V8's "map"). Mentions were object literals, copies by spread
 * and literals given `described` later: four maps, and the functions that read mentions of a second map were
 * deoptimized ("wrong map") and compiled again (docs/benchmarks.md, "Twenty-first session (pg21)").
 */
function actorMention(entity: Entity, token: number, headToken: number, endToken: number, prep: string, start: number, kind: string, described?: string): ActorMention {
  return { entity, token, headToken, endToken, prep, start, kind, described };
}

/** A copy of a mention with the preposition given (the stage's `{ ...m }` and `{ ...m, prep: '' }`). */
function copyMention(m: ActorMention, prep: string): ActorMention {
  return actorMention(m.entity, m.token, m.headToken, m.endToken, prep, m.start, m.kind, m.described);
}

interface Trigger {
  entry: CompiledEntry;
  token: number;
  /** Last token of the trigger (the object word of a multiword pattern). */
  endToken: number;
  span: TextSpan;
  isVerb: boolean;
  dual: boolean;
  future: boolean;
  passive: boolean;
  /** Pronoun suffix on the trigger word (دعمها، زيارته، اتهمه): its gender, for finding the antecedent. */
  enclitic: 'm' | 'f' | 'p' | null;
  /**
   * (events38) The token of the pattern's object word when it stands before the verb ("صواريخ أطلقها الحوثيون",
   * "الصواريخ التي أطلقها الحوثيون"، "الصواريخ الحوثية التي أطلقت على"): a relative pronoun between them makes the
   * object the relative's head, not the verb's subject.
   */
  objectAt?: number;
}

interface Args {
  source: ActorMention | null;
  target: ActorMention | null;
  targetPrep: string | null;
  /** Emit both directions (reciprocal pattern found through بين or both-sides words). */
  both: boolean;
  /** Further subjects conjoined to the source (إيران وحزب الله يدعمان). */
  coSubjects?: ActorMention[];
  /** Further targets conjoined to the target. */
  coTargets?: ActorMention[];
  /** Sides given by the fallback (fallbackArgs), not by a rule: the events get `standing: 'fallback'`. */
  fallback?: boolean;
}

/**
 * Types whose events may name only their actor (a protest, a mobilization). A withdrawal or a release names
 * whom it concerns (سحبت قواتها من، أفرج عن): without that side the text was not understood (the released
 * is an unplaced name or a pronoun), and such one-sided retreats were false events on fresh samples.
 */
const ONE_SIDED = new Set(['PROTEST', 'MOBILIZE']);
/** Dashes close a dateline ("دبي، الإمارات (CNN)— اتهم") or set off an aside ("-لوكالة رويترز-"). */
// Runs of dots and a bar end a clause too: "قد يهمك.. تركيا تتهم مصر"، "قد يهمك| مسؤولان ..." (CNN's related-story lines).
const PUNCT_BOUNDARY = new Set(['.', '!', '?', '؟', ';', '؛', ':', '—', '–', '--', '-', '..', '...', '....', '…', '|']);
const COMMA = new Set([',', '،']);
const SUBORDINATORS = new Set(['ان', 'بان', 'لان', 'كما', 'انه', 'انها', 'اذ', 'حيث', 'كان', 'كانت', 'كانوا', 'كانا'].map((w) => normalize(w)));
/** Auxiliaries that may stand between a subject or relative pronoun and its verb (كانت تركيا قد اتهمت). */
const AUXILIARIES = new Set(['كان', 'كانت', 'كانوا', 'كانا', 'قد', 'لقد'].map((w) => normalize(w)));
const BETWEEN = normalize('بين');
/**
 * A word that opens with إ (after و/ف) is a verbal noun or a particle, never a verb of the lexicon's
 * persons (form IV past opens with أ, forms VII-X with ا): إدانتها is not أدانتها.
 */
const NOT_A_VERB = /^[وف]?\u0625/;
const HEADED_BY = new Set(['رأسها', 'رأسهم', 'رأسه'].map((w) => normalize(w)));
const QABL = normalize('قبل');
const QAD = normalize('قد');
const LAQAD = normalize('لقد');
/** Prepositions that give a title its post (مندوب روسيا لدى الأمم المتحدة، سفير مصر في واشنطن). */
const TITLE_PLACE_PREPS = new Set(['لدى', 'في', 'إلى'].map((w) => normalize(w)));
const ORDINALS = new Set(['الأول', 'الأولى', 'الثاني', 'الثانية'].map((w) => normalize(w)));
const MIN = normalize('من');
const MAA = normalize('مع');
const ALA = normalize('على');
/** The complementizer أن (events33: after a duty's addressee, على إيران أن; events51: before a denied perfect). */
const ANN = normalize('أن');
/** (events35) على before a pronoun suffix (علينا، عليها), normalized. */
const ALAY = normalize('علي');
/** (events35) ما before a refusal: it resumes what was said (وهو ما نفته). */
const MA = normalize('ما');
/** (events33) The statements that are their speaker's act with no event verb (a duty laid on an actor, an actor named responsible): their codes, as entries of their own. */
const STATEMENT_DUTY_ENTRY = { id: 'statement-duty', cameo: '100', plover: 'REQUEST', mode: null, target: ['على'], objectSeqs: [], targetSpecs: new Set(['على']), passiveSet: new Set() } as unknown as CompiledEntry;
const STATEMENT_BLAME_ENTRY = { id: 'statement-blame', cameo: '112', plover: 'ACCUSE', mode: 'allege', target: ['direct'], objectSeqs: [], targetSpecs: new Set(['direct']), passiveSet: new Set() } as unknown as CompiledEntry;
/** (events31) The request noun of "بناء على طلب"، "بطلب". */
const REQUEST_NOUN = normalize('طلب');
/** "We" before a first-person verb: نحن، إننا، أننا، بأننا. */
const WE = new Set(['نحن', 'اننا', 'إننا', 'أننا', 'بأننا', 'إنا'].map((w) => normalize(w)));
/** أنه / أنها before a verb: the pronoun is the verb's subject, of this gender. */
const PRONOUN_COMPLEMENTIZERS = new Map<string, 'm' | 'f'>([['انه', 'm'], ['بانه', 'm'], ['انها', 'f'], ['بانها', 'f']].map(([w, g]) => [normalize(w!), g as 'm' | 'f']));
/** Prepositions that open a comma-closed aside of place or occasion (، في مؤتمر صحفي، ، خلال لقاء،). */
const ASIDE_PREPS = new Set(['في', 'خلال', 'أثناء', 'عبر', 'بعد', 'قبل'].map((w) => normalize(w)));
/** Prepositions by which a threatened act names whom it is against (بشن هجوم على، برد ضد). */
const THREAT_TARGET_PREPS = new Set(['على', 'ضد', 'أمام'].map((w) => normalize(w)));
const FI = normalize('في');
/**
 * (events29) How many sentences back a denial looks for the accusation it answers (events18 had two: three adds the
 * answers one sentence further on, all right on corpus text; six made as many wrong as right).
 */
const DENIAL_REACH = 3;
/** (events35) How many sentences back the second side pass's `answered` level looks for the act a reply answers. */
const ANSWER_REACH = 2;
/**
 * (events29) Acts of voice that two sides named by الجانبان/الطرفان do together toward a third party, never to each other:
 * with no third party after them they are no event.
 */
const JOINT_VOICE_TYPES = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);
/** (events29) Prepositions that link a noun of deciding or intending to the act it names (رغبة في، عزم على، سعي إلى). */
const DECISION_LINKS = new Set(['في', 'إلى', 'على'].map((w) => normalize(w)));
/** The normalized ة (a stem read off "رغبتها" ends in ت before its pronoun). */
const TA_MARBUTA_NORM = normalize('ة');
/** مطالبة: whoever demands an act is not its doer. */
const DEMAND_NOUN = normalize('مطالبة');
/** (events25) Prepositions between a witness verb and a place: the place is not its subject. */
const WITNESS_PREPS = new Set(['مع', 'على', 'إلى', 'عن', 'ضد'].map((w) => normalize(w)));
/** (events25) Negations before a witness verb. */
const NOT_WORDS = new Set(['لم', 'لا', 'لن'].map((w) => normalize(w)));
/** A relational adjective's ending (الأوروبيون، غربية، الدولي), normalized. */
const NISBA = /^ال..+(ي|يه|يون|يين)$|...(يون|يين)$/;
/** Prepositions of time that put an act inside the clause's own action (أضاف خلال اجتماع). */
const DURING = new Set(['خلال', 'أثناء', 'اثناء', 'عقب', 'بعد', 'قبيل'].map((w) => normalize(w)));
const NAQLAN = normalize('نقلا');
const AN = normalize('عن');
const AYDI = normalize('أيدي');
const ILAY = normalize('إلي');
const ILA = normalize('إلى');
/** Complementizers before an actor leave it free to be a subject (أن روسيا لن تساعد). */
// Relative pronouns with the gender of the pronoun that resumes their head (الرهائن الذين خطفهم: هم).
const RELATIVES = new Map<string, 'm' | 'f' | 'p'>(
  ([['الذي', 'm'], ['التي', 'f'], ['الذين', 'p'], ['اللذين', 'p'], ['اللذان', 'p'], ['اللتين', 'p'], ['اللتان', 'p'], ['اللواتي', 'p'], ['اللاتي', 'p']] as Array<[string, 'm' | 'f' | 'p']>).map(([w, g]) => [normalize(w), g]),
);
/** (events38) Relative pronouns after which a pattern verb with no pronoun may be passive on its object head. */
const RELATIVE_HEADS_PASSIVE = new Set(['التي', 'الذي'].map((w) => normalize(w)));
/** كل من، كلا من، كلاً من (accusative: "لكن كلا من موسكو ودمشق اتهمتا"): "both X and Y", no preposition. */
const KULL_FORMS = new Set(['كل', 'كلا'].map((w) => normalize(w)));
/** (events39) كل، كلا with a clitic preposition (لكل، بكل) too. */
const KULL_WORD = /^[وف]?[بل]?كلا?$/;
/** بلاده، لبلادها، وبلادهم: "his/her/their country". */
const OWN_COUNTRY = /^([بل]?)بلاد(ه|ها|هم)$/;
const BILAD = 'بلاد';
// Particles and auxiliaries that stand before a verb without being its subject.
const PRE_VERB_WORDS = new Set(['قد', 'لقد', 'ثم', 'كما', 'بينما', 'فيما', 'عندما', 'حين', 'حينما', 'بعدما', 'لما', 'لم', 'لن', 'لا', 'ما', 'سوف', 'كان', 'كانت', 'كانوا', 'إذا', 'لو', 'إن', 'حتى', 'كي', 'لكي', 'عندها', 'وقتها', 'بعدها', 'الذي', 'ولكن', 'لكن', 'بل', 'أو', 'أم', 'إذ', 'منذ', 'قبل', 'بعد', 'أول', 'وقد'].map((w) => normalize(w)));
const COMPLEMENTIZERS = new Set(['أن', 'بأن', 'لأن', 'إن'].map((w) => normalize(w)));
/** (events42) The complementizers that open what an accusation charges (الاتهامات بأن موسكو ...). */
const CLAIM_THAT = new Set(['أن', 'بأن'].map((w) => normalize(w)));
/** Words joining a verb to the clause before it (events22): "كما طلبت"، "ثم طالبت". */
const CLAUSE_JOINERS = new Set(['كما', 'ثم', 'وكما'].map((w) => normalize(w)));

function stripConj(w: string): { conj: string; rest: string } {
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) return { conj: w[0]!, rest: w.slice(1) };
  return { conj: '', rest: w };
}

const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ك'];
const ENCLITIC_GENDER: Array<[string, 'm' | 'f' | 'p']> = [['هما', 'p'], ['هم', 'p'], ['ها', 'f'], ['ه', 'm']];

/**
 * (pg18) The texts of tokens from..to-1 joined by a space, as tokens.slice(from, to).map((t) => t.text).join(' ') gives:
 * V8's map makes a packed array unoptimized and a holey one (another hidden class) optimized, and the join after it
 * deoptimized its caller (addDescribedActors, addInstitutionReferences) on the kind it had not seen.
 */
function tokenTexts(tokens: ReadonlyArray<{ text: string }>, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to && k < tokens.length; k++) out += k === from ? tokens[k]!.text : ' ' + tokens[k]!.text;
  return out;
}

/** Gender of a verb form from its person prefix or suffix: تـ/ـت feminine (states, organizations), يـ masculine. */
function verbGender(w: string): 'm' | 'f' | 'p' | null {
  const v = w.replace(/^[وف]/, '').replace(/^س(?=[يتن])/, '');
  if (/(وا|ون|ان|تا)$/.test(v)) return 'p';
  if (v.startsWith('ت') || v.endsWith('ت')) return 'f';
  if (v.startsWith('ي')) return 'm';
  return null;
}

/** The stage cannot run without its word lists: a lexicon compiled without data/events/grammar.json. */
function missingGrammar(): never {
  throw new RasdError('RASD_E008', 'event stage: the lexicon was compiled without data/events/grammar.json (pass it to compileLexicon)');
}

export function createEventStage(lexiconData: EventLexiconData | CompiledLexicon, cameo: CameoTable): Stage<'events'> {
  const lex: CompiledLexicon = 'verbForms' in lexiconData ? lexiconData : compileLexicon(lexiconData, cameo);
  // The word lists of data/events/grammar.json (buildEventGrammar in src/events/lexicon.ts), under the constant names
  // the rules read them by.
  const {
    instrumentAgents: INSTRUMENT_AGENTS, appositionOpeners: APPOSITION_OPENERS, dayNames: DAY_NAMES,
    approximators: APPROXIMATORS, regionWords: REGION_WORDS, delegation: DELEGATION, peopleNouns: PEOPLE_NOUNS,
    receiveVerbs: RECEIVE, sayingParticiples: SAYING_PARTICIPLES, witnessVerbs: WITNESS_VERBS,
    obligationWords: OBLIGATION_WORDS, countWords: COUNT_WORDS, countedNouns: COUNTED_NOUNS,
    countAdjectives: COUNT_ADJECTIVES, sayWords: SAY_WORDS, harmAnd: HARM_AND, approximations: APPROXIMATIONS,
    mannerAdjectives: MANNER_ADJECTIVES, reportingVerbs: REPORTING, masculineStates: MASCULINE_STATES,
    attribution: ATTRIBUTION, undergoVerbs: UNDERGO, subjectGapWords: SUBJECT_GAP_WORDS, objectGapAdverbs: OBJECT_GAP_ADVERBS, selfNouns: SELF_NOUNS,
    clauseOpeners: CLAUSE_OPENERS, forceHeads: FORCE_HEADS, armyWords: ARMY_WORDS, belonging: BELONGING,
    institutionWords: INSTITUTION_WORDS, institutionNames: INSTITUTION_NAMES, forcesWords: FORCES_WORDS,
    lightVerbs: LIGHT_VERBS, numberWords: NUMBER_WORDS, joinVerbs: JOIN, decisionNouns: DECISION_NOUNS,
    bridgeNouns: BRIDGE_NOUNS, preventVerbs: PREVENT, otherSides: OTHERS, privatePeople: PRIVATE_PEOPLE,
    ownPeopleExtra: OWN_PEOPLE_EXTRA, quantityWords: QUANTITY_WORDS, koreas: KOREAS, groupReferenceNouns: GROUP_NOUNS,
    backingNouns: BACKING_NOUNS, launchNouns: LAUNCH_NOUNS, riotWords: RIOT_WORDS, masdarGovernors: MASDAR_GOVERNORS, behestWords: BEHEST_WORDS, replyVerbs: REPLY_VERBS, inKindWords: IN_KIND, inKindTypes: IN_KIND_TYPES,
    futureNegation: FUTURE_NEGATION, statementDutyLeads: STATEMENT_DUTY_LEADS, statementBlameWords: STATEMENT_BLAME_WORDS,
    statementBlameNot: STATEMENT_BLAME_NOT, statementPastDuty: STATEMENT_PAST_DUTY, demonstratives: DEMONSTRATIVES, copulaPronouns: COPULA_PRONOUNS, resumptivePreps: RESUMPTIVE_PREPS, frontedOpeners: FRONTED_OPENERS,
    sideFallbackLevels: SIDE_FALLBACK_LEVEL_NAMES, answerReplyTypes: ANSWER_REPLY_TYPES, answerActTypes: ANSWER_ACT_TYPES, answerNotObjects: ANSWER_NOT_OBJECTS, speakerOwnNouns: SPEAKER_OWN_NOUNS, speakerOwnActors: SPEAKER_OWN_ACTORS, timeRelativeHeads: TIME_RELATIVE_HEADS,
    topicPreps: TOPIC_PREPS, prepFrames: PREP_FRAMES, sideTopicPreps: SIDE_TOPIC_PREPS, seatWords: SEAT_WORDS, reactionTypes: REACTION_TYPES,
    domesticGroups: DOMESTIC_GROUPS,
    clauseSubjectNouns: CLAUSE_SUBJECT_NOUNS,
    threatConditions: THREAT_CONDITIONS,
    ownedObjectNouns: OWNED_OBJECT_NOUNS,
    adjunctPreps: ADJUNCT_PREPS,
  } = lex.grammar ?? missingGrammar();
  // (events35) The levels of the second side pass that are switched on, in their order (src/events/side-fallback.ts).
  const SIDE_LEVELS = sideFallbackLevels(SIDE_FALLBACK_LEVEL_NAMES);
  // Past forms that open with ت (توجه، تدخل، تعهد): after the future س only present forms stand, so "ستوجه"
  // (it will be directed) and "ستدخل" (it will enter) are not these verbs.
  const pastBaseCache = new Map<CompiledEntry, Set<string>>();
  const pastBasesOf = (e: CompiledEntry): Set<string> => {
    let set = pastBaseCache.get(e);
    if (!set) pastBaseCache.set(e, (set = new Set((e.verbs ?? []).map(([past]) => normalize(past)))));
    return set;
  };
  /** (events43) Whether a word is a past form of the entry's verbs with a subject suffix and a pronoun (نفذت، تعهدت، نقلوه), not a present form opening with ت or ن. */
  const pastForm = (e: CompiledEntry, w: string): boolean => {
    for (const b of pastBasesOf(e)) if (w.startsWith(b) && /^(ت|وا|ا|تا|نا|تم|ن)?(ه|ها|هم|هما)?$/.test(w.slice(b.length))) return true;
    return false;
  };
  const onlyBeforeCache = new Map<CompiledEntry, string[]>();
  const onlyBeforeOf = (e: CompiledEntry): string[] => {
    let words = onlyBeforeCache.get(e);
    if (!words) onlyBeforeCache.set(e, (words = (e.onlyBefore ?? []).map((w) => normalize(w))));
    return words;
  };
  const notAfterCache = new Map<CompiledEntry, string[]>();
  const notAfterOf = (e: CompiledEntry): string[] => {
    let words = notAfterCache.get(e);
    if (!words) notAfterCache.set(e, (words = (e.notAfter ?? []).map((w) => normalize(w))));
    return words;
  };
  const notBeforeCache = new Map<CompiledEntry, string[]>();
  const notBeforeOf = (e: CompiledEntry): string[] => {
    let words = notBeforeCache.get(e);
    if (!words) notBeforeCache.set(e, (words = (e.notBefore ?? []).map((w) => normalize(w))));
    return words;
  };
  const pastForms = new Set<string>();
  for (const e of lex.entries) {
    for (const [past] of e.verbs ?? []) {
      const p = normalize(past);
      if (!p.startsWith('ت')) continue;
      for (const suffix of ['', 'ت', 'ا', 'وا', 'تا']) pastForms.add(p + suffix);
    }
  }

  function lookupVerb(word: string, taMarbuta = false): { forms: ReturnType<CompiledLexicon['verbForms']['get']>; future: boolean } | null {
    const tries: Array<{ w: string; future: boolean }> = [];
    // Verbs of two letters after و/ف (وحث، فشن) are only matched exactly, so the short word may lose its conjunction.
    const conj = word.length === 3 && (word[0] === 'و' || word[0] === 'ف') ? { rest: word.slice(1) } : stripConj(word);
    for (const { rest } of [{ rest: word }, conj]) {
      tries.push({ w: rest, future: false });
      if ((rest[0] === 'س' || rest[0] === 'ل') && 'يتنا'.includes(rest[1] ?? '-') && rest.length > 3) tries.push({ w: rest.slice(1), future: rest[0] === 'س' });
    }
    for (const t of tries) {
      if (t.future && pastForms.has(t.w)) continue;
      const direct = lex.verbForms.get(t.w);
      if (direct) return { forms: direct, future: t.future };
    }
    for (const t of tries) {
      for (const enc of ENCLITICS) {
        if (t.future && t.w.endsWith(enc) && pastForms.has(t.w.slice(0, -enc.length))) continue;
        // A final ة is a noun ending, never the pronoun ه (استضافة is not استضاف + ه).
        if (taMarbuta && enc === 'ه') continue;
        if (t.w.length - enc.length >= 3 && t.w.endsWith(enc)) {
          const f = lex.verbForms.get(t.w.slice(0, -enc.length));
          if (f) return { forms: f, future: t.future };
        }
      }
    }
    return null;
  }

  /** Noun stems of a word after its clitics: (و|ف)? (ب|ل|ك)? (ال)? stem (enclitic)? — distinct, in order of preference. */
  function nounStems(word: string): string[] {
    const out: string[] = [];
    const add = (x: string) => {
      if (!out.includes(x)) out.push(x);
    };
    for (const { rest } of [{ rest: word }, stripConj(word)]) {
      const afterPrep = [rest];
      if ('بلك'.includes(rest[0] ?? '-') && rest.length > 3) afterPrep.push(rest.slice(1));
      if (rest.startsWith('لل') && rest.length > 4) afterPrep.push(rest.slice(2));
      for (const a of afterPrep) {
        add(a);
        // Tanween alef of an indefinite accusative (اتصالا هاتفيا): the bare noun.
        if (a.endsWith('ا') && a.length > 3) add(a.slice(0, -1));
        if (a.startsWith('ال') && a.length > 3) add(a.slice(2));
        else
          for (const enc of ENCLITICS) {
            if (a.length - enc.length < 3 || !a.endsWith(enc)) continue;
            const stem = a.slice(0, -enc.length);
            add(stem);
            // A final hamza sits on ي before a pronoun (لقاء → لقائه، اعتداء → اعتدائها).
            if (stem.endsWith('ئ')) add(stem.slice(0, -1) + 'ء');
          }
      }
    }
    return out;
  }

  /** Multiword noun patterns indexed by their first word (bare and with ال), so a token tries only its own. */
  const seqsByFirst = new Map<string, Array<{ words: string[]; entry: CompiledEntry; definite?: boolean }>>();
  for (const seq of lex.nounSeqs) {
    const first = seq.words[0]!;
    for (const key of new Set([first, first.startsWith('ال') ? first.slice(2) : first])) {
      const list = seqsByFirst.get(key) ?? [];
      list.push(seq);
      seqsByFirst.set(key, list);
    }
  }

  /**
   * Everything the stage needs to know about one surface word, computed once and shared by all
   * documents: news vocabulary is small next to its token count, so most tokens are one map lookup.
   */
  interface WordInfo {
    norm: string;
    /** The word without a leading و/ف. */
    rest: string;
    stems: Set<string>;
    verb: ReturnType<typeof lookupVerb>;
    nouns: CompiledEntry[] | null;
    head: boolean;
    /** Multiword noun patterns that may start at this word, longest first. */
    seqs: Array<{ words: string[]; entry: CompiledEntry; definite?: boolean }>;
    /** Proclitic readings of the word that begin a lexicon actor name (التحالف، للتحالف): most words have none. */
    actorReadings: Array<[number, string]>;
    /** Whether the word may be a reference word (المدينة، الجماعة، البلاد), so that the per-token scans test a flag. */
    reference: boolean;
  }
  const WORD_CACHE_LIMIT = 200_000;
  let wordCache = new Map<string, WordInfo>();
  const NO_READINGS: Array<[number, string]> = [];
  function actorReadingsOf(w: string): Array<[number, string]> {
    const r = procliticReadings(w).filter(([, word]) => lex.actorNames.has(word));
    return r.length ? r : NO_READINGS;
  }
  function wordInfo(surface: string): WordInfo {
    let info = wordCache.get(surface);
    if (info) return info;
    const norm = normalize(surface);
    const stemList = nounStems(norm);
    const stems = new Set(stemList);
    let nouns: CompiledEntry[] | null = null;
    for (const st of stemList) {
      const e = lex.nounForms.get(st);
      if (e) {
        nouns = e;
        break;
      }
    }
    const head = lex.actorHeads.has(norm) || stemList.some((st) => lex.actorHeads.has(st) || lex.actorHeads.has('ال' + st));
    const seqSet = new Set<{ words: string[]; entry: CompiledEntry; definite?: boolean }>();
    for (const st of [norm, ...stemList]) for (const q of seqsByFirst.get(st) ?? []) seqSet.add(q);
    const seqs = [...seqSet].sort((a, b) => b.words.length - a.words.length || lex.nounSeqs.indexOf(a) - lex.nounSeqs.indexOf(b));
    info = { norm, rest: stripConj(norm).rest, stems, verb: NOT_A_VERB.test(surface) ? null : lookupVerb(norm, /\u0629[\u064b-\u0652]*$/.test(surface)), nouns, head, seqs, actorReadings: actorReadingsOf(norm), reference: CITY_WORD.test(norm) || !!groupWord(norm, GROUP_NOUNS) || THE_COUNTRY.test(norm) };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache = new Map();
    wordCache.set(surface, info);
    return info;
  }

  function matchesInfo(info: WordInfo, target: string): boolean {
    return info.norm === target || info.stems.has(target) || (target.startsWith('ال') && info.stems.has(target.slice(2)));
  }

  return {
    id: 'events.v1',
    requires: ['entities'],
    assigns: 'events',
    run(doc: Doc, layers: Readonly<Partial<Layers>>): Event[] {
      const tokens = doc.tokens;
      const info = tokens.map((t) => wordInfo(t.text));
      const norm = info.map((w) => w.norm);
      const isBoundary = (i: number) => i < tokens.length && tokens[i]!.kind === 'punct' && PUNCT_BOUNDARY.has(norm[i]!);
      const isComma = (i: number) => i < tokens.length && tokens[i]!.kind === 'punct' && COMMA.has(norm[i]!);
      const sentenceOf = new Int32Array(tokens.length);
      const sentenceTokens: Array<[number, number]> = [];
      {
        let s = 0;
        let first = 0;
        for (let i = 0; i < tokens.length; i++) {
          while (s < doc.sentences.length - 1 && tokens[i]!.start >= doc.sentences[s]!.end) {
            sentenceTokens.push([first, i]);
            first = i;
            s++;
          }
          sentenceOf[i] = s;
        }
        sentenceTokens.push([first, tokens.length]);
        while (sentenceTokens.length < doc.sentences.length) sentenceTokens.push([tokens.length, tokens.length]);
      }
      const tokenAt = (offset: number): number => lastStartingAtOrBefore(tokens.length, (i) => tokens[i]!.start, offset);

      /**
       * Actors the entity layer leaves without a code (lexicon `actors`): التحالف العربي → SAU, قوات الشرعية → YEM,
       * القوات الكردية → the Kurds of the article's country, accusative demonyms (مسؤولا إيرانيا); and a bare demonym
       * after a forces word (قوات #الجيش_اليمني، قوات روسية) is that state's military, not the state itself.
       * (pg19) Five small functions called in order, not one: a deoptimization of one throws away only its own
       * optimized code (the one function, 5.9 KB of bytecode, was compiled 7 times in 1,500 articles, 12% of the
       * optimizing compiler's time; docs/benchmarks.md, "pg19").
       */
      function addNamedActors(list: ActorMention[]): void {
        const entities = layers.entities ?? [];
        const counts = countryCounts(entities);
        const covered = new Uint8Array(tokens.length + 1);
        for (let x = 0; x < list.length; x++) {
          const m = list[x]!;
          for (let k = m.token; k <= m.endToken; k++) covered[k] = 1;
        }
        // (events21) A name marked `alone` stands for its side only alone: a demonym right after it says whose it is
        // ("الميليشيات الإيرانية"، "الاحتلال التركي"، "الاحتلال الإسرائيلي للجولان"), and the entity layer reads that.
        const demonymAt = new Uint8Array(tokens.length + 1);
        for (let x = 0; x < list.length; x++) {
          const m = list[x]!;
          if (m.kind === 'demonym') demonymAt[m.headToken] = demonymAt[m.token] = 1;
        }
        for (const k of heldHeads) covered[k] = 1;
        const made = new Map<string, Entity>();
        addLexiconActors(list, entities, counts, covered, demonymAt, made);
        list.sort((a, b) => a.start - b.start);
        addOwnCountryPronouns(list, entities, covered, made);
        const speakers = (layers.quotes ?? []).filter((q) => q.speaker);
        if (speakers.length) addSpeakersOwnActors(list, entities, speakers, covered, made);
        codeForcesDemonyms(list, made);
      }
      /** Mentions of each country in the article's entities, of its places, and the most-named country's count. */
      interface CountryCounts {
        mentionsOf: Map<string, number>;
        placesOf: Map<string, number>;
        leadCount: number;
      }
      function countryCounts(entities: readonly Entity[]): CountryCounts {
        const mentionsOf = new Map<string, number>();
        // "*" (the article's own country) counts places only: an armed group's or a foreign minister's country says
        // less about where the government forces are than the places named.
        const placesOf = new Map<string, number>();
        for (let x = 0; x < entities.length; x++) {
          const e = entities[x]!;
          if (!e.country || e.country === 'IGO') continue;
          mentionsOf.set(e.country, (mentionsOf.get(e.country) ?? 0) + e.mentions.length);
          if (e.type === 'LOC') placesOf.set(e.country, (placesOf.get(e.country) ?? 0) + e.mentions.length);
        }
        let leadCount = 0;
        for (const k of mentionsOf.values()) leadCount = Math.max(leadCount, k);
        return { mentionsOf, placesOf, leadCount };
      }
      /** A hashtag's marks between a name's words (قوات #الجيش_اليمني). */
      const hashtagMark = (j: number) => tokens[j]!.kind === 'punct' && (tokens[j]!.text === '_' || tokens[j]!.text === '#');
      /** The country and actor code of a lexicon actor at token `at`, or null. */
      function pickCountry(spec: ActorNameData, at: number, list: ActorMention[], counts: CountryCounts): [string, string] | null {
        if (spec.country) return [spec.country, spec.actor ?? spec.country];
        // "*": the place named nearest in the sentence ("القوات الحكومية التي تقاتل الحوثيين ... في اليمن"), else the
        // article's most-named country.
        const star = spec.context?.find(([cond]) => cond === '*');
        if (star) {
          // A place after في or ب is where things happen; a state named as a side (ودعمت مصر القوات الحكومية) is not.
          let near: ActorMention | null = null;
          for (const m of list) if (m.entity.type === 'LOC' && m.entity.country && m.entity.country !== 'IGO' && sentenceOf[m.token] === sentenceOf[at] && (m.prep === 'في' || m.prep === 'ب-') && (!near || Math.abs(m.token - at) < Math.abs(near.token - at))) near = m;
          if (near) return [near.entity.country!, near.entity.country! + star[2]];
        }
        let best: [string, string] | null = null;
        let bestCount = 0;
        for (const [cond, country, actor] of spec.context ?? []) {
          if (cond === '*') {
            for (const [c, k] of counts.placesOf) if (k > bestCount) { bestCount = k; best = [c, c + actor]; }
            continue;
          }
          const k = counts.mentionsOf.get(cond) ?? 0;
          if (spec.lead && k < counts.leadCount) continue;
          if (k > bestCount) { bestCount = k; best = [country, actor]; }
        }
        return best;
      }
      /** The lexicon's actor names (التحالف العربي، قوات الشرعية ...) on tokens no mention covers. */
      function addLexiconActors(list: ActorMention[], entities: readonly Entity[], counts: CountryCounts, covered: Uint8Array, demonymAt: Uint8Array, made: Map<string, Entity>): void {
        for (let i = 0; i < tokens.length; i++) {
          if (info[i]!.actorReadings.length === 0 || covered[i] || tokens[i]!.kind !== 'arabic') continue;
          i = addLexiconActor(i, list, entities, counts, covered, demonymAt, made);
        }
      }
      /** The first lexicon actor name that fits at token i: its mention pushed and its tokens covered; its last token, or i. */
      function addLexiconActor(i: number, list: ActorMention[], entities: readonly Entity[], counts: CountryCounts, covered: Uint8Array, demonymAt: Uint8Array, made: Map<string, Entity>): number {
        for (const [pre, word] of info[i]!.actorReadings) {
          const cands = lex.actorNames.get(word);
          if (!cands) continue;
          for (const c of cands) {
            let j = i;
            let ok = true;
            for (let w = 1; w < c.words.length && ok; w++) {
              j++;
              while (j < tokens.length && hashtagMark(j)) j++;
              ok = j < tokens.length && !covered[j] && sentenceOf[j] === sentenceOf[i] && stripConj(norm[j]!).rest === c.words[w];
            }
            if (!ok) continue;
            // (and "الاحتلال النازي"، "الميليشيات الشيعية": a relational adjective says whose or what it is)
            if (c.spec.alone && j + 1 < tokens.length && sentenceOf[j + 1] === sentenceOf[i] && (demonymAt[j + 1] || NISBA_ADJECTIVE.test(norm[j + 1]!))) continue;
            const code = pickCountry(c.spec, i, list, counts);
            if (!code) continue;
            const [country, actor] = code;
            let entity: Entity | undefined;
            if (c.spec.kind === 'demonym') entity = entities.find((e) => e.country === country && (e.actor ?? e.country) === country && e.type === 'LOC');
            if (!entity) {
              const id = `events:${c.key}:${actor}`;
              entity = made.get(id);
              if (!entity) {
                entity = newEntity(id, c.spec.kind === 'demonym' && country !== 'IGO' ? 'LOC' : 'ORG', c.words.join(' '), null, null, country, actor, []);
                made.set(id, entity);
              }
            }
            const start = tokens[i]!.start + surfaceLength(tokens[i]!.text, pre);
            const nameStart = i > 0 && pre === 0 && headOf(i - 1) && sentenceOf[i - 1] === sentenceOf[i] ? i - 1 : i;
            list.push(actorMention(entity, i, nameStart, j, procliticPrep(norm[i]!.slice(0, pre), i), start, c.spec.kind ?? 'name'));
            for (let k = i; k <= j; k++) covered[k] = 1;
            return j;
          }
        }
        return i;
      }
      /**
       * "أكد الوزير أن بلاده ترفض"، "وقوف بلاده مع ليبيا": بلاده is the country of the one it refers to, the nearest
       * earlier actor with a country (a person for ـه, a state or body for ـها) in its sentence or the one before.
       * `list` is in text order.
       */
      function addOwnCountryPronouns(list: ActorMention[], entities: readonly Entity[], covered: Uint8Array, made: Map<string, Entity>): void {
        for (let i = 0; i < tokens.length; i++) {
          if (!info[i]!.rest.includes(BILAD) || covered[i] || tokens[i]!.kind !== 'arabic') continue;
          const g = OWN_COUNTRY.exec(info[i]!.rest);
          if (g && addOwnCountryPronoun(i, g, list, entities, made)) covered[i] = 1;
        }
      }
      /** بلاده at token i (its match `g`): the mention, when an earlier actor it refers to has a country. */
      function addOwnCountryPronoun(i: number, g: RegExpExecArray, list: ActorMention[], entities: readonly Entity[], made: Map<string, Entity>): boolean {
        const masc = g[2] === 'ه' || g[2] === 'هم';
        const earlier = list.filter((m) => m.start < tokens[i]!.start && sentenceOf[i]! - sentenceOf[m.token]! <= 1 && !!m.entity.country && m.entity.country !== 'IGO' && !isMedia(m.entity));
        // The sentence's subject (its first actor without a preposition) is whom بلاده refers to, even past a nearer
        // name ("تواصله مع حفتر، مشددا على وقوف بلاده مع ليبيا": the French minister's country).
        // ـه: a person, by name, title, or a title before a demonym (وزير الخارجية الأردني).
        // A mention that opens with a title word (السفير الأميركي, resolved to the state's government) is a person too.
        const fits = (m: ActorMention) => (masc ? m.entity.type === 'PER' || m.kind === 'title' || m.headToken < m.token || info[m.token]!.head : m.entity.type !== 'PER');
        // (وأكد وزير الخارجية: a subject may carry the conjunction.)
        const ref = earlier.find((m) => sentenceOf[m.token] === sentenceOf[i] && (m.prep === '' || m.prep === 'و-') && fits(m)) ?? earlier.reverse().find(fits);
        if (!ref) return false;
        const country = ref.entity.country!;
        const entity = ownCountryEntity(country, entities, made);
        const pre = (g[1] ?? '').length + (norm[i]!.length - stripConj(norm[i]!).rest.length);
        list.push(actorMention(entity, i, i, i, procliticPrep(norm[i]!.slice(0, pre), i), tokens[i]!.start + surfaceLength(tokens[i]!.text, pre), 'pronoun'));
        return true;
      }
      /**
       * (events53) "قال ماكرون: "جيشنا قتل ..."، "جنودنا يتقدمون": inside a quote, a noun of grammar speakerOwnActors (our
       * country, government, forces) right before an event verb is the quote's speaker's state, when the speaker is an
       * entity with a country (not an IGO: "بلداننا" of a UN official names no one state).
       */
      function addSpeakersOwnActors(list: ActorMention[], entities: readonly Entity[], speakers: readonly Quote[], covered: Uint8Array, made: Map<string, Entity>): void {
        for (let i = 0; i < tokens.length; i++) {
          if (covered[i] || tokens[i]!.kind !== 'arabic' || !info[i]!.rest.endsWith('نا')) continue;
          // only as the subject right before an event verb ("جنودنا يتقدمون"، "جيشنا قتل"): as an object or after a
          // preposition ("مع بلدنا"، "استهدافها لبلادنا") the corpus check found it more often wrong than right
          if (!SPEAKER_OWN_ACTORS.has(info[i]!.rest) || i + 1 >= tokens.length || sentenceOf[i + 1] !== sentenceOf[i] || !info[i + 1]!.verb) continue;
          if (addSpeakersOwnActor(i, list, entities, speakers, made)) covered[i] = 1;
        }
      }
      /** "جيشنا" at token i: the mention, when a quote with a speaker whose entity has a country holds it. */
      function addSpeakersOwnActor(i: number, list: ActorMention[], entities: readonly Entity[], speakers: readonly Quote[], made: Map<string, Entity>): boolean {
        const x = info[i]!.rest;
        const at = tokens[i]!.start;
        const q = speakers.find((y) => y.start <= at && at < y.end);
        const speaker = q ? entities.find((e) => e.id === q.speaker) : undefined;
        const country = speaker?.country;
        if (!country || country === 'IGO') return false;
        const entity = ownCountryEntity(country, entities, made);
        const cut = norm[i]!.length - x.length;
        list.push(actorMention(entity, i, i, i, procliticPrep(norm[i]!.slice(0, cut), i), at + surfaceLength(tokens[i]!.text, cut), 'pronoun'));
        return true;
      }
      /**
       * The state an own-country pronoun (بلاده، جيشنا) stands for: the country's entity when the article names it, else
       * one made for it once per article (`made`). The mention is a pronoun, so "الرئيس الإيراني إن بلاده" does not
       * merge with the demonym before.
       */
      function ownCountryEntity(country: string, entities: readonly Entity[], made: Map<string, Entity>): Entity {
        const id = `events:own:${country}`;
        let entity: Entity | undefined = entities.find((e) => e.country === country && (e.actor ?? e.country) === country && e.type === 'LOC') ?? made.get(id);
        if (!entity) {
          entity = newEntity(id, 'LOC', country, null, null, country, country, []);
          made.set(id, entity);
        }
        return entity;
      }
      /** "قوات #الجيش_اليمني"، "قوات روسية": a demonym standing for its state after a forces word is that state's military. */
      function codeForcesDemonyms(list: ActorMention[], made: Map<string, Entity>): void {
        for (let x = 0; x < list.length; x++) {
          const m = list[x]!;
          const e = m.entity;
          if (m.kind !== 'demonym' || !e.country || e.country === 'IGO' || (e.actor && e.actor !== e.country)) continue;
          let j = m.token - 1;
          while (j >= 0 && hashtagMark(j)) j--;
          if (j < 0 || tokens[j]!.kind !== 'arabic' || sentenceOf[j] !== sentenceOf[m.token]) continue;
          if (!FORCES_WORDS.has(stripConj(norm[j]!).rest.replace(/^(ال|لل|بال|ل|ب)/, ''))) continue;
          // The same entity (its id stays that of the state), coded as its military.
          const key = `mil:${e.id}`;
          let mil = made.get(key);
          if (!mil) {
            mil = copyEntity(e, { type: 'ORG', actor: `${e.country}MIL` });
            made.set(key, mil);
          }
          m.entity = mil;
        }
      }
      /**
       * "جنود أتراك"، "شرطي مصري"، "محكمة ماليزية"، "مسلحين أكراد": a person or force noun followed at once by a
       * demonym (data/events/descriptions.json) is a side of the demonym's state, coded with the noun's actor type
       * (TURMIL, EGYCOP, MYSJUD ...); the phrase's span is its evidence. The demonym must be the noun's own adjective:
       * right after it, of the same definiteness (جنود الجيش التركي: the adjective is the genitive's, not جنود's).
       * A demonym the entity layer already found is taken over (its mention is replaced); one it did not (accusative
       * forms: جنديا إسرائيليا) is read from the knowledge base's forms.
       */
      const heldHeads = new Set<number>();
      function addDescribedActors(list: ActorMention[]): void {
        const desc = lex.descriptions;
        if (!desc) return;
        // "مواطنا سويديا": a demonym form the entity layer took for a name it could not place (MISC, no country) is the
        // demonym; the mention is dropped so that the stage's own demonym forms find it.
        const unplacedDemonym = (m: ActorMention) =>
          !m.entity.country && !m.entity.actor && m.entity.type !== 'PER' && m.token === m.endToken && procliticReadings(norm[m.token]!).some(([, w]) => desc.demonyms.has(w));
        if (list.some(unplacedDemonym)) {
          const kept = list.filter((m) => !unplacedDemonym(m));
          list.length = 0;
          list.push(...kept);
        }
        const at = new Map<number, ActorMention>();
        for (const m of list) for (let k = m.token; k <= m.endToken; k++) at.set(k, m);
        const made = new Map<string, Entity>();
        const drop = new Set<ActorMention>();
        /**
         * The description noun `h` read at token i (after a proclitic of `pre` letters; `definite`: with ال): its mention
         * added and its tokens taken, or the entity layer's demonym marked; the demonym's token, or -1 when it does not fit.
         * (pg19) A function of its own, apart from the scan over the tokens: a deoptimization here throws away only its code.
         */
        const describedAt = (i: number, pre: number, definite: boolean, h: NonNullable<ReturnType<typeof desc.heads.get>>[number]): number => {
          let j = i;
          let ok = true;
          for (let w = 1; w < h.words.length && ok; w++) {
            j++;
            ok = j < tokens.length && !at.has(j) && sentenceOf[j] === sentenceOf[i] && norm[j] === (definite ? 'ال' : '') + h.words[w];
          }
          const d = j + 1;
          if (!ok || d >= tokens.length || tokens[d]!.kind !== 'arabic' || sentenceOf[d] !== sentenceOf[i]) return -1;
          if (norm[d]!.startsWith('ال') !== definite) return -1;
          // "المستوطنون الأوروبيون": a relational adjective that is no state's demonym says whose the noun is, so
          // the noun is no group side by itself (settlers are Israeli only when nothing says otherwise).
          if (h.suffix === 'SET' && !at.has(d) && !desc.demonyms.has(norm[d]!) && NISBA.test(norm[d]!) && !lex.actorNames.has(norm[d]!)) {
            for (let k = i; k < d; k++) heldHeads.add(k);
            return -1;
          }
          const old = at.get(d);
          let country: string | undefined;
          if (old) {
            const e = old.entity;
            if (old.kind !== 'demonym' || old.token !== d || old.endToken !== d || !e.country || e.country === 'IGO' || (e.actor && e.actor !== e.country)) return -1;
            // "مستوطنون إسرائيليون"، "جنود أتراك": the demonym the entity layer found stays the phrase's side, as it
            // was (entity, kind, head and preposition: the argument rules and the same-state checks read it as
            // before); the event names it by the noun's actor type. The noun is no group side of its own.
            old.described = e.country + h.suffix;
            for (let k = i; k < d; k++) heldHeads.add(k);
            return d;
          } else country = desc.demonyms.get(norm[d]!);
          if (!country) return -1;
          const actor = country + h.suffix;
          const id = `events:desc:${actor}`;
          let entity = made.get(id);
          if (!entity) {
            entity = newEntity(id, 'ORG', tokenTexts(tokens, i, d + 1), null, null, country, actor, []);
            made.set(id, entity);
          }
          if (old) drop.add(old);
          const m: ActorMention = actorMention(entity, i, i, d, procliticPrep(norm[i]!.slice(0, pre), i), tokens[i]!.start + surfaceLength(tokens[i]!.text, pre), 'described');
          list.push(m);
          for (let k = i; k <= d; k++) at.set(k, m);
          return d;
        };
        for (let i = 0; i < tokens.length; i++) {
          if (tokens[i]!.kind !== 'arabic' || at.has(i)) continue;
          let found = false;
          for (const [pre, word] of procliticReadings(norm[i]!)) {
            const definite = word.startsWith('ال');
            const bare = definite ? word.slice(2) : word;
            for (const h of desc.heads.get(bare) ?? []) {
              const d = describedAt(i, pre, definite, h);
              if (d < 0) continue;
              i = d;
              found = true;
              break;
            }
            if (found) break;
          }
        }
        if (drop.size) {
          const kept = list.filter((m) => !drop.has(m));
          list.length = 0;
          list.push(...kept);
        }
        list.sort((a, b) => a.start - b.start);
      }
      /**
       * "قتلت القوات 136 فلسطينيا" is read already; "أكثر من 136 فلسطينيا"، "نحو 40 سوريا"، "ما لا يقل عن 136 فلسطينيا":
       * a number's approximation before a counted demonym belongs to its noun phrase, which starts there.
       */
      function addCountedHeads(list: ActorMention[]): void {
        for (const m of list) {
          if (m.kind !== 'demonym' || m.headToken !== m.token || m.token < 2) continue;
          const num = m.token - 1;
          if (!(tokens[num]!.kind === 'number' || NUMBER_WORDS.has(norm[num]!))) continue;
          for (const p of APPROXIMATIONS) {
            const from = num - p.length;
            if (from < 0 || sentenceOf[from] !== sentenceOf[m.token]) continue;
            if (p.every((w, k) => (k === 0 ? stripConj(norm[from]!).rest : norm[from + k]!) === w)) {
              m.headToken = from;
              break;
            }
          }
        }
      }
      /**
       * "بدأ التحالف هجومه على المدينة": المدينة alone (not المدينة المنورة, not before a name) is the city named last
       * before it in the article (a place with a country and no actor code of its own). Mentions stay sorted.
       */
      function addCityReferences(list: ActorMention[]): void {
        const added: ActorMention[] = [];
        for (let i = 0; i < tokens.length; i++) {
          if (!info[i]!.reference || tokens[i]!.kind !== 'arabic') continue;
          const m = CITY_WORD.exec(norm[i]!);
          if (!m || (i + 1 < tokens.length && norm[i + 1] === MUNAWWARA) || list.some((a) => a.token === i + 1 || a.token === i)) continue;
          let city: ActorMention | undefined;
          for (const a of list) {
            if (a.start >= tokens[i]!.start) break;
            if (a.entity.type === 'LOC' && !a.entity.actor && a.entity.country && a.entity.country !== 'IGO' && a.kind !== 'reference') city = a;
          }
          if (!city) continue;
          const pre = m[1]!;
          added.push(actorMention(city.entity, i, i, i, procliticPrep(pre, i), tokens[i]!.start + surfaceLength(tokens[i]!.text, pre.length), 'reference'));
        }
        if (added.length === 0) return;
        list.push(...added);
        list.sort((a, b) => a.start - b.start);
      }

      /**
       * "وهو ما نفته الجماعة وإيران"، "اتهم ... الميليشيات": الجماعة، الحركة، الميليشيات، التنظيم، الحزب alone (not
       * before a name or an adjective) stand for the armed group or party named last, in that sentence or the three
       * before. Mentions stay sorted.
       */
      function addGroupReferences(list: ActorMention[]): void {
        const added: ActorMention[] = [];
        for (let i = 0; i < tokens.length; i++) {
          if (!info[i]!.reference || tokens[i]!.kind !== 'arabic') continue;
          const m = groupWord(norm[i]!, GROUP_NOUNS);
          if (!m || list.some((a) => a.token === i)) continue;
          const next = i + 1 < tokens.length ? tokens[i + 1]! : null;
          if (next && sentenceOf[i + 1] === sentenceOf[i] && ((next.kind === 'arabic' && /^ال/.test(norm[i + 1]!) && !info[i + 1]!.verb) || /^["«“']/.test(next.text))) continue;
          // Only as a verb's subject or object or after a preposition: a genitive (مواقع الميليشيا) would be taken for
          // the subject of the next verb.
          const prev = i > 0 && sentenceOf[i - 1] === sentenceOf[i] ? i - 1 : -1;
          const afterVerb = prev >= 0 && tokens[prev]!.kind === 'arabic' && (!!info[prev]!.verb || /^[يت].../.test(info[prev]!.rest));
          if (!m[1] && !afterVerb && !(prev >= 0 && (isComma(prev) || PREPOSITIONS.has(norm[prev]!) || COMPLEMENTIZERS.has(stripConj(norm[prev]!).rest)))) continue;
          let group: ActorMention | undefined;
          for (const a of list) {
            if (a.start >= tokens[i]!.start) break;
            const code = a.entity.actor ?? '';
            if (sentenceOf[i]! - sentenceOf[a.token]! <= 3 && a.entity.type === 'ORG' && a.kind !== 'reference' && /REB|PTY/.test(code.slice(3))) group = a;
          }
          if (!group) continue;
          const pre = m[1]!;
          added.push(actorMention(group.entity, i, i, i, procliticPrep(pre, i), tokens[i]!.start + surfaceLength(tokens[i]!.text, pre.length), 'reference'));
        }
        if (added.length === 0) return;
        list.push(...added);
        list.sort((a, b) => a.start - b.start);
      }

      /**
       * "بعيد الغزو الأميركي للبلاد"، "غادر البلاد": البلاد alone (not before an adjective or a name: البلاد العربية،
       * بلاد الشام) is the state the article names most, when one state is named more than any other. Mentions stay sorted.
       */
      function addCountryReferences(list: ActorMention[]): void {
        if (!info.some((w) => w.reference && THE_COUNTRY.test(w.norm))) return;
        let country: Entity | undefined;
        {
          const counts = new Map<Entity, number>();
          for (const a of list) if (a.entity.type === 'LOC' && a.entity.country && a.entity.country !== 'IGO' && (a.entity.actor ?? a.entity.country) === a.entity.country && a.kind !== 'reference') counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1);
          const ranked = [...counts].sort((x, y) => y[1] - x[1]);
          if (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) country = ranked[0]![0];
        }
        if (!country) return;
        const added: ActorMention[] = [];
        for (let i = 0; i < tokens.length; i++) {
          if (!info[i]!.reference || tokens[i]!.kind !== 'arabic') continue;
          const m = THE_COUNTRY.exec(norm[i]!);
          if (!m || list.some((a) => a.token === i)) continue;
          if (i + 1 < tokens.length && sentenceOf[i + 1] === sentenceOf[i] && tokens[i + 1]!.kind === 'arabic' && (/^ال/.test(norm[i + 1]!) || list.some((a) => a.headToken === i + 1))) continue;
          const pre = m[1]!;
          added.push(actorMention(country, i, i, i, procliticPrep(pre, i), tokens[i]!.start + surfaceLength(tokens[i]!.text, pre.length), 'reference'));
        }
        if (added.length === 0) return;
        list.push(...added);
        list.sort((a, b) => a.start - b.start);
      }

      /**
       * State organs the text names without their state (events15): "واعتقلت الشرطة منفذ الهجوم"، "ودعت السلطات إلى"،
       * "اتهمت الحكومة المعارضة"، and names the entity layer could not place ("النيابة العامة"، "مجلس الوزراء"). Such an
       * organ is the state's of the place the sentence says it acts in (one state's places after في), else of the state
       * the article names most (more than any other). A bare organ before a definite word or a name (الحكومة اليمنية،
       * الجيش الحر، حكومة الوفاق) is left to the entity layer and the lexicon's actors. Mentions stay sorted.
       */
      function addInstitutionReferences(list: ActorMention[]): void {
        // (quotes28) the choice of state is src/core/story-state.ts, shared with the quote stage's bare organs.
        let dominant: string | null | undefined;
        const located = (a: ActorMention): StatePlace => ({ country: a.entity.country, sentence: sentenceOf[a.token]!, afterFi: a.prep === FI });
        const dominantOf = (): string | null => (dominant !== undefined ? dominant : (dominant = dominantState(list.filter((a) => a.entity.type === 'LOC' && a.kind !== 'reference').map(located))));
        const stateAt = (i: number): string | null => stateOfSentence(list.filter((a) => a.entity.type === 'LOC').map(located), sentenceOf[i]!, dominantOf);
        // Only as the subject or object of an event verb: right after the verb (اعتقلت الشرطة، تجري الحكومة، أن السلطات
        // قد اتهمت) or opening a clause whose verb follows (الشرطة اعتقلت). A genitive (تشكيل الحكومة، رأي الحكومة) or a
        // topic (مجالات تتصل بالقضاء) names no side, and such organs were most of the false events on a corpus sample.
        // (Not a word that is also a preposition or adverb: "من قبل قوات الجيش" is no verb قبل.)
        const verbAt = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.kind === 'arabic' && !!info[j]!.verb && !NOUN_GOVERNORS.has(norm[j]!) && !PREPOSITIONS.has(norm[j]!);
        const sideSlot = (head: number, end: number): boolean => {
          let p = head - 1;
          while (p >= 0 && sentenceOf[p] === sentenceOf[head] && tokens[p]!.kind === 'arabic' && (DAY_NAMES.has(info[p]!.rest) || SUBJECT_GAP_WORDS.has(info[p]!.rest))) p--;
          if (p >= 0 && sentenceOf[p] === sentenceOf[head] && verbAt(p)) return true;
          // (events31) "بناء على طلب النيابة"، "بطلب من الاستخبارات": the requester of the clause's act
          if (p >= 0 && sentenceOf[p] === sentenceOf[head] && behestAt(p) >= 0) return true;
          const opens = p < 0 || sentenceOf[p] !== sentenceOf[head] || tokens[p]!.kind === 'punct' || COMPLEMENTIZERS.has(stripConj(norm[p]!).rest);
          let n = end + 1;
          if (n < tokens.length && AUXILIARIES.has(norm[n]!)) n++;
          return opens && sentenceOf[n] === sentenceOf[head] && verbAt(n);
        };
        // (events54) A group is also the object after the verb's subject ("طوقت قوات الأمن المحتجين": the mention before it
        // stands right after a verb) or after على/ضد ("أطلقت الشرطة النار على المتظاهرين"), where the argument rules look.
        const groupObjectSlot = (i: number): boolean => {
          const p = i - 1;
          if (p < 0 || sentenceOf[p] !== sentenceOf[i] || tokens[p]!.kind !== 'arabic') return false;
          if (GROUP_TARGET_PREPS.has(stripConj(norm[p]!).rest)) return true;
          const m = list.find((x) => x.endToken === p && x.prep === '');
          // "اقتحم عشرات العراقيين المحتجين": after a people's plural (ـين، ـون) the group word is its adjective
          if (m && m.kind === 'demonym' && /(?:ين|ون)$/.test(norm[p]!)) return false;
          return !!m && verbAt(Math.min(m.token, m.headToken) - 1) && sentenceOf[Math.min(m.token, m.headToken) - 1] === sentenceOf[i];
        };
        const made = new Map<string, Entity>();
        const organ = (country: string, suffix: string, name: string, group = false): Entity => {
          const id = `${group ? GROUP_ID : 'events:organ:'}${country}${suffix}`;
          let e = made.get(id);
          if (!e) made.set(id, (e = newEntity(id, 'ORG', name, null, null, country, country + suffix, [])));
          return e;
        };
        // Names the entity layer left unplaced whose first words are a state organ's.
        // (pg19) The rare work of each loop below is a function of its own (placeUnplaced, organAt): a deoptimization
        // there throws away only its code, not the loops' (docs/benchmarks.md, "pg19").
        const placeUnplaced = (m: ActorMention): void => {
          const e = m.entity;
          const w0 = stripConj(norm[m.token]!).rest.replace(/^(?:ب|ل)?(?:ال|ل)/, '');
          const two = m.endToken > m.token ? `${w0} ${norm[m.token + 1]}` : '';
          const suffix = (m.token === m.endToken || !/^ال/.test(norm[m.token + 1] ?? '') ? INSTITUTION_WORDS.get(w0) : undefined) ?? INSTITUTION_NAMES.get(two);
          if (!suffix || !sideSlot(m.headToken, m.endToken)) return;
          const country = stateAt(m.token);
          if (country) m.entity = copyEntity(e, { country, actor: country + suffix });
        };
        for (let x = 0; x < list.length; x++) {
          const m = list[x]!;
          const e = m.entity;
          if (e.country || e.actor || e.type === 'PER' || m.kind === 'demonym') continue;
          placeUnplaced(m);
        }
        const covered = new Uint8Array(tokens.length + 1);
        for (let x = 0; x < list.length; x++) {
          const m = list[x]!;
          for (let k = m.token; k <= m.endToken; k++) covered[k] = 1;
        }
        const added: ActorMention[] = [];
        /** The organ or group whose match `g` starts at token i: its mention added; its last token, or -1. */
        const organAt = (i: number, next: number, g: RegExpExecArray | string[]): number => {
          // (events54) an unnamed domestic group (المتظاهرون) is placed as a bare organ is
          let suffix = INSTITUTION_WORDS.get(g[2]!) ?? DOMESTIC_GROUPS.get(g[2]!);
          let end = i;
          const pair = next >= 0 ? INSTITUTION_NAMES.get(`${g[2]} ${norm[next]}`) ?? INSTITUTION_NAMES.get(`ال${g[2]} ${norm[next]}`) : undefined;
          if (pair && !covered[next]) {
            suffix = pair;
            end = next;
          } else if (!suffix) return -1;
          const after = end + 1 < tokens.length && sentenceOf[end + 1] === sentenceOf[i] ? end + 1 : -1;
          // A definite organ heads no genitive, so a name right after it is the verb's object (اتهمت السلطات فرنسا); a
          // demonym or another definite word is its adjective (السلطات الفرنسية، السلطات المحلية), left to the entity layer.
          const adjective = (j: number) => tokens[j]!.kind === 'arabic' && (covered[j] ? list.some((m) => m.token === j && m.kind === 'demonym') : /^ال/.test(norm[j]!) && !info[j]!.verb);
          const group = !INSTITUTION_WORDS.has(g[2]!) && end === i;
          // (events54) "يطالب المتظاهرون الحكومة": a bare organ after a group is the verb's object, not the group's adjective
          const organAfter = (j: number) => group && !covered[j] && INSTITUTION_WORDS.has(stripConj(norm[j]!).rest.replace(/^ال/, ''));
          if (after >= 0 && ((adjective(after) && !organAfter(after)) || /^["«“']/.test(tokens[after]!.text))) return -1;
          const pre = g[1]!;
          const nameStart = i > 0 && !pre && headOf(i - 1) && sentenceOf[i - 1] === sentenceOf[i] ? i - 1 : i;
          // "تعهد للمحكمة"، "تتصل بالقضاء": after ب or ل the organ is what a verb is about, not its subject or object.
          if (/[بل]$/.test(pre) || !(sideSlot(nameStart, end) || (group && groupObjectSlot(i)))) return -1;
          const country = stateAt(i);
          if (!country) return -1;
          // (events54) a group stays unplaced when its sentence names a place of another state ("شهدت البصرة مظاهرات
          // مناهضة لإيران، حيث اتهم المتظاهرون طهران" in an article about Iran): where it stands is then unclear (a dateline
          // place, "دبي، الإمارات (CNN)--", is not where the act is)
          if (group && list.some((a) => a.entity.type === 'LOC' && a.kind === 'name' && sentenceOf[a.token] === sentenceOf[i] && !!a.entity.country && a.entity.country !== 'IGO' && a.entity.country !== country && !parenthesized(a))) return -1;
          added.push(actorMention(organ(country, suffix, tokenTexts(tokens, i, end + 1), group), i, nameStart, end, procliticPrep(pre, i), tokens[i]!.start + surfaceLength(tokens[i]!.text, pre.length), 'organ'));
          return end;
        };
        for (let i = 0; i < tokens.length; i++) {
          if (covered[i] || tokens[i]!.kind !== 'arabic') continue;
          const next = i + 1 < tokens.length && sentenceOf[i + 1] === sentenceOf[i] ? i + 1 : -1;
          // "قوات الأمن"، "الأجهزة الأمنية": two-word organs (the first may be indefinite).
          const g = BARE_ORGAN.exec(norm[i]!) ?? (next >= 0 && INSTITUTION_NAMES.has(`${stripConj(norm[i]!).rest} ${norm[next]}`) ? ['', norm[i]!.slice(0, norm[i]!.length - stripConj(norm[i]!).rest.length), stripConj(norm[i]!).rest] : null);
          if (!g) continue;
          const end = organAt(i, next, g);
          if (end >= 0) i = end;
        }
        if (added.length === 0) return;
        list.push(...added);
        list.sort((a, b) => a.start - b.start);
      }

      /** (events31) The token of طلب in "بناء على طلب" or "بطلب" ending at p (p on طلب or on من after it), else -1. */
      function behestAt(p: number): number {
        let t = p;
        if (t > 0 && stripConj(norm[t]!).rest === MIN && tokens[t - 1]!.kind === 'arabic') t--;
        const w = stripConj(norm[t]!).rest;
        if (w === REQUEST_NOUN) return t >= 2 && norm[t - 1] === ALA && BEHEST_WORDS.has(stripConj(norm[t - 2]!).rest) ? t : -1;
        return w === 'ب' + REQUEST_NOUN ? t : -1;
      }

      function procliticPrep(pre: string, i: number): string {
        void i;
        if (pre.endsWith('ب')) return 'ب-';
        if (pre.endsWith('ل')) return 'ل-';
        if (pre.endsWith('ك')) return 'ك-';
        if (i > 0 && tokens[i - 1]!.kind === 'arabic') {
          const prev = norm[i - 1]!;
          const { rest } = stripConj(prev);
          // (events21) Agent phrases, as for the entity layer's mentions: "على يد الانقلابيين"، "من قبل قوات التحالف",
          // and a weapon whose fire it was ("برصاص قوات الاحتلال"، "بنيران الميليشيات").
          if (prev === QABL && i > 1 && norm[i - 2] === 'من') return 'من قبل';
          if (prev === 'يد' || prev === AYDI) return 'على يد';
          const pi = info[i - 1]!;
          // (Only a weapon in the construct state: "قتل بالرصاص فلسطينيا" names the weapon, and the actor after is the object.)
          if (!pre && pi.rest.startsWith('ب') && !pi.rest.startsWith('بال') && INSTRUMENT_AGENTS.some((x) => pi.stems.has(x))) return 'من قبل';
          if (PREPOSITIONS.has(prev)) return prev;
          if (PREPOSITIONS.has(rest)) return rest;
        }
        return pre.startsWith('و') || pre.startsWith('ف') ? 'و-' : '';
      }

      // ── actor mentions, in text order ───────────────────────────────
      const headOf = (i: number): boolean => info[i]!.head;
      const isHashMark = (i: number): boolean => i >= 0 && tokens[i]!.kind === 'punct' && (tokens[i]!.text === '#' || tokens[i]!.text === '_');
      /** The word before token i, past hashtag marks (مع #ميليشيا_الحوثي: مع governs the actor). */
      const prevWord = (i: number): number => {
        let j = i - 1;
        while (j >= 0 && isHashMark(j)) j--;
        return j;
      };
      const mentions: ActorMention[] = [];
      for (const entity of layers.entities ?? []) {
        for (const m of entity.mentions) {
          if (tokens.length === 0) break;
          const token = tokenAt(m.start);
          const endToken = tokenAt(Math.max(m.start, m.end - 1));
          let headToken = token;
          const lead = normalize(doc.text.slice(tokens[token]!.start, m.start));
          // "الأمين العام للأمم المتحدة", "المتحدث باسم الكرملين": the title before ل belongs to the actor.
          // "النائب الأول لمندوب روسيا": an ordinal may follow the title.
          const throughLam = (lead === 'ل' || lead === 'لل') && token > 0 && (headOf(token - 1) || (token > 1 && ORDINALS.has(normalize(tokens[token - 1]!.text)) && headOf(token - 2)));
          if (m.start === tokens[token]!.start || throughLam) {
            while (headToken > 0 && token - headToken < 3 && (headOf(headToken - 1) || (headToken > 1 && ORDINALS.has(normalize(tokens[headToken - 1]!.text)) && headOf(headToken - 2))) && sentenceOf[headToken - 1] === sentenceOf[token]) headToken--;
          }
          // "#ميليشيا_الحوثي": a hashtag joins its words with _; the title before _ heads the actor.
          if (headToken === token && token >= 2 && m.start === tokens[token]!.start && isHashMark(token - 1) && headOf(token - 2) && sentenceOf[token - 2] === sentenceOf[token]) headToken = token - 2;
          let prep = '';
          const head = tokens[headToken]!;
          const clitic = headToken === token ? normalize(doc.text.slice(head.start, m.start)) : normalize(head.text).slice(0, 2);
          // Clitics of the head word from the lexicon-aware segmenter (وزير is a word, ولوزير is و+ل+وزير).
          const prepClitic = headToken === token ? clitic : doc.segment(headToken).proclitics.filter((p) => p !== 'ال').join('');
          if (prepClitic.endsWith('ب')) prep = 'ب-';
          else if (prepClitic.endsWith('ل')) prep = 'ل-';
          else if (prepClitic.endsWith('ك')) prep = 'ك-';
          else if (prevWord(headToken) >= 0 && sentenceOf[prevWord(headToken)] === sentenceOf[token] && tokens[prevWord(headToken)]!.kind === 'arabic') {
            const prev = norm[prevWord(headToken)]!;
            const { rest } = stripConj(prev);
            prep = PREPOSITIONS.has(prev) ? prev : PREPOSITIONS.has(rest) ? rest : '';
            if (prev === QABL && headToken > 1 && norm[headToken - 2] === 'من') prep = 'من قبل';
            if (prev === 'من' && headToken > 1 && KULL_WORD.test(norm[headToken - 2]!)) prep = kullPrep(headToken - 2);
            // (events27) بأيدي، بيد: one word, the same agent phrase as على أيدي ("مقتل الفلسطينيين بأيدي جنود إسرائيليين"); not بيد, mostly "بيد أن" (however)
            if (prev === 'يد' || prev === AYDI || prev === 'ب' + AYDI) prep = 'على يد';
            // "برصاص الجيش"، "بنيران القوات": the weapon names whose fire it was — an agent.
            const pi = info[headToken - 1]!;
            if (pi.rest.startsWith('ب') && INSTRUMENT_AGENTS.some((x) => pi.stems.has(x))) prep = 'من قبل';
          }
          if (!prep && (prepClitic.startsWith('و') || prepClitic.startsWith('ف'))) prep = 'و-';
          void clitic;
          mentions.push(actorMention(entity, token, headToken, endToken, prep, m.start, m.kind));
        }
      }
      addDescribedActors(mentions);
      addNamedActors(mentions);
      addCountedHeads(mentions);
      mentions.sort((a, b) => a.start - b.start);
      addCityReferences(mentions);
      addGroupReferences(mentions);
      addCountryReferences(mentions);
      addInstitutionReferences(mentions);
      // A person named once in full (جاريد كوشنير) and then by the last word of that name (كوشنير) is one
      // person: the short form, resolved alone, may have been taken for someone else of that name.
      const fullNames = new Map<string, Entity>();
      for (const m of mentions) {
        if (m.entity.type !== 'PER' || m.endToken === m.token || !(m.entity.actor ?? m.entity.country)) continue;
        const last = norm[m.endToken]!;
        if (!fullNames.has(last)) fullNames.set(last, m.entity);
      }
      for (const m of mentions) {
        if (m.entity.type !== 'PER' || m.endToken !== m.token) continue;
        const full = fullNames.get(stripConj(norm[m.token]!).rest) ?? fullNames.get(norm[m.token]!);
        if (full && full.id !== m.entity.id) m.entity = full;
      }
      const notActorAt = (t: number): boolean => {
        const nexts = lex.notActors.get(info[t]!.rest) ?? lex.notActors.get(norm[t]!);
        if (!nexts) return false;
        const following = t + 1 < tokens.length ? norm[t + 1]! : '';
        const preceding = t > 0 ? norm[t - 1]! : '';
        return nexts.some((p) => p === '' || (p.startsWith('<') ? preceding === p.slice(1) : following.startsWith(p)));
      };
      const attributionAt = (t: number): boolean => {
        // وفقا begins with و: look at the word as written and without a conjunction.
        const w1 = t >= 1 ? norm[t - 1]! : '';
        if (ATTRIBUTION.has(w1) || ATTRIBUTION.has(stripConj(w1).rest)) return true;
        const w2 = t >= 2 ? norm[t - 2]! : '';
        return (w2 === NAQLAN || stripConj(w2).rest === NAQLAN) && w1 === AN;
      };
      // Adjacent mentions of one entity (title + name) act as one.
      const actors: ActorMention[] = [];
      const actorCode = (e: Entity | null | undefined) => (e ? e.actor ?? e.country ?? null : null);
      const inActorBefore = (j: number) => actors.some((a) => a.headToken <= j && a.endToken >= j);
      const reportNounAt = (j: number) => j >= 0 && tokens[j]!.kind === 'arabic' && (lex.reportNouns.has(norm[j]!) || [...info[j]!.stems].some((st) => lex.reportNouns.has(st)));
      for (const m of mentions) {
        const last = actors[actors.length - 1];
        // "وفقا للأمم المتحدة"، "بحسب المرصد"، "نقلا عن الخارجية": who reports it, never who acts or undergoes.
        if (attributionAt(m.token)) continue;
        // "في المدينة" (the city), "مسقط رأسه" (his birthplace): words the entity layer may take for a place.
        if (m.token === m.endToken && m.kind !== 'reference' && notActorAt(m.token)) continue;
        // (events21) "الميليشيات الموالية لإيران": a foreign state or a group a noun is loyal to describes that noun; it is
        // no side of the act. A government, a regime or a person ("القوات الموالية للحكومة السورية"، "للنظام السوري"، "قوات
        // موالية للرئيس سلفا كير": a person, a GOV or MIL code, or a head noun before the name) is the side the loyal forces
        // fight for, and stays.
        if (m.prep === 'ل-' && m.headToken > 0 && lex.patronWords.has(norm[m.headToken - 1]!) && m.entity.type !== 'PER' && !/(GOV|MIL)$/.test(m.entity.actor ?? '') && m.headToken === m.token) continue;
        // "صواريخ إيرانية الصنع": a demonym before a word of origin describes a product, not a side.
        if (m.kind === 'demonym' && m.endToken + 1 < tokens.length && lex.originWords.has(norm[m.endToken + 1]!)) continue;
        if (m.kind === 'demonym' && m.headToken === m.token) {
          // "تقرير بريطاني"، "مصادر عسكرية أمريكية": the demonym says whose report or source it is; a report acts on no one.
          if (reportNounAt(m.token - 1) || (reportNounAt(m.token - 2) && !inActorBefore(m.token - 1))) continue;
          // "الحزب الديمقراطي الكردستاني الإيراني": a demonym right after an actor describes that actor.
          // ("القمة الروسية التركية": two bare demonyms in a row are two states.)
          if (last && last.endToken === m.token - 1 && sentenceOf[m.token] === sentenceOf[last.token] && /^(ال|لل)/.test(norm[m.token]!) && !(last.kind === 'demonym' && last.headToken === last.token && last.entity.id !== m.entity.id)) {
            last.endToken = Math.max(last.endToken, m.endToken);
            continue;
          }
        }
        // "تنظيم "الدولة الإسلامية"": a name the knowledge base does not place, quoted apart from the rest of its name.
        if (last && !actorCode(last.entity) && actorCode(m.entity) && m.headToken === last.endToken + 2 && sentenceOf[m.token] === sentenceOf[last.token] && /^["«“']$/.test(tokens[last.endToken + 1]!.text)) {
          actors[actors.length - 1] = actorMention(m.entity, last.token, last.headToken, m.endToken, last.prep, last.start, m.kind, m.described);
          continue;
        }
        // ("مسؤول أمريكي إن واشنطن تحث": not across a complementizer, which opens the next clause with its own subject.)
        if (last && last.entity.id === m.entity.id && m.kind !== 'pronoun' && m.headToken - last.endToken <= 2 && sentenceOf[m.token] === sentenceOf[last.token] && !(m.headToken - last.endToken === 2 && COMPLEMENTIZERS.has(stripConj(norm[last.endToken + 1]!).rest))) {
          last.endToken = Math.max(last.endToken, m.endToken);
          continue;
        }
        // "مع الرئيس الفرنسي ايمانويل ماكرون": the title's demonym (الفرنسي → FRA) is a mention inside the title's
        // span; the name after the title still belongs to the title.
        const outer = actors[actors.length - 2];
        if (last && outer && last.headToken >= outer.headToken && last.endToken <= outer.endToken && outer.entity.id === m.entity.id && m.kind !== 'pronoun' && m.headToken - outer.endToken <= 2 && sentenceOf[m.token] === sentenceOf[outer.token]) {
          outer.endToken = Math.max(outer.endToken, m.endToken);
          // The demonym inside a placed title says nothing more; searches forward or back would meet it before the title.
          if (actorCode(outer.entity)) actors.pop();
          continue;
        }
        actors.push(copyMention(m, m.prep));
      }
      const inActor = new Uint8Array(tokens.length + 1);
      for (const a of actors) for (let k = a.headToken; k <= a.endToken; k++) inActor[k] = 1;
      // Dates and times (and the preposition that opens one) are asides: they separate no verb from its subject or object.
      const inTime = timeTokenMask(tokens, norm, layers.times ?? [], tokenAt);

      /** Gender of a pronoun suffix on a trigger word whose bare form is in the lexicon. */
      /** (events47) The lexicon's verb forms of a word whose first و is the verb's own letter, with a pronoun (وقعتها: وقعت + ها). */
      function verbWithWaw(w: string): NonNullable<ReturnType<CompiledLexicon['verbForms']['get']>> | null {
        if (!w.startsWith('و')) return null;
        for (const [enc] of ENCLITIC_GENDER) {
          const forms = w.endsWith(enc) && w.length - enc.length >= 3 ? lex.verbForms.get(w.slice(0, -enc.length)) : undefined;
          if (forms) return forms;
        }
        return null;
      }

      /**
       * The object word of a pattern verb that stands before the verb and is resumed by its pronoun, within three words
       * ("صاروخا بالستيا أطلقته الميليشيات"); (events47) a comma right before a relative pronoun is passed over
       * ("الاتفاق، الذي وقعته واشنطن وطهران").
       */
      function resumedObjectAt(i: number, forms: NonNullable<ReturnType<CompiledLexicon['verbForms']['get']>>): { entry: CompiledEntry; dual: boolean; j: number } | null {
        const sentStart = sentenceTokens[sentenceOf[i]!]![0];
        for (const vf of forms) {
          if (vf.entry.objectSeqs.length === 0 || vf.entry.complement) continue;
          let reach = 3;
          for (let j = i - 1; j >= Math.max(sentStart, i - reach); j--) {
            if (tokens[j]!.kind !== 'arabic') {
              if (tokens[j]!.text === '،' || tokens[j]!.text === ',') {
                if (j + 1 < i && RELATIVES.has(stripConj(norm[j + 1]!).rest) && reach === 3) {
                  reach++;
                  continue;
                }
              }
              break;
            }
            if (vf.entry.objectSeqs.some((q) => q.length === 1 && matchesInfo(info[j]!, q[0]!))) return { entry: vf.entry, dual: vf.dual, j };
          }
        }
        return null;
      }

      function encliticOf(t: number, isVerb: boolean): 'm' | 'f' | 'p' | null {
        // (events47) A verb that opens with و keeps it (وقعتها is وقع + ت + ها, not و + قعتها); not after a preposition or a
        // passive marker, where the word is its verbal noun with the patient's pronoun ("بعد وضعه رهن الإقامة"، "تم وضعه").
        const prevW = t > 0 && tokens[t - 1]!.kind === 'arabic' ? stripConj(norm[t - 1]!).rest : '';
        // Only where the pronoun resumes a pattern's object word before it ("الاتفاقية التي وقعتها"، "الاتفاق وقعه"): "ليستمر
        // وضعه قيد الإقامة" is the verbal noun.
        const wawForms = isVerb && info[t]!.rest !== info[t]!.norm && !lex.verbForms.has(info[t]!.rest) && !NOUN_GOVERNORS.has(prevW) && !lex.passiveMarkers.has(prevW) ? verbWithWaw(info[t]!.norm) : null;
        const w = wawForms && resumedObjectAt(t, wawForms) ? info[t]!.norm : info[t]!.rest;
        if (isVerb ? lex.verbForms.has(w) : lex.nounForms.has(w) || lex.nounForms.has(w.replace(/^(ال|لل|بال|[بل])/, ''))) return null;
        for (const [enc, g] of ENCLITIC_GENDER) {
          if (!w.endsWith(enc) || w.length - enc.length < 3) continue;
          const stem0 = w.slice(0, -enc.length);
          // لقائه is لقاء + ه (the hamza sits on ي before the pronoun).
          const stem = !isVerb && stem0.endsWith('ئ') ? stem0.slice(0, -1) + 'ء' : stem0;
          const known = isVerb ? lex.verbForms.has(stem) || lex.verbForms.has(stem.replace(/^[سل]/, '')) : lex.nounForms.has(stem) || lex.nounForms.has(stem.replace(/^(ال|لل|[بل])/, ''));
          if (known) return g;
        }
        return null;
      }

      /**
       * The antecedent of a pronoun (or of a dropped subject) at token t: the nearest earlier actor of
       * its sentence, else the first actors of the two sentences before (the subject of a news sentence
       * comes first). "m" prefers people, "f" countries and organizations (Arabic treats states as
       * feminine). With plainOnly, actors governed by a preposition are skipped (a subject has none).
       */
      /** "(CNN)", "(سانا)": a credit in parentheses names who reports, never who acts. */
      function parenthesized(a: ActorMention): boolean {
        const before = a.headToken > 0 ? tokens[a.headToken - 1]!.text : '';
        const after = a.endToken + 1 < tokens.length ? tokens[a.endToken + 1]!.text : '';
        if (before.endsWith('(') && after.startsWith(')')) return true;
        // A dateline ("دبي، الإمارات العربية المتحدة (CNN)--"): actors before a dash near the sentence start.
        const [from, to] = sentenceTokens[sentenceOf[a.token]!]!;
        for (let j = a.endToken + 1; j < Math.min(to, from + 12); j++) if (/^(—|–|--|-)$/.test(tokens[j]!.text) || /^[—–]/.test(tokens[j]!.text)) return true;
        return false;
      }

      /** The comma that closes a sentence's fronted time or circumstance clause (بينما ...، في الوقت الذي ...،), else its first token. */
      const leadingEndCache = new Int32Array(sentenceTokens.length).fill(-1);
      function leadingClauseEnd(s: number): number {
        if (leadingEndCache[s]! >= 0) return leadingEndCache[s]!;
        return (leadingEndCache[s] = leadingClauseEndOf(s));
      }
      function leadingClauseEndOf(s: number): number {
        const [from, to] = sentenceTokens[s]!;
        let w = from;
        while (w < to && tokens[w]!.kind === 'punct') w++;
        if (w >= to) return from;
        const first = stripConj(norm[w]!).rest;
        const opens = LEADING_SUBORDINATORS.has(first) || (first === FI && w + 2 < to && norm[w + 1] === WAQT && RELATIVES.has(norm[w + 2]!));
        if (!opens) return from;
        for (let j = w + 1; j < to && j - w <= 30; j++) if (isComma(j)) return j;
        return from;
      }

      function antecedent(t: number, gender: 'm' | 'f' | 'p' | null, exclude: Set<string>, plainOnly: boolean): ActorMention | null {
        const sent = sentenceOf[t]!;
        const ok = (a: ActorMention) => !exclude.has(a.entity.id) && !parenthesized(a) && (!plainOnly || a.prep === '' || (a.prep === 'و-' && !conjoinedUnderPrep(a)) || COMPLEMENTIZERS.has(a.prep)) && !(a.entity.type === 'LOC' && lex.locativePreps.has(a.prep));
        const fits = (a: ActorMention) => gender === 'm' ? a.entity.type !== 'LOC' : gender === 'f' ? a.entity.type !== 'PER' || femininePerson(a) : true;
        const ordered: ActorMention[] = [];
        for (let k = actors.length - 1; k >= 0; k--) {
          const a = actors[k]!;
          if (a.endToken < t && sentenceOf[a.token] === sent) ordered.push(a);
        }
        for (let s = sent - 1; s >= Math.max(0, sent - 2); s--) {
          // "في الوقت الذي يزور فيه الوزير الفرنسي طهران، ندد نظيره الإيراني ...": actors of a fronted time clause come
          // after the main clause's.
          const inS = actors.filter((a) => sentenceOf[a.token] === s);
          const lead = leadingClauseEnd(s);
          ordered.push(...inS.filter((a) => a.headToken >= lead), ...inS.filter((a) => a.headToken < lead));
        }
        const cands = ordered.filter(ok);
        const first = cands.find(fits) ?? null;
        return plainOnly && first ? objectsSubject(first, sent, fits) ?? first : first;
      }

      /**
       * "احتجزت المخابرات الإسرائيلية فلسطينيين ...، وطلبت منهما": an actor right after another one in its clause (verb,
       * subject, object) is an object; a dropped subject later in the sentence continues the subject before it.
       */
      function conjoinedVerb(t: number): boolean {
        const w = norm[t]!;
        return /^[وف]/.test(w) && !lex.verbForms.has(w) && !!info[t]!.verb;
      }

      function objectsSubject(a: ActorMention, sent: number, fits: (a: ActorMention) => boolean): ActorMention | null {
        if (sentenceOf[a.token] !== sent || a.prep !== '' || a.headToken < 1) return null;
        const subj = actorEndingAt[a.headToken - 1];
        if (!subj || subj.prep !== '' || subj.entity.id === a.entity.id || !fits(subj) || parenthesized(subj)) return null;
        // "احتجزت المخابرات الإسرائيلية": a noun the demonym qualifies may stand between the verb and the subject's demonym.
        for (let v = subj.headToken - 1; v >= Math.max(0, subj.headToken - 2); v--) {
          if (tokens[v]!.kind !== 'arabic' || inActor[v]) return null;
          if (info[v]!.verb || triggerVerbAt[v]) return subj;
          if (subj.kind !== 'demonym' || info[v]!.nouns) return null;
        }
        return null;
      }

      const bySentence: ActorMention[][] = sentenceTokens.map(() => []);
      for (const a of actors) bySentence[sentenceOf[a.token]!]!.push(a);
      const actorsIn = (sent: number) => bySentence[sent] ?? [];
      /**
       * (events42) An actor inside a comma-closed occasion aside (، في قصر الحسينية، ، في تغريدة على تويتر،) that names
       * where or how, not a side: an entity with no code, a platform, a place (not a demonym) after في, ب or no preposition.
       */
      const asideWhere = (a: ActorMention) => !actorCode(a.entity) || (!!a.entity.kbId && lex.platforms.has(a.entity.kbId)) || (a.entity.type === 'LOC' && a.kind !== 'demonym' && (a.prep === '' || a.prep === FI || a.prep === 'ب-'));

      // Quotes with a known speaker: a first-person verb inside one (نطالب، ندين، رفضنا) is the speaker's act.
      const entityById = new Map((layers.entities ?? []).map((e) => [e.id, e]));
      const quoteSpeakers = (layers.quotes ?? []).filter((q) => q.speaker && entityById.has(q.speaker));
      function speakerAt(tr: Trigger): ActorMention | null {
        const at = tokens[tr.token]!.start;
        const q = quoteSpeakers.find((x) => x.start <= at && at < x.end);
        if (!q) return null;
        const entity = entityById.get(q.speaker!)!;
        if (!actorCode(entity)) return null;
        return actorMention(entity, tr.token, tr.token, tr.token, '', at, 'speaker');
      }
      /** A first-person plural verb form: نـ before a present stem (نطالب), or the past with ـنا (طالبنا). */
      function firstPersonPlural(t: number): boolean {
        const w = stripConj(norm[t]!).rest.replace(/^س(?=ن)/, '');
        if (w.length > 3 && w.startsWith('ن') && lex.verbForms.has('ي' + w.slice(1)) && !lex.verbForms.has('ي' + w)) return true;
        // (events35) Not a present stem (تهددنا، يدعمنا: "she threatens us", the pronoun is the object), unless the
        // stem is also a past form opening with ت (تعهدنا: "we pledged").
        const stem = w.slice(0, -2);
        if (/^[يت]/.test(stem) && !pastForms.has(stem)) return false;
        return w.length > 4 && w.endsWith('نا') && lex.verbForms.has(stem);
      }

      // Where the clause of each token starts: after the last boundary (and comma) before it.
      const clauseFrom = new Int32Array(tokens.length);
      const clauseFromComma = new Int32Array(tokens.length);
      for (let i = 0, last = 0, lastComma = 0; i < tokens.length; i++) {
        if (i === sentenceTokens[sentenceOf[i]!]![0]) last = lastComma = i;
        clauseFrom[i] = last;
        clauseFromComma[i] = lastComma;
        if (isBoundary(i)) last = lastComma = i + 1;
        else if (isComma(i)) lastComma = i + 1;
      }
      const clauseStart = (t: number, stopAtComma: boolean): number => (stopAtComma ? clauseFromComma[t]! : clauseFrom[t]!);
      // The first comma, boundary or sentence end at or after each token.
      const nextStop = new Int32Array(tokens.length + 1);
      nextStop[tokens.length] = tokens.length;
      for (let i = tokens.length - 1; i >= 0; i--) {
        const sentEnd = sentenceTokens[sentenceOf[i]!]![1];
        nextStop[i] = isComma(i) || isBoundary(i) ? i : i + 1 >= sentEnd ? sentEnd : nextStop[i + 1]!;
      }
      const actorEndingAt: Array<ActorMention | undefined> = [];
      for (const a of actors) if (!actorEndingAt[a.endToken]) actorEndingAt[a.endToken] = a;
      /** "بين إسرائيل وإيران": the second conjunct stands under the first one's preposition. */
      const conjoinedUnderPrep = (a: ActorMention): boolean => {
        const first = actorEndingAt[a.headToken - 1];
        return !!first && first.prep !== '' && first.prep !== 'و-' && !COMPLEMENTIZERS.has(first.prep);
      };
      const actorStartingAtIndex: Array<ActorMention | undefined> = [];
      for (const a of actors) if (!actorStartingAtIndex[a.headToken]) actorStartingAtIndex[a.headToken] = a;
      const actorStartingAt = (t: number): ActorMention | undefined => actorStartingAtIndex[t];
      /**
       * "الهجوم الذي شنته القوات التركية"، "حصار تفرضه الحكومة"، "تهديد أطلقه الوفد الروسي": after an event noun
       * (and one adjective), a light verb with a pronoun resuming that noun, its subject right after: the doer.
       */
      const decisionDoerBefore = (t: number): ActorMention | undefined => {
        let j = t - 1;
        while (j > 0 && inTime[j]) j--;
        // (events29) "رغبة ترامب في التوصل إلى اتفاق"، "عزم موسكو على طرد": a preposition may link the noun to the act.
        if (j > 0 && DECISION_LINKS.has(norm[j]!) && !actorEndingAt[j]) j--;
        const a = actorEndingAt[j];
        if (!a || a.prep !== '' || a.headToken < 1 || sentenceOf[a.headToken] !== sentenceOf[t]) return undefined;
        const w = norm[a.headToken - 1]!.replace(/^[وف]?[بل]?/, '');
        return DECISION_NOUNS.has(w) || DECISION_NOUNS.has(norm[a.headToken - 1]!) ? a : undefined;
      };
      /**
       * (events29) A noun of deciding or intending that carries a pronoun, right before the verbal noun (a linking
       * preposition may stand between): "بعد قرارها طرد 23 دبلوماسيا"، "أبدت طهران استعدادها لحث الحوثيين"، "عبرا عن
       * رغبتهما في التوصل إلى اتفاق". The pronoun is the doer of the act, resolved as any pronoun of its person (the nearest
       * earlier actor without a preposition, else the subjects of the two sentences before). Not مطالبة (whoever demands
       * an act is not its doer).
       */
      const decisionPronounDoer = (t: number): ActorMention | undefined => {
        let j = t - 1;
        while (j > 0 && inTime[j]) j--;
        if (j > 0 && DECISION_LINKS.has(norm[j]!)) j--;
        if (j < 0 || tokens[j]!.kind !== 'arabic' || inActor[j] || sentenceOf[j] !== sentenceOf[t]) return undefined;
        const w = stripConj(norm[j]!).rest;
        for (const form of [w, w.replace(/^[بل]/, '')]) {
          for (const [enc, gender] of ENCLITIC_GENDER) {
            if (!form.endsWith(enc) || form.length < enc.length + 2) continue;
            let stem = form.slice(0, -enc.length);
            if (stem.endsWith('ت')) stem = stem.slice(0, -1) + TA_MARBUTA_NORM;
            if (!DECISION_NOUNS.has(stem) || stem === DEMAND_NOUN) continue;
            return antecedent(j, gender, new Set(), true) ?? undefined;
          }
        }
        return undefined;
      };
      const relativeDoerAfter = (end: number): ActorMention | undefined => {
        let j = end + 1;
        if (j < tokens.length && tokens[j]!.kind === 'arabic' && !inActor[j] && !info[j]!.verb && !RELATIVES.has(norm[j]!) && !lightVerbWithPronoun(norm[j]!, LIGHT_VERBS)) j++;
        // "الدعم السياسي والعسكري الذي تقدمه": more definite adjectives, joined by و.
        while (j < tokens.length && j - end <= 3 && tokens[j]!.kind === 'arabic' && /^و?ال/.test(norm[j]!) && !inActor[j] && !info[j]!.verb && !RELATIVES.has(norm[j]!)) j++;
        if (j < tokens.length && RELATIVES.has(norm[j]!)) j++;
        if (j >= tokens.length || sentenceOf[j] !== sentenceOf[end] || tokens[j]!.kind !== 'arabic' || !lightVerbWithPronoun(norm[j]!, LIGHT_VERBS)) return undefined;
        let k = j + 1;
        while (k < tokens.length && k - j <= 3 && (inTime[k] || SUBJECT_GAP_WORDS.has(norm[k]!))) k++;
        let a = actorStartingAt(k);
        // "هجوم نفذه مسلحون فلسطينيون": a noun for people whose demonym names the doer.
        if (!a && k + 1 < tokens.length && tokens[k]!.kind === 'arabic' && !inActor[k] && !info[k]!.verb && !/^ال/.test(norm[k]!)) {
          const d = actorStartingAt(k + 1);
          if (d && d.kind === 'demonym') a = d;
        }
        return a && a.prep === '' && sentenceOf[a.headToken] === sentenceOf[end] ? a : undefined;
      };

      /**
       * (events26) Whether an actor starting at `at` is the genitive doer of the verbal noun at t, between the noun and its
       * pattern's object ("افتتاح الولايات المتحدة سفارتها"، "إسقاط الطيران التركي مقاتلة روسية"): the noun is one of the
       * lexicon's doerGapMasdars and cannot be read as a verb (a bare سحب may be the verb, whose subject stands there
       * anyway); the actor is a name or description of at most four words without a preposition, in the sentence.
       */
      const doerGapAt = (t: number, at: number, first: string, entry: CompiledEntry): boolean => {
        if (entry.genitive === 'target' || !lex.doerGapMasdars.has(first)) return false;
        const rest = info[t]!.rest;
        if (info[t]!.verb && !(rest !== first && rest.endsWith(first) && /^(ب|ل|ال|بال|لل)$/.test(rest.slice(0, rest.length - first.length)))) return false;
        const a = actorStartingAt(at);
        return !!a && a.prep === '' && a.kind !== 'pronoun' && a.endToken - at <= 3 && sentenceOf[a.endToken] === sentenceOf[t];
      };

      /**
       * (events36) An actor object and then a word in ب after the verb at v, in its clause: two actors without a preposition
       * before the ب word (subject, object), or one when an actor without a preposition (the subject) stands before the verb
       * in its clause.
       */
      const objectThenBAt = (v: number): boolean => {
        const sEnd = sentenceTokens[sentenceOf[v]!]![1];
        let seen = 0;
        for (let j = v + 1; j < sEnd && j - v <= 10; j++) {
          if (tokens[j]!.kind !== 'arabic') {
            if (isBoundary(j) || isComma(j)) return false;
            continue;
          }
          const a = actorStartingAt(j);
          if (a) {
            // a bare organ word (الجيش) resolved by the article's context is no named side to be ordered
            if (a.prep !== '' || a.kind === 'organ' || a.kind === 'pronoun') return false;
            seen++;
            j = Math.max(j, a.endToken);
            continue;
          }
          if (inActor[j]) continue;
          if (/^[وف]?ب/.test(norm[j]!)) {
            // the subject stood before the verb in its clause: one actor after it is the object
            const from = clauseStart(v, true);
            const subjectBefore = actors.some((a) => a.headToken >= from && a.endToken < v && a.prep === '' && sentenceOf[a.headToken] === sentenceOf[v]);
            return seen >= (subjectBefore ? 1 : 2);
          }
        }
        return false;
      };

      // ── triggers ─────────────────────────────────────────────────────
      const triggers: Trigger[] = [];
      const consumed = new Uint8Array(tokens.length);
      // (events21) A word inside a name is no act: "تحالف دعم الشرعية"، "مجلس التعاون الخليجي" (past the name's first word).
      for (const m of mentions) if (m.kind !== 'pronoun') for (let k = m.token + 1; k <= m.endToken && k < tokens.length; k++) consumed[k] = 1;
      for (let i = 0; i < tokens.length; i++) {
        // The normalizer writes هنأ "congratulated" as هنا "here": a written hamza tells them apart.
        if (consumed[i] || tokens[i]!.kind !== 'arabic' || ((lex.nonTriggers.has(norm[i]!) || lex.nonTriggers.has(info[i]!.rest)) && !tokens[i]!.text.includes('\u0623'))) continue;
        const sent = sentenceOf[i]!;
        const sentEnd = sentenceTokens[sent]![1];
        // multiword nominal patterns first
        let matched = false;
        for (const { words, entry, definite } of info[i]!.seqs) {
          // (events26) A verbal noun spelt as its verb is one only with the article: "بالتوصل إلى اتفاق", not "توصل إلى".
          if (definite && !DEFINITE_NOUN.test(norm[i]!)) continue;
          // A count may stand inside the pattern: "بسحب 23 دبلوماسيا".
          let at = i;
          let ok = true;
          // (events26) The doer in the genitive between a verbal noun and its object: "إطلاق قوات إسرائيلية النار".
          let doerGap = false;
          for (let k = 1; k < words.length && ok; k++) {
            at++;
            if (k === 1 && at < sentEnd && !matchesInfo(info[at]!, words[1]!) && doerGapAt(i, at, words[0]!, entry)) {
              at = actorStartingAt(at)!.endToken + 1;
              doerGap = true;
            }
            // (events24) "إطلاق نحو 100 صاروخ": an approximating word may stand before the count.
            if (at + 1 < sentEnd && k === words.length - 1 && APPROXIMATORS.has(norm[at]!) && (tokens[at + 1]!.kind === 'number' || NUMBER_WORDS.has(norm[at + 1]!))) at++;
            if (at < sentEnd && (tokens[at]!.kind === 'number' || NUMBER_WORDS.has(norm[at]!)) && k === words.length - 1) at++;
            // (events50) An opening quotation mark before the pattern's next word: "لإبرام "اتفاقية تجارية" مع".
            if (at + 1 < sentEnd && tokens[at]!.kind === 'punct' && /^["«“]$/.test(tokens[at]!.text)) at++;
            ok = at < sentEnd && matchesInfo(info[at]!, words[k]!);
          }
          if (!ok) continue;
          const end = at;
          // With its doer inside, the trigger is the verbal noun alone, so that the doer is its genitive.
          triggers.push(makeTrigger(entry, i, doerGap ? i : end, false, false, false));
          for (let k = i; k <= end; k++) consumed[k] = 1;
          matched = true;
          break;
        }
        if (matched) continue;
        // A title or institution word is never a verb (وزارة is not و + زار + ه).
        let verb = headOf(i) ? null : info[i]!.verb;
        // The word after a verb-first clause's subject is its object, a noun: "وأكدت مصر رفضها",
        // "وتتلقى قوات سوريا الديمقراطية دعما" (a noun with tanween, not the dual verb دعما).
        // "انتقد الوزير دعم تركيا للمسلحين": likewise a bare form without a conjunction (a second verb would take و).
        // Not after قد/لقد, which only ever stands before a verb: "وكان ترامب قد توعد بضرب" (events23).
        const afterQad = i > 0 && (stripConj(norm[i - 1]!).rest === QAD || norm[i - 1] === LAQAD);
        if (verb && info[i]!.nouns && !afterQad && (encliticOf(i, true) || /ا$/.test(norm[i]!) || info[i]!.norm === info[i]!.rest) && objectOfVerbFirst(i)) verb = null;
        // A verb that takes no direct object cannot carry an object pronoun: "تضامنها" is the noun (her solidarity).
        // (events47) Unless the pronoun resumes a pattern's object word before it: "الاتفاقية التي وقعتها مصر والسودان".
        if (verb?.forms && info[i]!.nouns && encliticOf(i, true) && verb.forms.every((vf) => !vf.entry.targetSpecs.has('direct')) && !resumedObjectAt(i, verb.forms)) verb = null;
        // After a preposition the word is a noun: "بعد دعم تركيا للعراق"، "عن قصف" (a past verb never follows one).
        if (verb && info[i]!.nouns && i > 0 && tokens[i - 1]!.kind === 'arabic' && NOUN_GOVERNORS.has(info[i - 1]!.rest)) verb = null;
        // "بحق 16 متهما": a participle counted by a number is a noun (the accused), not a circumstantial participle.
        if (verb && i > 0 && (tokens[i - 1]!.kind === 'number' || NUMBER_WORDS.has(norm[i - 1]!)) && (lex.adverbials.has(norm[i]!) || lex.adverbials.has(info[i]!.rest))) verb = null;
        // "متهمة بخرق القانون": the participle of a verb that names its object before the ب complement (اتهم X بـ),
        // followed by ب, is the passive one (accused of), not a circumstantial participle (متهما إيران بدعم ...).
        if (verb?.forms && (lex.adverbials.has(norm[i]!) || lex.adverbials.has(info[i]!.rest)) && i + 1 < sentEnd && tokens[i + 1]!.kind === 'arabic' && /^ب/.test(norm[i + 1]!) && !inActor[i + 1] && verb.forms.every((vf) => vf.entry.objectBeforeB)) verb = null;
        // After إنّ, بأنّ, لأنّ, لكنّ the word is a noun: "قال إن دعم إيران للحوثيين مستمر" (they govern a noun, never a
        // verb; أن without its hamza may be أنْ, which takes a verb, so it is left alone).
        if (verb && info[i]!.nouns && i > 0 && tokens[i - 1]!.kind === 'arabic' && !inActor[i - 1] && (NOUN_PARTICLES.has(stripConj(norm[i - 1]!).rest) || /^[وف]?\u0625\u0646\u0651?$/.test(tokens[i - 1]!.text))) verb = null;
        // "انتقد الوزير دعم إيران لحزب الله": a bare form followed by an actor and then ل + an actor is a verbal noun in
        // construct with its doer and its object after ل (the verb reading would make the actor its subject and find no
        // object: دعم، قصف، تعاون are both past verbs and verbal nouns). Not at a clause's start, where news puts its verbs
        // ("رفض النائب الأول لمندوب روسيا ...").
        if (verb?.forms && info[i]!.nouns && info[i]!.norm === info[i]!.rest && !encliticOf(i, true) && i !== clauseStart(i, true) && genitiveThenLObject(i)) verb = null;
        if (verb?.forms) {
          let chosen: { entry: CompiledEntry; dual: boolean; end: number; objectBefore?: boolean; passive?: boolean; objectAt?: number } | null = null;
          for (const vf of verb.forms) {
            if (vf.entry.objectSeqs.length === 0) continue;
            const end = findObject(i, sentEnd, vf.entry.objectSeqs);
            if (end >= 0) {
              chosen = { entry: vf.entry, dual: vf.dual, end };
              break;
            }
          }
          if (!chosen && encliticOf(i, true)) {
            // The object before its verb, resumed by a pronoun on it: "صاروخا بالستيا أطلقته الميليشيات".
            const at = resumedObjectAt(i, verb.forms);
            if (at) chosen = { entry: at.entry, dual: at.dual, end: i, objectBefore: true, objectAt: at.j };
          }
          if (!chosen && !encliticOf(i, true) && i > 1 && RELATIVE_HEADS_PASSIVE.has(stripConj(norm[i - 1]!).rest) && i + 1 < sentEnd) {
            // (events38) "الصواريخ الحوثية التي أطلقت على السعودية"، "الغارات التي شنت على": the object word heads a relative
            // clause whose verb, with no pronoun and no object after it, is passive (the head is what was launched); a
            // target preposition of the entry must follow the verb. The doer is the head's demonym or genitive (below).
            const sentStart = sentenceTokens[sent]![0];
            const nextPrep = stripConj(norm[i + 1]!).rest;
            for (const vf of verb.forms) {
              if (vf.entry.objectSeqs.length === 0 || vf.entry.complement || !vf.entry.targetSpecs.has(nextPrep)) continue;
              for (let j = i - 2; j >= Math.max(sentStart, i - 4) && !chosen; j--) {
                if (tokens[j]!.kind !== 'arabic') break;
                if (vf.entry.objectSeqs.some((q) => q.length === 1 && matchesInfo(info[j]!, q[0]!))) chosen = { entry: vf.entry, dual: vf.dual, end: i, objectBefore: true, passive: true, objectAt: j };
              }
              if (chosen) break;
            }
          }
          if (!chosen && norm[i + 1] === MIN && i + 1 < sentEnd) {
            // (events24) "صاروخ باليستي أطلق من اليمن": a launch's projectile before its passive verb, where it came from after it.
            const sentStart = sentenceTokens[sent]![0];
            for (const vf of verb.forms) {
              if (!vf.entry.originSource) continue;
              for (let j = i - 1; j >= Math.max(sentStart, i - 3) && !chosen; j--) {
                if (tokens[j]!.kind !== 'arabic') break;
                if (vf.entry.objectSeqs.some((q) => q.length === 1 && matchesInfo(info[j]!, q[0]!))) chosen = { entry: vf.entry, dual: vf.dual, end: i, objectBefore: true, passive: true };
              }
              if (chosen) break;
            }
          }
          if (!chosen) {
            // (events34) A verb whose sense needs a word after it (تقدمت القوات نحو: an advance) is no trigger without it, so that
            // it does not take the clause from another trigger ("تقدمت بشكوى ضد": the complaint).
            // (events36) Likewise an order (objectThenB) without an object actor and its ب complement: "وأمر ترامب بطرد 60
            // دبلوماسيا" keeps its expulsion, whose doer the verb's subject is.
            const plain = verb.forms.find((vf) => vf.entry.objectSeqs.length === 0 && (!vf.entry.onlyBefore || otherSense({ token: i } as Trigger, onlyBeforeOf(vf.entry), vf.entry.onlyBeforeWithin)) && (!vf.entry.objectThenB || objectThenBAt(i)));
            if (plain) chosen = { entry: plain.entry, dual: plain.dual, end: i };
          }
          // "أن ترسل طلبا رسميا"، "أن يخفي هذا دعما": a dual form right after another word of its clause that
          // is no particle is a noun with tanween (the object), not "the two requested".
          if (chosen?.dual && i > 0 && i !== clauseStart(i, true) && tokens[i - 1]!.kind === 'arabic' && !inActor[i - 1] && !PRE_VERB_WORDS.has(norm[i - 1]!) && !COMPLEMENTIZERS.has(norm[i - 1]!) && !CLAUSE_OPENERS.has(norm[i - 1]!) && !RELATIVES.has(norm[i - 1]!) && !lex.bothSides.has(info[i - 1]!.rest)) {
            chosen = null;
          }
          if (chosen) {
            const passive = !!chosen.passive || /^.[\u064f]/.test(tokens[i]!.text.replace(/^[وف]/, '')) || /^[وف]?.\u064f/.test(tokens[i]!.text) || chosen.entry.passiveSet.has(info[i]!.rest) || chosen.entry.passiveSet.has(stripConj(norm[i]!).rest) || vocalizedPassive(tokens[i]!.text);
            const trigger = makeTrigger(chosen.entry, i, chosen.end, true, chosen.dual, verb.future, passive);
            // That pronoun is the object already named, not an actor.
            if (chosen.objectBefore) trigger.enclitic = null;
            if (chosen.objectAt !== undefined) trigger.objectAt = chosen.objectAt;
            triggers.push(trigger);
            // The object of a request verb is the requested action: it stays free to be a trigger itself.
            consumed[i] = 1;
            if (!chosen.entry.complement) consumed[chosen.end] = 1;
            continue;
          }
        }
        // An entry whose sense needs a word after it (انسحاب ... من الاتفاق) gives way to the next one without it.
        const nouns = info[i]!.nouns;
        const noun = nouns && (nouns.length === 1 ? nouns[0]! : nouns.find((e) => !e.onlyBefore || otherSense({ token: i } as Trigger, onlyBeforeOf(e), e.onlyBeforeWithin)));
        if (noun) {
          const prev = i > 0 ? norm[i - 1]! : '';
          // A noun passive by its sense (مقتل: a death) names its doer only through an agent phrase (برصاص، بغارة).
          const passive = lex.passiveMarkers.has(prev) || (/^[وف]/.test(prev) && lex.passiveMarkers.has(prev.slice(1))) || !!noun.agentOnly;
          triggers.push(makeTrigger(noun, i, i, false, false, false, passive));
        }
      }

      /**
       * A bare plural demonym in -ين (فلسطينيين، المصريين) is in the oblique case: an object, never
       * the subject (which would be -ون), so "واعتقلت فلسطينيين" has a dropped subject.
       */
      /**
       * Agreement: a state named by its bare name is grammatically feminine (أدانت إيران), so a masculine
       * verb before it (يدين إيران، أدان إيران) has another subject and the state is its object. A few
       * state names are masculine (العراق، لبنان، اليمن ...).
       */
      /** "رئيسة الوزراء البريطانية تيريزا ماي"، "المستشارة الألمانية": a person under a feminine title, whom ها and إنها may stand for. */
      function femininePerson(a: ActorMention): boolean {
        return a.entity.type === 'PER' && a.kind === 'title' && FEMININE_TITLE.test(stripConj(norm[a.headToken]!).rest);
      }

      function agrees(tr: Trigger, a: ActorMention): boolean {
        if (a.entity.type !== 'LOC' || a.kind === 'demonym' || a.headToken !== a.token) return true;
        if (MASCULINE_STATES.has(stripConj(norm[a.headToken]!).rest) || MASCULINE_STATES.has(norm[a.headToken]!)) return true;
        const w = stripConj(norm[tr.token]!).rest;
        const masculine = verbGender(norm[tr.token]!) === 'm' || pastBasesOf(tr.entry).has(w);
        return !masculine;
      }

      /** An adjective of manner or arm right before token j, agreeing in definiteness with the word at j (a demonym). */
      function mannerBefore(j: number): boolean {
        if (j >= tokens.length || tokens[j - 1]!.kind !== 'arabic' || tokens[j]!.kind !== 'arabic' || !MANNER_ADJECTIVES.has(norm[j - 1]!)) return false;
        return /^ال/.test(norm[j - 1]!) === /^ال/.test(norm[j]!);
      }
      function oblique(a: ActorMention): boolean {
        // "مسلحين أكراد"، "جنديا إسرائيليا": a described side whose noun is oblique or accusative is no subject either.
        if (a.kind === 'described') return /(ين|[^و]ا)$/.test(stripConj(norm[a.token]!).rest);
        return a.kind === 'demonym' && a.headToken === a.token && a.token === a.endToken && /ين$/.test(norm[a.token]!);
      }

      /** "وأكدت مصر رفضها": the word after verb + subject at the clause start is that verb's object, a noun. */
      /**
       * (events26) The force after ل right after an indefinite act noun (one manner adjective may come first: غارة جوية
       * للتحالف): named by a force word (قوات، مقاتلات، طيران، ميليشيات ...) or an armed actor's code, or followed in its
       * clause by the side the act is on (على، ضد). Not a state's or a person's name alone ("ضربة لسوريا" is on Syria).
       */
      function forceDoerAfter(tr: Trigger, after: ActorMention[], from?: number): ActorMention | undefined {
        const at = from ?? tr.endToken + 1 + (mannerBefore(tr.endToken + 2) ? 1 : 0);
        if (at >= tokens.length || tokens[at]!.kind !== 'arabic') return undefined;
        const lWord = /^[وف]?(لل|ل)/.test(norm[at]!) ? norm[at]!.replace(/^[وف]?(لل|ل)/, '') : '';
        const forceWord = !!lWord && (FORCE_HEADS.has(lWord) || FORCE_HEADS.has('ال' + lWord));
        // "غارات لمقاتلات التحالف": the force word after ل, its owner in the genitive.
        const a = after.find((x) => x.headToken === at && x.prep === 'ل-') ?? (forceWord ? after.find((x) => x.headToken === at + 1 && x.prep === '') : undefined);
        if (!a || sentenceOf[a.headToken] !== sentenceOf[tr.token]) return undefined;
        const byForce = forceWord || /^[A-Z]{3}(MIL|REB|SPY|COP)|^IGOCOA/.test(a.described ?? a.entity.actor ?? '');
        const clauseEnd = commaAfter(a.endToken);
        const on = after.some((x) => x.headToken > a.endToken && x.headToken < clauseEnd && x.headToken - a.endToken <= 4 && THREAT_TARGET_PREPS.has(x.prep) && x.prep !== AMAM && x.entity.id !== a.entity.id);
        return byForce || on ? a : undefined;
      }

      /**
       * (events57) "الهجوم الكيميائي المفترض لقوات النظام"، "الغارات الجوية للتحالف العربي"، "التقدم الميداني المستمر لقوات المقاومة":
       * a definite act of force (its first word with ال) followed by one to three definite words (after a definite noun
       * they can only be its adjectives) and ل + a force is that force's act, as an indefinite one is (forceDoerAfter, with
       * its guards: a force word or an armed actor's code, or the side the act is on after it). Not after a verbal noun of
       * launching ("توجيه الضربات الجوية للقوات الإيرانية": ل names the target there).
       */
      function definiteForceDoer(tr: Trigger, after: ActorMention[]): ActorMention | undefined {
        if (tr.isVerb || !/^[وف]?[بلك]?ال/.test(norm[tr.token]!) || (tr.token > 0 && launchNoun(norm[tr.token - 1]!, LAUNCH_NOUNS))) return undefined;
        let at = tr.endToken + 1;
        while (at < tokens.length && at - tr.endToken <= 3 && tokens[at]!.kind === 'arabic' && /^ال/.test(norm[at]!) && !inActor[at] && !triggerNounAt[at]) at++;
        if (at === tr.endToken + 1) return undefined;
        return forceDoerAfter(tr, after, at);
      }

      /** A circumstantial participle of an event verb (متهما، داعيا، منددة), not a noun counted by a number (16 متهما). */
      function adverbialAt(t: number): boolean {
        if (!(lex.adverbials.has(stripConj(norm[t]!).rest) || lex.adverbials.has(norm[t]!))) return false;
        return !(t > 0 && (tokens[t - 1]!.kind === 'number' || NUMBER_WORDS.has(norm[t - 1]!)));
      }

      /**
       * (events25) "20 من الحوثيين"، "عددا من مقاتلي الحوثيين"، "العشرات من عناصر التنظيم": right after `from` (a verb or its
       * subject), a count (a number, عدد، عشرات ...; an adjective such as كبير may follow it), then من, then at most one noun
       * for people (مقاتلي، عناصر) before the actor: the people counted are the actor's.
       */
      function partitiveObject(from: number, a: ActorMention): boolean {
        if (a.token <= from) return false;
        let k = from + 1;
        while (k < a.token && (inTime[k] || tokens[k]!.kind === 'punct' && !isComma(k))) k++;
        let counted = 0;
        while (k < a.token && (tokens[k]!.kind === 'number' || NUMBER_WORDS.has(norm[k]!) || COUNT_WORDS.has(norm[k]!))) {
          k++;
          counted++;
        }
        if (!counted) return false;
        if (k < a.token && (COUNT_ADJECTIVES.has(norm[k]!) || COUNTED_NOUNS.has(norm[k]!))) k++;
        if (k >= a.token || norm[k] !== MIN) return false;
        k++;
        if (k === a.token) return true;
        // (events52) the people noun definite too: "عدد من الدبلوماسيين الأميركيين في لبنان" (the Americans, not the place after)
        // (events52) and any noun a bare demonym qualifies (عدد من المدنيين الأتراك، عشرات من الطائرات الروسية): the demonym names
        // whose they are
        if (k + 1 === a.token && a.kind === 'demonym' && a.headToken === a.token && tokens[k]!.kind === 'arabic' && !inActor[k] && !PREPOSITIONS.has(norm[k]!) && /^ال/.test(norm[k]!) === /^ال/.test(norm[a.token]!)) return true;
        return (k + 1 === a.token || k + 1 === a.headToken) && (PEOPLE_NOUNS.has(norm[k]!) || (a.kind === 'demonym' && /^ال/.test(norm[k]!) && PEOPLE_NOUNS.has(norm[k]!.slice(2))));
      }

      /** "زار فريق من المنظمة": a group noun right after the verb ending at t (time words may stand between), then من + an actor. */
      function partitiveSubject(t: number): ActorMention | undefined {
        let j = t + 1;
        while (j < tokens.length && j - t <= 3 && tokens[j]!.kind === 'arabic' && (inTime[j] || SUBJECT_GAP_WORDS.has(info[j]!.rest) || DAY_NAMES.has(info[j]!.rest)) && !inActor[j]) j++;
        if (j + 2 >= tokens.length || sentenceOf[j + 2] !== sentenceOf[t] || tokens[j]!.kind !== 'arabic' || inActor[j] || !(lex.groupNouns.has(norm[j]!) || lex.groupNouns.has(stripConj(norm[j]!).rest))) return undefined;
        const a = actorStartingAt(j + 2);
        return norm[j + 1] === MIN && a && a.prep === MIN ? a : undefined;
      }

      /**
       * "رفضت إحدى المحاكم الجنائية العليا في تركيا"، "اعتقلت الشرطة في ألمانيا": a state organ named by its place as the
       * subject right after the verb ending at t (a quantifier and two adjectives may stand between): the place stands for it.
       */
      function organOfPlace(t: number): ActorMention | undefined {
        let j = t + 1;
        while (j < tokens.length && j - t <= 3 && tokens[j]!.kind === 'arabic' && (inTime[j] || SUBJECT_GAP_WORDS.has(info[j]!.rest) || DAY_NAMES.has(info[j]!.rest)) && !inActor[j]) j++;
        if (j < tokens.length && tokens[j]!.kind === 'arabic' && QUANTIFIERS.has(norm[j]!)) j++;
        // The entity layer may have made the organ a name it cannot place (المحكمة العليا): that name is skipped.
        const unplaced = actorStartingAt(j);
        if (j >= tokens.length || tokens[j]!.kind !== 'arabic' || (inActor[j] && (!unplaced || actorCode(unplaced.entity))) || !lex.institutionNouns.has(norm[j]!)) return undefined;
        if (unplaced) j = unplaced.endToken;
        // "قوات الأمن": a two-word organ.
        else if (j + 1 < tokens.length && lex.institutionNouns.has(`${norm[j]} ${norm[j + 1]}`)) j++;
        for (let k = j + 1; k < tokens.length && k - j <= 3 && sentenceOf[k] === sentenceOf[t]; k++) {
          if (tokens[k]!.kind !== 'arabic' || inActor[k] || info[k]!.verb) return undefined;
          if (norm[k] === FI) {
            const a = actorStartingAt(k + 1);
            return a && a.prep === FI && a.entity.type === 'LOC' && !!a.entity.country ? a : undefined;
          }
          if (!/^ال/.test(norm[k]!)) return undefined;
        }
        return undefined;
      }

      /** An actor without a preposition right after t, then within two words ل opening a phrase whose actor stands within three words. */
      function genitiveThenLObject(t: number): boolean {
        const g = actorStartingAt(t + 1);
        if (!g || g.prep !== '' || sentenceOf[g.endToken] !== sentenceOf[t]) return false;
        for (let j = g.endToken + 1; j < tokens.length && j - g.endToken <= 2 && sentenceOf[j] === sentenceOf[t]; j++) {
          if (tokens[j]!.kind !== 'arabic') return false;
          if (!/^ل/.test(info[j]!.rest) || info[j]!.verb || NOT_L_OBJECT.has(info[j]!.rest)) continue;
          for (let k = j; k <= j + 3 && k < tokens.length && sentenceOf[k] === sentenceOf[t]; k++) {
            // As the eventual reading takes it (lObjectAfter): ل on the actor itself, or a genitive inside the ل phrase.
            const a = actorStartingAt(k);
            if (a && (k === j ? a.prep === 'ل-' : a.prep === '') && a.entity.id !== g.entity.id) return true;
            if (k > j && (tokens[k]!.kind !== 'arabic' || info[k]!.verb)) break;
          }
          return false;
        }
        return false;
      }

      /**
       * (events39) "فرضت عقوبات على كل من روسيا وإيران"، "لكل من مصر والأردن": the actor after كل من takes the preposition
       * that governs كل (a word before it, or its clitic ب/ل), else none ("اتهمت كلا من إيران وقطر").
       */
      function kullPrep(k: number): string {
        const rest = norm[k]!.replace(/^[وف]/, '');
        if (/^ب/.test(rest) && KULL_FORMS.has(rest.slice(1))) return 'ب-';
        if (/^ل/.test(rest) && KULL_FORMS.has(rest.slice(1))) return 'ل-';
        // a conjunction on كل opens a new conjunct: no preposition carries over
        if (rest !== norm[k]) return '';
        if (k > 0 && tokens[k - 1]!.kind === 'arabic' && sentenceOf[k - 1] === sentenceOf[k]) {
          const prev = norm[k - 1]!;
          // a complementizer (أن، إن) before كل من is no preposition
          if (COMPLEMENTIZERS.has(prev) || COMPLEMENTIZERS.has(stripConj(prev).rest)) return '';
          if (PREPOSITIONS.has(prev)) return prev;
          if (PREPOSITIONS.has(stripConj(prev).rest)) return stripConj(prev).rest;
        }
        return '';
      }

      /** (events39) An actor after `from` in its clause, through a preposition the trigger's entry takes (not direct, not و). */
      function laterTargetPrep(from: number, source: ActorMention, entry: CompiledEntry): boolean {
        const end = commaAfter(from);
        return actors.some((b) => b.headToken > from && b.headToken < end && sentenceOf[b.headToken] === sentenceOf[from] && b.prep !== '' && b.prep !== 'و-' && b.entity.id !== source.entity.id && !sameState(b.entity, source.entity) && !!actorCode(b.entity) && entry.targetSpecs.has(b.prep));
      }

      /** (events39) كل من / كلا من right before the actor: "كل من فرنسا وألمانيا" names its members one by one. */
      function kullBefore(a: ActorMention): boolean {
        const h = a.headToken;
        return h > 1 && norm[h - 1] === 'من' && KULL_WORD.test(norm[h - 2]!);
      }

      function objectOfVerbFirst(t: number): boolean {
        // "واصلت قوات النظام السوري الجمعة قصفها": time words may stand between the subject and the object.
        while (t > 1 && tokens[t - 1]!.kind === 'arabic' && (DAY_NAMES.has(info[t - 1]!.rest) || SUBJECT_GAP_WORDS.has(info[t - 1]!.rest) || OBJECT_GAP_ADVERBS.has(info[t - 1]!.rest)) && !inActor[t - 1]) t--;
        const subj = actorEndingAt[t - 1];
        if (!subj || subj.prep !== '') return false;
        const v = subj.headToken - 1;
        // (events36) A feminine past verb is spelt as the construct of its verbal noun in ة (أدانت: إدانة، أشادت: إشادة،
        // طالبت: مطالبة): at a clause's start, before its subject, it is the verb ("وأدانت الكويت قصف إسرائيل غزة").
        const cs = clauseStart(t, true);
        // "وقد أدانت الكويت": قد stands before the verb at the clause's start.
        const atStart = v === cs || (v - 1 === cs && v > 0 && (norm[v - 1]!.replace(/^[وف]/, '') === QAD || norm[v - 1] === LAQAD));
        return v >= 0 && atStart && tokens[v]!.kind === 'arabic' && !info[v]!.head && (!info[v]!.nouns || (!!info[v]!.verb && /ت$/.test(info[v]!.rest)));
      }

      function findObject(verbAt: number, sentEnd: number, seqs: string[][]): number {
        // The window counts words: hashtags (#محمود_عباس) and commas add tokens, not words.
        for (let j = verbAt + 1, words = 0; j < sentEnd && words < OBJECT_WINDOW; j++) {
          // A time aside is no word of the clause, and a name of several words (الولايات المتحدة) counts once.
          if (tokens[j]!.kind !== 'punct' && !inTime[j] && !(inActor[j] && inActor[j - 1])) words++;
          if (isBoundary(j)) break;
          if (tokens[j]!.kind === 'punct' && (tokens[j]!.text === '#' || tokens[j]!.text === '_')) continue;
          // A comma around an apposition (شن الرئيس الفلسطيني، محمود عباس، هجوما) does not end the clause.
          if (isComma(j)) {
            if (inActor[j - 1] || inActor[j + 1]) continue;
            // Nor does a time aside (افتتحت غواتيمالا، الأربعاء، سفارتها).
            if (DAY_NAMES.has(info[j - 1]!.rest) || (j + 1 < sentEnd && DAY_NAMES.has(info[j + 1]!.rest)) || inTime[j - 1]) continue;
            break;
          }
          for (const seq of seqs) {
            if (j + seq.length > sentEnd) continue;
            let ok = true;
            for (let k = 0; k < seq.length && ok; k++) ok = matchesInfo(info[j + k]!, seq[k]!);
            if (ok) return j + seq.length - 1;
          }
          // (events39) A preposition of topic opens what is spoken of, not the verb's patient: "نشرت الوزارة معلومات عن
          // قوات أمريكية" deploys nothing. Crossed only when the verb takes it as its own complement (أعربت عن قلقها).
          if (tokens[j]!.kind === 'arabic' && !inActor[j] && TOPIC_PREPS.has(stripConj(norm[j]!).rest) && !takesPrep(verbAt, stripConj(norm[j]!).rest)) return -1;
        }
        return -1;
      }

      /** (events39) Whether the verb at t takes the preposition as its own complement (grammar prepFrames: أعرب عن، أفرج عن). */
      function takesPrep(t: number, prep: string): boolean {
        const forms = PREP_FRAMES.get(prep);
        if (!forms) return false;
        const w = stripConj(norm[t]!).rest;
        // The future س before a present form: سيعرب، ستعلن.
        return forms.has(w) || forms.has(info[t]!.rest) || (/^س[يتنا]/.test(w) && forms.has(w.slice(1)));
      }

      /**
       * (events43) Whether a side stands in a topic phrase that follows its trigger or ends a clause before it: a
       * preposition of topic (grammar sideTopicPreps: حول، بشأن، حيال، بخصوص، إزاء) and at most three words of its noun
       * phrase before the side's mention, with no verb, other preposition, complementizer, actor or punctuation between
       * ("للتباحث حول مستقبل جنوب سوريا، كما تشاورت ..."، "المحادثات ... على مستقبل الاتفاق النووي الإيراني" after
       * بشأن). What is spoken of is no side. Not when the trigger stands in the same phrase ("حول عزم واشنطن فرض عقوبات"),
       * takes the preposition for its target (an entry's target list: قلق إزاء), when the side heads a relative clause
       * ("بشأن روسيا، التي تنفي") or stands in another sentence (an antecedent), or when the trigger carries a pronoun.
       */
      function inTopicPhrase(tr: Trigger, a: ActorMention): boolean {
        if (sentenceOf[a.token] !== sentenceOf[tr.token] || tr.enclitic) return false;
        let p = -1;
        if (SIDE_TOPIC_PREPS.has(a.prep)) p = a.token - 1;
        else {
          for (let j = a.token - 1, k = 0; k < 4 && j >= 0; j--, k++) {
            if ((j >= tr.token && j <= tr.endToken) || tokens[j]!.kind !== 'arabic' || sentenceOf[j] !== sentenceOf[a.token] || inActor[j]) return false;
            const w = stripConj(norm[j]!).rest;
            if (SIDE_TOPIC_PREPS.has(w)) { p = j; break; }
            if (info[j]!.verb || PREPOSITIONS.has(w) || COMPLEMENTIZERS.has(w)) return false;
          }
        }
        if (p < 0 || tr.entry.targetSpecs.has(SIDE_TOPIC_PREPS.has(a.prep) ? a.prep : stripConj(norm[p]!).rest)) return false;
        // A relative pronoun after the side (skipping a comma) makes it the head of its own clause.
        let r = a.endToken + 1;
        if (r < tokens.length && tokens[r]!.kind !== 'arabic') r++;
        if (r < tokens.length && RELATIVES.has(norm[r]!)) return false;
        if (p > tr.endToken) return true;
        // The phrase before the trigger: only when a punctuation mark ends it before the trigger.
        if (a.endToken >= tr.token) return false;
        for (let j = a.endToken + 1; j < tr.token; j++) if (tokens[j]!.kind === 'punct') return true;
        return false;
      }

      /** (events43) Whether a side is the seat of a body: right after a headquarters word with its pronoun, or after it and في (ومقره بريطانيا، ومقرها في لاهاي). */
      function seatPlace(a: ActorMention): boolean {
        let j = a.token - 1;
        if (j >= 0 && a.prep !== '' && !a.prep.endsWith('-') && tokens[j]!.kind === 'arabic' && stripConj(norm[j]!).rest === a.prep) j--;
        return j >= 0 && tokens[j]!.kind === 'arabic' && SEAT_WORDS.has(stripConj(norm[j]!).rest);
      }

      /**
       * (events46) Whether a side is the backer named in a backing phrase ("قوات الحكومة اليمنية المدعومة من قبل السعودية
       * والإمارات"، "تقدمت القوات بدعم من التحالف"، "مدعومة بالطيران الروسي"): after المدعوم(ة) من (قبل)، بدعم/بإسناد/بمساندة من
       * or بغطاء جوي من (a conjoined backer too). Such a side backs the actor before it and is no side of another act in the
       * sentence (the battle, the advance, the strike); only the backing trigger itself takes it.
       */
      function backerSide(tr: Trigger, a: ActorMention): boolean {
        // a backing trigger's own phrase reaches one word on (بإسناد جوي من)
        const inTrigger = (j: number) => j >= tr.token && j <= tr.endToken + (tr.entry.participle === 'passive' ? 1 : 0);
        const backer = (x: string) => /^(ال)?مدعوم/.test(x) || x === 'جوي' || (x.startsWith('ب') && BACKING_NOUNS.has(x.slice(1)));
        // "بدعم إيراني"، "بغطاء جوي روسي": a demonym right after a backing noun with ب (one adjective between) is the backer too
        if (a.kind === 'demonym') {
          for (let j = a.token - 1; j >= Math.max(0, a.token - 2); j--) {
            if (tokens[j]!.kind !== 'arabic' || inTrigger(j)) break;
            const x = stripConj(norm[j]!).rest;
            if (x.startsWith('ب') && BACKING_NOUNS.has(x.slice(1))) return true;
            if (j === a.token - 1 && x === 'جوي' && j > 0 && /^بغطاء$/.test(stripConj(norm[j - 1]!).rest)) return true;
          }
        }
        let m = a;
        for (let guard = 0; guard < 4; guard++) {
          let j = m.token - 1;
          if (j >= 0 && tokens[j]!.kind === 'arabic' && stripConj(norm[j]!).rest === QABL) j--;
          if (j >= 1 && tokens[j]!.kind === 'arabic' && norm[j] === MIN) return !inTrigger(j - 1) && tokens[j - 1]!.kind === 'arabic' && backer(stripConj(norm[j - 1]!).rest);
          if (m.prep === 'ب-' && j >= 0 && tokens[j]!.kind === 'arabic' && /^(ال)?مدعوم/.test(stripConj(norm[j]!).rest)) return !inTrigger(j);
          const prev = actorEndingAt[m.token - 1];
          // "الحكومة المدعومة من السعودية والحوثيين المدعومين من إيران": a conjoined actor that is itself backed is no backer
          const backed = m.endToken + 1 < tokens.length && tokens[m.endToken + 1]!.kind === 'arabic' && /^(ال)?مدعوم/.test(stripConj(norm[m.endToken + 1]!).rest);
          if (/^و/.test(norm[m.token]!) && prev && prev !== m && !backed) { m = prev; continue; }
          return false;
        }
        return false;
      }

      function makeTrigger(entry: CompiledEntry, token: number, endToken: number, isVerb: boolean, dual: boolean, future: boolean, passive = false): Trigger {
        // The trigger span covers verb and object when they stand (nearly) together.
        const last = endToken - token <= 2 ? endToken : token;
        const start = tokens[token]!.start;
        const end = tokens[last]!.end;
        return { entry, token, endToken, span: { start, end, text: doc.text.slice(start, end) }, isVerb, dual, future, passive, enclitic: encliticOf(token, isVerb) };
      }

      /** The giver (after من, within three words of the noun) and the receiver (the subject of تلقى، حصل على) of a received act. */
      function receivedFrom(tr: Trigger, inSent: ActorMention[], before: ActorMention[], plain: (a: ActorMention) => boolean): Args | null {
        const from = clauseStart(tr.token, true);
        for (let k = tr.token - 1; k >= from && k >= tr.token - 6; k--) {
          if (!RECEIVE.has(stripConj(norm[k]!).rest)) continue;
          const clauseEnd = commaAfter(tr.endToken);
          const giver = inSent.find((a) => a.headToken > tr.endToken && a.headToken < clauseEnd && a.prep === 'من' && wordsBetween(tr.endToken, a.headToken) <= 2);
          if (!giver) return null;
          const receiver = inSent.find((a) => a.headToken > k && a.endToken < tr.token && plain(a)) ?? before.find((a) => a.endToken < k && k - a.endToken <= 2 && plain(a));
          return receiver && receiver.entity.id !== giver.entity.id && !sameState(receiver.entity, giver.entity) ? { source: giver, target: receiver, targetPrep: '', both: false } : null;
        }
        return null;
      }

      /** "رسالة تهنئة", "برقية تعزية": a carrier noun whose content is the verbal noun after it. */
      const carriedAt = (t: number) => t >= 0 && [...info[t]!.stems].some((st) => lex.carriers.has(st));

      /**
       * "وقرر الرئيس الأمريكي، الجمعة، فرض عقوبات": a comma-closed time aside (، الجمعة،) right before t stands
       * between a verb's subject and its object; this gives the token where the aside opens, else t.
       */
      const skipAsideBack = (t: number): number => {
        if (t < 3 || !isComma(t - 1)) return t;
        let j = t - 2;
        while (j > 0 && t - j <= 4 && tokens[j]!.kind === 'arabic' && (DAY_NAMES.has(info[j]!.rest) || SUBJECT_GAP_WORDS.has(info[j]!.rest))) j--;
        return j < t - 2 && isComma(j) && sentenceOf[j] === sentenceOf[t] ? j : t;
      };

      /** "قررت فرنسا رفع العقوبات": a verb of the clause that takes the verbal noun at t as its object. */
      const controlledAt = (t0: number) => controllerAt(t0) >= 0;
      /** The control verb's token, or -1. */
      function controllerAt(t0: number): number {
        const t = skipAsideBack(t0);
        // Up to seven words back: the subject between may be a title and a name (قرر الرئيس الأمريكي دونالد ترامب فرض).
        for (let j = t - 1; j >= Math.max(clauseStart(t, true), t - 7); j--) {
          if (triggerVerbAt[j]) return -1;
          const w = info[j]!.rest;
          if (lex.controlVerbs.has(w) || lex.controlVerbs.has(w.replace(/^س(?=[يتن])/, ''))) return j;
        }
        return -1;
      }

      /**
       * The agent of a passive: the actor after من قبل / على يد, or inside the phrase they open
       * ("من قبل المصالح المحلية لوزارة التربية التركية"), up to 4 words on with no verb or comma between.
       */
      const isAgent = (a: ActorMention): boolean => {
        if (a.prep === 'من قبل' || a.prep === 'على يد' || otherAgentPhrase(norm, a.headToken)) return true;
        for (let j = a.headToken - 1; j >= Math.max(1, a.headToken - 5); j--) {
          const w = norm[j]!;
          if ((w === QABL && norm[j - 1] === 'من') || ((w === 'يد' || w === AYDI) && norm[j - 1] === 'علي') || w === 'ب' + AYDI) return true;
          if (isBoundary(j) || isComma(j) || info[j]!.verb) return false;
        }
        return false;
      };

      /**
       * "اتهمت تركيا بدعم الإرهاب من قبل مصر": the verbal nouns between a verb and an agent phrase are all its complements
       * after ب (the charge, not an act of their own), so the agent phrase (من قبل، على يد، من جانب، بواسطة; not a
       * weapon's fire, which is a killing noun's) is the verb's, and the verb passive.
       */
      const chargeBeforeAgent = (tr: Trigger, a: ActorMention): boolean => {
        let explicit = otherAgentPhrase(norm, a.headToken);
        for (let j = a.headToken - 1; !explicit && j >= Math.max(1, a.headToken - 5) && j > tr.endToken; j--) {
          const w = norm[j]!;
          if ((w === QABL && norm[j - 1] === 'من') || ((w === 'يد' || w === AYDI) && norm[j - 1] === 'علي')) { explicit = true; break; }
          if (isBoundary(j) || isComma(j) || info[j]!.verb) return false;
        }
        if (!explicit) return false;
        let charge = false;
        for (let j = tr.endToken + 1; j < a.headToken; j++) {
          if (!triggerNounAt[j]) continue;
          if (!/^[وف]?ب/.test(norm[j]!)) return false;
          charge = true;
        }
        return charge;
      };

      /**
       * "وحدد بومبيو مطالب": verb, subject, verbal noun as its object — the verb opens the clause, the
       * subject (an actor without a preposition) stands right before the noun, and the verb is no event.
       */
      const vsoObjectAt = (t0: number) => {
        const t = skipAsideBack(t0);
        const subj = actorEndingAt[t - 1];
        if (!subj || subj.prep !== '') return false;
        const v = subj.headToken - 1;
        return v >= 0 && v === clauseStart(t, true) && tokens[v]!.kind === 'arabic' && !triggerVerbAt[v] && !info[v]!.head && !info[v]!.nouns && !CLAUSE_OPENERS.has(norm[v]!) && !CLAUSE_OPENERS.has(info[v]!.rest);
      };

      /** Only titles and the one or two words each governs between two tokens (وزير الإعلام ووزير حقوق الإنسان). */
      const titlesOnly = (from: number, to: number) => {
        let sinceHead = 99;
        for (let j = from + 1; j < to; j++) {
          if (tokens[j]!.kind !== 'arabic' || info[j]!.verb) return false;
          if (info[j]!.head) sinceHead = 0;
          else if (++sinceHead > 2) return false;
        }
        return to > from + 1 && info[from + 1]!.head;
      };

      // ── arguments ────────────────────────────────────────────────────

      /** "بحث الجانبان الروسي والتركي": the two sides named right after a both-sides word that follows the verb. */
      function bothSidesNamedAfter(tr: Trigger, after: ActorMention[]): [ActorMention, ActorMention] | null {
        const x = after.find((a) => a.headToken - tr.token >= 2 && a.headToken - tr.token <= 3 && a.prep === '');
        const y = x && after.find((a) => a.headToken > x.endToken && a.headToken - x.endToken <= 2 && a.prep === 'و-' && !sameState(a.entity, x.entity));
        return x && y ? [x, y] : null;
      }

      /**
       * (events29) A both-sides word right before a dual verb is its subject ("الجانبان يدينان"، "إن البلدين يرفضان"،
       * "وكان الطرفان قد اتهما"): an auxiliary may stand between; the word carries no preposition and follows none (بين
       * البلدين is no subject).
       */
      function bothSubjectBefore(tr: Trigger): boolean {
        if (!tr.dual || tr.enclitic !== null) return false;
        let k = tr.token - 1;
        while (k > 0 && tr.token - k <= 2 && AUXILIARIES.has(stripConj(norm[k]!).rest)) k--;
        if (k < 0 || sentenceOf[k] !== sentenceOf[tr.token] || !lex.bothSides.has(stripConj(norm[k]!).rest)) return false;
        const before = k > 0 && sentenceOf[k - 1] === sentenceOf[k] ? stripConj(norm[k - 1]!).rest : '';
        return !PREPOSITIONS.has(before);
      }

      function bothSidesPair(t: number, exclude: Set<string>): [ActorMention, ActorMention] | null {
        const seen: ActorMention[] = [];
        const keys = new Set<string>();
        /** (events59) How many coded mentions before t each side has: a state's by its country, a body of no state (IGO) by itself. */
        const count = new Map<string, number>();
        const keyOf = (a: ActorMention) => a.entity.country ?? actorCode(a.entity) ?? a.entity.id;
        const countKey = (a: ActorMention) => (keyOf(a) === 'IGO' ? a.entity.id : keyOf(a));
        for (let k = actors.length - 1; k >= 0; k--) {
          const a = actors[k]!;
          if (a.token >= t) continue;
          if (lex.locativePreps.has(a.prep)) continue;
          // Only sides that can be coded: not an unplaced name, not a news outlet, not a credit or dateline.
          if (!actorCode(a.entity) || isMedia(a.entity) || parenthesized(a)) continue;
          const key = keyOf(a);
          count.set(countKey(a), (count.get(countKey(a)) ?? 0) + 1);
          if (keys.has(key) || exclude.has(a.entity.id) || seen.length === 3) continue;
          keys.add(key);
          seen.push(a);
        }
        if (seen.length < 2) return null;
        // (events59) "واتفق الطرفان" after a passing mention of a third party ("البلد الذي يتمتع بعضوية الأمم المتحدة"): of
        // the last three sides named, one named only once before the trigger, further back than the sentence before, is not one
        // of the two when each of the others is named more often; otherwise the last two named, as before.
        // A side named in the trigger's sentence or the one before is never left out ("تعهد ماكرون ونظيره الأميركي ترامب ...
        // وقال بيان إنهما اتفقا": Trump is named once, and he is one of the two).
        const near = (a: ActorMention) => sentenceOf[a.token]! >= sentenceOf[t]! - 1;
        if (seen.length === 3) {
          const [c0, c1, c2] = seen.map((a) => count.get(countKey(a)) ?? 0) as [number, number, number];
          if (c0 === 1 && c1 > 1 && c2 > 1 && !near(seen[0]!)) return [seen[2]!, seen[1]!];
          if (c1 === 1 && c0 > 1 && c2 > 1 && !near(seen[1]!)) return [seen[2]!, seen[0]!];
        }
        return [seen[1]!, seen[0]!];
      }

      /**
       * "لقاء جمع ترامب وبوتين"، "القمة التي جمعته بالرئيس الروسي": a meeting noun followed by جمع (brought together) names
       * its two sides after the verb (X وY), or through the verb's pronoun and ب.
       */
      function broughtTogether(tr: Trigger, after: ActorMention[]): Args | null {
        let j = tr.endToken + 1;
        const sentEnd = sentenceTokens[sentenceOf[tr.token]!]![1];
        if (j < sentEnd && RELATIVES.has(norm[j]!)) j++;
        if (j >= sentEnd || tokens[j]!.kind !== 'arabic') return null;
        const m = BROUGHT_TOGETHER.exec(stripConj(norm[j]!).rest);
        if (!m) return null;
        const clauseEnd = commaAfter(j);
        let k = j + 1;
        while (k < clauseEnd && inTime[k]) k++;
        if (m[1]) {
          const other = after.find((a) => a.headToken > j && a.headToken < clauseEnd && a.prep === 'ب-' && wordsBetween(j, a.headToken) <= 2);
          if (!other) return null;
          const gender = m[1] === 'ه' ? 'm' : m[1] === 'ها' ? 'f' : null;
          const self = antecedent(j, gender, new Set([other.entity.id]), true);
          return self && actorCode(self.entity) && !sameState(self.entity, other.entity) ? { source: self, target: other, targetPrep: '', both: true } : null;
        }
        const x = actorStartingAt(k);
        if (!x || x.prep !== '' || x.headToken >= clauseEnd) return null;
        const y = after.find((a) => a.headToken > x.endToken && a.headToken - x.endToken <= 2 && a.headToken < clauseEnd && (a.prep === 'و-' || a.prep === 'ب-') && !sameState(a.entity, x.entity));
        return y ? { source: x, target: y, targetPrep: '', both: true } : null;
      }

      /** "إن تنظيم "الدولة الإسلامية"": a complementizer within three words before t, with no verb or actor between. */
      function afterComplementizer(t: number): boolean {
        for (let j = t - 1; j >= 0 && t - j <= 3 && sentenceOf[j] === sentenceOf[t]; j--) {
          if (tokens[j]!.kind === 'punct') continue;
          if (COMPLEMENTIZERS.has(stripConj(norm[j]!).rest)) return true;
          if (inActor[j] || info[j]!.verb) return false;
        }
        return false;
      }

      /** Actors joined by و right after `a` in its sentence (X وY وZ), each next to the one before; not `other` or a's own state. */
      function conjoinedChain(a: ActorMention, other: ActorMention | null): ActorMention[] {
        const out: ActorMention[] = [];
        let last = a;
        // "هجوم أمريكي بريطاني فرنسي": demonym adjectives in a row are joined without و.
        const joined = (next: ActorMention) => next.prep === 'و-' || (next.prep === '' && next.kind === 'demonym' && last.kind === 'demonym' && next.headToken === next.token);
        for (let next = actorStartingAt(last.endToken + 1); next && joined(next) && sentenceOf[next.token] === sentenceOf[a.token]; next = actorStartingAt(last.endToken + 1)) {
          if (next.entity.id === other?.entity.id || next.entity.id === a.entity.id || sameState(next.entity, a.entity) || (other && sameState(next.entity, other.entity)) || !actorCode(next.entity)) break;
          out.push(next);
          last = next;
        }
        return out;
      }

      /**
       * (events41) "استنكرت دول عدة، من بينها مصر والأردن، ..."، "عقوبات على دول من بينها إيران": a plural of states at g
       * (lexicon memberGroups, after a conjunction or ب/ل) named by its members after a list opener (memberOpeners) within
       * five words (adjectives and one comma between), or after a comma later in the sentence when the opener resumes it
       * (من بينها، في طليعتها): the members, states or bodies, conjoined. Null when an actor comes first or none is a state.
       */
      function membersOfGroup(g: number, other: ActorMention | null, far: boolean): ActorMention[] | null {
        if (g >= tokens.length || inActor[g] || tokens[g]!.kind !== 'arabic') return null;
        const w0 = stripConj(norm[g]!).rest;
        const isGroup = lex.memberGroups.has(w0) || (/^[بل]/.test(w0) && lex.memberGroups.has(w0.slice(1))) || (/^لل/.test(w0) && lex.memberGroups.has('ال' + w0.slice(2)));
        if (!isGroup) return null;
        const sent = sentenceOf[g];
        const stateLike = (e: Entity) => !!actorCode(e) && (e.type === 'ORG' || (e.type === 'LOC' && !!e.actor && e.actor === e.country));
        const membersAt = (j: number): ActorMention[] | null => {
          const p = lex.memberOpeners.find((ws) => ws.every((x, k) => j + k < tokens.length && norm[j + k] === x));
          if (!p) return null;
          const first = actorStartingAt(j + p.length);
          if (!first || sentenceOf[first.token] !== sent || !stateLike(first.entity) || first.entity.id === other?.entity.id) return null;
          return [first, ...conjoinedChain(first, other).filter((a) => stateLike(a.entity))];
        };
        let commas = 0;
        for (let j = g + 1; j < Math.min(tokens.length, g + 6) && sentenceOf[j] === sent; j++) {
          if (isBoundary(j)) return null;
          if (isComma(j)) { if (++commas > 1) return null; continue; }
          const m = membersAt(j);
          if (m) return m;
          if (inActor[j]) break;
        }
        if (!far) return null;
        // far: only an opener of two words or more that resumes the group (من بينها، في طليعتها), right after a comma
        for (let j = g + 2; j < tokens.length && sentenceOf[j] === sent && j < g + 25; j++) {
          if (isBoundary(j)) return null;
          if (!isComma(j)) continue;
          const p = lex.memberOpeners.find((ws) => ws.length >= 2 && ws.every((x, k) => norm[j + 1 + k] === x));
          if (p && /ها$/.test(p[p.length - 1]!)) return membersAt(j + 1);
        }
        return null;
      }

      /** The accused of an accusation verb whose charge is the verbal noun at tr (اتهم X Y بـ ...): Y, the plain actor right before it. */
      function accusedOf(tr: Trigger, from: number): ActorMention | undefined {
        const verb = triggers.find((t) => t.isVerb && t.entry.plover === 'ACCUSE' && t.token >= from && t.token < tr.token);
        if (!verb) return undefined;
        for (let j = verb.endToken + 1; j < tr.token; j++) if (triggerVerbAt[j]) return undefined;
        const accused = actorEndingAt[launchAt(tr.token - 1) ? tr.token - 2 : tr.token - 1];
        if (!accused || accused.headToken <= verb.token || (accused.prep !== '' && accused.prep !== 'و-')) return undefined;
        // "وندد الوزير بالدعم": the first actor after a verb with no subject before it is its subject, not the accused.
        const firstAfter = actors.find((a) => a.headToken > verb.endToken && (a.prep === '' || a.prep === 'و-'));
        const subjectBefore = actors.some((a) => a.endToken < verb.token && a.headToken >= from && (a.prep === '' || COMPLEMENTIZERS.has(a.prep)));
        if (firstAfter === accused && !subjectBefore) return undefined;
        return accused && actorCode(accused.entity) ? accused : undefined;
      }

      /**
       * "بشن هجوم على مطار التيفور العسكري في سوريا"، "غارات على مواقع في ريف دمشق": an attack on a site named by a
       * common noun hits the state of the place the site is in (على + up to four words + في + a placed location).
       */
      function attackedPlace(tr: Trigger): ActorMention | null {
        const end = commaAfter(tr.endToken);
        let on = -1;
        for (let j = tr.endToken + 1; j < end && j - tr.endToken <= 3; j++) {
          if (tokens[j]!.kind !== 'arabic') continue;
          if (THREAT_TARGET_PREPS.has(norm[j]!)) { on = j; break; }
          if (inActor[j] || info[j]!.verb) return null;
        }
        if (on < 0) return null;
        for (let j = on + 1; j < end && j - on <= 6; j++) {
          if (tokens[j]!.kind !== 'arabic') continue;
          const a = actorStartingAt(j);
          if (a) return a.prep === FI && a.entity.type === 'LOC' && !!a.entity.country && a.entity.country !== 'IGO' ? a : null;
          if (inActor[j] || info[j]!.verb || RELATIVES.has(norm[j]!)) return null;
        }
        return null;
      }

      /**
       * (events56) "حذر ترامب من "مشاكل كبيرة" إذا ما استأنفت إيران برنامجها"، "هدد الوزير بمنع السفن في حال رفضت مالطا
       * استقبالهم": a threat or warning that names no target of its own is aimed at the party whose act it makes its
       * condition: the subject of the verb right after a condition word (grammar threatConditions) further on in its
       * sentence (within CONDITION_REACH words, no reporting verb between: "، وقال إنه إذا ..." is a new statement). The
       * subject stands right after that verb (titles, times and adverbs may come between, as for any verb-first subject),
       * without a preposition; it is coded, no medium, and of another state than the threatener. "ما إذا" (whether) opens no
       * condition.
       */
      function conditionedParty(tr: Trigger, source: ActorMention): ActorMention | null {
        const sent = sentenceOf[tr.token]!;
        const end = sentenceTokens[sent]![1];
        for (let j = tr.endToken + 1; j < end && wordsBetween(tr.endToken, j) <= CONDITION_REACH; j++) {
          if (isBoundary(j)) return null;
          if (tokens[j]!.kind !== 'arabic' || inActor[j]) continue;
          const w = stripConj(norm[j]!).rest;
          if (REPORTING.has(w) || SAY_WORDS.has(w)) return null;
          let len = 0;
          for (const p of THREAT_CONDITIONS) {
            if (p.length <= len || (p[0] !== w && p[0] !== norm[j])) continue;
            let k = 1;
            while (k < p.length && j + k < end && norm[j + k] === p[k]) k++;
            if (k === p.length) len = p.length;
          }
          if (!len || (j > 0 && stripConj(norm[j - 1]!).rest === MA)) continue;
          const v = j + len;
          // the condition's verb (not only a lexicon verb: "في حال طورت إيران القنبلة"): a word with no article that is no
          // preposition and no actor (a noun there, "في حال عدم اتخاذ خطوات"، "إذا ثبت تورط موسكو", has no subject after it)
          if (v >= end || tokens[v]!.kind !== 'arabic' || inActor[v] || /^ال/.test(info[v]!.rest) || PREPOSITIONS.has(info[v]!.rest)) return null;
          // "إذا تعرضت سوريا لضربة": the subject of an undergo verb suffers the act; the threat is aimed at whoever would do it
          if (UNDERGO.has(info[v]!.rest)) return null;
          const subject = actors.find((a) => a.headToken > v && a.headToken - v <= VSO_WINDOW && sentenceOf[a.headToken] === sent && a.prep === '' && subjectGap(v, Math.min(a.token, a.headToken)));
          if (!subject || !actorCode(subject.entity) || isMedia(subject.entity) || subject.entity.id === source.entity.id || sameState(subject.entity, source.entity)) return null;
          if (actorCode(subject.entity)!.slice(0, 3) === actorCode(source.entity)?.slice(0, 3)) return null;
          return subject;
        }
        return null;
      }

      /** "بشن هجوم"، "لتنفيذ هجمات": the verbal noun of launching with ب/ل before an event noun, which it passes its role to. */
      const launchAt = (t: number): boolean => t >= 0 && tokens[t]!.kind === 'arabic' && launchNoun(norm[t]!, LAUNCH_NOUNS) && t + 1 < tokens.length && !!triggerNounAt[t + 1];

      /**
       * "الاتفاق الروسي-التركي"، "القمة المصرية الأردنية"، "المحادثات الأمريكية الكورية الشمالية": a mutual act's noun
       * followed by two (or more) demonyms of different states names its sides.
       */
      function demonymPair(tr: Trigger): Args | null {
        const sides: ActorMention[] = [];
        let j = tr.endToken + 1;
        while (sides.length < 4) {
          while (j < tokens.length && tokens[j]!.kind === 'punct' && /^[-–]$/.test(tokens[j]!.text) && sides.length > 0) j++;
          const a = actorStartingAt(j);
          if (!a || a.kind !== 'demonym' || a.headToken !== a.token || a.prep !== '' || sentenceOf[a.token] !== sentenceOf[tr.token] || sides.some((x) => sameState(x.entity, a.entity))) break;
          sides.push(a);
          j = a.endToken + 1;
        }
        if (sides.length < 2) return null;
        return { source: sides[0]!, target: sides[1]!, targetPrep: '', both: true, coTargets: sides.slice(2) };
      }

      /** The subject of انضم (joined) whose في phrase holds the verbal noun at t, or null. */
      function joinerOf(t: number, from: number): ActorMention | null {
        if (t < 2 || norm[t - 1] !== FI) return null;
        for (let j = t - 2; j >= from && t - j <= 10; j--) {
          if (!JOIN.has(stripConj(norm[j]!).rest)) continue;
          let k = j + 1;
          while (k < t && (inTime[k] || SUBJECT_GAP_WORDS.has(info[k]!.rest))) k++;
          const after = actorStartingAt(k);
          if (after && after.prep === '' && actorCode(after.entity)) return after;
          const before = actorEndingAt[j - 1];
          return before && (before.prep === '' || before.prep === 'و-') && actorCode(before.entity) ? before : null;
        }
        return null;
      }

      /**
       * events22: "وأعربت تركيا عن قلقها من التطورات في العراق وطالبت الولايات المتحدة بسحب قواتها"، "وفتحت الأمم المتحدة
       * تحقيقا في دعم إيران ...، كما طلبت من إسرائيل": a verb joined by و/ف (or after كما، ثم) to an earlier clause of its
       * sentence continues the subject of that clause (the sentence's first actor without a preposition, before a verb),
       * when the verb agrees with it and no complementizer or relative pronoun opens another clause between. A state or
       * body right after such a verb is then its object, not a new subject; a person there stays a new subject ("وزار
       * الرئيس الفرنسي"), and so does anyone after a verb that takes no direct object.
       */
      function carriedSubject(tr: Trigger, before: ActorMention[], after: ActorMention[], plain: (a: ActorMention) => boolean, isLocative: (a: ActorMention) => boolean): ActorMention | null {
        if (!tr.isVerb || tr.passive || tr.dual) return null;
        const w = norm[tr.token]!;
        if (!conjoinedVerb(tr.token) && !(tr.token > 0 && CLAUSE_JOINERS.has(norm[tr.token - 1]!))) return null;
        // a past verb without a person suffix (وطالب، ودعا) is masculine singular; one that is also an event noun (ودعم،
        // وقتل) may be that noun
        if (verbGender(w) === null && info[tr.token]!.nouns) return null;
        const gender = verbGender(w) ?? 'm';
        if (gender !== 'm' && gender !== 'f') return null;
        const sent = sentenceOf[tr.token]!;
        const [sFrom] = sentenceTokens[sent]!;
        // "فهاجمته بريطانيا"، "ويدعمها مجلس حقوق الإنسان": a verb with an object pronoun has its subject after it
        if (tr.enclitic !== null || lightVerbWithPronoun(stripConj(w).rest, LIGHT_VERBS) || /(ته|تها|تهم|تهما|وه|وها|وهم)$/.test(stripConj(w).rest)) return null;
        const subject = before.slice().reverse().find((a) => a.headToken - sFrom <= 4 && plain(a) && !isLocative(a) && !parenthesized(a));
        // "في حين تقصف سوريا واليمن وتحتل فلسطين": a subject after a subordinator belongs to that clause
        if (subject) for (let j = sFrom; j < subject.headToken; j++) if (LEADING_SUBORDINATORS.has(stripConj(norm[j]!).rest) || norm[j] === normalize('حين')) return null;
        // a demonym adjective alone qualifies a noun that is no actor ("ودفع الهجوم التركي ...")
        if (!subject || !agrees(tr, subject) || (subject.kind === 'demonym' && subject.token === subject.headToken && subject.token === subject.endToken)) return null;
        // a person agrees with the verb's gender (ترامب ... وطالب، الوزيرة ... وطالبت)
        if (subject.entity.type === 'PER' && (gender === 'f') !== femininePerson(subject)) return null;
        // a body named by a feminine head noun (قمة مجموعة السبع، منظمة) takes a feminine verb: "وشن" is someone else's
        if (subject.entity.type !== 'PER' && subject.entity.type !== 'LOC' && gender === 'm' && /ه$/.test(stripConj(norm[subject.token]!).rest)) return null;
        let verbBefore = false;
        for (let j = sFrom; j < tr.token; j++) {
          const x = stripConj(norm[j]!).rest;
          // another clause opens between (a complementizer, a relative): its subject may be the verb's; not the subject's own
          // pronoun clause (events53: "وأعلنت مصر أنها ستقدم مساعدات للعراق وستدعم الأردن")
          if (j > subject.endToken && (COMPLEMENTIZERS.has(x) || PRONOUN_COMPLEMENTIZERS.has(x) || RELATIVES.has(x)) && !subjectPronounClause(subject, j, tr, gender)) return null;
          if (j !== tr.token && (info[j]!.verb || triggerVerbAt[j] || REPORTING.has(x)) && !inActor[j]) verbBefore = true;
          // "قوافل لفصائل تدعمها إيران وتقاتل ...": an actor right after another verb between is that verb's subject,
          // and the verb joined after it may be its
          if (j > subject.endToken && (info[j]!.verb || triggerVerbAt[j]) && !info[j]!.nouns && !triggerNounAt[j] && !inActor[j] && actorStartingAt(j + 1)?.prep === '') return null;
          // a quotation opens between: the verb is the quoted speaker's clause
          if (j > subject.endToken && tokens[j]!.kind === 'punct' && /["«»“”]/.test(tokens[j]!.text)) return null;
        }
        // "يدعو السوريين إلى العودة ويهدد ...": a verb joined after one that governs a requested act stays with that verb's
        // reading (its modality would be the complement's)
        for (const t of triggers) if (t.isVerb && t.token > subject.endToken && t.token < tr.token && t.entry.complement) return null;
        if (!verbBefore) return null;
        const next = after.find((a) => a.headToken - tr.endToken <= 2 && a.prep === '');
        // a demonym alone after the verb qualifies a noun between ("وهاتف سامسونغ الكورية"): no object either
        if (next && (next.entity.type === 'PER' || !tr.entry.targetSpecs.has('direct') || next.entity.id === subject.entity.id || (next.kind === 'demonym' && next.token === next.endToken))) return null;
        // an object is followed by the verb's complement (طالبت الولايات المتحدة بسحب، دعت إيران إلى): an actor followed by
        // a noun is a new subject with its own object ("كما اعتقلت ألمانيا دبلوماسيا إيرانيا")
        if (next) {
          let j = next.endToken + 1;
          while (j < tokens.length && sentenceOf[j] === sent && tokens[j]!.kind === 'arabic' && (SUBJECT_GAP_WORDS.has(info[j]!.rest) || inTime[j])) j++;
          if (j < tokens.length && sentenceOf[j] === sent && tokens[j]!.kind === 'arabic' && !PREPOSITIONS.has(norm[j]!) && !/^[بل]/.test(info[j]!.rest)) return null;
        }
        // a noun that is no actor right after the verb may be a new subject ("وتوجه جزء كبير منهم"): only an actor, a
        // preposition or an adverb may follow
        const k = tr.endToken + 1;
        if (!next && k < tokens.length && sentenceOf[k] === sent && tokens[k]!.kind === 'arabic' && !inActor[k] && !PREPOSITIONS.has(norm[k]!) && !/^[بل]/.test(info[k]!.rest) && !SUBJECT_GAP_WORDS.has(info[k]!.rest)) return null;
        return subject;
      }

      /**
       * (events53) "وأعلنت مصر أنها ستقدم مساعدات للعراق وستدعم الأردن"، "وأكد الوزير أنه سيزور بغداد وسيلتقي نظيره": أنه/أنها right
       * after the subject's clause (no actor without a preposition between the subject and it), of the joined verb's gender, its
       * verb right after it, and no other complementizer or relative before the joined verb: the pronoun is the subject, and the
       * verb joined later in that clause continues it.
       */
      function subjectPronounClause(subject: ActorMention, j: number, tr: Trigger, gender: 'm' | 'f'): boolean {
        if (PRONOUN_COMPLEMENTIZERS.get(stripConj(norm[j]!).rest) !== gender) return false;
        const v = j + 1;
        if (v >= tr.token || !(info[v]!.verb || triggerVerbAt[v] || lex.controlVerbs.has(info[v]!.rest.replace(/^س(?=[يتن])/, '')))) return false;
        for (const a of actors) if (a.headToken > subject.endToken && a.endToken < j && (a.prep === '' || a.prep === 'و-')) return false;
        for (let k = v; k < tr.token; k++) {
          const x = stripConj(norm[k]!).rest;
          if (COMPLEMENTIZERS.has(x) || PRONOUN_COMPLEMENTIZERS.has(x) || RELATIVES.has(x)) return false;
        }
        return true;
      }

      /**
       * (events53) "وتضغط الإدارة الأمريكية على الأمم المتحدة في الوقت الذي تهدد فيه بالانسحاب": a relative clause on a time
       * word (grammar timeRelativeHeads: الوقت، اليوم ...) whose verb has a resumptive pronoun (فيه) and no subject after it
       * continues the subject of the clause it hangs on: the nearest actor before it that opens a clause (near the
       * sentence's start, or right after إن/أن), without a preposition, agreeing with the verb.
       */
      function timeRelativeSubject(tr: Trigger, rel: number, before: ActorMention[], plain: (a: ActorMention) => boolean, isLocative: (a: ActorMention) => boolean): ActorMention | null {
        if (rel < 2 || !TIME_RELATIVE_HEADS.has(stripConj(norm[rel - 1]!).rest.replace(/^[بل]/, ''))) return null;
        // a definite noun that is no actor right after the pronoun is the verb's own subject ("يحتج فيه الشارع الأردني")
        const k = tr.token + 2;
        if (k < tokens.length && sentenceOf[k] === sentenceOf[tr.token] && tokens[k]!.kind === 'arabic' && !inActor[k] && /^(ال|لل)/.test(info[k]!.rest)) return null;
        const gender = verbGender(norm[tr.token]!);
        if (gender !== 'm' && gender !== 'f') return null;
        const [sFrom] = sentenceTokens[sentenceOf[tr.token]!]!;
        const subject = before.find((a) => a.endToken < rel - 1 && plain(a) && !isLocative(a) && !parenthesized(a) && (a.headToken - sFrom <= 4 || COMPLEMENTIZERS.has(a.prep) || afterComplementizer(a.headToken)));
        if (!subject || !agrees(tr, subject) || (subject.kind === 'demonym' && subject.token === subject.headToken && subject.token === subject.endToken)) return null;
        if (subject.entity.type === 'PER' && (gender === 'f') !== femininePerson(subject)) return null;
        if ((subject.entity.type !== 'PER' && subject.entity.type !== 'LOC' || subject.kind === 'demonym') && gender === 'm' && /ه$/.test(stripConj(norm[subject.token]!).rest)) return null;
        // a subordinate clause opened before the subject is not the clause the time word hangs on
        for (let j = sFrom; j < subject.headToken; j++) if (LEADING_SUBORDINATORS.has(stripConj(norm[j]!).rest)) return null;
        return subject;
      }

      /**
       * (events53) "وزار الرئيس المصري أنقرة، وأعلن فرض عقوبات على العراق"، "واجتمع الوزير بنظيره ثم قرر قطع العلاقات": a
       * verbal noun taken by a verb that is no event itself (أعلن، قرر، بدأ ...) right before it, that verb joined by و/ف (or
       * after كما، ثم) to an earlier clause of the sentence and with no subject of its own: the noun's doer is the subject
       * the verb carries, the sentence's first actor without a preposition (as carriedSubject takes it for an event verb),
       * when the verb agrees with it and no complementizer, relative pronoun or quotation opens another clause between.
       */
      function governorCarriedSubject(tr: Trigger, before: ActorMention[], plain: (a: ActorMention) => boolean, isLocative: (a: ActorMention) => boolean): ActorMention | null {
        // a time word or an opening quotation mark may stand between ("وأعلن الأسبوع الماضي "حظرا تاما" على ...")
        let g = skipAsideBack(tr.token) - 1;
        while (g > 0 && tr.token - g <= 4 && (inTime[g] || (tokens[g]!.kind === 'punct' && /^["«“]$/.test(tokens[g]!.text)))) g--;
        if (g < 1 || sentenceOf[g] !== sentenceOf[tr.token] || tokens[g]!.kind !== 'arabic' || inActor[g] || triggerVerbAt[g] || triggerNounAt[g]) return null;
        const w = norm[g]!;
        if (info[g]!.nouns) return null;
        // a verb of the lexicon or a control verb (أعلن، قرر، بدأ، قام): joined by و/ف, or after كما/ثم, or after a joined
        // negation ("ولن يطبق"); a verb whose first letter is و/ف (وجه، فرض) is no conjunction
        const isVerb = (x: string) => lex.verbForms.has(x) || lex.controlVerbs.has(x) || lex.controlVerbs.has(x.replace(/^س(?=[يتن])/, ''));
        const { conj, rest } = stripConj(w);
        const joined = conj !== '' && !isVerb(w) ? isVerb(rest) : isVerb(w) && (CLAUSE_JOINERS.has(norm[g - 1]!) || (NOT_WORDS.has(stripConj(norm[g - 1]!).rest) && /^[وف]/.test(norm[g - 1]!)));
        if (!joined) return null;
        // a verb with an object pronoun has its subject after it; one with no person suffix is masculine singular
        if (/(ته|تها|تهم|تهما|وه|وها|وهم)$/.test(stripConj(w).rest)) return null;
        const gender = verbGender(w) ?? 'm';
        if (gender !== 'm' && gender !== 'f') return null;
        const sent = sentenceOf[tr.token]!;
        const [sFrom] = sentenceTokens[sent]!;
        const subject = before.slice().reverse().find((a) => a.headToken - sFrom <= 4 && plain(a) && !isLocative(a) && !parenthesized(a));
        if (!subject || subject.endToken >= g) return null;
        for (let j = sFrom; j < subject.headToken; j++) if (LEADING_SUBORDINATORS.has(stripConj(norm[j]!).rest) || norm[j] === normalize('حين')) return null;
        if (subject.kind === 'demonym' && subject.token === subject.headToken && subject.token === subject.endToken) return null;
        if (subject.entity.type === 'PER' && (gender === 'f') !== femininePerson(subject)) return null;
        if (subject.entity.type === 'LOC' && subject.kind !== 'demonym' && subject.headToken === subject.token && gender === 'm' && !MASCULINE_STATES.has(stripConj(norm[subject.headToken]!).rest)) return null;
        // a body or a title named by a feminine head noun (الحكومة، وزيرة الخارجية الفرنسية) takes a feminine verb
        if ((subject.entity.type !== 'PER' && subject.entity.type !== 'LOC' || subject.kind === 'demonym') && gender === 'm' && /ه$/.test(stripConj(norm[subject.token]!).rest)) return null;
        let verbBefore = false;
        for (let j = sFrom; j < g; j++) {
          const x = stripConj(norm[j]!).rest;
          if (j > subject.endToken && (COMPLEMENTIZERS.has(x) || PRONOUN_COMPLEMENTIZERS.has(x) || RELATIVES.has(x))) return null;
          if (j > subject.endToken && tokens[j]!.kind === 'punct' && /["«»“”]/.test(tokens[j]!.text)) return null;
          if ((info[j]!.verb || triggerVerbAt[j] || REPORTING.has(x)) && !inActor[j]) verbBefore = true;
          // another verb between with its own subject after it: the joined verb may continue that one
          if (j > subject.endToken && (info[j]!.verb || triggerVerbAt[j]) && !info[j]!.nouns && !triggerNounAt[j] && !inActor[j] && actorStartingAt(j + 1)?.prep === '') return null;
        }
        return verbBefore ? subject : null;
      }

      /**
       * events22: "ويؤكد نتانياهو أن الاتفاق لن يمنع إيران ... بل يساعدها"، "أعلنت الوزارة أن الضربات الغربية لم تستهدف":
       * a reported clause whose subject is a noun of its own (no actor, no pronoun of the speaker's: أنه، مقاتلاته) has
       * that noun as the doer of its verbs, so the speaker before the complementizer is none of them. Returns the
       * complementizer's token, or -1 when the verb at t stands in no such clause.
       */
      function nounSubjectClause(t: number): number {
        const [sFrom] = sentenceTokens[sentenceOf[t]!]!;
        // "قال ترامب إن الصواريخ قادمة، وانتقد موسكو": a verb joined after a comma goes on with the reporter
        if (t > 0 && conjoinedVerb(t) && isComma(t - 1)) return -1;
        for (let j = t - 1; j >= sFrom && t - j <= 12; j--) {
          if (tokens[j]!.kind !== 'arabic') continue;
          const w = stripConj(norm[j]!).rest;
          if (RELATIVES.has(w) || PRONOUN_COMPLEMENTIZERS.has(w) || /^(ل|ب)?[اإأ]?ن(ه|ها|هم|هما|نا)$/.test(w) || /^(و)?لكن(ه|ها|هم|هما|نا)$/.test(norm[j]!)) return -1;
          // another clause opens between ("وبعدما انتقد"، "عندما")
          if (LEADING_SUBORDINATORS.has(w) || LEADING_SUBORDINATORS.has(norm[j]!) || (CLAUSE_OPENERS.has(w) && !COMPLEMENTIZERS.has(w))) return -1;
          if (!COMPLEMENTIZERS.has(w)) continue;
          const k = j + 1;
          const otherParty = k < t && tokens[k]!.kind === 'arabic' && CLAUSE_SUBJECT_NOUNS.has(stripConj(norm[k]!).rest);
          if (k >= t || tokens[k]!.kind !== 'arabic' || inActor[k] || info[k]!.verb || triggerVerbAt[k] || (info[k]!.head && !otherParty)) return -1;
          const n = norm[k]!;
          // a noun with a pronoun (مقاتلاته، قواتها) is the speaker's own; a particle (لن، قد) leaves the subject unnamed
          // (events55) or an indefinite noun for another party (أن مسلحين هاجموا، إن متظاهرين اقتحموا): clauseSubjectNouns
          if (/(ه|ها|هم|هما)$/.test(n) || PRE_VERB_WORDS.has(n) || SUBJECT_GAP_WORDS.has(n) || PREPOSITIONS.has(n) || (!/^ال/.test(stripConj(n).rest) && !triggerNounAt[k] && !otherParty)) return -1;
          // the speaker's own state named by a common noun ("أكدت وزارة الخارجية أن البلاد ستنقل سفارتها")
          if (SELF_NOUNS.has(stripConj(n).rest)) return -1;
          // an event noun with its doer in the genitive ("بعد أن هجوم إسرائيل استهدف مطار التيفور"): that doer is the verb's
          if (triggerNounAt[k] && actorStartingAt(k + 1)?.prep === '') return -1;
          return j;
        }
        return -1;
      }

      /**
       * (events59) "انتقاد قرار الولايات المتحدة"، "رفض سياسات إيران": the actor right after a noun of deciding, planning or
       * stance (grammar ownedObjectNouns) that itself stands right after the verbal noun ending at `end` is that object's
       * owner. Returns it, or undefined.
       */
      function ownedObjectAt(end: number, after: ActorMention[]): ActorMention | undefined {
        const j = end + 1;
        if (j >= tokens.length || tokens[j]!.kind !== 'arabic' || inActor[j] || info[j]!.verb) return undefined;
        const w = stripConj(norm[j]!).rest;
        if (!OWNED_OBJECT_NOUNS.has(w) && !OWNED_OBJECT_NOUNS.has(w.replace(/^[بل]/, ''))) return undefined;
        const a = after.find((x) => x.headToken === j + 1 || x.token === j + 1);
        return a && a.prep === '' && sentenceOf[a.headToken] === sentenceOf[end] ? a : undefined;
      }

      /**
       * (events62) A verb of killing (lexicon entries with weaponPassive: قتل; not استهدف or قصف, whose active form
       * names the weapon before the object: "استهدف بغارات جوية عشرات المواقع") followed at once (time words aside) by ب and an
       * indefinite weapon or strike noun
       * (instrumentAgents: "قتلوا السبت بغارات جوية شنها الطيران الروسي"، "قتل برصاص قناص") is passive even when no agent
       * phrase stands right after the weapon: an active verb names its object first ("قتلته بالرصاص"، "قتلت القوات مدنيين
       * بغارة"). Without it, the clause's speaker before a reported "أن" and the agent named further on ("شنها الطيران الروسي")
       * were read as doer and object. Not with an object pronoun on the verb, nor a definite weapon ("قتل بالرصاص فلسطينيا":
       * the weapon, then the object).
       */
      function instrumentRightAfter(tr: Trigger): boolean {
        if (!tr.entry.weaponPassive || tr.enclitic || tr.objectAt !== undefined || tr.endToken !== tr.token) return false;
        const end = sentenceTokens[sentenceOf[tr.token]!]![1];
        for (let j = tr.token + 1; j < end && j <= tr.token + 4; j++) {
          if (tokens[j]!.kind !== 'arabic') return false;
          if (inTime[j] || DAY_NAMES.has(norm[j]!) || SUBJECT_GAP_WORDS.has(norm[j]!)) continue;
          const w = info[j]!.rest;
          return w.startsWith('ب') && !w.startsWith('بال') && !inActor[j] && INSTRUMENT_AGENTS.some((x) => info[j]!.stems.has(x));
        }
        return false;
      }

      /**
       * (events62) A verb right after a relative pronoun with no resumptive pronoun takes its head as subject (روسيا التي
       * تساند قوات الأسد); but when an actor stands right after the verb and a second one, of another state, right after
       * that one, both without a preposition, the clause is verb-subject-object and the head is resumed later or not at all:
       * "بلدة دوما التي تتهم واشنطن النظام السوري بشنه" is Washington's accusation, not Douma's. Verbs with a direct object
       * only; the first actor agrees with the verb and is no demonym (an adjective of the head: "القوات التي تدعم ...").
       */
      function relativeSubjectAndObject(tr: Trigger, head: ActorMention, subject: ActorMention | undefined, after: ActorMention[], plain: (a: ActorMention) => boolean, isLocative: (a: ActorMention) => boolean): boolean {
        if (!subject || !tr.entry.targetSpecs.has('direct') || subject.kind === 'demonym' || subject.prep !== '' || !agrees(tr, subject)) return false;
        if (subject.entity.id === head.entity.id || sameState(subject.entity, head.entity)) return false;
        const object = after.find((a) => a.headToken > subject.endToken);
        // (right after it: "التي تستهدف داعش شمال أفغانستان" names a place after the object, no second actor)
        return !!object && object.headToken === subject.endToken + 1 && object.prep === '' && plain(object) && !isLocative(object) && object.entity.id !== subject.entity.id && !sameState(object.entity, subject.entity);
      }

      /** (events55) The verb at t stands in a reported clause opened by an indefinite noun for another party (clauseSubjectNouns). */
      function otherPartyClause(t: number): boolean {
        const j = nounSubjectClause(t);
        return j >= 0 && CLAUSE_SUBJECT_NOUNS.has(stripConj(norm[j + 1]!).rest);
      }

      /** (events31) Request nouns read as "بناء على طلب" between organs of one state: their domestic dyad is kept. */
      const behestTokens = new Set<number>();
      function findArgs(tr: Trigger): Args {
        const sent = sentenceOf[tr.token]!;
        // An agent phrase in the clause ("قتل ثلاثة فلسطينيين برصاص القوات الإسرائيلية") makes an
        // undiacritized verb passive: the text gives no vowels, the agent tells.
        if (tr.isVerb && !tr.passive) {
          const clauseEnd = commaAfter(tr.endToken);
          // Not when a verbal noun stands between: the agent is that noun's ("أدانت مصر مقتل الفلسطينيين برصاص القوات").
          const nounBetween = (a: ActorMention) => { for (let j = tr.endToken + 1; j < a.headToken; j++) if (triggerNounAt[j]) return true; return false; };
          if (actorsIn(sent).some((a) => a.headToken > tr.endToken && a.headToken < clauseEnd && a.headToken - tr.endToken <= TARGET_WINDOW && isAgent(a) && ((!nounBetween(a) && !otherAgentPhrase(norm, a.headToken)) || chargeBeforeAgent(tr, a)))) return findArgs({ ...tr, passive: true });
          if (instrumentRightAfter(tr)) {
            // the one killed stands before the verb ("مدنيين قتلوا بقصف سوري وغارات روسية"): an actor after the weapon is its
            // user or a place, never the target
            const passive = findArgs({ ...tr, passive: true });
            return passive.target && passive.target.headToken > tr.endToken ? { ...passive, target: null, targetPrep: null } : passive;
          }
        }
        const inSent = actorsIn(sent);
        const after = inSent.filter((a) => a.headToken > tr.token);
        const before = inSent.filter((a) => a.endToken < tr.token).reverse();
        const entry = tr.entry;
        const isLocative = (a: ActorMention) => lex.locativePreps.has(a.prep) && a.entity.type === 'LOC' && !entry.targetSpecs.has(a.prep);
        // (events31) "اعتقلت الفتاة إثر ركلها جنديين إسرائيليين"، "حكم عليه لقتله الشاب": a word spelled as a past verb with
        // a pronoun, right after إثر، بعد، بسبب ... (masdarGovernors) or with the clitic ل/ب, is a verbal noun (no verb
        // follows these words without أن/ما): its pronoun is the doer and an actor right after it (conjoined nouns with the
        // same pronoun may stand between: "لصفعها وركلها جنديين") the object. Without such an object the older readings stay
        // (بعد طردهم منها من قبل القوات: the pronoun is the one expelled).
        if (tr.isVerb && tr.enclitic && !tr.passive && masdarReading(tr)) {
          // (integrator) the object may be a noun with its demonym ("ركلها جنديين إسرائيليين": the demonym stands for the
          // noun before it, one plain word right after the verbal noun or its conjoined fellows)
          const nounBefore = (a: ActorMention) => a.kind === 'demonym' && a.headToken === a.token && a.token - 1 > tr.endToken && tokens[a.token - 1]!.kind === 'arabic' && !inActor[a.token - 1];
          const obj = after.find((a) => a.headToken > tr.endToken && a.prep === '' && !isLocative(a) && (a.kind !== 'demonym' || a.headToken < a.token || nounBefore(a)) && conjoinedMasdarsOnly(tr.endToken, nounBefore(a) ? a.token - 1 : a.headToken));
          // an act done only by people (slapping, kicking) takes the nearest person of the sentence (التميمي ... في سجون إسرائيل، إثر ركلها)
          const person = obj && entry.peopleOnly ? before.find((a) => a.entity.type === 'PER' && a.prep === '' && !parenthesized(a)) : undefined;
          const ante = person ?? (obj ? antecedent(tr.token, tr.enclitic, new Set([obj.entity.id]), true) : null);
          if (obj && ante && ante.entity.id !== obj.entity.id && !sameState(ante.entity, obj.entity)) return { source: ante, target: obj, targetPrep: '', both: false };
        }
        // (events32) "قاطعت السعودية قطر لاتهامها بدعم الإرهاب"، "طردت بريطانيا دبلوماسيين روسا لاتهامهم بالتجسس": an
        // accusation noun (an entry whose verb names its object before ب) with a pronoun and the ل of cause, with ب + the
        // charge right after it, is passive: its pronoun is the one
        // accused, the clause's subject (the sentence's first actor without a preposition) the accuser. Not when the pronoun
        // stands for that subject ("رفضت قطر اتهامها بدعم الإرهاب": another accused it), nor when the subject is a person.
        if (!tr.isVerb && tr.enclitic && entry.objectBeforeB && tr.endToken === tr.token && accusedPronounAt(tr.token)) {
          const [sFrom] = sentenceTokens[sent]!;
          const subject = before.slice().reverse().find((a) => a.headToken - sFrom <= 3 && (a.prep === '' || a.prep === 'و-') && !isLocative(a) && !parenthesized(a));
          // the accused: the nearest actor of the sentence before it that the pronoun fits (her: not a man)
          const g = tr.enclitic;
          // (a demonym stands for a noun before it, صحفيا ألمانيا: any pronoun may fit it)
          const fitsPronoun = (a: ActorMention) => a.kind === 'demonym' || (g === 'm' ? a.entity.type !== 'LOC' : g === 'f' ? a.entity.type !== 'PER' || femininePerson(a) : true);
          const accused = before.find((a) => fitsPronoun(a) && !isLocative(a) && !parenthesized(a) && a.prep !== MIN);
          // Not a person as subject: "يتعرض عباس لحملة إسرائيلية بعد اتهامه"، "اتخذ ماكرون الإجراء بحق المنتج الأميركي إثر
          // اتهامه": a person is the one accused, or acts on one whom others accused.
          if (subject && subject.entity.type !== 'PER' && accused && accused.entity.id !== subject.entity.id && !sameState(accused.entity, subject.entity)) return { source: subject, target: accused, targetPrep: '', both: false };
        }
        // (events31) "أمرت المحكمة بحبس الناشط بناء على طلب النيابة": at whose request the clause's act is done; the
        // requester (the actor right after طلب, or after من) asked the clause's subject, when both are of one state (organs
        // of a state asking each other: a prosecutor and a court, a service and a court).
        if (!tr.isVerb && entry.plover === 'REQUEST' && behestAt(tr.endToken) === tr.token) {
          const requester = after.find((a) => a.headToken > tr.endToken && a.headToken - tr.endToken <= 2 && (a.prep === '' || a.prep === MIN));
          const from = clauseStart(tr.token, true);
          const addressee = requester && before.slice().reverse().find((a) => a.headToken >= from && a.prep === '' && !isLocative(a) && !parenthesized(a) && a.entity.type !== 'LOC');
          // (two organs of one kind share an entity: النيابة and المحكمة are both the state's JUD; the words differ)
          const sameMention = (x: ActorMention, y: ActorMention) => x.entity.id === y.entity.id && (x.kind !== 'organ' || stripConj(norm[x.token]!).rest.replace(/^[بل]?ال/, '') === stripConj(norm[y.token]!).rest.replace(/^[بل]?ال/, ''));
          if (requester && addressee && !sameMention(requester, addressee) && sameState(requester.entity, addressee.entity)) {
            behestTokens.add(tr.token);
            return { source: requester, target: addressee, targetPrep: '', both: false };
          }
          // (events38) Between states too: "عقد مجلس الأمن جلسة طارئة بطلب من بريطانيا" is Britain's request of the council
          // (the reading of طلب من as "asked of" made it the council's request of Britain).
          // A state's name (a LOC entity) may be that subject here: "أفرجت تركيا عن الصحفي بناء على طلب من ألمانيا".
          // The requester right after طلب (its genitive) or right after من: "رغبة طهران بطلب دعم بكين" is no behest.
          const adjacent = requester && (requester.headToken === tr.endToken + 1 || (requester.headToken === tr.endToken + 2 && stripConj(norm[tr.endToken + 1]!).rest === MIN));
          const addresseeAny = requester && adjacent && (addressee ?? before.slice().reverse().find((a) => a.headToken >= from && a.prep === '' && !isLocative(a) && !parenthesized(a)));
          if (requester && addresseeAny && !sameMention(requester, addresseeAny) && !sameState(requester.entity, addresseeAny.entity)) return { source: requester, target: addresseeAny, targetPrep: '', both: false };
          // With no addressee in the clause the requester asked someone unnamed: nothing, not the reversed reading.
          if (requester && adjacent) return { source: requester, target: null, targetPrep: null, both: false };
        }
        /** The object after ل that follows a genitive ending at `end`: the ل word within two words, the actor within three words of it. */
        const lObjectAfter = (end: number): ActorMention | undefined => {
          const clauseEnd = commaAfter(end);
          let l = -1;
          for (let j = end + 1; j < clauseEnd && j - end <= 2; j++) {
            if (tokens[j]!.kind === 'punct') continue;
            if (/^ل/.test(info[j]!.rest) && !info[j]!.verb && !NOT_L_OBJECT.has(info[j]!.rest)) l = j;
            break;
          }
          if (l < 0) return undefined;
          // "إدانة الأمم المتحدة لها": ل with a pronoun is the object, resolved like any pronoun (not to the doer).
          const pronoun = L_PRONOUNS.get(info[l]!.rest);
          if (pronoun) {
            // The sentence's subject (its first actor without a preposition) first: "وأطلقت القوات الإسرائيلية الغاز
            // على المحتجين ... بعد إدانة الأمم المتحدة لها" (the forces, not the protesters named nearer).
            const doer = actors.find((a) => a.endToken === end);
            const [sFrom] = sentenceTokens[sentenceOf[l]!]!;
            const fits = (a: ActorMention) => (pronoun === 'm' ? a.entity.type !== 'LOC' : pronoun === 'f' ? a.entity.type !== 'PER' || femininePerson(a) : true);
            const subject = before.slice().reverse().find((a) => a.headToken - sFrom <= 3 && a.prep === '' && !parenthesized(a) && fits(a));
            if (subject && subject.entity.id !== doer?.entity.id) return subject;
            return antecedent(l, pronoun, new Set(doer ? [doer.entity.id] : []), false) ?? undefined;
          }
          return after.find((a) => a.headToken >= l && a.headToken < clauseEnd && wordsBetween(l - 1, a.headToken) <= 3 && (a.headToken === l ? a.prep === 'ل-' : a.prep === '') && !isLocative(a));
        };
        // "تتعرض الغوطة الشرقية لقصف مكثف من القوات الحكومية": what undergoes (the subject of تعرض) is the target,
        // the actor after من the source.
        if (!tr.isVerb && (/^ل/.test(info[tr.token]!.rest) || (tr.token > 0 && norm[tr.token - 1] === ILA))) {
          const from = clauseStart(tr.token, true);
          for (let k = tr.token - 1; k >= from && k >= tr.token - 6; k--) {
            if (!UNDERGO.has(stripConj(norm[k]!).rest)) continue;
            const clauseEnd = commaAfter(tr.endToken);
            // "تعرضت سفينة تركية لهجوم إسرائيلي": without من, a demonym adjective right after the noun (one adjective of
            // manner may come first: لقصف جوي روسي) is the doer, as it is for the noun anywhere else.
            const adjectiveAt = tr.endToken + 1 + (!tr.enclitic && mannerBefore(tr.endToken + 2) ? 1 : 0);
            const adjective = tr.enclitic ? undefined : after.find((a) => a.headToken === adjectiveAt && a.kind === 'demonym' && a.prep === '' && a.headToken === a.token && !oblique(a));
            // (events39) or the agent of من قبل / على يد ("تعرضت دوما لهجمات من قبل القوات الروسية"، "لهجوم من قبل متظاهرين
            // ليبيين": the agent's demonym), a few words further.
            const src = after.find((a) => a.headToken < clauseEnd && ((a.prep === 'من' && wordsBetween(tr.endToken, a.headToken) <= 3) || (a.prep !== 'من' && isAgent(a) && wordsBetween(tr.endToken, a.headToken) <= 5))) ?? adjective;
            const tgt = inSent.find((a) => a.headToken > k && a.endToken < tr.token && !isLocative(a)) ?? before.find((a) => a.endToken < k && k - a.endToken <= 2 && a.prep === '');
            return { source: src ?? null, target: tgt && tgt.entity.id !== src?.entity.id ? tgt : null, targetPrep: '', both: false };
          }
        }
        const plain = (a: ActorMention) => a.prep === '' || (a.prep === 'و-' && !conjoinedUnderPrep(a)) || COMPLEMENTIZERS.has(a.prep);
        // "تلقت الحكومة اللبنانية دعما ماليا من قطر": what one receives from X was done by X to the receiver.
        if (!tr.isVerb && !tr.enclitic) {
          const received = receivedFrom(tr, inSent, before, plain);
          if (received) return received;
        }

        if (!tr.isVerb && entry.reciprocal) {
          const brought = broughtTogether(tr, after) ?? demonymPair(tr);
          if (brought) return brought;
        }
        // بين X وY: both sides of a mutual act (a mediator's بين names its targets, found below).
        for (let j = tr.endToken + 1; entry.reciprocal && j <= Math.min(tr.endToken + 4, sentenceTokens[sent]![1] - 1); j++) {
          if (info[j]!.rest !== BETWEEN && norm[j] !== BETWEEN) continue;
          // A place after في (اللقاء بينه وبين بوتن في هلسنكي) is where they met, not a side.
          // ("مسؤولين في كوريا الشمالية وآخرين في السويد": officials in a state stand for it.)
          const officialsIn = (a: ActorMention) => a.headToken >= 2 && (DELEGATION.has(stripConj(norm[a.headToken - 2]!).rest) || OTHERS.has(stripConj(norm[a.headToken - 2]!).rest));
          const pair = after.filter((a) => a.headToken > j && a.headToken <= j + 8 && !(a.prep === FI && a.entity.type === 'LOC' && a.kind !== 'demonym' && !officialsIn(a)));
          const x = pair[0];
          // "اتفاق بين ليبيا ومصر وتونس": every party of a chain of three or more is a side (all pairs, emitted below)
          const chain = x ? conjoinedChain(x, null) : [];
          if (x && chain.length >= 2) return { source: x, target: chain[0]!, targetPrep: 'بين', both: true, coTargets: chain.slice(1) };
          // (events24) Not one after من or ب: "بين الحوثيين، والمقاومة اليمنية، بإسناد من القوات الإماراتية" pairs the
          // Houthis with the Yemeni resistance, not with who backs it.
          const partner = pair.filter((a) => a.prep !== MIN && a.prep !== 'ب-');
          const y = partner.find((a) => x && a.entity.id !== x.entity.id && !sameState(a.entity, x.entity)) ?? partner.find((a) => x && a.entity.id !== x.entity.id);
          if (x && y) return { source: x, target: y, targetPrep: 'بين', both: true };
        }

        let source: ActorMention | null = null;
        let sourceFromAfter = false;
        let carried: ActorMention | null = null;
        let relDoerFound = false;
        /** (events59) The owner of a decision or stance that is the verbal noun's object (ownedObjectAt): its target. */
        let ownedTarget: ActorMention | undefined;
        // both sides: "أجرى الجانبان", a dual verb without a named subject
        const nextWord = tr.token + 1 < tokens.length ? info[tr.token + 1]!.rest : '';
        // "دعا الطرفين الأمريكي والكوري الشمالي": the oblique dual (ـين) after a one-way verb is its object, the two
        // sides named after it its targets; the nominative (بحث الجانبان) is the subject.
        const bothWord = (lex.bothSides.has(nextWord) || lex.bothSides.has(norm[tr.token + 1] ?? '')) && !(tr.isVerb && !entry.reciprocal && nextWord.endsWith('ين'));
        // "تركيا التي كانت تدعم"، "الذي كان قد هدد": an auxiliary (كان، قد) may stand between the pronoun and its verb.
        let rel = tr.token - 1;
        while (rel > 0 && tr.token - rel <= 2 && AUXILIARIES.has(stripConj(norm[rel]!).rest)) rel--;
        // (events38) Not when the head is the pattern's object word before the verb (الصواريخ التي أطلقها الحوثيون): the
        // verb's subject follows as in a plain clause.
        const relative = tr.isVerb && !tr.passive && tr.objectAt === undefined && rel >= 0 ? RELATIVES.get(stripConj(norm[rel]!).rest) : undefined;
        // (events45) "في الوقت الذي تهدد فيه فرنسا بفرض عقوبات"، "الحالة التي ستخفف فيها واشنطن العقوبات": a preposition
        // with a pronoun right after the verb of a relative clause (grammar resumptivePreps) resumes the head, which is
        // then no subject of the verb: an actor after it that agrees with the verb is (a pattern verb too).
        // Not when an actor stands right before the pronoun ("تصريحات ... ماي، التي اتهمت فيها موسكو": the subject may be
        // that actor, dropped, and the actor after the pronoun the object).
        const resumptive = tr.isVerb && !tr.passive && !tr.enclitic && rel >= 1 && RELATIVES.has(stripConj(norm[rel]!).rest) && !actorEndingAt[rel - 1] && !(rel >= 2 && isComma(rel - 1) && actorEndingAt[rel - 2]) && tr.token + 1 < tokens.length && sentenceOf[tr.token + 1] === sent && (RESUMPTIVE_PREPS.has(norm[tr.token + 1]!) || RESUMPTIVE_PREPS.has(stripConj(norm[tr.token + 1]!).rest));
        // Not people after a bare past form of an attack verb: unvowelled it is as often passive ("العملية التي قتل فيها بن
        // لادن"، "اليوم الذي قتل فيه الصحافيون الأفغان"); a force or a group is the doer ("التي أعدم منها داعش العشرات").
        const barePastAttack = entry.plover === 'ASSAULT' && pastBasesOf(entry).has(stripConj(norm[tr.token]!).rest);
        const resumedSubject = resumptive ? after.find((a) => a.headToken > tr.token + 1 && a.headToken - tr.token - 1 <= VSO_WINDOW && plain(a) && !isLocative(a) && !oblique(a) && agrees(tr, a) && subjectGap(tr.token + 1, a.headToken) && !(barePastAttack && (a.entity.type === 'PER' || a.kind === 'demonym' || a.kind === 'described'))) : undefined;
        if (resumedSubject && !relative) {
          source = resumedSubject;
          sourceFromAfter = true;
        } else if (relative) {
          // A verb right after a relative pronoun: its head (the noun before the pronoun) is the object
          // when a pronoun of the head's gender resumes it ("الرهائن الذين خطفهم"), else the subject
          // ("الاعتداء الذي استهدفها": the attack, not an actor named before it, did the targeting).
          // "روسيا، التي تساند": a comma may stand between the head and the pronoun.
          const head = rel >= 1 ? actorEndingAt[rel - 1] ?? (rel >= 2 && isComma(rel - 1) ? actorEndingAt[rel - 2] : undefined) : undefined;
          const vsoAfter = after.find((a) => a.headToken - tr.token <= VSO_WINDOW && plain(a) && !isLocative(a) && !oblique(a) && subjectGap(tr.token, a.headToken));
          if (resumedSubject) {
            source = resumedSubject;
            sourceFromAfter = true;
          } else if (tr.enclitic === relative) {
            // "التي شنتها القوات الإسرائيلية": the subject follows; else it was dropped.
            const src = vsoAfter ?? antecedent(tr.token, verbGender(norm[tr.token]!), new Set(head ? [head.entity.id] : []), true);
            return { source: src, target: head && head.entity.id !== src?.entity.id ? head : null, targetPrep: '', both: false };
          }
          // Without a resumptive pronoun the head is the verb's subject (روسيا التي تساند قوات الأسد):
          // what follows is its object, and a head that is not an actor leaves the doer unnamed.
          else if (!head) {
            // (events53) "وتضغط واشنطن ... في الوقت الذي تهدد فيه بالانسحاب": after a time word (grammar timeRelativeHeads) the
            // relative clause's dropped subject is the clause's own subject.
            const subject = resumptive ? timeRelativeSubject(tr, rel, before, plain, isLocative) : null;
            if (!subject) return { source: null, target: null, targetPrep: null, both: false };
            source = subject;
          } else if (relativeSubjectAndObject(tr, head, vsoAfter, after, plain, isLocative)) {
            // (events62) "بلدة دوما التي تتهم واشنطن النظام السوري بشنه": subject and object both follow the verb
            source = vsoAfter!;
            sourceFromAfter = true;
          } else {
            source = head;
            // "كوشنير وغرينبلات اللذان توجها": a pair conjoined before a dual or plural pronoun; a conjunct the
            // knowledge base does not place gives way to the one before it.
            if (head.prep === 'و-' && !actorCode(head.entity)) {
              const first = actorEndingAt[head.headToken - 1];
              if (first && actorCode(first.entity)) source = first;
            }
          }
        }
        // (events48) "بإطلاق سراح ثلاثة أمريكيين يحتجزهم"، "عشرة عراقيين خطفهم مسلحون": a verb with a plural object pronoun
        // right after an indefinite plural actor in the oblique (ـين: no subject) opens a relative clause on it without a
        // pronoun word: the actor is the object the pronoun resumes; the subject follows the verb or was dropped.
        const indefiniteHead = !source && !relative && tr.isVerb && !tr.passive && tr.enclitic === 'p' && tr.token > 0 ? actorEndingAt[tr.token - 1] : undefined;
        // Not a verb joined by و/ف ("أفرجت عن 3 سجناء أميركيين وسلمتهم": a second verb of the clause's subject).
        if (indefiniteHead && oblique(indefiniteHead) && indefiniteHead.headToken === tr.token - 1 && !stripConj(norm[tr.token]!).conj && !/^(ال|لل|[وفبل]ال)/.test(norm[indefiniteHead.token]!) && sentenceOf[indefiniteHead.token] === sent) {
          const vsoAfter = after.find((a) => a.headToken - tr.token <= VSO_WINDOW && plain(a) && !isLocative(a) && !oblique(a) && subjectGap(tr.token, a.headToken));
          const src = vsoAfter ?? antecedent(tr.token, verbGender(norm[tr.token]!), new Set([indefiniteHead.entity.id]), true);
          return { source: src && !sameState(src.entity, indefiniteHead.entity) ? src : null, target: indefiniteHead, targetPrep: '', both: false };
        }
        if (source) {
          // the head of a relative clause
        } else if (tr.passive) {
          source = after.find(isAgent) ?? null;
          // (events38) "الصواريخ الحوثية التي أطلقت على"، "صواريخ الحوثيين التي أطلقت": the doer is the object head's
          // demonym or genitive, between the object word and the relative pronoun.
          if (!source && tr.objectAt !== undefined) source = before.find((a) => a.headToken > tr.objectAt! && a.endToken < tr.token - 1 && plain(a) && !isLocative(a)) ?? null;
        } else if (tr.isVerb) {
          const adjacentBefore = before.find((a) => tr.token - a.endToken <= 2 && !isLocative(a) && plain(a) && agrees(tr, a));
          const subordinated = adjacentBefore && (adjacentBefore.headToken === clauseStart(tr.token, true) || SUBORDINATORS.has(stripConj(norm[adjacentBefore.headToken - 1] ?? '').rest) || SUBORDINATORS.has(norm[adjacentBefore.headToken - 1] ?? ''));
          // The demonym of a clause-initial title phrase agrees with the noun it follows, not with the verb.
          const titledSubject = subordinated ? undefined : before.find((a) => tr.token - a.endToken === 1 && a.kind === 'demonym' && plain(a) && !isLocative(a) &&
            titlePhraseBefore(clauseStart(tr.token, true), a.headToken, (j) => !!info[j]!.head, (j) => tokens[j]!.kind === 'arabic' && !inActor[j] && !info[j]!.verb));
          // "هجوما انتحاريا استهدف قوات الحكومة"، "غارة استهدفت ...": a verb right after an indefinite event noun (and one
          // adjective) opens a relative clause on that noun, which is its subject: the actor after is the object.
          const onIndefinite = tr.token > 0 && (indefiniteNounAt[tr.token - 1] === 1 || (tr.token > 1 && indefiniteNounAt[tr.token - 2] === 1 && tokens[tr.token - 1]!.kind === 'arabic' && !/^(ال|و)/.test(norm[tr.token - 1]!) && !inActor[tr.token - 1] && !info[tr.token - 1]!.verb));
          const vso = onIndefinite ? undefined : after.find((a) => a.headToken - tr.token <= VSO_WINDOW && plain(a) && !isLocative(a) && !oblique(a) && agrees(tr, a) && !hasWordBetween(tr.token, a.headToken) && subjectGap(tr.token, a.headToken, a.kind === 'demonym')) ??
            (onIndefinite ? undefined : after.find((a) => a.headToken - tr.token <= VSO_WINDOW_APPOSITION && isComma(a.headToken - 1) && plain(a) && !isLocative(a) && !hasWordBetween(tr.token, a.headToken, true)) ??
            after.find((a) => a.headToken - tr.token <= VSO_WINDOW_TITLES && a.kind === 'demonym' && plain(a) && titlesOnly(tr.token, a.headToken)));
          // "زار فريق من منظمة حظر الأسلحة الكيميائية بريطانيا": a group noun as subject, the body it comes from after من.
          const partitive = (vso && actorCode(vso.entity)) || onIndefinite ? undefined : partitiveSubject(tr.endToken) ?? organOfPlace(tr.endToken);
          const pronounSubject = tr.token > 0 ? PRONOUN_COMPLEMENTIZERS.get(stripConj(norm[tr.token - 1]!).rest) : undefined;
          // (events27) "أن موسكو ودمشق تطالبان منظمة حظر الأسلحة"، "وكانت مصر والأردن قد أدانتا الهجوم": a dual verb right
          // after two actors joined by و (an auxiliary may stand between) has them as its subject; the first is the source
          // (the second joins it as a co-subject), not an actor after the verb.
          let dualPair: ActorMention | null = null;
          // Not for mutual acts (اتفقا، التقيا: both sides, below), not a word that is also an event noun (دعما: "support",
          // accusative), not a verb with an object pronoun ("يدعمانها": the second conjunct would be read as the object).
          if (tr.dual && !tr.passive && !entry.reciprocal && !info[tr.token]!.nouns && tr.enclitic === null) {
            let k = tr.token - 1;
            while (k > 0 && tr.token - k <= 2 && AUXILIARIES.has(stripConj(norm[k]!).rest)) k--;
            const y = actorEndingAt[k];
            const x = y && y.prep === 'و-' ? actorEndingAt[Math.min(y.token, y.headToken) - 1] : undefined;
            if (x && y && plain(x) && !isLocative(x) && sentenceOf[x.token] === sent && !sameState(x.entity, y.entity) && !parenthesized(x)) dualPair = x;
          }
          // "نحن نطالب إيران"، "قال إننا ندين": a first-person verb is the speaker's (the quote's speaker, or the
          // subject of the saying verb), never a third person named near it.
          const firstPerson = firstPersonPlural(tr.token);
          if (firstPerson) {
            source = speakerAt(tr);
            if (!source && tr.token > 0 && WE.has(stripConj(norm[tr.token - 1]!).rest)) {
              const [sFrom] = sentenceTokens[sent]!;
              source = before.slice().reverse().find((a) => a.headToken - sFrom <= 3 && plain(a) && !isLocative(a) && !parenthesized(a)) ?? null;
            }
          } else if (dualPair) {
            source = dualPair;
          } else if (adverbialAt(tr.token)) {
            // "وأعلن الوزير قطع العلاقات مع إيران، متهما إيران وحزب الله": a circumstantial participle's doer is the subject
            // of the clause it hangs on (the sentence's first actor without a preposition), else the quote's speaker; an
            // actor right before it is the one it describes ("ترامب متوعدا إيران"، "شكوى أودعتها قطر متهمة فيها الإمارات").
            const [sFrom] = sentenceTokens[sent]!;
            const described = actorEndingAt[tr.token - 1];
            source = described && plain(described) && !isLocative(described) ? described : before.slice().reverse().find((a) => a.headToken - sFrom <= 4 && plain(a) && !isLocative(a) && !parenthesized(a)) ?? speakerAt(tr) ?? null;
          } else if (pronounSubject) {
            // "وكرر ترامب انتقاده ... بعد مؤتمر نتنياهو، مؤكدا أنه يؤيد": the pronoun of أنه stands for the
            // sentence's subject (its first actor without a preposition, near its start), not for the nearest
            // name, which may be a genitive.
            const [sFrom] = sentenceTokens[sent]!;
            const fits = (a: ActorMention) => (pronounSubject === 'm' ? a.entity.type !== 'LOC' : a.entity.type !== 'PER' || femininePerson(a));
            source = before.slice().reverse().find((a) => a.headToken - sFrom <= 3 && plain(a) && !isLocative(a) && !parenthesized(a) && fits(a)) ?? antecedent(tr.token - 1, pronounSubject, new Set(), true);
          } else if (subordinated && adjacentBefore) source = adjacentBefore;
          else if ((carried = carriedSubject(tr, before, after, plain, isLocative))) source = carried;
          else if (titledSubject) source = titledSubject;
          else if (vso && !bothWord && !partitive) {
            source = vso;
            sourceFromAfter = true;
          } else if (partitive && !bothWord) {
            source = partitive;
            sourceFromAfter = true;
          } else if (!bothWord && !tr.dual) {
            const from = clauseStart(tr.token, false);
            // "احتجزت المخابرات الإسرائيلية فلسطينيين، وطلبت منهما": a verb joined by و to the clause before has that
            // clause's subject, not an actor standing before it (which an SVO subject never is with و between).
            source = before.find((a) => a.headToken >= from && tr.token - a.endToken <= SUBJECT_WINDOW && plain(a) && !isLocative(a) && agrees(tr, a)) ?? null;
            if (source && conjoinedVerb(tr.token)) source = objectsSubject(source, sent, (a) => agrees(tr, a)) ?? source;
            // events22: the speaker before a reported clause with a noun subject of its own is not its doer
            // (not for arrests and trials: "قالت الشرطة إن الرجل اعتقل" is the police's act, the verb read as passive)
            // (not for an arrest without an object after it, "قالت الشرطة إن الرجل اعتقل", read as passive; nor for a verb
            // with a pronoun and a noun right after it, its own subject: "بقنبلة أسقطتها طائرة")
            const nextWord = tr.endToken + 1 < tokens.length && sentenceOf[tr.endToken + 1] === sent && tokens[tr.endToken + 1]!.kind === 'arabic' ? tr.endToken + 1 : -1;
            const passiveArrest = entry.plover === 'COERCE' && !after.some((a) => a.headToken - tr.endToken <= 3 && a.prep === '');
            const subjectAfter = tr.enclitic !== null && nextWord >= 0 && !PREPOSITIONS.has(norm[nextWord]!) && !/^[بل]/.test(info[nextWord]!.rest);
            // (events55) an indefinite noun for another party as the clause's subject ("أن مسلحا احتجز سيدة") leaves no passive reading
            const reported = (passiveArrest && !otherPartyClause(tr.token)) || subjectAfter ? -1 : nounSubjectClause(tr.token);
            if (source && reported >= 0 && source.endToken < reported) source = null;
            // (events61) "طالب ممثل ادعاء تركيا بسجن ...": a title or body word right after the verb opens its subject, a
            // construct phrase whose genitive actor is the side (constructSubjectAfter); the target is then sought after it.
            if (!source && reported < 0 && !overtSubjectBefore(tr.token)) {
              const construct = constructSubjectAfter(tr, after, isLocative);
              if (construct) {
                source = construct;
                sourceFromAfter = true;
              }
            }
            // A dropped subject ("وطالب ..." after a sentence about the secretary-general) is the
            // subject carried from before: the antecedent of the verb's person, without a preposition.
            if (!source && reported < 0 && !overtSubjectBefore(tr.token) && !overtSubjectAfter(tr)) {
              const target0 = after.find((a) => a.headToken - tr.endToken <= DIRECT_WINDOW);
              source = antecedent(tr.token, verbGender(norm[tr.token]!), new Set(target0 ? [target0.entity.id] : []), true);
            }
          }
        } else if (entry.participle === 'passive') {
          // "الحوثيين المدعومة من إيران": the noun phrase before is the target, the actor after من the source.
          // (events26) Or by ب right after it: "قوات النظام مدعومة بميليشيات إيرانية".
          // (events38) Or by the entry's own preposition: "رهينة فرنسي محتجز لدى الحوثيين" (held-by: لدى).
          const src = after.find((a) => a.headToken - tr.endToken <= 3 && (a.prep === 'من' || entry.targetSpecs.has(a.prep) || (a.prep === 'ب-' && a.headToken === tr.endToken + 1)));
          // Not the backer of a backing phrase before it ("بإسناد من التحالف العربي وبدعم من الإمارات": the forces before both).
          const tgt = before.find((a) => tr.token - a.endToken <= 3 && !isLocative(a) && !(a.prep === 'من' && a.headToken >= 2 && backingWord(stripConj(norm[a.headToken - 2]!).rest, BACKING_NOUNS)));
          return { source: src ?? null, target: tgt ?? null, targetPrep: '', both: false };
        } else if (entry.participle === 'active' && !after.some((a) => a.headToken - tr.endToken <= 2 && a.prep === '')) {
          // "شكلت موسكو داعما لـ..", "إيران الداعم الرئيسي لـ..": the subject of the clause is the source.
          const from = clauseStart(tr.token, true);
          source = before.find((a) => a.headToken >= from && tr.token - a.endToken <= MODAL_WINDOW && plain(a) && !isLocative(a)) ?? null;
          // "وزار كيم بكين، الحليف التقليدي لكوريا الشمالية،": an apposition describes the actor right before its comma.
          if (!source && tr.token > 1 && isComma(tr.token - 1)) source = actorEndingAt[tr.token - 2] ?? null;
          if (!source) {
            const pron = tr.token > 0 ? info[tr.token - 1]!.rest : '';
            const g = /(ها)$/.test(pron) ? 'f' : /(ه)$/.test(pron) ? 'm' : null;
            if (g && /^(ان|لان|بان)/.test(pron)) source = antecedent(tr.token - 1, g, new Set(), true);
          }
        } else {
          // The genitive follows its noun directly ("زيارة الشرع"); "للشرع" after a visit noun is a genitive too.
          // A noun with a pronoun suffix (دعمها) has its genitive already.
          // A demonym two words on qualifies the noun between ("معارك الحدود اللبنانية السورية"), not this one.
          let genitive = tr.enclitic ? undefined : after.find((a) => a.headToken - tr.endToken <= 2 && a.prep === '' && !isLocative(a) && !(a.kind === 'demonym' && a.headToken === a.token && a.headToken > tr.endToken + 1 && !info[a.headToken - 1]!.head && !(a.described && heldHeads.has(a.headToken - 1))));
          // (events61) "مطالبة ممثل ادعاء تركيا بـ": a genitive opened by a title or body word is a construct phrase; its closing
          // actor, past the two words the genitive may stand from the noun, names whose the genitive is (constructSubjectAfter).
          if (!genitive && !tr.enclitic) genitive = constructSubjectAfter(tr, after, isLocative);
          // (events59) "انتقاد قرار الولايات المتحدة": an actor after the noun's object (a decision, plan or stance) owns that
          // object; it is no genitive doer of the noun, but its target when the entry takes a direct object.
          const owner = tr.enclitic ? undefined : ownedObjectAt(tr.endToken, after);
          if (owner && genitive === owner) {
            genitive = undefined;
            if (entry.targetSpecs.has('direct') && (entry.genitive ?? 'source') === 'source' && !entry.reciprocal) {
              ownedTarget = owner;
            }
          }
          // "دعما أمريكيا"، "هجوم تركي"، "غارات إسرائيلية": a demonym adjective right after the noun is its doer,
          // whatever role a genitive would have (دعم is "support of X" as target, but دعم أمريكي is American support).
          // One adjective of manner or arm may come first (هجوم عسكري روسي، الغارات الجوية الإسرائيلية), of the same
          // definiteness as the demonym, so that both qualify the noun.
          const adjectiveAt = tr.endToken + 1 + (!tr.enclitic && mannerBefore(tr.endToken + 2) ? 1 : 0);
          const adjective = tr.enclitic ? undefined : after.find((a) => a.headToken === adjectiveAt && a.kind === 'demonym' && a.prep === '' && a.headToken === a.token && !oblique(a));
          if (!genitive && adjective && adjectiveAt > tr.endToken + 1 && entry.genitive !== 'target') genitive = adjective;
          // (events36) "إغلاق القنصلية الروسية": a demonym after a pattern's object word (a mission) says whose the object is,
          // the target (entry field ownerAdjective), not who acts.
          const ownerAdjective = !!adjective && !!entry.ownerAdjective && tr.endToken > tr.token;
          if (adjective && entry.genitive === 'target' && !ownerAdjective) {
            source = adjective;
            sourceFromAfter = true;
            genitive = undefined;
          }
          // Only for visits: elsewhere ل names the one the act is for (تهنئة لأردوغان).
          if (!genitive && !tr.enclitic && entry.inverse && (entry.genitive ?? 'source') === 'source') {
            const clauseEnd = commaAfter(tr.endToken);
            genitive = after.find((a) => a.headToken < clauseEnd && a.prep === 'ل-' && a.entity.type === 'PER');
          }
          // "مقتل فلسطينيين برصاص القوات الإسرائيلية": a noun whose genitive is its target may name its doer by an agent phrase.
          const agent = genitive && (entry.genitive ?? 'source') === 'source' ? undefined : after.find((a) => a.headToken < commaAfter(tr.endToken) && isAgent(a) && a !== genitive);
          // "يعتزم الرئيس الفرنسي زيارة الجزائر"، "قرر الرئيس لقاء نظيره": under a verb of deciding or intending the
          // verb's subject is the doer and the genitive the object (under أعلن the genitive stays the doer: أعلنت
          // الرئاسة زيارة الرئيس الفرنسي).
          const controller = genitive && (entry.genitive ?? 'source') === 'source' && !tr.enclitic && entry.targetSpecs.has('direct') ? controllerAt(tr.token) : -1;
          if (genitive && controller >= 0 && !ANNOUNCE.test(info[controller]!.rest)) {
            const anchor = skipAsideBack(tr.token);
            const from = clauseStart(anchor, true);
            const subject = before.find((a) => a.headToken >= from && a.headToken > controller && a.endToken < anchor && plain(a) && !isLocative(a));
            if (subject && subject.entity.id !== genitive.entity.id && !sameState(subject.entity, genitive.entity)) return { source: subject, target: genitive, targetPrep: '', both: false };
          }
          // "الهجوم الذي شنته القوات التركية"، "هجوم نفذه مسلحون فلسطينيون": the relative clause names the doer.
          const relDoer = !genitive && !tr.enclitic && !tr.passive ? relativeDoerAfter(tr.endToken) : undefined;
          if (genitive && (entry.genitive ?? 'source') === 'source') {
            source = genitive;
            sourceFromAfter = true;
            // "تهديد تركيا للعراق"، "زيارة ترامب للقدس": the object of a verbal noun after its genitive doer comes with ل.
            const lObject = entry.reciprocal ? undefined : lObjectAfter(genitive.endToken);
            if (lObject && !sameState(lObject.entity, genitive.entity)) return { source: genitive, target: lObject, targetPrep: 'ل-', both: false };
          } else if (relDoer) {
            source = relDoer;
            sourceFromAfter = true;
            relDoerFound = true;
          } else if (agent) {
            // "إطلاق صاروخ من قبل الميليشيا": the agent phrase after a verbal noun names its doer.
            source = agent;
          } else if ((!adjective || ownerAdjective) && !tr.passive && ((/^[وف]?[بل]/.test(norm[tr.token]!) && !lex.nounForms.has(norm[tr.token]!)) || launchAt(tr.token - 1) || PREPOSITIONS.has(norm[tr.token - 1] ?? '') || DURING.has(norm[tr.token - 1] ?? '') || carriedAt(tr.token - 1) || controlledAt(tr.token) || vsoObjectAt(tr.token))) {
            // "تقوم إسرائيل باختطاف": a verbal noun after ب/ل completes a verb whose subject is its actor.
            // Not when that verb is an event itself ("احتجت فرنسا على اعتقال"): the noun is what it is about.
            // A time aside may stand between them ("وقرر الرئيس الأمريكي، الجمعة، فرض عقوبات").
            const anchor = skipAsideBack(tr.token);
            const from = clauseStart(anchor, true);
            source = before.find((a) => a.headToken >= from && anchor - a.endToken <= MODAL_WINDOW && a.endToken < anchor && plain(a) && !isLocative(a)) ?? null;
            if (source) for (let j = from; j < tr.token; j++) if (triggerVerbAt[j]) source = null;
            // "وانضمت واشنطن إلى حلفاء بريطانيا في طرد دبلوماسيين روس": who joins in an act does it.
            source = joinerOf(tr.token, from) ?? source;
            // "اتهمت السعودية إيران بتزويد الحوثيين بالصواريخ": the act one is charged with (ب + verbal noun after the
            // accused) is the accused's.
            if (!source && (/^[وف]?ب/.test(norm[tr.token]!) || launchAt(tr.token - 1))) source = accusedOf(tr, from) ?? null;
            // "وأضاف خلال اجتماع مع ...": an act in a time phrase (خلال، أثناء) of a reporting verb whose subject
            // was dropped is the speaker's: the verb's antecedent is its doer.
            const opener = clauseStart(tr.token, false);
            if (!source && DURING.has(norm[tr.token - 1] ?? '') && tr.token - opener <= 3 && REPORTING.has(stripConj(norm[opener]!).rest) && !actorsIn(sent).some((a) => a.headToken > opener && a.headToken < tr.token)) {
              source = antecedent(opener, verbGender(norm[opener]!), new Set(), true);
            }
            // "حررت قوات الجيش اليمني مناطق جديدة، عقب معارك عنيفة مع ميليشيا الحوثي": an act in a time phrase
            // (عقب، خلال) of a sentence whose subject comes first is that subject's.
            if (!source && DURING.has(norm[tr.token - 1] ?? '') && entry.reciprocal) {
              const [sFrom] = sentenceTokens[sent]!;
              const first = before.slice().reverse().find((a) => a.headToken - sFrom <= 3 && plain(a) && !isLocative(a) && !parenthesized(a));
              if (first && !before.some((a) => a !== first && a.headToken > first.endToken && plain(a) && a.entity.type !== 'LOC')) source = first;
            }
            if (!source && !adjective) source = governorCarriedSubject(tr, before, plain, isLocative);
          }
          // "قرار ترامب الانسحاب من الاتفاق"، "إعلان روسيا تسليم سوريا المنظومة": the genitive of a noun of deciding or
          // announcing is the doer of the verbal noun after it.
          if (!source && !tr.enclitic && !tr.passive && (!genitive || entry.genitive === 'target')) source = decisionDoerBefore(tr.token) ?? decisionPronounDoer(tr.token) ?? null;
          // (events26) "غارة للتحالف على صعدة"، "قصف لقوات النظام"، "هجوم للحوثيين على جازان": an indefinite act of force
          // followed by ل + a force is that force's act (ل of possession), not an act on it ("ضربة عسكرية لسوريا"); also
          // after تعرض ل, which makes the noun passive ("تعرضت المدينة لقصف لقوات النظام"). An act noun only (غارة، ضربة جوية): after
          // a verbal noun (توجيه ضربات جوية للقوات الإيرانية) ل names the target.
          if (!source && !genitive && !adjective && !tr.enclitic && (tr.endToken === tr.token || !!info[tr.token]!.nouns) && !entry.reciprocal && (entry.genitive ?? 'source') === 'source' && FORCE_ACT_TYPES.has(entry.plover) && !/^[وف]?[بلك]?ال/.test(norm[tr.token]!)) {
            source = forceDoerAfter(tr, after) ?? null;
          }
          if (!source && !genitive && !adjective && !tr.enclitic && !entry.reciprocal && (entry.genitive ?? 'source') === 'source' && FORCE_ACT_TYPES.has(entry.plover)) source = definiteForceDoer(tr, after) ?? null;
          // A pronoun suffix is the genitive: "دعمها للحوثيين", "زيارته إلى الصين", "اعتقاله".
          let sayAt = tr.token - 1;
          while (sayAt > 0 && tokens[sayAt]!.kind === 'punct' && /^["«“”»']$/.test(tokens[sayAt]!.text)) sayAt--;
          // "وزير خارجية إيران ينتقد ... الاتحاد الأوروبي قبل استقباله نظيره الفرنسي": in a time phrase (قبل، بعد، خلال ...)
          // the pronoun of the verbal noun is the clause's subject too, not the nearest actor.
          const timePhrase = !!tr.enclitic && sayAt > 0 && tokens[sayAt]!.kind === 'arabic' && (DURING.has(stripConj(norm[sayAt]!).rest) || stripConj(norm[sayAt]!).rest === QABL);
          if (!genitive && tr.enclitic && !source && (SAYING_PARTICIPLES.has(stripConj(norm[sayAt] ?? '').rest) || timePhrase)) {
            // "أعربت سوريا عن إدانتها ...، مؤكدة تضامنها مع إيران": after a participle of saying, the pronoun
            // is the sentence subject, the one who speaks.
            const [sFrom] = sentenceTokens[sent]!;
            // (A title before a demonym, وزير الخارجية المصري, is a person.)
            const fits = (a: ActorMention) => (tr.enclitic === 'm' ? a.entity.type !== 'LOC' || a.headToken < a.token : tr.enclitic === 'f' ? a.entity.type !== 'PER' || femininePerson(a) : true);
            const subjectOk = (a: ActorMention) => plain(a) && !isLocative(a) && !parenthesized(a) && fits(a);
            source = timePhrase
              // The nearest clause subject: at the sentence start or after إن/أن ("إن تنظيم الدولة خطف ... أثناء هجومه").
              ? before.find((a) => subjectOk(a) && (a.headToken - sFrom <= 3 || COMPLEMENTIZERS.has(a.prep) || afterComplementizer(a.headToken))) ?? null
              : before.slice().reverse().find((a) => a.headToken - sFrom <= 3 && subjectOk(a)) ?? null;
          }
          if (!genitive && tr.enclitic) {
            // "دعمها للحوثيين": with a ل target after it, the pronoun is the doer even of an object-genitive noun.
            const lTarget = after.some((a) => a.prep === 'ل-' && a.headToken < commaAfter(tr.endToken));
            const asTarget = entry.genitive === 'target' && !lTarget;
            const ante = antecedent(tr.token, tr.enclitic, new Set(), !asTarget);
            if (ante && asTarget) return { source, target: ante, targetPrep: '', both: false };
            if (ante && !source) source = ante;
          }
          if (genitive && entry.genitive === 'target') {
            // "دعم إيران للحوثيين"، "اعتقال تركيا للصحفيين الأمريكيين": a verbal noun's genitive followed by ل + its object
            // is the doer (Arabic puts the subject in the genitive and the object after ل), so the genitive is the
            // source and the ل phrase (an actor within three words of that ل) the target.
            const lObject = lObjectAfter(genitive.endToken);
            if (lObject && !sameState(lObject.entity, genitive.entity)) return { source: genitive, target: lObject, targetPrep: 'ل-', both: false };
            return { source, target: genitive, targetPrep: '', both: false };
          }
        }

        // (events29) "واتهم الطرفان الولايات المتحدة"، "وأدان الجانبان الهجوم الأمريكي"، "إن البلدين يرفضان العقوبات الأمريكية":
        // the both-sides word as the subject of a one-way act (after its verb, or before a dual verb) makes each of the two
        // sides a doer of the act; the target is then found as for any subject, and must be a third party.
        let bothPair: [ActorMention, ActorMention] | null = null;
        if (!entry.reciprocal && !tr.passive && tr.isVerb && (bothWord || bothSubjectBefore(tr))) {
          // "توعد الرئيسان الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون دمشق": sides named after the word, when not both
          // found as a pair, leave the act to the older readings (the two named before are not its doers then).
          const namedAfter = bothSidesNamedAfter(tr, after);
          const describedAfter = bothWord && after.some((a) => a.headToken === tr.token + 2 && a.kind === 'demonym');
          bothPair = namedAfter ?? (describedAfter ? null : bothSidesPair(tr.token, new Set()));
          if (bothPair) source = null;
        }
        // (events45) "والتقى الوزير التركي بنظيره الإيراني، وبحثا الأزمة السورية، واتفقا على ...": a dual mutual verb joined by
        // و, with no subject of its own after it, continues the pair of the mutual act coded last before it in its sentence.
        if (tr.isVerb && tr.dual && entry.reciprocal && !tr.passive && tr.enclitic === null && /^[وف]/.test(norm[tr.token]!) && !after.some((a) => a.headToken - tr.token <= VSO_WINDOW && a.prep === '' && subjectGap(tr.token, a.headToken))) {
          const last = [...emitted].reverse().find((e) => e.sent === sent && e.tr.token < tr.token && e.tr.entry.reciprocal);
          if (last) return { source: last.src, target: last.tgt, targetPrep: '', both: true };
        }
        // A dual verb without a named subject is "both sides" only for mutual acts: "ينبغي أن يعارضا الاجتماع"
        // (the two named before oppose something) is no rejection between the last two states named.
        if (!bothPair && ((bothWord && (entry.reciprocal || (entry.needTarget && !entry.oneWay))) || (tr.dual && !source && entry.reciprocal))) {
          // "بحث الجانبان الروسي والتركي": the two sides named right after the both-sides word.
          if (bothWord) {
            const xy = bothSidesNamedAfter(tr, after);
            if (xy) return { source: xy[0], target: xy[1], targetPrep: '', both: true };
          }
          const pair = bothSidesPair(tr.token, new Set());
          if (pair) return { source: pair[0], target: pair[1], targetPrep: '', both: true };
        }
        // "خلال قمتهما"، "لقائهما"، "محادثاتهما": a mutual act with a dual pronoun is between the two sides named before.
        if (!tr.isVerb && entry.reciprocal && tr.endToken === tr.token && /هما$/.test(info[tr.token]!.rest)) {
          const pair = bothSidesPair(tr.token, new Set());
          if (pair) return { source: pair[0], target: pair[1], targetPrep: '', both: true };
        }

        // target: first later actor whose preposition the entry accepts
        let target: ActorMention | null = null;
        let targetPrep: string | null = null;
        /** The target is a second subject conjoined to the first (التقى X وY): the sides of a mutual act. */
        let conjoinedSides = false;
        const coSubjects: ActorMention[] = [];
        let startAt = sourceFromAfter && source ? source.endToken : tr.token;
        if (tr.isVerb && sourceFromAfter && source) {
          // Appositions after the subject ("اتهم حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب الله،
          // دولا ..."): short comma-closed segments without a verb describe the subject, so their actors are
          // not targets, and a demonym there gives a subject of unknown country its state.
          let j = source.endToken + 1;
          // The subject's name may follow its title as a mention of its own (الرئيس المصري عبد الفتاح السيسي).
          for (let next = actors.find((a) => a.headToken === j && a.entity.id === source!.entity.id); next; next = actors.find((a) => a.headToken === j && a.entity.id === source!.entity.id)) {
            j = next.endToken + 1;
            startAt = Math.max(startAt, next.endToken);
          }
          // "مندوب روسيا لدى الأمم المتحدة، ..."، "سفير مصر في واشنطن، ...": the post's place belongs to the subject.
          {
            // "مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث": a name the knowledge base does not know may close it too.
            // (events32) "دعت السفارة الروسية في المملكة المتحدة الحكومة البريطانية إلى": a coded actor right after the post's
            // place is the verb's direct object (the place, after في, would otherwise hide it behind a preposition).
            const objectNext = (a: ActorMention) => {
              const o = actorStartingAt(a.endToken + 1);
              return !!o && o.prep === '' && o.entity.id !== a.entity.id && !!actorCode(o.entity) && entry.targetSpecs.has('direct');
            };
            const post = actors.find((a) => a.headToken === j + 1 && TITLE_PLACE_PREPS.has(norm[j]!) && (isComma(a.endToken + 1) || unknownNameAt(a.endToken + 1) || personAt(a.endToken + 1) || objectNext(a)));
            if (post && (source.entity.type !== 'LOC' || source.headToken < source.token)) {
              j = post.endToken + 1;
              startAt = Math.max(startAt, post.endToken);
              // "التقى المبعوث الأممي إلى اليمن مارتن غريفيث وزير الخارجية": the person named right after a title's post
              // is the title's holder, not the object.
              const holder = source.entity.type !== 'PER' ? actors.find((a) => a.headToken === j && a.entity.type === 'PER') : undefined;
              if (holder) {
                j = holder.endToken + 1;
                startAt = Math.max(startAt, holder.endToken);
              }
            }
          }
          // "التقى كوشنير ووزير خارجيته، الجمعة، نتنياهو": a conjoined co-subject that is not an actor
          // comes before the asides.
          if (j < sentenceTokens[sent]![1] && /^[وف]/.test(norm[j]!) && !inActor[j] && !info[j]!.verb) {
            let n = j;
            while (n < sentenceTokens[sent]![1] && n - j < 3 && !isComma(n) && !isBoundary(n) && !inActor[n] && !info[n]!.verb) n++;
            if (n < sentenceTokens[sent]![1] && isComma(n) && n > j) {
              startAt = n - 1;
              j = n;
            }
          }
          while (j < sentenceTokens[sent]![1] && isComma(j)) {
            let k = j + 1;
            while (k < sentenceTokens[sent]![1] && k - j <= 9 && !isComma(k) && !isBoundary(k) && !info[k]!.verb) k++;
            if (k - j > 9 || !isComma(k)) break;
            // An apposition opens with a title (وزير، رئيس) or a word of belonging; a lone day name is a time aside.
            const first = info[j + 1]!;
            // Only a spokesman's or member's apposition runs past six words (، المتحدث باسم رئيس السلطة الوطنية
            // الفلسطينية،): its genitive names whom he speaks for, not the verb's object. A longer segment opening with
            // another head noun is the object itself (، دولا عربية وعلى رأسها المملكة العربية السعودية،).
            if (k - j > 6 && !APPOSITION_OPENERS.has(first.rest)) break;
            // A time aside may be longer (مساء الاثنين), and a short place or occasion phrase without an actor
            // (، في مؤتمر صحفي،) is an aside too.
            let timeOnly = true;
            for (let q = j + 1; q < k; q++) if (!DAY_NAMES.has(info[q]!.rest) && !SUBJECT_GAP_WORDS.has(info[q]!.rest)) timeOnly = false;
            // (events42) Longer, and over the actors an occasion names as where or how it was said (، في قصر الحسينية،
            // ، في تغريدة على تويتر،): a place after في, an entity with no code, a platform. An actor of another kind (،
            // خلال اتصال مع نظيره الروسي،) may be the verb's other side, and keeps the aside from being skipped.
            const occasion = (ASIDE_PREPS.has(first.rest) || ASIDE_PREPS.has(norm[j + 1]!)) && !actorsIn(sent).some((a) => a.headToken > j && a.headToken < k && !asideWhere(a));
            // A person's name (، ديميتري بوليانسكي،) names the subject.
            const name = actors.some((a) => a.headToken === j + 1 && a.endToken < k && a.entity.type === 'PER') || (inActor[j + 1] === 0 && k - j <= 3 && tokens[j + 1]!.kind === 'arabic' && !info[j + 1]!.verb && !info[j + 1]!.nouns && !/^ال/.test(info[j + 1]!.rest) && !PREPOSITIONS.has(info[j + 1]!.rest) && source.entity.type !== 'LOC');
            if (!(first.head || APPOSITION_OPENERS.has(first.rest) || (k === j + 2 && DAY_NAMES.has(first.rest)) || timeOnly || occasion || name)) break;
            // "شكر الرئيس التركي، رجب طيب أردوغان، مساء الأربعاء، الشيخ تميم بن حمد، أمير قطر، على ...": a person of
            // another state describes no subject; that segment is the object.
            if (actorCode(source.entity) && actors.some((a) => a.headToken > j && a.endToken < k && a.entity.type === 'PER' && !!a.entity.country && !!source!.entity.country && a.entity.country !== source!.entity.country && a.entity.country !== 'IGO' && source!.entity.country !== 'IGO')) break;
            if (!source.entity.country && !source.entity.actor) {
              const demonym = after.find((a) => a.headToken > j && a.endToken < k && a.kind === 'demonym' && a.prep === '');
              if (demonym) source = demonym;
            }
            startAt = k;
            j = k;
          }
        }
        // A verbal noun's arguments stay in its clause, and only a preposition makes one its target.
        const targetEnd = tr.isVerb ? Infinity : commaAfter(tr.endToken);
        for (const a of after) {
          if (a.headToken <= startAt && !(tr.passive && a.headToken > tr.token)) continue;
          if (a.headToken >= targetEnd) break;
          if (!tr.isVerb && !tr.passive && (a.prep === '' || a.prep === 'و-')) {
            if (a === ownedTarget && (!source || (a.entity.id !== source.entity.id && !sameState(a.entity, source.entity)))) {
              target = a;
              targetPrep = '';
              break;
            }
            // "إدانته للهجمات الإسرائيلية": a noun's target may stand inside the phrase its preposition opens.
            // After a doer named by a relative clause (الدعم الذي تقدمه X وY حاليا "للمعتدي" السعودي) the window opens at
            // the doers' end.
            const nounFrom = relDoerFound && source ? Math.max(tr.endToken, source.endToken, ...conjoinedChain(source, null).map((x) => x.endToken)) : tr.endToken;
            const p = a.prep === '' && a.headToken - nounFrom <= TARGET_WINDOW ? prepBefore(a.headToken, nounFrom) : null;
            if (p && entry.targetSpecs.has(p)) {
              target = a;
              targetPrep = p;
              break;
            }
            // "لقاء ترامب الرئيس الروسي"، "زيارة ماكرون الجزائر": after its genitive doer, a verbal noun governs a direct
            // object like its verb, right after the doer.
            if (!tr.enclitic && source && sourceFromAfter && a.prep === '' && entry.targetSpecs.has('direct') && (entry.genitive ?? 'source') === 'source' && a.headToken > source.endToken && wordsBetween(source.endToken, a.headToken) === 0 && a.entity.id !== source.entity.id && !sameState(a.entity, source.entity) && !isComma(a.headToken - 1)) {
              target = a;
              targetPrep = '';
              break;
            }
            // "خلال لقائه وزير الخارجية الأمريكي": a verbal noun whose doer is its pronoun governs a direct object
            // like its verb, right after it.
            // "أكدت رفضها التدخل التركي": the object may be an act whose demonym names its doer.
            const actObject = a.kind === 'demonym' && a.headToken === a.token && a.headToken - tr.endToken === 2 && tokens[a.headToken - 1]!.kind === 'arabic' && /^ال/.test(norm[a.headToken - 1]!) && !inActor[a.headToken - 1] && !info[a.headToken - 1]!.verb;
            if (tr.enclitic && a.prep === '' && entry.targetSpecs.has('direct') && ((wordsBetween(tr.endToken, a.headToken) === 0 && (a.kind !== 'demonym' || a.headToken < a.token)) || actObject) && (!source || a.entity.id !== source.entity.id)) {
              // "كان في استقباله نظيره": the idiom names the host after the noun; the pronoun is the guest.
              if (source && tr.token >= 2 && norm[tr.token - 1] === FI && AUXILIARIES.has(stripConj(norm[tr.token - 2]!).rest)) {
                target = source;
                source = a;
              } else target = a;
              targetPrep = '';
              break;
            }
            continue;
          }
          if (a.headToken - Math.max(tr.endToken, startAt) > TARGET_WINDOW) break;
          if (source && a.entity.id === source.entity.id) continue;
          if (source && sourceFromAfter && a === source) continue;
          // "طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش": the name right after a verb-first subject is that subject.
          if (source && sourceFromAfter && a.entity.type === 'PER' && a.kind !== 'title' && a.headToken === a.token && source.entity.type !== 'PER' && a.headToken === source.endToken + 1 && a.prep === '') continue;
          // An actor the knowledge base does not place cannot be a coded side; look further.
          if (!actorCode(a.entity)) continue;
          // "هددت إيران بإغلاق مضيق هرمز أمام السفن الأمريكية": outside force, a place of the source's own state is where
          // or what, never the other side; look further.
          if (source && a.entity.type === 'LOC' && a.kind !== 'demonym' && !FORCE_TYPES.has(entry.plover) && sameState(a.entity, source.entity)) continue;
          // "ندد الأردن بالغارات الإسرائيلية": the demonym after ب + an instrument noun reads as an agent phrase ("by
          // Israeli strikes"), but after a verb that takes ب it is what the verb is about, and its doer the target.
          if (a.prep === 'من قبل' && tr.isVerb && !tr.passive && entry.targetSpecs.has('ب-') && a.headToken > 0 && /^ب/.test(info[a.headToken - 1]!.rest) && (a.headToken - 2 <= tr.endToken || inActor[a.headToken - 2] || inTime[a.headToken - 2])) {
            target = a;
            targetPrep = 'ب-';
            break;
          }
          // (events61) "واتهمت فرنسا في مجلس الأمن تركيا بـ": a closed adjunct phrase (في/أمام/لدى + an actor) between the
          // subject and the object is no preposition over the object (adjunctBefore).
          const adjunctEnd = tr.isVerb && !tr.passive ? adjunctBefore(a, Math.max(startAt, tr.endToken)) : -1;
          const prep = a.prep === 'و-' || adjunctEnd >= 0 ? '' : a.prep;
          // "دولا عربية وعلى رأسها السعودية": the actor heading a group named as the object is the object.
          const headedBy = a.headToken >= 2 && HEADED_BY.has(norm[a.headToken - 1]!) && info[a.headToken - 2]!.rest === normalize('على') ? 2 : 0;
          // A direct object is not inside a prepositional phrase ("حذر تقرير من انتهاج روسيا": Russia is not warned).
          // (events39) "اتهمت السعودية كلا من إيران وقطر": كلا من before the object is no preposition.
          const kull = kullBefore(a) && a.prep === '' ? 2 : 0;
          const direct = (prep === '' || COMPLEMENTIZERS.has(prep)) && entry.targetSpecs.has('direct') && wordsBetween(Math.max(startAt, tr.endToken), a.headToken) - headedBy - kull < DIRECT_WINDOW && (headedBy > 0 || !prepositionBetween(Math.max(startAt, tr.endToken), a.headToken - (kull ? 1 : 0)) || adjunctEnd >= 0) && !relativeBetween(Math.max(startAt, tr.endToken), a.headToken);
          // "التقى X وY": the other party is conjoined right after the subject (or the verb), not anywhere later.
          let conjoined = a.prep === 'و-' && entry.reciprocal && wordsBetween(Math.max(tr.endToken, startAt, source && sourceFromAfter ? source.endToken : -1), a.headToken) === 0;
          // (events39) "أجرت كل من إيطاليا وألمانيا مباحثات مع الجانب الإيراني": a list opened by كل من is the subjects one by
          // one; with the other party named later through the entry's preposition they do not meet each other.
          if (conjoined && source && kullBefore(source) && laterTargetPrep(a.endToken, source, entry)) {
            coSubjects.push(a);
            continue;
          }
          if (conjoined && source && sourceFromAfter && a.headToken - source.endToken <= 2 && asideThenActor(a.endToken)) {
            // "التقى كوشنير وغرينبلات، الجمعة، نتنياهو": the conjoined actor is a co-subject; the other party follows.
            coSubjects.push(a);
            conjoined = false;
            continue;
          }
          // A chain of them (المجر وسلوفاكيا وبولندا والتشيك): each next to the one before.
          if (a.prep === 'و-' && !entry.reciprocal && source && a.headToken - (coSubjects.length && coSubjects[coSubjects.length - 1]!.endToken > source.endToken ? coSubjects[coSubjects.length - 1]! : source).endToken <= 2) {
            coSubjects.push(a);
            continue;
          }
          if (tr.passive && prep === '' && a !== source) {
            target = a;
            targetPrep = '';
            break;
          }
          // "قصفت المقاتلات مواقع لحزب العمال": ل after the object noun names whose the object is, the target.
          const possessor = prep === 'ل-' && entry.targetSpecs.has('direct') && !entry.targetSpecs.has('ل-') && tr.isVerb && wordsBetween(Math.max(startAt, tr.endToken), a.headToken) === 1 && !prepositionBetween(Math.max(startAt, tr.endToken), a.headToken);
          // "استقبل السيسي وفدا من الكونغرس الأمريكي": a delegation (or officials, troops) from X stands for X.
          const fromGroup = prep === MIN && entry.targetSpecs.has('direct') && a.headToken >= 2 && (DELEGATION.has(norm[a.headToken - 2]!) || DELEGATION.has(stripConj(norm[a.headToken - 2]!).rest)) && wordsBetween(Math.max(startAt, tr.endToken, source && sourceFromAfter ? source.endToken : -1), a.headToken) <= 3;
          // (events25) "قتلت القوات 20 من الحوثيين"، "اعتقلت الشرطة عددا من عناصر داعش": a count of people from X is X.
          const countOf = !!source && sentenceOf[source.headToken] === sentenceOf[tr.token] && (source.headToken > tr.endToken || wordsBetween(source.endToken, tr.token) <= 2) && entry.targetSpecs.has('direct') && !entry.reciprocal && !entry.inverse && entry.plover !== 'CONSULT' && (tr.isVerb || entry.genitive === 'target') && !tr.enclitic && a.headToken > tr.endToken && partitiveObject(Math.max(startAt, tr.endToken, source && sourceFromAfter ? source.endToken : -1), a);
          // "رحب الأمين العام بالاتفاق بين إثيوبيا وإريتريا": both sides of what the phrase names are targets.
          // (events36) Also with a head word between بين and the actor: "بالاجتماع بين زعيمي كوريا الشمالية وكوريا الجنوبية".
          const headAfterBetween = prep === '' && a.headToken >= 2 && norm[a.headToken - 2] === BETWEEN && (info[a.headToken - 1]!.head || lex.actorHeads.has(norm[a.headToken - 1]!.replace(/ي$/, '')));
          const betweenInPhrase = (prep === BETWEEN || headAfterBetween) && !entry.reciprocal && a.headToken - tr.endToken <= TARGET_WINDOW && (() => {
            const p = prepBefore(a.headToken - (headAfterBetween ? 2 : 1), Math.max(startAt, tr.endToken));
            return !!p && entry.targetSpecs.has(p);
          })();
          if (direct || conjoined || possessor || fromGroup || countOf || betweenInPhrase || (prep !== '' && entry.targetSpecs.has(prep))) {
            target = a;
            targetPrep = prep;
            conjoinedSides = !!conjoined;
            break;
          }
          // "احتج الفلسطينيون على نقل السفارة الأميركية": the actor inside the noun phrase that the
          // preposition governs (the genitive of its noun) is the target.
          if ((prep === '' || prep === 'ل-') && a.headToken - tr.endToken <= TARGET_WINDOW) {
            // An object word after the actor (حكمت ... على ناشط إيراني بالسجن) does not move the start.
            const p = prepBefore(a.headToken, a.headToken > tr.endToken ? Math.max(startAt, tr.endToken) : startAt);
            if (p && entry.targetSpecs.has(p)) {
              target = a;
              targetPrep = p;
              break;
            }
          }
        }
        // Conjoined targets: "مع وزيري دفاع كوريا الجنوبية واليابان".
        const coTargets: ActorMention[] = [];
        if (target) {
          let last = target;
          let afterPlace = false;
          for (const a of after) {
            if (a.headToken <= last.endToken) {
              // A mention spanning the target's (title, demonym and name) ends where the target does.
              if (a.endToken > last.endToken && a.headToken >= target.headToken) last = a;
              continue;
            }
            // "مع الرئيس الفرنسي ايمانويل ماكرون والمستشارة الألمانية": the name after a title is the same target.
            if (a.entity.id === last.entity.id && a.prep === '' && a.headToken - last.endToken <= 2) {
              last = a;
              continue;
            }
            // "تدعم حزب الله في لبنان والحوثيين في اليمن": a conjunct's place (في + a place) stands between the conjuncts.
            if (a.prep === FI && a.entity.type === 'LOC' && a.headToken - last.endToken === 2 && norm[last.endToken + 1] === FI) {
              last = a;
              afterPlace = true;
              continue;
            }
            if (a.prep !== 'و-' || wordsBetween(last.endToken, a.headToken) > 0 || a.entity.id === source?.entity.id) break;
            // A place conjoined to that place (في سوريا واليمن) belongs to the place phrase, not to the targets.
            if (afterPlace && a.entity.type === 'LOC' && a.kind !== 'demonym') break;
            coTargets.push(a);
            last = a;
          }
        }
        if (!target && source && !tr.isVerb) {
          // "وتتلقى قوات سوريا الديمقراطية دعما أمريكيا": what one receives (تلقى، حصل على) was done to the receiver.
          const from = clauseStart(tr.token, true);
          for (let j = tr.token - 1; j >= from && j >= tr.token - 6; j--) {
            if (!RECEIVE.has(stripConj(norm[j]!).rest)) continue;
            const receiver = inSent.find((a) => a.headToken > j && a.endToken < tr.token && plain(a)) ?? before.find((a) => a.endToken < j && j - a.endToken <= 2 && plain(a));
            if (receiver && receiver.entity.id !== source.entity.id && !sameState(receiver.entity, source.entity)) {
              target = receiver;
              targetPrep = '';
            }
            break;
          }
        }
        if (!target && source && entry.plover === 'THREATEN') {
          // "هدد أردوغان بشن عملية عسكرية في سوريا"، "توعدت إيران برد قاس على إسرائيل": the threatened act,
          // after ب, names the target through its own preposition.
          const clauseEnd = commaAfter(tr.endToken);
          // The act is the pattern's own object word (هدد بشن، توعد بالرد) or the word after the subject.
          const objectIsAct = tr.endToken > tr.token && /^ب/.test(info[tr.endToken]!.rest);
          let k = objectIsAct ? tr.endToken : Math.max(startAt, tr.endToken, sourceFromAfter ? source.endToken : -1) + 1;
          // The subject's name may go on after its title (هدد الرئيس الأمريكي دونالد ترامب بالانسحاب).
          while (!objectIsAct && k < clauseEnd && inActor[k]) k++;
          if (k < clauseEnd && /^ب/.test(info[k]!.rest) && !inActor[k]) {
            const t = after.find((a) => a.headToken > k && a.headToken < clauseEnd && a.headToken - k <= TARGET_WINDOW && (THREAT_TARGET_PREPS.has(a.prep) || (a.prep === FI && a.entity.type === 'LOC') || (a.kind === 'demonym' && a.prep === '' && !oblique(a))) && !!actorCode(a.entity) && a.entity.id !== source!.entity.id && !sameState(a.entity, source!.entity));
            if (t) {
              target = t;
              targetPrep = t.prep;
            }
          }
        }
        if (!target && source && entry.plover === 'ASSAULT') {
          // "قصفت الطائرات الإسرائيلية مواقع في قطاع غزة": an attack on sites in a place is an attack on that place.
          const clauseEnd = commaAfter(tr.endToken);
          const place = after.find((a) => a.headToken > Math.max(startAt, tr.endToken) && a.headToken < clauseEnd && a.headToken - tr.endToken <= TARGET_WINDOW && a.prep === 'في' && a.entity.type === 'LOC' && a.entity.id !== source!.entity.id && !sameState(a.entity, source!.entity));
          if (place) {
            target = place;
            targetPrep = 'في';
          }
        }
        if (!target && tr.passive && !tr.isVerb && tr.enclitic) {
          // "تم اعتقاله من قبل ..." : the pronoun on a passive verbal noun is what underwent it.
          // Any gender: what underwent it may be a thing of a state (فرع لمدرسة السفارة الألمانية ... تم غلقه).
          const ante = antecedent(tr.token, null, new Set(source ? [source.entity.id] : []), false);
          if (ante) {
            target = ante;
            targetPrep = '';
          }
        }
        // "متهما إياها بأنها رهينة روسيا": a detached object pronoun right after the trigger is its object, before any
        // actor named later.
        const detached = entry.targetSpecs.has('direct') && tr.endToken + 1 < tokens.length ? DETACHED_OBJECT.exec(norm[tr.endToken + 1]!) : null;
        if (!target || detached) {
          // A pronoun object or a preposition with a pronoun: "اتهمه"، "تدخلت بقواتها لصالحه"، "فرضت عليها".
          const found = detached ? { gender: ENCLITIC_GENDER.find(([enc]) => enc === detached[1])![1], prep: '' } : pronounTarget(tr);
          if (found) {
            const ante = antecedent(tr.token, found.gender, new Set(source ? [source.entity.id] : []), false);
            if (ante) {
              target = ante;
              targetPrep = found.prep;
            }
          }
        }
        // "الولايات المتحدة وفرنسا وبريطانيا شنت": the conjoined subjects before the verb.
        if (source && !sourceFromAfter && source.prep === 'و-' && !entry.reciprocal) {
          let cur = source;
          for (let k = actors.indexOf(cur) - 1; k >= 0 && cur.prep === 'و-'; k--) {
            const a = actors[k]!;
            if (sentenceOf[a.token] !== sent || wordsBetween(a.endToken, cur.headToken) > 0) break;
            if (a.entity.id !== target?.entity.id) coSubjects.push(a);
            cur = a;
          }
        }
        if (bothPair) {
          // (events29) Each of the two sides does the act to a third party. Without one, acts of voice (condemning, calling,
          // refusing, denying, warning) are no event: the two do not do them to each other ("وأدان الجانبان الهجوم"، "ودعا
          // الزعيمان إلى عملية سياسية"، "وينكر الطرفان الادعاءات", which the older reading coded both ways between them);
          // other acts that need a target keep that reading ("ووافقت الدولتان على فتح سفارة كل منهما لدى الأخرى"، "ورحل
          // الجانبان دبلوماسيين").
          const [x, y] = bothPair;
          if (target && ![x, y].some((p) => p.entity.id === target!.entity.id || sameState(p.entity, target!.entity))) {
            return { source: x, target, targetPrep, both: false, coSubjects: [y], coTargets };
          }
          if (bothWord && entry.needTarget && !entry.oneWay && !JOINT_VOICE_TYPES.has(entry.plover)) return { source: x, target: y, targetPrep: '', both: true };
          return { source: null, target: null, targetPrep: null, both: false };
        }
        // "اتفقت ليبيا والسودان والنيجر وتشاد": three or more sides of a mutual act conjoined as its subject all act on one
        // another, as after بين.
        return { source, target, targetPrep, both: conjoinedSides && coTargets.length > 0, coSubjects, coTargets };
      }

      /** A preposition word 1–3 tokens before `at` (after `from`), with only nouns between. */
      function prepBefore(at: number, from: number): string | null {
        // Hashtag marks (#الميليشيات_الحوثية) are not words: they do not count toward the three.
        let span = 3;
        for (let j = at - 1; j > from && j >= at - span; j--) {
          if (tokens[j]!.kind === 'punct' && (tokens[j]!.text === '#' || tokens[j]!.text === '_')) {
            span++;
            continue;
          }
          if (isBoundary(j) || isComma(j) || inActor[j] || triggerVerbAt[j]) return null;
          const w = norm[j]!;
          if (PREPOSITIONS.has(w)) return w;
          const r = stripConj(w).rest;
          if (PREPOSITIONS.has(r)) return r;
          // "إدانته للهجمات الإسرائيلية": the preposition is a clitic on the noun.
          if (j >= at - 2 - (span - 3)) {
            if (info[j]!.rest.startsWith('لل') && info[j]!.rest.length > 4) return 'ل-';
            if (info[j]!.rest.startsWith('بال') && info[j]!.rest.length > 5) return 'ب-';
            // "إدانتها لقرار ترامب": ل on a noun in construct whose genitive is the actor, when the noun is a
            // decision, statement or act (a word that could itself begin with ل is not taken for the clitic).
            const bare = info[j]!.rest.slice(1);
            if (j === at - 1 && /^[لب]/.test(info[j]!.rest) && bare.length >= 3 && (lex.verbalObjects.has(bare) || lex.nounForms.has(bare) || BRIDGE_NOUNS.has(bare))) return info[j]!.rest[0] === 'ل' ? 'ل-' : 'ب-';
            // "سمحت مصر لخبراء روس"، "ب جنود أمريكيين": ل/ب on a noun for people whose demonym follows.
            if (j === at - 1 && /^[لب]/.test(info[j]!.rest) && PEOPLE_NOUNS.has(bare)) return info[j]!.rest[0] === 'ل' ? 'ل-' : 'ب-';
          }
        }
        return null;
      }

      /** (events31) A verb-spelled trigger with a pronoun read as a verbal noun: after a masdarGovernors word, or with ل/ب on itself. */
      /** (events32) An accusation noun at t read as passive: with the ل of cause, ب + the charge right after it. */
      function accusedPronounAt(t: number): boolean {
        // ل of cause only: after إثر، بعد the accusers may be others than the clause's subject ("شنت ضربات ... إثر اتهامه")
        return /^[وف]?ل[^ل]/.test(norm[t]!) && t + 1 < tokens.length && sentenceOf[t + 1] === sentenceOf[t] && tokens[t + 1]!.kind === 'arabic' && /^ب/.test(norm[t + 1]!) && !inActor[t + 1];
      }
      function masdarReading(tr: Trigger): boolean {
        return masdarAt(tr.token, 2);
      }
      function masdarAt(t: number, depth: number): boolean {
        if (t > 0 && tokens[t - 1]!.kind === 'arabic' && MASDAR_GOVERNORS.has(stripConj(norm[t - 1]!).rest)) return true;
        const w = stripConj(norm[t]!).rest;
        // the verb list holds the bare past form; ل/ب on it is a preposition (لقتله، بصفعها), not part of the verb
        if (/^[لب]/.test(w) && /(هما|هم|ها|ه)$/.test(w) && lex.verbForms.has(w.slice(1).replace(/(هما|هم|ها|ه)$/, '')) && !lex.verbForms.has(w.replace(/(هما|هم|ها|ه)$/, ''))) return true;
        // "لصفعها وركلها": a second verbal noun conjoined to one
        return depth > 0 && /^و/.test(norm[t]!) && t > 0 && tokens[t - 1]!.kind === 'arabic' && /(هما|هم|ها|ه)$/.test(norm[t - 1]!) && masdarAt(t - 1, depth - 1);
      }

      /** Tokens strictly between from and to are only conjoined words carrying a pronoun (وصفعها، وركلها). */
      function conjoinedMasdarsOnly(from: number, to: number): boolean {
        for (let j = from + 1; j < to; j++) {
          if (tokens[j]!.kind !== 'arabic' || !/^و.{2,}(ها|ه|هم|هما)$/.test(norm[j]!)) return false;
        }
        return true;
      }

      function pronounTarget(tr: Trigger): { gender: 'm' | 'f' | 'p'; prep: string } | null {
        if (tr.isVerb && tr.enclitic && tr.entry.targetSpecs.has('direct')) return { gender: tr.enclitic, prep: '' };
        const end = commaAfter(tr.endToken);
        for (let j = tr.endToken + 1; j < Math.min(end, tr.endToken + 5); j++) {
          if (inActor[j]) return null;
          const w = info[j]!.rest;
          for (const [enc, g] of ENCLITIC_GENDER) {
            if (!w.endsWith(enc)) continue;
            const base = w.slice(0, -enc.length);
            const prep = base === 'ب' ? 'ب-' : base === 'ل' ? 'ل-' : base === ILAY ? ILA : base === 'علي' ? 'علي' : base;
            if (prep !== '' && tr.entry.targetSpecs.has(prep)) return { gender: g, prep };
          }
        }
        return null;
      }

      /**
       * A relative pronoun or another event verb between a verb and an actor: the actor belongs to that
       * clause ("أدانت السعودية الهجوم الذي استهدف السفارة الأمريكية": the embassy is the victim, not the one condemned).
       */
      function relativeBetween(from: number, to: number): boolean {
        for (let j = from + 1; j < to; j++) {
          if (RELATIVES.has(stripConj(norm[j]!).rest)) {
            // "القصف الذي شنته القوات التركية": a pronoun on the relative verb resumes the object, so the actor
            // after it is that verb's subject, the doer of the act the main verb is about.
            if (j + 1 < to && /(ه|ها|هم|هما)$/.test(norm[j + 1]!) && to - (j + 1) <= 3) return false;
            return true;
          }
          if (triggerVerbAt[j]) return true;
        }
        return false;
      }

      /** One of the entry's other-sense words within four words after the verb, in its sentence. */
      function otherSense(tr: Trigger, words: string[], within = 4, stopAt = Infinity): boolean {
        const end = Math.min(sentenceTokens[sentenceOf[tr.token]!]![1], stopAt);
        for (let j = tr.token + 1, n = 0; j < end && n < within; j++) {
          // The subject's name and time words do not count: "تستضيف تركيا حتى الآن ثلاثة ملايين لاجئ".
          if (tokens[j]!.kind === 'punct' || inActor[j] || inTime[j] || SUBJECT_GAP_WORDS.has(info[j]!.rest)) continue;
          n++;
          if (words.some((w) => w === info[j]!.rest || info[j]!.stems.has(w))) return true;
        }
        return false;
      }

      /** A comma-closed time aside (، الجمعة،) right after token t, then an actor without a preposition. */
      function asideThenActor(t: number): boolean {
        if (!isComma(t + 1)) return false;
        let j = t + 2;
        while (j < tokens.length && !isComma(j) && !isBoundary(j) && j - t <= 5 && (DAY_NAMES.has(info[j]!.rest) || SUBJECT_GAP_WORDS.has(info[j]!.rest))) j++;
        if (!isComma(j) || j === t + 2) return false;
        const next = actorStartingAt(j + 1);
        return !!next && next.prep === '';
      }

      /** A word that can only be part of a name the entity layer left unresolved (مارتن): no article, proclitic, verb, noun or preposition. */
      function unknownNameAt(t: number): boolean {
        if (t >= tokens.length || tokens[t]!.kind !== 'arabic' || inActor[t] || info[t]!.verb || info[t]!.nouns || info[t]!.head) return false;
        const w = norm[t]!;
        return !/^(ال|[وفبلك])/.test(w) && !PREPOSITIONS.has(w) && !SUBJECT_GAP_WORDS.has(w) && !DAY_NAMES.has(w) && !RELATIVES.has(w) && !COMPLEMENTIZERS.has(w) && !PRE_VERB_WORDS.has(w);
      }

      /** A person, or a name the knowledge base does not place, starting at t. */
      function personAt(t: number): boolean {
        const a = actorStartingAt(t);
        return !!a && a.prep === '' && (a.entity.type === 'PER' || !actorCode(a.entity));
      }

      /** Words (not punctuation) strictly between two tokens. */
      function wordsBetween(from: number, to: number): number {
        let k = 0;
        for (let j = from + 1; j < to; j++) if (tokens[j]!.kind !== 'punct' && !inTime[j]) k++;
        return k;
      }

      function commaAfter(t: number): number {
        const end = sentenceTokens[sentenceOf[t]!]![1];
        return t + 1 >= end ? end : nextStop[t + 1]!;
      }

      /**
       * Whether the words between a verb and an actor after it let the actor be the subject: titles and
       * institution words (قال وزير الخارجية), times and adverbs. Another noun or a preposition makes the
       * actor its genitive or object ("استهدف مقر الحزب", "يحذر من عودة روسيا").
       */
      /**
       * Whether a noun that is not an actor stands right before the verb in its clause: then it is the
       * verb's subject ("مسلحون من اليمين المتطرف اقتحموا", "قصف صاروخي استهدف"), and the verb's person
       * does not point back to an earlier actor.
       */
      function overtSubjectBefore(t: number): boolean {
        const j = t - 1;
        if (j < clauseStart(t, true) || tokens[j]!.kind !== 'arabic' || inActor[j] || info[j]!.verb) return false;
        const w = stripConj(norm[j]!).rest;
        if (!w || PRE_VERB_WORDS.has(w) || PRE_VERB_WORDS.has(norm[j]!) || SUBORDINATORS.has(w) || COMPLEMENTIZERS.has(w) || SUBJECT_GAP_WORDS.has(w) || DAY_NAMES.has(w) || DAY_NAMES.has(norm[j]!) || RELATIVES.has(w)) return false;
        // أنه، إنها، لأنهم: a complementizer with its pronoun subject.
        if (/^(ل|ب)?[اإأ]?ن(ه|ها|هم|هما|نا)$/.test(w)) return false;
        return true;
      }

      /**
       * "حذر تقرير بريطاني من ...": a bare noun right after a verb whose target comes through a
       * preposition can only be its subject, so the verb's person does not point back to an actor.
       */
      function overtSubjectAfter(tr: Trigger): boolean {
        const j = tr.token + 1;
        // "وحشدت قوات النظام تعزيزاتها": a title or body word after the verb that is no actor is its subject.
        if (tr.endToken === tr.token && !tr.enclitic && j < tokens.length && sentenceOf[j] === sentenceOf[tr.token] && tokens[j]!.kind === 'arabic' && info[j]!.head && !inActor[j]) return true;
        if (tr.endToken !== tr.token || tr.entry.targetSpecs.has('direct') || tr.enclitic || j >= tokens.length || sentenceOf[j] !== sentenceOf[tr.token]) return false;
        if (tokens[j]!.kind !== 'arabic' || inActor[j] || info[j]!.head || triggerVerbAt[j]) return false;
        const w = norm[j]!;
        if (PREPOSITIONS.has(w) || PREPOSITIONS.has(stripConj(w).rest) || /^[وفبل]/.test(info[j]!.rest) || SUBJECT_GAP_WORDS.has(w) || DAY_NAMES.has(w) || COMPLEMENTIZERS.has(w) || SUBORDINATORS.has(w) || PRE_VERB_WORDS.has(w)) return false;
        return /^ال/.test(w) ? false : !tr.entry.targetSpecs.has(w);
      }

      /**
       * (events61) The subject slot of a verb-first trigger filled by a construct phrase: "طالب ممثل ادعاء تركيا بسجن ..."،
       * "واتهم متحدث باسم فصيل فيلق الرحمن المعارض روسيا ..." (for a verbal noun, its genitive: "مطالبة ممثل ادعاء
       * تركيا"). The word right after the trigger is a title or body word (lexicon actorHeads)
       * that is no actor itself, so it is the verb's subject (overtSubjectAfter already keeps the verb's person from
       * pointing back); the indefinite nouns after it are the construct chain, and the named actor that closes the chain
       * (its last genitive, the first definite word) says whose the subject is. Without it the trigger had no source and
       * the genitive was read as the verb's object. A definite word, a preposition, a clitic ب/ل/ك, a pronoun suffix, a
       * nisba adjective, a verb, another trigger, a comma or a time word inside the phrase ends the chain before the actor:
       * the actor is then no part of the subject. A demonym is left to the VSO reading (subjectGap), which takes it already.
       */
      function constructSubjectAfter(tr: Trigger, after: readonly ActorMention[], isLocative: (a: ActorMention) => boolean): ActorMention | undefined {
        const j0 = tr.endToken + 1;
        const sent = sentenceOf[tr.token]!;
        if (tr.endToken !== tr.token || tr.passive || j0 >= tokens.length || sentenceOf[j0] !== sent || !info[j0]!.head) return undefined;
        // a group of states (دول عدة، من بينها ...) is named by its members (membersOfGroup), not by a genitive
        if (lex.memberGroups.has(info[j0]!.rest)) return undefined;
        for (let j = j0; j <= j0 + CONSTRUCT_SUBJECT_WORDS && j < tokens.length && sentenceOf[j] === sent; j++) {
          if (j > j0) {
            const a = after.find((x) => x.token === j);
            if (a) return a.prep === '' && a.kind !== 'demonym' && a.kind !== 'pronoun' && !isLocative(a) && !!actorCode(a.entity) && !parenthesized(a) ? a : undefined;
            if (j === j0 + CONSTRUCT_SUBJECT_WORDS) return undefined;
          }
          if (tokens[j]!.kind !== 'arabic' || inActor[j] || inTime[j] || triggerNounAt[j] || triggerVerbAt[j]) return undefined;
          const w = norm[j]!;
          // a construct noun carries no article and no proclitic preposition ("استهداف قواته لمشفى عفرين": ل opens the
          // object); a verb or a preposition ends the phrase
          // (a title word such as باسم is one word: "متحدث باسم فصيل ..."). A pronoun suffix is the chain's own genitive, and
          // a nisba adjective (ـي، ـية: "مصادر أمنية"، "دول غربية") qualifies the head: the actor after either is the object.
          if (j > j0 && !info[j]!.head) {
            const seg = doc.segment(j);
            if (seg.enclitic || seg.proclitics.some((c) => c === 'ب' || c === 'ل' || c === 'ك')) return undefined;
            if (NISBA_ENDING.test(w)) return undefined;
          }
          if (CONSTRUCT_DEFINITE.test(w) || PREPOSITIONS.has(w) || SUBJECT_GAP_WORDS.has(w) || DAY_NAMES.has(w) || (!!info[j]!.verb && !info[j]!.head && !info[j]!.nouns)) return undefined;
        }
        return undefined;
      }

      /**
       * (events61) A verb's direct object after a closed adjunct phrase: "واتهمت فرنسا في مجلس الأمن تركيا بخرق ..."،
       * "أمام البرلمان". The actor right before the candidate object (a comma may stand between) carries an adjunct
       * preposition (ADJUNCT_PREPS) written as a word of its own, and that preposition is the only one between the verb's
       * subject (or the verb) and the object: the phrase ends with its actor, so the object is not inside it (a comma
       * between the phrase and the object only when a comma opens the phrase too: an aside). The title
       * words of a named body (مجلس، الأمن) may have been read as the next name's title ("مجلس الأمن تركيا", the
       * preposition passed on to it): a candidate whose title words are exactly another named body's mention is that
       * body's neighbour, not its title. Returns the adjunct actor's last token, or -1.
       */
      function adjunctBefore(a: ActorMention, from: number): number {
        let b: ActorMention | undefined;
        if (a.headToken < a.token) {
          if (!ADJUNCT_PREPS.has(a.prep)) return -1;
          b = actors.find((x) => x !== a && x.headToken === a.headToken && x.endToken === a.token - 1 && x.prep === a.prep);
          if (b && b.entity.type === 'PER') return -1;
        } else {
          if (a.prep !== '') return -1;
          let k = a.token - 1;
          if (k > from && isComma(k)) k--;
          b = k > from ? actorEndingAt[k] : undefined;
        }
        if (!b || b === a || b.entity.id === a.entity.id || !ADJUNCT_PREPS.has(b.prep)) return -1;
        const p = b.headToken - 1;
        if (p <= from || tokens[p]!.kind !== 'arabic' || stripConj(norm[p]!).rest !== b.prep) return -1;
        // A comma after the phrase makes it an aside only when one opens it too ("، في مجلس الأمن،"): after "مبعوث الأمم
        // المتحدة للسلام في سوريا، ستافان دي ميستورا" the name is the subject's apposition, not the object.
        if (a.token - 1 > b.endToken && !isComma(p - 1)) return -1;
        return prepositionBetween(from, p) || prepositionBetween(b.endToken, a.token) ? -1 : b.endToken;
      }

      function subjectGap(from: number, to: number, demonym = false): boolean {
        for (let j = from + 1; j < to; j++) {
          if (tokens[j]!.kind !== 'arabic' || info[j]!.head || inTime[j]) continue;
          const w = stripConj(norm[j]!).rest;
          if (SUBJECT_GAP_WORDS.has(w) || SUBJECT_GAP_WORDS.has(norm[j]!) || DAY_NAMES.has(w) || DAY_NAMES.has(norm[j]!)) continue;
          if (actorEndingAt[j] || inActor[j]) continue;
          // "وتعارض كل من المجر وسلوفاكيا": كل من names the subjects one by one.
          if ((KULL_FORMS.has(w) && norm[j + 1] === 'من') || (w === 'من' && j > 0 && KULL_FORMS.has(stripConj(norm[j - 1]!).rest))) continue;
          // "أسقطت الدفاعات الجوية العراقية": a noun phrase whose demonym names the actor.
          if (demonym && !PREPOSITIONS.has(w) && !/^[بل]/.test(info[j]!.rest)) continue;
          return false;
        }
        return true;
      }

      function prepositionBetween(from: number, to: number): boolean {
        for (let j = from + 1; j < to; j++) if (tokens[j]!.kind === 'arabic' && !inTime[j] && (PREPOSITIONS.has(norm[j]!) || PREPOSITIONS.has(stripConj(norm[j]!).rest))) return true;
        return false;
      }

      function hasWordBetween(from: number, to: number, commasOk = false): boolean {
        for (let j = from + 1; j < to; j++) {
          if (isBoundary(j) || (isComma(j) && !commasOk)) return true;
          if (info[j]!.verb) return true;
        }
        return false;
      }

      // ── modality ─────────────────────────────────────────────────────
      function phraseBefore(t: number, from: number, phrases: string[][]): number {
        for (let j = t - 1; j >= from; j--) {
          for (const p of phrases) {
            if (j + p.length > t) continue;
            if (p.every((w, k) => info[j + k]!.rest === w || norm[j + k] === w || (k === 0 && (norm[j] === 'و' + w || norm[j] === 'ف' + w)))) return j;
          }
        }
        return -1;
      }

      /** "لم يحل القرار دون تواصل الاشتباكات": دون after a negated verb of preventing (حال دون) leaves the act asserted. */
      function preventedUnderNegation(duna: number): boolean {
        for (let j = duna - 1; j >= Math.max(1, duna - 6); j--) {
          if (isBoundary(j) || isComma(j)) return false;
          if (PREVENT.has(stripConj(norm[j]!).rest)) return lex.negation.has(norm[j - 1]!.replace(/^[وف](?=..)/, ''));
        }
        return false;
      }

      /**
       * (events41) "حذرت روسيا من سيطرة إيران على سوريا": an act warned against (a warning word, then من within four words with
       * no time word between (بعد يوم من), then the verbal noun at most two words on) is not asserted: hypothetical, as an act
       * feared. Only where no other marker decided (a warned-against act that is scheduled stays future). Not a verb, not
       * after من أن / من أنها (a warning that something is so keeps the clause's own modality), not over a comma.
       */
      function warnedAgainst(tr: Trigger, hypFrom: number): boolean {
        const t = tr.token;
        if (tr.isVerb) return false;
        for (let j = t - 1; j >= Math.max(hypFrom, t - 8); j--) {
          if (isBoundary(j) || isComma(j)) return false;
          if (!lex.warnings.has(info[j]!.rest) && !lex.warnings.has(norm[j]!)) continue;
          for (let k = j + 1; k < Math.min(t, j + 5); k++) {
            if (lex.warningBreaks.has(stripConj(norm[k]!).rest)) return false;
            if (norm[k] === MIN) return t - k <= 3 && !norm[k + 1]!.startsWith(ANN);
          }
        }
        return false;
      }

      /** (events46) Whether token j is "any" (أي، أية), bare or with و/ف, ل/ب or both (لأي، وبأي). */
      function anyWord(j: number): boolean {
        const x = norm[j]!;
        // not the letter names آي، إيه of an abbreviation (سي آي إيه): "any" is written with أ or ا
        if (/[آإ]/.test(tokens[j]!.text)) return false;
        return [x, x.replace(/^[وف]/, ''), x.replace(/^[وف]?[لب]/, ''), info[j]!.rest].some((v) => lex.anyWords.has(v));
      }

      /** (events46) The demonym adjective right after a verbal noun (one manner adjective may come first) that names its doer, if any. */
      function doerAdjectiveAfter(tr: Trigger): ActorMention | null {
        const at = tr.endToken + 1 + (mannerBefore(tr.endToken + 2) ? 1 : 0);
        return actors.find((a) => a.token === at && a.headToken === a.token && a.kind === 'demonym' && sentenceOf[a.token] === sentenceOf[tr.token] && /^ال/.test(norm[a.token]!) === /^ال/.test(stripConj(norm[tr.endToken]!).rest.replace(/^[بلك](?=ال)/, ''))) ?? null;
      }

      /**
       * (events51) "السعودية تؤكد رفضها للتهديدات وتتوعد بالرد"، "رفضت تركيا التهديدات وتوعدت بالرد": a finite verb joined by
       * و/ف after a governor (a refusal, request or denial, verb or verbal noun) and its object is a new predicate of the
       * clause's subject, not what the governor refuses, asks or denies (a governor takes a finite verb only through أن:
       * "رفضت أن تتوعد"). Not when أن/بأن stands between them.
       */
      function newPredicateAfterNoun(tr: Trigger, g: number): boolean {
        const t = tr.token;
        if (!tr.isVerb || info[t]!.rest === info[t]!.norm || !/^[وف]/.test(info[t]!.norm)) return false;
        for (let j = g + 1; j < t; j++) if (COMPLEMENTIZERS.has(norm[j]!)) return false;
        return true;
      }
      /**
       * (events51) "وأرادوا التعبير عن غضبهم من نقل السفارة"، "طالبوا ... احتجاجا على اعتقال": a verbal noun right after a word of
       * protest or anger (lexicon modality.grievances), with a preposition (grievancePreps) between or ب/ل on the noun, is what
       * the grievance is about, an act that happened: the grievance word's index, which bounds the governors and intentions
       * that reach the act (as a word of circumstance does), or -1.
       */
      function grievanceBefore(tr: Trigger): number {
        const t = tr.token;
        if (tr.isVerb || t < 1) return -1;
        const g = (j: number) => j >= 0 && (lex.grievances.has(norm[j]!) || lex.grievances.has(stripConj(norm[j]!).rest));
        if (t >= 2 && lex.grievancePreps.has(norm[t - 1]!) && g(t - 2)) return t - 2;
        if (/^[بل]/.test(norm[t]!) && g(t - 1)) return t - 1;
        // (events62) "تطالب مجلس الأمن بالتحقيق في الهجوم الكيميائي": the act inquired into is not what is asked for, and the
        // one asked (the council) is not its doer; so the inquiry word bounds the governors as a grievance word does.
        // One adjective may stand between (تحقيق دولي في، التحقيق المستقل في).
        const inquiry = (j: number) => j >= 0 && (lex.inquiries.has(norm[j]!) || lex.inquiries.has(stripConj(norm[j]!).rest));
        if (t >= 2 && norm[t - 1] === FI && inquiry(t - 2)) return t - 2;
        if (t >= 3 && norm[t - 1] === FI && inquiry(t - 3) && tokens[t - 2]!.kind === 'arabic' && !inActor[t - 2] && !info[t - 2]!.verb && !PREPOSITIONS.has(norm[t - 2]!)) return t - 3;
        return -1;
      }
      /**
       * (events51) "نفى وزير الخارجية التركي مولود جاويش أوغلو، الجمعة، أن تكون بلاده قد سلمت التسجيل": a past verb right after
       * قد whose clause opens with أن and a present form of كان (lexicon modality.perfectAuxiliaries) at most four words before
       * it is the complement of a denial or refusal before أن, however long the denier's name, titles and date between them
       * (the governors' window is eight words). The denial's token, or -1. No sentence boundary, relative pronoun or other
       * verb between the denial and أن.
       */
      function deniedPerfect(tr: Trigger, governors: Array<{ token: number; from: number; kind: 'requested' | 'negated' }>): number {
        const t = tr.token;
        if (!tr.isVerb || t < 3 || norm[t - 1] !== QAD) return -1;
        let p = -1;
        for (let j = t - 2; j >= Math.max(1, t - 5); j--) {
          if (isBoundary(j) || isComma(j)) return -1;
          if (lex.perfectAuxiliaries.has(norm[j]!) && norm[j - 1] === ANN) {
            p = j - 1;
            break;
          }
        }
        if (p < 0) return -1;
        const g = governors.filter((x) => x.kind === 'negated' && x.token < p && p - x.token <= 16 && t >= x.from && sentenceOf[x.token] === sentenceOf[t]).pop();
        if (!g) return -1;
        for (let j = g.token + 1; j < p; j++) {
          if (isBoundary(j) || RELATIVES.has(norm[j]!) || (info[j]!.verb && !inActor[j])) return -1;
        }
        return g.token;
      }
      /**
       * (events52) "ومن شأن ذلك أن يؤدي إلى فرض عقوبات"، "الخطوة من شأنها أن تعزز التعاون": a "would" phrase (lexicon
       * modality.wouldPhrases) at most twelve words before the act in its clause, with أن between them, or the pronoun form
       * (من شأنه) right before a verbal noun: the phrase's index, or -1. Without أن, "قلل من شأن الهجوم" (downplayed the
       * attack) is an act that happened; nor past a relative pronoun (the act is then the relative clause's own).
       */
      function wouldBefore(t: number, hypFrom: number): number {
        const j = phraseBefore(t, Math.max(hypFrom, t - 12), lex.wouldPhrases);
        if (j < 0) return -1;
        const end = j + 2;
        // "من شأن السيطرة أن تمثل نجاحا للتحالف الذي يقاتل": an act in a relative clause after أن is the clause's own
        for (let k = t - 1; k >= end; k--) {
          if (RELATIVES.has(norm[k]!)) return -1;
          if (norm[k] === ANN) return j;
        }
        if (end === t && norm[j + 1] !== lex.wouldPhrases[0]![1]) return j;
        return -1;
      }
      function modalityOf(tr: Trigger, governors: Array<{ token: number; from: number; kind: 'requested' | 'negated' }>): { modality: Modality; governor: number } {
        const t = tr.token;
        const w = (j: number) => info[j]!.rest;
        // negation right before the verb or verbal noun (لم يلتق، لن تساعد، عدم التدخل)
        for (let j = t - 1; j >= Math.max(0, t - 2); j--) {
          if (isBoundary(j) || isComma(j)) break;
          if (lex.negation.has(w(j)) || lex.negation.has(norm[j]!) || (/^[وف]/.test(norm[j]!) && lex.negation.has(norm[j]!.slice(1)))) {
            // (events43) "لا تستبعد شن هجوم"، "لم يستبعد أن يلتقيه": a negation that opens a phrase of not ruling out
            // (lexicon modality.ruleOut) is not the act's; the act at most three words after it is hypothetical.
            if (phraseBefore(j + 2, j, lex.ruleOut) === j) return { modality: 'hypothetical', governor: -1 };
            const neg = /^[وف]/.test(norm[j]!) && norm[j]!.length === 3 ? norm[j]!.slice(1) : w(j);
            // (events52) "لا تعلن الحرب على سوريا"، "لا يفرض عقوبات": لا before a present verb whose object names the act
            // (lexicon modality.negatedCarriers) negates the act noun right after it.
            if (j === t - 2 && neg === 'لا' && !tr.isVerb && lex.negatedCarriers.has(w(t - 1))) return { modality: 'negated', governor: -1 };
            if ((norm[j] === 'ما' || neg === 'لا' || neg === 'ما') && !tr.isVerb) continue;
            // (events51) "لا تزال تحتجز"، "ما زالت تحاصر": لا/ما before a form of زال is "still", an act going on; "، ما يعزز
            // رفضها": ما two words back with a present verb of its own between is that verb's (or "what"), not the act's.
            if (j === t - 2 && (lex.stillWords.has(w(t - 1)) || lex.stillWords.has(norm[t - 1]!))) break;
            if (j === t - 2 && neg === 'ما' && tr.isVerb && info[t - 1]!.verb && !inActor[t - 1] && /^[يت].{3,}$/.test(norm[t - 1]!)) break;
            // "وهو ما نفته طهران"، "وهذا ما أكده": ما after a pronoun or demonstrative is "what", not a negation.
            if (neg === 'ما' && j > 0 && WHAT_OPENERS.has(stripConj(norm[j - 1]!).rest)) continue;
            if (neg === DUNA && preventedUnderNegation(j)) break;
            return { modality: 'negated', governor: -1 };
          }
        }
        // (events43) The same phrase further back, with its subject between ("لم يستبعد الوزير أن يلتقيه"، "لن يستبعد قرار نقل
        // السفارة"), but no verb, relative pronoun or comma ("ولم يستبعد هوك الذي أجرى محادثات" leaves the talks held).
        for (let j = t - 1; j >= Math.max(1, t - 6); j--) {
          if (isBoundary(j) || isComma(j) || RELATIVES.has(norm[j]!)) break;
          if (phraseBefore(j + 1, j - 1, lex.ruleOut) === j - 1) return { modality: 'hypothetical', governor: -1 };
          if (j < t && info[j]!.verb && !COMPLEMENTIZERS.has(norm[j]!)) break;
        }
        // (events46) "حذر من أي ضربة أميركية"، "لا يوجد أي تواصل مع الروس": a verbal noun right after "any" (lexicon
        // modality.anyWords, with ل/ب/و/من on it or before it) names no act that happened: negated when a negation stands at most
        // four words before it in the clause (or a denial governs it: نفى أي تدخل), else hypothetical. Not after a punctuation
        // mark ("، أي ..." is "that is").
        if (t > 1 && anyWord(t - 1) && tokens[t - 2]!.kind === 'arabic') {
          for (let j = t - 2; j >= Math.max(0, t - 5); j--) {
            if (isBoundary(j) || isComma(j) || tokens[j]!.kind !== 'arabic') break;
            if (lex.negation.has(w(j)) || lex.negation.has(norm[j]!) || (/^[وف]/.test(norm[j]!) && lex.negation.has(norm[j]!.slice(1)))) {
              if (norm[j] === 'ما' || w(j) === 'ما') continue;
              return { modality: 'negated', governor: -1 };
            }
          }
          const denial = governors.find((g) => g.kind === 'negated' && g.token < t && t >= g.from && g.token >= Math.max(clauseStart(t, true), t - 8));
          if (denial) return { modality: 'negated', governor: denial.token };
          return { modality: 'hypothetical', governor: -1 };
        }
        // "قد يزور" (may visit): قد before a present form is possibility; before a past form it asserts.
        // (events43) With its conjunction too: stripConj leaves three-letter words whole, so "فقد تهاجم"، "وقد يزور" were missed.
        if (tr.isVerb && t > 0 && (norm[t - 1] === QAD || (/^[وف]/.test(norm[t - 1]!) && norm[t - 1]!.slice(1) === QAD)) && /^[يتن]/.test(stripConj(norm[t]!).rest) && !pastForm(tr.entry, stripConj(norm[t]!).rest)) return { modality: 'hypothetical', governor: -1 };
        const from = clauseStart(t, true);
        const hypFrom = clauseStart(t, false);
        let best: { at: number; modality: Modality; governor: number } | null = null;
        const consider = (at: number, modality: Modality, governor = -1) => {
          if (at >= 0 && (!best || at > best.at)) best = { at, modality, governor };
        };
        // (events31) "وتطالب المسيرة بعودة اللاجئين": a protest noun right after the verb is its subject, not what it asks for.
        const subjectOfGovernor = (g: { token: number }) => tr.entry.plover === 'PROTEST' && !tr.isVerb && g.token === tr.token - 1 && !!info[g.token]!.verb && /^[وف]?[يت]/.test(norm[g.token]!) && /^ال/.test(stripConj(norm[tr.token]!).rest);
        // (events43) "وطلب ماكرون خلال اتصال هاتفي بروحاني ..."، "يسعى خلال زيارته إلى ...": a verbal noun right after a word of
        // circumstance (lexicon modality.circumstances: خلال، أثناء ...) is when the governing act happens, not what it asks,
        // denies or intends; a future or a hypothesis before it still holds ("سيبحث خلال زيارته").
        const circ = !tr.isVerb && t > 0 && lex.circumstances.has(stripConj(norm[t - 1]!).rest) ? t - 1 : grievanceBefore(tr);
        // (events46) "رفض الاعتراف الأمريكي بالقدس"، "ندد ... ورفض الهجوم الإسرائيلي": a verbal noun whose doer a demonym adjective
        // names right after it (one adjective of manner between) is someone's act that happened; a refusal or denial before it
        // rejects it, and does not make it negated ("نفت إيران تزويدها الحوثيين" still is).
        // Not when the sentence names that state before the act: the refuser is then the doer ("قال ترامب إنه سيرفض تمديد
        // تخفيف العقوبات الأميركية" keeps the easing negated).
        const doer = !tr.isVerb && !tr.enclitic ? doerAdjectiveAfter(tr) : null;
        const ownDoer = !!doer && !actors.some((a) => a !== doer && a.token < t && sentenceOf[a.token] === sentenceOf[t] && !!a.entity.country && a.entity.country === doer.entity.country);
        for (const g of governors) if (g.token < t && g.token > circ && t >= g.from && g.token >= Math.max(from, t - 8) && !subjectOfGovernor(g) && !(ownDoer && g.kind === 'negated') && !newPredicateAfterNoun(tr, g.token)) consider(g.token, g.kind, g.token);
        // (events51) "نفى الوزير ...، الجمعة، أن تكون بلاده قد سلمت": a denied perfect past the eight-word window.
        const deniedAt = deniedPerfect(tr, governors);
        if (deniedAt >= 0) consider(deniedAt, 'negated', deniedAt);
        for (let j = t - 1; j >= Math.max(from, t - MODAL_WINDOW); j--) {
          // (events29) "الناتو ينفي نيته إجراء محادثات": an intention under a denial or refusal keeps that governor's reading.
          if (j > circ && (lex.intended.has(w(j)) || lex.intended.has(norm[j]!)) && !governors.some((g) => g.token < j && j - g.token <= 2 && t >= g.from)) {
            // "ليست لديها نية لتسليم عفرين"، "لا نية لدينا": a negated intention is a negated act.
            const negatedIntent = [j - 1, j - 2].some((k) => k >= from && (lex.negation.has(w(k)) || lex.negation.has(norm[k]!)) && w(k) !== 'ما' && norm[k] !== 'ما');
            consider(j, negatedIntent ? 'negated' : 'intended');
          }
          if (lex.futureVerbs.has(w(j)) || lex.future.has(w(j))) consider(j, 'future');
          // (events48) "سيحظى بلقاء"، "ستشهد العاصمة محادثات": the future form of a verb that carries an act noun
          // (lexicon modality.futureCarriers) makes the act future.
          if (!tr.isVerb && lex.futureCarriers.has(w(j))) consider(j, 'future');
        }
        consider(phraseBefore(t, Math.max(from, t - 8), lex.futurePhrases), 'future');
        for (let j = t - 1; j >= Math.max(hypFrom, t - 12); j--) if (lex.hypothetical.has(w(j))) consider(j, 'hypothetical');
        consider(phraseBefore(t, Math.max(hypFrom, t - 12), lex.hypotheticalPhrases), 'hypothetical');
        // (events52) "ومن شأن ذلك أن يؤدي إلى فرض عقوبات"، "من شأنه تعزيز التعاون": what something would do is hypothetical.
        consider(wouldBefore(t, hypFrom), 'hypothetical');
        // (events41) "بهدف السيطرة على"، "بغية فرض عقوبات": an act named as the purpose right after a purpose word is intended.
        for (let j = t - 1; j >= Math.max(from, t - 2); j--) {
          if (isBoundary(j) || isComma(j)) break;
          // "بهدف وقف القتال": stopping an act is what is intended, not the act (a stop word between: purposeBreaks)
          if ((lex.purposes.has(norm[j]!) || lex.purposes.has(w(j))) && !(j === t - 2 && lex.purposeBreaks.has(w(t - 1)))) consider(j, 'intended');
        }
        // (events46) "استعدادا لنقل السفارة"، "تمهيدا لقمة": an act right after a word of preparing (lexicon modality.preparations) is future.
        if (!tr.isVerb && t > 0 && (lex.preparations.has(norm[t - 1]!) || lex.preparations.has(stripConj(norm[t - 1]!).rest))) consider(t - 1, 'future');
        if (best) {
          const b = best as { at: number; modality: Modality; governor: number };
          return { modality: b.modality, governor: b.governor };
        }
        if (tr.future) return { modality: 'future', governor: -1 };
        const sentEnd = sentenceTokens[sentenceOf[t]!]![1];
        for (let j = tr.endToken + 1; j < Math.min(sentEnd, tr.endToken + 11); j++) {
          if (isBoundary(j) || (isComma(j) && j - tr.endToken > 6)) break;
          if (lex.futureAfter.has(w(j))) return { modality: 'future', governor: -1 };
        }
        if (warnedAgainst(tr, hypFrom)) return { modality: 'hypothetical', governor: -1 };
        return { modality: 'asserted', governor: -1 };
      }

      // ── location and date ────────────────────────────────────────────
      function locationOf(tr: Trigger, used: Set<string>): string | null {
        // Places and buildings (الكرملين، البيت الأبيض) after في or ب; never people.
        // An actor the stage found itself ("في المملكة", events:…) is no entity of the analysis: the location is then the
        // entity layer's state of that country, if the article names it, else that actor is passed over.
        const placeId = (a: ActorMention): string | null => (a.entity.id.startsWith('events:') ? stateEntityOf(a.entity.country) : a.entity.id);
        const inSent = actorsIn(sentenceOf[tr.token]!).filter((a) => a.entity.type !== 'PER' && lex.locativePreps.has(a.prep) && !used.has(a.entity.id) && placeId(a) !== null);
        const later = inSent.find((a) => a.token > tr.token);
        const at = later ?? inSent[inSent.length - 1];
        return at ? placeId(at) : null;
      }
      function stateEntityOf(country: string | null): string | null {
        if (!country) return null;
        return (layers.entities ?? []).find((e) => e.type === 'LOC' && e.kbId === `cty:${country}`)?.id ?? null;
      }

      /**
       * The governing date: of the DATE expressions in the trigger's sentence, the nearest (in tokens)
       * that stands in the trigger's own clause, i.e. with no relative pronoun, complementizer,
       * subordinator, reporting verb, sentence boundary or other trigger verb between them. A date
       * inside "الذي فر إلى هناك في ديسمبر" or after "قال ... الأحد إن" belongs to another verb.
       * Without one, the document date.
       */
      // The DATE expressions of each sentence, with their token range, found once per document.
      const datesBySentence: Array<Array<{ first: number; last: number; value: string }>> = sentenceTokens.map(() => []);
      for (const time of layers.times ?? []) {
        if (time.type !== 'DATE' || !/^\d{4}/.test(time.value) || tokens.length === 0) continue;
        const first = tokenAt(time.start);
        const last = tokenAt(Math.max(time.start, time.end - 1));
        const sent = doc.sentences[sentenceOf[first]!];
        if (!sent || time.start < sent.start || time.end > sent.end) continue;
        datesBySentence[sentenceOf[first]!]!.push({ first, last, value: time.value });
      }
      function dateOf(tr: Trigger): string | null {
        let bestValue: string | null = null;
        let bestDist = Infinity;
        for (const { first, last, value } of datesBySentence[sentenceOf[tr.token]!] ?? []) {
          const [from, to] = first > tr.endToken ? [tr.endToken + 1, first] : [last + 1, tr.token];
          let blocked = false;
          for (let j = from; j < to && !blocked; j++) {
            if (isBoundary(j) || CLAUSE_OPENERS.has(norm[j]!) || CLAUSE_OPENERS.has(info[j]!.rest)) blocked = true;
            else if (isComma(j) && j !== from && j !== to - 1) blocked = true;
            else if (triggerVerbAt[j]) blocked = true;
          }
          if (blocked) continue;
          const dist = first > tr.endToken ? first - tr.endToken : tr.token - last;
          if (dist < bestDist) {
            bestDist = dist;
            bestValue = value;
          }
        }
        return bestValue ?? doc.info.date;
      }

      const triggerVerbAt = new Uint8Array(tokens.length);
      for (const t of triggers) if (t.isVerb) triggerVerbAt[t.token] = 1;
      const triggerNounAt = new Uint8Array(tokens.length);
      for (const t of triggers) if (!t.isVerb) triggerNounAt[t.token] = 1;
      // Event nouns without the article (هجوما، غارة): a verb right after one may open a relative clause on it.
      const indefiniteNounAt = new Uint8Array(tokens.length);
      for (const t of triggers) if (!t.isVerb && t.endToken - t.token <= 1 && !/^(ال|لل|[وفبل]ال)/.test(norm[t.token]!)) indefiniteNounAt[t.endToken] = 1;

      // ── assemble ─────────────────────────────────────────────────────
      const events: Event[] = [];
      const seen = new Set<string>();
      // A request or refusal verb governs what follows it; with an object word (طلب تسليم) only that object.
      const governors: Array<{ token: number; from: number; kind: 'requested' | 'negated'; args: Args }> = [];
      triggers.sort((a, b) => a.token - b.token);
      /** Accusations coded so far, for denials that answer one (ينفي الحوثيون هذه الاتهامات). */
      const accusations: Array<{ sent: number; token: number; source: ActorMention; target: ActorMention }> = [];
      /**
       * "اتهمت السعودية إيران بتزويد الحوثيين بالصواريخ. وتنفي طهران هذه الاتهامات"، "...، وهو ما نفته طهران": a denial
       * whose object names no actor rejects the accuser of the latest accusation (this sentence or the three before) whose
       * accused is the denier or one denying with it; the other deniers (وينفي الحوثيون وطهران) reject the same accuser.
       */
      function answeredAccusation(tr: Trigger, args: Args): Args {
        const sent = sentenceOf[tr.token]!;
        // "الأمر الذي يثبت مجددا تنكر الولايات المتحدة": after another verb the word is its object, a noun (disavowal).
        let p = tr.token - 1;
        while (p > 0 && tokens[p]!.kind === 'arabic' && SUBJECT_GAP_WORDS.has(info[p]!.rest)) p--;
        // (A present form with ي is a verb even when it is no event verb: يثبت، يؤكد.)
        if (p >= 0 && tokens[p]!.kind === 'arabic' && (info[p]!.verb || /^ي.../.test(info[p]!.rest)) && !AUXILIARIES.has(info[p]!.rest) && !inActor[p]) return args;
        const deniers = [args.source!, ...(args.coSubjects ?? [])];
        for (let k = accusations.length - 1; k >= 0; k--) {
          const a = accusations[k]!;
          if (a.token >= tr.token || sent - a.sent > DENIAL_REACH) continue;
          if (!deniers.some((d) => d.entity.id === a.target.entity.id || sameState(d.entity, a.target.entity))) continue;
          if (deniers.some((d) => d.entity.id === a.source.entity.id || sameState(d.entity, a.source.entity))) continue;
          return { ...args, target: a.source, targetPrep: '' };
        }
        return args;
      }

      // "اعتقلت الشرطة مواطنين سعوديين"، "عشرات المصريين": a demonym naming private people (not the state, its
      // officials or its soldiers, not a thing: الجهات الروسية، المنتجين الأمريكيين).
      const privatePeopleDemonym = (m: ActorMention): boolean => {
        if (m.kind !== 'demonym' || m.token < 1) return false;
        const before = m.token - 1;
        if (tokens[before]!.kind === 'number') return /(ين|ون)$/.test(info[m.token]!.rest);
        const w = info[before]!.rest;
        const bare = /^[لب]/.test(w) ? w.slice(1) : w;
        if (PRIVATE_PEOPLE.has(w) || PRIVATE_PEOPLE.has(bare) || PRIVATE_PEOPLE.has(bare.replace(/^ال/, ''))) return true;
        return QUANTITY_WORDS.has(w) && /(ين|ون)$/.test(info[m.token]!.rest);
      };

      // "اعتقلت الشرطة الصينية المشتبه به"، "اضطهاد الحكومة التركية للصحفيين": an organ of a state (not its army, which
      // acts abroad too; not Israel's, whose forces act on Palestinians) coercing or attacking private people named by a
      // bare noun, with no other state in the sentence, acts on its own people. The object stands for the organ's state.
      const ownPeople = new Map<string, Entity>();
      /**
       * (events63) The people sides ownPeopleObject and placedPeopleObject made: a side of their state's own organs, armed
       * groups or state (a domestic event), also where the organ is coded as its bare state (السلطات التركية → TUR).
       */
      const placedPeople = new Set<ActorMention>();
      /** The people of a state as a side (one entity per state and article; no mentions, not an entity of the output). */
      const peopleOf = (country: string): Entity => {
        const id = `events:people:${country}`;
        let entity = ownPeople.get(id);
        if (!entity) {
          entity = newEntity(id, 'LOC', country, null, null, country, country, []);
          ownPeople.set(id, entity);
        }
        return entity;
      };
      const ownPeopleObject = (tr: Trigger, src: ActorMention): ActorMention | null => {
        const e = src.entity;
        // (events63) a civil organ also when the entity layer coded it as its bare state by the demonym after the organ word
        // ("اتهمت السلطات التركية الصحفيين"، "حثت السلطات الأردنية المواطنين": TUR, JOR), as the domestic fallback reads it
        if (!civilOrgan(src) || !e.country || e.country === 'ISR') return null;
        // "المقار التي اقتحمها المتظاهرون": after a verb with an object pronoun, or a verb whose subject stands far
        // before it, the noun after the verb is its subject.
        if (tr.enclitic || (tr.isVerb && src.endToken < tr.token && tr.token - src.endToken > 2)) return null;
        let j = src.token > tr.endToken && src.token - tr.endToken <= 2 ? src.endToken + 1 : tr.endToken + 1;
        for (let k = 0; k < 2 && j < tokens.length && inTime[j]; k++) j++;
        if (j >= tokens.length || tokens[j]!.kind !== 'arabic' || inActor[j] || inActor[j + 1] || sentenceOf[j] !== sentenceOf[tr.token]) return null;
        let w = info[j]!.rest;
        if (!tr.isVerb && w.startsWith('لل')) w = 'ال' + w.slice(2);
        // A nisba adjective after the noun (الصحفيين الفرنسيين) gives them a state, whichever it is.
        const next = j + 1 < tokens.length && sentenceOf[j + 1] === sentenceOf[j] ? info[j + 1]!.rest : '';
        if (NISBA_ADJECTIVE.test(next)) return null;
        if (!w.startsWith('ال') || !(PRIVATE_PEOPLE.has(w.slice(2)) || OWN_PEOPLE_EXTRA.has(w))) return null;
        if (actors.some((a) => sentenceOf[a.token] === sentenceOf[tr.token] && a.entity.country && a.entity.country !== e.country)) return null;
        const people = actorMention(peopleOf(e.country!), j, j, j, '', tokens[j]!.start, 'people');
        placedPeople.add(people);
        return people;
      };

      /** Whether the events emitted now have their sides from fallbackArgs (set per trigger in the loop below). */
      let fallbackNow = false;
      /** (events35) Which level of the second side pass gave the events emitted now a side (set per trigger in the loop below). */
      let sideRuleNow: SideFallbackLevel | 'model' | null = null;
      /** (events31) Every event emitted with both sides, in order: a reply in kind turns one around. */
      const emitted: Array<{ tr: Trigger; code: CodeRef; src: ActorMention; tgt: ActorMention; modality: Modality; sent: number }> = [];
      const isSport = (j: number) =>
        j >= 0 && j < tokens.length && (lex.sportsWords.has(info[j]!.rest) || hasStemIn(tokens[j]!.text, info[j]!.stems, lex.sportsWords)) &&
        // "الرئيس المكسيكي المنتخب" (elected), not a team
        ![j - 1, j - 2].some((b) => b >= 0 && lex.sportsNotAfter.has(info[b]!.rest));
      const sportsFixture = (tr: Trigger, sides: Array<ActorMention | null>): boolean => {
        // the trigger's reach in its sentence (commas pass), eight words each way
        for (const dir of [-1, 1]) {
          for (let k = 1; k <= 8; k++) {
            const j = dir < 0 ? tr.token - k : tr.endToken + k;
            if (j < 0 || j >= tokens.length || (tokens[j]!.kind === 'punct' && PUNCT_BOUNDARY.has(norm[j]!))) break;
            if (isSport(j)) return true;
          }
        }
        // a team named by its state: "منتخب مصر"، "المنتخب المصري" (the side right after the word, or one word on)
        return sides.some((m) => !!m && (isSport(m.headToken - 1) || isSport(m.headToken - 2)));
      };
      const emit = (tr: Trigger, code: CodeRef, src: ActorMention | null, tgt: ActorMention | null, modality: Modality) => {
        // An event needs its source: "who did it" is what dyadic event data is about; an act whose
        // doer the text does not name (اغتيال رئيس الحكومة، تم اعتقال ناشط) is not coded.
        if (!src) return;
        // Both sides must be placed: an entity with neither a country nor an actor code (an unresolved
        // name, a company, a false entity such as "مسقط رأسها") says nothing about who did what to whom
        // between states and groups, and such events were most of the false ones on fresh samples.
        if (!actorCode(src.entity) || (tgt && !actorCode(tgt.entity))) return;
        // A newspaper's interview or its reporter's meeting (مقابلة مع صحيفة، التقت مراسلة الصحيفة) is reporting, not diplomacy.
        // More generally a newspaper or a channel reports, criticizes in its columns, and is not a side.
        if (isMedia(src.entity) || (tgt && isMedia(tgt.entity))) return;
        // (events28) A platform where a statement is posted (قال على تويتر، عبر صفحته على فيسبوك) is no side either.
        if (platformAsPlace(src.entity, src.prep, null, lex.platforms) || (tgt && platformAsPlace(tgt.entity, tgt.prep, tgt.headToken - tr.endToken - 1, lex.platforms))) return;
        // (events43) Nor is what a phrase of topic speaks of (حول مستقبل جنوب سوريا، بشأن الاتفاق النووي الإيراني).
        if (inTopicPhrase(tr, src) || (tgt && inTopicPhrase(tr, tgt))) return;
        // (events43) Nor the seat of a body (المرصد السوري، ومقره بريطانيا).
        if (seatPlace(src) || (tgt && seatPlace(tgt))) return;
        // (events46) Nor the backer of a backing phrase, for any act but that backing (المدعومة من قبل السعودية).
        if (backerSide(tr, src) || (tgt && backerSide(tr, tgt))) return;
        // An armed or government actor striking a place of its own state (تتعرض الغوطة لقصف من القوات الحكومية)
        // is a domestic event the gold codes (SYR>SYR); a place is no side of its state otherwise.
        // An armed group of a state abducting or attacking that state's people by their demonym (مسلحون حوثيون
        // اختطفوا صحفيا يمنيا) is domestic in the same way.
        const domesticStrike = !!tgt && FORCE_TYPES.has(code.plover) && tgt.entity.type === 'LOC' && (!tgt.entity.actor || (tgt.kind === 'demonym' && tgt.entity.actor === tgt.entity.country)) && !!src.entity.actor && src.entity.actor !== src.entity.country;
        // The fallback's domestic reading (an organ's arrest with no object named) is a domestic event by construction.
        const domesticFallback = fallbackNow && !!tgt && tgt.kind === 'people' && tgt.entity.id === `events:people:${src.entity.country}`;
        // (events63) People placed by the act's place (placedPeopleObject) are a side of whoever of their state acts on them.
        const domesticPlaced = !!tgt && placedPeople.has(tgt);
        const behest = !!tgt && code.plover === 'REQUEST' && behestTokens.has(tr.token);
        if (tgt && !behest && (src.entity.id === tgt.entity.id || (sameState(src.entity, tgt.entity) && !domesticStrike && !domesticFallback && !domesticPlaced && !stateOnItsPerson(src.entity, tgt.entity, code.plover) && !organOnItsPeople(src, tgt, code.plover, tr.isVerb, privatePeopleDemonym(tgt))))) return;
        if (tgt && !behest && organsWorkingTogether(src.entity, tgt.entity, code.plover)) return;
        if (tgt && meetingInsideGovernment(src.entity, tgt.entity, code.plover)) return;
        // (events44) A sports fixture (مباراة، منتخب، الدوري ...) near the act or right before a side: teams meet and clash, not states.
        if (lex.sportsTypes.has(code.plover) && sportsFixture(tr, [src, tgt])) return;
        const info = lex.cameo.codes[code.cameo]!;
        const key = `${src?.entity.id ?? '-'}|${code.plover}|${tgt?.entity.id ?? '-'}|${tr.entry.id}|${code.cameo}`;
        // (events29) Every accusation counts for a later denial, also one whose triple the article coded before
        // ("واتهمت بريطانيا روسيا بتسميم سكريبال لكن روسيا نفت تورطها" after an earlier sentence with the same accusation).
        if (code.plover === 'ACCUSE' && tgt) accusations.push({ sent: sentenceOf[tr.token]!, token: tr.token, source: src, target: tgt });
        if (seen.has(key)) return;
        seen.add(key);
        const used = new Set([src?.entity.id, tgt?.entity.id].filter((x): x is string => !!x));
        events.push({
          plover: code.plover,
          mode: code.mode ?? null,
          cameo: code.cameo,
          quadClass: info.quadClass,
          goldstein: info.goldstein,
          source: layerId(src?.entity),
          target: layerId(tgt?.entity),
          sourceActor: src?.described ?? actorCode(src?.entity),
          targetActor: tgt?.described ?? actorCode(tgt?.entity),
          location: locationOf(tr, used),
          date: dateOf(tr),
          modality,
          trigger: { ...tr.span },
          sentence: sentenceOf[tr.token]!,
          ...(fallbackNow ? { standing: 'fallback' as const } : {}),
          ...(sideRuleNow ? { sideRule: sideRuleNow } : {}),
        });
        if (tgt) emitted.push({ tr, code, src, tgt, modality, sent: sentenceOf[tr.token]! });
      };
      /** The state the article names most (twice at least, more often than any other), other than `side`'s state: its first mention. */
      let stateCounts: Map<string, { n: number; first: ActorMention }> | null = null;
      function sanctionedState(tr: Trigger, side: Entity): ActorMention | null {
        const own = (e: Entity) => e.country === side.country || e.country === actorCode(side)?.slice(0, 3);
        const inSentence = new Map<string, ActorMention>();
        for (const a of actorsIn(sentenceOf[tr.token]!)) {
          const e = a.entity;
          if (e.type === 'LOC' && e.country && e.country !== 'IGO' && (e.actor ?? e.country) === e.country && !own(e) && !parenthesized(a) && !inSentence.has(e.country)) inSentence.set(e.country, a);
        }
        if (inSentence.size === 1) return [...inSentence.values()][0]!;
        return inSentence.size === 0 ? mainStateBesides(side) : null;
      }
      function mainStateBesides(side: Entity): ActorMention | null {
        if (!stateCounts) {
          stateCounts = new Map();
          for (const a of actors) {
            const e = a.entity;
            if (e.type !== 'LOC' || !e.country || e.country === 'IGO' || (e.actor ?? e.country) !== e.country || parenthesized(a)) continue;
            const c = stateCounts.get(e.country);
            if (c) c.n++;
            else stateCounts.set(e.country, { n: 1, first: a });
          }
        }
        const ranked = [...stateCounts].filter(([code]) => code !== side.country && code !== actorCode(side)?.slice(0, 3)).sort((x, y) => y[1].n - x[1].n);
        if (!ranked.length || ranked[0]![1].n < 2 || (ranked.length > 1 && ranked[0]![1].n === ranked[1]![1].n)) return null;
        return ranked[0]![1].first;
      }
      /**
       * "استهدفت الطائرات مواقع تابعة لميليشيا الحوثي"، "دمرت القوات آليات وتعزيزات تابعة للمسلحين" (events15): an act of
       * force on things (positions, vehicles, depots) that the text says belong to an actor (تابعة ل، المملوكة ل) is an act
       * on that actor. The things follow the verb (or its subject) within six words, with no other actor, verb or event
       * between.
       */
      function belongingObject(tr: Trigger, source: ActorMention): ActorMention | null {
        if (!FORCE_TYPES.has(tr.entry.plover) || sentenceOf[source.token] !== sentenceOf[tr.token]) return null;
        // The doer in the act's own clause: not a side carried from elsewhere, nor one before another event noun
        // ("القوات الإيرانية ... في غارات استهدفت مواقع تابعة للنظام": the raids' doer is not named).
        if (source.headToken < tr.token) {
          if (source.headToken < clauseStart(tr.token, true)) return null;
          for (let j = source.endToken + 1; j < tr.token; j++) if (triggerNounAt[j] || triggerVerbAt[j]) return null;
        }
        const from = source.headToken > tr.endToken ? source.endToken : tr.endToken;
        const end = commaAfter(from);
        for (let j = from + 1; j < end && j - from <= 8; j++) {
          if (tokens[j]!.kind !== 'arabic') continue;
          // (Things named between: "الميليشيا الحوثية التابعة لإيران" says whose the doer is, not what it struck.)
          if (BELONGING.has(info[j]!.rest) && j > from + 1) {
            const owner = actorStartingAt(j + 1);
            return owner && owner.headToken === j + 1 && owner.prep === 'ل-' && owner.entity.id !== source.entity.id && !sameState(owner.entity, source.entity) ? owner : null;
          }
          // (Not after من: "من موقع تابع لحماس" is where the fire came from.)
          if (inActor[j] || info[j]!.verb || triggerVerbAt[j] || triggerNounAt[j] || RELATIVES.has(stripConj(norm[j]!).rest) || COMPLEMENTIZERS.has(norm[j]!) || norm[j] === FI || norm[j] === MIN || BELONGING.has(info[j]!.rest)) return null;
        }
        return null;
      }

      /**
       * (events42) "الاتهامات البريطانية بأن موسكو تقف وراء الهجوم": an accusation noun whose doer was found and whose
       * target was not says what it charges in a clause after أن / بأن; the actor right after the complementizer is the
       * accused. Only the noun's own qualifiers (its doer, adjectives) may stand between.
       */
      function claimSubject(tr: Trigger, args: Args): ActorMention | null {
        if (tr.isVerb || tr.entry.plover !== 'ACCUSE' || !args.source || args.target || tr.enclitic) return null;
        const sent = sentenceOf[tr.token]!;
        for (let j = tr.endToken + 1; j < sentenceTokens[sent]![1] && j - tr.endToken <= 4; j++) {
          if (CLAIM_THAT.has(norm[j]!)) {
            const a = actorStartingAt(j + 1);
            if (!a || a.headToken > j + 2 || a.prep !== norm[j]! && a.prep !== '') return null;
            return a.entity.id !== args.source.entity.id && !sameState(a.entity, args.source.entity) && !!actorCode(a.entity) ? a : null;
          }
          if (isComma(j) || isBoundary(j) || tokens[j]!.kind !== 'arabic') return null;
          // the doer's own mention (a demonym) or an adjective of the noun
          const inSource = j >= args.source.token && j <= args.source.endToken;
          if (!inSource && (inActor[j] || info[j]!.verb || triggerNounAt[j] || !/^ال/.test(norm[j]!))) return null;
        }
        return null;
      }

      /**
       * The fallback (events20): a side for an active event verb whose other side the rules above did not find, in the
       * two readings that held on corpus text (docs/events.md, "Eighth session: fallback sides (events20)"). The object:
       * the actor that stands right after the verb, or right after its verb-first subject (times, day names and adverbs
       * may stand between), with no preposition when the entry takes a direct object, or with one of the entry's own
       * target prepositions. A state organ's arrest, detention or sentence (CAMEO 173; not an army's: those it holds are
       * mostly another people, as for the own-people rule) with no object named and no other state or relational adjective
       * after the verb: the organ's own state (a domestic act, as the gold codes it). Its events carry `standing: 'fallback'`. The wider readings the
       * issue suggested (the clause subject as source, the previous sentence's subject, any actor after the verb as target)
       * were mostly wrong on corpus text and are left out.
       */
      function fallbackArgs(tr: Trigger, args: Args): Args | null {
        if (!tr.isVerb) return domesticNounArgs(tr, args);
        if (!fallbackOpen(tr, args)) return null;
        const source = args.source!;
        const sent = sentenceOf[tr.token]!;
        const end = sentenceTokens[sent]![1];
        const specs = tr.entry.targetSpecs;
        const fits = (a: ActorMention | undefined): a is ActorMention => !!a && !!actorCode(a.entity) && !isMedia(a.entity) && a.entity.id !== source.entity.id && actorCode(a.entity) !== actorCode(source.entity);
        // The first word after the verb, or after a verb-first subject, past times and adverbs.
        let j = source.headToken > tr.endToken && wordsBetween(tr.endToken, source.headToken) <= VSO_WINDOW ? source.endToken + 1 : tr.endToken + 1;
        while (j < end && (inTime[j] || isComma(j) || DAY_NAMES.has(stripConj(norm[j]!).rest) || SUBJECT_GAP_WORDS.has(stripConj(norm[j]!).rest))) j++;
        if (j < end) {
          const a = actors.find((x) => x.token === j || x.headToken === j);
          // "طالب الرئيس المصري جان بكشف الحقيقة": a bare person's name right after a titled subject is that subject's name.
          const ownName = !!a && a.entity.type === 'PER' && a.kind === 'name' && j === source.endToken + 1 && (source.entity.type === 'PER' || source.kind !== 'name');
          if (fits(a) && !ownName && ((a.prep === '' && specs.has('direct')) || (a.prep !== '' && a.prep !== 'و-' && specs.has(a.prep)))) {
            return { ...args, target: a, targetPrep: a.prep, fallback: true };
          }
          // A preposition word of the entry's right before the actor ("أجرى مباحثات مع ...").
          const b = !a && specs.has(norm[j]!) ? actors.find((x) => (x.token === j + 1 || x.headToken === j + 1) && x.prep === norm[j]) : undefined;
          if (fits(b)) {
            return { ...args, target: b, targetPrep: b.prep, fallback: true };
          }
        }
        // The lexicon's domesticFallback.notVerbs are left out: أوقف/يوقف is "stop, suspend" as often as "arrest", and with
        // no object named nothing tells them apart.
        // Not when the sentence names another state after the verb (الجيش الإسرائيلي يعتقل اثنين من عائلة فلسطيني، اعتقلت
        // الشرطة الألمانية متشددا تونسيا): those arrested may be its people (read on corpus text: most such were).
        // Nor when a relational adjective follows the object (الصحفيين الفرنسيين): the people have a state of their own.
        const foreign = nisbaAfter(j, end) || otherStateAfter(tr, source);
        if (domesticAct(tr, source) && !foreign && !notDomesticVerb(tr)) return { ...args, target: ownState(source), targetPrep: '', fallback: true };
        // (events54) "وطالب المحتجون بإسقاط الحكومة": an unnamed domestic group's demand with no addressee named is made of its
        // own state (the gold codes protesters' demands X>X), under the same guards.
        if (source.entity.id.startsWith(GROUP_ID) && tr.entry.plover === 'REQUEST' && !foreign) return { ...args, target: ownState(source), targetPrep: '', fallback: true };
        return null;
      }
      /**
       * (events25) "وقررت محكمة مصرية حبس خمسة متهمين"، "وأعلنت الشرطة الفرنسية توقيف ثلاثة أشخاص"، "قررت السلطات السعودية
       * اعتقال عدد من الناشطين": the verbal noun of an arrest, detention, trial or referral (the lexicon's domesticFallback
       * codes) whose doer is a state's civil organ and whose object names no actor is, like the verb, done to the organ's
       * own state; not when a state other than the organ's or a relational adjective (الصحفيين الفرنسيين) follows it.
       */
      function domesticNounArgs(tr: Trigger, args: Args): Args | null {
        if (!fallbackOpen(tr, args)) return null;
        const source = args.source!;
        if (!domesticAct(tr, source)) return null;
        const end = sentenceTokens[sentenceOf[tr.token]!]![1];
        if (nisbaAfter(tr.endToken + 1, end) || otherStateAfter(tr, source)) return null;
        return { ...args, target: ownState(source), targetPrep: '', fallback: true };
      }
      /**
       * "نظام متطرف يهددنا"، "في الحرب التي تشن ضدنا": a first-person plural object inside a quote is the quote's speaker: a
       * present verb with ـنا (a past one with ـنا is mostly "we did": هددنا), or a preposition of the entry's targets with
       * ـنا within three words after the trigger, in its clause.
       */
      function firstPersonObject(tr: Trigger, subject: ActorMention | null): boolean {
        const w = stripConj(norm[tr.endToken]!).rest.replace(/^س(?=[يت])/, '');
        if (tr.isVerb && tr.endToken === tr.token && /^[يت]/.test(w) && w.length > 4 && w.endsWith('نا') && lex.verbForms.has(w.slice(0, -2))) return true;
        const end = commaAfter(tr.endToken);
        for (let j = tr.endToken + 1; j < end && j <= tr.endToken + 3; j++) {
          if (tokens[j]!.kind !== 'arabic') continue;
          const x = stripConj(norm[j]!).rest;
          // "تهدد بلادنا"، "عدوان على أراضينا"، "لحماية شعبنا": a noun of the speaker's own state or people, the direct object
          // right after the trigger or after one of its target prepositions (as a word or as the clitic ب/ل)
          const own = SPEAKER_OWN_NOUNS.has(x) ? '' : /^[بل]/.test(x) && SPEAKER_OWN_NOUNS.has(x.slice(1)) ? x[0] + '-' : null;
          if (own !== null) {
            const before = j - 1 > tr.endToken ? stripConj(norm[j - 1]!).rest : '';
            // (right after a verb, the noun is its object only when the subject stands before it: "يحارب جنودنا داعش" is
            // "our soldiers fight")
            const objectSlot = j === tr.endToken + 1 && tr.entry.targetSpecs.has('direct') && !!subject && subject.headToken < j;
            if (own ? tr.entry.targetSpecs.has(own) : objectSlot || (!!before && tr.entry.targetSpecs.has(before))) return true;
            continue;
          }
          if (!x.endsWith('نا') || x.length < 3) continue;
          const base = x.slice(0, -2);
          const prep = base === 'ب' ? 'ب-' : base === 'ل' ? 'ل-' : base === ILAY ? ILA : base === ALAY ? ALA : base;
          if (tr.entry.targetSpecs.has(prep)) return true;
        }
        return false;
      }
      /**
       * (events45) The doer of a noun in a sentence-initial occasion phrase (grammar frontedOpeners: وفي، وخلال، وعلى هامش ...,
       * or a ب + verbal noun opening the sentence: وبالتشاور، وبالتعاون) whose partner follows مع: the subject of the clause
       * after the comma that closes the phrase (a verb and the actor after it, or an actor and the verb after it). No verb
       * in the phrase; the subject coded and of another state than the partner.
       */
      function frontedPhraseSubject(tr: Trigger, target: ActorMention): ActorMention | null {
        const sent = sentenceOf[tr.token]!;
        const [sFrom, sTo] = sentenceTokens[sent]!;
        let o = sFrom;
        while (o < tr.token && tokens[o]!.kind !== 'arabic') o++;
        const opener = (norm[o] ?? '').replace(/^[وف]/, '');
        if (!(FRONTED_OPENERS.has(opener) || FRONTED_OPENERS.has(norm[o] ?? '') || (o === tr.token && /^[وف]?ب/.test(norm[o]!)))) return null;
        if (wordsBetween(o, tr.token) > 3) return null;
        let maa = -1;
        for (let j = tr.endToken + 1; j <= target.headToken && j < sTo; j++) if (norm[j] === MAA || stripConj(norm[j]!).rest === MAA) { maa = j; break; }
        if (maa < 0 || wordsBetween(tr.endToken, maa) > 2) return null;
        let c = -1;
        for (let j = o + 1; j < sTo; j++) {
          if (isComma(j)) { c = j; break; }
          if (isBoundary(j) || (j !== tr.token && tokens[j]!.kind === 'arabic' && info[j]!.verb && !inActor[j] && !triggerNounAt[j])) return null;
        }
        if (c < 0 || c < target.endToken || c - target.endToken > 6 || c + 2 >= sTo) return null;
        const fits = (a: ActorMention) => !!actorCode(a.entity) && !isMedia(a.entity) && a.prep === '' && sentenceOf[a.headToken] === sent && a.entity.id !== target.entity.id && !sameState(a.entity, target.entity);
        const v = c + 1;
        const verbAt = (j: number) => tokens[j]!.kind === 'arabic' && !inActor[j] && (!!info[j]!.verb || REPORTING.has(stripConj(norm[j]!).rest) || SAY_WORDS.has(stripConj(norm[j]!).rest));
        if (verbAt(v)) {
          const subj = actors.find((a) => a.headToken > v && a.headToken - v <= VSO_WINDOW && subjectGap(v, a.headToken));
          return subj && fits(subj) ? subj : null;
        }
        // "، الرئيس السوري يؤكد": a title may stand before the subject's demonym.
        const svo = actors.find((a) => a.headToken >= v && a.headToken - v <= 2 && subjectGap(c, Math.min(a.token, a.headToken), a.kind === 'demonym'));
        if (svo && fits(svo) && svo.endToken + 1 < sTo && verbAt(svo.endToken + 1)) return svo;
        return null;
      }
      /** The article's dominant dyad (articleDyad), counted once per article when the dyad level first asks. */
      let dyadOfArticle: [string, string] | null | undefined;
      /**
       * (events35) The second side pass (src/events/side-fallback.ts): for a two-sided trigger whose rules found one side,
       * the levels of grammar.json sideFallbackLevels in order; the first that names the missing side gives it. The side
       * must be coded, no medium, and neither the found side nor of its state.
       * - speaker-object: a missing target is the quote's speaker when the trigger's object is "us" (firstPersonObject);
       * - answered: a refusal (grammar answerReplyTypes) whose target is missing, its source in its own sentence, answers
       *   the latest act coded before it in that sentence or the two before (ANSWER_REACH) that was done to the refuser and
       *   is of a kind one refuses (answerActTypes: a demand, an accusation, a threat, a penalty): its doer is the target
       *   ("دعت مصر تركيا إلى الحوار. ورفضت أنقرة الدعوة");
       * - dyad (measured and left off in the shipped data: about one added triple in five was right): the article's two
       *   most-named states (articleDyad); a side of one of them gets the other as its missing side.
       */
      function secondSide(tr: Trigger, args: Args): { args: Args; rule: SideFallbackLevel } | null {
        const found = (args.source ?? args.target)!;
        const foundCountry = actorCode(found.entity)?.slice(0, 3) ?? null;
        const ok = (a: ActorMention | null | undefined): a is ActorMention => !!a && !!actorCode(a.entity) && !isMedia(a.entity) && a.entity.id !== found.entity.id && !sameState(a.entity, found.entity) && actorCode(a.entity)!.slice(0, 3) !== foundCountry;
        const withTarget = (t: ActorMention) => ({ ...args, target: copyMention(t, ''), targetPrep: '' });
        for (const level of SIDE_LEVELS) {
          if (level === 'speaker-object') {
            if (args.target) continue;
            const speaker = speakerAt(tr);
            if (ok(speaker) && firstPersonObject(tr, args.source)) return { args: withTarget(speaker), rule: level };
          } else if (level === 'answered') {
            if (args.target || tr.passive || !tr.isVerb || !ANSWER_REPLY_TYPES.includes(tr.entry.plover) || sentenceOf[found.token] !== sentenceOf[tr.token]) continue;
            // Not a refusal resuming ما ("وهو ما نفته القاهرة": what a report said), nor one whose object is a comment or a
            // report (رفضت التعليق، نفت طهران التقرير): those answer no side's act.
            if (tr.token > 0 && stripConj(norm[tr.token - 1]!).rest === MA) continue;
            let o = found.headToken > tr.endToken && found.headToken - tr.endToken <= VSO_WINDOW ? found.endToken + 1 : tr.endToken + 1;
            while (o < tokens.length && (inTime[o] || isComma(o))) o++;
            if (o < tokens.length && sentenceOf[o] === sentenceOf[tr.token] && (ANSWER_NOT_OBJECTS.has(stripConj(norm[o]!).rest) || reportNounAt(o))) continue;
            const sent = sentenceOf[tr.token]!;
            for (let k = emitted.length - 1; k >= 0; k--) {
              const e = emitted[k]!;
              if (e.sent > sent || sent - e.sent > ANSWER_REACH || e.tr.token >= tr.token || e.tr.entry.reciprocal || !ANSWER_ACT_TYPES.includes(e.code.plover)) continue;
              if (!(e.tgt.entity.id === found.entity.id || sameState(e.tgt.entity, found.entity))) continue;
              if (ok(e.src)) return { args: withTarget(e.src), rule: level };
            }
          } else if (level === 'reacted') {
            // (events49) "استنكرت الدول الهجوم"، "ورحبت واشنطن بهذه الخطوة"، "وينفي الحوثيون هذه الاتهامات": a reaction whose
            // object names an act already told (a demonstrative and a noun, or a definite act noun of the act's own type)
            // is aimed at that act's doer, coded in its sentence or the two before.
            // (a one-word verb: a phrase like "حمل ... مسؤولية الهجمات" blames for the act, it does not react to it)
            if (!args.source || args.target || tr.passive || !tr.isVerb || tr.endToken !== tr.token || !REACTION_TYPES.includes(tr.entry.plover) || sentenceOf[found.token] !== sentenceOf[tr.token]) continue;
            if (tr.enclitic !== null || (tr.token > 0 && stripConj(norm[tr.token - 1]!).rest === MA)) continue;
            const sent = sentenceOf[tr.token]!;
            let o = found.headToken > tr.endToken && found.headToken - tr.endToken <= VSO_WINDOW ? found.endToken + 1 : tr.endToken + 1;
            while (o < tokens.length && (inTime[o] || isComma(o))) o++;
            if (o < tokens.length && (norm[o] === ALA || norm[o] === 'ب')) o++;
            if (o + 1 >= tokens.length || sentenceOf[o] !== sent || tokens[o]!.kind !== 'arabic' || inActor[o]) continue;
            const bare = stripConj(norm[o]!).rest.replace(/^ب(?=ال|ه|ت|ذ)/, '');
            let actType: string | null = null;
            let objEnd = o;
            if (DEMONSTRATIVES.has(bare)) {
              // not what a report said ("نفي هذه المعلومات"، "هذه الأنباء"): no side's act
              if (sentenceOf[o + 1] !== sent || tokens[o + 1]!.kind !== 'arabic' || inActor[o + 1] || !/^ال/.test(norm[o + 1]!) || ANSWER_NOT_OBJECTS.has(norm[o + 1]!) || reportNounAt(o + 1)) continue;
              const named = triggers.find((t) => t.token === o + 1 && !t.isVerb);
              // a noun that names no act type (هذه الخطوة، هذا الأمر) only for a refusal, which must answer an act done to the
              // refuser: a welcome or a condemnation of "this position" is as often of a third party's (corpus: 2 of 2 wrong)
              if (!named && tr.entry.plover !== 'REJECT') continue;
              actType = named ? named.entry.plover : '*';
              objEnd = named ? named.endToken : o + 1;
            } else {
              const named = triggers.find((t) => t.token === o && !t.isVerb);
              if (!named || !/^[وف]?(ب|ل)?ال/.test(norm[o]!) || named.entry.reciprocal) continue;
              // the act noun must stand alone: a genitive or a demonym after it names its own doer or object
              const nx = named.endToken + 1;
              if (nx < tokens.length && sentenceOf[nx] === sent && (inActor[nx] || (tokens[nx]!.kind === 'arabic' && !!info[nx]!.head))) continue;
              actType = named.entry.plover;
              objEnd = named.endToken;
            }
            // "نددت بهذا القرار الذي اتخذته إدارة ترامب"، "دانت الضربات التي شنتها المقاتلات التركية": a relative clause
            // after the object names its doer; with a relative pronoun and no doer found, the act is not the one told before.
            const relDoer = relativeDoerAfter(objEnd);
            if (relDoer) {
              if (ok(relDoer)) return { args: withTarget(relDoer), rule: level };
              continue;
            }
            if (objEnd + 1 < tokens.length && RELATIVES.has(norm[objEnd + 1]!)) continue;
            for (let k = emitted.length - 1; k >= 0; k--) {
              const e = emitted[k]!;
              if (e.sent > sent || sent - e.sent > ANSWER_REACH || e.tr.token >= tr.token || e.tr.entry.reciprocal) continue;
              if (actType !== '*' && e.code.plover !== actType) continue;
              // a refusal answers only an act done to the refuser (as the answered level): "ودعت مصر العراق إلى الحوار.
              // ورفضت أنقرة الدعوة" is no refusal of Egypt's
              if (tr.entry.plover === 'REJECT' && !(e.tgt.entity.id === found.entity.id || sameState(e.tgt.entity, found.entity))) break;
              if (ok(e.src)) return { args: withTarget(e.src), rule: level };
              break;
            }
          } else {
            if (dyadOfArticle === undefined) dyadOfArticle = articleDyad(actors.filter((a) => a.entity.type === 'LOC' && !parenthesized(a)).map((a) => ({ country: a.entity.country ?? null, sentence: sentenceOf[a.token]! })));
            const other = otherOfDyad(dyadOfArticle, foundCountry);
            const state = other ? actors.find((a) => a.entity.type === 'LOC' && actorCode(a.entity) === other && a.entity.country === other && !parenthesized(a)) : undefined;
            if (!ok(state)) continue;
            const side: ActorMention = actorMention(state.entity, state.token, state.headToken, state.endToken, '', state.start, 'dyad', state.described);
            return { args: args.source ? { ...args, target: side, targetPrep: '' } : { ...args, source: side }, rule: level };
          }
        }
        return null;
      }
      /** (events37) Per article, lazily: sentences naming each scored country, and their ranks (most named first). */
      let countrySentences: Map<string, Set<number>> | null = null;
      let countryRank: Map<string, number> | null = null;
      const sideCountryOf = (a: ActorMention) => eventSideCountry(a.entity, a.described ?? actorCode(a.entity));
      /**
       * (events37) The learned side picker (src/events/side-model.ts): the candidates for the missing side of a firing with
       * one side found (the coded actors of its sentence, the sentence before and the headline, one per scored country,
       * the nearest mention), each described by facts; the trace hook gets them all, and the model (when on) picks one.
       */
      function modelSide(tr: Trigger, args: Args, model: SideModel | null): Args | null {
        const found = (args.source ?? args.target)!;
        const role: 'source' | 'target' = args.source ? 'target' : 'source';
        const foundCountry = actorCode(found.entity)?.slice(0, 3) ?? null;
        const foundScored = sideCountryOf(found);
        const ok = (a: ActorMention) => !!actorCode(a.entity) && !isMedia(a.entity) && a.entity.id !== found.entity.id && !sameState(a.entity, found.entity) && actorCode(a.entity)!.slice(0, 3) !== foundCountry && !parenthesized(a);
        if (!countrySentences) {
          countrySentences = new Map();
          for (const a of actors) {
            const c = sideCountryOf(a);
            if (!c || parenthesized(a)) continue;
            let set = countrySentences.get(c);
            if (!set) countrySentences.set(c, (set = new Set()));
            set.add(sentenceOf[a.token]!);
          }
          countryRank = new Map([...countrySentences].sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1)).map(([c], i) => [c, i + 1]));
        }
        const sent = sentenceOf[tr.token]!;
        const headline = (a: ActorMention) => tokens[a.token]!.start < doc.bodyStart;
        const headlineCountries = new Set(actors.filter(headline).map(sideCountryOf));
        const dist = (a: ActorMention) => (a.endToken < tr.token ? tr.token - a.endToken - 1 : Math.max(0, a.headToken - tr.endToken - 1));
        const pool: Array<{ a: ActorMention; where: 'sentence' | 'previous' | 'headline' }> = [];
        const byCountry = new Map<string, { a: ActorMention; where: 'sentence' | 'previous' | 'headline' }>();
        const consider = (a: ActorMention, where: 'sentence' | 'previous' | 'headline') => {
          const c = sideCountryOf(a);
          if (!c || c === foundScored || !ok(a)) return;
          const have = byCountry.get(c);
          if (have && (have.where !== where || dist(have.a) <= dist(a))) return;
          byCountry.set(c, { a, where });
        };
        for (const a of actorsIn(sent)) consider(a, 'sentence');
        if (sent > 0) for (const a of actorsIn(sent - 1)) consider(a, 'previous');
        for (const a of actors) if (headline(a) && sentenceOf[a.token]! < sent - 1) consider(a, 'headline');
        pool.push(...byCountry.values());
        if (!pool.length) return null;
        const at = tokens[tr.token]!.start;
        const inQuote = (layers.quotes ?? []).some((q) => q.start <= at && at < q.end);
        const speaker = speakerAt(tr);
        const pairs = new Set(emitted.map((e) => [sideCountryOf(e.src), sideCountryOf(e.tgt)].sort().join('|')));
        const typedPairs = new Set(emitted.map((e) => `${e.code.plover}|${[sideCountryOf(e.src), sideCountryOf(e.tgt)].sort().join('|')}`));
        const sentActors = actorsIn(sent);
        const accepted = new Set(tr.entry.target);
        const kindOf = (a: ActorMention) => actorKind(a.entity.type, a.entity.actor ?? null, a.entity.country ?? null, a.kind);
        const facts = pool.map(({ a, where }): CandidateFacts => {
          const c = sideCountryOf(a)!;
          const before = a.endToken < tr.token;
          const [lo, hi] = before ? [a.endToken + 1, tr.token] : [tr.endToken + 1, a.headToken];
          let commaBetween = false;
          let clauseBetween = false;
          let triggerBetween = false;
          if (where === 'sentence') {
            for (let j = lo; j < hi; j++) {
              if (isComma(j)) commaBetween = true;
              if (isBoundary(j) || COMPLEMENTIZERS.has(norm[j]!) || SUBORDINATORS.has(norm[j]!)) clauseBetween = true;
              if (triggerVerbAt[j] || triggerNounAt[j]) triggerBetween = true;
            }
          }
          const prep = a.prep;
          const prepAccepted = prep === '' ? accepted.has('direct') : accepted.has(prep) || accepted.has(prep.replace(/-$/, ''));
          const firstActor = actorsIn(sentenceOf[a.token]!)[0] === a;
          const d = dist(a);
          const nearerOther = where === 'sentence' && sentActors.some((o) => o !== a && ok(o) && sideCountryOf(o) !== c && dist(o) < d);
          return {
            role, plover: tr.entry.plover, isVerb: tr.isVerb, passive: tr.passive, enclitic: tr.enclitic, inQuote, where, before, distance: d,
            commaBetween, clauseBetween, triggerBetween, prep, prepAccepted, firstActor, kind: kindOf(a), foundKind: kindOf(found),
            speaker: !!speaker && speaker.entity.id === a.entity.id, rank: countryRank!.get(c) ?? 99, sentences: countrySentences!.get(c)?.size ?? 0,
            inHeadline: headlineCountries.has(c), pairSeen: !!foundScored && pairs.has([foundScored, c].sort().join('|')), nearerOther,
            foundRank: (foundScored && countryRank!.get(foundScored)) || 99, candidates: pool.length, sentenceIndex: sent,
            pairSameType: !!foundScored && typedPairs.has(`${tr.entry.plover}|${[foundScored, c].sort().join('|')}`),
            entry: tr.entry.id,
          };
        });
        const features = facts.map(candidateFeatures);
        if (sideTrace) sideTrace({ span: tr.span, plover: tr.entry.plover, isVerb: tr.isVerb, role, found: foundScored, candidates: pool.map((p, i) => ({ country: sideCountryOf(p.a)!, features: features[i]!, facts: facts[i]! })) });
        if (!model) return null;
        const pick = pickCandidate(model, features, model.threshold);
        if (pick.index < 0) return null;
        const side: ActorMention = copyMention(pool[pick.index]!.a, '');
        return role === 'target' ? { ...args, target: side, targetPrep: '' } : { ...args, source: side };
      }
      /** The fallback may give a target: an active trigger of a two-sided kind, its source named and its target not. */
      function fallbackOpen(tr: Trigger, args: Args): boolean {
        return !tr.passive && !!args.source && !args.target && !ONE_SIDED.has(tr.entry.plover);
      }
      /** (events54) A word with the preposition ل (لانتقادات، للقصف) within four words after the trigger, in its clause. */
      function undergoneAfter(tr: Trigger): boolean {
        const end = commaAfter(tr.endToken);
        for (let k = tr.endToken + 1; k < end && k <= tr.endToken + 4; k++) {
          if (tokens[k]!.kind === 'arabic' && /^ل(?!ا$|م$|ن$|كن|يس|ان$|دى$|ذلك$)../.test(norm[k]!) && !inActor[k]) return true;
        }
        return false;
      }
      /** An act the lexicon's domesticFallback codes name (arrest, detention, trial, referral), done by a state's civil organ. */
      function domesticAct(tr: Trigger, source: ActorMention): boolean {
        return lex.domesticCodes.some((c) => tr.entry.cameo.startsWith(c)) && civilOrgan(source);
      }
      /** A relational adjective outside any actor among the four words from `from`, before a comma or a boundary (الصحفيين الفرنسيين). */
      function nisbaAfter(from: number, end: number): boolean {
        for (let k = from; k < end && k - from <= 3 && !isComma(k) && !isBoundary(k); k++) if (NISBA_ADJECTIVE.test(info[k]!.rest) && !inActor[k]) return true;
        return false;
      }
      /**
       * Another state than the source's named after the trigger in its sentence (not a medium; (events63) not a platform
       * where the news was posted: "اعتقلت السلطات الإيرانية المحامية ...، حسبما أعلن زوجها على فيسبوك" names no other state).
       */
      function otherStateAfter(tr: Trigger, source: ActorMention): boolean {
        return actorsIn(sentenceOf[tr.token]!).some((a) => a.headToken > tr.endToken && !!a.entity.country && a.entity.country !== source.entity.country && !isMedia(a.entity) && !(a.entity.kbId && lex.platforms.has(a.entity.kbId)));
      }
      /** The trigger's verb is one of the lexicon's domesticFallback.notVerbs (أوقف، توقف: "stop" as often as "arrest"), pronoun or not. */
      function notDomesticVerb(tr: Trigger): boolean {
        const verb = stripConj(norm[tr.token]!).rest.replace(/^[سل](?=[يتن])/, '');
        return lex.domesticNotForms.has(verb) || ENCLITICS.some((enc) => verb.endsWith(enc) && lex.domesticNotForms.has(verb.slice(0, -enc.length)));
      }
      /**
       * (events27) "بعد الانسحاب الأميركي من الاتفاق النووي"، "قرار ترامب الانسحاب من الاتفاق النووي": the lexicon's object
       * phrases that stand for a state (objectStates), within five words after the trigger and in its clause, with no actor
       * before them, right after من, and not followed by مع + another party (الاتفاق النووي مع كوريا الشمالية).
       */
      function objectStateAfter(tr: Trigger, source: ActorMention): ActorMention | null {
        const end = commaAfter(tr.endToken);
        for (const o of lex.objectStates) {
          if (!o.plover.has(tr.entry.plover) || source.entity.country === o.country) continue;
          const first = o.words[0]!;
          for (let k = tr.endToken + 1; k < end && k <= tr.endToken + 5; k++) {
            if (inActor[k] && !(source.token <= k && k <= source.endToken)) break;
            // after من only: "انسحاب واشنطن من الاتفاق النووي"; not "رفضهما لإلغاء الاتفاق النووي" (the rejection is of
            // the one who cancels it)
            if (stripConj(norm[k]!).rest !== first || stripConj(norm[k - 1]!).rest !== MIN) continue;
            if (!o.words.slice(1).every((x, i) => norm[k + 1 + i] === x)) continue;
            const after = k + o.words.length;
            if (after < end && norm[after] === MAA && actorsIn(sentenceOf[k]!).some((a) => a.token === after + 1 && a.entity.country !== o.country)) break;
            return actorMention(peopleOf(o.country), k, k, after - 1, '', tokens[k]!.start, 'people');
          }
        }
        return null;
      }
      /**
       * (events27) "ألقي القبض على ثلاثة إيرانيين في ألمانيا"، "ألقت الشرطة القبض على صحفي أمريكي في تركيا": an arrest or
       * sentence (the lexicon's placeDoer codes) with its target named and no doer is done by the state of the place after
       * في, in the trigger's clause after the trigger, within eight words of it.
       */
      function placeOfAct(tr: Trigger, target: ActorMention): ActorMention | null {
        const end = commaAfter(tr.endToken);
        const place = actorsIn(sentenceOf[tr.token]!).find((a) => a.prep === FI && a.headToken > tr.endToken && a.headToken < end && wordsBetween(tr.endToken, a.headToken) <= 8);
        // A place named by its name (not البلاد: whose land is meant is the question), not the target's own mention.
        if (!place || place.entity.type !== 'LOC' || place.kind !== 'name' || !place.entity.country || place.entity.id === target.entity.id) return null;
        if (target.prep === FI) return null;
        // The place of another act or of a relative clause ("ضربة للمتشددين الذين يشنون هجمات في مصر"، "محاكمة المسؤولين
        // عن قتل المتظاهرين في غزة").
        if (relativeBetween(tr.endToken, place.headToken) || triggers.some((t) => t !== tr && t.token > tr.endToken && t.token < place.headToken)) return null;
        // توقف، أوقف: "stop" as often as "arrest" (the lexicon's domesticFallback.notVerbs).
        if (notDomesticVerb(tr)) return null;
        return place;
      }
      /**
       * (events63) "اعتقل الجيش الإسرائيلي شابا في الضفة الغربية"، "قتلت الغارات خمسة مدنيين في إدلب"، "ألقت الشرطة القبض على
       * ثلاثة ناشطين في القاهرة": the private people (data/events/grammar.json `privatePeople`, with or without the article, a
       * count or a quantity before them) an arrest, attack or charge is done to, as the verb's object (right after it or after
       * its verb-first subject, or after one of the entry's target prepositions), with no relational adjective after them and
       * a place named after في in the trigger's clause within six words: they are people of that place's state (GDELT codes
       * such a side as the place's country with a civilian role). Not after a relative or another trigger (the place is then
       * another clause's), not an expulsion (174: those expelled are foreigners), not an attack by a person (words), not
       * أوقف/توقف (stop). Null when the pattern is not there.
       */
      function placedPeopleObject(tr: Trigger, source: ActorMention): ActorMention | null {
        const entry = tr.entry;
        if (!PLACED_PEOPLE_TYPES.has(entry.plover) || !tr.isVerb || tr.passive || tr.enclitic || entry.cameo.startsWith('174')) return null;
        if (entry.plover === 'ASSAULT' && source.entity.type === 'PER') return null;
        if (notDomesticVerb(tr)) return null;
        const sent = sentenceOf[tr.token]!;
        const end = sentenceTokens[sent]![1];
        // The doer stands right after the verb (VSO) or right before it (الحوثيون يقتلون): "وقتل تسعة مدنيين في الغوطة" is
        // mostly the passive قُتل, its "source" an actor of another clause.
        // (inside a split pattern, "ألقت القوات المصرية القبض على", the doer is the verb's too)
        const inside = source.token > tr.token && source.endToken < tr.endToken;
        const vso = source.headToken > tr.endToken && wordsBetween(tr.endToken, source.headToken) <= VSO_WINDOW;
        if (!vso && !inside && !(source.endToken < tr.token && wordsBetween(source.endToken, tr.token) === 0 && sentenceOf[source.endToken] === sent)) return null;
        let j = vso ? source.endToken + 1 : tr.endToken + 1;
        const skip = () => {
          while (j < end && (inTime[j] || DAY_NAMES.has(stripConj(norm[j]!).rest) || SUBJECT_GAP_WORDS.has(stripConj(norm[j]!).rest))) j++;
        };
        skip();
        // "ألقت الشرطة القبض على"، "أطلقت النار على": a word of the entry's pattern, then one of its target prepositions
        if (j < end && tokens[j]!.kind === 'arabic' && !inActor[j] && j <= tr.endToken + 1 && entry.targetSpecs.has(norm[j]!)) j++;
        // a count: a number, a count word, an approximation (نحو، أكثر من), "من" after a quantity (عدد من)
        for (let k = 0; k < 4 && j < end; k++) {
          const w = stripConj(norm[j]!).rest;
          if (tokens[j]!.kind === 'number' || NUMBER_WORDS.has(w) || COUNT_WORDS.has(w) || QUANTITY_WORDS.has(w) || APPROXIMATORS.has(w) || COUNT_ADJECTIVES.has(w)) j++;
          else break;
        }
        if (j >= end || tokens[j]!.kind !== 'arabic' || inActor[j] || inActor[j + 1]) return null;
        const w = info[j]!.rest;
        // (with the article, a plural only: "رئيس حزب الشعب الجمهوري المعارض" is the subject's adjective, not an object)
        if (!(PRIVATE_PEOPLE.has(w) || (w.startsWith('ال') && /(?:ين|ون|اء|ات)$/.test(w) && (PRIVATE_PEOPLE.has(w.slice(2)) || OWN_PEOPLE_EXTRA.has(w))))) return null;
        if (nisbaAfter(j + 1, end)) return null;
        const stop = commaAfter(j);
        // the place after في, or after في and a region or city word (في شمال العراق، في مدينة الحديدة), or with ب (بالموصل)
        const placed = (a: ActorMention) => a.prep === FI || a.prep === 'ب-' || (a.headToken >= 2 && REGION_WORDS.has(stripConj(norm[a.headToken - 1]!).rest) && norm[a.headToken - 2] === FI);
        const place = actorsIn(sent).find((a) => placed(a) && a.headToken > j && a.headToken < stop && wordsBetween(j, a.headToken) <= PLACED_PEOPLE_REACH);
        if (!place || place.entity.type !== 'LOC' || place.kind !== 'name' || !place.entity.country || place.entity.country === 'IGO' || place.entity.actor && place.entity.actor !== place.entity.country) return null;
        if (relativeBetween(j, place.headToken) || triggers.some((t) => t !== tr && t.token > j && t.token < place.headToken)) return null;
        // nor after a verb or a complementizer between ("على شخص تزعم أنه طعن مستوطنا في القدس": the place of what he did)
        for (let k = j + 1; k < place.headToken; k++) if (tokens[k]!.kind === 'arabic' && !inActor[k] && (!!info[k]!.verb || COMPLEMENTIZERS.has(stripConj(norm[k]!).rest) || SUBORDINATORS.has(stripConj(norm[k]!).rest))) return null;
        const people = actorMention(peopleOf(place.entity.country), j, j, j, '', tokens[j]!.start, 'people');
        placedPeople.add(people);
        return people;
      }
      /**
       * A state's civil organ (government, police, courts, prosecution, intelligence, parliament), not its army: by its actor
       * code (EGYCOP), by the code a description gives it (محكمة مصرية → EGYJUD), or by an institution word heading a
       * demonym the entity layer coded as the bare state (السلطات المصرية، قوات الأمن العراقية).
       */
      function civilOrgan(a: ActorMention): boolean {
        const code = isStateOrgan(a.entity) ? a.entity.actor! : a.described ?? '';
        if (code.length > 3) return STATE_ORGANS.has(code.slice(3, 6)) && code.slice(3, 6) !== 'MIL';
        if (!a.entity.country || (a.entity.actor ?? a.entity.country) !== a.entity.country) return false;
        // The words before the demonym: the mention's own head words, or the one or two words right before it.
        const first = Math.min(a.token, a.headToken);
        const from = a.kind === 'demonym' ? Math.max(0, first - 2) : first;
        const last = Math.max(a.token, a.headToken);
        for (let k = from; k < last; k++) {
          if (tokens[k]!.kind !== 'arabic' || sentenceOf[k] !== sentenceOf[last]) continue;
          const w = stripConj(norm[k]!).rest;
          const two = k + 1 < last ? `${w} ${norm[k + 1]}` : '';
          if (two && lex.institutionNouns.has(two)) return !ARMY_WORDS.has(w) || two === normalize('قوات الأمن');
          if (lex.institutionNouns.has(w) && !ARMY_WORDS.has(w) && (k + 1 === first || k >= first)) return true;
        }
        return false;
      }
      /** The state of an organ, as the people it acts on (اعتقلت الشرطة المصرية ناشطا → EGYCOP>EGY). */
      function ownState(organ: ActorMention): ActorMention {
        return actorMention(peopleOf(organ.entity.country!), organ.endToken, organ.endToken, organ.endToken, '', organ.start, 'people');
      }

      /**
       * "وقال أبي أحمد في أعقاب المباحثات مع وفد إريتريا"، "وطالب ترامب مرارا بإطلاق سراحه، وصولا إلى التهديد بفرض عقوبات على
       * تركيا" (events15): a verbal noun with its other side named (مع، على، ل) but no doer of its own is the act of the
       * sentence's subject (its first actor without a preposition, near its start or right after its first verb) when no
       * other actor without a preposition, no complementizer (أن، إن: another clause's subject) and no relative clause
       * stands between that subject and the noun.
       */
      /**
       * (events24) "وأطلقت صواريخ من قطاع غزة على إسرائيل"، "صاروخ أطلق من اليمن باتجاه جازان": where a launch with no doer
       * came from, an actor (a place or a state, not a person) after من within three words of the trigger, before the
       * target and in its clause: the state it was fired from is the side annotators code.
       */
      function launchOrigin(tr: Trigger, target: ActorMention): ActorMention | null {
        const clauseEnd = commaAfter(tr.endToken);
        let from = -1;
        for (let k = tr.endToken + 1; k < clauseEnd && k <= tr.endToken + 3 && from < 0; k++) if (stripConj(norm[k]!).rest === MIN && norm[k + 1] !== QABL) from = k;
        if (from < 0) return null;
        // "من غزة"، "من الأراضي السورية": the actor right after من, or the demonym of the land noun after it.
        const origin = actorsIn(sentenceOf[tr.token]!).find((a) => a.token > from && a.token <= from + 2 && a.headToken < clauseEnd && (a.prep === MIN || a.kind === 'demonym'));
        if (!origin || origin.entity.type === 'PER' || !actorCode(origin.entity) || isMedia(origin.entity)) return null;
        if (origin.headToken > target.headToken || sameState(origin.entity, target.entity)) return null;
        return origin;
      }

      function sentenceSubjectDoer(tr: Trigger, target: ActorMention): ActorMention | null {
        if (tr.isVerb || tr.enclitic || tr.passive || target.headToken < tr.token) return null;
        // The other side by a preposition, close to the noun (مع X، على X، لـX): a bare genitive (اغتيال رئيس الوزراء،
        // تمويل القذافي) may be the noun's own doer, and a place after في is where, not whom.
        // ("بناء على طلب من فرنسا": after a noun, من names whose act it is.)
        if (target.prep === '' || target.prep === 'و-' || target.prep === FI || target.prep === MIN || lex.locativePreps.has(target.prep) && target.entity.type === 'LOC' || wordsBetween(tr.endToken, target.headToken) > 3) return null;
        // "سحب قواتها": a pronoun on the pattern's object names the doer already.
        // (events24) Read on the written word: the normalizer spells ة as ه, and "إبرام صفقة" has no pronoun.
        if (tr.endToken > tr.token && /(ها|هم|هما|ه)$/.test(tokens[tr.endToken]!.text.replace(/[\u064b-\u0652]/g, ''))) return null;
        const sent = sentenceOf[tr.token]!;
        const [sFrom] = sentenceTokens[sent]!;
        const lead = leadingClauseEnd(sent);
        const inSent = actorsIn(sent);
        const subject = inSent.find((a) => a.headToken >= lead && a.endToken < tr.token && (a.prep === '' || a.prep === 'و-') && !parenthesized(a) && !(a.entity.type === 'LOC' && lex.locativePreps.has(a.prep)));
        if (!subject || subject.headToken - Math.max(sFrom, lead) > 5) return null;
        if (subject.entity.id === target.entity.id || sameState(subject.entity, target.entity) || isMedia(subject.entity)) return null;
        for (const a of inSent) if (a !== subject && a.headToken > subject.endToken && a.endToken < tr.token && (a.prep === '' || a.prep === 'و-') && a.entity.id !== subject.entity.id) return null;
        // Not what a condemning or denying verb is about (ندد الوزير بالدعم الذي قدمه الغرب للعراق): that act is another's.
        for (const t of triggers) if (t.isVerb && t.token < tr.token && sentenceOf[t.token] === sent && OTHERS_ACT_TYPES.has(t.entry.plover)) return null;
        for (let j = subject.endToken + 1; j < tr.token; j++) {
          const w = stripConj(norm[j]!).rest;
          if (isBoundary(j) || COMPLEMENTIZERS.has(w) || COMPLEMENTIZERS.has(norm[j]!) || PRONOUN_COMPLEMENTIZERS.has(w) || RELATIVES.has(w) || SUBORDINATORS.has(w) || /^["«“”»]$/.test(tokens[j]!.text)) return null;
        }
        return subject;
      }

      /**
       * "قتل ثلاثة جنود أتراك في هجوم شنه مسلحون أكراد"، "وأصيب جندي في غارة إسرائيلية" (events15): an undiacritized past
       * verb of harm whose only actor follows it, then an attack noun after في or ب (or جراء، إثر) naming its own doer,
       * is passive: the victims are the target and the attack's doer the source.
       */
      /**
       * "وزار وزير الخارجية الفرنسي بغداد. وهو التقى الرئيس العراقي": a sentence opening with a subject pronoun (هو، هي,
       * with و or ف) and then an event verb: the pronoun is the subject of the sentence before (its first actor without a
       * preposition, within five words of its start, of the pronoun's gender), and an actor the verb found after itself
       * is its object. Only these clear cases ("وهو ما" is a relative, the pronoun after إنه is read elsewhere).
       */
      function pronounSubjectArgs(tr: Trigger, args: Args): Args | null {
        if (!tr.isVerb || tr.passive || tr.token === 0) return null;
        const sent = sentenceOf[tr.token]!;
        if (sent === 0 || tr.token - 1 !== sentenceTokens[sent]![0]) return null;
        const pron = norm[tr.token - 1]!.replace(/^[وف]/, '');
        const gender = pron === 'هو' ? 'm' : pron === 'هي' ? 'f' : null;
        if (!gender) return null;
        const [pFrom] = sentenceTokens[sent - 1]!;
        const subj = actorsIn(sent - 1).find((a) => a.headToken - pFrom <= 5 && (a.prep === '' || a.prep === 'و-'));
        if (!subj) return null;
        const bareState = subj.entity.type === 'LOC' && subj.kind !== 'demonym' && subj.headToken === subj.token && !MASCULINE_STATES.has(stripConj(norm[subj.headToken]!).rest);
        const femaleSubject = bareState || femininePerson(subj);
        if ((gender === 'f') !== femaleSubject) return null;
        const other = (a: ActorMention | null) => (a && a.entity.id !== subj.entity.id ? a : null);
        const target = other(args.target) ?? (args.source && args.source.headToken > tr.token ? other(args.source) : null);
        return { ...args, source: subj, target, targetPrep: target === args.target ? args.targetPrep : '' };
      }

      /**
       * "واتفقت الكوريتان"، "وعقد الطرفان جولة من المفاوضات"، "قمة بين الكوريتين": a symmetric act (CONSULT, COOPERATE,
       * AGREE, or an entry marked reciprocal) that found no other side, with a word naming two sides in its clause within
       * four words of it: the two Koreas for الكوريتين/الكوريتان, else the two states the article named last before the word
       * (البلدان، الجانبين، الدولتين ...), coded both ways.
       */
      function pairWordArgs(tr: Trigger, args: Args): Args | null {
        // (Not clashes, اشتباكات بين الطرفين: the two sides of a fight are mostly a state's own forces and rebels.)
        if (!(PAIR_TYPES.has(tr.entry.plover) || (tr.entry.reciprocal && tr.entry.plover !== 'ASSAULT'))) return null;
        const sent = sentenceOf[tr.token]!;
        const from = Math.max(clauseStart(tr.token, true), tr.token - 4);
        const to = Math.min(commaAfter(tr.endToken), tr.endToken + 5);
        for (let j = from; j < to; j++) {
          if ((j >= tr.token && j <= tr.endToken) || sentenceOf[j] !== sent || tokens[j]!.kind !== 'arabic') continue;
          const w = norm[j]!.replace(/^[وف]?(?:ب|لل|ل)?/, (m) => (m.endsWith('لل') ? 'ال' : ''));
          const rest = info[j]!.rest;
          let pair: [ActorMention, ActorMention] | null = null;
          if (KOREAS.has(w) || KOREAS.has(rest)) {
            const korea = (code: string): ActorMention => actorMention(koreaEntity(code), j, j, j, '', tokens[j]!.start, 'name');
            pair = [korea('PRK'), korea('KOR')];
          } else if (lex.bothSides.has(w) || lex.bothSides.has(rest)) {
            pair = twoStatesBefore(j);
          }
          if (!pair) continue;
          if (args.source && ![pair[0].entity.id, pair[1].entity.id].includes(args.source.entity.id)) return null;
          return { ...args, source: pair[0], target: pair[1], targetPrep: '', both: true };
        }
        return null;
      }
      /**
       * The two states a pair word stands for: only when the word names none after it ("الرئيسين المصري والفرنسي" is read
       * elsewhere) and its sentence up to it and the sentence before name exactly two states (a corpus check of the nearest
       * two actors anywhere before gave wrong pairs in about a third of the changes).
       */
      function twoStatesBefore(j: number): [ActorMention, ActorMention] | null {
        const sent = sentenceOf[j]!;
        if (actors.some((a) => a.token > j && a.token - j <= 2 && sentenceOf[a.token] === sent)) return null;
        const byState = new Map<string, ActorMention>();
        for (const a of actors) {
          if (a.token >= j || sentenceOf[a.token]! < sent - 1 || isMedia(a.entity) || parenthesized(a)) continue;
          // The country the side would be scored under: an official of an intergovernmental body acts for it (IGO).
          const c = actorCode(a.entity)?.startsWith('IGO') ? 'IGO' : a.entity.country;
          if (!c || c === 'IGO' || !actorCode(a.entity)) continue;
          if (!byState.has(c)) byState.set(c, a);
        }
        if (byState.size !== 2) return null;
        const [x, y] = [...byState.values()];
        return [x!, y!];
      }
      const koreaEntity = (code: string): Entity => {
        const named = (layers.entities ?? []).find((e) => e.type === 'LOC' && e.country === code && (e.actor ?? code) === code);
        if (named) return named;
        const id = `events:koreas:${code}`;
        let e = madeKoreas.get(id);
        if (!e) {
          e = newEntity(id, 'LOC', code === 'PRK' ? 'كوريا الشمالية' : 'كوريا الجنوبية', null, null, code, code, []);
          madeKoreas.set(id, e);
        }
        return e;
      };
      const madeKoreas = new Map<string, Entity>();

      function harmedInAttack(tr: Trigger, args: Args): Args | null {
        if (tr.entry.plover !== 'ASSAULT') return null;
        // (events42) A noun whose genitive is the harmed (مقتل، مصرع: "مقتل مسلحين سوريين في غارات تركية") takes the
        // attack's doer the same way; it has no subject to be read as active.
        if (!tr.isVerb && (tr.entry.genitive !== 'target' || tr.enclitic || !args.target || args.source)) return null;
        // The victims are the verb's subject when the unvowelled passive was read as active (قتل ثلاثة فلسطينيين), or
        // (events29) its target when it was read as passive and no agent was found ("وأصيب ثلاثة جنود بغارة شنتها
        // الطائرات الروسية"، "قتل مدنيان في قصف نفذته قوات النظام": the attack's doer, named in the clause on the attack
        // noun, is the agent of the harm).
        let victims: ActorMention;
        if (tr.isVerb && !tr.passive && !args.target && args.source) {
          victims = args.source;
          const w = stripConj(norm[tr.token]!).rest;
          const bases = pastBasesOf(tr.entry);
          if (!bases.has(w) && !(w.endsWith('ت') && bases.has(w.slice(0, -1)))) return null;
        } else if (!args.source && args.target && args.targetPrep === '' && !args.both) victims = args.target;
        else return null;
        if (victims.headToken <= tr.endToken || victims.headToken - tr.endToken > 4) return null;
        const sent = sentenceOf[tr.token]!;
        const attack = triggers.find((t) => !t.isVerb && t.entry.plover === 'ASSAULT' && sentenceOf[t.token] === sent && t.token > victims.endToken && wordsBetween(victims.endToken, t.token) <= 5 &&
          (ATTACK_PREPS.has(norm[t.token - 1]!) || /^[وف]?ب/.test(norm[t.token]!) || (t.token >= 2 && ATTACK_PREPS.has(norm[t.token - 2]!) && tokens[t.token - 1]!.kind === 'arabic' && !inActor[t.token - 1])));
        if (!attack) return null;
        // "قتل فلسطيني وأصيب آخر بجروح في قصف إسرائيلي": a second harm joined by و (وأصيب، وجرح) belongs to the same attack.
        for (let j = victims.endToken + 1; j < attack.token; j++) if (isComma(j) || isBoundary(j) || (triggerVerbAt[j] && !HARM_AND.has(norm[j]!)) || inActor[j]) return null;
        // (events42) After a noun, a verb between makes the attack another clause's ("مقتل بريطانية شاركت في معارك").
        if (!tr.isVerb) for (let j = victims.endToken + 1; j < attack.token; j++) if (info[j]!.verb) return null;
        const doer = findArgs(attack).source;
        if (!doer || doer.entity.id === victims.entity.id || doer.headToken < attack.token) return null;
        return { source: doer, target: victims, targetPrep: '', both: false };
      }

      /**
       * (events25) "وتشهد مدن جنوب العراق مظاهرات"، "وفي ذي قار، يعتصم العشرات"، "خرج الآلاف في شوارع طهران احتجاجا":
       * demonstrators without a name whose place comes before the protest word are that place's people too: a place that
       * is what a witness verb (شهد) has seen, or one after في (past a few nouns: شوارع، مدن جنوب) a few words before the
       * protest, with no other clause (إن، أن، قال) between.
       */
      function placeBeforeProtest(tr: Trigger): ActorMention | null {
        // Violence and riots (أعمال عنف، أعمال شغب) in a place are as often a war's or a crime's as a crowd's.
        if (RIOT_WORDS.some((x) => tr.span.text.includes(x))) return null;
        const sent = sentenceOf[tr.token]!;
        const [sFrom] = sentenceTokens[sent]!;
        const places = actorsIn(sent).filter((a) => a.entity.type === 'LOC' && a.endToken < tr.token && wordsBetween(a.endToken, tr.token) <= 5 && !!actorCode(a.entity));
        for (let i = places.length - 1; i >= 0; i--) {
          const a = places[i]!;
          let clear = true;
          for (let j = a.endToken + 1; j < tr.token && clear; j++) {
            const w = stripConj(norm[j]!).rest;
            if (COMPLEMENTIZERS.has(w) || COMPLEMENTIZERS.has(norm[j]!) || PRONOUN_COMPLEMENTIZERS.has(w) || PRONOUN_COMPLEMENTIZERS.has(norm[j]!) || RELATIVES.has(w) || SAY_WORDS.has(w) || (inActor[j] && !places.some((p) => p.token <= j && j <= p.endToken))) clear = false;
          }
          if (!clear) continue;
          // the place itself after في, or after في and at most three plain words (شوارع، مدن جنوب ووسط)
          let fi = false;
          for (let k = a.token - 1; k >= Math.max(sFrom, a.token - 4) && !fi; k--) {
            if (norm[k] === FI || norm[k]!.slice(1) === FI && /^[وف]/.test(norm[k]!)) fi = true;
            else if (tokens[k]!.kind !== 'arabic' || inActor[k]) break;
          }
          let witness = false;
          for (let k = a.token - 1; k >= Math.max(sFrom, a.token - 5) && !witness; k--) {
            if (!WITNESS_VERBS.has(stripConj(norm[k]!).rest)) continue;
            // "تشهد صراعا مع إسرائيل": a place after a preposition is not what saw the protest.
            let viaPrep = false;
            for (let m = k + 1; m < a.token; m++) if (WITNESS_PREPS.has(norm[m]!)) viaPrep = true;
            if (viaPrep) break;
            // "ولم تشهد العاصمة أي احتجاجات": none seen is no protest.
            if (k > sFrom && (NOT_WORDS.has(norm[k - 1]!) || /^[وف]/.test(norm[k - 1]!) && NOT_WORDS.has(norm[k - 1]!.slice(1)))) return null;
            witness = true;
          }
          if (fi || witness) return a;
        }
        return null;
      }

      /**
       * (events36) The parties of a mutual act (a reciprocal noun: حوار، مفاوضات، اجتماع) that a request governs, named after
       * بين right after the noun: the act stands within seven words after the request verb (its subject may stand between), with no other verb between, and its sides are both found
       * through بين (the first after بين, the others conjoined). The requester is never one of them.
       */
      const hasVerbTriggerBetween = (from: number, to: number): boolean => {
        for (let j = from + 1; j < to; j++) if (triggerVerbAt[j] || isBoundary(j)) return true;
        return false;
      };
      /**
       * The mutual act at t is what a request governs: إلى (or ب/ل on it) right before it, or a verbal noun right before it
       * that carries one ("بإجراء مفاوضات"، "إلى إجراء حوار").
       */
      const requestedPhraseAt = (t: number): boolean => {
        const governed = (j: number) => j >= 0 && tokens[j]!.kind === 'arabic' && (/^[بل]/.test(info[j]!.rest) || (j > 0 && (norm[j - 1] === ILA || norm[j - 1] === ILAY)));
        if (governed(t)) return true;
        return t > 0 && tokens[t - 1]!.kind === 'arabic' && !inActor[t - 1] && governed(t - 1);
      };
      function partiesOfRequestedMutualAct(tr: Trigger, requester: ActorMention): ActorMention[] {
        const act = triggers.find((t) => t !== tr && !t.isVerb && t.entry.reciprocal && t.token > tr.endToken && wordsBetween(tr.endToken, t.token) <= 7 && sentenceOf[t.token] === sentenceOf[tr.token] && norm[t.endToken + 1] === BETWEEN && !hasVerbTriggerBetween(tr.endToken, t.token) && requestedPhraseAt(t.token));
        if (!act) return [];
        const a = findArgs(act);
        if (!a.source || !a.target || a.source.prep !== BETWEEN) return [];
        const out: ActorMention[] = [];
        for (const p of [a.source, a.target, ...(a.coTargets ?? [])]) {
          if (p.entity.id === requester.entity.id || out.some((x) => x.entity.id === p.entity.id)) continue;
          out.push(p);
        }
        return out.length >= 2 ? out : [];
      }

      const absorbed = new Set<Trigger>();
      for (const tr of triggers) {
        const entry = tr.entry;
        fallbackNow = false;
        if (absorbed.has(tr)) continue;
        let args = findArgs(tr);
        if (args.source && !args.target) {
          const owner = belongingObject(tr, args.source);
          if (owner) args = { ...args, target: owner, targetPrep: '' };
        }
        // (events36) "وأغلقت القنصلية الروسية في سياتل": after a verb and its object word (a mission), the actor that
        // qualifies the object (a demonym or a genitive name) is its owner, the target, never the verb's subject; the
        // subject is then the one before (the clause's or the sentence's before it).
        if (tr.isVerb && entry.ownerAdjective && tr.endToken > tr.token) {
          // the entity layer may have made the mission itself a name (القنصلية الروسية): it stands for its owner too
          const owner = actorStartingAt(tr.endToken + 1) ?? actorStartingAt(tr.endToken);
          if (owner && owner.prep === '' && sentenceOf[owner.headToken] === sentenceOf[tr.token]) {
            const source = args.source && args.source.entity.id !== owner.entity.id && !sameState(args.source.entity, owner.entity) ? args.source : antecedent(tr.token, verbGender(norm[tr.token]!), new Set([owner.entity.id]), true);
            args = { ...args, source: source && !sameState(source.entity, owner.entity) ? source : null, target: owner, targetPrep: '' };
          }
        }
        args = harmedInAttack(tr, args) ?? args;
        if (args.source && !args.target) {
          const accused = claimSubject(tr, args);
          if (accused) args = { ...args, target: accused, targetPrep: '' };
        }
        args = pronounSubjectArgs(tr, args) ?? args;
        if (!args.target) args = pairWordArgs(tr, args) ?? args;
        // Where a launch or a shipment came from names its doer before the sentence's subject does (أحبط الجيش تهريب
        // الأسلحة من إيران إلى الحوثيين: Iran, not the army).
        // A noun's doer found before it (the clause's subject) gives way too: the subject intercepts, the origin ships.
        if (args.target && entry.originSource && (!args.source || (!tr.isVerb && args.source.headToken < tr.token))) {
          const origin = launchOrigin(tr, args.target);
          if (origin) args = { ...args, source: origin };
        }
        if (!args.source && args.target) {
          const doer = sentenceSubjectDoer(tr, args.target);
          if (doer) args = { ...args, source: doer };
        }
        // (events41) a group of states named by its members: as the subject right after the verb, or the object within three
        // words after the trigger (after its preposition).
        // The members are the subjects; a side the finder took among them gives way to the object after them.
        // A group right after the verb is its subject (VSO: "وطردت حكومات غربية من بينها الولايات المتحدة"), before any side
        // the finder took from an earlier clause.
        if (tr.isVerb) {
          const ms = membersOfGroup(tr.token + 1, null, true) ?? (tr.endToken > tr.token ? membersOfGroup(tr.endToken + 1, null, true) : null);
          if (ms) {
            const inList = (a: ActorMention | null) => !!a && ms.some((m) => m.entity.id === a.entity.id);
            let target = args.target;
            let coTargets = args.coTargets;
            if (!target || inList(target)) {
              const last = ms[ms.length - 1]!;
              const at = isComma(last.endToken + 1) ? last.endToken + 2 : last.endToken + 1;
              const next = actorStartingAt(at);
              target = next && next.token === at && next.prep === '' && sentenceOf[at] === sentenceOf[tr.token] && !inList(next) ? next : null;
              coTargets = [];
            }
            args = { ...args, source: ms[0]!, coSubjects: ms.slice(1), target, coTargets, targetPrep: target === args.target ? args.targetPrep : '' };
          }
        }
        if (!args.target && args.source) {
          for (let g = tr.endToken + 1; g <= tr.endToken + 3 && g < tokens.length && sentenceOf[g] === sentenceOf[tr.token]; g++) {
            if (isBoundary(g) || isComma(g) || inActor[g]) break;
            // only after a preposition of a target (على، ضد، إلى، مع ...; لـ on the word): a bare group after a verbal noun is
            // its doer ("بعد منع دول أوروبية عدة على رأسها ألمانيا")، after في a place
            let prep = g - 1 > tr.endToken ? stripConj(norm[g - 1]!).rest : /^[وف]?(لل|ل)/.test(norm[g]!) ? 'ل-' : '';
            // "انتقادات للعديد من الدول"، "على عدد من الدول": the preposition on the quantity word before من
            if (prep === MIN && g - 2 > tr.endToken) {
              const q = stripConj(norm[g - 2]!).rest;
              const bare = q.replace(/^(لل|ل|بال|ب)/, '').replace(/^ال/, '');
              if (lex.memberQuantities.has(bare)) prep = /^(لل|ل)/.test(q) ? 'ل-' : g - 3 > tr.endToken ? stripConj(norm[g - 3]!).rest : '';
            }
            if (!(lex.memberTargetPreps.has(prep) || prep === 'ل-')) continue;
            const ms = membersOfGroup(g, args.source, false);
            if (ms) {
              args = { ...args, target: ms[0]!, targetPrep: prep, coTargets: ms.slice(1) };
              break;
            }
          }
        }
        // (events38) A pattern verb in a relative clause on its object word (الضربات التي شنتها الدول الغربية): its doer stands
        // in that clause or on the head (الصواريخ الحوثية التي), never before the head ("ندد المرشد الإيراني بالضربات التي
        // شنتها ..." is no Iranian strike).
        if (tr.objectAt !== undefined && args.source && args.source.headToken < tr.objectAt && tr.token - tr.objectAt >= 2 && RELATIVE_HEADS_PASSIVE.has(stripConj(norm[tr.token - 1]!).rest)) args = { ...args, source: null };
        if (eventTrace) traceTrigger(eventTrace, tr, args);
        if (tr.isVerb && entry.plover === 'ASSAULT' && entry.objectSeqs.length && args.source) {
          const rel = relativeAttackTarget(tr, triggers, actors, sentenceOf);
          if (rel && rel.target.entity.id !== args.source.entity.id) {
            args = { ...args, target: rel.target, targetPrep: '' };
            absorbed.add(rel.verb);
          }
        }
        // "أدانت مصر مقتل الفلسطينيين برصاص القوات الإسرائيلية": a condemnation whose object is an act names that
        // act's victim as its target only by accident; the one condemned is the act's doer.
        if (tr.isVerb && entry.plover === 'ACCUSE' && args.target) {
          const tgt = args.target;
          const act = triggers.find((t) => !t.isVerb && t.token > tr.endToken && t.token < tgt.headToken && wordsBetween(tr.endToken, t.token) <= 3 && t.entry.plover !== 'ACCUSE');
          const actArgs = act ? findArgs(act) : null;
          if (actArgs?.source && actArgs.target?.entity.id === tgt.entity.id && actArgs.source.entity.id !== args.source?.entity.id) args = { ...args, target: actArgs.source, targetPrep: '' };
        } else if (tr.isVerb && entry.plover === 'ACCUSE' && args.source) {
          args = condemnedActDoer(tr, args, triggers, findArgs, wordsBetween) ?? args;
        }
        if (!tr.isVerb && entry.plover === 'ACCUSE' && !entry.objectBeforeB && !args.target) args = condemnedNounArgs(tr, args, triggers, findArgs, wordsBetween, sentenceOf, norm) ?? args;
        // A verb's modality does not change its arguments: it is worked out only for events that stay.
        const nominalModality = tr.isVerb ? null : modalityOf(tr, governors);
        const governor = nominalModality?.governor ?? -1;
        // A nominal action under a request or a refusal takes its actor from the governing verb:
        // "طالب روسيا بتسليم" → Russia is to hand over; "رفضت روسيا تسليم" → Russia refuses to.
        if (governor >= 0 && !tr.isVerb) {
          const g = governors.find((x) => x.token === governor)!;
          const actor = g.kind === 'requested' ? g.args.target : g.args.source;
          if (actor && (!args.source || args.source.entity.id === g.args.source?.entity.id)) {
            args = { ...args, source: actor, target: args.target && args.target.entity.id !== actor.entity.id ? args.target : null };
          }
        }
        // (events25) A statement that is its speaker's act: the verb's subject is whom it is about.
        if (entry.speakerSource) {
          const speaker = speakerAt(tr);
          if (!speaker || !args.source || entry.futureOnly && !tr.future || args.source.entity.id === speaker.entity.id) continue;
          // "يجب أن تتحمل"، "نتوقع أن يتحمل حلفاؤنا مسؤولية أكبر": a duty asked for, not blame.
          if (tr.token >= 2 && COMPLEMENTIZERS.has(norm[tr.token - 1]!) && OBLIGATION_WORDS.has(stripConj(norm[tr.token - 2]!).rest)) continue;
          args = { source: speaker, target: args.source, targetPrep: '', both: false };
        }
        if (entry.notBefore && otherSense(tr, notBeforeOf(entry), 4, entry.notBeforeUntilTarget && args.target ? args.target.headToken : Infinity)) continue;
        // (events54) "وتعرض الجيش لانتقادات": a form of تعرض "to undergo" with ل after it (past its subject) is no offer.
        if (tr.isVerb && entry.plover === 'AGREE' && UNDERGO.has(stripConj(norm[tr.token]!).rest) && undergoneAfter(tr)) continue;
        if (entry.notAfter && tr.token > 0 && notAfterOf(entry).includes(stripConj(norm[tr.token - 1]!).rest)) continue;
        if (entry.onlyBefore && !otherSense(tr, onlyBeforeOf(entry), entry.onlyBeforeWithin)) continue;
        // (events36) "أمرت المحكمة الإمارات بالسماح ..." (entry field objectThenB): an order is coded only with a direct object
        // that is another state's actor followed right after by its ب complement; "أمر بطرد 60 دبلوماسيا"، "أمر الملك النائب
        // العام بـ" are no request between sides (the noun أمر "a matter" is never a trigger: the entry has verbs only).
        if (entry.objectThenB) {
          const t = args.target;
          const next = t ? t.endToken + 1 : -1;
          if (!t || !args.source || args.targetPrep !== '' || t.headToken <= tr.endToken || t.kind === 'pronoun' || t.kind === 'organ' || next >= tokens.length || tokens[next]!.kind !== 'arabic' || inActor[next] || !/^[وف]?ب/.test(norm[next]!) || !t.entity.country || t.entity.country === args.source.entity.country) continue;
        }
        if (entry.complement) governors.push({ token: tr.token, from: tr.endToken, kind: entry.complement, args });
        // "وتنفي طهران تزويدها الحوثيين بالأسلحة": the denied act is coded (negated), not a rejection of anyone.
        if (entry.governsOnly && triggers.some((t) => t !== tr && !t.isVerb && (!!t.enclitic || t.entry.genitive === 'target') && t.token > tr.endToken && t.token - tr.endToken <= 4 && commaAfter(tr.endToken) > t.token)) continue;
        // "وهو ما نفته طهران": the pronoun on the verb resumes ما (what was said), not an actor.
        if (entry.answersAccusation && tr.enclitic && tr.token > 0 && WHAT_RELATIVES.has(stripConj(norm[tr.token - 1]!).rest)) args = { ...args, target: null };
        if (entry.answersAccusation && !args.target && args.source) args = answeredAccusation(tr, args);
        if (entry.plover === 'ASSAULT' && !args.target && args.source) {
          const place = attackedPlace(tr);
          if (place) args = { ...args, target: place, targetPrep: '' };
        }
        // (events56) "حذر ترامب من مشاكل كبيرة إذا ما استأنفت إيران برنامجها": a threat aimed at the party of its condition.
        if (entry.plover === 'THREATEN' && tr.isVerb && !tr.passive && !args.target && args.source) {
          const party = conditionedParty(tr, args.source);
          if (party) args = { ...args, target: party, targetPrep: '' };
        }
        // "تطورات العقوبات الأمريكية": sanctions named by a noun with their imposer's demonym right after it but not
        // whom they hit hit the one other state the sentence names, else the state the article is about (named most, more
        // than any other, and not the imposer's).
        if (entry.plover === 'SANCTION' && !tr.isVerb && args.source && !args.target && args.source.kind === 'demonym' && args.source.headToken - tr.endToken === 1) {
          const hit = sanctionedState(tr, args.source.entity);
          if (hit) args = { ...args, target: hit, targetPrep: '' };
        }
        // Not an expulsion (ترحيل المهاجرين: they are foreigners), not an attack by a person (هاجم ترامب الصحفيين: words).
        if (!args.target && args.source && OWN_PEOPLE_TYPES.has(entry.plover) && !entry.cameo.startsWith('174') && !(entry.plover === 'ASSAULT' && args.source.entity.type === 'PER')) {
          const people = ownPeopleObject(tr, args.source);
          if (people) args = { ...args, target: people, targetPrep: '' };
        }
        // (events63) "اعتقل الجيش الإسرائيلي شابا في الضفة الغربية": private people placed by the act's place.
        if (!args.target && args.source) {
          const people = placedPeopleObject(tr, args.source);
          if (people) args = { ...args, target: people, targetPrep: '' };
        }
        // "اضطهاد الحكومة التركية للصحفيين"، "اعتقال الشرطة المحتجين": an object-genitive noun whose genitive is an organ
        // followed by private people has the organ as doer (as "دعم إيران للحوثيين" does with an actor after ل).
        if (!tr.isVerb && entry.genitive === 'target' && OWN_PEOPLE_TYPES.has(entry.plover) && args.target && args.target.prep === '' && args.target.token > tr.endToken && args.target.token - tr.endToken === 1) {
          const people = ownPeopleObject(tr, args.target);
          if (people) args = { ...args, source: args.target, target: people, targetPrep: 'ل-', coSubjects: [] };
        }
        const fb = fallbackArgs(tr, args);
        if (fb) args = fb;
        fallbackNow = !!args.fallback;
        if (args.source && !args.target && lex.objectStates.length) {
          const st = objectStateAfter(tr, args.source);
          if (st) args = { ...args, target: st, targetPrep: '' };
        }
        if (!args.source && args.target && lex.placeDoerCodes.some((c) => entry.cameo.startsWith(c))) {
          const place = placeOfAct(tr, args.target);
          if (place) args = { ...args, source: place };
        }
        // (events45) "وفي مؤتمر صحفي مع ميركل، قال ترامب ..."، "وبالتشاور مع حليفنا الكوري الجنوبي، علق الجيش الأمريكي ...": a
        // noun of a fronted occasion phrase with its partner after مع has as its doer the subject of the clause after the comma.
        if (!tr.isVerb && args.target && !args.source && !args.both) {
          const main = frontedPhraseSubject(tr, args.target);
          if (main) args = { ...args, source: main };
        }
        sideRuleNow = null;
        // (events36) "دعا الوزير إلى حوار بين السعودية وإيران"، "طالبت فرنسا بإجراء مفاوضات بين إسرائيل والفلسطينيين": a request
        // with no addressee of its own whose requested act is a mutual one between parties named after بين asks those parties.
        if (entry.needTarget && !args.target && entry.complement === 'requested' && args.source) {
          const parties = partiesOfRequestedMutualAct(tr, args.source);
          if (parties.length) {
            const m = modalityOf(tr, tr.isVerb && adverbialAt(tr.token) ? [] : governors).modality;
            for (const p of parties) emit(tr, entry, args.source, p, m);
            continue;
          }
        }
        // (events35) The second side pass: a two-sided trigger with one side found asks the levels switched on.
        if (SIDE_LEVELS.length && !ONE_SIDED.has(entry.plover) && entry.plover !== 'PROTEST' && !args.both && !args.source !== !args.target) {
          const more = secondSide(tr, args);
          if (more) {
            args = more.args;
            fallbackNow = true;
            sideRuleNow = more.rule;
          }
        }
        // (events37) The learned side picker, for a firing still one side short (src/events/side-model.ts).
        const sideModel = sideModelOverride === undefined ? (lex.sideModel?.on ? lex.sideModel : null) : sideModelOverride;
        if ((sideModel || sideTrace) && !ONE_SIDED.has(entry.plover) && entry.plover !== 'PROTEST' && !args.both && !args.source !== !args.target) {
          const picked = modelSide(tr, args, sideModel);
          if (picked) {
            args = picked;
            fallbackNow = true;
            sideRuleNow = 'model';
          }
        }
        if (entry.needTarget && !args.target) continue;
        // Demonstrators without a name are the people of the place: "مظاهرات في البصرة"، "تظاهر، السبت، الآلاف
        // في وسط باريس" (past a time aside and a crowd, in a part of a place).
        let crowdOfPlace = false;
        if (entry.plover === 'PROTEST' && !args.source) {
          const place = actorsIn(sentenceOf[tr.token]!).find((a) => a.headToken > tr.endToken && a.headToken - tr.endToken <= 8 && a.entity.type === 'LOC' && (a.prep === FI || (a.headToken >= 2 && REGION_WORDS.has(info[a.headToken - 1]!.rest) && norm[a.headToken - 2] === FI)) && wordsBetween(tr.endToken, a.headToken) <= 5);
          const before = place ? null : placeBeforeProtest(tr);
          if (place || before) {
            args = { ...args, source: (place ?? before)! };
            crowdOfPlace = true;
          }
        }
        // A verbal noun without its actor (خلال القمة، الهجوم) says too little to code.
        if (!tr.isVerb && !tr.passive && !args.source && entry.genitive !== 'target') continue;
        if (entry.reciprocal && !args.source) continue;
        if (entry.needSource && !args.source) continue;
        if (entry.visitorOnly && args.source && !canVisit(args.source)) continue;
        // A circumstantial participle hangs on its clause's verb, not on a request or refusal before it ("دعت إلى مقاطعة
        // الانتخابات متهمة الرئيس": the accusation is made, not requested).
        let modality = (nominalModality ?? modalityOf(tr, tr.isVerb && adverbialAt(tr.token) ? [] : governors)).modality;
        // (events32) "لن نسمح لإيران بفتح جبهة"، "تعهد بأنه لن يسمح لإيران": allowing negated in the future is a threat (the
        // entry's negatedFuture), made now: asserted.
        const threatNow = !!entry.negatedFuture && tr.isVerb && modality === 'negated' && tr.token > 0 && FUTURE_NEGATION.has(stripConj(norm[tr.token - 1]!).rest);
        if (threatNow) modality = 'asserted';
        if (entry.plover === 'PROTEST') {
          // Demonstrators are people: "احتج الفلسطينيون", "مظاهرات في البصرة" (the place's people). A
          // government or an international body that "protests" complains officially, which
          // the annotators code as ACCUSE and which needs its target.
          // A protest against one's own government is a protest: the side that is the same state is dropped.
          // (A place of the same state after على is where, not against whom: that reading is left out.)
          if (args.source && args.target && (args.target.entity.type !== 'LOC' || args.target.headToken < args.target.token) && (args.source.entity.id === args.target.entity.id || sameState(args.source.entity, args.target.entity))) args = { ...args, target: null };
          const e = args.source?.entity;
          const state = !crowdOfPlace && !!e && args.source!.kind !== 'demonym' && (e.type !== 'LOC' || (!!e.actor && e.actor === e.country));
          if (state) {
            if (!args.target) continue;
            emit(tr, { cameo: '111', plover: 'ACCUSE', mode: 'disapprove' }, args.source, args.target, modality);
            continue;
          }
        }
        if (!args.target && !ONE_SIDED.has(entry.plover)) continue;
        // (events21) "الميليشيات التي اختطفت اليمن": a country taken as a hostage is a figure of speech; so is a government
        // ("الميليشيات التي اختطفتها" of a government). A pronoun of people (اختطفتهم) may stand for a demonym's state.
        if (entry.peopleOnly && args.target && ((args.target.entity.type === 'LOC' && args.target.kind === 'name' && (args.target.entity.actor ?? args.target.entity.country) === args.target.entity.country) || (args.target.entity.type === 'ORG' && /GOV$/.test(args.target.entity.actor ?? '')))) continue;
        let code: CodeRef = threatNow ? entry.negatedFuture! : (args.targetPrep && entry.byPrep?.[args.targetPrep]) || entry;
        // "شن هجوما عنيفا على السفير": an attack in words on a person (the entry says which code). (events30) So is a
        // one-word attack verb whose doer and object are both persons: "هاجم الوزير رئيس الوزراء" (criticism).
        if (entry.onPerson && args.target && args.target.entity.type === 'PER' && (tr.endToken > tr.token || (tr.isVerb && args.source?.entity.type === 'PER'))) code = entry.onPerson;
        // (events44) A word near the trigger that shows another act (lexicon contextCodes): "بدعم من واشنطن" after مشروع
        // قرار (political backing), "هاجم ... في تغريدة" (criticism). Its clause only: a punctuation mark ends the reach.
        for (const c of entry.contextSets) {
          if (c.verbOnly && !tr.isVerb) continue;
          let hit = false;
          let veto = false;
          for (let k = 1; k <= c.within; k++) {
            const j = c.side === 'before' ? tr.token - k : tr.endToken + k;
            if (j < 0 || j >= tokens.length) break;
            if (tokens[j]!.kind === 'punct') {
              if (c.commas && /^[,،]$/.test(tokens[j]!.text)) continue;
              break;
            }
            const inSet = (set: ReadonlySet<string>) => set.has(info[j]!.rest) || hasStemIn(tokens[j]!.text, info[j]!.stems, set);
            if (inSet(c.unless)) veto = true;
            else if (inSet(c.words)) hit = true;
          }
          if (hit && !veto) {
            code = c.code;
            break;
          }
        }
        // "هاجم سياسة واشنطن"، "الهجوم على الموقف الأميركي": an attack on a position or a statement is criticism.
        if (code.plover === 'ASSAULT' && args.target && args.target.headToken > tr.endToken) {
          for (let j = tr.endToken + 1; j < args.target.headToken; j++) {
            if (hasStemIn(tokens[j]!.text, info[j]!.stems, lex.verbalObjects)) {
              code = { cameo: '111', plover: 'ACCUSE', mode: 'disapprove' };
              break;
            }
          }
        }
        // "الدعم الذي تقدمه الولايات المتحدة وفرنسا وبريطانيا"، "ندد بدعم واشنطن وباريس": a side found by a noun rule
        // stands for the actors conjoined right after it too.
        if (!entry.reciprocal && !args.both) {
          const more = (have: ActorMention[] | undefined, side: ActorMention, other: ActorMention | null) => {
            const list = have ?? [];
            const extra = conjoinedChain(list.length ? list[list.length - 1]! : side, other).filter((x) => x.entity.id !== side.entity.id && !list.some((y) => y.entity.id === x.entity.id));
            return extra.length ? [...list, ...extra] : have;
          };
          if (args.source) args = { ...args, coSubjects: more(args.coSubjects, args.source, args.target) };
          if (args.target && args.target.headToken > tr.token) args = { ...args, coTargets: more(args.coTargets, args.target, args.source) };
        }
        emit(tr, code, args.source, args.target, modality);
        for (const co of args.coSubjects ?? []) {
          emit(tr, code, co, args.target, modality);
          // (events39) each of the subjects named one by one meets the other party, and is met by it.
          if (args.target && !(args.targetPrep === FI && !args.both)) {
            if (entry.reciprocal) emit(tr, code, args.target, co, modality);
            if (entry.inverse) emit(tr, entry.inverse, args.target, co, modality);
          }
        }
        const cos = args.coTargets ?? [];
        for (const [k, co] of cos.entries()) {
          emit(tr, code, args.source, co, modality);
          if (entry.reciprocal && args.source) emit(tr, code, co, args.source, modality);
          if (entry.inverse && args.source) emit(tr, entry.inverse, co, args.source, modality);
          // the sides of a mutual act named together (بين A وB وC، القمة المصرية الأردنية العراقية) all act on one another
          if (args.both && entry.reciprocal && args.target) {
            for (const other of [args.target, ...cos.slice(0, k)]) {
              emit(tr, code, other, co, modality);
              emit(tr, code, co, other, modality);
            }
          }
        }
        // A place where one side fought (القتال في سوريا) does not fight back.
        if ((entry.reciprocal || args.both) && args.source && args.target && !(args.targetPrep === FI && !args.both)) emit(tr, code, args.target, args.source, modality);
        if (entry.inverse && args.source && args.target) emit(tr, entry.inverse, args.target, args.source, modality);
      }
      // The passes below find their sides themselves: no fallback standing carries over from the last trigger.
      fallbackNow = false;
      sideRuleNow = null;
      // (events33) A statement that is its speaker's act with no event verb, inside a quote whose speaker is an actor: a duty
      // laid on a named actor ("على الحكومة الأمريكية أن توضح"، "يجب على إيران أن تنسحب") is the speaker's demand of it; an
      // actor named responsible for an act ("إن روسيا مسؤولة عن الهجوم"، "حماس هي المسؤولة عن التصعيد") the speaker's blame.
      // The actor must be the structure's own addressee or subject: right after على (a demonstrative between at most) and
      // right before أن; or standing first in its clause (after إن/أن, a quote mark or a comma) right before the word of
      // responsibility. Words: grammar.json statementDutyLeads, statementBlameWords, statementBlameNot.
      for (const q of quoteSpeakers) {
        const speakerEntity = entityById.get(q.speaker!)!;
        if (!actorCode(speakerEntity)) continue;
        let first = -1;
        for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start >= q.start) { first = i; break; }
        if (first < 0) continue;
        const inQuote = (i: number) => i < tokens.length && tokens[i]!.end <= q.end;
        const speakerMention = (t: number): ActorMention => actorMention(speakerEntity, t, t, t, '', tokens[t]!.start, 'speaker');
        const word = (i: number) => (i >= 0 && i < tokens.length && tokens[i]!.kind === 'arabic' ? stripConj(norm[i]!).rest : '');
        // what may stand before the structure: the quote's start, punctuation, a complementizer or a word of duty
        const opensClause = (i: number) => i < first || tokens[i]!.kind === 'punct' || COMPLEMENTIZERS.has(word(i)) || PRONOUN_COMPLEMENTIZERS.has(word(i));
        for (let i = first; inQuote(i); i++) {
          if (tokens[i]!.kind !== 'arabic') continue;
          const w = word(i);
          // "كان ينبغي على واشنطن أن تتوقف": a duty that was not met is a reproach for the past, not a demand
          if (w === ALA && (opensClause(i - 1) || STATEMENT_DUTY_LEADS.has(word(i - 1))) && ![word(i - 1), word(i - 2)].some((x) => lex.negation.has(x) || STATEMENT_PAST_DUTY.has(x))) {
            const a = actors.find((x) => x.token > i && x.token <= i + 2 && (x.token === i + 1 || DEMONSTRATIVES.has(word(i + 1))) && sentenceOf[x.token] === sentenceOf[i]);
            // a duty laid on one's own state's organs ("يجب على ترامب أن" said by a senator, "على الجمهوريين أن") is domestic
            // advice the read gold does not code, and was as often wrong as right on the corpus (one country, also IGO to IGO)
            if (!a || actorCode(speakerEntity)!.slice(0, 3) === actorCode(a.entity)?.slice(0, 3) || !inQuote(a.endToken + 1) || word(a.endToken + 1) !== ANN || tokens[a.endToken + 1]!.kind !== 'arabic' || stripConj(norm[a.endToken + 1]!).conj) continue;
            const span = { start: tokens[i]!.start, end: tokens[a.endToken + 1]!.end, text: doc.text.slice(tokens[i]!.start, tokens[a.endToken + 1]!.end) };
            const tr: Trigger = { entry: STATEMENT_DUTY_ENTRY, token: i, endToken: a.endToken + 1, span, isVerb: false, dual: false, future: false, passive: false, enclitic: null };
            // its modality as any act's (a demand under إذا is hypothetical); a negated one is no demand
            const { modality } = modalityOf(tr, governors);
            if (modality !== 'negated') emit(tr, STATEMENT_DUTY_ENTRY, speakerMention(i), copyMention(a, ''), modality);
            continue;
          }
          if (STATEMENT_BLAME_WORDS.has(w)) {
            // "روسيا مسؤولة"، "حماس هي المسؤولة": the actor right before (past a pronoun of the copula)
            let b = i - 1;
            if (COPULA_PRONOUNS.has(word(b))) b--;
            const a = actors.find((x) => x.endToken === b && (x.prep === '' || COMPLEMENTIZERS.has(x.prep)) && x.kind !== 'speaker');
            if (!a || a.token < first || !opensClause(a.token - 1)) continue;
            // responsible for an act: عن within three words (المسؤول الأول عن), not for a charge (مسؤولة عن أمن المنطقة)
            let k = -1;
            for (let j = i + 1; j <= i + 3 && inQuote(j) && tokens[j]!.kind === 'arabic'; j++) if (word(j) === AN) { k = j; break; }
            // not for a charge (عن أمن المنطقة، عن سلامتهم) nor a share (مسؤولة عن نحو 60 في المئة من الواردات)
            const next = word(k + 1);
            if (k < 0 || !inQuote(k + 1) || tokens[k + 1]!.kind === 'number' || APPROXIMATORS.has(next) || NUMBER_WORDS.has(next) || [...STATEMENT_BLAME_NOT].some((x) => (next.startsWith(x) && next.length - x.length <= 2) || (x.endsWith('ه') && next.startsWith(x.slice(0, -1) + 'ت') && next.length - x.length <= 2))) continue;
            const span = { start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text };
            const tr: Trigger = { entry: STATEMENT_BLAME_ENTRY, token: i, endToken: k, span, isVerb: false, dual: false, future: false, passive: false, enclitic: null };
            // "سترد بقوة إذا أكدت الأدلة أن روسيا مسؤولة عن": blame under a condition is hypothetical (the clause's modality at the actor)
            const { modality } = modalityOf({ ...tr, token: a.token }, governors);
            if (modality !== 'negated') emit(tr, STATEMENT_BLAME_ENTRY, speakerMention(i), a, modality);
          }
        }
      }
      // (events31) "طردت واشنطن 60 دبلوماسيا روسيا ... وردت روسيا بالمثل": a reply in kind is the earlier act turned
      // around, when that act (coded, both sides) is in the same sentence or the one before and was done to the replier.
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i]!.kind !== 'arabic' || !IN_KIND.has(stripConj(norm[i]!).rest)) continue;
        const sent = sentenceOf[i]!;
        let v = -1;
        for (let k = i - 1; k >= 0 && k >= i - 4 && sentenceOf[k] === sent; k--) if (tokens[k]!.kind === 'arabic' && REPLY_VERBS.has(stripConj(norm[k]!).rest)) { v = k; break; }
        if (v < 0) continue;
        const inSent = actorsIn(sent);
        const from = clauseStart(v, true);
        const replier = inSent.find((a) => a.headToken > v && a.headToken < i && a.prep === '') ?? inSent.filter((a) => a.endToken < v && a.headToken >= from && a.prep === '' && !parenthesized(a)).pop();
        if (!replier) continue;
        for (let k = emitted.length - 1; k >= 0; k--) {
          const e = emitted[k]!;
          if (e.tr.token >= v || e.sent > sent || sent - e.sent > 1 || e.tr.entry.reciprocal || e.modality !== 'asserted' || !IN_KIND_TYPES.includes(e.code.plover)) continue;
          if (!(e.tgt.entity.id === replier.entity.id || sameState(e.tgt.entity, replier.entity))) continue;
          if (e.src.entity.id === replier.entity.id || sameState(e.src.entity, replier.entity)) continue;
          const span = { start: tokens[v]!.start, end: tokens[i]!.end, text: doc.text.slice(tokens[v]!.start, tokens[i]!.end) };
          const reply: Trigger = { ...e.tr, token: v, endToken: i, span, isVerb: true, enclitic: null, passive: false, dual: false, future: /^[وف]?س/.test(stripConj(norm[v]!).rest) };
          // the reply's own modality (لم ترد بالمثل، سترد بالمثل، إذا ردت بالمثل)
          emit(reply, e.code, replier, e.src, modalityOf(reply, governors).modality);
          break;
        }
      }
      events.sort((a, b) => a.trigger.start - b.trigger.start);
      return events;
    },
  };
}

/** What a trace hook is told of each trigger: its span, code, and the sides findArgs gave it (before later repairs). */
export interface TriggerTrace {
  span: TextSpan;
  plover: string;
  cameo: string;
  isVerb: boolean;
  source: { entity: Entity; prep: string; kind: string; start: number } | null;
  target: { entity: Entity; prep: string; kind: string; start: number } | null;
}
/** (events37) What a side-candidate hook is told of each firing one side short: its candidates, their features and facts. */
export interface SideCandidateTrace {
  span: TextSpan;
  plover: string;
  isVerb: boolean;
  /** The side a candidate would fill, and the scored country of the side found. */
  role: 'source' | 'target';
  found: string | null;
  candidates: Array<{ country: string; features: string[]; facts: CandidateFacts }>;
}
let sideTrace: ((t: SideCandidateTrace) => void) | null = null;
/** For scripts/event-side-model.ts only: called for every firing one side short while set (the model need not be on). */
export function setSideCandidateTrace(hook: ((t: SideCandidateTrace) => void) | null): void {
  sideTrace = hook;
}
let sideModelOverride: SideModel | null | undefined;
/** For scripts/event-side-model.ts only: a model to use instead of the lexicon's (null: none; undefined: the lexicon's). */
export function setSideModelOverride(model: SideModel | null | undefined): void {
  sideModelOverride = model;
}
let eventTrace: ((t: TriggerTrace) => void) | null = null;
/** For diagnosis scripts only (scripts/event-arg-gaps.ts): called once per trigger by every event stage while set. */
export function setEventTrace(hook: ((t: TriggerTrace) => void) | null): void {
  eventTrace = hook;
}
function traceTrigger(hook: (t: TriggerTrace) => void, tr: Trigger, args: Args): void {
  const side = (a: ActorMention | null) => (a ? { entity: a.entity, prep: a.prep, kind: a.kind, start: a.start } : null);
  hook({ span: tr.span, plover: tr.entry.plover, cameo: tr.entry.cameo, isVerb: tr.isVerb, source: side(args.source), target: side(args.target) });
}

/** (events26) Types of act whose indefinite noun takes its doer after ل (غارة للتحالف). */
const FORCE_ACT_TYPES = new Set(['ASSAULT', 'COERCE']);
const AMAM = normalize('أمام');
/** (events26) A backing word before من (بإسناد من، وبدعم من، المدعومة من، بغطاء جوي من): the actor after it is a backer. */
function backingWord(w: string, backingNouns: ReadonlySet<string>): boolean {
  return backingNouns.has(w) || (w.startsWith('ب') && backingNouns.has(w.slice(1))) || /^(ال)?مدعوم|^جوي$/.test(w);
}
/** A word that opens with the article, after a conjunction and a preposition (التوصل، بالتوصل، وللتوصل). */
const DEFINITE_NOUN = /^[وف]?([بك]?ال|لل)/;
/** A definite relational (nisba) adjective, as after a noun of people (الصحفيين الفرنسيين): they have a state of their own. */
const NISBA_ADJECTIVE = /^ال.{2,}(يين|يون|ية|ي)$/;
/** Words before the attack in which victims were harmed (events15): "في هجوم"، "جراء غارة"، "إثر قصف". */
const ATTACK_PREPS = new Set(['في', 'جراء', 'إثر', 'اثر', 'خلال', 'بسبب'].map((w) => normalize(w)));
/** Verbs whose object is an act of someone else's (events15): condemning, denying, protesting it. */
const OTHERS_ACT_TYPES = new Set(['ACCUSE', 'REJECT', 'PROTEST']);
/** A definite word (with و/ف and ب/ل before it): the clitics, then the word without its article. */
/** (events54) Prepositions after which a domestic group is an act's target (على المتظاهرين، ضد المحتجين). */
/** (events54) The id prefix of an unnamed domestic group's entity (the organ rule's, for المتظاهرون). */
const GROUP_ID = 'events:group:';
const GROUP_TARGET_PREPS = new Set(['على', 'ضد'].map((w) => normalize(w)));
const BARE_ORGAN = /^([وف]?(?:ب|ل)?)(?:ال|ل)(.+)$/;

/** A light verb (grammar.json `lightVerbs`, in the forms a pronoun may follow) with an object pronoun: شنته، نفذوها. */
function lightVerbWithPronoun(w: string, lightVerbs: ReadonlySet<string>): boolean {
  const m = /^(.+?)(هما|هم|ها|ه)$/.exec(w);
  return !!m && lightVerbs.has(m[1]!);
}

/** جمع "brought together" after a meeting noun (جمع، جمعت، يجمع، تجمع، with a pronoun: جمعته، جمعتهما), as the stage normalizes it. */
const BROUGHT_TOGETHER = /^(?:[يت]?جمع|جمعت)(هما|هم|ها|ه)?$/;

/** Words that open a fronted time or circumstance clause before a news sentence's main clause. */
const LEADING_SUBORDINATORS = new Set(['بينما', 'فيما', 'عندما', 'حين', 'حينما', 'بعدما', 'لدى', 'إثر', 'عقب', 'خلال', 'أثناء', 'رغم'].map((w) => normalize(w)));
const WAQT = normalize('الوقت');

/** Words before ما that make it "what" (وهو ما، وهذا ما), not a negation. */
const WHAT_OPENERS = new Set(['هو', 'هي', 'هذا', 'هذه', 'ذلك', 'وهو', 'وهي'].map((w) => normalize(w)));
/** Words a resumptive pronoun on a following verb may stand for when they name a thing said or done (وهو ما نفته، الأمر الذي نفته). */
const WHAT_RELATIVES = new Set(['ما', 'الذي', 'التي'].map((w) => normalize(w)));

/** ب/ل + a verbal noun of launching (grammar.json `launchNouns`: بشن، لشن، بتنفيذ), after و/ف, as the stage normalizes it. */
function launchNoun(w: string, launchNouns: ReadonlySet<string>): boolean {
  return (/^[بل]/.test(w) && launchNouns.has(w.slice(1))) || (/^[وف][بل]/.test(w) && launchNouns.has(w.slice(2)));
}

/**
 * A group noun of grammar.json `groupReferenceNouns` (normalized: final ه; ل + ال is لل) with its proclitics: [word,
 * proclitics (و/ف, ب/ل), noun], the first reading that fits when there are several, as a regular expression
 * /^([وف]?(?:ب|ل)?)(?:ال|ل)(nouns)$/ would match; null when the word is none.
 */
function groupWord(w: string, groupNouns: ReadonlySet<string>): [string, string, string] | null {
  for (const conj of /^[وف]/.test(w) ? [w[0]!, ''] : ['']) {
    for (const bl of /^[بل]/.test(w.slice(conj.length)) ? [w[conj.length]!, ''] : ['']) {
      const pre = conj + bl;
      for (const article of ['ال', 'ل']) {
        if (!w.startsWith(article, pre.length)) continue;
        const noun = w.slice(pre.length + article.length);
        if (groupNouns.has(noun)) return [w, pre, noun];
      }
    }
  }
  return null;
}



/** البلاد "the country" with its proclitics (ل + ال is لل). */
const THE_COUNTRY = /^([وف]?(?:ب|ل)?)(?:ال|ل)بلاد$/;

/** A title word in the feminine (رئيسة، المستشارة، وزيرة، سفيرة, normalized with final ه). */
const FEMININE_TITLE = /^(ال|لل|ل|ب)?[^\s]{3,}ه$/;

/** المدينة "the city" with its proclitics (normalized: final ه; ل + ال is لل). */
const CITY_WORD = /^([وف]?(?:ب|ل)?)(?:ال|ل)مدينه$/;
const MUNAWWARA = normalize('المنورة');


const DUNA = normalize('دون');

/** Prepositions that open a date or time phrase (في التاسع من نيسان، منذ عام 2013). */
const TIME_PREPS = new Set(['في', 'منذ', 'خلال', 'يوم', 'مساء', 'صباح', 'فجر', 'ليلة', 'حتى'].map((w) => normalize(w)));

/**
 * Tokens inside the DATE and TIME expressions of the times layer, with the preposition right before one: argument
 * finding skips them (a date between a verb's subject and its object is an aside: "اتهمت دمشق في التاسع من نيسان
 * الطيران الإسرائيلي").
 */
function timeTokenMask(tokens: Doc['tokens'], norm: string[], times: readonly TimeExpression[], tokenAt: (offset: number) => number): Uint8Array {
  const mask = new Uint8Array(tokens.length + 1);
  if (tokens.length === 0) return mask;
  for (const t of times) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const first = tokenAt(t.start);
    const last = tokenAt(Math.max(t.start, t.end - 1));
    if (tokens[first]!.start < t.start) continue;
    for (let k = first; k <= last; k++) mask[k] = 1;
    if (first > 0 && TIME_PREPS.has(stripConj(norm[first - 1]!).rest)) mask[first - 1] = 1;
  }
  return mask;
}

/**
 * Readings of a normalized word as one-letter proclitics + a name word: [proclitic length, word]. "للتحالف" is
 * ل + "التحالف" (the article's alef dropped after ل).
 */
function procliticReadings(w: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, w]];
  const c0 = w[0];
  const conj = c0 === 'و' || c0 === 'ف' ? 1 : 0;
  if (conj && w.length - conj >= 3) out.push([conj, w.slice(conj)]);
  const c1 = w[conj];
  if ((c1 === 'ب' || c1 === 'ل' || c1 === 'ك') && w.length - conj - 1 >= 3) {
    const pre = conj + 1;
    const rest = w.slice(pre);
    out.push([pre, rest]);
    if (c1 === 'ل' && rest.startsWith('ل')) out.push([pre, 'ا' + rest]);
  }
  return out;
}

/** Length in the surface word of its first n normalized letters (diacritics and tatweel are dropped by normalize). */
function surfaceLength(surface: string, n: number): number {
  let k = 0;
  let i = 0;
  while (i < surface.length && k < n) {
    if (!/[\u064b-\u0652\u0640]/.test(surface[i]!)) k++;
    i++;
  }
  return i;
}

/** An actor found by the event stage itself (lexicon `actors`) is in no entity layer: its id is not given, its code is. */
function layerId(e: Entity | undefined): string | null {
  return e && !e.id.startsWith('events:') ? e.id : null;
}

/** A news outlet: its CAMEO actor code ends in MED (USAMED, PSEMED). */
function isMedia(e: Entity): boolean {
  return !!e.actor && e.actor.endsWith('MED');
}

/** Types of force, which a state's own forces may use on a place of that state. */
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);
/** Forms of أعلن (announce): a verbal noun it takes keeps its genitive as doer. */
const ANNOUNCE = /^[ايتن]?علن/;
/** Prepositions and adverbs that take a noun, never a verb: a word after one that could be either is the noun. */
const NOUN_GOVERNORS = new Set(
  ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'ضد', 'لصالح', 'بين', 'نحو', 'باتجاه', 'لدى', 'عند', 'حول', 'تجاه', 'بحق', 'مثل', 'أمام', 'قرب', 'خلال', 'أثناء', 'اثناء', 'عقب', 'قبيل', 'بعد', 'قبل', 'بشأن', 'إزاء', 'جراء', 'بسبب', 'رغم', 'وسط', 'بعيد', 'إثر'].map((w) => normalize(w)),
);
/** A detached object pronoun (إياه، إياها، إياهم، إياهما), as the stage normalizes it, with its enclitic. */
const DETACHED_OBJECT = new RegExp(`^${normalize('إيا')}(هما|هم|ها|ه)$`);
/** Words that pick one of a plural organ (إحدى المحاكم، أحد أجهزة الأمن). */
const QUANTIFIERS = new Set(['إحدى', 'أحد', 'بعض'].map((w) => normalize(w)));
/** Particles that govern a noun (إنّ and its sisters written apart from أنْ): the word after them is no verb. */
const NOUN_PARTICLES = new Set(['بأن', 'لأن', 'لكن'].map((w) => normalize(w)));
/** ل with a pronoun suffix, by the pronoun's gender. */
const L_PRONOUNS = new Map<string, 'm' | 'f' | 'p'>([['له', 'm'], ['لها', 'f'], ['لهم', 'p'], ['لهما', 'p']]);
/** Words opening with ل that are no ل of an object: prepositions, negation, conjunctions. */
const NOT_L_OBJECT = new Set(['لدى', 'لكن', 'لكنه', 'لكنها', 'لم', 'لن', 'لا', 'لقد', 'لذلك', 'لهذا', 'لاسيما', 'لأن', 'لان', 'لمدة', 'لصالح', 'لحساب']);

const STATE_ON_PERSON_TYPES = new Set(['COERCE', 'ASSAULT', 'ACCUSE']);

/**
 * "أصدرت محكمة إيطالية حكما بالسجن على برلسكوني"، "اعتقلت السلطات المصرية الناشط": a state named only by its name or
 * demonym arresting, trying or charging one of its people is a domestic event (coded ITA>ITA), not one side twice.
 */
function stateOnItsPerson(src: Entity, tgt: Entity, plover: string): boolean {
  return STATE_ON_PERSON_TYPES.has(plover) && src.type === 'LOC' && (!src.actor || src.actor === src.country) && tgt.type === 'PER' && tgt.country === src.country;
}

const BEFORE_PREP = normalize('أمام');
/**
 * Acts by which an organ's bare-noun object (المحتجين، المشتبه به) is taken for its own people. (events60) And accusing
 * them, asking them or threatening them: "وتتهم المحكمة الصحفيين"، "أدانت المحكمة المتهمين"، "حثت الشرطة النساء على"
 * (domestic ACCUSE, REQUEST, THREATEN, which organOnItsPeople already lets through; not SANCTION: فرض عقوبات is on states).
 */
const OWN_PEOPLE_TYPES = new Set(['COERCE', 'ASSAULT', 'ACCUSE', 'REQUEST', 'THREATEN']);
/** (events63) Acts whose private-people object takes the state of the act's place (placedPeopleObject): arrest, attack, charge. */
const PLACED_PEOPLE_TYPES = new Set(['COERCE', 'ASSAULT', 'ACCUSE']);
/** (events63) Words at most between such people and the place after في that places them ("شابا من مخيم جنين في الضفة"). */
const PLACED_PEOPLE_REACH = 6;

/** Acts a state's organ may do to its own people and that dyadic event data codes as domestic (GDELT, ICEWS, the gold). */
const ORGAN_ON_PEOPLE_TYPES = new Set(['COERCE', 'ASSAULT', 'ACCUSE', 'SANCTION', 'REQUEST', 'THREATEN']);
/** Acts one of a state's people may do to an organ of that state (a critic of his government, a citizen's demand). */
const PEOPLE_ON_ORGAN_TYPES = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);

/** An organ of a state: its actor code extends the country's code with a state sector (SAUCOP, IRNGOV, EGYMIL). */
function isStateOrgan(e: Entity): boolean {
  return !!e.country && !!e.actor && e.actor.length > 3 && e.actor.startsWith(e.country) && STATE_ORGANS.has(e.actor.slice(3, 6));
}

/** One of a state's people: a person with no sector code of his own, or a demonym after a noun for private people (مواطنين سعوديين). */
function isPlainPeople(m: ActorMention, privatePeopleDemonym: boolean): boolean {
  const e = m.entity;
  if (e.actor && e.actor !== e.country) return false;
  return e.type === 'PER' || m.kind === 'people' || (privatePeopleDemonym && e.type === 'LOC');
}

/**
 * "اعتقلت الشرطة السعودية مواطنا سعوديا"، "اتهمت الحكومة التركية الصحفي فلان": an organ of a state (police, army, courts,
 * government) coercing, attacking, charging, sanctioning, threatening or asking one of that state's own people is a
 * domestic event (SAU>SAU), as GDELT and ICEWS code it and the gold does; and a person of the state accusing, asking,
 * rejecting or threatening its government is one the other way. Two organs, or an organ and the bare state, stay one
 * side (sameState), and so does any other act (a minister meeting a citizen is no dyadic event).
 */
function organOnItsPeople(src: ActorMention, tgt: ActorMention, plover: string, isVerb: boolean, tgtPrivatePeople: boolean): boolean {
  if (!src.entity.country || src.entity.country !== tgt.entity.country) return false;
  // "نائب القائد العام للحرس الثوري الإيراني العميد حسين سلامي": an organ after ل is a title's post, the person its
  // holder; "أقر أمام الكونغرس": a body one speaks before is no side of the act.
  if (src.prep === 'ل-' || tgt.prep === BEFORE_PREP) return false;
  // "حذر نائب القائد العام للحرس الثوري الإيراني العميد حسين سلامي": an organ that is the post of a title phrase, with a
  // person right after it, names that person's office; he is the doer, not the organ's object.
  if (tgt.entity.type === 'PER' && src.headToken < src.token && tgt.token > src.endToken && tgt.token - src.endToken <= 3) return false;
  if (ORGAN_ON_PEOPLE_TYPES.has(plover) && isStateOrgan(src.entity) && isPlainPeople(tgt, tgtPrivatePeople)) return true;
  // Only by a verb: "واجهت رود انتقادات بشأن وزارة الداخلية" is criticism she faced, not hers. Not a court: a suit is
  // filed before it ("رفعت دانييلز الدعوى أمام محكمة لوس أنجلوس"), not against it.
  return isVerb && PEOPLE_ON_ORGAN_TYPES.has(plover) && src.entity.type === 'PER' && isPlainPeople(src, false) && isStateOrgan(tgt.entity) && tgt.entity.type !== 'PER' && !tgt.entity.actor!.startsWith('JUD', 3);
}

/**
 * Two entities that stand for the same state: one country, and one of them is the bare country
 * code or both have one actor code (TUR and TURGOV; not YEMGOV and YEMREB, which are two sides).
 */
function sameState(a: Entity, b: Entity): boolean {
  if (!a.country || a.country !== b.country) return false;
  // Two different people of one state are two sides (اتهم جونسون ماي، طلب مشرعون من زوكربرغ): a domestic event.
  if (a.type === 'PER' && b.type === 'PER' && a.id !== b.id) return false;
  // (events54) An unnamed domestic group (المحتجون) and its state's organs are two sides: a domestic event.
  if (a.id.startsWith(GROUP_ID) !== b.id.startsWith(GROUP_ID)) return false;
  const ca = a.actor ?? a.country;
  const cb = b.actor ?? b.country;
  return ca === cb || ca === a.country || cb === b.country;
}

/**
 * "مدير الاستخبارات المركزية الأمريكية التقى ...": a clause opening with a title word and up to three plain words
 * before a demonym (from the clause start to the demonym at demonymAt) is a subject noun phrase standing first.
 */
function titlePhraseBefore(from: number, demonymAt: number, isHeadWord: (t: number) => boolean, isPlainWord: (t: number) => boolean): boolean {
  if (demonymAt - from < 1 || demonymAt - from > 4 || !isHeadWord(from)) return false;
  for (let j = from + 1; j < demonymAt; j++) if (!isPlainWord(j)) return false;
  return true;
}

/**
 * "شنت إسرائيل غارات استهدفت مواقع إيرانية"، "شنت الدول الثلاث ضربات استهدفت مواقع تابعة للنظام السوري": an attack
 * pattern whose object noun is followed by an attack verb opening a relative clause on it takes that verb's object
 * (an actor or a demonym within four tokens, with no preposition or ل) as its target; the verb itself is then no event
 * of its own (its subject is the noun). Null when the pattern is not there.
 */
function relativeAttackTarget(tr: Trigger, triggers: readonly Trigger[], actors: readonly ActorMention[], sentenceOf: Int32Array): { target: ActorMention; verb: Trigger } | null {
  const verb = triggers.find((t) => t.isVerb && t.entry.plover === 'ASSAULT' && t.token > tr.endToken && t.token <= tr.endToken + 2 && !t.enclitic);
  if (!verb) return null;
  const target = actors.find((a) => a.headToken > verb.endToken && a.headToken - verb.endToken <= 4 && sentenceOf[a.headToken] === sentenceOf[verb.token] && (a.prep === '' || a.prep === 'ل-'));
  return target ? { target, verb } : null;
}

/**
 * "سيعمل بالتعاون مع وزارة الدفاع الأمريكية": two organs of one state working together (USAGOV and USAMIL) is the
 * state's own business, not a dyadic cooperation; conflict between them, or with rebels and opposition, stays.
 */
function organsWorkingTogether(a: Entity, b: Entity, plover: string): boolean {
  if (plover !== 'COOPERATE' || !a.country || a.country !== b.country) return false;
  const organ = (e: Entity) => !e.actor || e.actor === e.country || STATE_ORGANS.has(e.actor.slice(3));
  return organ(a) && organ(b);
}

/** Prepositions that may govern an actor (normalized), besides the clitics ب and ل. */
const PREPOSITIONS = new Set(
  ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'ضد', 'لصالح', 'بين', 'نحو', 'باتجاه', 'بأن', 'أن', 'لدى', 'عند', 'حول', 'تجاه', 'بحق', 'مثل', 'أمام', 'قرب'].map((w) => normalize(w)),
);

/**
 * "أدانت الخارجية الكويتية إطلاق صواريخ من قبل الحوثيين على السعودية": a condemnation with no target of its own whose
 * object (within three words) is an act with a known doer condemns that doer. Null when there is no such act.
 */
function condemnedActDoer(
  tr: Trigger,
  args: Args,
  triggers: readonly Trigger[],
  findArgs: (t: Trigger) => Args,
  wordsBetween: (a: number, b: number) => number,
): Args | null {
  const act = triggers.find((t) => !t.isVerb && t.token > tr.endToken && wordsBetween(tr.endToken, t.token) <= 3 && t.entry.plover !== 'ACCUSE');
  if (!act) return null;
  const doer = findArgs(act).source;
  if (!doer || doer.entity.id === args.source?.entity.id) return null;
  return { ...args, target: doer, targetPrep: '' };
}

/**
 * (events57) A condemnation noun whose object is an act ("إدانتها الشديدة للهجمات التي شنتها ميليشيات الحوثي"، "دعت مجلس الأمن إلى
 * إدانة الهجوم الحوثي"): the one condemned is the act's doer, as for the verb (condemnedActDoer). An act within three words after
 * the noun, in its sentence, not after ب; not for a noun of accusing (objectBeforeB: its object is the accused already). When the
 * noun's own source is that doer named inside the act's phrase (the demonym of الهجوم الحوثي read as the noun's genitive), it is
 * the target instead, and the source is left to the governing verb (a requestee).
 */
function condemnedNounArgs(
  tr: Trigger,
  args: Args,
  triggers: readonly Trigger[],
  findArgs: (t: Trigger) => Args,
  wordsBetween: (a: number, b: number) => number,
  sentenceOf: Int32Array,
  norm: readonly string[],
): Args | null {
  const act = triggers.find((t) => !t.isVerb && t.token > tr.endToken && sentenceOf[t.token] === sentenceOf[tr.token] && wordsBetween(tr.endToken, t.token) <= 3 && t.entry.plover !== 'ACCUSE');
  // An act after ب is a charge (اتهام إيران بقصف الجولان: the accused is the genitive already), not the object condemned.
  if (!act || /^[وف]?ب/.test(norm[act.token]!)) return null;
  const doer = findArgs(act).source;
  if (!doer) return null;
  if (args.source && args.source.entity.id === doer.entity.id) return args.source.headToken > act.token ? { ...args, source: null, target: doer, targetPrep: '' } : null;
  return { ...args, target: doer, targetPrep: '' };
}

/** من جانب، بواسطة right before token t: an agent phrase, like من قبل ("تم استهداف القوات من جانب المسلحين"). */
const JANIB = normalize('جانب');
const BIWASITA = normalize('بواسطة');
function otherAgentPhrase(norm: readonly string[], t: number): boolean {
  const prev = norm[t - 1];
  // (جانب is also an actor head, الجانب: "من جانب مصر" may come with جانب as the mention's head.)
  return prev === BIWASITA || (prev === JANIB && norm[t - 2] === 'من') || (norm[t] === JANIB && prev === 'من');
}

/**
 * A passive written with its vowels beyond a damma on the first letter (which the stage reads already): اُتُّهم، اتُّهمت،
 * اُستُهدف، استُدعي — the damma on the second or third letter of a word that opens with alef (forms VII to X).
 */
function vocalizedPassive(text: string): boolean {
  const w = text.replace(/^[وف][\u064e\u064f\u0650]?/, '');
  return /^ا\u064f?[^\u064b-\u0652](?:\u0651?\u064f)/.test(w) || /^ا\u064f?[^\u064b-\u0652]\u0652?[^\u064b-\u0652]\u0651?\u064f/.test(w);
}

/** Symmetric acts that a pair word (البلدان، الكوريتين) names both sides of (events18). */
const PAIR_TYPES = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
