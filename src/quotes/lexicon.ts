/**
 * The reporting-cue lexicon (data/quotes/cues.json) in the form the quote
 * stage matches against: every inflected form of every reporting verb,
 * normalized, mapped to what it is (finite verb or participle) and how it
 * takes its content; with the word lists of the stage's rules
 * (data/quotes/grammar.json, buildQuoteGrammar). Pure: the files are read by
 * src/resources/quotes.ts and src/resources/load.ts.
 */
import { normalize } from '../text/normalize.ts';
import { sectionFile } from '../core/sections.ts';

export interface CueVerbData {
  lemma: string;
  past?: string | null;
  present?: string | null;
  participle?: string | null;
  forms?: string[];
  object?: boolean;
  objectNeedsPrep?: boolean;
  prep?: string[];
  speech?: boolean;
  objectOnly?: boolean;
  quotation?: boolean;
  colonOnly?: boolean;
  quotedObject?: boolean;
}

export interface QuoteCueData {
  verbs: CueVerbData[];
  nouns: string[];
  reportNouns: string[];
  accordingTo: string[];
  afterQuote: string[];
  complementizers: string[];
  prepositionComplements: string[];
  subjectMarkers: string[];
  sameSource: string[];
  anonymous: string[];
  channels: string[];
  adverbials: string[];
  adverbialPrepositions: string[];
  adverbialNouns: string[];
  connectors: string[];
  actorHeads: string[];
  pronounSubjects: string[];
  personHeads?: string[];
  sourceNouns?: string[];
  /** (quotes43) Words before أن that make it a contrast opener (إلا أن، غير أن، بيد أن). */
  contrastAnnaLeads?: string[];
  /** (quotes43) Subordinators whose clause, opening a sentence up to its first comma, is not the main clause (عندما، حينما). */
  openingSubordinators?: string[];
  groupHeads?: string[];
  stateHeads?: string[];
  storyStateHeads?: string[];
  stateTitleHeads?: string[];
  bodyHeadlineHeads?: string[];
  newsLabels?: string[];
  relaySourceEnds?: string[];
  relayAgencyWords?: string[];
  circumstantialPronouns?: string[];
  /** (quotes31) First-person openers of a country's headline clause (تركيا: سنرد ...). */
  firstPersonHeadline?: { words: string[]; negations: string[]; pronouns: string[] };
  linkLabels?: string[];
  /** (quotes47) Labels of a teaser line (قد يهمك| ...): its headline's quotes stand, but no speaker goes on from it. */
  teaserLabels?: string[];
  /** (quotes33) Last words before the colon of a link line that opens with a one-word link label (شاهد ... التالي:). */
  linkLabelEndings?: string[];
  numberWords?: string[];
  bodyGenders?: { feminine: string[]; masculine: string[] };
  spokesHeads?: string[];
  /** (quotes45) Aides without the article (مستشار، مساعد): a person in their genitive is not the speaker. */
  aideHeads?: string[];
  timeWords?: string[];
  notSpeakers?: string[];
  closeTo?: string[];
  quantifierHeads?: string[];
  /** (quotes23) Nouns describing one person (الممثلة، القاضي) that name the person the article named with them. */
  describedPersons?: string[];
  participleNouns?: string[];
  pieceNouns?: string[];
  writerNouns?: string[];
  addressedNouns?: string[];
  statementObjects?: string[];
  adverbialAccusatives?: string[];
}

export type CueForm = 'past' | 'present' | 'participle';

export interface CueVerb {
  lemma: string;
  form: CueForm;
  /** Reports a statement with a bare noun object too (أكد احترام ...). */
  object: boolean;
  /** A noun object only counts after one of `prep` (طالب بـ, أشاد بـ). */
  objectNeedsPrep: boolean;
  /** Normalized prepositions the verb takes before its content (إلى, على …; "ل", "ب" for the clitics). */
  prep: string[];
  /** False: reports only with a complement clause, colon or quotation (ذكر، تابع، نقل). */
  speech: boolean;
  /** Reports only through its preposition and a noun object (عبر عن ...). */
  objectOnly: boolean;
  /**
   * A verb that reports only with a clause (`speech` false) but takes a long quotation without a colon as its content
   * when the quotation ends the clause (وذكر البيان "..."، وكتب ترامب "...").
   */
  quotation: boolean;
  /** (quotes20) Reports only with a colon or a quotation, never a complement clause (اختتم: "..."، أكمل "..."). */
  colonOnly: boolean;
  /**
   * (quotes33) With `objectOnly`: reports only when its preposition opens a quotation (تحدث عن "..."); with a plain noun
   * object (تحدث عن الأزمة) it is a topic, no statement.
   */
  quotedObject: boolean;
}

/**
 * (pg17) A cue verb as `v` with another form (and lemma). Every CueVerb, the lexicon's and the stage's variants
 * (a past read as a participle, بين as أوضح), is built by this one object literal with its fields in one order, so
 * that V8 gives them all one hidden class: a spread (`{ ...v, form }`) overwrote a field of the lexicon's shape, which
 * changed that shape and threw away the optimized code of the quote stage's functions that had seen it (cueVerbs
 * was compiled 28 times on 2,000 articles). Only the JIT's work changes, never a result.
 */
export function withForm(v: Omit<CueVerb, 'form'>, form: CueForm, lemma: string = v.lemma): CueVerb {
  // the order of the spreads it replaces (form last): a verb's fields reach the output in this order
  return {
    lemma,
    object: v.object,
    objectNeedsPrep: v.objectNeedsPrep,
    prep: v.prep,
    speech: v.speech,
    objectOnly: v.objectOnly,
    quotation: v.quotation,
    colonOnly: v.colonOnly,
    quotedObject: v.quotedObject,
    form,
  };
}

export interface QuoteLexicon {
  /** Normalized word form (no conjunction) → the cue it is. */
  verbs: Map<string, CueVerb>;
  nouns: Set<string>;
  reportNouns: Set<string>;
  /** Normalized multi-word phrases, as token arrays. */
  accordingTo: string[][];
  afterQuote: string[][];
  complementizers: Set<string>;
  prepositions: Set<string>;
  subjectMarkers: string[][];
  sameSource: string[][];
  anonymous: Set<string>;
  channels: Set<string>;
  adverbials: Set<string>;
  adverbialPrepositions: Set<string>;
  adverbialNouns: Set<string>;
  connectors: Set<string>;
  actorHeads: Set<string>;
  pronounSubjects: Set<string>;
  /** Definite role nouns that refer back to a person already named (السفير، الوزير، الأخير). */
  personHeads: Set<string>;
  /** Nouns besides actors that can be an attribution's source (تقارير، إحصاءات). */
  sourceNouns: Set<string>;
  /** (quotes43) Words before أن that make it a contrast opener (إلا أن، غير أن، بيد أن). */
  contrastAnnaLeads: Set<string>;
  /** (quotes43) Subordinators whose clause, opening a sentence up to its first comma, is not the main clause (عندما، حينما). */
  openingSubordinators: Set<string>;
  /** Heads of a group of people (محامو، فريق، أقارب): a name in their genitive is not the speaker. */
  groupHeads: Set<string>;
  /** A country's authorities (السلطات، الحكومة): with that country's demonym they speak as the country. */
  stateHeads: Set<string>;
  /** (quotes28) A government named alone that speaks as the story's state (data/quotes/cues.json storyStateHeads). */
  storyStateHeads: Set<string>;
  /** (quotes32) A state's own title named alone (المملكة) that speaks as the state the article named by a name opening with it. */
  stateTitleHeads: Set<string>;
  /** (quotes34) Body nouns that, with a country's adjective after them, head a headline quote ("الادعاء البلجيكي: ..."). */
  bodyHeadlineHeads: Set<string>;
  /** Newsroom labels before a line's colon (عاجل: ...): never a headline's speaker. */
  newsLabels: Set<string>;
  /** (quotes35) Words with ل that belong to an agency's name before a relay's source (وكالة رويترز للأنباء لمصادر). */
  relayAgencyWords: Set<string>;
  /** (quotes34) Words that end a relay's source besides reportNouns (نقلت عن مسؤولين القول إن). */
  relaySourceEnds: Set<string>;
  /** (quotes28) و + a pronoun that opens a circumstantial clause right after a verb of saying (وقال وهو ...). */
  circumstantialPronouns: Set<string>;
  /** (quotes31) cues.json firstPersonHeadline: words opening a first-person clause (نحن، لقد)، negations before a first-person
   * present (لن، لا)، first-person pronoun words (لنا، علينا). */
  firstPersonWords: Set<string>;
  firstPersonNegations: Set<string>;
  firstPersonPronouns: Set<string>;
  /** (quotes29) Labels before a link to another piece (اقرأ أيضا، للمزيد): each label's word keys joined by one space. */
  linkLabels: Set<string>;
  /** (quotes47) Labels of a teaser line for another piece (قد يهمك): each label's word keys joined by one space. */
  teaserLabels: Set<string>;
  /** (quotes33) "شاهد ... الفيديو التالي: ...": a line opening with a one-word link label and ending on one of these before its colon. */
  linkLabelEndings: Set<string>;
  /** (quotes29) Cardinal numbers (ثلاثة، خمس): a noun phrase they open is counted, no singular participle's subject. */
  numberWords: Set<string>;
  /** (quotes29) Body head nouns by grammatical gender (data/quotes/cues.json bodyGenders), without و or a clitic. */
  feminineBodies: Set<string>;
  masculineBodies: Set<string>;
  /** Spokesperson nouns (متحدث، ناطقة): a spokesperson whom the article does not name is unnamed. */
  spokesHeads: Set<string>;
  /** (quotes45) Aides without the article (مستشار، مساعد): a person in their genitive is not the speaker. */
  aideHeads: Set<string>;
  /** Time words that may stand between a verb and its subject (قال الخميس الوزير). */
  timeWords: Set<string>;
  /** Function words that cannot head a speaker (ذلك، حتى، كيف). */
  notSpeakers: Set<string>;
  /** (quotes18) Words for a source close to someone (مقرب، قريب، مطلع): after an anonymous head, the source stays unnamed. */
  closeTo: Set<string>;
  /** (quotes18) Quantifiers heading a subject (جميع، أحد، بعض): the group speaks unnamed, not the name in its genitive. */
  quantifierHeads: Set<string>;
  describedPersons: Set<string>;
  /**
   * (quotes20) Participle forms of cue verbs that are mostly nouns or adjectives (ومقره لندن "its seat", معلمين
   * "teachers", لافتة ضخمة "a banner", إثر مطالبة "after the demand"): read as a participle only after a comma or
   * with the verb's clause or preposition right after them.
   */
  participleNouns: Set<string>;
  /** (quotes22) Published pieces (مقال، تحقيق، دراسة) whose "قالت فيه" is the publisher's statement: data/quotes/cues.json. */
  pieceNouns: Set<string>;
  /** (quotes22) Pieces whose "لـX" names the writer, not an addressee (مقال لـX; a رسالة لـX is sent to X). */
  writerNouns: Set<string>;
  /** (quotes22) Statements sent to someone (رسالة): their لـX is the addressee, not the owner. */
  addressedNouns: Set<string>;
  /**
   * (quotes20) Verbal nouns that are what a statement affirms or denies (مقتل، ضرورة، وجود، صحة): after أكد or نفى, past
   * a subject and its asides, or after أكد على, such a noun opens the verb's noun object.
   */
  statementObjects: Set<string>;
  /**
   * (quotes19) Indefinite accusatives that state why or when (احتفالا، ردا، تعليقا): adverbials of the statement, not
   * its object, between a subject and a quotation without a colon.
   */
  adverbialAccusatives: Set<string>;
  /** (quotes16) Statement nouns whose definite form after جاء/ورد في refers back to a statement named before: data/quotes/grammar.json. */
  definiteStatementNouns: Set<string>;
  /** (quotes16) Definite statement noun → the lemma of the verb whose statement it names (الإعلان → أعلن). */
  nounVerbs: Map<string, string>;
  /** (quotes21) Lemmas whose object pronoun after a relative ما (فيما وصفه بـ) points at what the speaker describes. */
  describingVerbs: Set<string>;
  /** (quotes22) Past forms of verbs of publishing (نشر، أصدر، أورد، بث). */
  publishingVerbs: Set<string>;
  /** (quotes22) Relative verbs of publishing after a statement noun (تقرير نشرته، بيانا أصدرته): their subject follows. */
  publishedBy: Set<string>;
  /** (quotes16) Relative verbs of publishing or relaying (نشرته، نقلته) after which a speaker's words name the medium. */
  channelPublishedBy: Set<string>;
  /** بقوله "by his saying" and بالقول: a cue before a colon or a quotation. */
  bySaying: Set<string>;
  /** Words after البيان that keep it the statement itself (البيان الصادر، البيان الرسمي). */
  statementAdjectives: Set<string>;
  /** Words after which أن opens an adverbial clause, not reported content (بعد أن، قبل أن، يجب أن). */
  notReportingBeforeAn: Set<string>;
  /** Past forms of the verbs that continue the speaker quoted before (أضاف، تابع). */
  continues: Set<string>;
  /** Adjectives of a definite role noun besides the nisbas in -ي/-ية (العام، السابق). */
  roleAdjectives: Set<string>;
  /** Words of a military rank after الفريق (الفريق أول ركن). */
  rankWords: Set<string>;
  /** (quotes23) Role nouns that do not make their speaker an officer of the body in their genitive (متحدث، مسؤول، خبير). */
  notOfficerRoles: Set<string>;
  /** (quotes23) Words before عن that make it "besides" (فضلا عن، ناهيك عن), no verb's preposition. */
  besidesWords: Set<string>;
  /** Lemmas of verbs of saying whose finite forms no noun or particle shares (قال، أكد، أضاف). */
  unambiguousSaying: Set<string>;
  /** Lemmas whose present tense with no subject continues the speaker quoted just before (ويضيف أن). */
  speakingOn: Set<string>;
  /** Lemmas of verbs that relay another's words (نقل عن، نسب إلى). */
  relays: Set<string>;
  /** (quotes15) Lemmas of verbs of saying that attribute the clause before them after كما ("كما ذكرت الوكالة"). */
  asSaid: Set<string>;
  /** (quotes12) Heads of a described subject besides the actor heads (الرجل، المرأة). */
  descriptionHeads: Set<string>;
  /** Adverbs between a subject and its object (بشدة، مجددا). */
  objectAdverbs: Set<string>;
  /** Indefinite adjectives of an anonymous source besides nisbas (رفيع، بارز، سابق). */
  indefiniteAdjectives: Set<string>;
  /** Heads of one unnamed speaker, not a group (مسؤول، مصدر). */
  singularUnnamed: Set<string>;
  /** Adverbs between تبين and أن (تبين لاحقا أن). */
  turnedOutAdverbs: Set<string>;
  /** (quotes26) Adverbs between a passive يُعتقد/يُتوقع and أن (يعتقد أيضا أن، يعتقد على نطاق واسع أن). */
  passiveAdverbs: Set<string>;
  /** (quotes31) Masculine presents that are passives right before أن (يتوقع، يعتقد، يستبعد): no cue there. */
  passivePresents: Set<string>;
  /** Platforms and accounts (تويتر، حسابه) on which what كتب or غرد writes is quoted without a colon. */
  platformWords: Set<string>;
  /** Verbs of receiving a statement (وصل، تلقى), as written in the text (not normalized). */
  receivedVerbs: Set<string>;
  /** (quotes23) "The same source" words that only a body quoted before can be, not a person (المصدر نفسه، نفس المصدر). */
  bodyOnlySameSource: Set<string>;
  /** Lemmas whose bare noun object is what they affirm or deny (أكد، نفى): statementObject. */
  affirmDenyVerbs: Set<string>;
  /** جاء/ورد في: "it came in (a statement)". */
  cameIn: Set<string>;
  /** (quotes35) تضمن/تضمنت: "(a statement) held", before an indefinite statement noun (تضمن بيان للشرطة أن). */
  containVerbs: Set<string>;
  /** Lemmas of appeals (دعا، طالب): an addressee after them is no speaker. */
  appealVerbs: Set<string>;
  /** Lemmas besides unambiguousSaying whose quotation right after them is their content without a colon (تابع، أردف، كتب). */
  bareQuotationVerbs: Set<string>;
  /** Lemmas of writing (كتب، غرد): on a platform their quotation needs no colon. */
  writingVerbs: Set<string>;
  /** Kinds of body besides channels written before a body's name (منظمة، حزب، شركة): the kind is the body's head. */
  bodyKinds: Set<string>;
  /** (quotes41) Particles that open a clause where a verb would (لم، لن، أما، قد): the next word is no subject. */
  clauseParticles: Set<string>;
}

/** How a grammar.json section's words are compared: normalized (cueKey), as a cue verb's lemma, or as written. */
type GrammarCompare = 'key' | 'lemma' | 'raw';

/** The word-list sections of data/quotes/grammar.json, each with how the stage compares its words. */
export const GRAMMAR_SECTIONS = {
  definiteStatementNouns: 'key',
  describingVerbs: 'lemma',
  publishingVerbs: 'key',
  publishedBy: 'key',
  channelPublishedBy: 'key',
  bySaying: 'key',
  statementAdjectives: 'key',
  notReportingBeforeAn: 'key',
  continues: 'key',
  roleAdjectives: 'key',
  rankWords: 'key',
  notOfficerRoles: 'key',
  besidesWords: 'key',
  unambiguousSaying: 'lemma',
  speakingOn: 'lemma',
  relays: 'lemma',
  asSaid: 'lemma',
  descriptionHeads: 'key',
  objectAdverbs: 'key',
  indefiniteAdjectives: 'key',
  singularUnnamed: 'key',
  turnedOutAdverbs: 'key',
  passiveAdverbs: 'key',
  passivePresents: 'key',
  platformWords: 'key',
  receivedVerbs: 'raw',
  bodyOnlySameSource: 'key',
  affirmDenyVerbs: 'lemma',
  cameIn: 'key',
  containVerbs: 'key',
  appealVerbs: 'lemma',
  bareQuotationVerbs: 'lemma',
  writingVerbs: 'lemma',
  bodyKinds: 'key',
  clauseParticles: 'key',
} as const satisfies Record<string, GrammarCompare>;

export type GrammarSection = keyof typeof GRAMMAR_SECTIONS;

/** The compiled grammar word lists: one set per section, and the statement-noun → verb map. */
export type QuoteGrammar = Record<GrammarSection, Set<string>> & { nounVerbs: Map<string, string> };

/**
 * Checks and compiles data/quotes/grammar.json (already parsed). Every section must be there, a non-empty array of
 * non-empty strings under "words" with the "compare" its rule expects; a lemma section (and nounVerbs' values) may
 * only name lemmas of cues.json's verbs, since the stage compares them with a cue's lemma.
 */
export function buildQuoteGrammar(json: unknown, verbs: readonly CueVerbData[]): QuoteGrammar {
  const file = sectionFile('quotes/grammar.json', json);
  const lemmas = new Set(verbs.map((v) => v.lemma));
  const out = {} as Record<GrammarSection, Set<string>>;
  for (const [name, compare] of Object.entries(GRAMMAR_SECTIONS) as Array<[GrammarSection, GrammarCompare]>) {
    const list = file.strings(name, file.section(name, compare).words);
    if (compare === 'lemma') for (const w of list) if (!lemmas.has(w)) file.fail(`section "${name}": "${w}" is no lemma of quotes/cues.json's verbs`);
    out[name] = new Set(compare === 'key' ? list.map(cueKey) : list);
  }
  const nv = file.section('nounVerbs');
  if (!nv.map || typeof nv.map !== 'object' || Array.isArray(nv.map) || Object.keys(nv.map).length === 0) file.fail('section "nounVerbs" has no "map" of statement nouns to lemmas');
  const nounVerbs = new Map<string, string>();
  for (const [noun, lemma] of Object.entries(nv.map as Record<string, unknown>)) {
    if (typeof lemma !== 'string' || !lemmas.has(lemma)) file.fail(`section "nounVerbs": "${noun}" maps to ${JSON.stringify(lemma)}, no lemma of quotes/cues.json's verbs`);
    nounVerbs.set(cueKey(noun), lemma as string);
  }
  file.noOtherSections([...Object.keys(GRAMMAR_SECTIONS), 'nounVerbs']);
  return { ...out, nounVerbs };
}

/** Normalized as the stage compares words; "لـ" and "بـ" become the clitics "ل", "ب". */
export function cueKey(word: string): string {
  return normalize(word).replace(/ـ/g, '');
}

const phrase = (s: string) => s.split(/\s+/).filter(Boolean).map(cueKey);

function pastForms(p: string): string[] {
  // Defective verbs (ending in ى/ا) list their forms in `forms`.
  if (/[ىا]$/.test(p)) return [p];
  return [p, p + 'ت', p + 'وا', p + 'ا', p + 'تا', p + 'ن', p + 'نا'];
}

function presentForms(p: string): string[] {
  if (!p.startsWith('ي')) return [p];
  const stem = p.slice(1);
  // No first person plural (نقول، نجيب): outside quotation marks it is the writer's voice or a name (نجيب) or a noun (نصف).
  const out = [p, 'ت' + stem];
  if (!/[يوى]$/.test(stem)) out.push(p + 'ون', p + 'ان', 'ت' + stem + 'ان');
  // The future: سيقول، ستقول (the clitic segmenter may or may not split it off).
  for (const f of [...out]) out.push('س' + f);
  return out;
}

function participleForms(p: string): string[] {
  const base = normalize(p).replace(/ا$/, '');
  // The bare stem (قائل، راد) is no adverbial participle and often a name or noun (راد = Rudd): only the accusative and its kin.
  return [base + 'ا', base + 'ه', base + 'ين', base + 'ان', base + 'ون', base + 'تين', base + 'تان'];
}

/** `grammar`: data/quotes/grammar.json, parsed (checked by buildQuoteGrammar). */
export function buildQuoteLexicon(data: QuoteCueData, grammar: unknown): QuoteLexicon {
  const verbs = new Map<string, CueVerb>();
  for (const v of data.verbs) {
    const common = {
      lemma: v.lemma,
      object: v.object ?? false,
      objectNeedsPrep: v.objectNeedsPrep ?? false,
      prep: (v.prep ?? []).map(cueKey),
      speech: v.speech ?? true,
      objectOnly: v.objectOnly ?? false,
      quotation: v.quotation ?? false,
      colonOnly: v.colonOnly ?? false,
      quotedObject: v.quotedObject ?? false,
    };
    const add = (forms: string[], form: CueForm) => {
      for (const f of forms) {
        const key = cueKey(f);
        if (!verbs.has(key)) verbs.set(key, withForm(common, form));
      }
    };
    if (v.past) add(pastForms(cueKey(v.past)), 'past');
    if (v.present) add(presentForms(cueKey(v.present)), 'present');
    if (v.participle) add(participleForms(v.participle), 'participle');
    for (const f of v.forms ?? []) {
      const k = cueKey(f);
      add([k], /^[يت]/.test(k) ? 'present' : 'past');
    }
  }
  const set = (xs: string[]) => new Set(xs.map(cueKey));
  return {
    verbs,
    nouns: set(data.nouns),
    reportNouns: set(data.reportNouns),
    accordingTo: data.accordingTo.map(phrase),
    afterQuote: data.afterQuote.map(phrase).sort((a, b) => b.length - a.length),
    complementizers: set(data.complementizers),
    prepositions: set(data.prepositionComplements),
    subjectMarkers: data.subjectMarkers.map(phrase),
    sameSource: data.sameSource.map(phrase).sort((a, b) => b.length - a.length),
    anonymous: set(data.anonymous),
    channels: set(data.channels),
    adverbials: set(data.adverbials),
    adverbialPrepositions: set(data.adverbialPrepositions),
    adverbialNouns: set(data.adverbialNouns),
    connectors: set(data.connectors),
    actorHeads: set(data.actorHeads),
    pronounSubjects: set(data.pronounSubjects),
    personHeads: set(data.personHeads ?? []),
    sourceNouns: set(data.sourceNouns ?? []),
    contrastAnnaLeads: set(data.contrastAnnaLeads ?? []),
    openingSubordinators: set(data.openingSubordinators ?? []),
    groupHeads: set(data.groupHeads ?? []),
    stateHeads: set(data.stateHeads ?? []),
    storyStateHeads: set(data.storyStateHeads ?? []),
    stateTitleHeads: set(data.stateTitleHeads ?? []),
    bodyHeadlineHeads: set(data.bodyHeadlineHeads ?? []),
    newsLabels: set(data.newsLabels ?? []),
    relaySourceEnds: set(data.relaySourceEnds ?? []),
    relayAgencyWords: set(data.relayAgencyWords ?? []),
    circumstantialPronouns: set(data.circumstantialPronouns ?? []),
    firstPersonWords: set(data.firstPersonHeadline?.words ?? []),
    firstPersonNegations: set(data.firstPersonHeadline?.negations ?? []),
    firstPersonPronouns: set(data.firstPersonHeadline?.pronouns ?? []),
    numberWords: set(data.numberWords ?? []),
    linkLabels: new Set((data.linkLabels ?? []).map((l) => phrase(l).join(' '))),
    teaserLabels: new Set((data.teaserLabels ?? []).map((l) => phrase(l).join(' '))),
    linkLabelEndings: new Set((data.linkLabelEndings ?? []).map((l) => phrase(l).join(' '))),
    feminineBodies: set(data.bodyGenders?.feminine ?? []),
    masculineBodies: set(data.bodyGenders?.masculine ?? []),
    spokesHeads: set(data.spokesHeads ?? []),
    aideHeads: set(data.aideHeads ?? []),
    timeWords: set(data.timeWords ?? []),
    notSpeakers: set(data.notSpeakers ?? []),
    closeTo: set(data.closeTo ?? []),
    quantifierHeads: set(data.quantifierHeads ?? []),
    describedPersons: set(data.describedPersons ?? []),
    participleNouns: set(data.participleNouns ?? []),
    pieceNouns: set(data.pieceNouns ?? []),
    writerNouns: set(data.writerNouns ?? []),
    addressedNouns: set(data.addressedNouns ?? []),
    statementObjects: set(data.statementObjects ?? []),
    adverbialAccusatives: set(data.adverbialAccusatives ?? []),
    ...buildQuoteGrammar(grammar, data.verbs),
  };
}
