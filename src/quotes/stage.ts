/**
 * The quote stage: who said what.
 *
 * Arabic news reports speech with a small set of constructions, and the stage
 * reads each sentence for them, token by token:
 * - a reporting verb, then its subject, then a complementizer or colon and the
 *   content ("قال بوتين إن ...", "وأشار إلى أن ...", "وقال الوزير: «...»");
 * - the subject before the verb ("وكان الوزير قد أكد أن ...", "الرئيس قال إن");
 * - no subject at all (pro-drop: "وأضاف أن ...", "من جهته، أكد أن ..."): the
 *   speaker is the previous quote's, else the first person or organization
 *   named in this or the previous sentence;
 * - a participle clause of the same speaker ("...، مؤكدا أن ...");
 * - a quotation with its cue after it ("«...»، قال الوزير");
 * - attributions: "بحسب وزارة الصحة", "وفق ما نقلت وكالة ...", "جاء في بيان الجيش أن ...",
 *   "نقلت الوكالة عن مسؤول قوله إن ...";
 * - anonymous sources ("قال مصدر سوري") keep `speaker: null` and their words in
 *   `speakerText`; "المصدر نفسه" carries the previous speaker;
 * - the medium ("لوكالة رويترز", "في تصريح لقناة ...") becomes `via` when an entity covers it;
 * - a cue joined by و inside a sentence ("ورفضت الحكومة الاتهامات وقالت إن") continues that
 *   sentence's subject; "البيان" as a subject is its issuer; "قال فيه" after "تصريح X" / "X ... بيانا"
 *   is X; a group (محامو X، فريق الدفاع عن X) speaks unnamed, not X; a body after a preposition is
 *   not the subject; time words and adverbs between a verb and its subject are skipped; the
 *   spokesperson of a person titled after باسم is not that person.
 * - (quotes6) "قال لـX" right after the verb is the addressee; a long subject placed first after
 *   "غير أن" ends with a name and a comma before its verb; a quoted name (صحيفة "أخبار اليوم") is one
 *   unit and its quoted words name the body again; a participle whose verb takes إلى needs it
 *   (حاملا لافتة) and one after غير is an adjective; a subject placed first starts after a
 *   complementizer; a sentence opening with a name then a verb (SVO headlines) has that name as
 *   subject; an indefinite spokesperson of a named person is unnamed; passives (نُقل) report
 *   nothing; "تقرير لـX، ذكر أن" is X's; "بحسب بيان نشرته" is the sentence subject's statement and
 *   البيان the body named with an earlier بيان; "وأضاف X" names the unnamed official quoted just
 *   before; a reporting verb after a relative pronoun owns the complementizer after it; a headline's
 *   speaker heads its phrase; العام after a definite noun is "general" (الأمين العام).
 * - (quotes7) a role the resolver tied to no name yields to a person named in the subject, and an unnamed
 *   spokesperson is unnamed; a bare role (الوزير، المتحدث) names the speaker introduced with it; السلطات/الحكومة + a
 *   demonym is the country; a relative is not the person named after it; a subject does not end on باسم; "بحسب
 *   البيان" is the statement's issuer; "ويضيف أن" right after a quote continues it; a feminine verb does not take a
 *   man titled as one; a definite -ين plural right after the verb is its object; أبدى needs a clause; عبر before a
 *   possessed noun is "via"; a verb whose preposition carries a pronoun (ما أشار إليه) reports nothing after it; a body
 *   in the genitive of a noun after a preposition is no subject; a sentence opening with a verb and a place has that
 *   country as its subject.
 * - (quotes8) a past verb of saying (قال، أكد ...) with its own subject ends an earlier cue's clause ("أعلنت استقالتها،
 *   لكن المتحدثة ... قالت إن"); a verb after a relative pronoun speaks for the person or body it follows ("غنيمات التي
 *   أكدت قائلة"); a colon ends a subject placed first; a KB name in strict apposition after a description the KB lacks
 *   speaks ("وكالة الأنباء الروسية سبوتنيك"); a person named after a role and a comma speaks; a definite role noun takes
 *   no body in the genitive (الوزيرة المجتمع الدولي) and a role tied to a body or place by the words after it
 *   (المدير العام للسجلات) is not the person quoted before; وصف + a possessed noun, المجتمع الدولي after دعا/طالب are
 *   objects; a plural verb does not carry one person; an indefinite spokesperson is unnamed; authorities "التابعة لـ"
 *   another body are not its country; two-word surnames (بن لادن); cues علق/رجح (past), أفاد بـ, a participle's quoted
 *   object, كتب on a named platform without a colon, "في إشارة إلى" after a quotation; no cue in يبلغ (amounts to),
 *   يدعى (is called), a participle after a preposition, or a first person plural; "للعربية.نت" ends nothing.
 * - (quotes9, found with scripts/quote-speaker-gaps.ts on the unlabelled corpus) a spokesperson of a body is not the body
 *   (the spokesperson quoted before with these words and a name, else unnamed), and a spokesperson entity made from the
 *   title alone is unnamed however the quote reached it; an officer of a body (قائد، رئيس ...) quoted again with the same
 *   words is the person named with them before; a relative named in apposition speaks (زوجة الرئيس ...، أسماء الأسد;
 *   without a comma when another person closes the subject), a name run over a relative noun (خطيبة خاشقجي) is no name;
 *   الفريق before a name is a rank; a generic role named after its post and a comma (السفير اليمني لدى الأمم المتحدة،
 *   أحمد ...) is that person, and the same role words later too; a surname with the article (الدويد) names the person;
 *   قوله after a verb is no subject.
 * - (quotes10, from the corpus2 sample and the gold sets' errors, each checked on 1,000-1,250 corpus articles) لـ with a
 *   tatweel is a channel before a space or bracket (لـ CNN، لـ(CNN)); "أما X ...، فقد قال" has X for subject; البيان الصادر
 *   is the statement, and a بيان with no owner right after a body's quote is that body's (جاء في بيان لـX: X's); a
 *   participle after فيما/بينما + verb + a named subject goes with that subject; a sentence that names people and bodies
 *   only inside prepositional phrases (في وجه هتلر، في تغريدات للحريري) goes on with the speaker quoted last; لكن + a name
 *   opening a sentence is its subject; a reflexive نفسه and a second verb of saying (وتابع يقول) are no subjects; a role
 *   in the construct with a body noun (مدير المدرسة) is the person quoted before with that role and body; the same
 *   relative words name the relative quoted before with a name; a quantifier after a comma (الجميع) is the object; a
 *   one-word surname with a feminine verb is the woman of that surname quoted before with one (يوليا سكريبال); cues
 *   بقوله (before a colon or quotation), a present after ل with a complement clause (ليشدد على أن), أصر على أن, شرح, and
 *   جاء في بيان + a closing quotation; a hashtag's # before a verb's object is skipped.
 * - (quotes13, from fixed-seed audits of random corpus quotes, scripts/quote-audit.ts, verdicts in test/audit/) a
 *   quotation right after the report noun of نقل (نقلت الوكالة عن فلان قوله "...") is his words without a colon; dotted
 *   acronyms (بي.بي.سي) end no sentence; a body between commas after a prepositional phrase (على صفحته بموقع التواصل
 *   الاجتماعي، تويتر، حيث قال), a name joined by و to a governed name (عبر فيسبوك وتويتر) and the genitive of a channel
 *   noun with a clitic ب/ل (لموقع CNN) are governed, so no platform speaks for the person tweeting; a channel that
 *   received a statement (بيان وصل لموقع X) does not own it; when the only name is governed, an indefinite noun after the
 *   verb is the unnamed subject (رفضت فتاة سعودية ...، قائلة); a plural participle is no absent person's; كان X قد + verb
 *   + Y has X for subject and Y for object, and a name right before كان (قد) is the subject; a sentence that only names
 *   a channel (بحسب ما نقلت وكالة رويترز.) leaves the speaker before it running.
 * - (quotes15, from a recall audit of the cues no quote covered on random corpus text, scripts/quote-recall-audit.ts) a
 *   long quotation without a colon that ends its clause after a long subject or adverbials, or after ذكر/كتب/أورد/كرر
 *   and نقل عن X (`quotation` in cues.json); a quotation right after a verb of saying, with the words after it; a
 *   noun-object verb's object or preposition past time words, adverbs, a short quoted name and a phrase between commas;
 *   "...، كما ذكر X." closing a sentence attributes the clause before it.
 * - (quotes16) "وجاء في البيان/التقرير/الرسالة" (a definite statement noun) is the statement of the issuer of the one
 *   introduced before (a joint one is anonymous; none found, no quote); كتب quotes a quotation right after it.
 * - (quotes17, from fixed-seed audits of random corpus quotes, test/audit/quotes17-*.jsonl) a preposition joined to و
 *   (وفي، وعلى) opens an adverbial; a sentence that names bodies only after prepositions leaves the running speaker going;
 *   an unnamed source right after a sentence's verb (وأكد المصدر، ...) is its subject; a country first in its sentence
 *   (after كان, or before a verb for a cue of its own sentence) is its subject; a cue right after a relative pronoun that
 *   follows a person or body (also after a comma), with an object content, has that person or body for subject; a
 *   country or city opening a subject outranks a person or body named after it without a comma or و (its object).
 * - (quotes18, from fixed-seed audits, test/audit/quotes18-*.jsonl) an anonymous source close to someone (مصدر مقرب من X)
 *   and a quantifier subject (جميع/أحد/بعض + a group) are unnamed, unless one of the group is named after its words; a
 *   first name alone names the one person named in full with it; a noun-object verb reaches its preposition past a short
 *   adverbial phrase after a named subject; a sentence opening with كان has the words up to its verb for subject, past an
 *   apposition between commas; a subject marker right after the verb (وأضاف من ناحيته X) before a name is skipped.
 * - (quotes19, from a recall audit of random corpus text, test/audit/quotes19-recall.jsonl) وصف X بـ"..." (and واصفا،
 *   ما وصفه) quotes the description, a relative ما/من وصفه inside another quote being that speaker's; a long quotation
 *   without a colon may follow an adverbial ending on a noun with a clitic preposition or holding an accusative of
 *   purpose (احتفالا، ردا); the site's correspondent (مراسلنا) is an unnamed source; جدد quotes a quotation, وعد a
 *   clause, and نسب إلى X قوله relays like نقل عن; an attribution standing as a sentence of its own ("بحسب رويترز.")
 *   attributes the sentence before; a subject marker and a named addressee may stand before دعا/حذر's preposition.
 * - (quotes23, from a speaker audit of random corpus quotes, docs/quotes.md) "المصدر نفسه" (with a relative clause after
 *   it too) with no unnamed source before is the body quoted last; a البيان that no sentence names before is the statement
 *   of the body that announced just before; "، على ما أفاد X" attributes the clause before it; a described person
 *   (الممثلة، القاضي: cues.json describedPersons) is the person named in apposition with that noun before; an officer of a
 *   body (مبعوث الأمم المتحدة) is the article's one person with the body's actor code; فضلا عن is no verb's complement;
 *   "وفقا لمراسل X" is an unnamed correspondent.
 * - (quotes25, from a speaker audit and three corpus draws, docs/quotes.md) a bare body noun with no entity (المنظمة،
 *   الصحيفة، الجماعة) is the KB body named before without it whose KB names open with that noun (the stage's optional
 *   KbNames); a sentence opening with كان, then a name right before the verb (no قد), has that name for subject; after
 *   لكن a title, a comma and a name between commas before the verb is the subject.
 * - (quotes28) a bare الحكومة with no entity is the story's state (src/core/story-state.ts, shared with the event
 *   stage's bare organs) when the article names that country; a circumstantial وهو/وهي right after the verb of saying
 *   is no subject (the running speaker goes on).
 * - (quotes31, from a recall read of random corpus articles, docs/quotes.md) a country's or capital's headline "X: <clause>"
 *   whose clause opens in the first person (سنرد، ندعم، لا نريد، لا علاقة لنا; a ن- present told from a noun by the corpus
 *   word counts) is the country's quote; a straight quotation holding a short quoted name runs to its own closing mark.
 * - (quotes33, from a recall read of the outlets earlier reads drew least, docs/quotes.md) عبر with no عن after it is
 *   "via", no verb ending the clause of a قال before it; "... كما أفادت X." attributes with no comma too when X closes
 *   the sentence; تحدث عن "..." (three words or more) reports the quotation; the past نفى reads a denied noun; اتهم with
 *   an object pronoun (تتهمه) reports its clause, never one past an attribution or بيد; "شاهد ... التالي:" is a link line.
 * - (quotes36, from a blind speaker audit of the outlets the read sets cover least, docs/quotes.md) time words between an
 *   attribution's verb and its subject are skipped (وفق ما أعلن الجمعة مسؤول); a dual cue (قالا، يدعوان) carries no one
 *   person, keeping the words when they name two; a bare body noun is the body quoted before with that noun though the
 *   recognizer's name left it out (هيئة تنظيم الاتصالات ... الهيئة).
 * - (quotes38, from a blind audit and whole-corpus reads of the constructions, docs/quotes.md) a relay whose source is a
 *   pronoun inside an attribution (وقال X، بحسب ما نقلت عنه وكالة Y، "...") has Y for channel and X speaking, with no
 *   quote of the attribution itself; a masculine plural participle after a group its sentence names (محامو فلان ...،
 *   قائلين) is the group's, unnamed; an indefinite بيان with a definite genitive no mention covers (بيان الأطباء) is that
 *   owner's; fans (مشجعو) are a group.
 *
 * Policy: a quote is `direct` when its content is exactly a quotation in
 * «» “” or "" (the marks excluded from the span). Quotation marks inside
 * indirect content ("قال إن البحث تركز على «...»") stay one indirect quote; a
 * quotation introduced by a cue of its own (", قائلا «...»") is a quote of its own.
 * `speakerText` is the speaker as the sentence writes it (for a carried
 * speaker, as the sentence that named it wrote it).
 */
import { circumstantialShape } from '../resolve/circumstantial.ts';
import { verbOnlyShape } from '../resolve/verb-forms.ts';
import type { Entity, Quote, TextSpan } from '../core/analysis.ts';
import type { Doc } from '../core/document.ts';
import type { Stage } from '../core/stage.ts';
import { lastStartingAtOrBefore } from '../core/offsets.ts';
import { dominantState, stateOfSentence, statePlacesOf, type StatePlace } from '../core/story-state.ts';
import type { Token } from '../text/tokenize.ts';
import { dottedAcronym } from '../text/sentences.ts';
import { cueKey, withForm, type CueVerb, type QuoteLexicon } from './lexicon.ts';
import { DisjointSpans, firstStartingAt } from './spans.ts';
import { TITLES13_WORDS } from '../resolve/titles13.ts';
import { normalize } from '../text/normalize.ts';
import { segmentationKey, type WordFrequencies } from '../text/clitics.ts';

/** (quotes40) Words after which a فاعلا-shaped word right after a verb of saying is its circumstantial (قال مازحا إن). */
const CIRCUMSTANTIAL_NEXT = new Set(['إن', 'أن', 'بأن', 'في'].map((w) => normalize(w)));
/** Tokens scanned after a cue for its complementizer: a subject with titles and an adverbial fit in this. */
const MAX_SUBJECT_TOKENS = 32;
/** Tokens before a cue that may form a subject placed first ("وكان وزير الخارجية الروسي قد أعلن"). */
const MAX_PRESUBJECT_TOKENS = 7;
/** A carried speaker (pro-drop) reaches back this many sentences. */
const CARRY_SENTENCES = 3;
/** Sentences back that a bare role noun ("وأضاف الوزير"، "المتحدث") reaches for the speaker introduced with it. */
const ROLE_REACH = 12;

const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“' };
/** Relative pronouns: a cue right after one has the main clause's subject ("التي قال فيها"). */
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللتي', 'الذى']);
/** (quotes34) The object pronoun that resumes each relative pronoun (الذي وصفه، التي وصفها، الذين وصفهم). */
const RESUMPTIVE: Record<string, string> = { الذي: 'ه', الذى: 'ه', التي: 'ها', الذين: 'هم', اللذين: 'هما', اللتين: 'هما' };
/** Forms of كان that frame a subject placed before its verb ("وكانت السلطات قالت"). */
const KAN = new Set(['كان', 'كانت', 'كانوا']);
/** (quotes26) Function words that cannot end the subject of a belief placed before its verb (حيث تعتقد، لمن يعتقد، لم تعتقد). */
const BELIEF_NOT_SUBJECT = new Set(['حيث', 'من', 'لمن', 'ممن', 'لم', 'لا', 'لن', 'قد', 'ان', 'انه', 'انها', 'كما', 'ثم', 'عندما', 'حين', 'بعدما', 'اذ', 'اذا']);
/** (quotes21) The relative ما with the prepositions news puts before it (keys). */
const RELATIVE_MA = new Set(['ما', 'فيما', 'بما', 'لما', 'مما']);
/** "قال فيه"، "أعلن فيها": the pronoun points back at a statement noun. */
const IN_IT = new Set(['فيه', 'فيها', 'خلاله', 'خلالها']);
/**
 * (quotes21) A preposition with a pronoun between the verb and its subject ("وقال عنه الرئيس ترامب إن"، "وقالت لها
 * والدتها"، "ترد عليه الموظفة"): the verb's complement, skipped like فيه so the subject after it speaks.
 */
const PRONOUN_COMPLEMENTS = new Set(['عنه', 'عنها', 'عنهم', 'عنهما', 'له', 'لها', 'لهم', 'لهما', 'عليه', 'عليها', 'عليهم', 'اليه', 'اليها', 'اليهم', 'منه', 'منها', 'معه', 'معها']);
/** "طالبت ابنة ...، الجميع باحترام": a quantifier after a comma is the verb's object, no apposition of the subject. */
const QUANTIFIERS = new Set(['الجميع', 'الكل', 'كافه', 'جميع']);
/** Words that open a clause of its own inside a sentence (فيما وجهت روسيا ...). */
const CLAUSE_OPENERS = new Set(['فيما', 'بينما']);
const COMMAS = new Set(['،', ',', '؛', ';']);
/** (quotes27) First-person openers of a clause after "قال X،" (a closed class of pronouns and particles, as keyed). */
const FIRST_PERSON_OPENERS = new Set(['نحن', 'لقد', 'اننا', 'انا', 'انني', 'اني']);
const DASHES = new Set(['-', '–', '—', '(', ')']);
const ENDS = new Set(['.', '!', '?', '؟', '…', '...']);
/** Prepositions that open an adverbial when they come first after a verb or comma. */
const SEGMENT_PREPOSITIONS = new Set(['من', 'عن', 'مع', 'الي', 'بعد', 'قبل', 'عند', 'لدي', 'حول', 'بين', 'منذ', 'وسط', 'اثر', 'رغم', 'بالرغم']);
/** (quotes17) Prepositions that open a sentence's adverbial when written with و (وفي، وخلال، وبعد، ومنذ). */
const OPENING_PREPOSITIONS = new Set([...SEGMENT_PREPOSITIONS, 'في', 'علي', 'امام', 'عبر', 'خلال', 'عقب', 'اثناء', 'لدي']);
/** Words right before a reporting verb's form besides the prepositions that make it a verbal noun or negate it. */
const NOUN_POSITION_WORDS = new Set(['في', 'علي', 'عقب', 'لم', 'لا', 'لن', 'ولم', 'ولا', 'ما']);

/** What may stand between a body's name and a person's name in apposition to its head: a comma, a rank word or two. */
const APPOSED_AFTER = /^[^\S\n]*[،,][^\S\n]*(?:[\u0621-\u064a]+[^\S\n]+){0,2}$/;

/** (quotes27) How many sentences back an undefined statement's issuer is looked for past a بيان that names none. */
const ISSUER_LOOKBACK_SENTENCES = 6;

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  kind: string;
  text: string;
}

interface Speaker {
  id: string | null;
  text: string | null;
  /** Where the speaker was named (to reach it again). */
  anonymous: boolean;
}

interface Tok {
  t: Token;
  key: string;
  /** key without a leading و/ف conjunction. */
  bare: string;
  sentence: number;
}

interface Region {
  subjectStart: number;
  subjectEnd: number;
  via: { start: number; end: number } | null;
}

interface Content {
  /** First token of the content. */
  from: number;
  /** Token just before the content (complementizer, colon, prep) ends the subject region. */
  regionEnd: number;
  direct: boolean;
  /** Closing quotation mark token for direct content. */
  closeAt: number;
  /** (quotes15) A long quotation without a colon after a long subject or a verb that otherwise needs a clause. */
  long?: boolean;
  /** (quotes19) The quotation after بـ that وصف names its object by ("وصف X بـ"..."", "واصفا إياه بـ"...""). */
  described?: boolean;
}

/**
 * What the steps of the scan split out of findQuotes share: one document's tokens, quotations and mentions, and
 * the lookups over them (findQuotes' closures), so that each step is a module-level function small enough for V8
 * to optimize (src/resources/jit.ts limits optimized functions to 6,000 bytes of bytecode).
 */
interface QuoteScan {
  toks: Tok[];
  lex: QuoteLexicon;
  closeOf: Map<number, number>;
  inQuote: Int32Array;
  quotes: Quote[];
  /** The same quotes sorted, for overlap tests near a range. */
  quoteSpans: DisjointSpans<Quote>;
  phraseAt: (i: number, phrases: string[][]) => number;
  pendingVia: Map<number, { start: number; end: number }>;
  entityById: Map<string, Entity>;
  findContent: (c: number, v: CueVerb) => Content | null;
  findObject: (c: number, v: CueVerb) => Content | null;
  statementObject: (c: number, v: CueVerb) => Content | null;
  firstTokOfSentence: (i: number) => number;
  preSubject: (c: number) => Speaker | null;
  quotedJustBefore: (c: number) => boolean;
  span: (a: number, b: number) => TextSpan;
  startOfWord: (i: number) => number;
  readRegion: (a: number, b: number) => Region;
  viaEntity: (via: Region['via']) => string | null;
  carried: (c: number) => Speaker | null;
  speakerFrom: (a: number, b: number) => Speaker | null;
  verbAt: (i: number) => CueVerb | null;
  relativeAntecedent: (r: number) => Speaker | null;
  mainSubject: (c: number) => Speaker | null;
  enclosingSpeaker: (c: number) => Speaker | null;
  svoSubject: (c: number) => number;
  contrastSubject: (c: number) => number;
  ammaSubject: (c: number) => [number, number] | null;
  word: (i: number) => string;
  issuerOf: (noun: string, c: number, definite?: boolean) => Speaker | null;
  obliquePlural: (i: number) => boolean;
  possessedNoun: (i: number) => boolean;
  actorHeadAt: (i: number) => boolean;
  addresseeAt: (i: number) => boolean;
  statementOwner: (c: number) => Speaker | null;
  reportOwnerBefore: (c: number) => Speaker | null;
  opensClause: (c: number) => boolean;
  pluralVerb: (c: number) => boolean;
  groupParticiple: (c: number, speakerId: string) => boolean;
  subjectBeforeKan: (c: number) => Speaker | null;
  kanOpened: (c: number) => boolean;
  sentenceEndTok: (i: number) => number;
  contentEnd: (a: number, hardEnd: number) => { end: number };
  emit: (cueSpan: TextSpan, sp: Speaker | null, via: string | null, direct: boolean, a: number, b: number, sentence: number) => Quote | null;
  relativeSpeaker: (c: number, content: Content, subjectStart: number) => Speaker | null;
  resumptiveObject: (c: number) => boolean;
  joinedAntecedent: (r: number) => Speaker | null;
  definiteSvo: (c: number) => number;
  titledSvo: (c: number) => number;
  describedSvo: (c: number) => Speaker | null;
  sourceAntecedent: (r: number) => Speaker | null;
  mentionIn: (bounds: () => readonly [number, number], pred: (m: MentionRef) => boolean) => MentionRef | undefined;
  tokenAt: (pos: number) => number;
  subjectOfSentence: (s: number, before: number, actorOnly: boolean) => Speaker | null;
  joinedClauseSubject: (c: number) => Speaker | null;
  relativeDisagrees: (r: number) => boolean;
  accusativeObject: (sp: Speaker) => boolean;
}

/**
 * (quotes25) The Arabic names the knowledge base gives an entity's KB id (KnowledgeBase.byId(id).ar), for the rules
 * that need to know how the KB calls a body the article named otherwise ("هيومن رايتس ووتش" is the KB's "منظمة هيومن
 * رايتس ووتش", so "المنظمة"). Optional: without it those rules do nothing.
 */
export type KbNames = (kbId: string) => readonly string[] | undefined;

/**
 * (quotes31) `wordFrequencies` (data/lexicon/word-freq.tsv, optional): the corpus's word counts, which tell a present
 * verb of the first person plural (ندعم، never written الندعم) from a noun (النظام) in a country's headline.
 */
export function createQuoteStage(lexicon: QuoteLexicon, kbNames?: KbNames, wordFrequencies?: WordFrequencies): Stage<'quotes'> {
  const prepared = prepare(lexicon);
  return {
    id: 'quotes.v1',
    requires: ['entities'],
    assigns: 'quotes',
    run: (doc, layers) => findQuotes(doc, layers.entities ?? [], lexicon, prepared, kbNames, wordFrequencies),
  };
}

/** A phrase list indexed by its first word; `order` keeps the list's priority. */
type PhraseIndex = Map<string, Array<{ words: string[]; order: number }>>;

/** Lookups built once per lexicon, not per document: phrase lists by first word, and a cache of normalized words. */
export interface PreparedLexicon {
  accordingTo: PhraseIndex;
  afterQuote: PhraseIndex;
  subjectMarkers: PhraseIndex;
  sameSource: PhraseIndex;
  /** Word as written → cueKey(word); the corpus repeats a few thousand words, so normalizing each once pays. */
  keys: Map<string, string>;
}

/** Cached words before the cache is emptied (bounds memory on an endless stream). */
const KEY_CACHE_LIMIT = 200_000;

function indexPhrases(phrases: string[][]): PhraseIndex {
  const index: PhraseIndex = new Map();
  phrases.forEach((words, order) => {
    const list = index.get(words[0]!) ?? [];
    list.push({ words, order });
    index.set(words[0]!, list);
  });
  return index;
}

export function prepare(lex: QuoteLexicon): PreparedLexicon {
  return {
    accordingTo: indexPhrases(lex.accordingTo),
    afterQuote: indexPhrases(lex.afterQuote),
    subjectMarkers: indexPhrases(lex.subjectMarkers),
    sameSource: indexPhrases(lex.sameSource),
    keys: new Map(),
  };
}

function stripConj(key: string): string {
  return key.length > 3 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
}

export function findQuotes(doc: Doc, entities: readonly Entity[], lex: QuoteLexicon, prep: PreparedLexicon = prepare(lex), kbNames?: KbNames, wordFreq?: WordFrequencies): Quote[] {
  const text = doc.text;
  const keys = prep.keys;
  if (keys.size > KEY_CACHE_LIMIT) keys.clear();
  const keyOf = (w: string): string => {
    let k = keys.get(w);
    if (k === undefined) {
      k = cueKey(w);
      keys.set(w, k);
    }
    return k;
  };
  const toks = tokenTable(doc, keyOf);
  // (quotes29) Lines that open with a link label and a colon ("اقرأ أيضا: ..."، "للمزيد: ..."): the headline of another
  // piece, no reported speech; emit refuses a quote whose cue lies there.
  const linkLines = linkLineSpans(text, lex, keyOf);
  const inLinkLine = (at: number): boolean => linkLines.some(([x, y]) => x <= at && at < y);
  // (quotes47) Teaser lines (قد يهمك| ...): their quotes stand, but no speaker or name goes on from them.
  const teaserLines = linkLineSpans(text, lex, keyOf, lex.teaserLabels);
  const inTeaserLine = (at: number): boolean => teaserLines.some(([x, y]) => x <= at && at < y);
  // First and last token of each token's sentence, and each token's reporting verb, computed once.
  const sentFirst = sentenceFirsts(toks);
  /** Each sentence's first token (-1 for a sentence without tokens). */
  const firstTokOf = new Int32Array(doc.sentences.length + 1).fill(-1);
  for (let i = toks.length - 1; i >= 0; i--) firstTokOf[toks[i]!.sentence] = i;
  const sentLast = sentenceLasts(toks);
  const verbOf = cueVerbs(toks, lex);
  const mentions: MentionRef[] = withoutPersonsInsideBodies(
    entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e, kind: m.kind, text: m.text }))).sort((a, b) => a.start - b.start),
  );

  const actorAt = new Map<number, MentionRef>();
  for (const m of mentions) if (m.kind !== 'demonym' && (m.entity.type === 'PER' || m.entity.type === 'ORG') && !actorAt.has(m.start)) actorAt.set(m.start, m);
  const mentionStarts = new Set(mentions.filter((m) => m.kind === 'name').map((m) => m.start));
  // (quotes21) The name علي (Ali, written with ي) normalizes like the preposition على: where a person's mention starts
  // with it ("وقال علي حمزة إن"), its key is no preposition, so the subject is not skipped as an object.
  for (const tk of toks) if (tk.t.text === 'علي' && actorAt.get(tk.t.start)?.entity.type === 'PER') tk.key = tk.bare = 'علي·';
  /** لكن/ولكن at k, or أن after إلا، غير or (quotes43) بيد (data/quotes/cues.json contrastAnnaLeads). */
  const contrastOpenerAt = (k: number): boolean => {
    const kk = toks[k]!.key;
    return kk === 'لكن' || kk === 'ولكن' || (kk === 'ان' && k > 0 && lex.contrastAnnaLeads.has(toks[k - 1]!.key));
  };
  // (quotes45) "لكن مسؤولا تركيا قال"، "إلا أن مصدرا في الوزارة أكد"، "لكن متحدثا باسم أردوغان قال": after لكن and أن the
  // subject is accusative; an unnamed source's or spokesperson's noun with its accusative ا reads as the noun itself.
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!contrastOpenerAt(i)) continue;
    const tk = toks[i + 1]!;
    const stem = tk.bare.endsWith('ا') ? tk.bare.slice(0, -1) : '';
    if (tk.t.kind === 'arabic' && tk.key === tk.bare && stem.length >= 3 && (lex.anonymous.has(stem) || lex.spokesHeads.has(stem)) && !actorAt.has(tk.t.start)) tk.key = tk.bare = stem;
  }
  // Per-cue lookups over the mentions near a range, not all of them (mentions are sorted by start, ties in entity order):
  // mentionIn(bounds, pred) is mentions.find(pred) for a pred that accepts only mentions starting inside bounds().
  // The bounds are computed only when there is a mention to test, as the pred's own first test would be.
  const mentionIn = (bounds: () => readonly [number, number], pred: (m: MentionRef) => boolean): MentionRef | undefined => {
    if (mentions.length === 0) return undefined;
    const [lo, hi] = bounds();
    for (let k = firstStartingAt(mentions, lo); k < mentions.length && mentions[k]!.start <= hi; k++) if (pred(mentions[k]!)) return mentions[k]!;
    return undefined;
  };
  const mentionsByEnd = new Map<number, MentionRef[]>();
  for (const m of mentions) {
    const list = mentionsByEnd.get(m.end);
    if (list) list.push(m);
    else mentionsByEnd.set(m.end, [m]);
  }
  /** mentions.find((m) => m.end === end && pred(m)). */
  const mentionEnding = (end: number, pred: (m: MentionRef) => boolean): MentionRef | undefined => mentionsByEnd.get(end)?.find(pred);
  // A noun with a possessive pronoun as written (حسابه، صفحتها; not the feminine ة, not فيه، له، عنه).
  const possessedNoun = (i: number): boolean => {
    const tk = toks[i]!;
    return tk.t.kind === 'arabic' && !tk.key.startsWith('ال') && tk.key.length >= 5 && /[^ا](ه|ها|هم)$/.test(tk.t.text) && !/^(في|له|لها|لهم|عن|من|الي|علي|مع|ب)/.test(tk.key);
  };
  // "عبر حسابه على تويتر": عبر before a possessed noun is the preposition "via".
  for (let i = 0; i + 1 < toks.length; i++)
    if (verbOf[i]?.lemma === 'عبر' && possessedNoun(i + 1) && !mentionIn(() => [toks[i + 1]!.t.start, toks[i + 1]!.t.end], (m) => m.start >= toks[i + 1]!.t.start && m.start < toks[i + 1]!.t.end)) verbOf[i] = null;
  // (quotes33) "وقال الأسد، عبر وسائل التواصل الاجتماعي، إن ...": عبر reports only as "عبر X عن ..." (objectNeedsPrep), so
  // with no عن after it in its sentence before a complementizer or colon it is the preposition "via". Read as a verb it
  // ended the clause of the قال before it, and the sentence gave no quote at all.
  // A verb of `quotedObject` (تحدث عن "...") likewise needs its preposition and a quotation mark right after it.
  for (let i = 0; i < toks.length; i++) {
    const vi = verbOf[i];
    if (!vi || !(vi.lemma === 'عبر' || vi.quotedObject)) continue;
    let takesAn = false;
    for (let j = i + 1; j <= sentLast[i]!; j++) {
      const tk = toks[j]!;
      if (tk.key === 'عن' || tk.bare === 'عن') {
        takesAn = !vi.quotedObject || !!OPEN_QUOTES[toks[j + 1]?.t.text ?? ''];
        break;
      }
      if (tk.t.text === ':' || lex.complementizers.has(tk.key) || lex.complementizers.has(tk.bare)) break;
    }
    if (!takesAn) verbOf[i] = null;
  }
  const quotes: Quote[] = [];
  // Every quote goes through emit, which pushes it here too; quotes never overlap (emit refuses one that does).
  const quoteSpans = new DisjointSpans<Quote>();
  const speakersOf: Array<{ q: Quote; sp: Speaker; sentence: number }> = [];
  /** For lastSpeaker: the latest entry of speakersOf with a speaker (any, or anonymous), and the least sentence after it. */
  const carry = { any: { at: -1, minAfter: Infinity }, anonymous: { at: -1, minAfter: Infinity } };
  const noteCarry = (k: number): void => {
    const x = speakersOf[k]!;
    const named = !!(x.sp.id || x.sp.text);
    for (const [c, fits] of [[carry.any, named], [carry.anonymous, named && x.sp.anonymous]] as const) {
      if (fits) {
        c.at = k;
        c.minAfter = Infinity;
      } else c.minAfter = Math.min(c.minAfter, x.sentence);
    }
  };
  const span = (a: number, b: number): TextSpan => ({ start: a, end: b, text: text.slice(a, b) });
  const isPunct = (i: number) => toks[i]?.t.kind === 'punct';
  const word = (i: number) => toks[i]?.bare ?? '';

  /** Verb cue at token i (with و/ف/س handled), or null. */
  const verbAt = (i: number): CueVerb | null => verbOf[i] ?? null;

  const phraseIndexOf = new Map<string[][], PhraseIndex>([
    [lex.accordingTo, prep.accordingTo],
    [lex.afterQuote, prep.afterQuote],
    [lex.subjectMarkers, prep.subjectMarkers],
    [lex.sameSource, prep.sameSource],
  ]);
  /** Length of the first phrase of the list (in list order) that starts at token i, else 0. */
  const phraseAt = (i: number, phrases: string[][], firstKeys?: string[]): number => {
    const tk = toks[i];
    if (!tk) return 0;
    const index = phraseIndexOf.get(phrases) ?? indexPhrases(phrases);
    let best: { words: string[]; order: number } | null = null;
    for (const first of firstKeys ?? (tk.key === tk.bare ? [tk.key] : [tk.key, tk.bare])) {
      for (const p of index.get(first) ?? []) {
        if (best && best.order < p.order) break;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) ok = toks[i + k]?.key === p.words[k];
        if (ok) {
          best = p;
          break;
        }
      }
    }
    return best ? best.words.length : 0;
  };

  // Quotation spans: token index of the opening and closing marks.
  const closeOf = new Map<number, number>();
  const inQuote = quotations(toks, text, closeOf);

  /** Best speaker entity among mentions inside [a, b). */
  const entityIn = (a: number, b: number): MentionRef | null => {
    let best: MentionRef | null = null;
    let bestRank = 99;
    // (quotes17) "وطالبت بيونغ يانغ مرارا من الأمم المتحدة ..."، "أبلغت كوريا الشمالية وكالة الأمم المتحدة للطيران إنها": a
    // country or city that opens the subject is its head; a person or body named after it with no comma or و between
    // is the verb's object (a place heads no construct with a name after it).
    let head: MentionRef | null = null;
    for (let k = firstStartingAt(mentions, a); k < mentions.length && mentions[k]!.start <= a + 1; k++) {
      const m = mentions[k]!;
      if (m.start >= a && m.start <= a + 1 && m.end < b && m.kind === 'name' && m.entity.type === 'LOC' && !!m.entity.country && (!head || m.end > head.end)) head = m;
    }
    if (head) {
      const after = mentionIn(() => [head!.end, b], (m) => m.start >= head!.end && m.end <= b && m.kind === 'name' && (m.entity.type === 'PER' || m.entity.type === 'ORG'));
      const between = after ? text.slice(head.end, after.start) : '';
      if (after && !/[،,؛:()]/.test(between) && !/(^|\s)و$/.test(between.trimEnd()) && !/^\s*و\S*$/.test(between.trim().split(/\s+/)[0] ?? '')) return head;
    }
    for (let k = firstStartingAt(mentions, a); k < mentions.length && mentions[k]!.start <= b; k++) {
      const m = mentions[k]!;
      if (m.start < a || m.end > b) continue;
      if (m.kind === 'demonym') continue;
      const t = m.entity.type;
      let rank = t === 'PER' ? 0 : t === 'ORG' ? 1 : t === 'LOC' ? 2 : 3;
      // A place speaks only as the head of the subject ("أعلنت روسيا"), not as a modifier.
      if (t === 'LOC' && text.slice(a, m.start).trim().length > 1) continue;
      if (rank < bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  };

  /** A person or body whose mention starts inside [a, b) and runs on past b (the region was cut inside the name). */
  const bodyRunningOn = (a: number, b: number): MentionRef | null => {
    return mentionIn(() => [a, b], (m) => m.start >= a && m.start < b && m.end > b && m.kind === 'name' && (m.entity.type === 'PER' || m.entity.type === 'ORG')) ?? null;
  };

  /**
   * (quotes43) "عندما انتهى الرئيس ترامب من خطابه، نشر نتنياهو فيديو ...": a sentence that opens with a subordinator
   * (data/quotes/cues.json openingSubordinators) has its own clause up to the first comma; the token of the main
   * clause's verb right after that comma, or -1.
   */
  const mainClauseStart = (a: number, b: number): number => {
    let i = tokenAt(a);
    if (i >= 0 && toks[i]!.t.start < a) i++;
    const t = toks[i];
    if (!t || t.t.start >= b || t.t.kind !== 'arabic' || !lex.openingSubordinators.has(stripConj(t.key))) return -1;
    for (let k = i + 1; k < toks.length && toks[k]!.t.start < b && toks[k]!.sentence === t.sentence; k++) {
      if (!COMMAS.has(toks[k]!.t.text)) continue;
      // The main clause opens with its verb ("، نشر رئيس الوزراء ..."): not an apposition after the comma ("وحينما سئل
      // فلان، المتحدث باسم ...، قال") nor a particle ("، لم يذهب" with the subject dropped: the clause's actor goes on).
      const w = toks[k + 1];
      const verbLike = !!w && w.sentence === t.sentence && w.t.kind === 'arabic' && w.key === w.bare && !w.key.startsWith('ال') && !lex.prepositions.has(w.key) && !lex.clauseParticles.has(w.key) && !lex.notSpeakers.has(w.key) && !mentionStarts.has(w.t.start);
      return verbLike ? k + 1 : -1;
    }
    return -1;
  };

  /** The first person/organization mention in [a, b). (quotes43) Not in an opening subordinate clause while the main clause names one. */
  const firstActorIn = (a: number, b: number): MentionRef | null => {
    const v = mainClauseStart(a, b);
    if (v >= 0 && toks[v]!.t.end < b) {
      // The main clause's subject right after its verb (a title of up to five words before a name allowed).
      const m = firstActorIn(toks[v]!.t.end, b);
      const at = m ? tokenAt(m.start) : -1;
      let plain = at > v && at <= v + 6;
      for (let k = v + 1; plain && k < at; k++) if (toks[k]!.t.kind !== 'arabic' || lex.prepositions.has(toks[k]!.key) || verbAt(k)) plain = false;
      if (m && plain && !governed(m)) return m;
    }
    const plain =
      mentionIn(() => [a, b], (m) => m.start >= a && m.end <= b && m.kind !== 'demonym' && (m.entity.type === 'PER' || m.entity.type === 'ORG') && !notASubject(m) && !governed(m) && !inRelativeClause(m)) ??
      mentionIn(() => [a, b], (m) => m.start >= a && m.end <= b && m.kind !== 'demonym' && (m.entity.type === 'PER' || m.entity.type === 'ORG') && !notASubject(m) && !inRelativeClause(m));
    // a name in a relative clause when the sentence names no other (the relative's subject is then often the story's
    // actor: "هذه المناورة شملت الشرطة الدينية، التي استهدفها روحاني")
    const relative = mentionIn(() => [a, b], (m) => m.start >= a && m.end <= b && m.kind !== 'demonym' && (m.entity.type === 'PER' || m.entity.type === 'ORG') && !notASubject(m) && inRelativeClause(m));
    return plain ?? relative ?? null;
  };

  /**
   * (quotes29) "وشاركت المعلمة في الوقفة التي نظمها اتحاد المعلمين": a name whose clause opens with a relative pronoun
   * (at most three words before it, no punctuation between, the pronoun not the sentence's first word) is the subject
   * of the relative clause, not of the sentence: firstActorIn takes it only when the sentence names no other actor.
   */
  const inRelativeClause = (m: MentionRef): boolean => {
    const i = tokenAt(m.start);
    const s = toks[i]?.sentence;
    if (s === undefined) return false;
    for (let k = i - 1; k >= i - 3 && k > (firstTokOf[s] ?? 0); k--) {
      const w = toks[k]!;
      if (w.sentence !== s || w.t.kind !== 'arabic') return false;
      if (RELATIVES.has(stripConj(w.key)) || RELATIVES.has(w.bare)) return true;
    }
    return false;
  };

  const tokenAt = (pos: number): number => lastStartingAtOrBefore(toks.length, (i) => toks[i]!.t.start, pos);

  /**
   * A mention that is the object of a preposition ("مع تشونغ", "لوزارة") or an
   * organization in the genitive of a title ("عضو البرلمان البريطاني ...، جون غلين"):
   * not the clause's subject; used only to prefer another mention.
   */
  const governed = (m: MentionRef): boolean => {
    if (governedDirectly(m)) return true;
    // (quotes13) "عبر مواقع فيسبوك وتويتر": a name joined by و to a governed name shares its preposition; and
    // "على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال": a body between commas right after a prepositional phrase
    // is that phrase's apposition (a person there may be a subject after an adverbial: "وقال في بيان، فلان، إن").
    const i = tokenAt(m.start);
    const p = toks[i - 1];
    if (!p || p.sentence !== toks[i]!.sentence) return false;
    if (toks[i]!.t.kind === 'arabic' && m.start > toks[i]!.t.start && /^و$/.test(text.slice(toks[i]!.t.start, m.start))) {
      const prev = mentionEnding(p.t.end, (x) => x.end === p.t.end && x !== m);
      return !!prev && governedDirectly(prev);
    }
    if (m.entity.type !== 'PER' && COMMAS.has(p.t.text) && COMMAS.has(toks[tokenAt(m.end - 1) + 1]?.t.text ?? '')) {
      for (let k = i - 2; k >= 0 && k >= i - 6 && toks[k]!.sentence === toks[i]!.sentence; k--) {
        const w = toks[k]!;
        if (w.t.kind !== 'arabic' || verbAt(k)) return false;
        if (SEGMENT_PREPOSITIONS.has(w.key) || w.key === 'في' || w.key === 'علي' || w.key === 'عبر' || hasPrepClitic(k)) return true;
      }
    }
    return false;
  };
  const governedDirectly = (m: MentionRef): boolean => {
    const i = tokenAt(m.start);
    if (i > 0 && toks[i]!.t.kind === 'arabic' && hasPrepClitic(i) && m.start > toks[i]!.t.start) return true;
    const p = toks[i - 1];
    if (!p || p.sentence !== toks[i]!.sentence) return false;
    if (SEGMENT_PREPOSITIONS.has(p.key) || p.key === 'في' || p.key === 'علي' || p.key === 'ل' || p.key === 'ب') return true;
    if (m.entity.type !== 'PER' && lex.actorHeads.has(p.bare) && !p.bare.startsWith('ال')) return true;
    // "على موقع "تويتر""، "عقب إعلان الرئيس": the genitive of a noun that a preposition governs.
    let k = i - 1;
    if (toks[k]?.t.kind === 'punct' && /["«“]/.test(toks[k]!.t.text)) k--;
    const noun = toks[k];
    const prep = toks[k - 1];
    if (!noun || noun.t.kind !== 'arabic' || noun.key.startsWith('ال')) return titleGoverned(i);
    // (quotes13) "وكتب مستخدم لموقع تويتر"، "في بيان وصل لموقع CNN": the genitive of a channel noun (موقع، قناة، صحيفة ...)
    // written with the preposition ب or ل. (Not any such noun: "لتظهر زبيدة"، "تقديرا لعمل شيميت" are a verb and a
    // noun whose genitive is the subject the corpus check wanted.)
    if (noun.sentence === toks[i]!.sentence && hasPrepClitic(k) && lex.channels.has(cueKey(doc.segment(k).stem))) return true;
    if (prep && prep.sentence === toks[i]!.sentence && (SEGMENT_PREPOSITIONS.has(prep.key) || prep.key === 'في' || prep.key === 'علي' || prep.key === 'عبر' || prep.key === 'عقب')) return true;
    return titleGoverned(i);
  };
  /**
   * (quotes34) "ووجهت المحامية رسالة إلى أمير قطر تميم بن حمد"، "إلى الرئيس الروسي فلان": a name after a person's title
   * (رئيس، أمير، وزير، الرئيس: data/quotes/cues.json personHeads, with or without the article; not a body's head such as
   * منظمة) and at most two of its genitives or adjectives (الوزراء، قطر، الروسي), the title right after a separate
   * preposition, is that preposition's object too.
   */
  const titleGoverned = (i: number): boolean => {
    const s = toks[i]!.sentence;
    let k = i - 1;
    for (let g = 0; g < 2 && k > 0; g++) {
      const t = toks[k]!;
      if (t.sentence !== s || t.t.kind !== 'arabic' || verbAt(k)) return false;
      if (isTitleHead(t.key)) break;
      if (!t.key.startsWith('ال') && !mentionStarts.has(t.t.start)) return false;
      k--;
    }
    const head = toks[k];
    if (!head || head.sentence !== s || head.t.kind !== 'arabic' || verbAt(k)) return false;
    // The word whole (وزير is no و + زير). Not after a clitic ل: "وفي تصريحات لوزيرة التجارة فلانة" names the owner of the
    // statements, who speaks on.
    if (!isTitleHead(head.key)) return false;
    const prep = toks[k - 1];
    // "أبرم كل من رئيس جنوب السودان فلان وزعيم المعارضة فلان": كل من lists subjects; its من governs nothing.
    if (prep?.key === 'من' && toks[k - 2]?.key === 'كل') return false;
    return !!prep && prep.sentence === s && (SEGMENT_PREPOSITIONS.has(prep.key) || prep.key === 'في' || prep.key === 'علي' || prep.key === 'عبر');
  };
  const isTitleHead = (w: string): boolean => lex.personHeads.has(w) || (!w.startsWith('ال') && lex.personHeads.has('ال' + w));

  /**
   * A body that is the object of a preposition (في/من/عن/مع ... before it, a clitic ب, or a clitic ل
   * opening a comma segment: "، لبي بي سي"), not the subject. A ل right after a noun is a possessive
   * ("المكتب الصحفي للشرطة") and a person after علي is named Ali: both may still be the speaker.
   */
  /** (quotes18) A mention after a preposition (a clitic ب/ل, من، في ...) or a role noun (الرئيس X): a genitive, no apposition. */
  const afterPrepositionOrRole = (m: MentionRef): boolean => {
    const i = tokenAt(m.start);
    if (toks[i]!.t.kind === 'arabic' && /[بل]$/.test(text.slice(toks[i]!.t.start, m.start))) return true;
    const p = toks[i - 1];
    return !!p && (SEGMENT_PREPOSITIONS.has(p.key) || p.key === 'في' || lex.personHeads.has(p.bare) || lex.personHeads.has(p.key));
  };

  const prepositionObject = (m: MentionRef): boolean => {
    if (m.entity.type === 'PER') return false;
    const i = tokenAt(m.start);
    const p = toks[i - 1];
    if (!p || p.sentence !== toks[i]!.sentence) return false;
    // The mention starts after its word's proclitics: what precedes it in the word is و/ف and ب or ل.
    const lead = toks[i]!.t.kind === 'arabic' ? text.slice(toks[i]!.t.start, m.start) : '';
    if (lead.endsWith('ب')) return true;
    if (lead.endsWith('ل')) return COMMAS.has(p.t.text);
    return SEGMENT_PREPOSITIONS.has(p.key) || p.key === 'في' || p.key === 'ب';
  };

  /**
   * A mention that cannot be a sentence's subject: a tag in parentheses (the
   * dateline's "(CNN)"), or a name inside reported words (a quotation, or the
   * content of a quote already found).
   */
  const notASubject = (m: MentionRef): boolean => {
    if (text[m.start - 1] === '(' && text[m.end] === ')') return true;
    if (quoteSpans.some(m.end, m.start, (q) => q.start <= m.start && m.end <= q.end)) return true;
    return false;
  };

  /** (quotes18) A closeness word (مقرب، قريب، مطلع) among the three words after token a and before offset until. */
  const closeBefore = (a: number, until: number): boolean => {
    for (let k = a + 1; k <= a + 3 && k < toks.length && toks[k]!.t.end <= until; k++) if (lex.closeTo.has(word(k)) || lex.closeTo.has(toks[k]!.key)) return true;
    return false;
  };

  const startOfWord = (i: number) => {
    const seg = doc.segment(i);
    return toks[i]!.t.start + (toks[i]!.t.kind === 'arabic' ? seg.baseStart : 0);
  };

  /**
   * The person an earlier sentence named in apposition with a head of `body` (قائد/رئيس/مدير ... + the body's
   * mention, then a comma, an optional rank and the name; or the name, a comma and the head), before `before`.
   */
  const headOfBody = (body: Entity, before: number): Entity | null => {
    for (const m of mentions) {
      if (m.entity !== body || m.start >= before) continue;
      const k = tokenAt(m.start);
      if (k < 1 || toks[k]!.t.start !== m.start) continue;
      // (quotes12) the head may take the body through a noun of its kind: "قائد قوات التحالف العربي".
      const h = lex.sourceNouns.has(word(k - 1)) || lex.sourceNouns.has(toks[k - 1]!.key) ? k - 2 : k - 1;
      if (h < 0 || !(lex.personHeads.has(word(h)) || lex.personHeads.has('ال' + word(h)))) continue;
      const headStart = toks[h]!.t.start;
      for (const p of mentions) {
        if (p.entity.type !== 'PER' || p.kind !== 'name' || p.entity === body) continue;
        // the name after the body: "، الجنرال X" (a rank word or two at most between the comma and the name)
        if (p.start > m.end && p.start - m.end < 40 && APPOSED_AFTER.test(text.slice(m.end, p.start))) return p.entity;
        // the name before the head: "X، قائد ..." (quotes12: or with no comma, "العميد الركن X قائد قوات ...")
        if (p.end <= headStart && headStart - p.end < 4 && /^\s*[،,]?\s*$/.test(text.slice(p.end, headStart))) return p.entity;
      }
    }
    return null;
  };

  /**
   * (quotes45) The speaker of a subject that opens with a spokesperson of a person ("المتحدث باسم مون"، "متحدث باسم
   * حملة السيسي"، "الناطق باسم حكومة هادي") or an aide without the article (data/quotes/cues.json aideHeads: "مستشار
   * ترامب"، "مستشار للرئيس التركي"), where ent, the subject's first person, is that person (the principal, named or
   * titled right after باسم or the aide noun; after باسم also behind one or two indefinite nouns no mention covers, when
   * the KB knows the person). The speaker is another person named after the principal ("المتحدث باسم كيتا مامادو
   * كمارا"، "مستشار الرئيس التركي ياسين أقطاي"), else the person quoted before with these words and a name, else an
   * unnamed source, as the gold takes an unnamed spokesperson of a body. Null where the subject is not of this shape.
   */
  const agentOfPerson = (a: number, b: number, s: number, e: number, ent: MentionRef): Speaker | null => {
    const head = word(a).replace(/^ال/, '');
    let from = -1;
    if (lex.spokesHeads.has(head)) {
      for (let k = a + 1; k < Math.min(b - 1, a + 3); k++) if (word(k) === 'باسم' || word(k) === 'بلسان') from = k + 1;
    } else if (!word(a).startsWith('ال') && lex.aideHeads.has(word(a)) && a + 1 < b) from = a + 1;
    if (from < 0) return null;
    const at = (k: number) => ent.start >= toks[k]!.t.start && ent.start <= startOfWord(k) + 1;
    let principal = at(from);
    if (!principal && from !== a + 1 && ent.kind === 'name' && !!ent.entity.kbId && !/^(x|loc|cty):/.test(ent.entity.kbId)) {
      // "متحدث باسم حملة السيسي": one or two indefinite nouns (no article, no mention of their own) before the person.
      for (let k = from; k < Math.min(b, from + 2) && !principal; k++) {
        const tk = toks[k]!;
        if (tk.t.kind !== 'arabic' || word(k).startsWith('ال') || mentionIn(() => [tk.t.start - 40, tk.t.start], (m) => m.start <= tk.t.start && m.end > tk.t.start)) break;
        if (k + 1 < b && at(k + 1)) principal = true;
      }
    }
    if (!principal) return null;
    // "مساعد المدعي العام، رود روزنستين": the resolver's person of the title named again after a comma is the aide
    // himself; "مستشار رئيس مجلس الشورى X" with X a person the KB lacks: the title was given to X, the aide. Left as read.
    const again = mentionIn(() => [ent.end, e], (m) => m.start >= ent.end && m.end <= e && m.kind === 'name' && m.entity === ent.entity);
    if (again && (/[،,]\s*$/.test(text.slice(ent.end, again.start)) || (ent.kind === 'title' && (!ent.entity.kbId || ent.entity.kbId.startsWith('x:'))))) return null;
    // "المتحدث باسم كيتا مامادو كمارا"، "مستشار ترامب للأمن القومي جون بولتون": the spokesperson's or aide's own name.
    const named = mentionIn(() => [ent.end, e], (m) => m.start >= ent.end && m.end <= e && m.kind === 'name' && m.entity.type === 'PER' && m.entity !== ent.entity && !/(^|\s)(عن|مع|الى|إلى|على|من|و)\s/.test(' ' + text.slice(ent.end, m.start) + ' '));
    if (named) return { id: named.entity.id, text: text.slice(s, e), anonymous: false };
    const prev = roleHolder(toks[a]!.sentence, head);
    const prevEnt = prev?.id ? entityById.get(prev.id) : undefined;
    if (prev && prevEnt?.type === 'PER' && prevEnt !== ent.entity && prevEnt.mentions.some((m) => m.kind === 'name') && prev.text?.includes(ent.text)) return { id: prev.id, text: text.slice(s, e), anonymous: false };
    return { id: null, text: text.slice(s, e), anonymous: true };
  };

  /**
   * The second half of speakerFrom, split off to keep each under V8's optimizing limit: the speaker of the subject
   * tokens [a, b), spanning text [s, e), whose best mention is ent (spokespeople, officers and roles of a body or
   * person, bare role nouns, authorities, the anonymous and the named).
   */
  const speakerOfSubject = (a: number, b: number, s: number, e: number, ent: MentionRef | null): Speaker | null => {
    // (quotes18) "كشف مصدر قريب الصلة من الكاتب X"، "قال مسؤول مقرب من الرئيس": an anonymous source close to (or informed
    // about) a person or body is not that person or body, who is named after the closeness word.
    if (ent && lex.anonymous.has(word(a)) && closeBefore(a, ent.start)) return { id: null, text: text.slice(s, e), anonymous: true };
    // (quotes9) "المتحدث الرسمي باسم قوات التحالف"، "الناطق بلسان الجيش الإسرائيلي": a spokesperson speaks for the body
    // and is not the body. No person is named in the subject (a person would have won over the body), so it is the
    // spokesperson quoted before with these words and a name, else unnamed, as the gold's convention has it.
    // (quotes23) "وفقا لمراسل سكاي نيوز عربية": the noun after an attribution carries the clitic ل.
    if (ent && ent.entity.type !== 'PER' && (lex.spokesHeads.has(word(a).replace(/^ال/, '')) || (/^ل/.test(word(a)) && lex.spokesHeads.has(word(a).slice(1)) && doc.segment(a).proclitics.includes('ل')))) {
      const body = ent;
      const prev = roleHolder(toks[a]!.sentence, word(a).replace(/^ال/, ''));
      const prevEnt = prev?.id ? entityById.get(prev.id) : undefined;
      if (prev && prevEnt?.type === 'PER' && prev.text?.includes(body.text)) return { id: prev.id, text: text.slice(s, e), anonymous: false };
      return { id: null, text: text.slice(s, e), anonymous: true };
    }
    // (quotes9) "وأضاف قائد الحرس الثوري" after "قال قائد الحرس الثوري، محمد علي جعفري": an officer of a body (قائد، رئيس،
    // مدير ...) is the person quoted before with the same words and a name, not the body.
    if (ent && ent.entity.type !== 'PER' && ent.start > toks[a]!.t.start && (lex.personHeads.has(word(a)) || lex.personHeads.has('ال' + word(a)))) {
      const body = ent;
      const prev = roleHolder(toks[a]!.sentence, word(a).replace(/^ال/, ''));
      const prevEnt = prev?.id ? entityById.get(prev.id) : undefined;
      if (prev && prevEnt?.type === 'PER' && prevEnt.mentions.some((m) => m.kind === 'name') && prev.text?.includes(body.text)) return { id: prev.id, text: text.slice(s, e), anonymous: false };
      // "وقال قائد القيادة المركزية" after "عبّر رئيس القيادة المركزية، الجنرال جوزيف فوتيل، عن": the person the article
      // named in apposition with a head of this body (any head word).
      const holder = headOfBody(body.entity, body.start);
      if (holder) return { id: holder.id, text: text.slice(s, e), anonymous: false };
    }
    // (quotes45) "بيد أن المتحدث باسم مون، يقول"، "وقال مستشار ترامب": a spokesperson or an aide of a person.
    if (ent && ent.entity.type === 'PER') {
      const aide = agentOfPerson(a, b, s, e, ent);
      if (aide) return aide;
    }
    // "المتحدث باسم رئيس كوريا الجنوبية مون جيه-إن": the spokesperson speaks for the person named after باسم, and is
    // not that person (whose title follows باسم); an unnamed spokesperson is anonymous.
    if (ent && ent.entity.type === 'PER') {
      for (let k = a; k < Math.min(b, a + 3); k++) {
        if (word(k) !== 'باسم' || k + 1 >= b) continue;
        const principal = actorAt.get(startOfWord(k + 1)) ?? actorAt.get(toks[k + 1]!.t.start);
        if (principal && principal.entity === ent.entity && principal.kind === 'title') return { id: null, text: text.slice(s, e), anonymous: true };
        // "متحدث باسم ترمب": an indefinite spokesperson of a named person is unnamed, not that person.
        if (principal && principal.entity === ent.entity && lex.anonymous.has(word(a))) return { id: null, text: text.slice(s, e), anonymous: true };
      }
    }
    // A role the resolver tied to no name (an entity outside the KB known by titles only): the name the subject gives
    // after it is the speaker ("المتحدث باسم الوزارة أشرف القدرة"); without one, a spokesperson is unnamed
    // ("متحدث باسم فيسبوك"، "المتحدثة"), while another role keeps its entity (وزير الصحة التايواني).
    if (ent && ent.kind === 'title' && ent.entity.type === 'PER' && (!ent.entity.kbId || ent.entity.kbId.startsWith('x:')) && ent.entity.mentions.every((m) => m.kind === 'title')) {
      const named = mentionIn(() => [s, e], (m) => m.start >= s && m.end <= e && m.kind === 'name' && m.entity.type === 'PER' && m.entity !== ent!.entity);
      // Words after the role that are no mention of the resolver's, past a comma, may be a name it missed (، الكولونيل راجيش كاليا).
      const rest = text.slice(ent.end, e).trim();
      // (quotes9) "أعلن السفير اليمني لدى الأمم المتحدة، أحمد عوض بن مبارك، أن": the name in apposition after the post
      // and a comma, past the end of the region (cut at لدى/في).
      const after = named ? undefined : mentionIn(() => [e, e + 70], (m) => m.start > e && m.start - e < 70 && m.kind === 'name' && m.entity.type === 'PER' && /^\s*(?:(?:لدى|لدي|في|إلى|الى)\s[^،,.:؛\n]{1,40})?[،,]\s*$/.test(text.slice(e, m.start)));
      if (named) ent = named;
      else if (after) ent = after;
      else if ((lex.spokesHeads.has(word(a)) || lex.spokesHeads.has(word(a).replace(/^ال/, ''))) && !/^[،,]/.test(rest)) return { id: null, text: text.slice(s, e), anonymous: true };
      else {
        // (quotes9) "وأوضح السفير اليمني" after "أعلن السفير اليمني ...، أحمد عوض بن مبارك": the same role words name the
        // person quoted with them before.
        const title = ent;
        const prev = roleHolder(toks[a]!.sentence, word(a).replace(/^ال/, ''));
        if (prev?.id && prev.text?.includes(title.text) && entityById.get(prev.id)?.type === 'PER' && entityById.get(prev.id)!.mentions.some((m) => m.kind === 'name')) return { id: prev.id, text: text.slice(s, e), anonymous: false };
      }
    }
    // "وصرح ناطق باسم وزارة الخارجية الأمريكية": an indefinite spokesperson is "a" spokesperson, not the holder of the post
    // the resolver found for the title.
    if (ent && ent.kind === 'title' && ent.entity.type === 'PER' && lex.spokesHeads.has(word(a))) return { id: null, text: text.slice(s, e), anonymous: true };
    // "وأضاف الوزير" after "قال وزير شؤون التوحيد ... شو": a bare role noun names the speaker just quoted, when that
    // speaker was introduced with the same role, over any other holder of the role the resolver found.
    // "رئيس مجلس حقوق الإنسان في البصرة، مهدي التميمي": a person named in apposition after the role, set off by a comma,
    // is the speaker, whoever else the resolver took the role for.
    if (ent && ent.kind === 'title' && ent.entity.type === 'PER') {
      const title = ent;
      const named = mentionIn(() => [title.end, e], (m) => m.start >= title.end && m.end <= e && m.kind === 'name' && m.entity.type === 'PER' && m.entity !== title.entity && /^\s*[،,]\s*$/.test(text.slice(title.end, m.start)));
      if (named) ent = named;
    }
    // "وقال مدير المدرسة" after "أبو الخير آدم يونس، مدير مدرسة كنبة الثانوية": a role in the construct with a body noun
    // the resolver tied to no one is the person quoted before with the same role and body words.
    if (!ent && b - a === 2 && lex.personHeads.has('ال' + word(a)) && word(a + 1).startsWith('ال') && word(a + 1).length > 4) {
      const prev = roleHolder(toks[a]!.sentence, word(a));
      const bodyWord = word(a + 1).slice(2);
      const prevEnt = prev?.id ? entityById.get(prev.id) : undefined;
      const sameBody = !!prev?.text && prev.text.split(/\s+/).some((w) => stripConj(keyOf(w)).replace(/^(ال|ل|ب)/, '') === bodyWord);
      if (prev && prevEnt?.type === 'PER' && prevEnt.mentions.some((m) => m.kind === 'name') && sameBody) return { id: prev.id, text: text.slice(s, e), anonymous: false };
    }
    const spokes = word(a).startsWith('ال') && lex.spokesHeads.has(word(a).slice(2));
    if ((!ent || ent.kind === 'title') && lex.personHeads.has(word(a)) && (b - a === 1 || (spokes && !ent))) {
      // An unnamed spokesperson quoted before stays unnamed ("قال متحدث باسم الوكالة ... وأضاف المتحدث").
      const prev = roleHolder(toks[a]!.sentence, word(a).slice(2));
      // The resolver's holder of the role stays when the earlier speaker's words name it too (الملك عبدالله الثاني).
      // So does it when the KB knows both people: "الرئيس" after "رئيس الوزراء X" is the president it resolved.
      const sameNamed = !!ent && !!prev?.text && ent.entity.mentions.some((m) => m.kind === 'name' && prev.text!.includes(m.text));
      const known = (id: string | null | undefined) => !!id && !!entityById.get(id)?.kbId && !entityById.get(id)!.kbId!.startsWith('x:');
      // ... unless the resolver's holder is a woman the article titled as one and the role noun is masculine (الوزير after نائبة وزير).
      const bothKnown = !!ent && known(ent.entity.id) && known(prev?.id) && !(!word(a).endsWith('ه') && titledFeminine(ent.entity.id));
      if (prev && prev.id !== ent?.entity.id && !sameNamed && !bothKnown) return { id: prev.id, text: text.slice(s, e), anonymous: !prev.id };
      // "وأضاف المتحدث" with no spokesperson quoted before: an unnamed spokesperson, not the last person named.
      if (spokes && !ent && b - a === 1) return { id: null, text: text.slice(s, e), anonymous: true };
    }
    // "قالت السلطات السعودية"، "تنفي الحكومة التركية": a country's authorities that no body names speak as the country
    // (the recognizer may read the feminine demonym السعودية as the country's name).
    if (!ent && lex.stateHeads.has(word(a)))
      for (const m of mentions)
        if (m.start >= s && m.end <= e && m.entity.kbId?.startsWith('cty:') && !tiedBefore(a, m.start)) return { id: m.entity.id, text: text.slice(s, e), anonymous: false };
    const anonymous = !ent && lex.anonymous.has(word(a));
    let id = ent && !(lex.anonymous.has(word(a)) && ent.entity.type !== 'PER') ? ent.entity.id : null;
    if (id && ent && ent.entity.type === 'LOC' && ent.entity.kbId?.startsWith('loc:') && ent.entity.country) id = countryEntity.get(ent.entity.country)?.id ?? id;
    if (!ent && !anonymous) id = namedBy(a, b)?.id ?? antecedent(a, s, e);
    return { id, text: text.slice(s, e), anonymous };
  };

  /** Speaker from tokens [a, b) (a noun phrase region, adverbials and channels already removed). */
  const speakerFrom = (a: number, b: number): Speaker | null => {
    while (a < b && isPunct(a)) a++;
    while (b > a && isPunct(b - 1)) b--;
    if (a >= b) return null;
    // "ومع ذلك أكد"، "يؤكد حتى الخميس": a function word heads no speaker.
    if (lex.notSpeakers.has(word(a))) return null;
    // (quotes28) "وقال وهو يقف إلى جانب زوجته X إن": a circumstantial clause right after the verb is about the running
    // speaker, whom its pronoun names; X inside it is not the subject.
    if (a > 0 && lex.circumstantialPronouns.has(word(a)) && verbAt(a - 1) && toks[a - 1]!.sentence === toks[a]!.sentence) return null;
    // (quotes40) "وقال مازحا"، "وقال مخاطبا ترامب"، "وأضاف، مخاطبا المسؤولين": a circumstantial participle right after
    // the verb (no name there: the resolver made none) is about the running speaker, and a name after it is its object.
    if (a > 0 && toks[a]!.key === toks[a]!.bare && !mentionStarts.has(startOfWord(a)) && !mentionStarts.has(toks[a]!.t.start)) {
      const shape = circumstantialShape(word(a));
      const v = isPunct(a - 1) && a > 1 ? a - 2 : a - 1;
      const cue = verbAt(v);
      // فاعلا also spells a dual before its genitive (قائدا الأمن، شاهدا عيان): only before a colon, a complementizer
      // or في, and not after a feminine verb (وقالت مارتا).
      const faail = shape === 'faail' && !/ت$/.test(word(v)) && (a + 1 >= toks.length || isPunct(a + 1) || CIRCUMSTANTIAL_NEXT.has(word(a + 1)));
      if (shape && cue && toks[v]!.sentence === toks[a]!.sentence && (shape === 'participle' || faail)) return null;
    }
    // "وتابع يقول:": a second verb of saying right after the first is its predicate, not its subject.
    if (verbAt(a) && verbAt(a)!.form !== 'past' && b - a === 1 && !mentionStarts.has(startOfWord(a)) && !mentionStarts.has(toks[a]!.t.start)) return null;
    // "وطالبت الوزيرة المجتمع الدولي بـ": a definite role noun takes no body's name in the genitive, so a body's
    // name right after it is the verb's object, and the role alone is the subject.
    if (b - a > 1 && word(a).startsWith('ال') && lex.personHeads.has(word(a))) {
      const next = mentionIn(() => [toks[a + 1]!.t.start, toks[a + 1]!.t.start + 1], (m) => m.start >= toks[a + 1]!.t.start && m.start <= toks[a + 1]!.t.start + 1 && m.kind === 'name');
      if (next && (next.entity.type === 'ORG' || next.entity.type === 'LOC') && /\s/.test(next.text.trim())) b = a + 1;
      // The same for any definite noun after it that is no adjective (الوزيرة المجتمع الدولي): adjectives of roles are
      // nisbas in -ي/-ية (الأمريكي، الرسمي) or a few others (العام، السابق). Adjectives are an open class
      // (النائب المحافظ البارز ...), so a subject that goes on to a person's name is never cut.
      else if (!next && !mentionIn(() => [toks[a + 1]!.t.start, toks[b - 1]!.t.end], (m) => m.start >= toks[a + 1]!.t.start && m.end <= toks[b - 1]!.t.end && m.kind === 'name' && m.entity.type === 'PER') && word(a + 1).startsWith('ال') && toks[a + 1]!.key === toks[a + 1]!.bare && !/ي$|يه$/.test(word(a + 1)) && !lex.roleAdjectives.has(word(a + 1)) && !lex.roleAdjectives.has(word(a + 1).replace(/ه$/, '')) && !mentions.some((m) => m.start <= toks[a + 1]!.t.start && m.end >= toks[a + 1]!.t.end)) b = a + 1;
    }
    const s = startOfWord(a);
    let e = toks[b - 1]!.t.end;
    // A name in quotes whose closing mark the region left out (منظمة "هيومن رايتس ووتش"): the mention covers the mark.
    if (b < toks.length && toks[b]!.t.start === e && isPunct(b) && /["»”]/.test(toks[b]!.t.text)) e = toks[b]!.t.end;
    let ent = entityIn(s, e) ?? entityIn(toks[a]!.t.start, e) ?? bodyRunningOn(s, e);
    // "وكالة الأنباء الروسية سبوتنيك"، "البابا فرانسيس": a description the KB does not know, then the name it knows, in
    // apposition at the end of the subject: the name says who.
    // Strict apposition only: nothing but spaces, quotation marks or a bracket between them ("محامي راميرز",
    // "الشرطة لبي بي سي", "مارجوري والاس" are not the KB's Ramirez, BBC or Ben Wallace).
    if (ent && (!ent.entity.kbId || ent.entity.kbId.startsWith('x:')) && !(ent.entity.type === 'PER' && ent.kind === 'name')) {
      const first = ent;
      const named = mentionIn(() => [first.end, e], (m) => m.start > first.end && m.end <= e && m.end >= e - 1 && m.kind === 'name' && m.entity !== first.entity && m.entity.type === first.entity.type && !!m.entity.kbId && !/^(x|loc|cty):/.test(m.entity.kbId) && /^[\s"«“(]*$/.test(text.slice(first.end, m.start)));
      if (named) ent = named;
    }
    // "قالت المرأة ... لبي بي سي"، "مصدر في الجيش": a body after a preposition is not the subject, unless the subject starts with it.
    if (ent && ent.start > s && prepositionObject(ent)) ent = null;
    // (quotes39) "وفقا للمصدر نفسه"، "بحسب للمسؤول ذاته": the preposition ل joined to the phrase's article (لل = ل + ال).
    const lam = toks[a]!.bare.startsWith('لل') && toks[a]!.bare.length > 4 ? 'ا' + toks[a]!.bare.slice(1) : '';
    const same = phraseAt(a, lex.sameSource) || (lam ? phraseAt(a, lex.sameSource, [lam]) : 0);
    // (quotes23) "وفق المصدر نفسه الذي أشار إلى": a relative clause after the phrase is no part of the subject.
    if (same && (same >= b - a || RELATIVES.has(word(a + same)))) {
      const prev = lastSpeaker(toks[a]!.sentence, true);
      if (prev) return prev;
      // (quotes23) "قالت وكالة أنباء الإمارات إن ... وفق المصدر نفسه": with no unnamed source quoted before, "the same
      // source" (نفسه/ذاته/نفس, not a bare المصدر) is the body quoted last; المسؤول/المتحدث نفسه a person too.
      const last = same > 1 ? lastSpeaker(toks[a]!.sentence) : null;
      const body = last?.id ? entityById.get(last.id) : undefined;
      if (last && body && (body.type !== 'PER' || !lex.bodyOnlySameSource.has(word(a)))) return last;
    }
    // "اعتبر محامو الفرنسية X": the lawyers speak, not X; a group is unnamed unless a name starts the subject.
    // (quotes9) "الفريق ضاحي خلفان"، "الفريق أول ركن X": الفريق before a person's name is a rank (lieutenant general), not
    // a team; the person speaks.
    let rank: MentionRef | undefined;
    if (word(a) === 'الفريق') {
      // The subject may have been cut after الفريق (أول reads as "first"): the rank words and the name may lie past b.
      let k = a + 1;
      while (k < toks.length && k <= a + 3 && toks[k]!.sentence === toks[a]!.sentence && lex.rankWords.has(word(k))) k++;
      if (k < toks.length && toks[k]!.sentence === toks[a]!.sentence) rank = mentionIn(() => [toks[k]!.t.start, startOfWord(k)], (m) => m.start >= toks[k]!.t.start && m.start <= startOfWord(k) && m.kind === 'name' && m.entity.type === 'PER');
      if (rank) {
        ent = rank;
        if (rank.end > e) e = rank.end;
      }
    }
    // (quotes18) "أعلن جميع مرشحي الرئاسة المعارضين لأردوغان"، "قال أحد مستشاري X": a quantifier heading the subject makes
    // it a group or one of a group, unnamed; the person or body in its genitive does not speak. "كل من X وY" lists names.
    // "أحد محامي الدفاع فكرت ايلكيز"، "أحد كبار مسؤولي الوزارة، آدم زوبن"، "أحد السكان ويدعى X": one of a group named
    // after the group's words (two words on at least, after no preposition or role noun) is that person.
    if (b - a > 1 && lex.quantifierHeads.has(word(a)) && !(word(a) === 'كل' && word(a + 1) === 'من')) {
      const one = word(a) === 'احد' || word(a) === 'احدي';
      const from = a + 3 < toks.length ? toks[a + 3]!.t.start : Infinity;
      const named = one ? mentionIn(() => [from, e], (m) => m.start >= from && m.end <= e && m.kind === 'name' && m.entity.type === 'PER' && !afterPrepositionOrRole(m)) : undefined;
      if (named) return { id: named.entity.id, text: text.slice(s, e), anonymous: false };
      return { id: null, text: text.slice(s, e), anonymous: true };
    }
    if (!rank && (lex.groupHeads.has(word(a)) || lex.groupHeads.has(toks[a]!.key))) {
      // (quotes9) "زوجة الرئيس السوري بشار الأسد، أسماء الأسد": a relative named in apposition, after a comma at the
      // end of the subject, speaks.
      const genitive = mentionIn(() => [toks[a]!.t.end, e], (m) => m.start >= toks[a]!.t.end && m.end <= e && m.entity.type === 'PER');
      // Without a comma too, when a person other than the one in the genitive closes the subject ("محامي ترامب الآخر
      // رودي جولياني").
      const appos = mentionIn(() => [toks[a]!.t.end, e], (m) => m.start > toks[a]!.t.end && m.end <= e && m.kind === 'name' && m.entity.type === 'PER' && m.entity !== genitive?.entity && (/[،,]\s*$/.test(text.slice(toks[a]!.t.end, m.start)) || (!!genitive && genitive.end < m.start)) && /^[\s"»”)]*$/.test(text.slice(m.end, e)));
      if (appos) ent = appos;
      // (quotes9) "خطيبة خاشقجي": a name the recognizer ran over the relative noun, and the KB does not know, is the
      // relative's description, not a name.
      else if (!(ent && ent.start <= toks[a]!.t.start + 2) || (ent.kind === 'name' && ent.entity.type === 'PER' && (!ent.entity.kbId || ent.entity.kbId.startsWith('x:')) && ent.start <= toks[a]!.t.start + 2)) {
        // (quotes10) "وطالبت ابنة العميل المزدوج الروسي" after "أكدت ابنة العميل المزدوج الروسي، سيرغي سكريبال، يوليا": the
        // same relative words name the relative quoted with them and her name before.
        const again = namedRelative(text.slice(s, e));
        if (again) return { id: again, text: text.slice(s, e), anonymous: false };
        return { id: null, text: text.slice(s, e), anonymous: true };
      }
    }
    return speakerOfSubject(a, b, s, e, ent);
  };

  const entityById = new Map(entities.map((e) => [e.id, e]));
  /**
   * The speaker of an earlier feminine cue whose name ends with `surname`, when the resolver's person `id` never spoke
   * with a feminine cue; else `id`.
   */
  const womanBySurname = (id: string, surname: string): string => {
    const key = keyOf(surname);
    if (entityById.get(id)?.type !== 'PER' || speakersOf.some((x) => x.sp.id === id && feminineCue(x.q.cue.text))) return id;
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (!x.sp.id || x.sp.id === id || !feminineCue(x.q.cue.text)) continue;
      const ent = entityById.get(x.sp.id);
      if (ent?.type === 'PER' && ent.mentions.some((m) => m.kind === 'name' && /\s/.test(m.text.trim()) && keyOf(m.text.trim().split(/\s+/).pop()!) === key)) return x.sp.id;
    }
    return id;
  };
  /** A subject's words as keys, commas dropped. */
  const subjectKey = (t: string): string => t.split(/[\s،,]+/).filter(Boolean).map((w) => keyOf(w)).join(' ');
  /** The person quoted before under the relative words `words` followed by a name (within ROLE_REACH sentences). */
  const namedRelative = (words: string): string | null => {
    const mine = subjectKey(words);
    if (mine.split(' ').length < 2) return null;
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (!x.sp.id || !x.sp.text) continue;
      const theirs = subjectKey(x.sp.text);
      const ent = entityById.get(x.sp.id);
      if (theirs !== mine && theirs.startsWith(mine + ' ') && ent?.type === 'PER' && ent.mentions.some((m) => m.kind === 'name')) return x.sp.id;
    }
    return null;
  };
  /** Country entities of this document by ISO code: a city that speaks ("أعلنت الرياض") speaks for its country's government. */
  const countryEntity = countryEntities(entities);
  /**
   * A person's or body's name as written (normalized, up to three words) → its
   * entity: the recognizer may tag "الزعابي" in one sentence and miss it in the
   * next, and the same words name the same speaker in one article.
   */
  const byName = namesOf(mentions, keyOf);
  /** Entity named by exactly tokens [a, b), by the names of this document. */
  const namedBy = (a: number, b: number): Entity | null => {
    if (b - a > 3 || b <= a) return null;
    const k = toks.slice(a, b).map((t, i) => (i === 0 ? t.bare : t.key)).join(' ');
    const found = byName.get(k);
    if (found) return found;
    // (quotes9) "صادق دويد" ... "وقال الدويد": a one-word surname written again with the article names the person
    // (a person's last word only, of four letters or more without it, and no role noun: الرئيس is no surname).
    if (b - a === 1 && k.startsWith('ال') && k.length >= 6 && !lex.personHeads.has(k)) {
      const person = byName.get(k.slice(2));
      if (person?.type === 'PER' && person.mentions.some((m) => m.kind === 'name' && m.text.split(/\s+/).length >= 2 && keyOf(m.text.split(/\s+/).at(-1)!) === k.slice(2))) return person;
    }
    // (quotes18) "علا عوض" ... "وأوضحت علا": a one-word subject that is the first name of exactly one person named in
    // full before (no particle such as عبد/أبو, no role noun) names that person again.
    if (b - a === 1 && !k.startsWith('ال') && k.length >= 3 && !NAME_PARTICLES.has(k) && !lex.personHeads.has(k) && !lex.anonymous.has(k)) {
      const at = toks[a]!.t.start;
      let person: Entity | null = null;
      for (const m of mentions) {
        if (m.start >= at) break;
        if (m.kind !== 'name' || m.entity.type !== 'PER') continue;
        const words = m.text.trim().split(/\s+/);
        // The recognizer may have left the first name out of the mention ("علا عوض" → "عوض"): the word right before it.
        const ti = tokenAt(m.start);
        const before = words.length === 1 && ti > 0 && toks[ti - 1]!.t.kind === 'arabic' && /^\s$/.test(text.slice(toks[ti - 1]!.t.end, m.start)) ? toks[ti - 1]!.bare : '';
        if (!(words.length >= 2 && stripConj(keyOf(words[0]!)) === k) && before !== k) continue;
        if (person && person !== m.entity) return null;
        person = m.entity;
      }
      if (person) return person;
    }
    return null;
  };

  /**
   * The entity a definite speaker without a name of its own refers back to:
   * "المرصد" / "الوزارة" / "الصحيفة" → the latest organization named with that
   * head word ("المرصد السوري ...", "صحيفة «...»"); "السفير" / "الوزير الفرنسي" /
   * "الأخير" → the latest person quoted before (else named before), of the
   * country the words name, if any.
   */
  const antecedent = (a: number, s: number, e: number): string | null => {
    // "تبعا للوكالة": ل + ال is written لل; the noun is الوكالة.
    const head = /^لل/.test(toks[a]!.bare) ? 'ا' + toks[a]!.bare.slice(1) : toks[a]!.bare;
    if (!head.startsWith('ال') || head.length < 4) return null;
    const stem = head.slice(2);
    let country: string | null = null;
    for (const m of mentions) if (m.start >= s && m.end <= e && (m.kind === 'demonym' || m.entity.type === 'LOC') && m.entity.country) country = m.entity.country;
    // A person of unknown country fits: the KB does not know most of the officials quoted.
    const fits = (x: Entity) => !country || !x.country || x.country === country;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start >= s || m.entity.type !== 'ORG' || m.kind === 'demonym') continue;
      if (orgHead(m) === stem && fits(m.entity)) return m.entity.id;
    }
    if (!lex.personHeads.has(head)) return null;
    // "المدير العام للسجلات"، "المسؤول في حركة التغيير"، "الجنرال في الحرس الوطني": a role the words after it tie to a
    // body or place is someone the article introduces here, not the person quoted before; only adjectives may follow.
    for (let k = a + 1; k < toks.length && toks[k]!.t.end <= e; k++) {
      const w = word(k);
      if (/^ال..+(ي|يه)$/.test(w) || lex.roleAdjectives.has(w) || lex.roleAdjectives.has(w.replace(/ه$/, ''))) continue;
      // An adverbial ends the subject ("الأمير السعودي في تغريدته"، "الأمير بقوله"، "المتحدث في البيان"); لل + noun
      // ("للسجلات") ties the role to a body instead.
      const n = word(k + 1);
      const statementNoun = [n, n.replace(/^ال/, ''), n.replace(/ت(ه|ها)$/, 'ه'), n.replace(/(ه|ها)$/, '')].some((x) => lex.adverbialNouns.has(x));
      const adverbial = (lex.adverbialPrepositions.has(w) && statementNoun) || lex.adverbials.has(toks[k]!.key) || (toks[k]!.t.kind === 'arabic' && /^ب/.test(toks[k]!.key) && hasPrepClitic(k));
      // "وأشار المسؤول الأردني إلى": the verb's preposition ends the subject too.
      if (adverbial || w === 'الي' || w === 'علي') break;
      return null;
    }
    // "الأخير" is the person named last, quoted or not.
    if (head === 'الاخير' || head === 'الاخيره')
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (m.start < s && m.entity.type === 'PER' && m.kind !== 'demonym') return m.entity.id;
      }
    // (quotes12) "اعتبر المسؤول الفرنسي" after "المصدر الرئاسي الفرنسي": "the official" (المسؤول، المصدر، الدبلوماسي) is
    // a person named (not quoted) in this or the sentence before, after the last quote (زار لوكوك ... وقال المسؤول
    // الأممي); else the unnamed source quoted last, when no named person was quoted after it; never a person the
    // article named further back (the resolver's best-known French person).
    const unnamedRole = lex.anonymous.has(stem);
    if (unnamedRole) {
      const lastCue = speakersOf.length ? speakersOf[speakersOf.length - 1]!.q.cue.start : -1;
      const near = toks[a]!.sentence - 1;
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (m.start >= s) continue;
        if (m.start < lastCue || toks[tokenAt(m.start)]!.sentence < near) break;
        if (m.entity.type === 'PER' && m.kind !== 'demonym' && fits(m.entity)) return m.entity.id;
      }
    }
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const sp = speakersOf[k]!.sp;
      const x = sp.id ? entityById.get(sp.id) : undefined;
      if (x && x.type === 'PER' && fits(x)) return x.id;
      if (unnamedRole && !sp.id && sp.text && (sp.anonymous || lex.anonymous.has(stripConj(keyOf(sp.text.split(/\s+/)[0] ?? '')).replace(/^ال/, '')))) return null;
    }
    if (unnamedRole) return null;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < s && m.entity.type === 'PER' && m.kind !== 'demonym' && fits(m.entity)) return m.entity.id;
    }
    return null;
  };

  /** The head word of an organization mention, without the article: "المرصد السوري" → مرصد; «صحيفة "X"» → صحيفه. */
  const orgHeadCache = new Map<MentionRef, string>();
  const orgHead = (m: MentionRef): string => {
    let h = orgHeadCache.get(m);
    if (h !== undefined) return h;
    const first = cueKey(m.text.split(/\s+/)[0] ?? '');
    h = first.startsWith('ال') ? first.slice(2) : first;
    // A name after its kind ("صحيفة «يوتارني ليست»", "وكالة سانا"): the kind is the head.
    const before = text.slice(Math.max(0, m.start - 20), m.start).replace(/["«“\s]+$/u, '').split(/\s+/).pop() ?? '';
    const kind = cueKey(before).replace(/^[وبل]/, '').replace(/^ال/, '');
    if (lex.channels.has(kind) || lex.channels.has('ال' + kind) || lex.bodyKinds.has(kind)) h = kind;
    orgHeadCache.set(m, h);
    return h;
  };

  /** The speaker of the latest quote within reach, or the last actor named. */
  // The walk back over speakersOf (latest first) stops at the first entry more than CARRY_SENTENCES sentences back, or
  // returns the first entry with a speaker (an anonymous one when asked): what emit keeps in `carry` answers the same
  // without the walk, which over a long run of quotes with no speaker cost a pass over all of them per cue.
  const lastSpeaker = (sentence: number, anonymousOnly = false): Speaker | null => {
    const { at, minAfter } = anonymousOnly ? carry.anonymous : carry.any;
    if (at < 0 || sentence - minAfter > CARRY_SENTENCES) return null;
    const x = speakersOf[at]!;
    return sentence - x.sentence > CARRY_SENTENCES ? null : x.sp;
  };

  /** A definite sound masculine plural in the oblique case (المواطنين، المحتجين), not a name the resolver knows. */
  const obliquePlural = (i: number): boolean => {
    const w = word(i);
    return w.startsWith('ال') && w.endsWith('ين') && w.length > 6 && !actorAt.has(startOfWord(i)) && !actorAt.has(toks[i]!.t.start);
  };

  /** A person the article titles with a feminine role noun (الوزيرة، نائبة الوزير، المتحدثة). */
  const titledFeminine = (id: string): boolean => {
    const e = entityById.get(id);
    if (!e || e.type !== 'PER') return false;
    return e.mentions.some((m) => {
      if (m.kind !== 'title') return false;
      let w = keyOf(m.text.split(/\s+/)[0] ?? '');
      if (!w.startsWith('ال')) w = 'ال' + w;
      return w.endsWith('ه') && lex.personHeads.has(w);
    });
  };

  /** A reporting verb in the third person feminine: قالت، أضافت، تقول، قائلة. */
  const feminineCue = (cue: string): boolean => {
    const key = stripConj(keyOf(cue));
    const v = lex.verbs.get(key);
    // "نقلت الوكالة عن الوزير": the medium is the verb's subject, not the speaker.
    if (!v || lex.relays.has(v.lemma)) return false;
    // A defective verb drops its last letter: دعا → دعت، رأى → رأت.
    if (v.form === 'past') return key === cueKey(v.lemma) + 'ت' || (/[اىي]$/.test(cueKey(v.lemma)) && key === cueKey(v.lemma).slice(0, -1) + 'ت');
    if (v.form === 'present') return key.startsWith('ت') && lex.verbs.get('ي' + key.slice(1))?.lemma === v.lemma;
    return key.endsWith('ه') && !key.endsWith('وه');
  };
  /** A person the article titles only with masculine role nouns (الرئيس، الوزير، السفير), never a feminine one. */
  const masculineByTitle = (id: string): boolean => {
    const e = entityById.get(id);
    if (!e || e.type !== 'PER') return false;
    let masculine = false;
    for (const m of e.mentions) {
      if (m.kind !== 'title') continue;
      let w = keyOf(m.text.split(/\s+/)[0] ?? '');
      if (!w.startsWith('ال')) w = 'ال' + w;
      if (w.endsWith('ه')) {
        if (lex.personHeads.has(w)) return false;
      } else if (lex.personHeads.has(w) && lex.personHeads.has(w + 'ه')) masculine = true;
    }
    return masculine;
  };

  /** The latest speaker quoted within ROLE_REACH sentences whom the article introduced with the role noun `stem`. */
  const roleHolder = (sentence: number, stem: string): Speaker | null => {
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (sentence - x.sentence > ROLE_REACH) break;
      // (quotes12) an unnamed official written with the article ("وقال المسؤول الأمريكي") is as anonymous as "مسؤول".
      const unnamedDefinite = !x.sp.id && !!x.sp.text && lex.anonymous.has(stripConj(keyOf(x.sp.text.split(/\s+/)[0] ?? '')).replace(/^ال/, ''));
      if ((x.sp.id || x.sp.anonymous || unnamedDefinite) && sharesRole(x.sp.text, stem)) return x.sp.id ? x.sp : { ...x.sp, anonymous: true };
    }
    return null;
  };

  /** The speaker's words include the role noun `stem` (وزير), bare or with the article or a clitic (الوزير، لوزير). */
  const sharesRole = (speakerText: string | null, stem: string): boolean => {
    if (!speakerText || stem.length < 3) return false;
    for (const w of speakerText.split(/\s+/)) {
      // وزير starts with و: compare the word with and without a conjunction taken off.
      const k = keyOf(w);
      if (k.replace(/^[بل]?(ال|ل)/, '') === stem || stripConj(k).replace(/^[بل]?(ال|ل)/, '') === stem) return true;
    }
    return false;
  };

  /** A word with the clitic ب or ل opens a prepositional phrase (بحضور، لوكالة), not a subject. */
  const hasPrepClitic = (i: number): boolean => {
    const tk = toks[i]!;
    if (tk.t.kind !== 'arabic') return false;
    // A name that starts with ل or ب ("ليلى", "بشرى"): the recognizer's mention starts on the letter.
    if (mentionStarts.has(tk.t.start)) return false;
    // A short word that is ل/ب + the start of a name ("لبي بي سي"): the name starts after the clitic.
    if (tk.key.length < 4) {
      for (const at of [tk.t.start + 1, tk.t.start + 2]) if (at < tk.t.end && mentionStarts.has(at)) return /^[وف]?[بل]$/.test(text.slice(tk.t.start, at));
      return false;
    }
    const p = doc.segment(i).proclitics;
    return p.includes('ب') || p.includes('ل');
  };

  /**
   * True where an adverbial opens. At the start of a segment (right after the
   * verb or a comma) any preposition does ("قال في خطبة"، "قال بحضور ..."); inside
   * a noun phrase only the clear ones do, so that "مصدر بجهاز مخابرات" and
   * "المحررة السياسية في بي بي سي لورا ..." stay whole.
   */
  const isAdverbialStart = (i: number, segmentStart = true): boolean => {
    const tk = toks[i];
    if (!tk) return false;
    // "صرح علي رضا ميريوسفي": written with ي, علي is the name Ali (the preposition is على), when a person's name follows.
    if (tk.t.text === 'علي' && toks[i + 1] && actorAt.get(toks[i + 1]!.t.start)?.entity.type === 'PER') return false;
    // "الأمين العام، المدعي العام، المدير العام": العام after a definite noun is the adjective "general", not "the year".
    if ((tk.key === 'العام' || tk.key === 'العامه') && i > 0 && toks[i - 1]!.t.kind === 'arabic' && /^[وفبل]?ال/.test(toks[i - 1]!.key) && !lex.timeWords.has(toks[i - 1]!.bare) && !lex.timeWords.has(toks[i + 1]?.bare ?? '')) return false;
    if (lex.adverbials.has(tk.key) || lex.adverbials.has(tk.bare)) return true;
    if (phraseAt(i, lex.subjectMarkers) || phraseAt(i, lex.accordingTo)) return true;
    if (lex.adverbialPrepositions.has(tk.key) && toks[i + 1] && lex.adverbialNouns.has(toks[i + 1]!.key)) return true;
    if (segmentStart && (lex.adverbialPrepositions.has(tk.key) || SEGMENT_PREPOSITIONS.has(tk.key) || hasPrepClitic(i))) return true;
    // (quotes17) "وفي مطلع يوليو، أعلنت ..."، "وعلى صعيد آخر، قال ...": a preposition joined to و opens one as well (the key
    // keeps the و, and a word of three letters keeps it in `bare` too).
    if (segmentStart && tk.key[0] === 'و' && OPENING_PREPOSITIONS.has(tk.key.slice(1))) return true;
    return false;
  };

  /** لوكالة رويترز, لقناة ..., لـCNN: a channel after the preposition ل. */
  const isChannelStart = (i: number): boolean => {
    const k = toks[i]!.key;
    if (k === 'ل' && toks[i + 1] && toks[i + 1]!.t.start === toks[i]!.t.end) return true;
    // "لـ CNN", "لـ(CNN)": the preposition written with a tatweel is one even when a space or a bracket follows.
    if (k === 'ل' && toks[i]!.t.text.endsWith('ـ') && toks[i + 1]) return true;
    if (!k.startsWith('ل') || k.length < 3) return false;
    const rest = k.slice(1);
    return lex.channels.has(rest) || lex.channels.has(k) || (rest.startsWith('ل') && lex.channels.has('ا' + rest));
  };

  /** Longest run of appositions a subject may take ("المتحدث باسم الطوارئ في إيران، مجتبى خالدي"). */
  const MAX_APPOSITION_TOKENS = 7;

  /**
   * Splits the tokens between a cue and its content into the subject (the
   * first noun phrase, with the appositions that follow it between commas),
   * the channel (لوكالة رويترز، في تصريح لقناة ...) and adverbials.
   */
  const readRegion = (a: number, b: number): Region => {
    let subjectStart = -1;
    let subjectEnd = -1;
    let extending = false;
    let via: Region['via'] = null;
    let afterRelative = false;
    let i = a;
    while (i < b) {
      let j = i;
      while (j < b && !COMMAS.has(toks[j]!.t.text) && !DASHES.has(toks[j]!.t.text)) {
        // A quotation inside the region (a name in quotes) is one unit.
        if (closeOf.has(j) && closeOf.get(j)! < b) j = closeOf.get(j)!;
        j++;
      }
      // "قال لـ(CNN) إنه": a bare channel preposition before a bracket takes the bracketed name as the channel.
      if (j === i + 1 && toks[i]!.key === 'ل' && toks[j]?.t.text === '(') {
        let close = j + 1;
        while (close < b && toks[close]!.t.text !== ')') close++;
        if (close < b) {
          if (!via) via = { start: toks[i]!.t.start, end: toks[close]!.t.end };
          i = close + 1;
          continue;
        }
      }
      // (quotes41) "وأكدت في البيان، الذي وزعته البعثة الأمريكية على أعضاء مجلس الأمن، أن": a segment after a comma that
      // opens with a relative pronoun, before any subject, is a relative clause of the noun before it (the statement), not
      // the subject; the body inside it is the clause's own subject. (Right after the verb, "قال الذين شاهدوا" is one.)
      // The segments after such a clause are the verb's object or addressee ("أبلغ في تقريره ...، الذي نشر الخميس،
      // أعضاء مجلس الأمن أن": Guterres informed the members), not its subject either.
      if (subjectStart < 0 && ((i > a && j > i && COMMAS.has(toks[i - 1]?.t.text ?? '') && RELATIVES.has(word(i))) || afterRelative)) {
        afterRelative = true;
        i = j + 1;
        continue;
      }
      if (j > i) {
        let channelAt = -1;
        for (let m = i; m < j && channelAt < 0; m++) {
          if (isChannelStart(m)) channelAt = m;
          else if (lex.adverbialPrepositions.has(word(m)) && m + 1 < j && lex.nouns.has(word(m + 1))) {
            // "في تصريح لـ..." / "في مقابلة مع ...": the channel follows the noun.
            for (let n = m + 2; n < j; n++)
              if (isChannelStart(n) || word(n) === 'مع') {
                channelAt = word(n) === 'مع' ? n + 1 : n;
                break;
              }
          }
        }
        if (channelAt >= 0 && channelAt < j && !via) {
          let end = j;
          for (let m = channelAt + 1; m < j; m++)
            if (lex.adverbials.has(toks[m]!.key)) {
              end = m;
              break;
            }
          via = { start: startOfWord(channelAt), end: toks[end - 1]!.t.end };
        }
        // "اعتبر اليوم السبت محامو ...": time words before the subject are skipped.
        if (subjectStart < 0) {
          let t = i;
          // "ادعت فيها الدوحة بأن": فيه/فيها (in it, the statement) before the subject is skipped too.
          while (t < j && (lex.timeWords.has(word(t)) || IN_IT.has(toks[t]!.key) || PRONOUN_COMPLEMENTS.has(toks[t]!.key))) t++;
          // (quotes18) "وأضاف من ناحيته فرانسوا بوبوني"، "وقال من جهته X": a subject marker right after the verb, before a
          // name in the same segment, is skipped like a time word (with no name after it, the speaker before goes on).
          // A name followed by a preposition is the verb's object ("ودعا من جانبه ماي إلى نشر ..."), and the marker stays.
          const marker = t === i && subjectStart < 0 ? phraseAt(t, lex.subjectMarkers) : 0;
          const named = marker && t + marker < j ? actorAt.get(startOfWord(t + marker)) ?? actorAt.get(toks[t + marker]!.t.start) : undefined;
          if (named) {
            let after = t + marker;
            while (after < toks.length && toks[after]!.t.end <= named.end) after++;
            const objectOf = after < toks.length && toks[after]!.sentence === toks[t]!.sentence && (['الي', 'علي', 'من', 'عن', 'في', 'ب', 'ل'].includes(toks[after]!.key) || hasPrepClitic(after));
            if (!objectOf) t += marker;
          }
          if (t > i && t < j && t !== channelAt && !isAdverbialStart(t, true) && !lex.complementizers.has(word(t))) i = t;
        }
        let k = i;
        while (k < j && k !== channelAt && !isAdverbialStart(k, k === i) && !(k > i && isChannelStart(k))) {
          // A name in quotes ("أخبار اليوم") is one unit: its words are no adverbial (اليوم).
          if (closeOf.has(k) && closeOf.get(k)! < j) k = closeOf.get(k)!;
          k++;
        }
        if (k > i) {
          if (subjectStart < 0) {
            subjectStart = i;
            subjectEnd = k;
            extending = k === j;
          } else if (extending && k - i <= MAX_APPOSITION_TOKENS && !(k - i === 1 && QUANTIFIERS.has(word(i)))) {
            subjectEnd = k;
            extending = k === j;
          } else if (!namedPersonIn(subjectStart, subjectEnd) && isPersonName(i, j)) {
            // "أكد السفير ... لدى الأمم المتحدة في جنيف، عبيد سالم الزعابي، الثلاثاء، أن": the title's name.
            subjectEnd = j;
            extending = false;
          } else extending = false;
        } else if (subjectStart >= 0) extending = false;
      }
      i = j + 1;
    }
    return { subjectStart, subjectEnd, via };
  };

  /** A person mention inside tokens [a, b). */
  const namedPersonIn = (a: number, b: number): boolean => {
    const s = toks[a]!.t.start;
    const e = toks[b - 1]!.t.end;
    return !!mentionIn(() => [s, e], (m) => m.start >= s && m.end <= e && m.entity.type === 'PER' && m.kind !== 'demonym');
  };

  /** Tokens [a, b) are a person's name and nothing else (an apposition "، عبيد سالم الزعابي،"). */
  const isPersonName = (a: number, b: number): boolean => {
    if (b - a > 5) return false;
    const s = startOfWord(a);
    const e = toks[b - 1]!.t.end;
    return !!mentionIn(() => [toks[a]!.t.start, s + 1], (m) => m.start <= s + 1 && m.end >= e - 1 && m.start >= toks[a]!.t.start && m.entity.type === 'PER' && m.kind === 'name');
  };

  /** Tokens [a, b) can name a source: an entity, a title or office, an anonymous source, a medium, a statement or report. */
  const sourceLike = (a: number, b: number): boolean => {
    const s = toks[a]!.t.start;
    const e = toks[b - 1]!.t.end;
    if (mentionIn(() => [s, e], (m) => m.start >= s && m.end <= e && m.kind !== 'demonym')) return true;
    if (namedBy(a, Math.min(b, a + 3))) return true;
    for (let k = a; k < Math.min(b, a + 3); k++) {
      if (toks[k]!.key === 'عن') continue;
      if (toks[k]!.t.kind !== 'arabic') continue;
      const stem = toks[k]!.t.kind === 'arabic' ? cueKey(doc.segment(k).stem) : toks[k]!.bare;
      for (const w of [toks[k]!.bare, stem, 'ال' + stem, stem.replace(/^ال/, '')])
        if (lex.actorHeads.has(w) || lex.personHeads.has(w) || lex.anonymous.has(w) || lex.channels.has(w) || lex.nouns.has(w) || lex.sourceNouns.has(w)) return true;
    }
    return false;
  };

  const viaEntity = (via: Region['via']): string | null => {
    if (!via) return null;
    for (const m of mentions) if (m.start < via.end && m.end > via.start && m.entity.type !== 'PER') return m.entity.id;
    for (const m of mentions) if (m.start < via.end && m.end > via.start) return m.entity.id;
    return null;
  };

  /** Index of the last token of the sentence of token i. */
  const sentenceEndTok = (i: number): number => sentLast[i]!;

  /** فإن، فقد: the clause after an opening attribution ("وبحسب الوزارة فإن ..."). */
  const isFaStart = (i: number): boolean => {
    const k = toks[i]?.key ?? '';
    return k === 'فان' || k === 'فانه' || k === 'فانها' || k === 'فانهم' || k === 'فقد';
  };

  /** Where an indirect content starting at token a ends (exclusive token index). */
  const contentEnd = (a: number, hardEnd: number): { end: number } => {
    for (let i = a; i <= hardEnd; i++) {
      if (inQuote[i]! >= 0 && inQuote[i]! >= a) continue;
      const t = toks[i]!.t.text;
      if (ENDS.has(t)) return { end: i };
      if (i === a) continue;
      if (COMMAS.has(t) || DASHES.has(t)) {
        let n = i + 1;
        for (let k = 0; k < 2 && n <= hardEnd && lex.connectors.has(toks[n]!.key); k++) n++;
        if (n > hardEnd) continue;
        if (phraseAt(n, lex.afterQuote) || phraseAt(n, lex.accordingTo)) return { end: i };
        const v = verbAt(n);
        // (quotes12) after a connector too, when a verb without a preposition has a named subject or a possessed object
        // ("، كما أكد رفضه ..."، "، كما أكد الملك سلمان ..."): a statement of its own.
        const ownStatement = n > i + 1 && !!v && !v.prep.length && (possessedObject(n + 1) || actorAt.has(toks[n + 1]?.t.start ?? -1));
        if (v && (findContent(n, v) || ((v.form === 'participle' || toks[n]!.key !== toks[n]!.bare || ownStatement) && findObject(n, v)))) return { end: i };
        if (reportingClauseAfter(n, hardEnd)) return { end: i };
        if (n > i + 1 && CONTRAST_OPENERS.has(toks[i + 1]!.key) && subjectFirstStatement(n, hardEnd)) return { end: i };
        continue;
      }
      if (toks[i]!.t.kind !== 'arabic') continue;
      if (phraseAt(i, lex.afterQuote)) return { end: i };
      const v = verbAt(i);
      if (v) {
        // A participle, a verb joined by و, or a verb quoting words of its own starts a new statement.
        if (v.form === 'participle' && introducesContent(i, v)) return { end: i };
        const fc = findContent(i, v);
        if (fc && ((toks[i]!.key !== toks[i]!.bare && !lex.verbs.has(toks[i]!.key)) || fc.direct)) return { end: i };
      }
      if (lex.connectors.has(toks[i]!.key) && i + 1 <= hardEnd) {
        const w = verbAt(i + 1);
        if (w && findContent(i + 1, w)) return { end: i };
        if (CONTRAST_OPENERS.has(toks[i]!.key) && subjectFirstStatement(i + 1, hardEnd)) return { end: i };
      }
    }
    return { end: hardEnd + 1 };
  };

  /**
   * (quotes39) "تفيد اللجنة أن عدد القتلى بلغ مئة، لكن الناشطين يقولون إن العدد أكبر": after لكن/ولكن/بينما, a subject of
   * one to three words that are neither verbs nor prepositions nor relatives, then a finite verb of saying with a content
   * of its own: a new statement with its own subject, which ends the running content.
   */
  const subjectFirstStatement = (n: number, hardEnd: number): boolean => {
    const lead = toks[n];
    if (!lead || lead.t.kind !== 'arabic' || verbAt(n) || lex.prepositions.has(lead.key) || lex.complementizers.has(lead.key) || RELATIVES.has(lead.bare)) return false;
    for (let k = n + 1; k <= Math.min(hardEnd, n + 3); k++) {
      const x = toks[k]!;
      if (x.t.kind !== 'arabic' || RELATIVES.has(x.bare) || lex.prepositions.has(x.key) || lex.complementizers.has(x.key)) return false;
      const w = verbAt(k);
      // The subject's words as contrastSubject reads them: no adverbial ("ولكن مسؤولين في الحقل قالوا" is left whole).
      if (!w && isAdverbialStart(k)) return false;
      if (!w) continue;
      if (w.form === 'participle' || x.key !== x.bare || !contrastLead(n, k)) return false;
      const fc = findContent(k, w);
      return !!fc && fc.from > k;
    }
    return false;
  };

  /**
   * After a comma, a new reporting clause that does not start with its verb:
   * a short adverbial first ("، في المقابل يدعو الرئيس ...", "، من جهته أكد ...")
   * or its subject named first ("، لكن تيلرسون شدد ... أن ...").
   */
  const reportingClauseAfter = (n: number, hardEnd: number): boolean => {
    const lead = toks[n]!;
    if (lead.t.kind !== 'arabic') return false;
    const m = actorAt.get(lead.t.start) ?? actorAt.get(lead.t.start + 1);
    const adverbial = !m && isAdverbialStart(n);
    if (!m && !adverbial) return false;
    for (let k = n + 1; k <= Math.min(hardEnd, n + 4); k++) {
      if (COMMAS.has(toks[k]!.t.text) || ENDS.has(toks[k]!.t.text)) return false;
      if (m && toks[k]!.t.start < m.end) continue;
      const w = verbAt(k);
      if (!w) continue;
      return !!(findContent(k, w) ?? (adverbial && w.form !== 'participle' ? findObject(k, w) : null));
    }
    return false;
  };

  /** True when the quotation closing at token `close` ends its clause: then it is the content, not a name. */
  const quoteEndsClause = (close: number, sentenceLast: number): boolean => {
    const n = close + 1;
    if (n > sentenceLast) return true;
    const t = toks[n]!.t.text;
    if (ENDS.has(t)) return true;
    if (COMMAS.has(t) || DASHES.has(t)) {
      const m = n + 1;
      if (m > sentenceLast || ENDS.has(toks[m]!.t.text)) return true;
      if (phraseAt(m, lex.afterQuote) || phraseAt(m, lex.accordingTo) || verbAt(m) || lex.connectors.has(toks[m]!.key)) return true;
      // (quotes20) "وأضاف الرئيس "..."، مناشدا مجلس الشيوخ"، "وقال "..."، في إشارة إلى": a circumstantial participle in
      // the accusative (مفعل-ا, one the lexicon lacks) or the writer's gloss after the comma starts a clause of its own.
      if (toks[m]!.t.kind === 'arabic' && toks[m]!.key === toks[m]!.bare && /^م[^\s]{3,}ا$/.test(toks[m]!.key) && !actorAt.has(toks[m]!.t.start)) return true;
      if (toks[m]!.key === 'في' && /^اشار/.test(toks[m + 1]?.key ?? '')) return true;
      return false;
    }
    // «...» في إشارة إلى ...: the writer's gloss on the quotation follows it.
    if (toks[n]!.key === 'في' && /^اشار/.test(toks[n + 1]?.key ?? '')) return true;
    // «...» و«...»: a second quotation joined to the first; the clause ends after it.
    if (toks[n]!.key === 'و' && closeOf.has(n + 1)) return quoteEndsClause(closeOf.get(n + 1)!, sentenceLast);
    const v = verbAt(n);
    return !!v && v.form === 'participle';
  };

  /**
   * Is the quotation opening at token i, after cue c, the reported words rather than a name or
   * an object's modifier? The words before it must be the verb's subject (a name, a body, a
   * speaker noun), with adverbials, and no object: not a name's kind (صحيفة "واشنطن بوست"), not an
   * indefinite accusative (عمودا، موقعا), not an accusation (اتهم).
   */
  const quotedWords = (c: number, i: number, v: CueVerb): boolean => {
    if (v.lemma === 'اتهم') return false;
    // "بفرض "عقاب شديد"": the quotation ends a prepositional phrase.
    if (hasPrepClitic(i - 1)) return false;
    const prev = word(i - 1);
    if (lex.nouns.has(prev) || lex.channels.has(prev) || lex.channels.has(prev.replace(/^ال/, '')) || lex.actorHeads.has(prev) || lex.sourceNouns.has(prev.replace(/^ال/, ''))) return false;
    for (let k = c + 1; k < i; k++) {
      const tk = toks[k]!;
      if (tk.t.kind === 'arabic' && tk.key.length >= 4 && tk.key.endsWith('ا') && !actorAt.has(tk.t.start) && !lex.timeWords.has(tk.key) && !lex.adverbials.has(tk.key)) return false;
    }
    const head = toks[c + 1]!;
    return !!entityIn(toks[c + 1]!.t.start, toks[i - 1]!.t.end) || lex.anonymous.has(head.bare) || lex.personHeads.has(head.bare) || lex.actorHeads.has(head.bare) || lex.actorHeads.has(head.key);
  };

  /** "للعربية.نت": a dot joining a medium's name to its web domain ends nothing. */
  // (quotes13) and the dots of an acronym ("لتلفزيون (بي.بي.سي)، إن"), which do not end the sentence either.
  const domainDot = (i: number): boolean =>
    toks[i]!.t.text === '.' && i > 0 && toks[i - 1]!.t.end === toks[i]!.t.start && toks[i + 1]?.t.start === toks[i]!.t.end && (/^(نت|كوم|net|com)$/.test(toks[i + 1]!.t.text) || dottedAcronym(doc.tokens, i));

  /**
   * (quotes15) Is the quotation opening at token i (closing at `close`) after cue c a statement quoted without a colon:
   * five words or more, ending its clause, after words that hold no complementizer, negation or object (an indefinite
   * accusative, a possessed object) and that do not end on a noun the quotation names (صحيفة "...", بعنوان "...")?
   * An indefinite statement noun after في is the adverbial "في بيان": the quotation after it is the statement.
   */
  /** A complementizer or colon within the next words after token `at` (a clause of the verb still to come). */
  const clauseAfter = (at: number, sentenceLast: number): boolean => {
    for (let k = at + 1; k <= Math.min(sentenceLast, at + 15); k++) if (toks[k]!.t.text === ':' || lex.complementizers.has(toks[k]!.key)) return true;
    return false;
  };
  const wordsBetween = (open: number, close: number): number => {
    let words = 0;
    for (let k = open + 1; k < close; k++) if (toks[k]!.t.kind === 'arabic') words++;
    return words;
  };
  const longQuotation = (c: number, i: number, close: number, sentenceLast: number, v: CueVerb): boolean => {
    if (i - c > 24 || v.lemma === 'اتهم') return false;
    if (wordsBetween(i, close) < 5 || !quoteEndsClause(close, sentenceLast)) return false;
    const prev = toks[i - 1]!;
    // (quotes19) "وقال المستشار ... في ختام اجتماع أسبوعي للحكومة "..."": a noun after a clitic preposition ends an
    // adverbial when the quotation is long (six words or more, which a quoted name of a body seldom is) and the noun
    // names no channel or statement that the quotation could be the title of (لصحيفة "..."، لتقرير "...").
    let clitic = hasPrepClitic(i - 1);
    if (clitic && wordsBetween(i, close) >= 6 && prev.t.kind === 'arabic' && !prev.t.text.endsWith('ـ')) {
      const stem = cueKey(doc.segment(i - 1).stem).replace(/^ال/, '');
      const named = [stem, 'ال' + stem].some((w) => lex.channels.has(w) || lex.nouns.has(w) || lex.reportNouns.has(w));
      if (!named) clitic = false;
    }
    if (prev.t.text.endsWith('ـ') || clitic || SEGMENT_PREPOSITIONS.has(prev.key) || ['في', 'علي', 'عن', 'الي'].includes(prev.key)) return false;
    const bare = prev.key.replace(/^ال/, '');
    if (lex.channels.has(prev.key) || lex.channels.has(bare) || lex.actorHeads.has(prev.key) || lex.sourceNouns.has(bare)) return false;
    // "أصدر بيانا بعنوان"، "رسالة "..."": an indefinite statement noun names the quotation; "وذكر البيان "..."" is the subject.
    if (lex.nouns.has(bare) && bare === prev.key && toks[i - 2]?.key !== 'في') return false;
    if (v.object && possessedObject(c + 1)) return false;
    for (let k = c + 1; k < i; k++) {
      const tk = toks[k]!;
      // A name in quotation marks inside the subject or an adverbial (لموقع "في إن إكسبرس") is one unit, and so is an
      // aside in brackets ("شاب (22 عاما)").
      if (closeOf.has(k) && closeOf.get(k)! < i) {
        k = closeOf.get(k)!;
        continue;
      }
      if (tk.t.text === '(') {
        while (k + 1 < i && toks[k + 1]!.t.text !== ')') k++;
        continue;
      }
      if (tk.t.text === ':' || lex.complementizers.has(tk.key) || tk.key === 'لا' || tk.key === 'ما' || tk.key === 'لم') return false;
      // "كانت تشير في الجملة السابقة إلى أردوغان ... بسبب "..."": the verb's preposition opens its object, not a subject.
      if (tk.key.length > 1 && v.prep.includes(tk.key)) return false;
      // A place or name in -ا (آسيا، روسيا) is no accusative: only a word no mention covers is.
      // (quotes19) Nor an accusative of purpose or circumstance (احتفالا بالذكرى، ردا على): an adverbial, not an object.
      // (quotes20) Not after قال، أضاف، تابع, which take no noun object: an accusative there is a circumstance or an
      // adjective of the subject ("وقال الوزير أثناء زيارة ... مرافقا ولي العهد "..."").
      if (tk.t.kind === 'arabic' && tk.key.length >= 4 && tk.key.endsWith('ا') && !lex.speakingOn.has(v.lemma) && !mentions.some((x) => x.start < tk.t.end && x.end > tk.t.start) && !lex.timeWords.has(tk.key) && !lex.adverbials.has(tk.key) && !lex.adverbialAccusatives.has(tk.bare)) return false;
    }
    return true;
  };

  /** Finds where the content of cue c starts, or null if the cue reports nothing. */
  /**
   * (quotes39) The comma that closes an appositive relative clause whose verb is at r ("، التي تتهم روسيا بالتدخل، إن"):
   * the first comma after r in its sentence with a bare إن/أن right after it, no quotation, colon or complementizer
   * between; -1 when there is none.
   */
  const appositiveRelativeClose = (r: number, sentenceLast: number): number => {
    for (let k = r + 1; k < sentenceLast && k <= r + 24; k++) {
      const x = toks[k]!;
      if (ENDS.has(x.t.text) || x.t.text === ':' || closeOf.has(k) || lex.complementizers.has(x.key) || lex.complementizers.has(x.bare)) return -1;
      if (COMMAS.has(x.t.text)) {
        const n = toks[k + 1]!;
        return n.key === n.bare && (lex.complementizers.has(n.key) || lex.complementizers.has(n.bare)) && k > r + 1 ? k : -1;
      }
    }
    return -1;
  };

  /** (quotes39) A verb of saying before token b in its sentence (the main verb an appositive relative clause follows). */
  const hasVerbBefore = (b: number): boolean => {
    for (let k = b - 1; k >= 0 && k >= b - 12 && toks[k]!.sentence === toks[b]!.sentence; k--) if (verbAt(k)) return true;
    return false;
  };

  const findContent = (c: number, v: CueVerb): Content | null => {
    if (v.objectOnly) return null;
    const sentenceLast = sentenceEndTok(c);
    const last = Math.min(sentenceLast, c + MAX_SUBJECT_TOKENS);
    if (verbAt(c + 1)?.form === 'participle' && toks[c + 1]!.key !== 'بالقول') return null; // "وتابع قائلا: ...": the participle reports
    let quotedObject: Content | null = null;
    let quotationBefore = false;
    // (quotes39) The comma before an appositive relative clause skipped: the subject's words end there.
    let relativeCut = -1;
    for (let i = c + 1; i <= last; i++) {
      const tk = toks[i]!;
      const t = tk.t.text;
      if (ENDS.has(t) && !domainDot(i)) break;
      if (tk.t.kind === 'punct' && closeOf.has(i)) {
        const close = closeOf.get(i)!;
        const colon = toks[i - 1]!.t.text === ':';
        // A subject then an adverbial of the statement ("سارة ساندرز في إفادة صحفية") may be longer.
        let adverbialEnd = false;
        for (let k = Math.max(c + 1, i - 4); k < i - 1 && !adverbialEnd; k++) adverbialEnd = lex.adverbialPrepositions.has(word(k)) && lex.adverbialNouns.has(word(k + 1));
        const plainRegion = (i - c <= 8 || COMMAS.has(toks[i - 1]!.t.text) || (adverbialEnd && i - c <= 16)) && !toks.slice(c + 1, i).some((x) => lex.complementizers.has(x.key) || x.key === 'لا' || x.key === 'ما');
        // (quotes12) "كما أكد رفضه لما يوصف بـ"صفقة القرن"": a possessed noun right after the verb is its object, no
        // subject, and the quotation at the clause's end is not the reported words.
        if (colon || (v.speech && plainRegion && quoteEndsClause(close, sentenceLast) && !(v.object && possessedObject(c + 1)))) return { from: i + 1, regionEnd: i, direct: true, closeAt: close };
        // (quotes19) "ووصفت الوزيرة الاقتراح بـ"غير المقبول""، "واصفا إياه بـ"الخائن"": what وصف calls its object, in
        // quotation marks after بـ, are the speaker's words (the gold counts them: test/gold/quotes/README.md, corpus5).
        // Only the first quotation of the region: one after a quoted name or phrase belongs to another clause.
        if (v.lemma === 'وصف' && i > c + 1 && !quotationBefore && (toks[i - 1]!.key === 'ب' || toks[i - 1]!.t.text === 'بـ') && wordsBetween(i, close) >= 1) return { from: i + 1, regionEnd: i - 1, direct: true, closeAt: close, described: true };
        // (quotes26) "ووصف أردوغان نتنياهو "بالإرهابي""، "تصف القانون "بالعنصري"": the بـ inside the quotation marks.
        if (v.lemma === 'وصف' && i > c + 1 && !quotationBefore && toks[i + 1]?.t.kind === 'arabic' && toks[i + 1]!.t.text.startsWith('بال') && toks[i + 1]!.t.start === toks[i]!.t.end) return { from: i + 1, regionEnd: i, direct: true, closeAt: close, described: true };
        quotationBefore = true;
        // (quotes13) "نقلت الوكالة عن مسؤول التحقيقات فلان قوله "..."": the quotation after the report noun is the content.
        if (lex.relays.has(v.lemma) && lex.reportNouns.has(toks[i - 1]!.key)) return { from: i + 1, regionEnd: i, direct: true, closeAt: close };
        // (quotes15) "وقال رئيس المنتدى محمد ولد مولود في مؤتمر صحافي السبت في نواكشوط "..."", "وذكر البيان "..."": a long
        // quotation that ends the clause after a subject with its apposition and adverbials (longer than plainRegion
        // allows), or after a verb that otherwise reports only with a clause, is the content.
        if ((v.speech || v.quotation) && longQuotation(c, i, close, sentenceLast, v)) return { from: i + 1, regionEnd: i, direct: true, closeAt: close, long: true };
        // (quotes15) "وأضافت "لقد شاهدنا تدهور الوضع ..." خلال أربعة أشهر": a quotation of four words or more right after
        // a verb of saying (its subject carried) is its content, with the words the sentence goes on with after it. Not
        // a quoted name in apposition (وأعلن "تحالف دعم الشرعية"، الذي تقوده السعودية، ...) nor a verb whose quoted
        // noun is an object (أعلن "حالة الطوارئ").
        // Nor a quoted name as subject before its complementizer ("قالت "منصة المواطنة ..." (وهي منظمة ...) إن").
        // (quotes16) كتب too: a press review's "صحيفة "العرب" تكتب "..." وتصر على ...".
        if (i === c + 1 && !colon && (lex.unambiguousSaying.has(v.lemma) || lex.bareQuotationVerbs.has(v.lemma)) && wordsBetween(i, close) >= 4 && (!COMMAS.has(toks[close + 1]?.t.text ?? '') || quoteEndsClause(close, sentenceLast)) && !actorAt.has(toks[i + 1]!.t.start) && !clauseAfter(close, sentenceLast))
          return { from: i, regionEnd: i, direct: false, closeAt: -1 };
        // "أعلنت مصر، مساء السبت، "نجاح الإجراءات" المتهم ...": a quotation right after the subject that the
        // sentence goes on from holds the reported words (a quote of its own), unless a complementizer comes later.
        const prev = toks[i - 1]!;
        const afterPreposition = SEGMENT_PREPOSITIONS.has(prev.key) || ['في', 'علي', 'ب', 'ل', 'عن', 'الي'].includes(prev.key) || prev.t.text.endsWith('ـ');
        if (quotedObject === null && plainRegion && close - i >= 3 && i > c + 1 && !afterPreposition && quotedWords(c, i, v)) quotedObject = { from: i + 1, regionEnd: i, direct: true, closeAt: close };
        i = close; // a name or phrase in quotes inside the subject or an adverbial
        continue;
      }
      if (t === ':') {
        const n = i + 1;
        if (closeOf.has(n)) continue; // handled on the next token
        if (n > sentenceLast) return null;
        return { from: n, regionEnd: i, direct: false, closeAt: -1 };
      }
      if (tk.t.kind !== 'arabic') continue;
      const isComp = lex.complementizers.has(tk.key) || lex.complementizers.has(tk.bare);
      // (quotes39) "قالت الولايات المتحدة، التي تتهم روسيا بـ...، إن": an appositive relative clause (a comma, the relative
      // pronoun, its verb) closed by a comma with a bare إن/أن right after it: the complementizer is the main verb's.
      if (i > c + 1 && !isComp && RELATIVES.has(toks[i - 1]!.bare) && COMMAS.has(toks[i - 2]?.t.text ?? '') && verbAt(i)) {
        const close = appositiveRelativeClose(i, sentenceLast);
        if (close >= 0) {
          relativeCut = i - 2;
          i = close;
          continue;
        }
      }
      // The verb of such a clause has no content there: the إن after its closing comma is the main verb's.
      if (isComp && i > c + 1 && COMMAS.has(toks[i - 1]!.t.text) && tk.key === tk.bare && RELATIVES.has(toks[c - 1]?.bare ?? '') && COMMAS.has(toks[c - 2]?.t.text ?? '') && appositiveRelativeClose(c, sentenceLast) === i - 1 && hasVerbBefore(c - 2)) return null;
      if (i > c + 1 && !isComp) {
        const w = verbAt(i);
        // Another reporting verb joined to this one: this cue's clause has ended.
        // So has one in a relative clause of the words between ("والتي ادعت فيها الدوحة بأن"): the complementizer is that verb's.
        // (quotes19) Not وصف in a relative clause ("وقال المصدر الذي وصفته الوكالة "بالمأذون" إن"): it takes no إن/أن; and
        // a verb whose own first letter is و (وصفته) is not one joined by و.
        // (quotes20) "وتابع بالقول: "..."": بالقول before the colon or quotation only repeats this verb; the content is this verb's.
        const bySaying = tk.key === 'بالقول' && (toks[i + 1]?.t.text === ':' || !!OPEN_QUOTES[toks[i + 1]?.t.text ?? '']);
        if (w && !bySaying && ((tk.key !== tk.bare && !lex.verbs.has(tk.key)) || w.form === 'participle' || COMMAS.has(toks[i - 1]!.t.text) || lex.connectors.has(toks[i - 1]!.key) || (RELATIVES.has(toks[i - 1]!.bare) && w.lemma !== 'وصف'))) return null;
        // "أعلنت استقالتها ...، لكن المتحدثة باسم البيت الأبيض سارة ساندرز قالت إن": a finite verb of saying that no
        // noun reading shares (قال، أكد، أضاف ...) has a subject of its own before it, and the complementizer is its.
        // Past tense only: a present one goes on with the same subject ("وكتب في صحيفة الغارديان يقول إن"). Not a verbal
        // noun (تأكيده), nor a relative clause of ما with a pronoun object (نفى ما أشار إليه السفير).
        if (w && w.form === 'past' && lex.unambiguousSaying.has(w.lemma) && !lex.reportNouns.has(tk.key) && !tk.key.startsWith('تاكيد') && toks[i - 1]!.key !== 'ما' && !/^(الي|علي|عن|ب|في|ل)(ه|ها|هم)$/.test(toks[i + 1]?.key ?? '')) return null;
      }
      // (quotes19) وصف takes its clause with بـ (وصفه بأنه): a bare إن/أن after it is another verb's ("وقال المصدر الذي
      // وصفته الوكالة "بالمأذون" إن ...").
      if (isComp && v.lemma === 'وصف' && !tk.key.startsWith('ب')) return null;
      if (isComp && v.colonOnly) return quotedObject;
      if (isComp) {
        // "مون جاي-إن": إن joined by a hyphen belongs to a name.
        if (toks[i - 1]!.t.text === '-' && toks[i - 1]!.t.end === tk.t.start) continue;
        if (lex.notReportingBeforeAn.has(toks[i - 1]!.key)) continue;
        // A conjoined complementizer (وأن، فإن، لأن) opens content only right after the verb.
        if (/^[وفل]/.test(tk.key) && i !== c + 1) continue;
        return { from: i + 1, regionEnd: relativeCut >= 0 ? relativeCut : i, direct: false, closeAt: -1 };
      }
      // إلى أن / على أن / من أن
      if (lex.prepositions.has(tk.key) && !v.colonOnly && i + 1 <= sentenceLast && lex.complementizers.has(toks[i + 1]!.key)) {
        return { from: i + 2, regionEnd: i, direct: false, closeAt: -1 };
      }
    }
    return quotedObject ?? commaClause(c, v, sentenceLast);
  };

  /**
   * (quotes27) "وقال البنتاغون، ندعم الجهود ..."، "وقالت الوزيرة سارة، نحن لا نقبل ...": قال in the past, its subject a
   * person's or body's name right after it, a comma, then a clause in the first person (a present verb with ن, or
   * نحن/لقد/إننا/أنا: FIRST_PERSON_OPENERS) of four words or more to the sentence's end, with no quotation marks and no
   * complementizer: the words after the comma are the statement (indirect, as the gold has them).
   */
  const commaClause = (c: number, v: CueVerb, sentenceLast: number): Content | null => {
    if (v.lemma !== 'قال' || verbOf[c]?.form !== 'past') return null;
    const m = actorAt.get(toks[c + 1]?.t.start ?? -1);
    if (!m || m.kind !== 'name') return null;
    let j = c + 1;
    while (j <= sentenceLast && toks[j]!.t.end <= m.end) j++;
    if (j > sentenceLast || !COMMAS.has(toks[j]!.t.text) || j + 4 > sentenceLast) return null;
    const first = toks[j + 1]!;
    if (first.t.kind !== 'arabic' || actorAt.has(first.t.start)) return null;
    const opener = FIRST_PERSON_OPENERS.has(first.bare) || (/^ن\S{3,}$/.test(first.t.text) && !verbAt(j + 1) && !/^ن\S*(ه|ة)$/.test(first.t.text));
    if (!opener) return null;
    for (let k = j + 1; k <= sentenceLast; k++) if (closeOf.has(k) || lex.complementizers.has(toks[k]!.key)) return null;
    return { from: j + 1, regionEnd: j, direct: false, closeAt: -1 };
  };

  /**
   * (quotes12) The token where a noun object starts after a subject that is a description rather than a name: a head
   * (a role, an anonymous source, a government or body noun) with its adjectives, genitives, names and a channel (لـX),
   * or any words closed by a name in commas ("مساعد قائد ...، سامي الشويرخ، إتمام"). The object is the first indefinite
   * word that is no adjective, or the word after an adverb (بشدة). -1 when the words do not read so.
   */
  const objectAfterDescription = (c: number, n: number): number => {
    const s = toks[c]!.sentence;
    const inSentence = (i: number) => i < toks.length && toks[i]!.sentence === s && !ENDS.has(toks[i]!.t.text);
    const mentionAt = (i: number) => mentionIn(() => [toks[i]!.t.start, toks[i]!.t.start + 1], (x) => x.start >= toks[i]!.t.start && x.start <= toks[i]!.t.start + 1);
    const skipMention = (i: number, m: MentionRef) => {
      while (i + 1 < toks.length && toks[i + 1]!.t.end <= m.end) i++;
      return i;
    };
    let p = n;
    while (p < n + 3 && inSentence(p) && lex.timeWords.has(toks[p]!.key)) p++;
    if (!inSentence(p) || toks[p]!.t.kind !== 'arabic' || verbAt(p)) return -1;
    // Words closed by a person's name between commas: the name is the subject's apposition.
    for (let i = p; i < p + 14 && inSentence(i); i++) {
      const t = toks[i]!;
      if (t.t.kind === 'arabic' && (verbAt(i) || lex.complementizers.has(t.key) || (i > p && SEGMENT_PREPOSITIONS.has(t.key)))) break;
      if (!COMMAS.has(t.t.text) || i === p) continue;
      const m = inSentence(i + 1) ? mentionAt(i + 1) : undefined;
      if (!m || m.kind === 'demonym' || m.entity.type !== 'PER') break;
      const e = skipMention(i + 1, m);
      if (inSentence(e + 2) && COMMAS.has(toks[e + 1]!.t.text) && toks[e + 2]!.t.kind === 'arabic' && !verbAt(e + 2) && !isAdverbialStart(e + 2) && !lex.complementizers.has(toks[e + 2]!.key)) return e + 2;
      break;
    }
    const head = toks[p]!;
    const anonymousHead = lex.anonymous.has(head.bare);
    if (!(anonymousHead || lex.stateHeads.has(head.bare) || actorHeadAt(p) || lex.descriptionHeads.has(head.bare))) return -1;
    // A head in the construct state (رئيس، قائد، وزارة) takes indefinite genitives until a definite word ends its chain.
    let construct = !head.bare.startsWith('ال') && !anonymousHead;
    const personTitle = lex.personHeads.has(head.bare) || (!anonymousHead && lex.actorHeads.has(head.bare) && !lex.actorHeads.has('ال' + head.bare) && !lex.sourceNouns.has(head.bare));
    let named = false;
    for (let i = p + 1; i < p + 14; i++) {
      if (!inSentence(i)) return -1;
      const t = toks[i]!;
      const m = mentionAt(i);
      if (m) {
        i = skipMention(i, m);
        construct = false;
        if (m.kind !== 'demonym') named = true;
        continue;
      }
      if (t.t.kind !== 'arabic' || verbAt(i) || lex.complementizers.has(t.key) || lex.complementizers.has(t.bare)) return -1;
      // "متحدثة باسمها"، "المتحدث باسم الوزارة": whom a spokesperson speaks for belongs to the subject.
      if (/^باسم/.test(t.key)) {
        construct = t.key === 'باسم';
        continue;
      }
      if (lex.objectAdverbs.has(t.key)) return inSentence(i + 1) && toks[i + 1]!.t.kind === 'arabic' && !verbAt(i + 1) ? i + 1 : -1;
      const k = t.key;
      if (k.startsWith('ال') || k.startsWith('لل')) {
        construct = false;
        continue;
      }
      if (isAdverbialStart(i) || SEGMENT_PREPOSITIONS.has(t.key) || t.key === 'في' || t.key === 'علي') return -1;
      // A word joined by و goes on with the subject ("مصادر طبية وأمنية"، "الشؤون الإنسانية والمساعدات").
      if (t.key !== t.bare && doc.segment(i).proclitics.includes('و')) continue;
      if (construct) continue;
      // Indefinite adjectives of an indefinite head: nisbas (أمني، تركية) and a few others (رفيع، بارز).
      if (/..(ي|يه)$/.test(k) || lex.anonymous.has(t.bare) || lex.indefiniteAdjectives.has(k)) continue;
      // "عضو مجلس المفوضين": an anonymous head right before an indefinite noun is in the construct state.
      if (anonymousHead && i === p + 1) {
        construct = true;
        continue;
      }
      // "ودعا النائب الكويتي مرزوق الخليفة": after an unnamed title, an indefinite word and a definite one may be a
      // name the recognizer missed; not read.
      if (personTitle && !named && !possessedNoun(i) && inSentence(i + 1) && toks[i + 1]!.key.startsWith('ال') && !/..(ي|يه)$/.test(toks[i + 1]!.key)) return -1;
      return i;
    }
    return -1;
  };

  /**
   * (quotes12) A possessed noun at token i that is no one (رفضه، اختطافه، مسؤوليتها; not رئيسها، محاموه, nor a name): a
   * verb's object, not its subject. possessedNoun leaves out four-letter words (رفضه، دعمه); they count here.
   */
  const possessedObject = (i: number): boolean => {
    const tk = toks[i];
    if (!tk || tk.t.kind !== 'arabic') return false;
    const shape = possessedNoun(i) || (tk.key.length === 4 && /^[^ال]..ه$/.test(tk.key) && !lex.notSpeakers.has(tk.key) && !/^(في|له|عن|من|مع|ب)/.test(tk.key));
    return shape && !actorHeadAt(i) && !mentionIn(() => [tk.t.start, tk.t.end], (x) => x.start >= tk.t.start && x.start < tk.t.end) && !lex.groupHeads.has(tk.key.replace(/(ه|ها|هم)$/, '')) && !lex.groupHeads.has(tk.bare);
  };

  /**
   * (quotes15) The token after the asides that may stand between a verb's subject and its object or preposition: time
   * words and adverbs (الخميس، أيضا، مرارا), a short quoted name (وزارة الدفاع "البنتاغون"), and a phrase between
   * commas that holds no verb, complementizer or name of its own ("، الأسبوع الماضي،"، "، وفي تصريح لمتحدثها الرسمي،").
   * Returns j itself when nothing is skipped.
   */
  const pastAsides = (j: number, c: number): number => {
    const s = toks[c]!.sentence;
    for (let steps = 0; steps < 12 && j < toks.length && toks[j]!.sentence === s; steps++) {
      const t = toks[j]!;
      if (t.t.text === '#' || lex.timeWords.has(t.key) || lex.timeWords.has(t.bare) || lex.objectAdverbs.has(t.key)) {
        j++;
        continue;
      }
      // (quotes19) A subject marker after the subject ("ودعت فرنسا من جهتها، السبت، ...") is an aside too.
      const marker = phraseAt(j, lex.subjectMarkers);
      if (marker) {
        j += marker;
        continue;
      }
      const close = closeOf.get(j);
      if (close !== undefined && wordsBetween(j, close) <= 3 && !mentionIn(() => [t.t.start, toks[close]!.t.start], (x) => x.start > t.t.start && x.start < toks[close]!.t.start && x.entity.type === 'PER')) {
        j = close + 1;
        continue;
      }
      if (!COMMAS.has(t.t.text)) break;
      let e = j + 1;
      while (e < toks.length && e <= j + 9 && toks[e]!.sentence === s && !COMMAS.has(toks[e]!.t.text) && !ENDS.has(toks[e]!.t.text) && !verbAt(e) && !lex.complementizers.has(toks[e]!.key) && !closeOf.has(e)) e++;
      // A comma that closes a short aside: go on after it; a lone comma: go on after the comma.
      j = e < toks.length && COMMAS.has(toks[e]!.t.text) && e > j + 1 ? e + 1 : j + 1;
    }
    return j;
  };

  /**
   * (quotes18) The first token within a short adverbial phrase at k (في/خلال/أمام/عبر/لدى/أثناء and one to three words,
   * time words included) for which `stop` holds, or -1: nothing before it may be a verb, comma, complementizer,
   * quotation mark or sentence end.
   */
  const pastPrepositionPhrase = (k: number, c: number, stop: (j: number) => boolean): number => {
    const s = toks[c]!.sentence;
    if (k >= toks.length || toks[k]!.sentence !== s || !ADVERBIAL_PHRASE_PREPOSITIONS.has(toks[k]!.key)) return -1;
    for (let j = k + 1; j <= k + 5 && j < toks.length && toks[j]!.sentence === s; j++) {
      if (j > k + 1 && stop(j)) return j;
      const t = toks[j]!;
      if (t.t.kind !== 'arabic' || verbAt(j) || lex.complementizers.has(t.key) || lex.complementizers.has(t.bare) || closeOf.has(j)) return -1;
      if (j > k + 3 && !lex.timeWords.has(t.key) && !lex.timeWords.has(t.bare)) return -1;
    }
    return -1;
  };

  /** Is a reporting verb's form after `prevKey` a verbal noun or negated (after رغم، في، على، عقب; after لم، لا، ما): no reading there? */
  const inNounPosition = (prevKey: string): boolean => lex.notReportingBeforeAn.has(prevKey) || SEGMENT_PREPOSITIONS.has(prevKey) || NOUN_POSITION_WORDS.has(prevKey);

  /** Content of a verb that takes a noun object (أكد احترام, أشار إلى العمل, أعرب عن قلقه). */
  const findObject = (c: number, v: CueVerb): Content | null => {
    const found = findObjectOf(c, v);
    // (quotes33) تحدث عن "...": only a quotation of three words or more right after the preposition is a statement.
    if (!found || !v.quotedObject) return found;
    // "بعد اتصال يتحدث عن "..."": a present right after an indefinite noun that names no one is an adjectival clause
    // (a call that spoke of), no one's statement.
    const before = toks[c - 1];
    if (v.form === 'present' && toks[c]!.key === toks[c]!.bare && before && before.sentence === toks[c]!.sentence && before.t.kind === 'arabic' &&
        !before.key.startsWith('ال') && !CLAUSE_STARTERS.has(before.key) && !mentionEnding(before.t.end, (x) => x.kind !== 'demonym')) return null;
    const open = found.from + 1;
    if (!OPEN_QUOTES[toks[open]?.t.text ?? '']) return null;
    // The quotation ending its clause is the content, direct (as "عبر عن "..."" in the gold); with words after it, the
    // content runs from the mark, indirect.
    const close = closeOf.get(open);
    // A quotation of one or two words (تحدث عن "الأزمة"، عن "عالمنا العربي") is a term the writer marks, not the speaker's words.
    if (close !== undefined && wordsBetween(open, close) < 3) return null;
    const after = close === undefined ? undefined : toks[close + 1];
    if (close !== undefined && (!after || after.sentence !== toks[open]!.sentence || ENDS.has(after.t.text) || COMMAS.has(after.t.text)))
      return { from: open + 1, regionEnd: found.regionEnd, direct: true, closeAt: close };
    return { ...found, from: open };
  };
  const findObjectOf = (c: number, v: CueVerb): Content | null => {
    if (!v.object && !v.objectOnly) return null;
    const n = c + 1;
    const tk = toks[n];
    // "مؤكدة "تضامنها الكامل" مع طهران": a participle's noun object may open with a quotation mark.
    if (tk && tk.sentence === toks[c]!.sentence && v.form === 'participle' && !v.objectNeedsPrep && !v.objectOnly && !v.prep.length && OPEN_QUOTES[tk.t.text] && closeOf.has(n) && toks[n + 1]?.t.kind === 'arabic')
      return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    if (!tk || tk.sentence !== toks[c]!.sentence) return null;
    if (tk.t.kind !== 'arabic' && !(COMMAS.has(tk.t.text) && v.prep.length)) return null;
    const prepHere = (i: number): boolean => {
      const k = toks[i]!.key;
      // "عن طريق" is "by way of", no verb's preposition ("عبر وكيل ... عن طريق تحديد": via an agent, not "expressed").
      if (k === 'عن' && toks[i + 1]?.key === 'طريق') return false;
      // (quotes23) "فضلا عن"، "ناهيك عن" (let alone, besides) join two nouns: "عبر البحر فضلا عن نشر الألغام" is "via".
      if (k === 'عن' && i > 0 && lex.besidesWords.has(toks[i - 1]!.key)) return false;
      if (v.prep.includes(k)) return true;
      // The clitic prepositions ب and ل attached to the object (طالب بوقف، أشار لسقوطها).
      if (toks[i]!.t.kind !== 'arabic') return false;
      const seg = doc.segment(i);
      return seg.proclitics.some((p) => (p === 'ب' && v.prep.includes('ب')) || (p === 'ل' && v.prep.includes('ل')));
    };
    if (tk.t.kind !== 'arabic') {
      // (quotes15) "وكانت وزارة العدل دعت، الخميس، إلى تجاهل"، "دعا، الأسبوع الماضي، بوتفليقة إلى": the subject stood
      // before the verb, and the preposition (after a named object) follows the asides.
      let k = pastAsides(n, c);
      const named = k < toks.length ? mentionIn(() => [toks[k]!.t.start, toks[k]!.t.start + 1], (x) => x.start >= toks[k]!.t.start && x.start <= toks[k]!.t.start + 1 && x.kind !== 'demonym') : undefined;
      if (named) while (k < toks.length && toks[k]!.t.end <= named.end) k++;
      // The words between are asides and the object, no subject: the region ends at the comma.
      return k < toks.length && toks[k]!.sentence === tk.sentence && prepHere(k) ? { from: k, regionEnd: n, direct: false, closeAt: -1 } : null;
    }
    if (prepHere(n)) return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    // "وهو ما أعرب عنه الزعيمان"، "ما أشار إليه X": the preposition's object is a pronoun, and nothing is reported after it.
    if (v.prep.some((p) => tk.key.startsWith(p) && /^(ه|ها|هم|هما|هن)$/.test(tk.key.slice(p.length)))) return null;
    const plain = !v.objectNeedsPrep && !v.objectOnly;
    // "حاملا لافتة عليها": a participle of a verb whose object takes a preposition (لافتا إلى، مشيرا إلى) needs it.
    if (v.form === 'participle' && plain && !v.prep.length && !isAdverbialStart(n)) return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    // The subject stood before the verb ("وكان المسؤول قد أكد سقوط ..."): the object follows it.
    if (plain && toks[c - 1]?.key === 'قد' && !isAdverbialStart(n)) return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    // (quotes12) "ونفى اختطافه"، "كما أكد رفضه": a possessed verbal noun right after the verb is its object (pro-drop),
    // unless it names someone (رئيسها، محاموه).
    // A past form after a preposition or رغم is the verbal noun ("رغم نفي مسؤولين سعوديين تقارير"): no new reading there.
    // A negated verb (لم تؤكد، لا ينفي) states nothing.
    const prevKey = toks[c - 1]?.key ?? '';
    const nounPosition = inNounPosition(prevKey);
    // The pro-drop reading needs a verb that opens its clause ("ونفى اختطافه"، "كما أكد رفضه"، "إسرائيل تنفي مسؤوليتها"),
    // not one in an adjectival clause ("بيانات عائلية تؤكد وفاتهم").
    const opensOwnClause = toks[c]!.key !== toks[c]!.bare || c === firstTokOfSentence(c) || COMMAS.has(toks[c - 1]!.t.text) || CLAUSE_STARTERS.has(prevKey) || /^و?لكن(ه|ها|هم)$/.test(prevKey) || !!mentionEnding(toks[c - 1]!.t.end, (x) => x.end === toks[c - 1]!.t.end && x.kind !== 'demonym');
    if (plain && !nounPosition && opensOwnClause && !v.prep.length && possessedObject(n))
      return { from: n, regionEnd: n, direct: false, closeAt: -1 };
    // (quotes15) "لكنه نفى مرارا صلته"، "ونفى الخميس اختطافه": an adverb or time word before that object.
    if (plain && !nounPosition && opensOwnClause && !v.prep.length && (lex.objectAdverbs.has(tk.key) || lex.timeWords.has(tk.key))) {
      const k = pastAsides(n, c);
      if (k > n && k < toks.length && toks[k]!.sentence === tk.sentence && possessedObject(k)) return { from: k, regionEnd: n, direct: false, closeAt: -1 };
    }
    let subjectEnd = -1;
    const m = mentionIn(() => [tk.t.start, tk.t.start + 1], (x) => x.start >= tk.t.start && x.start <= tk.t.start + 1 && x.kind !== 'demonym');
    if (m) subjectEnd = m.end;
    else
      for (let k = 3; k >= 1 && subjectEnd < 0; k--)
        if (toks[n + k - 1]?.sentence === tk.sentence && namedBy(n, n + k)) subjectEnd = toks[n + k - 1]!.t.end;
    // (quotes12) A subject that is a description, not a name ("نفى الرجل أي صلة"، "نفت الحكومة السورية استخدام"، "أكد
    // مسؤول أمني تركي لبي بي سي وجود"، "نفى الجمعة الأمين العام لحزب الله حسن نصرالله مقتل"): the object starts after it.
    if (subjectEnd < 0 && plain && !nounPosition && !v.prep.length) {
      const o = objectAfterDescription(c, n);
      // The region (the subject's words) ends before an adverb between subject and object.
      if (o >= 0) return { from: o, regionEnd: lex.objectAdverbs.has(toks[o - 1]!.key) ? o - 1 : o, direct: false, closeAt: -1 };
    }
    // "أكد متحدث باسم فيسبوك تلقي ...": a subject does not end on باسم; the body or person it speaks for belongs to it.
    if (subjectEnd >= 0) {
      let j = n;
      while (j + 1 < toks.length && toks[j + 1]!.t.end <= subjectEnd) j++;
      if (word(j) === 'باسم' && toks[j + 1]?.sentence === tk.sentence && toks[j + 1]!.t.kind === 'arabic') {
        const principal = mentionIn(() => [toks[j + 1]!.t.start, toks[j + 1]!.t.start + 1], (x) => x.start >= toks[j + 1]!.t.start && x.start <= toks[j + 1]!.t.start + 1 && x.kind !== 'demonym');
        subjectEnd = principal ? principal.end : toks[j + 1]!.t.end;
      }
    }
    // "وأشار الزعابي إلى قرار ...": the preposition right after the named subject.
    // (quotes15) or after the asides that follow it ("وأعربت الأمم المتحدة، الأسبوع الماضي، عن قلقها").
    if (subjectEnd >= 0 && v.prep.length) {
      let j = n;
      while (j < toks.length && toks[j]!.t.end <= subjectEnd) j++;
      if (j < toks.length && toks[j]!.sentence === tk.sentence && prepHere(j) && !phraseAt(j, lex.subjectMarkers)) return { from: j, regionEnd: j, direct: false, closeAt: -1 };
      const k = pastAsides(j, c);
      // The subject's words end where the asides start.
      if (k > j && k < toks.length && toks[k]!.sentence === tk.sentence && prepHere(k)) return { from: k, regionEnd: j, direct: false, closeAt: -1 };
      // (quotes19) "ودعت فرنسا من جهتها السبت، الولايات المتحدة إلى"، "وحذر ماكرون من جهته إيران من": past the asides, a
      // named addressee, then the verb's preposition.
      if (k > j && k < toks.length && toks[k]!.sentence === tk.sentence) {
        const addressee = mentionIn(() => [toks[k]!.t.start, toks[k]!.t.start + 1], (x) => x.start >= toks[k]!.t.start && x.start <= toks[k]!.t.start + 1 && x.kind !== 'demonym');
        let e = k;
        if (addressee) while (e < toks.length && toks[e]!.t.end <= addressee.end) e++;
        if (addressee && e < toks.length && toks[e]!.sentence === tk.sentence && prepHere(e)) return { from: e, regionEnd: j, direct: false, closeAt: -1 };
      }
      // (quotes18) "ودعا مون في اجتماع الاثنين إلى دراسة"، "وأشار الزعابي خلال كلمته أمس إلى": a short phrase opened by an
      // adverbial preposition (no verb, comma, complementizer or quotation in it) may stand before the verb's preposition.
      const after = pastPrepositionPhrase(k, c, prepHere);
      if (after > k) return { from: after, regionEnd: j, direct: false, closeAt: -1 };
    }
    if (subjectEnd >= 0 && plain) {
      let j = n;
      while (j < toks.length && toks[j]!.t.end <= subjectEnd) j++;
      // (quotes15) "ونفت وزارة الدفاع "البنتاغون"، الخميس، الاتهامات": past a quoted name and the asides, the object.
      const k = pastAsides(j, c);
      if (k > j && k < toks.length && toks[k]!.sentence === tk.sentence && toks[k]!.t.kind === 'arabic' && !isAdverbialStart(k) && !verbAt(k) && !lex.complementizers.has(toks[k]!.key)) return { from: k, regionEnd: j, direct: false, closeAt: -1 };
      // A hashtag's # before the object (دعا غوتيريس #واشنطن) is skipped like a comma.
      while (j < toks.length && toks[j]!.sentence === toks[c]!.sentence && (COMMAS.has(toks[j]!.t.text) || toks[j]!.t.text === '#' || isAdverbialStart(j) || !!mentionIn(() => [startOfWord(j), startOfWord(j)], (x) => x.start === startOfWord(j) && x.kind === 'demonym'))) {
        if (isAdverbialStart(j)) break;
        j++;
      }
      if (j < toks.length && toks[j]!.sentence === toks[c]!.sentence && toks[j]!.t.kind === 'arabic' && !isAdverbialStart(j)) return { from: j, regionEnd: j, direct: false, closeAt: -1 };
      return null;
    }
    if (!v.prep.length) return null;
    const last = Math.min(sentenceEndTok(c), n + MAX_SUBJECT_TOKENS);
    for (let i = n + 1; i <= last; i++) {
      if (ENDS.has(toks[i]!.t.text)) break;
      if (inQuote[i]! >= 0) continue;
      if (verbAt(i)) break;
      if (prepHere(i)) return { from: i, regionEnd: i, direct: false, closeAt: -1 };
    }
    return null;
  };

  /**
   * (quotes20) "وأكدت المصادر مصرع قيادي"، "وأكد موقع الجيش اليمني مقتل العشرات"، "كما أكد استهداف مقرات"، "وأكد عريقات على
   * إصرار"، "وأكدت الخارجية المصرية في بيان لها، أهمية": where findObject reads no object, a verbal noun of what is
   * affirmed or denied (data/quotes/cues.json statementObjects) opens the object of أكد/نفى, right after the verb (the
   * subject carried), after على, or after a subject that ends on a name, a source noun, a comma or a time word.
   */
  const statementObject = (c: number, v: CueVerb): Content | null => {
    if (!v.object || v.objectOnly || v.prep.length || v.form === 'participle' || !lex.affirmDenyVerbs.has(v.lemma)) return null;
    const tk0 = toks[c]!;
    // The verbal nouns تأكيد and نفي report nothing here; the past verb نفى normalizes to نفي as well, and is written
    // with ى (quotes33: "ونفى الاتهامات"، "وقد نفى صحة ..." had no reading at all).
    if (/^(تاكيد|نفي)/.test(tk0.bare) && !/^[وف]?نفى$/.test(tk0.t.text)) return null;
    const prevKey = toks[c - 1]?.key ?? '';
    if (inNounPosition(prevKey) || prevKey === 'غير') return null;
    // The verb must open a statement of someone's: not an adjectival clause of a thing ("عدة أدلة تؤكد استمرار"،
    // "إشارات ميدانية تؤكد") nor a relative clause of one ("المعلومات التي تؤكد وقوع"، "الأمر الذي أكد عدم").
    const endsOnActor = (k: number): boolean => {
      const t = toks[k];
      if (!t) return false;
      const b = t.bare.replace(/^ال/, '');
      return !!mentionEnding(t.t.end, (x) => x.end === t.t.end && x.kind !== 'demonym') || lex.anonymous.has(b) || lex.sourceNouns.has(b) || lex.actorHeads.has(t.bare) || lex.actorHeads.has(t.key);
    };
    if (RELATIVES.has(toks[c - 1]?.bare ?? '')) {
      const k = COMMAS.has(toks[c - 2]?.t.text ?? '') ? c - 3 : c - 2;
      if (!endsOnActor(k)) return null;
    } else {
      const opens = tk0.key !== tk0.bare || c === firstTokOfSentence(c) || COMMAS.has(toks[c - 1]!.t.text) || DASHES.has(toks[c - 1]!.t.text) || CLAUSE_STARTERS.has(prevKey) || ['حيث', 'فيما', 'بينما', 'وفيما', 'وبينما'].includes(prevKey) || endsOnActor(c - 1);
      if (!opens) return null;
    }
    const last = Math.min(sentenceEndTok(c), c + 16);
    for (let i = c + 1; i <= last; i++) {
      const tk = toks[i]!;
      if (ENDS.has(tk.t.text) || tk.t.text === ':') return null;
      if (closeOf.has(i)) {
        i = closeOf.get(i)!;
        continue;
      }
      if (tk.t.kind !== 'arabic') continue;
      if (lex.complementizers.has(tk.key) || (i > c + 1 && verbAt(i))) return null;
      const w = tk.key.replace(/(ه|ها|هم|هما)$/, '');
      if (!lex.statementObjects.has(tk.key) && !lex.statementObjects.has(w) && !lex.statementObjects.has(tk.key.replace(/^ال/, ''))) continue;
      const prev = toks[i - 1]!;
      const on = prev.key === 'علي' ? i - 1 : i;
      const before = toks[on - 1]!;
      const opens =
        on === c + 1 ||
        COMMAS.has(before.t.text) ||
        lex.timeWords.has(before.key) ||
        lex.anonymous.has(before.bare.replace(/^ال/, '')) ||
        lex.sourceNouns.has(before.bare.replace(/^ال/, '')) ||
        !!mentionEnding(before.t.end, (x) => x.end === before.t.end && x.kind !== 'demonym');
      if (!opens) return null;
      return { from: i, regionEnd: on, direct: false, closeAt: -1 };
    }
    return null;
  };

  const introducesContent = (c: number, v: CueVerb): boolean => !!(findContent(c, v) ?? findObject(c, v));

  /**
   * (quotes23) A subject that is one definite noun of data/quotes/cues.json describedPersons (الممثلة، القاضي), or that
   * noun and an adjective, with no entity: the latest person named before the cue, within ROLE_REACH sentences, in
   * apposition with the same noun: "الممثلة الإباحية، ستورمي دانييلز" (only definite adjectives between, which hold the
   * subject's adjective if it has one) or "كارين ماكدوغال، العارضة السابقة".
   */
  const describedPerson = (sp: Speaker, cueStart: number, sentence: number): Speaker | null => {
    const words = sp.text!.trim().split(/\s+/).map((w) => stripConj(keyOf(w)));
    // (quotes47) "وندد المحامي الذي طالب ...، ورأى"، "وقال المحامي الذي ترافع عن المتهمين": a relative pronoun after the
    // noun opens a clause about it; the description is the words before it.
    const rel = words.findIndex((w) => RELATIVES.has(w));
    if (rel > 0) words.length = rel;
    if (words.length > 2 || !lex.describedPersons.has(words[0]!)) return null;
    const [head, adjective] = words as [string, string | undefined];
    const from = doc.sentences[Math.max(0, sentence - ROLE_REACH)]?.start ?? 0;
    for (let k = firstStartingAt(mentions, cueStart) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < from) break;
      if (m.end > cueStart || m.kind !== 'name' || m.entity.type !== 'PER') continue;
      const gap = text.slice(Math.max(0, m.start - 80), m.start);
      // The name starts a word of its own (not "لخامنئي" after "الموقع الرسمي").
      if (/\s$/.test(gap)) {
        const before = gap.split(/[.!?؟\n"«»“”()]/).pop()!.trim().replace(/[،,]$/, '').split(/\s+/).map((w) => keyOf(w));
        let n = before.length - 1;
        while (n >= 0 && before[n]!.startsWith('ال') && before[n] !== head && !/[،,]/.test(before[n]!)) n--;
        const adjs = before.slice(n + 1);
        // Without a comma, the noun may be a verb's subject and the name its object ("وهاجمت الطالبة ترامب"): only the
        // name that introduces its person (the entity's first mention) is in apposition.
        const comma = /[،,]\s*$/.test(gap);
        // (quotes32) The body's first: a headline that names the person before ("ملالا تنتقد ...") does not introduce them.
        const firstFrom = (from: number) => m.entity.mentions.reduce((a, x) => (x.start >= from && x.start < a ? x.start : a), Infinity) === m.start;
        const first = firstFrom(0) || (m.start >= doc.bodyStart && firstFrom(doc.bodyStart));
        if (n >= 0 && stripConj(before[n]!) === head && (!adjective || adjs.includes(adjective)) && (comma || first)) return { id: m.entity.id, text: sp.text, anonymous: false };
      }
      const after = text.slice(m.end, m.end + 60).match(/^\s*[،,]\s*(\S+)(?:\s+(\S+))?/);
      if (after && keyOf(after[1]!) === head && (!adjective || keyOf((after[2] ?? '').replace(/[،,]$/, '')) === adjective)) return { id: m.entity.id, text: sp.text, anonymous: false };
    }
    return null;
  };

  /**
   * (quotes23) A subject that opens with a role noun (مبعوث، رئيس، مدير، الأمين ...; not a spokesperson or an official)
   * and that the stage gave to a body with an actor code (the body in the role's genitive): the one person of the article
   * with that actor code whom the article does not title with another role. None, or more than one: the body stays.
   */
  const officerOfBody = (sp: Speaker): Speaker | null => {
    const body = entityById.get(sp.id!);
    // A KB body with an actor code of its own (IGOUNO, USAMIL), not a country's bare code or an unknown body.
    if (!body || body.type !== 'ORG' || !body.actor || body.actor.length <= 3 || !body.kbId || body.kbId.startsWith('x:')) return null;
    const words = sp.text!.trim().split(/\s+/);
    const first = stripConj(keyOf(words[0] ?? '')).replace(/^ال/, '');
    // The body is the role's genitive: its name right after the role (and a role adjective: الأمين العام للأمم المتحدة).
    let w = 1;
    while (w < words.length && lex.roleAdjectives.has(keyOf(words[w]!))) w++;
    const rest = words.slice(w).join(' ');
    const genitive = (t: string) => rest.startsWith(t) || rest.startsWith('ل' + t.replace(/^ال/, 'ل')) || rest.startsWith('ل' + t);
    const named = body.mentions.find((m) => m.kind === 'name' && genitive(m.text.replace(/^ل(?=ل)/, '')));
    if (!named) return null;
    // "رئيس وكالة الأمم المتحدة لتنسيق المساعدات": a genitive after the body's name makes it a unit of the body (the
    // role is its officer's); a place after ل ("مبعوث الأمم المتحدة لسوريا") does not.
    const core = named.text.replace(/^ل(?=ل)/, '').replace(/^ال/, '');
    const next = rest.slice(rest.indexOf(core) + core.length).trim().split(/\s+/)[0] ?? '';
    if (/^ل/.test(next) && !entities.some((e) => e.type === 'LOC' && e.mentions.some((m) => next.slice(1).startsWith(m.text.replace(/^ل/, '').slice(0, 3))))) return null;
    if (first.length < 3 || !lex.personHeads.has('ال' + first) || lex.notOfficerRoles.has(first)) return null;
    let found: Entity | null = null;
    for (const e of entities) {
      if (e.type !== 'PER' || e.actor !== body.actor || !e.kbId || e.kbId.startsWith('x:')) continue;
      const otherRole = e.mentions.some((m) => m.kind === 'title' && stripConj(keyOf(m.text.split(/\s+/)[0] ?? '')).replace(/^ال/, '') !== first);
      if (otherRole) continue;
      if (found) return null;
      found = e;
    }
    return found ? { id: found.id, text: sp.text, anonymous: false } : null;
  };

  /** (quotes24) Where the speaker's words stand: the occurrence of `spText` nearest the cue (within 300 characters). */
  let lastSpeakerSpan: { spText: string; cueSpan: TextSpan; at: [number, number] | null } | null = null;
  const speakerSpan = (spText: string, cueSpan: TextSpan): [number, number] | null => {
    // two checks of one quote ask for the same words (nameOverTitle, knownNameAndWord): found once
    if (lastSpeakerSpan?.spText === spText && lastSpeakerSpan.cueSpan === cueSpan) return lastSpeakerSpan.at;
    const at = nearestSpeakerSpan(spText, cueSpan);
    lastSpeakerSpan = { spText, cueSpan, at };
    return at;
  };
  const nearestSpeakerSpan = (spText: string, cueSpan: TextSpan): [number, number] | null => {
    const t = spText.trim();
    if (!t) return null;
    let best: [number, number] | null = null;
    let bestDist = Infinity;
    for (let at = text.indexOf(t, Math.max(0, cueSpan.start - 300)); at >= 0 && at <= cueSpan.end + 300; at = text.indexOf(t, at + 1)) {
      const d = at >= cueSpan.end ? at - cueSpan.end : Math.max(0, cueSpan.start - (at + t.length));
      if (d < bestDist) {
        best = [at, at + t.length];
        bestDist = d;
      }
    }
    return best;
  };

  /**
   * (quotes27) A speaker "إدارة/حكومة + a person's name" (data/kb/titles13-words.json administrationHeads) given that
   * person: the body of the article whose name mention holds a mention of the same person (the resolver's rule U1 gives
   * the title and name inside إدارة الرئيس الأمريكي دونالد ترامب to Trump too). Null when the article names no such body.
   */
  const administrationOf = (sp: Speaker): Speaker | null => {
    const person = entityById.get(sp.id!);
    if (!person || person.type !== 'PER') return null;
    const words = sp.text!.trim().split(/\s+/);
    if (words.length < 2 || !TITLES13_WORDS.administrationHeads.has(normalize(words[0]!.replace(/^[وف](?=[إا]دار|حكوم)/u, '')))) return null;
    const body = entities.find(
      (e) => e.type === 'ORG' && e.mentions.some((b) => b.kind === 'name' && person.mentions.some((m) => m.start >= b.start && m.end <= b.end && m.end - m.start < b.end - b.start)),
    );
    return body ? { id: body.id, text: sp.text, anonymous: false } : null;
  };

  /**
   * (quotes24) "وزير التجارة الدولية في حكومة بريطانيا ليام فوكس": the speaker went to the entity of a title the resolver
   * gave another holder (Wilbur Ross), while a person's name in apposition at the end of the same words names someone
   * else. The name wins, unless a role or a preposition governs it ("المتحدث باسم الرئيس ترامب", "مستشار الرئيس فلان").
   */
  const nameOverTitle = (sp: Speaker, cueSpan: TextSpan): Speaker | null => {
    const at = speakerSpan(sp.text!, cueSpan);
    if (!at) return null;
    const [s, e] = at;
    const inside = mentions.filter((m) => m.start >= s && m.end <= e);
    if (inside.some((m) => m.entity.id === sp.id && m.kind === 'name') || !inside.some((m) => m.entity.id === sp.id && m.kind === 'title')) return null;
    const tail = text.slice(0, e).replace(/[\s،,"»”]+$/, '').length;
    const name = inside.find((m) => m.kind === 'name' && m.entity.type === 'PER' && m.entity.id !== sp.id && m.end === tail);
    if (!name || governedDirectly(name)) return null;
    // "وزير خارجيتها اتهامات رئيسة الوزراء البريطانية، تيريزا ماي": a name titled in the same words by a title of its
    // own is in apposition with that title (an object here), not with the speaker's.
    if (inside.some((m) => m.entity === name.entity && m.kind === 'title')) return null;
    // "السفيرة التي اتهمت ... لمساعدة الأسد": a name inside a relative clause of the title is not its apposition.
    for (let k = tokenAt(s); k < toks.length && toks[k]!.t.start < name.start; k++) if (RELATIVES.has(toks[k]!.bare)) return null;
    // "وأبلغ الرئيس كبير موظفي البيت الأبيض، جون كيلي": an indefinite noun right after the speaker's title opens another
    // noun phrase (the verb's object); the title's own modifiers are definite (الجمهوري، الدولية) or carry لـ/بـ.
    const title = inside.find((m) => m.entity.id === sp.id && m.kind === 'title')!;
    const nx = tokenAt(title.end - 1) + 1;
    const next = toks[nx];
    if (next && next.t.start < name.start && next.t.kind === 'arabic' && !next.key.startsWith('ال') && !hasPrepClitic(nx) && !/^[لب]/.test(next.key)) return null;
    // "رئيس البرلمان الأوروبي أنتونيو تاجاني" given an unknown entity while the title found the known Tajani: the same
    // person by English surname.
    const holderEn = entityById.get(sp.id!)?.nameEn?.split(/\s+/).pop()?.toLowerCase();
    if (holderEn && name.entity.kbId?.startsWith('x:') && name.entity.nameEn?.split(/\s+/).pop()?.toLowerCase() === holderEn) return null;
    // "الناطق باسم التحالف ... تركب المالكي" (تركي misspelt): a name whose surname the title's holder bears is that
    // holder, written in a way the recognizer did not know.
    const holder = entityById.get(sp.id!);
    const surname = keyOf(name.text.trim().split(/\s+/).pop() ?? '');
    if (holder && [holder.name, ...holder.mentions.filter((m) => m.kind === 'name').map((m) => m.text)].some((t) => t.split(/\s+/).some((w) => keyOf(w) === surname))) return null;
    const i = tokenAt(name.start);
    const before = toks[i - 1];
    if (!before || before.sentence !== toks[i]!.sentence) return null;
    if (before.t.kind === 'arabic' && (lex.personHeads.has(before.bare) || lex.actorHeads.has(before.bare) || lex.actorHeads.has(before.key) || before.key === 'باسم')) return null;
    return { id: name.entity.id, text: sp.text, anonymous: false };
  };

  /** A speaker of one definite noun ("الوزارة", "والمنظمة"): its key with ال and without (null for other speakers). */
  const loneDefiniteNoun = (text: string): { head: string; bare: string } | null => {
    const words = text.trim().split(/\s+/);
    if (words.length !== 1) return null;
    const head = stripConj(keyOf(words[0]!));
    if (!head.startsWith('ال') || head.length < 5) return null;
    return { head, bare: head.slice(2) };
  };

  /**
   * (quotes24) "وأضافت الوزارة"، "وأوضحت الصحيفة"، "عبرت الفيدرالية" with no entity: one definite noun that repeats the
   * head of a body the article named before ("وزارة الخارجية الأمريكية"، "صحيفة ديلي ميل"، "الفيدرالية العربية لحقوق
   * الإنسان") is that body: the latest such mention before the cue, within ROLE_REACH sentences.
   */
  const bodyByHead = (sp: Speaker, cueStart: number, sentence: number): Speaker | null => {
    const noun = loneDefiniteNoun(sp.text!);
    if (!noun) return null;
    const { head, bare } = noun;
    const from = doc.sentences[Math.max(0, sentence - ROLE_REACH)]?.start ?? 0;
    for (let k = firstStartingAt(mentions, cueStart) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < from) break;
      if (m.end > cueStart || m.kind !== 'name' || m.entity.type !== 'ORG') continue;
      // (quotes30) A noun whose own first letter is و (وكالة، وزارة، وحدة) keeps it: stripConj alone read "كالة".
      const firstRaw = keyOf(m.text.trim().split(/\s+/)[0] ?? '');
      const first = firstRaw === head || firstRaw === bare ? firstRaw : stripConj(firstRaw);
      // The name's own first word ("وزارة الخارجية"، "المفوضية السامية"), or the noun written before it ("صحيفة ديلي ميل").
      const i = tokenAt(m.start);
      const prev = i > 0 && toks[i]!.t.start === m.start ? toks[i - 1] : undefined;
      const prevKey = prev && prev.t.kind === 'arabic' ? (prev.key === bare ? bare : stripConj(prev.key)) : '';
      if ((first === head || first === bare) && m.text.trim().includes(' ')) return { id: m.entity.id, text: sp.text, anonymous: false };
      // Only a channel noun (صحيفة، وكالة، قناة ...) or a statement or report ("بيان وزارة الخزانة" then "البيان": its
      // issuer); another noun before a name is its own thing ("نقابة جامعة صنعاء" is not the university).
      // Indefinite only: "على البيان حزب الوسط" names a signatory, not the statement's owner.
      if (prevKey === bare && (lex.channels.has(bare) || lex.nouns.has(bare))) return { id: m.entity.id, text: sp.text, anonymous: false };
      // (quotes36) Another body noun when the body was quoted with it ("قالت هيئة تنظيم الاتصالات" with the name read as
      // "تنظيم الاتصالات" alone, then "وأضافت الهيئة"): the speaker's own words opened with that noun.
      // A body's noun only (cues.json bodyGenders): "وقال القاضي" after "قال قاضي المحكمة العليا" is the judge, not the court.
      // And only for a body the KB lacks (the recognizer's cut name): "نقابة جامعة العاصمة" is not the KB's university.
      const unlinked = !m.entity.kbId || m.entity.kbId.startsWith('x:');
      if (prevKey === bare && unlinked && (lex.feminineBodies.has(head) || lex.masculineBodies.has(head)) && !lex.personHeads.has(head) && quotedWithHead(m.entity.id, head, bare)) return { id: m.entity.id, text: sp.text, anonymous: false };
    }
    return null;
  };
  const quotedWithHead = (id: string, head: string, bare: string): boolean =>
    speakersOf.some((x) => {
      if (x.sp.id !== id || !x.sp.text) return false;
      const w = stripConj(keyOf(x.sp.text.trim().split(/\s+/)[0] ?? ''));
      return w === bare || w === head;
    });

  /**
   * (quotes25) "قالت هيومن رايتس ووتش ... وأضافت المنظمة"، "ذكرت نيويورك تايمز ... وقالت الصحيفة"، "أعلن الحوثيون ...
   * وقالت الجماعة": one definite noun with no entity (bodyByHead found no body the article named with it) is the latest
   * KB body before the cue, within ROLE_REACH sentences, whose KB names open with that noun (منظمة هيومن رايتس ووتش،
   * صحيفة نيويورك تايمز، جماعة الحوثي) though the article named it without it. Not when the window holds a body of that
   * head that no entity covers ("دعت المنظمة الأوروبية للسلامة الجوية"، "منظمة الخوذ البيضاء"): the noun may be that one.
   */
  const bodyByKbHead = (sp: Speaker, cueSpan: TextSpan, sentence: number): Speaker | null => {
    if (!kbNames) return null;
    const noun = loneDefiniteNoun(sp.text!);
    if (!noun) return null;
    const { head, bare } = noun;
    const from = doc.sentences[Math.max(0, sentence - ROLE_REACH)]?.start ?? 0;
    const own = speakerSpan(sp.text!, cueSpan);
    const possessive = new RegExp(`^[لب]?${bare.endsWith('ه') ? bare.slice(0, -1) + 'ت' : bare}(ه|ها|هم|هما)$`);
    // A body of that head the entities lack: the head (indefinite, or definite with a definite word or an لل-complement
    // after it) where no mention covers it.
    for (let i = tokenAt(from); i < toks.length && toks[i]!.t.start < cueSpan.start; i++) {
      const t = toks[i]!;
      if (t.t.kind !== 'arabic' || t.t.start < from || (own && t.t.start >= own[0] && t.t.end <= own[1])) continue;
      const k = t.key === bare ? bare : stripConj(t.key);
      const definite = k === head || k === 'لل' + bare.replace(/^ل/, '') || k === 'بال' + bare;
      // "منظمته غير الحكومية": the noun with a possessive pronoun names a body of its own.
      const possessed = possessive.test(k);
      if (!definite && !possessed && k !== bare && k !== 'ل' + bare && k !== 'ب' + bare) continue;
      const next = toks[i + 1];
      if (definite && !(next && next.sentence === t.sentence && next.t.kind === 'arabic' && /^(ال|لل)/.test(next.key))) continue;
      if (!mentionIn(() => [t.t.start - 2, t.t.end], (m) => m.start <= t.t.start + 2 && m.end >= t.t.end && m.kind !== 'demonym')) return null;
    }
    for (let k = firstStartingAt(mentions, cueSpan.start) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < from) break;
      if (m.end > cueSpan.start || m.kind !== 'name' || m.entity.type !== 'ORG') continue;
      const id = m.entity.kbId;
      if (!id || id.startsWith('x:')) continue;
      const called = (kbNames(id) ?? []).some((n) => {
        const ws = n.trim().split(/\s+/);
        return ws.length > 1 && keyOf(ws[0]!) === bare;
      });
      if (!called) continue;
      // A body named in passing ("الأمين العام السابق للأمم المتحدة") is not what the noun refers back to, unless it spoke.
      if (governed(m) && !speakersOf.some((x) => x.sp.id === m.entity.id && sentence - x.sentence <= ROLE_REACH)) return null;
      return { id: m.entity.id, text: sp.text, anonymous: false };
    }
    return null;
  };

  /**
   * (quotes32) "وقالت المملكة إن ..." with no entity: a state's title named alone (cues.json stateTitleHeads) is the state
   * the article named most before the cue (any mention; ties: the one named last) among those whose KB names include
   * one of two words or more opening with that title, with or without its article (المملكة العربية السعودية، مملكة
   * البحرين). Null when no such state.
   */
  const stateByTitle = (sp: Speaker, cueStart: number): Speaker | null => {
    if (!kbNames) return null;
    const noun = loneDefiniteNoun(sp.text!);
    if (!noun || !lex.stateTitleHeads.has(noun.head)) return null;
    // Mentions before the cue of each state so titled; the one named most wins, ties going to the one named last (a
    // Khashoggi story's "وتؤكد المملكة" is Saudi Arabia though the UK was named just before it).
    const count = new Map<string, { n: number; last: number; id: string }>();
    const titled = new Map<string, boolean>();
    for (let k = firstStartingAt(mentions, cueStart) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      const id = m.entity.kbId;
      if (m.end > cueStart || !id?.startsWith('cty:')) continue;
      let t = titled.get(id);
      if (t === undefined) {
        t = (kbNames(id) ?? []).some((n) => {
          const ws = n.trim().split(/\s+/);
          return ws.length > 1 && (keyOf(ws[0]!) === noun.head || keyOf(ws[0]!) === noun.bare);
        });
        titled.set(id, t);
      }
      if (!t) continue;
      const c = count.get(id) ?? { n: 0, last: m.start, id: m.entity.id };
      c.n++;
      count.set(id, c);
    }
    let best: { n: number; last: number; id: string } | null = null;
    for (const c of count.values()) if (!best || c.n > best.n || (c.n === best.n && c.last > best.last)) best = c;
    return best ? { id: best.id, text: sp.text, anonymous: false } : null;
  };

  /**
   * (quotes28) "وأعلنت الحكومة أن ..." with no entity (no body of that head named before, in the article or the KB): a
   * government named alone is the story's state's, as "الحكومة اليونانية" speaks as Greece (quotes7): the one state
   * whose places the sentence names after في, else the state the article names most (src/core/story-state.ts, the
   * event stage's choice for its bare organs). Only when the article names that country itself (its entity is the
   * speaker), and only for storyStateHeads (data/quotes/cues.json): an unqualified السلطات stays anonymous (the gold's
   * convention), and a bare الشرطة or الجيش is a body of its own ("Croatian police") that the entities lack.
   */
  let statePlaces: StatePlace[] | undefined;
  let storyDominant: string | null | undefined;
  const storyStateOrgan = (sp: Speaker, sentence: number): Speaker | null => {
    const noun = loneDefiniteNoun(sp.text!);
    if (!noun || !lex.storyStateHeads.has(noun.head)) return null;
    if (!statePlaces) statePlaces = statePlacesOf(doc, entities);
    const places = statePlaces;
    const state = stateOfSentence(places, sentence, () => (storyDominant !== undefined ? storyDominant : (storyDominant = dominantState(places))));
    const country = state ? countryEntity.get(state) : undefined;
    return country ? { id: country.id, text: sp.text, anonymous: false } : null;
  };

  /**
   * (quotes30) "أعلنت الحكومة اليونانية"، "قالت حكومة فنلندا": a government the KB lacks (an x: body the resolver named
   * from the head and the state, actor <ISO>GOV) speaks as its state, as a government named alone does (storyStateOrgan)
   * and as the gold names it ("Greece"); a government the KB has (org:german-government) stays that body.
   */
  const governmentAsState = (sp: Speaker): Speaker | null => {
    const e = entityById.get(sp.id!);
    if (!e || e.type !== 'ORG' || !e.country || !e.kbId?.startsWith('x:') || e.actor !== `${e.country}GOV`) return null;
    const first = keyOf(e.name.trim().split(/\s+/)[0] ?? '');
    if (!lex.storyStateHeads.has(first) && !lex.storyStateHeads.has(keyOf('ال' + first))) return null;
    const state = countryEntity.get(e.country);
    return state ? { id: state.id, text: sp.text, anonymous: false } : null;
  };

  /** (quotes24) An entity of the resolver's own (x:) that the article names only by one word ("المفوضية", "المجلس"). */
  const bareUnknown = (id: string): boolean => {
    const e = entityById.get(id);
    return !!e && e.type === 'ORG' && (!e.kbId || e.kbId.startsWith('x:')) && e.mentions.every((m) => !/\s/.test(m.text.trim()));
  };

  /**
   * (quotes24) The speaker is an unknown person (x:) whose mention near the cue is the name of a known person of the
   * article and one word more, which the recognizer read into the name: an adverb or a weekday ("ترامب حينئذ", "قال
   * هادي الخميس إن"). The known person speaks.
   */
  const knownNameAndWord = (sp: Speaker, cueSpan: TextSpan): Speaker | null => {
    const e = entityById.get(sp.id!);
    if (!e || e.type !== 'PER' || (e.kbId && !e.kbId.startsWith('x:'))) return null;
    const at = speakerSpan(sp.text!, cueSpan);
    if (!at) return null;
    const m = mentions.find((x) => x.entity === e && x.kind === 'name' && x.start >= at[0] && x.end <= at[1]);
    if (!m) return null;
    const words = m.text.trim().split(/\s+/);
    if (words.length < 2) return null;
    const lead = words.slice(0, -1).join(' ');
    // Only a word that is no name: a time word, a preposition, or a word with the clitic لـ ("لموراليس": to Morales).
    // "روبين رايت" (Robin Wright) or "ميغان ماكين" are a given name and a surname, not Rubio or anyone else.
    const last = words[words.length - 1]!;
    const k = keyOf(last);
    if (!(lex.timeWords.has(k) || SEGMENT_PREPOSITIONS.has(k) || k === 'علي' || k === 'في' || (/^ل[^ل]/.test(last) && last.length > 4))) return null;
    for (const other of entities) {
      if (other === e || other.type !== 'PER' || !other.kbId || other.kbId.startsWith('x:')) continue;
      if (other.mentions.some((x) => x.kind === 'name' && x.text.trim() === lead)) return { id: other.id, text: sp.text, anonymous: false };
    }
    return null;
  };

  const emit = (cueSpan: TextSpan, sp: Speaker | null, via: string | null, direct: boolean, a: number, b: number, sentence: number): Quote | null => {
    if (linkLines.length && inLinkLine(cueSpan.start)) return null;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /[\s،,؛;.:\-–]/.test(text[b - 1]!)) b--;
    if (b - a < 2) return null;
    if (quoteSpans.some(a, b, (q) => q.start < b && a < q.end)) return null;
    // (quotes27) "وأبلغت إدارة ترامب"، "قالت حكومة ماي": a holder's administration is the body whose name in the article
    // holds that person's mention (إدارة الرئيس الأمريكي دونالد ترامب), not the person.
    if (sp?.id && sp.text) sp = administrationOf(sp) ?? sp;
    // "وقالت الوزارة"، "كانت الرئاسة قالت": a feminine verb does not have a man the resolver titled as one for its subject.
    if (sp?.id && feminineCue(cueSpan.text) && masculineByTitle(sp.id)) sp = { id: null, text: sp.text, anonymous: false };
    // "وأشارت سكريبال" after "قالت يوليا سكريبال": a surname alone with a feminine verb is the woman of that surname the
    // article quoted with a feminine verb before, not a namesake who never spoke so.
    if (sp?.id && sp.text && !/\s/.test(sp.text.trim()) && feminineCue(cueSpan.text)) sp = { ...sp, id: womanBySurname(sp.id, sp.text) };
    // (quotes23) "تزعم الممثلة أنها ..." after "الممثلة الإباحية، ستورمي دانييلز": a definite description the speaker has no
    // entity for is the person the article named with that word just before.
    if (sp && !sp.id && !sp.anonymous && sp.text) sp = describedPerson(sp, cueSpan.start, sentence) ?? sp;
    // (quotes23) "قال مبعوث الأمم المتحدة إلى سوريا" in an article that names de Mistura: an officer of a body is the one
    // person of the article who belongs to that body.
    if (sp?.id && sp.text) sp = officerOfBody(sp) ?? sp;
    // (quotes24) A title given another holder while the name in apposition names the speaker.
    if (sp?.id && sp.text && /\s/.test(sp.text.trim())) sp = nameOverTitle(sp, cueSpan) ?? sp;
    // (quotes24) A bare definite body noun the resolver left without an entity, or gave an unknown entity of its own
    // (an x: entity named by that one word only): the body the article named with it.
    if (sp && !sp.anonymous && sp.text && (!sp.id || bareUnknown(sp.id))) sp = bodyByHead(sp, cueSpan.start, sentence) ?? sp;
    // (quotes25) The same noun for a KB body the article named without it: the KB's names hold it.
    if (sp && !sp.anonymous && sp.text && (!sp.id || bareUnknown(sp.id))) sp = bodyByKbHead(sp, cueSpan, sentence) ?? sp;
    // (quotes32) "وقالت المملكة" with no entity: the state last named by a name that opens with that title.
    if (sp && !sp.anonymous && sp.text && !sp.id) sp = stateByTitle(sp, cueSpan.start) ?? sp;
    // (quotes28) "وقالت الحكومة" with no body of that head: the story's state, when its places make it clear.
    if (sp && !sp.anonymous && sp.text && !sp.id) sp = storyStateOrgan(sp, sentence) ?? sp;
    // (quotes30) A government the KB lacks, named with its state: that state.
    if (sp?.id) sp = governmentAsState(sp) ?? sp;
    // (quotes24) "ترامب حينئذ"، "هادي الخميس": an unknown person whose name is a known person's name and one word more.
    if (sp?.id && sp.text) sp = knownNameAndWord(sp, cueSpan) ?? sp;
    const q: Quote = {
      speaker: sp?.id ?? null,
      speakerText: sp?.text ?? null,
      cue: cueSpan,
      via,
      direct,
      start: a,
      end: b,
      text: text.slice(a, b),
    };
    quotes.push(q);
    quoteSpans.add(q);
    if (teaserLines.length && inTeaserLine(cueSpan.start)) return q;
    speakersOf.push({ q, sp: sp ?? { id: null, text: null, anonymous: false }, sentence });
    noteCarry(speakersOf.length - 1);
    return q;
  };

  function firstTokOfSentence(i: number): number {
    return sentFirst[i]!;
  }

  /** A speaker placed before its verb: "وكان الوزير قد قال", "لكن الوزير شدد", "الرئيس قال". */
  /** "المجتمع الدولي"، "الأسرة الدولية"، "(جميع|كافة) الأطراف": whom a call is addressed to, not who calls. */
  const addresseeAt = (i: number): boolean => {
    const w = word(i);
    const n = word(i + 1);
    if ((w === 'المجتمع' || w === 'الاسره') && /^الدولي/.test(n)) return true;
    return w === 'الاطراف' || ((w === 'جميع' || w === 'كافه') && n === 'الاطراف');
  };

  /** A verb in the plural: past -وا (أعربوا، قالوا), present -ون (يقولون). */
  const pluralVerb = (c: number): boolean => {
    const w = toks[c]!.bare;
    return /وا$/.test(w) || /^[يت].*ون$/.test(w) || dualVerb(w);
  };
  /**
   * (quotes36) A cue in the dual (قالا، أكدتا، يقولان): the form with its dual ending taken off is a singular form of the
   * same verb (قال، أكدت، يقول). "ثم عرض الوالدان على ابنهما ...، وقالا له" was the son's, carried.
   */
  const dualVerb = (w: string): boolean => {
    const v = lex.verbs.get(w);
    // "وصفها، اتهمها": an object pronoun ها, no dual ending.
    if (!v || v.form === 'participle' || /ها$/.test(w)) return false;
    const stems = v.form === 'past' ? [w.replace(/ا$/, ''), w.replace(/تا$/, 'ت')] : [w.replace(/ان$/, '')];
    return stems.some((s) => s !== w && s.length >= 3 && lex.verbs.get(s)?.lemma === v.lemma && lex.verbs.get(s)?.form === v.form);
  };

  /**
   * (quotes13) A plural participle (قائلين، مؤكدين، مشيرات) whose speaker is one person not named in its sentence, or a body that only a preposition
   * names first in its sentence ("عبر مواقع فيسبوك وتويتر"): not that speaker's words.
   */
  const groupParticiple = (c: number, speakerId: string): boolean => {
    if (!/(ين|ات)$/.test(toks[c]!.bare)) return false;
    const sent = doc.sentences[toks[c]!.sentence];
    // One person named in the participle's own sentence is one of the group ("أكد السيسي ونظيره بوتين ...، مشيرين").
    if (entityById.get(speakerId)?.type === 'PER') return !sent || !mentionIn(() => [sent.start, toks[c]!.t.start], (m) => m.entity.id === speakerId && m.start >= sent.start && m.start < toks[c]!.t.start);
    const first = sent ? firstActorIn(sent.start, toks[c]!.t.start) : null;
    return !!first && first.entity.id === speakerId && governed(first);
  };

  /** "السلطات الصحية التابعة للمعارضة السورية": a word before offset `at` ties what follows to another body (لـ، التابعة). */
  const tiedBefore = (a: number, at: number): boolean => {
    for (let k = a + 1; k < toks.length && toks[k]!.t.start < at; k++) {
      const w = word(k);
      if (w === 'التابعه' || w === 'التابع' || (toks[k]!.t.kind === 'arabic' && /^لل/.test(toks[k]!.key))) return true;
    }
    return false;
  };

  /** A word that heads a speaker's noun phrase: a title, office, anonymous source, or a person's or body's name. */
  const actorHeadAt = (i: number): boolean => {
    const tk = toks[i];
    if (!tk) return false;
    return lex.actorHeads.has(tk.key) || lex.actorHeads.has(tk.bare) || lex.personHeads.has(tk.bare) || lex.anonymous.has(tk.bare) || actorAt.has(startOfWord(i)) || actorAt.has(tk.t.start);
  };

  /** The person or body whose name ends right before the relative pronoun at token r ("جمانة غنيمات التي"). */
  /**
   * (quotes47) "احتجاجا على استراتيجية ماي التي قال إنها"، "الرئيس الذي قالت الصحيفة إنه": a singular relative pronoun
   * agrees with its antecedent (الذي masculine, التي feminine), and a verb right after it whose gender differs has
   * another subject, not the antecedent (the main clause's, or one after the verb). A verb with an object pronoun is
   * left to resumptiveObject.
   */
  const relativeDisagrees = (r: number): boolean => {
    const pron = toks[r]?.bare === 'التي' ? 'f' : toks[r]?.bare === 'الذي' || toks[r]?.bare === 'الذى' ? 'm' : null;
    const v = verbAt(r + 1);
    if (!pron || !v || toks[r + 1]!.t.kind !== 'arabic' || doc.segment(r + 1).enclitic) return false;
    // "تغريدة ترامب التي قال فيها"، "تصريحات X التي قال فيها": the pronoun resumes a statement noun whose owner speaks
    // (the antecedent rules read that owner).
    const n = toks[r + 2];
    if (n && (IN_IT.has(n.key) || /^(عن|من|ب|ل)(ه|ها)$/.test(n.key))) return false;
    const g = cueGender(toks[r + 1]!.bare, v.form);
    return !!g && g !== pron;
  };

  const relativeAntecedent = (r: number): Speaker | null => {
    if (r < 1 || !RELATIVES.has(toks[r]!.bare) || relativeDisagrees(r)) return null;
    // (quotes17) "نتانياهو، الذي اعتبر": a comma may stand between the name and the relative pronoun.
    const k = COMMAS.has(toks[r - 1]!.t.text) && r >= 2 ? r - 2 : r - 1;
    const end = toks[k]!.t.end;
    let m = mentionEnding(end, (x) => x.end === end && x.kind !== 'demonym' && (x.entity.type === 'PER' || x.entity.type === 'ORG'));
    // (quotes34) "وكالة الأنباء السعودية "واس"، التي أشارت": a quoted short name between the body and the pronoun.
    if (!m && k >= 1 && toks[k]!.t.kind === 'punct' && /["»”]/.test(toks[k]!.t.text)) {
      const inner = toks[k - 1]!.t.end;
      m = mentionEnding(inner, (x) => x.end === inner && x.kind !== 'demonym' && (x.entity.type === 'PER' || x.entity.type === 'ORG'));
    }
    return m ? { id: m.entity.id, text: m.text, anonymous: false } : null;
  };

  /**
   * (quotes44) "وزير الخارجية البريطاني، بوريس جونسون، والذي قال إن": a relative pronoun with و (والذي، والتي) after a
   * comma opens a relative clause of the name before the comma, as the bare pronoun does; its subjectless verb is that
   * person's or body's, not the main clause's subject (the sentence's first name). Only a name that ends right before
   * the comma (no quoted channel name: "في لقاء مع شبكة "بي إف إم تي في"، والذي قال" is the interview's), that no
   * preposition governs ("القدرة على التحمل لدى ترامب، والتي وصفت"), and not after الذين (a plural: "بعض داعميه في
   * واشنطن، والذين يرون"). Null otherwise, and the rules before this one stand.
   */
  const joinedAntecedent = (r: number): Speaker | null => {
    const tk = toks[r];
    if (!tk || r < 2 || tk.key === tk.bare || !tk.key.startsWith('و') || !['الذي', 'الذى', 'التي'].includes(tk.bare) || relativeDisagrees(r)) return null;
    if (!COMMAS.has(toks[r - 1]!.t.text) || toks[r - 2]!.t.kind !== 'arabic' || toks[r - 2]!.sentence !== tk.sentence) return null;
    const end = toks[r - 2]!.t.end;
    const m = mentionEnding(end, (x) => x.end === end && x.kind !== 'demonym' && (x.entity.type === 'PER' || x.entity.type === 'ORG'));
    return m && !governedDirectly(m) ? { id: m.entity.id, text: m.text, anonymous: false } : null;
  };

  /**
   * (quotes34) "فلان الذي وصفته"، "الفصائل التي اتهمها"، "الناشطين الذين وصفهم": the cue at c, right after a relative
   * pronoun, carries an object pronoun that agrees with it (a resumptive pronoun), so the relative's antecedent is the
   * verb's object, not its subject.
   */
  const resumptiveObject = (c: number): boolean => {
    const r = toks[c - 1]?.bare ?? '';
    const enc = toks[c]?.t.kind === 'arabic' ? doc.segment(c).enclitic : null;
    if (!enc || !RELATIVES.has(r)) return false;
    return RESUMPTIVE[r] === enc;
  };
  /**
   * (quotes34) "حجة المسؤولين الذين قالوا إن": an unnamed source noun (data/quotes/cues.json `anonymous`, with or without
   * its article) right before the relative pronoun at r (a comma may stand between) is the subject the clause describes.
   */
  const sourceAntecedent = (r: number): Speaker | null => {
    if (r < 1 || !RELATIVES.has(toks[r]!.bare) || relativeDisagrees(r)) return null;
    const k = COMMAS.has(toks[r - 1]!.t.text) && r >= 2 ? r - 2 : r - 1;
    const tk = toks[k]!;
    if (tk.t.kind !== 'arabic' || tk.sentence !== toks[r]!.sentence || tk.key !== tk.bare) return null;
    if (!tk.bare.startsWith('ال') || !lex.anonymous.has(tk.bare.slice(2))) return null;
    return { id: null, text: tk.t.text, anonymous: true };
  };

  /**
   * (quotes17) "جون بولتون الذي دعا كوريا الشمالية إلى ..."، "نتانياهو، الذي اعتبر الحركة "منظمة إرهابية"": a cue right after a
   * relative pronoun that follows a person or body, whose content is an object or a preposition's phrase (no complementizer
   * or colon before it), has that person or body for subject; the noun phrase after the verb is its object. ("الذي قالت
   * الشرطة إنه" keeps its own subject.) Null otherwise.
   */
  const relativeSpeaker = (c: number, content: Content, subjectStart: number): Speaker | null => {
    if (subjectStart < 0 || !RELATIVES.has(toks[c - 1]?.bare ?? '') || toks[c]!.key !== toks[c]!.bare) return null;
    const before = toks[content.from - 1];
    if (before && (lex.complementizers.has(before.key) || lex.complementizers.has(before.bare) || before.t.text === ':')) return null;
    const w = word(subjectStart);
    if (lex.anonymous.has(w) || lex.anonymous.has(w.replace(/^ال/, '')) || lex.sourceNouns.has(w.replace(/^ال/, '')) || lex.channels.has(w)) return null;
    // "الفهداوي، الذي طالب المحتجون برحيله": a definite plural in -ون after the verb is its own subject.
    if (w.startsWith('ال') && w.endsWith('ون')) return null;
    return relativeAntecedent(c - 1);
  };

  /** (quotes13) "يذكر أن إسرائيل كانت قد أعلنت"، "ذلك أن كوريا الشمالية كانت أعلنت": a name ending right before كان (قد). */
  const subjectBeforeKan = (c: number): Speaker | null => {
    const kanAt = toks[c - 1]?.key === 'قد' ? c - 2 : c - 1;
    if (kanAt < 1 || !KAN.has(toks[kanAt]!.key) || toks[kanAt - 1]!.sentence !== toks[c]!.sentence) return null;
    const end = toks[kanAt - 1]!.t.end;
    const m = mentionEnding(end, (x) => x.end === end && x.kind === 'name' && (x.entity.type === 'PER' || x.entity.type === 'ORG' || !!x.entity.kbId?.startsWith('cty:')));
    return m && !governed(m) ? { id: m.entity.id, text: m.text, anonymous: false } : null;
  };

  /**
   * (quotes25) "وكان عباس أبلغ الرئيس الروسي، فلاديمير بوتين، أن"، "وكانت الخارجية أبلغت السفير أن": a sentence that opens
   * with كان, then a person's or body's name, then the verb without قد. The name between كان and the verb is its subject
   * (preSubject reads it), and a person named after the verb is its object, not its subject.
   */
  const kanOpened = (c: number): boolean => {
    let k = firstTokOfSentence(c);
    if (toks[k]!.key === 'و') k++;
    if (!KAN.has(toks[k]!.bare) || c - k < 2 || c - k > MAX_PRESUBJECT_TOKENS) return false;
    for (let j = k + 1; j < c; j++) {
      const t = toks[j]!;
      if (verbAt(j) || ENDS.has(t.t.text) || COMMAS.has(t.t.text) || t.t.text === ':' || OPEN_QUOTES[t.t.text] || closeOf.has(j) || t.key === 'قد') return false;
      if (lex.complementizers.has(t.key) || lex.complementizers.has(t.bare) || RELATIVES.has(t.bare)) return false;
    }
    // The name (or the title of its holder) ends right before the verb: "وكان عباس أدخل للمشفى ... حيث أعلن الأطباء"
    // holds another verb's clause between.
    const end = toks[c - 1]!.t.end;
    const named = mentionEnding(end, (m) => m.kind !== 'demonym' && (m.entity.type === 'PER' || m.entity.type === 'ORG' || !!m.entity.kbId?.startsWith('cty:')));
    return !!named && named.start >= toks[k]!.t.end && !!preSubject(c)?.id;
  };

  /**
   * (quotes42) The token of a person's name that opens a long pre-verbal subject ending at token `end` (exclusive), at
   * or before token i: the name (a PER name mention) stands first in its run (the sentence's first word, or after a
   * connector, لكن/إلا أن or a comma), a title word (cues.json personHeads, with or without the article) follows it
   * right away, and no verb, comma, complementizer or sentence end lies between it and `end`. Null if none.
   */
  const personBeforeTitle = (i: number, end: number): number | null => {
    const first = firstTokOfSentence(end - 1);
    for (let k = i; k >= Math.max(first, i - 8); k--) {
      const t = toks[k]!;
      if (t.t.kind !== 'arabic' || verbAt(k) || ENDS.has(t.t.text) || COMMAS.has(t.t.text) || lex.complementizers.has(t.key)) return null;
      const m = actorAt.get(t.t.start);
      if (!m || m.kind !== 'name' || m.entity.type !== 'PER') continue;
      const p = toks[k - 1];
      if (k !== first && !(p && (lex.connectors.has(p.key) || p.key === 'الا' || p.key === 'لكن' || p.key === 'ولكن' || COMMAS.has(p.t.text)))) return null;
      let j = k;
      while (j < end && toks[j]!.t.end <= m.end) j++;
      // A title, not "the latter" (الأخير is a person's head for the quote stage, not a title after a name).
      if (j >= end || toks[j]!.t.start < m.end || !isTitleHead(toks[j]!.key) || /^الاخير/.test(toks[j]!.key)) return null;
      // No relative or ما before the verb ("نتنياهو الأخيرة ... وما وصفه": the verb is not the name's).
      for (let q = j; q < end; q++) if (verbAt(q) || ENDS.has(toks[q]!.t.text) || COMMAS.has(toks[q]!.t.text) || lex.complementizers.has(toks[q]!.key) || RELATIVES.has(toks[q]!.bare) || toks[q]!.bare === 'ما' || toks[q]!.key === 'ما') return null;
      return k;
    }
    return null;
  };

  /**
   * (quotes47) The subject of the clause that a verb joined by و right after a word continues ("وأصدر أمير الكويت، الشيخ
   * ...، أمرا بحل مجلس الأمة ودعا إلى"، "ثم عرض الوالدان على ابنهما ... وقالا"): the nearest word before c in its
   * sentence that opens a clause (the sentence's first word, or a word with و on it) and has a verb's shape (no article,
   * preposition, particle, name or title), when a person or body is the subject right after it. Null when a
   * complementizer, relative pronoun, colon or quotation lies between (the joined verb is inside a reported or relative
   * clause), or when that clause names no one as subject.
   */
  /**
   * (quotes47) Whether a speaker's words open with an indefinite accusative noun (أمرا، قرارا، رسالة is not one): no
   * article, ending in the alif of the accusative, four letters or more, and not the first word of a name of the speaker's
   * entity (روسيا، أوباما end in alif too).
   */
  const accusativeObject = (sp: Speaker): boolean => {
    const w = (sp.text ?? '').trim().split(/\s+/)[0] ?? '';
    const k = keyOf(w);
    if (k.length < 4 || k.startsWith('ال') || !/[^وت]ا$/.test(k)) return false;
    const e = sp.id ? entityById.get(sp.id) : undefined;
    return !e || !e.mentions.some((m) => keyOf(m.text.split(/\s+/)[0] ?? '') === k);
  };
  const joinedClauseSubject = (c: number): Speaker | null => {
    const first = firstTokOfSentence(c);
    for (let k = c - 1; k >= first; k--) {
      const t = toks[k]!;
      if (ENDS.has(t.t.text) || t.t.text === ':' || closeOf.has(k) || OPEN_QUOTES[t.t.text]) return null;
      if (lex.complementizers.has(t.key) || lex.complementizers.has(t.bare) || RELATIVES.has(t.bare) || RELATIVES.has(t.key)) return null;
      // "لكن بيونغيانغ كانت ترفض وتؤكد": a contrast or كان opens a clause of its own between.
      if (contrastOpenerAt(k) || KAN.has(t.bare)) return null;
      if (k !== first && !(t.key !== t.bare && t.key.startsWith('و') && !doc.segment(k).enclitic)) continue;
      if (t.t.kind !== 'arabic' || t.bare.length < 3 || t.bare.startsWith('ال') || KAN.has(t.bare) || SEGMENT_PREPOSITIONS.has(t.bare) || hasPrepClitic(k)) {
        if (k === first) return null;
        continue;
      }
      if (lex.clauseParticles.has(t.key) || lex.clauseParticles.has(t.bare) || lex.notSpeakers.has(t.bare) || lex.timeWords.has(t.bare) || isAdverbialStart(k) || actorHeadAt(k) || mentionIn(() => [t.t.start, t.t.end], (x) => x.start < t.t.end && x.end > t.t.start)) {
        if (k === first) return null;
        continue;
      }
      // The clause's verb: a person or body is its subject right after it (time words between).
      let a = k + 1;
      while (a < c && lex.timeWords.has(word(a))) a++;
      if (a >= c) return null;
      const region = readRegion(k + 1, c);
      if (region.subjectStart !== a) return null;
      const sp = speakerFrom(region.subjectStart, region.subjectEnd);
      return sp?.id ? sp : null;
    }
    return null;
  };

  const preSubject = (c: number): Speaker | null => {
    let a = c - 1;
    const framed = a >= 0 && toks[a]!.key === 'قد';
    if (framed) a--;
    const beforeKan = subjectBeforeKan(c);
    if (beforeKan) return beforeKan;
    // (quotes13) "وأكد الوزير أن "مصر لن تتراجع" وقال إن": a quotation that is another quote's content, closing right
    // before the verb, holds reported words, not the verb's subject.
    if (a >= 0 && /^["»”]$/.test(toks[a]!.t.text) && quoteSpans.some(toks[a]!.t.start - 1, toks[a]!.t.start, (q) => q.direct && q.end <= toks[a]!.t.start && q.end >= toks[a]!.t.start - 1)) return null;
    const end = a + 1;
    // (quotes18) "وكانت الدكتورة أماني بلور، مديرة مستشفى بالغوطة، قالت لـCNN"، "وكانت وزارة الخارجية الروسية، قالت إنها":
    // a sentence that opens with كان has the words up to the verb for subject, past the commas of an apposition, when
    // they hold no verb, complementizer, colon or quotation.
    if (!framed && a >= 1) {
      let k = firstTokOfSentence(c);
      if (toks[k]!.key === 'و') k++;
      if (k + 1 <= a && a - k <= 20 && KAN.has(toks[k]!.bare) && COMMAS.has(toks[a]!.t.text)) {
        let plain = true;
        for (let j = k + 1; j <= a && plain; j++) {
          const t = toks[j]!;
          if (verbAt(j) || ENDS.has(t.t.text) || t.t.text === ':' || closeOf.has(j) || OPEN_QUOTES[t.t.text] || lex.complementizers.has(t.key) || lex.complementizers.has(t.bare) || RELATIVES.has(t.bare)) plain = false;
          // "وكانت الأزمة قد اندلعت ..."، "وكانت الجلسة إجرائية، وحدد القاضي": قد, or a word joined by و after a comma, opens
          // a clause of its own (verbs outside the lexicon are not known as verbs here).
          if (t.key === 'قد' || (COMMAS.has(toks[j - 1]!.t.text) && t.t.kind === 'arabic' && t.key !== t.bare && t.key.startsWith('و') && !actorAt.has(startOfWord(j)))) plain = false;
        }
        if (plain && !isAdverbialStart(k + 1)) {
          const region = readRegion(k + 1, a);
          if (region.subjectStart >= 0) {
            const sp = speakerFrom(region.subjectStart, region.subjectEnd);
            // A name the recognizer missed still says the speaker is no one quoted before (a demonstrative is no subject here).
            if (sp && !/^(هذا|هذه|ذلك|تلك)$/.test(word(region.subjectStart))) return sp;
          }
        }
      }
    }
    let i = a;
    // A كان frame bounds the subject, so a long one fits ("وكان رئيس مكتب الأمن القومي في كوريا الجنوبية تشونغ يوي-يونغ قد قال").
    const limit = framed ? MAX_PRESUBJECT_TOKENS + 8 : MAX_PRESUBJECT_TOKENS;
    while (i >= 0 && toks[i]!.sentence === toks[c]!.sentence && !ENDS.has(toks[i]!.t.text) && end - i <= limit) {
      if (COMMAS.has(toks[i]!.t.text) && !framed) break;
      // "اختفاء جمال خاشقجي: الأمين العام للأمم المتحدة يطالب": a topic before a colon is not the subject.
      if (toks[i]!.t.text === ':') break;
      // "ذكرت الوكالة أن الحرس الثوري قال": the subject of قال starts after أن.
      if (i < a && lex.complementizers.has(toks[i]!.key)) break;
      if (framed && (toks[i]!.bare === 'كان' || toks[i]!.bare === 'كانت' || toks[i]!.bare === 'كانوا')) break;
      i--;
    }
    let start = i + 1;
    if (start > a) return null;
    // (quotes42) "لكن مارك لوفتشوك مدير منظمة تنسيق الشؤون الإنسانية في الأمم المتحدة صرح أنه": the window stopped inside
    // a long subject. A person's name further back that opens the run (after a connector or the sentence's start) with
    // a title word right after it heads the subject: the window starts at the name, not inside its title's body.
    if (!framed && end - i > limit && i >= 0) start = personBeforeTitle(i, end) ?? start;
    const k0 = toks[Math.max(i, 0)]!;
    let kanFrame = i >= 0 && (k0.bare === 'كان' || k0.bare === 'كانت' || k0.bare === 'كانوا');
    // (quotes47) "يشار إلى أن الرئيس الأمريكي دونالد ترامب قد قال إنه"، "ذكرت الوكالة أن الحرس الثوري قد أعلن": after a
    // complementizer, a name and قد before the verb are its subject as in a كان frame (the nominal clause أن opens).
    const afterAnna = framed && i >= 0 && i < a && lex.complementizers.has(toks[i]!.key);
    if (framed && !kanFrame && !afterAnna) return null;
    // Leading connectors and complementizers: "لكن الوزير"، "إلا أن زاخيم".
    while (start < end && (lex.connectors.has(toks[start]!.key) || toks[start]!.key === 'الا' || lex.complementizers.has(toks[start]!.key) || COMMAS.has(toks[start]!.t.text))) start++;
    // "وكانت السلطات قالت إن": a كان frame without قد, at the start of the run.
    if (!framed && start < end - 1 && KAN.has(toks[start]!.bare)) {
      start++;
      kanFrame = true;
    }
    if (start >= end) return null;
    if (isAdverbialStart(start) || verbAt(start)) return null;
    for (let k = start; k < end; k++) if (verbAt(k) || ENDS.has(toks[k]!.t.text)) return null;
    const s = startOfWord(start);
    const ent = entityIn(s, toks[end - 1]!.t.end);
    // Without a name, only a كان frame makes sure the words before the verb are its subject.
    if (!ent && mentions.length > 0 && !kanFrame) return null;
    if (!ent && !kanFrame && end - start > 4) return null;
    // Without a كان frame, the word before the verb must look like a noun phrase's end, not a verb's object.
    if (!ent && !kanFrame && start !== firstTokOfSentence(c) && !COMMAS.has(toks[start - 1]!.t.text) && !lex.connectors.has(toks[start - 1]!.key) && toks[start - 1]!.key !== 'الا' && !lex.complementizers.has(toks[start - 1]!.key)) return null;
    const region = readRegion(start, end);
    if (region.subjectStart < 0) return null;
    return speakerFrom(region.subjectStart, region.subjectEnd);
  };

  /** The subject of sentence s (the noun phrase after its first verb), before token `before`. */
  /** (quotes17) The speakers subjectOfSentence made from a mention that only a preposition governs. */
  const governedSubjects = new WeakSet<Speaker>();
  const subjectOfSentence = (s: number, before: number, actorOnly: boolean): Speaker | null => {
    const sent = doc.sentences[s];
    if (!sent) return null;
    const place = openingPlace(s, before);
    if (place) return place;
    const contrast = contrastOpener(s, before);
    if (contrast) return contrast;
    const lead = sourceAfterVerb(s, before);
    if (lead) return lead;
    let governedOnly: MentionRef | null = null;
    if (mentions.length > 0) {
      const m = firstActorIn(sent.start, Math.min(sent.end, before));
      if (m && !governed(m)) return { id: m.entity.id, text: m.text, anonymous: false };
      // (quotes13) "رفضت فتاة سعودية، يحمل حسابها بتويتر اسم ...، قائلة": when the only name is a preposition's object,
      // an indefinite noun phrase right after the verb is the subject (an unnamed one); else that name stands.
      if (m) governedOnly = m;
      // No name: the subject noun phrase ("واستنفر الوزير التركي ...") may still name someone already met.
    }
    const named = (): Speaker | null => {
      if (!governedOnly) return null;
      const sp = { id: governedOnly.entity.id, text: governedOnly.text, anonymous: false };
      // A person only right after a preposition (لمولر، مع ترامب): after a clitic ب the name as often begins with ب read
      // as the clitic (برايس، بابين), and the owner of a statement noun speaks ("وجاء في مذكرات خلخالي ...").
      const i = tokenAt(governedOnly.start);
      const lead = text.slice(toks[i]!.t.start, governedOnly.start);
      const prepBefore = ['في', 'علي', ...SEGMENT_PREPOSITIONS].includes(toks[i - 1]?.key ?? '');
      if (governedOnly.entity.type !== 'PER' || /^و?ل$/.test(lead) || (!lead && prepBefore)) governedSubjects.add(sp);
      return sp;
    };
    if (governedOnly) {
      const unnamed = indefiniteSubjectAfterVerb(s, before);
      return unnamed ?? named();
    }
    let a = firstTokOf[s] ?? -1;
    if (a < 0) return null;
    let end = a;
    while (end < toks.length && toks[end]!.sentence === s && toks[end]!.t.start < before) end++;
    // A dateline "باريس، فرنسا (CNN)-- ...": the sentence starts after the dashes.
    for (let k = a; k < Math.min(end, a + 10); k++)
      if (toks[k]!.t.text === '-' && toks[k + 1]?.t.text === '-') {
        a = k + 2;
        break;
      }
    if (a >= end) return null;
    if (isAdverbialStart(a) || lex.connectors.has(toks[a]!.key)) {
      while (a < end && !COMMAS.has(toks[a]!.t.text)) a++;
      a++;
    }
    if (a >= end) return null;
    a++; // the verb (or كان)
    if (a >= end || verbAt(a)) return null;
    const region = readRegion(a, end);
    if (region.subjectStart < 0) return null;
    const head = toks[region.subjectStart]!;
    const actorHead = lex.actorHeads.has(head.key) || lex.actorHeads.has(head.bare) || lex.personHeads.has(head.bare) || lex.anonymous.has(head.bare);
    // With entities known and none named here, only a title or office can still point at someone.
    if (actorOnly && !actorHead) return null;
    let e = region.subjectEnd;
    // A verb's object may follow its subject without a comma: keep the subject short.
    if (e - region.subjectStart > MAX_APPOSITION_TOKENS) e = region.subjectStart + MAX_APPOSITION_TOKENS;
    return speakerFrom(region.subjectStart, e);
  };

  /**
   * (quotes17) "وأكد المصدر، مقتل وجرح أعداد كبيرة في صفوف المليشيات الحوثية": a sentence that opens with a verb of saying
   * (after an opening adverbial up to its comma) whose subject right after it is an unnamed source (مصدر، المصدر، مسؤولون،
   * شهود) has that unnamed subject, not a name met later in its object or complement. Null when the subject is anything
   * else or names a person.
   */
  const sourceAfterVerb = (s: number, before: number): Speaker | null => {
    let a = firstTokOf[s] ?? -1;
    if (a < 0) return null;
    if (isAdverbialStart(a) || lex.connectors.has(toks[a]!.key)) {
      a = pastOpeningComma(a, s, 20);
      if (a < 0) return null;
    }
    const v = verbAt(a);
    const n = a + 1;
    if (!v || v.form === 'participle' || !toks[n] || toks[n]!.sentence !== s || toks[n]!.t.start >= before || toks[n]!.t.kind !== 'arabic') return null;
    if (mentionStarts.has(toks[n]!.t.start) || mentionStarts.has(startOfWord(n))) return null;
    const w = word(n);
    const indefinite = w.startsWith('ال') ? w.slice(2) : w;
    if (!lex.anonymous.has(w) && !lex.anonymous.has(indefinite)) return null;
    let end = n;
    while (end < toks.length && toks[end]!.sentence === s && toks[end]!.t.start < before) end++;
    const region = readRegion(n, end);
    if (region.subjectStart !== n) return null;
    // "وأكد ممثل السودان الدائم لدى الأمم المتحدة السفير عمر دهب": a person named in the subject phrase speaks, as the
    // first name of the sentence does already.
    for (let k = n + 1; k < Math.min(end, n + 10) && !verbAt(k); k++) if (actorAt.get(startOfWord(k))?.entity.type === 'PER' || actorAt.get(toks[k]!.t.start)?.entity.type === 'PER') return null;
    const sp = speakerFrom(n, Math.min(region.subjectEnd, n + MAX_APPOSITION_TOKENS));
    if (!sp || sp.id) return null;
    // The words as written: the noun and its adjectives (مصادر عسكرية يمنية), not the object after them; a spokesperson
    // keeps the body it speaks for (متحدث باسم الشركة).
    if (word(n + 1) === 'باسم') return { id: null, text: sp.text, anonymous: true };
    let e = n + 1;
    while (e < region.subjectEnd && e - n < 4 && toks[e]!.t.kind === 'arabic' && !RELATIVES.has(word(e)) && /ي$|يه$|يون$|يين$/.test(word(e))) e++;
    return { id: null, text: text.slice(startOfWord(n), toks[e - 1]!.t.end), anonymous: true };
  };

  /** The token after the comma closing an opening clause of sentence s that starts at token a (the comma within `limit` tokens), or -1. */
  const pastOpeningComma = (a: number, s: number, limit: number): number => {
    let k = a;
    while (k < toks.length && toks[k]!.sentence === s && k - a < limit && !COMMAS.has(toks[k]!.t.text)) k++;
    return COMMAS.has(toks[k]?.t.text ?? '') ? k + 1 : -1;
  };

  /**
   * (quotes13) The indefinite noun phrase right after sentence s's first verb (past tense, after an opening adverbial
   * up to its comma), as an unnamed speaker: "بالمقابل، رفضت فتاة سعودية ..." → فتاة سعودية. Null when that word is
   * definite, a name, a preposition or anything but a plain noun.
   */
  const indefiniteSubjectAfterVerb = (s: number, before: number): Speaker | null => {
    let a = firstTokOf[s] ?? -1;
    if (a < 0) return null;
    // An opening adverbial up to its comma ("بالمقابل،"، "من جهتها،"، "وفي الأثناء،").
    const shortOpener = [1, 2, 3].some((d) => COMMAS.has(toks[a + d]?.t.text ?? '') && toks[a + d]!.sentence === s);
    if (isAdverbialStart(a) || lex.connectors.has(toks[a]!.key) || shortOpener) {
      a = pastOpeningComma(a, s, 8);
      if (a < 0) return null;
    }
    const v = toks[a];
    const n = toks[a + 1];
    if (!v || !n || n.sentence !== s || n.t.start >= before || v.t.kind !== 'arabic' || n.t.kind !== 'arabic') return null;
    // A past verb (رفضت، أكد): not a noun, a preposition or a name.
    if (v.bare.startsWith('ال') || mentionStarts.has(v.t.start) || mentionStarts.has(startOfWord(a)) || !/^[\u0621-\u064a]{3,6}$/.test(v.bare)) return null;
    if (!verbAt(a) && !/ت$/.test(v.bare)) return null;
    const w = n.key;
    if (w.startsWith('ال') || doc.segment(a + 1).proclitics.length > 0 || hasPrepClitic(a + 1) || verbAt(a + 1) || SEGMENT_PREPOSITIONS.has(w) || ['في', 'علي', 'عن', 'الي', 'ان', 'انه', 'انها'].includes(w)) return null;
    if (mentionIn(() => [n.t.start, n.t.end], (m) => m.start >= n.t.start && m.start < n.t.end)) return null;
    if (!lex.anonymous.has(w) && !/(ه|ة)$/.test(n.t.text) && !/(ون|ين)$/.test(w) && !lex.personHeads.has('ال' + w)) return null;
    let e = a + 2;
    while (e < toks.length && toks[e]!.sentence === s && e - a < 4 && toks[e]!.t.kind === 'arabic' && /ي$|يه$|ية$|يون$|يين$/.test(toks[e]!.bare)) e++;
    return { id: null, text: text.slice(n.t.start, toks[e - 1]!.t.end), anonymous: true };
  };

  /**
   * (quotes21) "ونفت الفصائل المعارضة مشاركتها ...، مؤكدة": the definite noun phrase no mention covers right after the
   * sentence's opening verb, when that verb agrees with participle c; an unnamed subject (the speakerText).
   */
  const definiteSubjectAfterVerb = (s: number, c: number): Speaker | null => {
    const a = firstTokOf[s] ?? -1;
    const v = a >= 0 ? verbAt(a) : null;
    if (!v || v.form === 'participle' || cueGender(toks[a]!.bare, v.form) !== cueGender(toks[c]!.key, 'participle')) return null;
    let e = a + 1;
    const isNoun = (k: number) => {
      const tk = toks[k];
      return !!tk && k < c && tk.sentence === s && tk.t.kind === 'arabic' && tk.key.startsWith('ال') && !verbAt(k) && !lex.timeWords.has(tk.key) && !actorAt.has(tk.t.start) && !mentionStarts.has(tk.t.start);
    };
    while (isNoun(e) && e - a <= 3) e++;
    if (e === a + 1) return null;
    return { id: null, text: text.slice(toks[a + 1]!.t.start, toks[e - 1]!.t.end), anonymous: true };
  };

  /**
   * (quotes34) "ووجهت المحامية رسالة ..."، "وبعث الناشط برسالة ...": the sentence opens with a past verb that is no cue
   * (و/ف on it; feminine in ت exactly when participle c is) and a definite noun phrase no mention covers (up to two
   * words); that phrase, an unnamed subject.
   */
  const definiteAfterOpeningVerb = (s: number, c: number): Speaker | null => {
    const a = firstTokOf[s] ?? -1;
    const v = toks[a];
    const n = toks[a + 1];
    if (!v || !n || a + 1 >= c || n.sentence !== s || v.t.kind !== 'arabic' || n.t.kind !== 'arabic' || verbAt(a)) return null;
    const gender = cueGender(toks[c]!.key, 'participle');
    if (!gender || v.key === v.bare || !/^[وف]/.test(v.key) || v.bare.startsWith('ال') || mentionStarts.has(v.t.start) || mentionStarts.has(startOfWord(a))) return null;
    const stem = v.bare;
    if (!/^[\u0621-\u064a]{3,5}$/.test(stem) || (gender === 'f') !== (stem.endsWith('ت') && stem.length >= 4)) return null;
    if (!n.bare.startsWith('ال') || n.key !== n.bare || actorAt.has(n.t.start) || mentionStarts.has(n.t.start) || lex.timeWords.has(n.key)) return null;
    let e = a + 2;
    const m = toks[e];
    if (m && e < c && m.sentence === s && m.t.kind === 'arabic' && m.key === m.bare && m.bare.startsWith('ال') && /ي(ة|ه)?$/.test(m.bare) && !mentionStarts.has(m.t.start)) e++;
    return { id: null, text: text.slice(n.t.start, toks[e - 1]!.t.end), anonymous: true };
  };

  /**
   * Subject-verb order: the sentence opens with exactly one person's or body's name, right before a verb
   * without و ("ماكرون يصف ...", "الكرملين يقول ..."); what follows the verb is its object. Returns the
   * name's first token, else -1.
   */
  const svoSubject = (c: number): number => {
    const first = firstTokOfSentence(c);
    if (c === first || toks[c]!.key !== toks[c]!.bare || c - first > 4) return -1;
    for (let k = first; k < c; k++) if (toks[k]!.t.kind !== 'arabic') return -1;
    // (quotes29) "روسيا تدعو الغرب إلى ...": a country named first is the subject too (not the object after the verb).
    const m = actorAt.get(startOfWord(first)) ?? actorAt.get(toks[first]!.t.start) ?? mentionIn(() => [toks[first]!.t.start, toks[first]!.t.start], (x) => x.start === toks[first]!.t.start && x.kind === 'name' && x.entity.type === 'LOC' && !!x.entity.kbId?.startsWith('cty:'));
    return m && m.kind === 'name' && m.end === toks[c - 1]!.t.end ? first : -1;
  };

  /**
   * (quotes44) Subject-verb order with a description: a sentence (a headline, a press review's subheading) that opens
   * with one definite word a speaker can be (a body or person head, an unnamed source, a channel, a plural in -ون) and
   * no clitic, right before the cue c (a verb without و): "الصحيفة تندد بـ"، "الإيرانيون يقولون عادة إنهم"، "التحالف
   * يكشف سبب الهجوم". What follows the verb is its object or an adverb, not its subject. The word's token, else -1.
   */
  const definiteSvo = (c: number): number => {
    const first = firstTokOfSentence(c);
    if (c !== first + 1 || toks[c]!.key !== toks[c]!.bare) return -1;
    const w = toks[first]!;
    // (quotes48) A و or ف on the word is the sentence's link to the one before ("فالفلسطينيون يعتبرون أن"، "والصحيفة تقول").
    if (w.t.kind !== 'arabic' || !w.bare.startsWith('ال') || lex.timeWords.has(w.key) || lex.timeWords.has(w.bare) || verbAt(first)) return -1;
    const b = w.bare;
    const speakerLike = lex.actorHeads.has(w.key) || lex.personHeads.has(b) || lex.anonymous.has(b.slice(2)) || lex.channels.has(b.slice(2)) || (b.length >= 6 && b.endsWith('ون'));
    return speakerLike && !lex.notSpeakers.has(w.key) && !lex.notSpeakers.has(b) ? first : -1;
  };

  /**
   * (quotes48) Subject-verb order with a title: a line (a headline above all) that opens with a person's or body's head
   * noun in the construct state (no article, no clitic: وزير، رئيس، وزارة) and one to three definite words (its genitive
   * and adjectives), right before the present cue c without و: "وزير الدفاع التركي يحذر فرنسا من ..."، "رئيس الوزراء
   * العراقي يؤكد أن". The title speaks; what follows the verb is its object. The head's token, else -1.
   */
  const titledSvo = (c: number): number => {
    const first = firstTokOfSentence(c);
    const n = c - first;
    if (n < 2 || n > 4 || toks[c]!.key !== toks[c]!.bare) return -1;
    const h = toks[first]!;
    // (bare strips a leading و blindly: وزير is read by its key.)
    if (h.t.kind !== 'arabic' || h.key.startsWith('ال') || !(lex.personHeads.has('ال' + h.key) || lex.actorHeads.has(h.key))) return -1;
    for (let k = first + 1; k < c; k++) {
      const w = toks[k]!;
      if (w.t.kind !== 'arabic' || inQuote[k]! >= 0 || w.key !== w.bare || !w.bare.startsWith('ال') || verbAt(k) || lex.timeWords.has(w.bare)) return -1;
    }
    return first;
  };

  /**
   * (quotes34) "محامية هولندية تطالب ..."، "مسؤول أمريكي يقول ...": the sentence opens with an indefinite noun no mention
   * covers (no article, no clitic) and one or two nisba adjectives (the first a country's adjective), right before the
   * cue c (a present verb without و): that phrase, an unnamed subject; else null.
   */
  const describedSvo = (c: number): Speaker | null => {
    const first = firstTokOfSentence(c);
    const n = c - first;
    if (n < 2 || n > 3 || toks[c]!.key !== toks[c]!.bare) return null;
    for (let k = first; k < c; k++) if (toks[k]!.t.kind !== 'arabic' || verbAt(k)) return null;
    const head = toks[first]!;
    // Indefinite: no article, with or without و/ف ("والدعوى القطرية تدعو" is a definite subject of a body sentence).
    if (/^[وف]?ال/.test(head.key) || mentionStarts.has(head.t.start) || actorAt.has(head.t.start)) return null;
    // The adjective read whole (فرنسية is no ف + رنسية).
    const adj = toks[first + 1]!;
    if (!mentions.some((m) => m.kind === 'demonym' && m.start === adj.t.start && m.end === adj.t.end)) return null;
    if (n === 3 && !/ي(ة|ه)?$/.test(toks[first + 2]!.bare)) return null;
    return { id: null, text: text.slice(head.t.start, toks[c - 1]!.t.end), anonymous: true };
  };

  /** Two-word contrast openers ("إلا أن", "غير أن") and one-word ones before a subject placed first. */
  /**
   * The first word of a subject after لكن that may stand before its verb at c: a definite noun, a name, an indefinite
   * source (تقارير، مصادر: "لكن تقارير أشارت"), (quotes39) a masculine plural ("لكن محافظين يقولون") or a noun whose
   * genitive is definite ("لكن وسائل الإعلام أوردت").
   */
  const contrastLead = (j: number, c: number): boolean => {
    const lead = toks[j]!;
    if (lead.key.startsWith('ال') || actorAt.get(lead.t.start) || lex.anonymous.has(lead.bare) || lex.sourceNouns.has(lead.bare)) return true;
    if (lex.notSpeakers.has(lead.key) || lex.notSpeakers.has(lead.bare)) return false;
    return (lead.bare.length >= 5 && /(ين|ون)$/.test(lead.bare)) || (j + 1 < c && toks[j + 1]!.t.kind === 'arabic' && toks[j + 1]!.key.startsWith('ال') && !lex.prepositions.has(lead.key));
  };


  const plainContrastSubject = (c: number): number => {
    if (toks[c]!.key !== toks[c]!.bare || toks[c - 1]?.key === 'قد') return -1;
    // (quotes39) A subject of three words too ("لكن وسائل الإعلام الإسرائيلية أوردت"، "ولكن مسؤولين في الحقل قالوا").
    for (let k = c - 2; k >= Math.max(0, c - 4); k--) {
      const kk = toks[k]!.key;
      if (!contrastOpenerAt(k)) continue;
      for (let j = k + 1; j < c; j++) if (toks[j]!.t.kind !== 'arabic' || verbAt(j) || isAdverbialStart(j)) return -1;
      return contrastLead(k + 1, c) ? k + 1 : -1;
    }
    // "غير أن وزير التجارة الدولية في حكومة بريطانيا ليام فوكس، قال لبي بي سي إن": a longer subject with a
    // title, ending in a person's name and a comma before the verb. (quotes43) Without the comma too ("لكن نائب وزير
    // الخارجية الكوري الشمالي X Y اتهم"): a title phrase and a person's name, as the plain subject window reads them.
    const comma = COMMAS.has(toks[c - 1]?.t.text ?? '');
    const e = comma ? c - 1 : c;
    for (let k = e - 3; k >= Math.max(0, c - 16); k--) {
      if (!contrastOpenerAt(k)) continue;
      // (quotes25) "لكن المتحدث باسم الرئيس الروسي، ديميتري بيسكوف، قال": the title and the name between commas, too.
      for (let j = k + 1; j < e; j++) if ((toks[j]!.t.kind !== 'arabic' && !(COMMAS.has(toks[j]!.t.text) && j > k + 1)) || verbAt(j) || isAdverbialStart(j, j === k + 1)) return -1;
      const last = actorAt.get(startOfWord(e - 1)) ?? mentionEnding(toks[e - 1]!.t.end, (m) => m.end === toks[e - 1]!.t.end && m.kind === 'name' && m.entity.type === 'PER');
      return last && last.entity.type === 'PER' && (toks[k + 1]!.key.startsWith('ال') || lex.actorHeads.has(toks[k + 1]!.key) || actorAt.get(toks[k + 1]!.t.start)) ? k + 1 : -1;
    }
    return -1;
  };
  const contrastSubject = (c: number): number => {
    const plain = plainContrastSubject(c);
    return plain >= 0 ? plain : unnamedContrastSubject(c);
  };

  /**
   * (quotes45) "لكن مسؤولا في الوزارة قال"، "بيد أن مراسل بي بي سي في إسلام آباد، إلياس خان، يقول"، "لكن مصدرا في وزارة
   * الصحة التايلاندية أوضح": after a contrast opener, an indefinite unnamed source or spokesperson (cues.json anonymous,
   * spokesHeads; its accusative ا read off above) with a prepositional phrase or an apposition, up to 12 words with no
   * verb of saying, no other contrast opener and no complementizer, is the subject; the token it starts at, or -1.
   */
  const unnamedContrastSubject = (c: number): number => {
    if (toks[c]!.key !== toks[c]!.bare || toks[c - 1]?.key === 'قد') return -1;
    const comma = COMMAS.has(toks[c - 1]?.t.text ?? '');
    const e = comma ? c - 1 : c;
    for (let k = e - 2; k >= Math.max(0, c - 14); k--) {
      if (!contrastOpenerAt(k)) continue;
      const lead = toks[k + 1]!;
      if (lead.t.kind !== 'arabic' || !(lex.anonymous.has(lead.bare) || lex.spokesHeads.has(lead.bare))) return -1;
      for (let j = k + 2; j < e; j++) {
        const tk = toks[j]!;
        if (verbAt(j) || tk.t.text === ':' || tk.t.text === '.' || lex.complementizers.has(tk.key) || lex.complementizers.has(tk.bare) || RELATIVES.has(tk.bare) || contrastOpenerAt(j)) return -1;
      }
      return k + 1;
    }
    return -1;
  };

  /**
   * "أما النائب X، عضو البرلمان ...، فقد قال لـ CNN إن": the topic after أما is the subject of the verb after ف (فقد قال،
   * فقال), up to its first comma (what follows the comma is its apposition). Tokens [start, end), or null.
   */
  const ammaSubject = (c: number): [number, number] | null => {
    let p: number;
    if (toks[c - 1]?.key === 'فقد' || toks[c - 1]?.key === 'فانه') p = c - 1;
    else if (toks[c]!.t.text.startsWith('ف') && toks[c]!.key !== toks[c]!.bare) p = c;
    else return null;
    const s = firstTokOfSentence(c);
    for (let k = p - 1; k >= Math.max(s, p - 30); k--) {
      const kk = toks[k]!.key;
      if (verbAt(k)) return null;
      if (kk === 'اما' || kk === 'واما') {
        let e = k + 1;
        while (e < p && !COMMAS.has(toks[e]!.t.text)) e++;
        if (e > k + 1 && e - k <= MAX_APPOSITION_TOKENS) return [k + 1, ammaNameAfter(k + 1, e, p) ?? e];
        return null;
      }
    }
    return null;
  };

  /**
   * (quotes44) "أما وزير الثقافة، مات هانكوت، فقال"، "أما أمين سر المجلس الوطني، محمد صبيح، فقال": the topic after أما
   * is a title alone up to its first comma, and the person is named after it, between that comma and the next one
   * before the ف of the verb. The end of the name (a token index), so the subject takes the title and the name; null
   * when the words before the comma name a person already, or the words after it are not one person's name.
   */
  const ammaNameAfter = (a: number, e: number, p: number): number | null => {
    const from = toks[a]!.t.start;
    const to = toks[e - 1]!.t.end;
    if (mentionIn(() => [from, to], (m) => m.start >= from && m.end <= to && m.entity.type === 'PER' && m.kind !== 'demonym')) return null;
    let e2 = e + 1;
    while (e2 < p && !COMMAS.has(toks[e2]!.t.text)) e2++;
    if (e2 + 1 !== p || e2 === e + 1 || e2 - e > 5) return null;
    const s0 = toks[e + 1]!.t.start;
    const s1 = toks[e2 - 1]!.t.end;
    const name = mentionIn(() => [s0, s1], (m) => m.start === s0 && m.end === s1 && m.entity.type === 'PER' && m.kind === 'name');
    return name ? e2 : null;
  };

  /** A cue that opens its clause ("وأضاف", ". قال", "، كما أكد"), where a missing subject is the running speaker. */
  const opensClause = (c: number): boolean => {
    if (toks[c]!.key !== toks[c]!.bare) return true;
    if (c === firstTokOfSentence(c)) return true;
    const p = toks[c - 1]!;
    if (COMMAS.has(p.t.text) || p.t.text === ':' || lex.connectors.has(p.key) || p.key === 'قد') return true;
    return false;
  };

  /** No paragraph break between a quote and token c: a running speaker does not cross paragraphs. */
  /** A quote stands in the sentence before token c's, or earlier in its own (news often gives each sentence a line). */
  const quotedJustBefore = (c: number): boolean => {
    const last = speakersOf[speakersOf.length - 1];
    return !!last && toks[c]!.sentence - last.sentence <= 1 && last.q.start < toks[c]!.t.start;
  };

  const sameParagraph = (q: Quote, c: number): boolean => {
    const at = toks[c]!.t.start;
    return q.end > at || !text.slice(q.end, at).includes('\n');
  };

  /** (quotes13) Sentence s is only an attribution to a channel: "بحسب ما نقلت وكالة رويترز."، "وفقا لصحيفة الغارديان." */
  const channelSentence = (s: number): boolean => {
    const a = firstTokOf[s] ?? -1;
    if (a < 0 || !phraseAt(a, lex.accordingTo)) return false;
    let n = 0;
    for (let k = a; k < toks.length && toks[k]!.sentence === s; k++) if (toks[k]!.t.kind === 'arabic' || toks[k]!.t.kind === 'latin') n++;
    if (n > 7) return false;
    const sent = doc.sentences[s]!;
    return !!mentionIn(() => [sent.start, sent.end], (m) => m.start >= sent.start && m.end <= sent.end && m.entity.type === 'ORG' && (lex.channels.has(orgHead(m)) || lex.channels.has(keyOf(m.text))));
  };

  /**
   * (quotes29) The gender a finite cue verb marks on its subject: وأضافت، تقول 'f'; وأضاف، يقول 'm'; null for a
   * participle, a plural or dual, or a verb the lexicon does not know.
   */
  const finiteCueGender = (c: number): 'f' | 'm' | null => {
    const v = verbAt(c);
    if (!v || v.form === 'participle' || lex.relays.has(v.lemma)) return null;
    const key = stripConj(keyOf(toks[c]!.t.text));
    if (feminineCue(toks[c]!.t.text)) return 'f';
    if (v.form === 'past') return key === cueKey(v.lemma) ? 'm' : null;
    if (v.form === 'present') return key.startsWith('ي') && !/(ون|ان|وا)$/.test(key) ? 'm' : null;
    return null;
  };
  /**
   * (quotes29) A speaker's gender as the article shows it: the gender of the finite cue verb of its latest quote
   * (before cue c), else for a person the gender of its titles, else for a speaker text headed by a body noun the
   * noun's (data/quotes/cues.json bodyGenders: اتحاد، مكتب masculine; منظمة، وزارة feminine). Null when unknown.
   */
  const speakerGender = (sp: Speaker, c: number): 'f' | 'm' | null => {
    const at = toks[c]!.t.start;
    if (sp.id) {
      for (let k = speakersOf.length - 1; k >= 0; k--) {
        const x = speakersOf[k]!;
        if (x.sp.id !== sp.id || x.q.cue.start >= at) continue;
        const t = tokenAt(x.q.cue.start);
        const g = t >= 0 ? finiteCueGender(t) : null;
        if (g) return g;
      }
      const e = entityById.get(sp.id);
      if (e?.type === 'PER') return masculineByTitle(sp.id) ? 'm' : titledFeminine(sp.id) ? 'f' : null;
    }
    const head = stripConj(keyOf((sp.text ?? '').trim().split(/\s+/)[0] ?? ''));
    return lex.feminineBodies.has(head) ? 'f' : lex.masculineBodies.has(head) ? 'm' : null;
  };
  /**
   * (quotes29) "وقالت هالة ... ودعا اتحاد المعلمين ... وأضافت": a finite cue whose gender clashes with the speaker it
   * would carry goes on with the latest speaker within CARRY_SENTENCES whose gender agrees with it. Null when none
   * does.
   */
  const agreeingSpeaker = (c: number, g: 'f' | 'm', not: Speaker): Speaker | null => {
    const s = toks[c]!.sentence;
    const at = toks[c]!.t.start;
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (s - x.sentence > CARRY_SENTENCES) break;
      if (x.q.cue.start >= at || x.sp.anonymous || !(x.sp.id || x.sp.text)) continue;
      if ((not.id && x.sp.id === not.id) || (!not.id && !x.sp.id && x.sp.text === not.text)) continue;
      const t = tokenAt(x.q.cue.start);
      if (t >= 0 && finiteCueGender(t) === g) return x.sp;
    }
    return null;
  };

  /** The speaker a subjectless cue continues: the last quote's if recent, else the previous sentence's subject. */
  const carried = (c: number): Speaker | null => {
    const sp = carriedRaw(c);
    if (!sp || !(sp.id || sp.text)) return sp;
    const g = finiteCueGender(c);
    if (!g) return sp;
    const theirs = speakerGender(sp, c);
    if (!theirs || theirs === g) return sp;
    const agreeing = agreeingSpeaker(c, g, sp);
    if (agreeing) return agreeing;
    // (quotes35) "ونسبت وكالة خبر لأحد شهود العيان القول إن ... وأوضحت أن": a feminine cue after a relay whose source is
    // masculine goes on with the relay's channel, a body (the agency, feminine by its head) that the quote names as via.
    const last = speakersOf[speakersOf.length - 1];
    const via = last && last.sp === sp && last.q.via ? entityById.get(last.q.via) : undefined;
    if (g === 'f' && via && via.type === 'ORG') return { id: via.id, text: via.name, anonymous: false };
    return sp;
  };
  const carriedRaw = (c: number): Speaker | null => {
    const s = toks[c]!.sentence;
    // (quotes29) A link line ("اقرأ أيضا: ...") between the quotes is not read: the sentence before it goes on.
    let p = s - 1;
    while (p >= 0 && ((linkLines.length && inLinkLine(doc.sentences[p]!.start)) || (teaserLines.length && inTeaserLine(doc.sentences[p]!.start)))) p--;
    const prev = speakersOf[speakersOf.length - 1];
    if (prev && prev.sentence >= p && (prev.sp.id || prev.sp.text)) return prev.sp;
    // (quotes13) ""...". بحسب ما نقلت وكالة رويترز. وأضاف": a sentence that only names the channel of the quote before
    // it leaves that quote's speaker running.
    if (prev && prev.sentence === p - 1 && (prev.sp.id || prev.sp.text) && channelSentence(p)) return prev.sp;
    if (p < 0) return lastSpeaker(s);
    const subj = subjectOfSentence(p, Infinity, true);
    // (quotes17) "وقد اقترح أولا تنظيم عرض ... بين البيت الأبيض والكونغرس. وقال ..."، "... وكانت قد حضرت إلى وزارة النقل. وقالت":
    // a sentence that names bodies only after prepositions has an unnamed (pro-drop) subject of its own, so the speaker
    // quoted last within reach goes on, not the body the preposition governs.
    if (subj && governedSubjects.has(subj)) return lastSpeaker(s) ?? subj;
    // (quotes41) "وخلال هجوم ...، استخدم رضوان ورفاقه أقنعة ...، مثلما فعل الممثل روبرت دي نيرو. ولاحقا، قال": the
    // sentence's subject right after its verb is a word no mention covers (a name the recognizer missed), and the first
    // person or body named sits later in it (an object, a comparison, a circumstance): not who goes on speaking. The
    // speaker quoted last within reach does.
    if (subj && unnamedSubjectBefore(p, subj)) return lastSpeaker(s) ?? subj;
    // (quotes48) "وأصدرت الحكومة بيانا بعد لقاء الرئيس ... . وأكدت أن": the sentence before opens with a verb and a bare
    // body noun no mention covers (الحكومة، الوزارة); its subject is that body, not the person named further on.
    const body = subj ? bareBodySubject(p, subj, c) : null;
    if (body) return body;
    if (subj) return subj;
    return lastSpeaker(s);
  };
  /**
   * (quotes48) Sentence p's subject when it opens with a verb-like word (its first token, و on it or not) right before a
   * bare definite body noun of cues.json bodyGenders that no mention covers, and `subj` (the sentence's first person or
   * body as subjectOfSentence found it) is named only after that noun: the noun's words (speakerFrom, which may tie it
   * to the body named before). Not when the noun's gender differs from cue c's (وأشار after الحكومة). Null otherwise.
   */
  const bareBodySubject = (p: number, subj: Speaker, c: number): Speaker | null => {
    if (!subj.id) return null;
    const sent = doc.sentences[p];
    const a = firstTokOf[p] ?? -1;
    if (!sent || a < 0) return null;
    const v = toks[a];
    const n = toks[a + 1];
    if (!v || !n || n.sentence !== p || v.t.kind !== 'arabic' || n.t.kind !== 'arabic' || n.key !== n.bare) return null;
    // The opening word has a verb's shape: no article, no particle, no preposition, no كان, no name.
    if (v.bare.startsWith('ال') || KAN.has(v.bare) || lex.clauseParticles.has(v.key) || lex.clauseParticles.has(v.bare) || lex.notSpeakers.has(v.key) || lex.notSpeakers.has(v.bare)) return null;
    if (SEGMENT_PREPOSITIONS.has(v.key) || v.key === 'في' || v.key === 'علي' || hasPrepClitic(a) || actorHeadAt(a) || RELATIVES.has(v.bare) || isAdverbialStart(a) || lex.connectors.has(v.key) || lex.timeWords.has(v.bare)) return null;
    if (mentionIn(() => [v.t.start - 80, v.t.end], (x) => x.start < v.t.end && x.end > v.t.start)) return null;
    const w = n.bare;
    const fem = lex.feminineBodies.has(w);
    if (!w.startsWith('ال') || !(fem || lex.masculineBodies.has(w))) return null;
    if (mentionIn(() => [n.t.start - 80, n.t.end], (x) => x.start < n.t.end && x.end > n.t.start)) return null;
    const m = firstActorIn(sent.start, sent.end);
    if (!m || m.entity.id !== subj.id || m.start < n.t.end) return null;
    const g = finiteCueGender(c);
    if (g && g !== (fem ? 'f' : 'm')) return null;
    return speakerFrom(a + 1, a + 2);
  };
  /**
   * (quotes41) Sentence p opens (after an opening adverbial up to its comma) with a verb-like word whose next word, the
   * subject's place, is a plain word of three letters or more that no mention covers and that is no title, body, source
   * or group head, time word, preposition or relative, while `subj` (the sentence's first person or body, as
   * subjectOfSentence found it) is named only further on.
   */
  const unnamedSubjectBefore = (p: number, subj: Speaker): boolean => {
    if (!subj.id) return false;
    const sent = doc.sentences[p];
    if (!sent) return false;
    const m = firstActorIn(sent.start, sent.end);
    if (!m || m.entity.id !== subj.id || m.text !== subj.text) return false;
    let a = firstTokOf[p] ?? -1;
    if (a < 0) return false;
    let opened = false;
    if (isAdverbialStart(a) || lex.connectors.has(toks[a]!.key)) {
      a = pastOpeningComma(a, p, 20);
      if (a < 0) return false;
      opened = true;
    }
    const v = toks[a];
    const n = toks[a + 1];
    if (!v || !n || v.sentence !== p || n.sentence !== p || v.t.kind !== 'arabic' || n.t.kind !== 'arabic') return false;
    // A particle where the verb would be (ولم يلاحظ، أما ثانيا), and after an opening clause a verb with و on it (وحينما
    // اندلع العنف، ونزح ...، سعت سو تشي: still the opening clause) give no subject's place.
    if (lex.clauseParticles.has(v.key) || lex.clauseParticles.has(v.bare) || lex.notSpeakers.has(v.key) || lex.notSpeakers.has(v.bare) || (opened && (v.key !== v.bare || /^و/.test(v.t.text)))) return false;
    // The opening word is a verb's shape: no name, no definite noun, no preposition, no كان (its subject may be anything).
    if (v.bare.startsWith('ال') || KAN.has(v.bare) || SEGMENT_PREPOSITIONS.has(v.key) || v.key === 'في' || v.key === 'علي' || hasPrepClitic(a) || actorHeadAt(a) || RELATIVES.has(v.bare)) return false;
    if (mentionIn(() => [v.t.start, v.t.end], (x) => x.start < v.t.end && x.end > v.t.start)) return false;
    // The subject's place: a plain word no mention covers.
    const w = word(a + 1);
    if (w.length < 3 || w.startsWith('ال') || n.key !== n.bare) return false;
    if (mentionIn(() => [n.t.start, n.t.end], (x) => x.start < n.t.end && x.end > n.t.start)) return false;
    if (actorHeadAt(a + 1) || lex.groupHeads.has(w) || lex.groupHeads.has(n.key) || lex.timeWords.has(w) || lex.adverbials.has(n.key) || RELATIVES.has(w)) return false;
    // "ووصف أحد الناجين، وهو ...، يدعى X": a quantifier heads the subject, and the name further on is what it counts.
    if (lex.quantifierHeads.has(w) || lex.quantifierHeads.has(n.key) || lex.clauseParticles.has(n.key) || lex.notSpeakers.has(n.key) || lex.notSpeakers.has(w)) return false;
    if (SEGMENT_PREPOSITIONS.has(n.key) || n.key === 'في' || n.key === 'علي' || n.key === 'عن' || n.key === 'من' || n.key === 'الى' || hasPrepClitic(a + 1) || verbAt(a + 1)) return false;
    // "وينظم زوجها ريتشارد راتكليف حملة": a name right after that word is its apposition, the subject itself.
    if (lex.groupHeads.has(w.replace(/(ه|ها|هم|هما)$/, ''))) return false;
    const after = toks[a + 2];
    if (!after || m.start <= after.t.end) return false;
    // A name inside a quotation of more than a few words ("تفسير توضيحي: "تصدر اليونيسف هذا البيان ..."") is the quoted
    // statement's; a short quoted name ("في "الفريزر"") is not.
    const o = inQuote[tokenAt(m.start)] ?? -1;
    if (o >= 0 && (closeOf.get(o) ?? o) - o > 5) return false;
    // "..., كما اعترف كابانياس": a name right after a verb of saying (a title between allowed) is a speaker of its own.
    let b = tokenAt(m.start) - 1;
    while (b > a + 1 && (lex.personHeads.has(word(b)) || lex.personHeads.has('ال' + word(b)) || lex.actorHeads.has(toks[b]!.key))) b--;
    return !verbAt(b);
  };

  /**
   * "أبدت بيونغ يانغ أسفها ... وشددت على أنها"، "عقب القرار، أعلنت روسيا ...": a sentence (after an opening adverbial
   * clause) whose first word is a verb-like word and whose second names a place: the place's country is its subject.
   */
  const openingPlace = (s: number, before: number): Speaker | null => {
    let a = firstTokOf[s] ?? -1;
    if (a < 0) return null;
    const placed = countryPlacedFirst(s, a, before);
    if (placed) return placed;
    if (isAdverbialStart(a) || lex.connectors.has(toks[a]!.key) || toks[a]!.bare === 'عقب') {
      a = pastOpeningComma(a, s, 20);
      if (a < 0) return null;
    }
    const w = toks[a];
    const n = toks[a + 1];
    if (!w || !n || w.sentence !== s || n.sentence !== s || n.t.start >= before || w.t.kind !== 'arabic' || n.t.kind !== 'arabic') return null;
    if (w.bare.startsWith('ال') || w.key === 'و' || SEGMENT_PREPOSITIONS.has(w.bare) || w.bare === 'في' || w.bare === 'علي' || hasPrepClitic(a) || isAdverbialStart(a)) return null;
    if (mentionIn(() => [w.t.start, w.t.end], (m) => m.start >= w.t.start && m.start < w.t.end)) return null;
    const m = actorAt.get(startOfWord(a + 1)) ?? mentionIn(() => [n.t.start, n.t.start], (x) => x.start === n.t.start && x.kind === 'name');
    if (!m || m.entity.type !== 'LOC' || !m.entity.country) return null;
    const country = m.entity.kbId?.startsWith('cty:') ? m.entity : countryEntity.get(m.entity.country);
    return country ? { id: country.id, text: m.text, anonymous: false } : null;
  };

  /**
   * (quotes17) "وكانت ألمانيا رفضت الطلب من قبل قائلة ..."، "ألمانيا ترفض الطلب، مؤكدة ...": a country named first in its
   * sentence (after كان, or as the first word) and followed by a word that does not go on with the name (not a definite
   * noun or adjective, not و, a preposition or punctuation, but a verb's shape) is the sentence's subject. The country
   * entity, or null.
   */
  const countryPlacedFirst = (s: number, a: number, before: number): Speaker | null => {
    // Without كان, only for a cue inside the sentence: a headline's "إسرائيل تقتل ..." is not carried into the body,
    // whose first sentence names the body that acted (الجيش الإسرائيلي).
    if (KAN.has(toks[a]!.bare)) a++;
    else if (before === Infinity) return null;
    const w = toks[a];
    if (!w || w.sentence !== s || w.t.start >= before || w.t.kind !== 'arabic') return null;
    const m = actorAt.get(startOfWord(a)) ?? mentionIn(() => [Math.min(w.t.start, startOfWord(a)), Math.max(w.t.start, startOfWord(a))], (x) => (x.start === w.t.start || x.start === startOfWord(a)) && x.kind === 'name');
    if (!m || m.entity.type !== 'LOC' || !m.entity.kbId?.startsWith('cty:') || m.start > startOfWord(a) + 1) return null;
    const n = tokenAt(m.end - 1) + 1;
    const v = toks[n];
    if (!v || v.sentence !== s || v.t.start >= before || v.t.kind !== 'arabic' || v.key !== v.bare) return null;
    if (v.key.startsWith('ال') || SEGMENT_PREPOSITIONS.has(v.key) || v.key === 'في' || v.key === 'علي' || hasPrepClitic(n) || mentionStarts.has(v.t.start)) return null;
    if (!(v.key === 'قد' || verbAt(n) || /^[يت][\u0621-\u064a]{2,5}$/.test(v.key) || /^[\u0621-\u064a]{2,5}ت$/.test(v.key) || /^[\u0621-\u064a]{3}$/.test(v.key))) return null;
    return { id: m.entity.id, text: m.text, anonymous: false };
  };

  /**
   * "لكن روسيا رفضت الاتهامات، وقالت إنها ...": a sentence opening with لكن and a person, body or country named right
   * after it has that name as its subject (the connector is not an adverbial to skip up to the comma).
   */
  const contrastOpener = (s: number, before: number): Speaker | null => {
    const a = firstTokOf[s] ?? -1;
    if (a < 0 || (toks[a]!.key !== 'لكن' && toks[a]!.key !== 'ولكن')) return null;
    const n = toks[a + 1];
    if (!n || n.sentence !== s || n.t.start >= before || n.t.kind !== 'arabic') return null;
    const m = mentionIn(() => [Math.min(n.t.start, startOfWord(a + 1)), Math.max(n.t.start, startOfWord(a + 1))], (x) => (x.start === n.t.start || x.start === startOfWord(a + 1)) && x.kind === 'name' && (x.entity.type !== 'LOC' || !!x.entity.kbId?.startsWith('cty:')));
    return m && !governed(m) ? { id: m.entity.id, text: m.text, anonymous: false } : null;
  };

  /** The subject of the main clause a cue hangs on ("بيانا قالت فيه"، "..., مؤكدا"). */
  const mainSubject = (c: number): Speaker | null => {
    const s = toks[c]!.sentence;
    const inner = clauseSubjectBefore(c);
    if (inner) return inner;
    const prev = speakersOf[speakersOf.length - 1];
    if (prev && prev.sentence === s && (prev.sp.id || prev.sp.text) && sameParagraph(prev.q, c)) return prev.sp;
    // "وانتقد سياسة ... في وجه أدولف هتلر، متسائلا": when every person or body named before the participle sits in a
    // prepositional phrase, the sentence's subject is unnamed (pro-drop): the running speaker, if any.
    const sent = doc.sentences[s];
    const first = sent ? firstActorIn(sent.start, toks[c]!.t.start) : null;
    if (first && governed(first) && !opensWithName(s) && !RELATIVES.has(toks[c - 1]?.key ?? '')) {
      // The speaker quoted last within a few sentences (a sentence between may open with a verb and its object: واتهم إيران).
      const running = lastSpeaker(s) ?? carried(c);
      if (running?.id && !genderClash(running.id, c)) return running;
      // (quotes34) "ووجهت المحامية رسالة إلى أمير قطر ...، قائلة": with no named speaker running, a definite noun right
      // after the opening verb, agreeing with the participle, is the subject (not the name the preposition governs).
      if (!running?.id) {
        const own = definiteSubjectAfterVerb(s, c) ?? definiteAfterOpeningVerb(s, c);
        if (own) return own;
      }
      if (running?.id) {
        // The participle is not the running speaker's: the sentence's own subject, unless that is only a name a
        // preposition governs (لقناة "فوكس نيوز"), when the running speaker stays.
        const own = definiteSubjectAfterVerb(s, c) ?? subjectOfSentence(s, toks[c]!.t.start, false);
        return own && !governedSubjects.has(own) ? own : running;
      }
    }
    const own = subjectOfSentence(s, toks[c]!.t.start, false);
    // (quotes29) "وعدد 3 شروط للقاء، قائلا": a counted noun phrase is the object of the verb before it, not the subject of
    // a singular participle; the running speaker goes on.
    if (own && !own.id && counted(own.text) && verbAt(c)?.form === 'participle' && cueGender(toks[c]!.key, 'participle')) return lastSpeaker(s) ?? carried(c) ?? own;
    return own;
  };
  /** A speaker text that opens with a number (digits or a cardinal of data/quotes/cues.json numberWords). */
  const counted = (t: string | null): boolean => {
    const w = (t ?? '').trim().split(/\s+/)[0] ?? '';
    return /^[0-9٠-٩]/.test(w) || lex.numberWords.has(keyOf(w));
  };

  /**
   * (quotes21) "وأوضح مدير المرصد ... أن ... ونفت الفصائل المعارضة مشاركتها ... مع الحكومة، مؤكدة": a singular participle
   * whose gender differs from the cue the running speaker last spoke with (أوضح, masculine; مؤكدة, feminine) is not
   * that speaker's; the sentence's own subject is.
   */
  const genderClash = (id: string, c: number): boolean => {
    const mine = cueGender(toks[c]!.key, 'participle');
    if (!mine) return false;
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (x.sp.id !== id) continue;
      const at = tokenAt(x.q.cue.start);
      const v = at >= 0 ? verbAt(at) : null;
      const theirs = v ? cueGender(toks[at]!.bare, v.form) : null;
      return !!theirs && theirs !== mine;
    }
    return false;
  };

  /** (quotes21) The speaker of the quote whose content holds token c, if it has one. */
  const enclosingSpeaker = (c: number): Speaker | null => {
    const at = toks[c]!.t.start;
    for (let k = speakersOf.length - 1; k >= 0; k--) {
      const x = speakersOf[k]!;
      if (x.q.start <= at && at < x.q.end) return x.sp.id || x.sp.text ? x.sp : null;
    }
    return null;
  };

  /** The sentence's first word is (or begins) a mention: a subject placed first, not a pro-drop verb. */
  const opensWithName = (s: number): boolean => {
    const a = firstTokOf[s] ?? -1;
    return a >= 0 && !!mentionIn(() => [toks[a]!.t.start, toks[a]!.t.start + 1], (m) => m.start >= toks[a]!.t.start && m.start <= toks[a]!.t.start + 1);
  };

  /**
   * Whether a singular participle can share the subject of a past verb: a verb marked feminine (its third-person
   * feminine ت: وجهت، أسقطت) takes a feminine participle (نافية), an unmarked one a masculine (مشيرا). A verb whose
   * root ends in ت (أثبت) looks feminine, and then the participle falls back to the sentence's first speaker; plural
   * participles (مشيرين) are not judged.
   */
  const agrees = (verb: string, participle: string): boolean => {
    const feminineVerb = verb.length >= 4 && verb.endsWith('ت');
    if (/[هة]$/.test(participle)) return feminineVerb;
    // قالتا: a feminine dual read as a participle (after a comma), not a masculine singular
    if (/ا$/.test(participle) && !/تا$/.test(participle)) return !feminineVerb;
    return true;
  };

  /**
   * "اعتبرت دمشق أن ...، فيما وجهت روسيا تحذيرا لواشنطن ... نافية": a participle after a clause that فيما/بينما opens
   * with a verb and its named subject goes with that clause's subject, not the sentence's first speaker. Scans back
   * from the participle to the sentence start, stopping at a reporting verb (whose subject the participle keeps).
   */
  const clauseSubjectBefore = (c: number): Speaker | null => {
    const first = firstTokOfSentence(c);
    for (let k = c - 1; k > first; k--) {
      if (verbAt(k)) return null;
      if (!CLAUSE_OPENERS.has(toks[k]!.key)) continue;
      let a = k + 2;
      while (a < c && lex.timeWords.has(word(a))) a++;
      if (a >= c || toks[k + 1]!.t.kind !== 'arabic' || verbAt(k + 1)) return null;
      const at = new Set([startOfWord(a), toks[a]!.t.start]);
      // A person, a body or a country (روسيا) named right after the verb.
      const m = mentions.find((x) => at.has(x.start) && x.kind === 'name' && (x.entity.type !== 'LOC' || !!x.entity.kbId?.startsWith('cty:')));
      // The participle agrees with its subject: "بينما أسقطت قوات النظام ...، مشيراً" is not the forces' (a feminine
      // verb, a masculine participle) but the sentence's first speaker's.
      if (m && !agrees(toks[k + 1]!.key, toks[c]!.key)) return null;
      return m ? { id: m.entity.id, text: m.text, anonymous: false } : null;
    }
    return null;
  };

  /**
   * Who issued the statement a definite noun refers back to (البيان → the last بيان / بيانا before
   * token c): the speaker of a quote of that sentence, else its first person or body before the noun.
   */
  /** The speaker of the latest quote found so far in sentence s that `ok` accepts. */
  const speakerIn = (s: number, ok: (sp: Speaker) => boolean): Speaker | null => {
    for (let q = speakersOf.length - 1; q >= 0; q--) {
      const x = speakersOf[q]!;
      if (x.sentence === s && ok(x.sp)) return x.sp;
      if (x.sentence < s) break;
    }
    return null;
  };
  /** (quotes23) The first token that is البيان (with بـ/لـ), or the token count: looked up once, lazily. */
  let firstBayan = -1;
  const firstDefiniteStatement = (): number => {
    if (firstBayan < 0) {
      firstBayan = toks.findIndex((t) => /^(ال|بال|لل)بيان$/.test(t.bare));
      if (firstBayan < 0) firstBayan = toks.length;
    }
    return firstBayan;
  };
  const issuerOf = (noun: string, c: number, definite = false): Speaker | null => {
    for (let k = c - 1; k >= 0; k--) {
      const w = word(k);
      // (quotes16) "وجاء في البيان" (definite): an earlier البيان in a sentence that names its issuer ("أعرب ماكرون عن قلقه
      // ... في البيان الذي"، "قالت الهيئة إن أعمال العنف المفصلة في التقرير") refers to the same statement.
      if (definite && (w === 'ال' + noun || w === 'بال' + noun || w === 'لل' + noun) && toks[k]!.sentence < toks[c]!.sentence) {
        const s = toks[k]!.sentence;
        const sp = speakerIn(s, (x) => !!x.id);
        if (sp) return sp;
        continue;
      }
      // بيانا، and a possessed بيانها / بيانه (the statement of the sentence's own subject).
      // لبيان / ببيان: the noun after a clitic preposition ("وفقا لبيان لدائرة الشؤون الخارجية").
      const own = w !== noun && /^[لب]/.test(w) && w.slice(1) === noun;
      if (w !== noun && w !== noun + 'ا' && !own && !(w.startsWith(noun) && /^(ه|ها|هم|هما)$/.test(w.slice(noun.length)))) continue;
      // "بيان وزارة الخزانة"، "بيان لوزارة الخزانة"، "بيان صادر عن الجيش": the owner right after the noun.
      for (let j = k + 1; j <= k + 3 && j < c && toks[j]!.sentence === toks[k]!.sentence; j++) {
        if (['صادر', 'صادره', 'صدر', 'عن', 'رسمي'].includes(word(j)) || toks[j]!.t.text === '#') continue;
        const m = actorAt.get(startOfWord(j)) ?? actorAt.get(toks[j]!.t.start) ?? actorAt.get(toks[j]!.t.start + 1);
        if (m && m.start < toks[j]!.t.end) return { id: m.entity.id, text: m.text, anonymous: false };
        // (quotes38) "أكد بيان الأطباء المعالجين أن ... وأفاد البيان": a definite noun no mention covers, right after an
        // indefinite بيان (its genitive), is the owner, unnamed (not the person or body the sentence names elsewhere).
        // Not after a preposition ("ووصفت الحكومة في بيان العقوبات بأنها": the verb's object follows), and not when a
        // name stands in the owner's phrase ("بيان الوفد القطري"، "بيان القيادة العامة للقوات المسلحة": the rules below).
        if (j === k + 1 && w === noun && toks[j]!.t.kind === 'arabic' && toks[j]!.key === toks[j]!.bare && /^ال[\u0621-\u064a]{2}/.test(toks[j]!.t.text) && !lex.statementAdjectives.has(toks[j]!.key) && !lex.timeWords.has(word(j)) && !['في', 'ب', 'عبر', 'خلال', 'من', 'علي', 'الي', 'عن'].includes(toks[k - 1]?.key ?? '') && (toks[k]!.key === noun || toks[k]!.key === 'و' + noun)) {
          let e = j;
          let named = false;
          while (e < c && e <= j + 3 && toks[e]!.sentence === toks[j]!.sentence && toks[e]!.t.kind === 'arabic' && (e === j || /^(ال|لل)/.test(toks[e]!.t.text)) && !RELATIVES.has(toks[e]!.bare) && !verbAt(e)) {
            if (mentionIn(() => [toks[e]!.t.start, toks[e]!.t.end], (x) => x.start < toks[e]!.t.end && x.end > toks[e]!.t.start)) named = true;
            e++;
          }
          const ownEnd = Math.min(e, j + 2);
          if (!named) return speakerFrom(j, ownEnd) ?? { id: null, text: text.slice(toks[j]!.t.start, toks[ownEnd - 1]!.t.end), anonymous: true };
        }
        break;
      }
      const s = toks[k]!.sentence;
      const named = speakerIn(s, (x) => !!x.id);
      if (named) return named;
      const sent = doc.sentences[s];
      const m = sent ? firstActorIn(sent.start, toks[k]!.t.start) : null;
      if (m) return { id: m.entity.id, text: m.text, anonymous: false };
      if (definite) {
        // (quotes16) the body that spoke in that sentence though the entities lack it ("وذكر الادعاء في بيان إن").
        return speakerIn(s, (x) => !!x.text && !x.anonymous);
      }
      // "وجاء في بيان إثر محادثات ..." with no owner in its sentence: the body quoted just before (قال البيت الأبيض) issued it.
      // (quotes27) "وقالت هيئة ... في بيان إن" (a body the entities lack) then "وأضاف البيان": the words that spoke in that
      // sentence issued it.
      const spoke = speakerIn(s, (x) => !!x.text && !x.anonymous);
      if (spoke) return spoke;
      const last = speakersOf[speakersOf.length - 1];
      const body = last?.sp.id ? entityById.get(last.sp.id) : undefined;
      // (Only a statement: a report's owner is as often someone not quoted yet.)
      if (noun === 'بيان' && last && body && body.type !== 'PER' && s - last.sentence <= 1) return last.sp;
      // (quotes27) No issuer in that sentence: an earlier statement of the article may name it (within a few sentences).
      if (toks[c]!.sentence - s < ISSUER_LOOKBACK_SENTENCES) continue;
      return null;
    }
    // (quotes16) "أعلنت الرئاسة أن ... وجاء في الإعلان": a noun that no earlier sentence names refers to the statement of
    // its verb (أعلن → الإعلان، صرح → التصريح) quoted in the last two sentences.
    const lemma = lex.nounVerbs.get(noun);
    const sc = toks[c]!.sentence;
    for (let q = speakersOf.length - 1; lemma && q >= 0; q--) {
      const x = speakersOf[q]!;
      if (sc - x.sentence > 2) break;
      if (x.sp.id && lex.verbs.get(cueKey(x.q.cue.text).replace(/^[وف]/, ''))?.lemma === lemma) return x.sp;
    }
    // (quotes23) "أعلن البيت الأبيض أن ... وأضاف البيان أن": a statement no earlier sentence names is the one of the body
    // quoted in this sentence or the one before (not a person's: a person's words are rarely called البيان).
    // Only when no البيان stands before it (whose owner the loop above did not find: "واتهم البيان الختامي ... وأكد البيان"),
    // and only after a verb that issues statements (أعلن، قال، أكد ...), not after "دعت X" whose X may be the object.
    if (noun === 'بيان' && firstDefiniteStatement() >= c) {
      const last = speakersOf[speakersOf.length - 1];
      const body = last?.sp.id ? entityById.get(last.sp.id) : undefined;
      const lemma = last ? lex.verbs.get(stripConj(cueKey(last.q.cue.text)))?.lemma : undefined;
      if (last && body && body.type !== 'PER' && sc - last.sentence <= 1 && lemma && lemma !== 'نقل' && lex.asSaid.has(lemma)) return last.sp;
    }
    return null;
  };

  /**
   * The owner of the statement noun a "قال فيه" refers to, in the same sentence before cue c: a
   * person or body right after the noun (تصريح وزير الدفاع) or, else, the first one before it
   * (أصدر النائب العام بيانا).
   */
  const statementOwner = (c: number): Speaker | null => {
    const first = firstTokOfSentence(c);
    for (let k = c - 1; k >= first && c - k <= MAX_SUBJECT_TOKENS; k--) {
      const w = word(k);
      const isNoun = (x: string) => lex.nouns.has(x) || lex.pieceNouns.has(x);
      const noun = isNoun(w) ? w : w.endsWith('ا') && isNoun(w.slice(0, -1)) ? w.slice(0, -1) : null;
      if (!noun) continue;
      // (quotes22) "تحقيق نشرته صحيفة الغارديان، قالت فيه"، "بيانا أصدرته وزارة الدفاع قالت فيه": the publisher after
      // the relative verb of publishing owns the piece.
      // "مقال لحسام عيتاني يرى فيه"، "مقالا للكاتب جون سميث": a writer after لـ owns a masculine cue; a feminine one
      // ("كشفت فيه") goes on to the publisher before the noun.
      if (lex.writerNouns.has(noun) && toks[k + 1] && doc.segment(k + 1).proclitics.includes('ل') && cueGender(toks[c]!.key, verbAt(c)?.form ?? 'past') === 'm') {
        const to = toks[Math.min(k + 4, c - 1)]!.t.end;
        const from = toks[k + 1]!.t.start;
        const writer = mentionIn(() => [from, to], (x) => x.start >= from && x.start < to && x.kind !== 'demonym' && x.entity.type === 'PER');
        if (writer) return { id: writer.entity.id, text: writer.text, anonymous: false };
        // A writer the recognizer missed ("مقال لحازم الأمين يرى فيه"): the words after لـ, not the paper.
        if (c - (k + 1) <= 3 && !toks.slice(k + 1, c).some((t) => COMMAS.has(t.t.text)) && !mentionIn(() => [from, to], (x) => x.start >= from && x.start < to && x.kind !== 'demonym')) {
          const named = speakerFrom(k + 1, c);
          if (named && !named.id) return named;
        }
      }
      if (toks[k + 2] && lex.publishedBy.has(toks[k + 1]!.key)) {
        const pub = actorAt.get(startOfWord(k + 2)) ?? actorAt.get(toks[k + 2]!.t.start);
        if (pub) return { id: pub.entity.id, text: pub.text, anonymous: false };
      }
      const after = toks[k + 1] ? actorAt.get(startOfWord(k + 1)) ?? actorAt.get(toks[k + 1]!.t.start) : undefined;
      // (quotes22) "رسالة لسامر الحلبي، قال فيها": a letter's لـX is its addressee, not its owner.
      const addressed = lex.addressedNouns.has(noun) && !!toks[k + 1] && doc.segment(k + 1).proclitics.includes('ل');
      if (after && !w.endsWith('ا') && !addressed) return { id: after.entity.id, text: after.text, anonymous: false };
      const sent = doc.sentences[toks[c]!.sentence];
      const m = sent ? firstActorIn(sent.start, toks[k]!.t.start) : null;
      return m ? { id: m.entity.id, text: m.text, anonymous: false } : null;
    }
    return null;
  };

  /**
   * An indefinite statement noun with its owner right before a comma and cue c ("تقرير لشبكة "سي إن إن"
   * يوم الاثنين، ذكر أن"): the cue is the noun's relative clause, and the owner (after لـ or in the
   * genitive) speaks.
   */
  const reportOwnerBefore = (c: number): Speaker | null => {
    const first = firstTokOfSentence(c);
    for (let k = c - 2; k >= first && c - k <= 10; k--) {
      if (COMMAS.has(toks[k]!.t.text) || ENDS.has(toks[k]!.t.text) || verbAt(k)) return null;
      if (!lex.nouns.has(toks[k]!.key) || !toks[k + 1]) continue;
      // The owner: the first person or body within the next few words (لشبكة "سي إن إن"، للجيش، وزارة الصحة).
      const from = toks[k + 1]!.t.start;
      const to = toks[Math.min(k + 4, c - 1)]!.t.start;
      const m = mentionIn(() => [from, to], (x) => x.start >= from && x.start < to && x.kind !== 'demonym' && (x.entity.type === 'PER' || x.entity.type === 'ORG'));
      if (!m) return null;
      // (quotes13) "في بيان وصل لموقع CNN نسخة منه، وذكر": a channel that received the statement does not own it.
      if (text.slice(from, m.start).split(/\s/).some((w) => lex.receivedVerbs.has(w))) return null;
      for (let j = m.end; j < toks[c - 1]!.t.start; j++) if (/[،,.؛]/.test(text[j]!)) return null;
      return { id: m.entity.id, text: m.text, anonymous: false };
    }
    return null;
  };

  const pendingVia = new Map<number, { start: number; end: number }>();

  /**
   * (quotes31) Token i is a present of the first person plural (ندعم، نرفض، سنرد): ن- (after a future سـ) on a word the
   * corpus writes at least 3 times but never with the article (the nouns النظام، النواب، النحو are), no name.
   */
  const firstPersonPresent = (i: number): boolean => {
    const t = toks[i];
    if (!wordFreq || !t || t.t.kind !== 'arabic') return false;
    let w = segmentationKey(t.t.text);
    // The future سـ makes a rarer verb sure enough (سنضرب، سنغلق): the word and its stem are only never written with
    // the article (السنوات، السنة are).
    const future = w.startsWith('سن') && w.length >= 4 && wordFreq.get('ال' + w) === undefined;
    if (future) w = w.slice(1);
    if (!/^ن[^\s]{2,}$/.test(w) || /[هة]$/.test(w)) return false;
    if ((!future && (wordFreq.get(w) ?? 0) < 3) || wordFreq.get('ال' + w) !== undefined) return false;
    return !mentionIn(() => [t.t.start, t.t.end], (m) => m.start < t.t.end && m.end > t.t.start);
  };

  /** (quotes31) The clause from token `from` opens in the first person (cues.json firstPersonHeadline): "سنرد"، "لا نريد"، "لا صلة لنا". */
  const firstPersonClause = (from: number, last: number): boolean => {
    let i = from;
    if (toks[i] && OPEN_QUOTES[toks[i]!.t.text]) i++;
    const t = toks[i];
    if (!t || i > last) return false;
    if (lex.firstPersonWords.has(t.key) || firstPersonPresent(i)) return true;
    if (lex.firstPersonNegations.has(t.key) && i + 1 <= last && (firstPersonPresent(i + 1) || lex.firstPersonWords.has(toks[i + 1]!.key))) return true;
    for (let k = i; k <= Math.min(last, i + 2); k++) if (lex.firstPersonPronouns.has(toks[k]!.key)) return true;
    return false;
  };

  /** "X: ..." at the start of a line (headlines and subheadings): a quote when X names a speaker. */
  const headlineQuote = (lineStart: number): boolean => {
    let a = lineStart;
    const s = toks[a]!.sentence;
    const last = sentenceEndTok(a);
    let k = a;
    while (k <= last && k - a <= 8 && toks[k]!.t.text !== ':' && !ENDS.has(toks[k]!.t.text) && !COMMAS.has(toks[k]!.t.text)) {
      // A headline of two parts ("تركيا تسمح ... .. وأوغلو: ..."): the speaker starts after the "..".
      if (toks[k]!.t.text === '..' || toks[k]!.t.text === '-') a = k + 1;
      k++;
    }
    if (k > last || toks[k]!.t.text !== ':' || k === a || last - k < 2) return false;
    for (let m = a; m < k; m++) if (verbAt(m)) return false; // "وقال الوزير: ..." is a verb's quote
    // The word's start, not startOfWord's: a name may begin like a clitic (سانا read as سـ + انا).
    const npStart = toks[a]!.t.start;
    const ent = entityIn(npStart, toks[k - 1]!.t.end);
    let addressee = -1;
    for (let m = a + 1; m < k; m++)
      if (toks[m]!.key === 'ل' || (toks[m]!.t.kind === 'arabic' && doc.segment(m).proclitics.includes('ل'))) {
        addressee = m;
        break;
      }
    const head = toks[a]!;
    // A newsroom label alone before the colon ("عاجل: ...", cues.json newsLabels) labels the item; nobody speaks.
    if (k - a === 1 && lex.newsLabels.has(head.bare)) return false;
    // The speaker heads the phrase ("نتنياهو: ...", "وزيرة الداخلية البريطانية: ...", "مسؤول أميركي للعربية: ...");
    // a name inside a topic ("زيارة ترامب لبريطانيا: ...", "محاولة اغتيال الجاسوس سكريبل: ...") does not speak.
    const headed = !!ent && ent.entity.type !== 'LOC' && ent.start <= toks[a]!.t.end;
    // A doer noun on the pattern فاعل (سارق الطائرة، قائد الشرطة) names someone too.
    const doer = /^[^ا]ا[^ا][^ا]$/.test(head.bare);
    // (quotes31) A country or its capital heading the phrase speaks when the clause opens in the first person ("تركيا: سنرد
    // على ..."، "بكين: ندعم ..."); with a clause in the third person ("مصر: الإعدام لـ ...") the headline is a label.
    const country = !!ent && ent.entity.type === 'LOC' && ent.start <= toks[a]!.t.end && !!(ent.entity.kbId?.startsWith('cty:') || ent.entity.country) && firstPersonClause(k + 1, last);
    // (quotes34) "الادعاء البلجيكي: ..."، "الداخلية السعودية: ...": a body noun (cues.json bodyHeadlineHeads) and a
    // country's adjective, nothing else, before the colon.
    const adjBody = k - a === 2 && lex.bodyHeadlineHeads.has(head.bare) && mentions.some((m) => m.kind === 'demonym' && m.start === toks[a + 1]!.t.start && m.end === toks[a + 1]!.t.end);
    const ok = headed || country || doer || adjBody || lex.anonymous.has(head.bare) || lex.actorHeads.has(head.bare) || lex.personHeads.has(head.bare);
    if (!ok) return false;
    const spEnd = addressee > a ? addressee : k;
    const sp = speakerFrom(a, spEnd);
    const via = addressee > a && isChannelStart(addressee) ? viaEntity({ start: startOfWord(addressee), end: toks[k - 1]!.t.end }) : null;
    let from = k + 1;
    let to = contentEnd(from, last).end;
    let direct = false;
    let b0 = toks[from]!.t.start;
    let b1 = toks[to - 1]!.t.end;
    if (closeOf.get(from) === to - 1) {
      direct = true;
      b0 = toks[from]!.t.end;
      b1 = toks[to - 1]!.t.start;
    }
    return !!emit(span(toks[k]!.t.start, toks[k]!.t.end), sp, via, direct, b0, b1, s);
  };

  const scan: QuoteScan = { toks, lex, closeOf, inQuote, quotes, quoteSpans, phraseAt, pendingVia, entityById, findContent, findObject, statementObject, firstTokOfSentence, preSubject, quotedJustBefore, span, startOfWord, readRegion, viaEntity, carried, speakerFrom, verbAt, relativeAntecedent, mainSubject, enclosingSpeaker, svoSubject, contrastSubject, ammaSubject, word, issuerOf, obliquePlural, possessedNoun, actorHeadAt, addresseeAt, statementOwner, reportOwnerBefore, opensClause, pluralVerb, groupParticiple, subjectBeforeKan, kanOpened, sentenceEndTok, contentEnd, emit, relativeSpeaker, resumptiveObject, joinedAntecedent, definiteSvo, titledSvo, sourceAntecedent, describedSvo, mentionIn, tokenAt, subjectOfSentence, joinedClauseSubject, relativeDisagrees, accusativeObject };

  for (let c = 0; c < toks.length; c++) {
    const tk = toks[c]!;
    if (c === firstTokOfSentence(c) && tk.t.kind === 'arabic' && headlineQuote(c)) {
      c = sentenceEndTok(c);
      continue;
    }
    const v = verbAt(c);
    // Cue after a quotation: «...»، قال X / «...» وأضاف X
    if (v && inQuote[c]! < 0 && c >= 2 && !v.objectOnly && cueAfterQuotation(scan, c, v)) continue;
    // "نقلا عن صحيفة ...": a two-word attribution whose first word also reads as a verb (نقلا "they both moved") is the attribution.
    if (v && inQuote[c]! < 0 && !(phraseAt(c, lex.accordingTo) > 1)) {
      c = verbQuote(scan, c, v);
      continue;
    }
    // (quotes15) "...، كما ذكرت وسائل إعلام يابانية."، "...، كما قال الناطق باسم الخارجية خلال مؤتمر صحفي.": كما (as) with a
    // verb of saying whose subject closes the sentence attributes the clause before it, as حسبما does.
    // (quotes33) Also with no comma ("أدى الحادث إلى سقوط عشرة قتلى كما أفادت وزارة الصحة."), after a word of the
    // clause it attributes: not at a sentence's start, where كما is "also" ("كما قال الوزير ...").
    if (tk.bare === 'كما' && inQuote[c]! < 0 && c > 0 && (COMMAS.has(toks[c - 1]!.t.text) || bareAs(c)) && asAttribution(c)) {
      handleAccordingTo(c, 2);
      continue;
    }
    // (quotes23) "...، على ما أفاد مسؤول قضائي."، "...، على ما أعلنت الوزارة": على ما with a past verb of saying after a
    // comma attributes the clause before it, as وفق ما does (not "حصل على ما يريد": a comma and a verb of saying).
    if (tk.bare === 'علي' && word(c + 1) === 'ما' && inQuote[c]! < 0 && c > 0 && COMMAS.has(toks[c - 1]!.t.text) && verbAt(c + 2)?.form === 'past' && lex.asSaid.has(verbAt(c + 2)!.lemma)) {
      handleAccordingTo(c, 1);
      continue;
    }
    // Attribution phrases: "بحسب وزارة الصحة", "وفق ما نقلت وكالة ...".
    const acc = inQuote[c]! < 0 ? phraseAt(c, lex.accordingTo) : 0;
    if (acc && !phraseAt(c, lex.afterQuote)) {
      handleAccordingTo(c, acc);
      continue;
    }
    // Noun cue: "جاء في بيان للجيش أن ...".
    if (lex.cameIn.has(tk.bare) && word(c + 1) === 'في' && (lex.nouns.has(word(c + 2)) || definiteStatementNoun(word(c + 2), lex))) {
      c = nounQuote(scan, c);
      continue;
    }
    // (quotes35) "وتضمن بيان للشرطة أن ...": a verb of holding with an indefinite statement noun for subject is the
    // same noun cue, the noun right after the verb (a definite one, "تضمن البيان", is left to the verb rules).
    if (lex.containVerbs.has(tk.bare) && inQuote[c]! < 0 && lex.nouns.has(word(c + 1))) {
      c = nounQuote(scan, c, 1);
      continue;
    }
    // A quotation followed only by a trailing attribution: «...»، وفق تعبيره.
    if (tk.t.kind === 'punct' && closeOf.has(c)) c = trailingAttribution(scan, c);
  }

  /**
   * (quotes33) كما at c with no comma before it, after at least three words of its own sentence, the last a word (not a
   * mark, a conjunction or a complementizer): the clause before it is a statement's content ("سقط عشرة قتلى كما أفادت ...").
   */
  function bareAs(c: number): boolean {
    const first = firstTokOfSentence(c);
    if (c - first < 3 || toks[c]!.key !== 'كما') return false;
    const prev = toks[c - 1]!;
    if (prev.t.kind !== 'arabic' && prev.t.kind !== 'number') return false;
    if (lex.complementizers.has(prev.key) || lex.complementizers.has(prev.bare) || prev.key === 'و') return false;
    for (let k = first; k < c; k++) if (verbAt(k) || toks[k]!.t.text === ':') return false;
    // The subject must close the sentence: its last word a name's, a relation adjective's (الرسمي التركي، محلية), or a
    // source noun's; "كما أعلن الوزير تشكيل لجنة" (also, with an object) ends on a noun of its own.
    let last = sentenceEndTok(c);
    while (last > c && toks[last]!.t.kind === 'punct') last--;
    if (last <= c + 1) return false;
    const lw = toks[last]!;
    const bare = lw.key.replace(/^ال/, '');
    if (mentionEnding(lw.t.end, (m) => m.entity.type !== 'LOC' || m.kind !== 'demonym')) return true;
    if (lw.t.kind === 'latin' || lex.sourceNouns.has(bare) || lex.anonymous.has(lw.key) || lex.anonymous.has(bare) || lex.channels.has(bare)) return true;
    return /(ي|يه|يون|يين)$/.test(lw.key) && lw.key.length >= 4;
  }

  /** (quotes15) كما at c, then a finite verb of saying and words to the sentence's end that hold no clause or object of it. */
  function asAttribution(c: number): boolean {
    const v = verbAt(c + 1);
    if (!v || v.form === 'participle' || !lex.asSaid.has(v.lemma)) return false;
    const hard = sentenceEndTok(c);
    if (hard - c > 14) return false;
    for (let k = c + 2; k <= hard; k++) {
      const t = toks[k]!;
      if (ENDS.has(t.t.text)) return true;
      // A quoted name in the subject (شبكة "إي.أر.تي") is one unit.
      const close = closeOf.get(k);
      if (close !== undefined && close <= hard && wordsBetween(k, close) <= 3) {
        k = close;
        continue;
      }
      if (t.t.text === ':' || closeOf.has(k) || COMMAS.has(t.t.text) || verbAt(k) || lex.complementizers.has(t.key) || lex.complementizers.has(t.bare)) return false;
      if (t.key.length > 1 && v.prep.includes(t.key)) return false;
    }
    return true;
  }

  /**
   * (quotes38) Reported words follow an attribution's source that starts at token i: a quotation of three words or more,
   * or a comma then a complementizer or a quotation, before the sentence ends.
   */
  function contentAfter(i: number, hard: number): boolean {
    for (let k = i; k <= hard; k++) {
      const t = toks[k]!;
      if (ENDS.has(t.t.text)) return false;
      const close = closeOf.get(k);
      if (close !== undefined && close <= hard) {
        if (wordsBetween(k, close) >= 3) return true;
        k = close;
        continue;
      }
      if (COMMAS.has(t.t.text)) {
        const n = toks[k + 1];
        return !!n && k + 1 <= hard && (closeOf.has(k + 1) || lex.complementizers.has(n.key) || lex.complementizers.has(n.bare));
      }
    }
    return false;
  }

  /**
   * (quotes46) An attribution between commas inside a clause that opens with a verb of saying and its subject ("وأكد
   * غندور، وفق البيان، أهمية ..."، "وأكد مصدر عسكري، وفق ما نقل التلفزيون الرسمي، سيطرة ..."، "وذكر المرصد، وفق ما نقلت
   * فرانس برس، نفذت ..."): the verb's subject speaks the words after the attribution, which names only the channel; the
   * clause before it (a verb and its subject) is no statement of the source's. When the verb already has its quote, the
   * attribution gives it its channel; else the verb's quote is made here, its content the words after the second comma.
   * c is the attribution's first token, i the first word of its source, [spStart, spEnd) its source, j the comma that
   * closes it. Only a past verb (not "ويعتبر المعسكر، بحسب ...": a passive present). Returns whether the attribution was
   * read so.
   */
  function framedAttribution(c: number, j: number, i: number, spStart: number, spEnd: number, viaSpan: { start: number; end: number } | null, hard: number): boolean {
    if (!COMMAS.has(toks[c - 1]?.t.text ?? '') || j >= hard || !COMMAS.has(toks[j]!.t.text)) return false;
    const first = firstTokOfSentence(c);
    const fv = toks[first]!.key === 'و' ? first + 1 : first;
    const v = verbAt(fv);
    if (!v || v.form !== 'past' || lex.relays.has(v.lemma) || fv + 1 > c - 2 || c - 1 - (fv + 1) > 10) return false;
    // The words between the verb and the comma are its subject alone: no verb, mark, quotation or complementizer.
    for (let k = fv + 1; k < c - 1; k++) {
      const t = toks[k]!;
      if (t.t.kind === 'punct' || verbAt(k) || inQuote[k]! >= 0 || lex.complementizers.has(t.key) || lex.complementizers.has(t.bare)) return false;
    }
    const region = readRegion(fv + 1, c - 1);
    if (region.subjectStart < 0) return false;
    const channel = viaEntity(viaSpan) ?? (spEnd > spStart ? viaEntity({ start: startOfWord(spStart), end: toks[spEnd - 1]!.t.end }) : null) ?? (j > i ? viaEntity({ start: startOfWord(i), end: toks[j - 1]!.t.end }) : null);
    const verbSpan = span(startOfWord(fv), toks[fv]!.t.end);
    // "ذكرت الصحيفة، نقلا عن مصادر، أن ...": after عن the source speaks, and the verb's subject is the channel.
    let relayed = false;
    for (let k = c; k < spStart && !relayed; k++) relayed = toks[k]!.key === 'عن';
    const own = quotes.find((q) => q.cue.start === verbSpan.start);
    if (own && relayed) return false;
    if (own) {
      if (!own.via && channel) own.via = channel;
      return true;
    }
    const subject = speakerFrom(region.subjectStart, region.subjectEnd);
    const sp = relayed ? (spEnd > spStart ? speakerFrom(spStart, spEnd) : null) : subject;
    if (!sp) return false;
    const through = relayed ? viaEntity({ start: startOfWord(region.subjectStart), end: toks[region.subjectEnd - 1]!.t.end }) : channel;
    let from = j + 1;
    if (from <= hard && (lex.complementizers.has(toks[from]!.key) || lex.complementizers.has(toks[from]!.bare))) from++;
    if (from > hard) return true;
    const { end } = contentEnd(from, hard);
    if (end <= from) return true;
    let a = toks[from]!.t.start;
    let b = toks[end - 1]!.t.end;
    let direct = false;
    let e = end - 1;
    while (e > from && (COMMAS.has(toks[e]!.t.text) || DASHES.has(toks[e]!.t.text))) e--;
    if (closeOf.get(from) === e) {
      a = toks[from]!.t.end;
      b = toks[e]!.t.start;
      direct = true;
    }
    // A relayed source keeps the attribution for its cue: the verb agrees with the channel ("وذكرت الوكالة، نقلا عن الوزير").
    emit(relayed ? span(startOfWord(c), toks[spStart - 1]!.t.end) : verbSpan, sp, through, direct, a, b, toks[c]!.sentence);
    return true;
  }

  /**
   * (quotes48) The verb that opens the attributed clause after an opening attribution's source when no comma, فإن or فقد
   * parts them ("ووفقا لناشطين يعتبر زيدان ..."، "وبحسب وسائل الإعلام الرسمية ستجري الانتخابات"): the first token in
   * (i+1 .. j) shaped as a finite verb (a past or present cue verb, كان، a future in سـ, an imperfect only a verb has, a
   * present in يـ) right after a definite word or a name, or a singular يـ verb right after a masculine plural in -ين/-ون
   * (which a relative clause of it would agree with). A definite noun takes no relative clause without الذي/التي, so that
   * verb is a clause of its own; after الذي/التي/ما the verbs are the source's own relative clause and none is taken. -1
   * when there is none.
   */
  function attributedClauseVerb(i: number, j: number): number {
    for (let k = i + 1; k < j; k++) {
      const w = toks[k]!;
      if (closeOf.has(k) || inQuote[k]! >= 0) return -1;
      if (RELATIVES.has(w.bare) || w.bare === 'ما' || w.bare === 'مما' || w.t.kind !== 'arabic') return -1;
      const prev = toks[k - 1]!;
      if (prev.t.kind !== 'arabic' || w.key !== w.bare || lex.timeWords.has(w.key)) continue;
      // A word inside a mention (one that starts up to 80 characters before it) is a name's, no verb.
      if (mentionIn(() => [w.t.start - 80, w.t.end], (m) => m.start < w.t.end && m.end > w.t.start)) continue;
      const nameBefore = (mentionsByEnd.get(prev.t.end) ?? []).some((m) => m.kind === 'name');
      const definiteBefore = nameBefore || /^ال/.test(prev.bare) || /^[بل]?ال/.test(prev.bare) && hasPrepClitic(k - 1) || prev.bare.startsWith('لل');
      const b = w.bare;
      if (b.startsWith('ال') || hasPrepClitic(k)) continue;
      const v = verbAt(k);
      const sure = (!!v && (v.form === 'past' || v.form === 'present')) || KAN.has(b) || (/^س[يت]/.test(b) && b.length >= 5 && !/[ةه]$/.test(b)) || verbOnlyShape(b);
      // A plain يـ word after a name may be the rest of the name (أورين يفتحئيل): only after a definite word.
      const finite = sure || (!nameBefore && /^ي/.test(b) && b.length >= 4 && !/[ةه]$/.test(b));
      if (!finite) continue;
      if (definiteBefore) return k;
      if (/(ين|ون)$/.test(prev.bare) && prev.bare.length >= 5 && /^ي/.test(b) && !/(ون|ان|وا)$/.test(b)) return k;
      return -1;
    }
    return -1;
  }

  function handleAccordingTo(c: number, len: number): void {
    const tk = toks[c]!;
    const sentence = tk.sentence;
    const hard = sentenceEndTok(c);
    let i = c + len;
    let channelOnly = false;
    let reported = false;
    let timed = false;
    let pronounRelay = false;
    if (word(i) === 'ما' || word(i) === 'لما' || /ما$/.test(toks[c + len - 1]!.key)) {
      if (word(i) === 'ما' || word(i) === 'لما') i++;
      if (toks[i] && lex.cameIn.has(toks[i]!.bare)) channelOnly = true;
      // "حسب ما أعلنه المتحدث": the verb may carry the pronoun of ما (أعلنه، نقلته، ذكرتها).
      const suffixed = !!toks[i] && toks[i]!.t.kind === 'arabic' && /(ه|ها)$/.test(toks[i]!.bare) && !!lex.verbs.get(toks[i]!.bare.replace(/(ه|ها)$/, ''));
      if (toks[i] && (verbAt(i) || channelOnly || suffixed)) {
        i++;
        reported = true;
        // (quotes38) "بحسب ما نقلت عنه وكالة ...": a relay whose source is the pronoun (عنه، عنها، عنهم).
        pronounRelay = !!toks[i] && /^عن(ه|ها|هم|هما)$/.test(toks[i]!.key) && lex.relays.has(verbAt(i - 1)?.lemma ?? '');
        // "وفقا لما أعلنت عنه المنظمة"، "حسب ما صرح به المتحدث": the preposition with the pronoun of ما comes before the subject.
        if (toks[i] && /^(عن|ب|الي|علي)(ه|ها)$/.test(toks[i]!.key)) i++;
        // (quotes36) "وفق ما أعلن الجمعة مسؤول في وزارة الدفاع"، "حسبما أعلنت مساء الثلاثاء النيابة العامة": time words
        // between the verb and its subject are no source (the source read empty, and the sentence's subject took it).
        while (i < hard && toks[i]!.t.kind === 'arabic' && (lex.timeWords.has(word(i)) || lex.timeWords.has(toks[i]!.key))) {
          i++;
          timed = true;
        }
      }
    }
    let j = i;
    while (j <= hard && !COMMAS.has(toks[j]!.t.text) && !ENDS.has(toks[j]!.t.text) && !DASHES.has(toks[j]!.t.text) && !isFaStart(j)) {
      if (closeOf.has(j) && closeOf.get(j)! <= hard) j = closeOf.get(j)!;
      j++;
    }
    // (quotes48) "ووفقا لناشطين يعتبر زيدان من أبرز ..."، "وبحسب نتائج الاستطلاع تقدم بوتين على ...": an attribution that
    // opens its sentence with no comma after its source; the source ends before the verb of the clause it attributes.
    const first0 = firstTokOfSentence(c);
    const opens = c === first0 || (c === first0 + 1 && toks[first0]!.key === 'و');
    const split = opens && !reported && j > i + 1 ? attributedClauseVerb(i, j) : -1;
    if (split > 0) j = split;
    let spStart = i;
    let spEnd = j;
    let viaSpan: { start: number; end: number } | null = null;
    for (let k = i; k < j; k++)
      if (toks[k]!.key === 'عن') {
        if (k > i) viaSpan = { start: startOfWord(i), end: toks[k - 1]!.t.end };
        spStart = k + 1;
        break;
      }
    for (let k = spStart; k < spEnd; k++) {
      if (closeOf.has(k) && closeOf.get(k)! < spEnd) {
        k = closeOf.get(k)!;
        continue;
      }
      if (lex.adverbials.has(toks[k]!.key) || (k > spStart && isAdverbialStart(k) && !hasPrepClitic(k))) {
        spEnd = k;
        break;
      }
    }
    // Inside another quote's content ("ذكرت الوكالة أنه وفقا لجيش بلادها ..."): a nested attribution, not counted.
    if (quoteSpans.some(tk.t.start, tk.t.start, (q) => q.start <= tk.t.start && tk.t.start < q.end)) return;
    // Only a person, body, medium or report can be a source: "وفقا لتسمية جمركية" states a manner.
    // (quotes36) After a verb and time words the words are its subject ("بحسب ما أعلن الجمعة قدامى المحاربين الروس").
    if (spEnd > spStart && !timed && !sourceLike(i, spEnd)) return;
    // After a quote of the same sentence it names the channel ("، وفق ما نقلت وكالة ..."), unless its own clause follows ("وحسب التقارير فقد ...").
    const prevInSentence = isFaStart(j) ? undefined : [...speakersOf].reverse().find((x) => x.sentence === sentence && x.q.end <= tk.t.start);
    if (prevInSentence) {
      if (!prevInSentence.q.via && j > i) prevInSentence.q.via = viaEntity({ start: startOfWord(i), end: toks[j - 1]!.t.end });
      return;
    }
    if (channelOnly) return;
    // (quotes38) "وقال X، بحسب ما نقلت عنه وكالة Y، "..."": the reported words follow the attribution, and the relay verb
    // (its source the pronoun of X) reads them; the clause before is no statement of the agency's.
    if (pronounRelay && contentAfter(i, hard)) return;
    if (framedAttribution(c, j, i, spStart, spEnd, viaSpan, hard)) return;
    let sp = spEnd > spStart ? speakerFrom(spStart, spEnd) : reported ? mainSubject(c) ?? carried(c) : null;
    if (!sp) return;
    // (quotes41) "وفقا لوثيقة سرية أطلعت عليها رويترز"، "بحسب رسالة حصلت CNN على نسخة منها": the body named after a verb
    // of obtaining (grammar.json receivedVerbs) saw the document; the document (its author, when its words name one)
    // is the source and the body only the channel.
    let obtainedVia: string | null = null;
    if (spEnd > spStart && !reported) {
      let got = -1;
      for (let k = spStart + 1; k < spEnd - 1 && got < 0; k++) if (lex.receivedVerbs.has(toks[k]!.t.text)) got = k;
      let e = got;
      if (e > spStart && RELATIVES.has(word(e - 1))) e--;
      if (got > spStart && e > spStart) {
        const channel = viaEntity({ start: toks[got + 1]!.t.start, end: toks[spEnd - 1]!.t.end });
        if (channel) {
          obtainedVia = channel;
          const author = speakerFrom(spStart, e);
          sp = author && author.id !== channel ? author : { id: null, text: text.slice(startOfWord(spStart), toks[e - 1]!.t.end), anonymous: false };
        }
      }
    }
    // "نفذت القوات عملية ...، بحسب بيان نشرته": a statement with no owner named is the sentence's subject's.
    // "بحسب البيان" after "قالت السفارة في بيان": the statement named before is its issuer's.
    // "وفق البيان الصادر مساء الأحد": the statement with its adjective is the statement too.
    const definiteNoun = word(spStart).startsWith('ال') && lex.nouns.has(word(spStart).slice(2)) && (spEnd - spStart === 1 || lex.statementAdjectives.has(word(spStart + 1)));
    if (!sp.id && !sp.anonymous && definiteNoun) sp = issuerOf(word(spStart).slice(2), c) ?? sp;
    if (!sp.id && !sp.anonymous && lex.nouns.has(word(spStart))) {
      const owner = subjectOfSentence(sentence, tk.t.start, false);
      if (owner?.id) sp = owner;
    }
    const via = viaEntity(viaSpan) ?? obtainedVia;
    const cueSpan = span(startOfWord(c), toks[c + len - 1]!.t.end);
    const first = firstTokOfSentence(c);
    const opening = c === first || (c === first + 1 && toks[first]!.key === 'و') || (c > first && COMMAS.has(toks[c - 1]!.t.text) && toks[c]!.key !== toks[c]!.bare && false);
    if (opening && !isFaStart(j) && (j > hard || ENDS.has(toks[j]!.t.text)) && j - i <= 8) {
      // (quotes19) "... في محافظة الحديدة. بحسب رويترز.": an attribution that is a sentence of its own (a stray full
      // stop before it) attributes the sentence before, or names the channel of the quote that sentence has.
      let e = first - 1;
      while (e >= 0 && (ENDS.has(toks[e]!.t.text) || toks[e]!.t.kind === 'punct')) e--;
      if (e < 0 || inQuote[e]! >= 0) return;
      const before = toks[e]!.sentence;
      const quoted = [...speakersOf].reverse().find((x) => x.sentence === before);
      if (quoted) {
        if (!quoted.q.via) quoted.q.via = via ?? viaEntity({ start: startOfWord(i), end: toks[j - 1]!.t.end });
        return;
      }
      const pf = firstTokOfSentence(e);
      // Not a headline: the sentence before ends with a full stop, as body sentences do.
      if (e - pf < 3 || !ENDS.has(toks[e + 1]?.t.text ?? '')) return;
      let a = toks[pf]!.t.start;
      if (toks[pf]!.key === 'و') a = toks[pf + 1]!.t.start;
      else if (toks[pf]!.t.kind === 'arabic' && doc.segment(pf).proclitics[0] === 'و') a = toks[pf]!.t.start + 1;
      emit(cueSpan, sp, via, false, a, toks[e]!.t.end, before);
      return;
    }
    if (isFaStart(j) || opening) {
      // "وبحسب الوزارة، فإن ...", "وطبقا لمنظمة ... فقد لقي ...": the content follows.
      let from = split > 0 ? split : j + 1;
      if (!isFaStart(j) && toks[from] && isFaStart(from)) from++;
      if (from > hard) return;
      const v = verbAt(from);
      if (v && introducesContent(from, v)) {
        // "وحسب الوكالة، أوضح المالكي أن ...": the verb's quote, through this channel.
        pendingVia.set(sentence, { start: startOfWord(i), end: toks[Math.max(i, j - 1)]!.t.end });
        return;
      }
      const { end } = contentEnd(from, hard);
      if (end <= from) return;
      emit(cueSpan, sp, via, false, toks[from]!.t.start, toks[end - 1]!.t.end, sentence);
      return;
    }
    // (quotes34) "أعلنت وزارة الدفاع السعودية ... سقوط طائرة، حسبما نقلت وكالة الأنباء السعودية": a sentence that opens
    // with a verb of saying and a named subject is that subject's statement; a reported attribution after it (حسبما نقلت،
    // وفق ما أفادت) names the channel, not the speaker.
    const fv = toks[first]!.key === 'و' ? first + 1 : first;
    const ov = reported && fv < c ? verbAt(fv) : null;
    const subj = ov && ov.form === 'past' && fv + 1 < c ? actorAt.get(toks[fv + 1]!.t.start) : undefined;
    // Only a medium (a channel noun heads it, or its KB actor code is a medium's, -MED): "وفق ما أفادت متحدثة باسمها" is
    // the spokeswoman's.
    const head = toks[spStart]?.key ?? '';
    const medium = spEnd > spStart && (lex.channels.has(head) || lex.channels.has(head.replace(/^ال/, '')) || lex.channels.has(word(spStart)) || (!!sp.id && /MED$/.test(entityById.get(sp.id)?.actor ?? '')));
    if (medium && subj && subj.kind === 'name' && (subj.entity.type === 'PER' || subj.entity.type === 'ORG') && subj.entity.id !== sp.id && subj.end < toks[c - 1]!.t.start) {
      const channel = via ?? (spEnd > spStart ? viaEntity({ start: startOfWord(spStart), end: toks[spEnd - 1]!.t.end }) : null);
      const a0 = fv > first ? toks[fv]!.t.start : toks[first]!.t.kind === 'arabic' && doc.segment(first).proclitics[0] === 'و' ? toks[first]!.t.start + 1 : toks[first]!.t.start;
      emit(cueSpan, { id: subj.entity.id, text: subj.text, anonymous: false }, channel, false, a0, toks[c - 1]!.t.end, sentence);
      return;
    }
    // The statement is the clause before the attribution.
    let a = toks[first]!.t.start;
    if (toks[first]!.key === 'و') a = toks[first + 1]!.t.start;
    else if (toks[first]!.t.kind === 'arabic' && doc.segment(first).proclitics[0] === 'و') a = toks[first]!.t.start + 1;
    emit(cueSpan, sp, via, false, a, toks[c - 1]!.t.end, sentence);
  }


  nameUnnamedBefore(speakersOf, entityById, lex);
  unnameTitleSpokespeople(quotes, entityById, lex, keyOf);
  return quotes.sort((x, y) => x.start - y.start);
}

/** (quotes36) Speaker words that hold the names of two people or more (a joint subject "فلان وفلان"). */
function namesTwoPeopleIn(text: string | null, entities: Iterable<Entity>): boolean {
  if (!text) return false;
  let n = 0;
  for (const e of entities) if (e.type === 'PER' && e.mentions.some((m) => m.kind === 'name' && m.text.trim().length > 2 && text.includes(m.text.trim())) && ++n >= 2) return true;
  return false;
}

/** Particles that open a two-word surname (بن لادن، أبو مازن، آل ثاني). */
const NAME_PARTICLES = new Set(['بن', 'ابن', 'ابو', 'ال', 'عبد']);
/** Words after which a verb opens a clause of its own (كما أكد رفضه). */
/** (quotes39) Connectors of contrast after which a subject may stand before its verb of saying (subjectFirstStatement). */
const CONTRAST_OPENERS = new Set(['لكن', 'ولكن', 'بينما']);
const CLAUSE_STARTERS = new Set(['كما', 'قد', 'وقد', 'ثم', 'لكن', 'ولكن', 'كذلك', 'ايضا', 'بدوره', 'بدورها']);
/** (quotes18) Prepositions that open a short adverbial phrase between a named subject and its verb's preposition. */
const ADVERBIAL_PHRASE_PREPOSITIONS = new Set(['في', 'خلال', 'امام', 'عبر', 'لدي', 'اثناء']);

/**
 * (quotes38) The relay verb at c stands inside an attribution of the clause around it: after the ما of بحسب ما/وفق ما
 * (or حسبما، كما) or after a comma ("كشف مصدر مسؤول، نقلت عنه وكالة ...، أن"), not opening its own sentence.
 */
function sameSentenceQuote(x: QuoteScan, q: Quote, c: number): boolean {
  const first = x.toks[x.firstTokOfSentence(c)]!.t.start;
  return q.cue.start >= first;
}

/**
 * (quotes41) "ارتفاع وتيرة الاحتجاجات الشعبية التي تطالب باستقالة الحكومة"، "وزراء الخارجية العرب الذين طالبوا بـ"،
 * "أيد الاحتجاجات التي دعت إلى رحيل الرئيس": a cue right after a relative pronoun, with no subject of its own after it
 * (a preposition's phrase, a complementizer, or an addressee the verb rules set aside) and no pronoun resuming the
 * antecedent (فيها، عنه: those are the main clause's), has the noun phrase before the pronoun for subject: unnamed, the
 * definite words back to the first indefinite one (a construct's head), at most four, no name among them, no title,
 * source or time noun (those have their own rules). Not the main clause's subject or a name met further back, which
 * made the protests' demand the prime minister's. Null when the words before are anything else.
 */
function plainAntecedent(x: QuoteScan, c: number): Speaker | null {
  const { toks, lex, word, verbAt, actorHeadAt, mentionIn } = x;
  const r = c - 1;
  if (r < 1 || !RELATIVES.has(toks[r]!.bare)) return null;
  const n = toks[c + 1];
  if (!n || n.sentence !== toks[c]!.sentence) return null;
  // "للأهداف التي تقول إنها مرافق": a complementizer with a pronoun resumes the antecedent, the statement's topic.
  if (/^ب?[اأإ]ن(ه|ها|هم|هما)$/.test(n.key) || /^ب?[اأإ]ن(ه|ها|هم|هما)$/.test(n.t.text)) return null;
  if (/^(في|عن|ب|ل|الي|علي|من|مع)(ه|ها|هم|هما)$/.test(n.key) || /(ه|ها|هم|هما)$/.test(toks[c]!.key.slice(-3)) && toks[c]!.key !== toks[c]!.bare) return null;
  // A quotation or a colon right after the verb: a passive (اتفاق الصخيرات، الذي يُعتبر "...") or the words of a
  // speaker named before (وفق الصالح الذي يضيف "..."); a comma before the pronoun leaves the antecedent open (المزيد من
  // التفاصيل حول تحركات الضحايا، التي أشارت). Both keep the rules before.
  if (n.t.kind === 'punct' || COMMAS.has(toks[r - 1]!.t.text)) return null;
  let k = r - 1;
  const last = k;
  let first = -1;
  for (let count = 0; k >= 0 && count < 4; k--, count++) {
    const w = toks[k]!;
    if (w.sentence !== toks[r]!.sentence || w.t.kind !== 'arabic' || verbAt(k)) break;
    const b = word(k);
    if (SEGMENT_PREPOSITIONS.has(w.key) || ['في', 'علي', 'عن', 'من', 'الي', 'و', 'او', 'ثم'].includes(w.key) || IN_IT.has(w.key) || x.phraseAt(k, lex.accordingTo) || lex.complementizers.has(w.key) || lex.notSpeakers.has(w.key) || lex.notSpeakers.has(b)) break;
    // "وهو الذي دعا": a pronoun is the one the sentence goes on with.
    if (lex.pronounSubjects.has(b) || lex.circumstantialPronouns.has(w.key)) return null;
    // An indefinite word is the construct's head ("وزراء الخارجية العرب"), but not the sentence's opening word or one
    // with a conjunction on it (وتواصلت الاحتجاجات: the verb).
    if (!b.startsWith('ال') && (k === x.firstTokOfSentence(k) || w.key !== w.bare || /^[وف]/.test(w.t.text) && !b.startsWith(w.t.text[0]!))) break;
    first = k;
    if (!b.startsWith('ال')) break;
  }
  if (first < 0) return null;
  const start = toks[first]!.t.start;
  const end = toks[last]!.t.end;
  if (mentionIn(() => [start, end], (m) => m.start < end && m.end > start)) return null;
  // "جيش تحرير ...، إحدى المجموعات المتمردة التي تطالب": an apposition after a comma describes the name before it.
  const before = toks[first - 1];
  if (before && COMMAS.has(before.t.text) && mentionIn(() => [before.t.start - 24, before.t.start], (m) => m.end >= before.t.start - 24 && m.end <= before.t.start)) return null;
  // Before a bare complementizer (قال إن، أقروا أن) only people speak: a plural in -ون/-ين (المقاولون الذين أقروا) or a
  // lone indefinite word (a name the recognizer missed: راميرز التي ادعت أن); "بتهمة الخيانة التي يقول إن" is the
  // statement's topic.
  if (lex.complementizers.has(n.key) || lex.complementizers.has(n.bare)) {
    const lw = word(last);
    if (!(lw.length >= 5 && /(ون|ين)$/.test(lw)) && !(first === last && !lw.startsWith('ال'))) return null;
  }
  // Only an appeal (دعا، طالب: the protests demand) or people (above, or a plural in -ون/-ين) say what the clause
  // says: "النقاط التي تشير إلى"، "النتائج التي أشارت إلى" are the statement of whoever made the points.
  const lw = word(last);
  if (!lex.appealVerbs.has(verbAt(c)?.lemma ?? '') && !(lw.length >= 5 && /(ون|ين)$/.test(lw)) && !(first === last && !lw.startsWith('ال'))) return null;
  // A medium's name the recognizer missed (وكالة الأنباء السورية الرسمية التي قالت) is its own speaker's.
  if (first > 0 && (lex.channels.has(toks[first - 1]!.key) || lex.channels.has(word(first - 1)))) return null;
  for (let i = first; i <= last; i++) if (lex.channels.has(toks[i]!.key) || lex.channels.has(word(i)) || actorHeadAt(i) || lex.anonymous.has(word(i)) || lex.anonymous.has(word(i).replace(/^ال/, '')) || lex.timeWords.has(word(i)) || lex.adverbialNouns.has(word(i)) || lex.sourceNouns.has(word(i).replace(/^ال/, ''))) return null;
  return { id: null, text: x.span(start, end).text, anonymous: false };
}

function attributionRelay(x: QuoteScan, c: number): boolean {
  const { toks, firstTokOfSentence } = x;
  if (c === firstTokOfSentence(c)) return false;
  // "، ونقلت عنه القول": a verb joined by و opens a clause of its own, its subject the one before.
  if (/^[وف]/.test(toks[c]!.t.text)) return false;
  const prev = toks[c - 1]!;
  return /ما$/.test(prev.key) || COMMAS.has(prev.t.text);
}

/**
 * (quotes38) The words of a group or of unnamed sources (cues.json groupHeads, anonymous: "محامو فلان"، "مسؤولون
 * رفيعو المستوى"، "ممثلي الادعاء") in the sentence before the participle at c, with at most three words after the head up
 * to a verb or a preposition; else null.
 */
function groupWordsBefore(x: QuoteScan, c: number): string | null {
  const { toks, lex, verbAt, firstTokOfSentence } = x;
  const first = firstTokOfSentence(c);
  // The group nearest the participle ("ولطالما تبنى أنصار الرئيس ...، لكن مسؤولين أتراك حاولوا ...، قائلين": the officials).
  for (let k = c - 1; k >= first; k--) {
    const w = toks[k]!.bare;
    if (toks[k]!.t.kind !== 'arabic' || !(lex.groupHeads.has(w) || lex.anonymous.has(w) || lex.anonymous.has(w.replace(/^ال/, '')))) continue;
    // Not a group inside a relative clause ("والجمعية التي يسيطر عليها أنصار مادورو"): the clause's, not the participle's.
    let relative = false;
    for (let r = Math.max(first, k - 3); r < k; r++) if (RELATIVES.has(toks[r]!.bare)) relative = true;
    if (relative) continue;
    let e = k + 1;
    while (e < c && e - k <= 3 && toks[e]!.t.kind === 'arabic' && !verbAt(e) && !['في', 'من', 'الي', 'علي', 'عن', 'ب', 'ل', 'قد', 'لم', 'لن'].includes(toks[e]!.key) && !/^[بل]/.test(toks[e]!.t.text) && !/وا$/.test(toks[e]!.key)) e++;
    return x.span(toks[k]!.t.start, toks[e - 1]!.t.end).text;
  }
  return null;
}

/** A reporting verb at token c (not inside a quotation) with the content it introduces: its quote. Returns the token the scan goes on after. */
function verbQuote(x: QuoteScan, c: number, v: CueVerb): number {
  const { toks, lex, closeOf, pendingVia, entityById, findContent, findObject, statementObject, firstTokOfSentence, preSubject, quotedJustBefore, span, startOfWord, readRegion, viaEntity, carried, speakerFrom, verbAt, relativeAntecedent, mainSubject, enclosingSpeaker, svoSubject, contrastSubject, ammaSubject, word, issuerOf, obliquePlural, possessedNoun, actorHeadAt, addresseeAt, statementOwner, reportOwnerBefore, opensClause, pluralVerb, groupParticiple, subjectBeforeKan, kanOpened, sentenceEndTok, contentEnd, emit, relativeSpeaker, resumptiveObject, joinedAntecedent, definiteSvo, titledSvo, sourceAntecedent, describedSvo, joinedClauseSubject, relativeDisagrees, accusativeObject, mentionIn } = x;
  const tk = toks[c]!;
  const namesTwoPeople = (text: string | null): boolean => namesTwoPeopleIn(text, entityById.values());
  const sentence = tk.sentence;
  // (quotes22) Whether a verb of publishing stands in cue c's sentence before it (ونشرت صحيفة X مقالا، تحقيق نشرته X).
  const publishedBefore = (c: number): boolean => {
    for (let k = c - 1; k >= firstTokOfSentence(c) && c - k <= MAX_SUBJECT_TOKENS; k--)
      if (lex.publishedBy.has(toks[k]!.key) || lex.publishingVerbs.has(toks[k]!.bare)) return true;
    return false;
  };
  let content = findContent(c, v);
  // "كتب قرقاش على تويتر أمس السبت "..."": what one writes on a named platform is quoted without a colon too.
  const onPlatform = lex.writingVerbs.has(v.lemma) && !!content && toks.slice(c + 1, content.regionEnd).some((t) => lex.platformWords.has(t.bare.replace(/^(ب|ل|عل)/, '')));
  // "ونقلت الوكالة عن مسؤول التحقيقات قوله "..."": a quotation right after the report noun (قوله) is what was said,
  // colon or not (quotes13: 145 such quotations in the corpus, all missed before).
  const afterReportNoun = lex.relays.has(v.lemma) && !!content && content.direct && lex.reportNouns.has(toks[content.regionEnd - 1]?.key ?? '');
  if (content && !v.speech && content.direct && !content.long && !content.described && toks[content.regionEnd - 1]?.t.text !== ':' && !onPlatform && !afterReportNoun) content = null;
  // (quotes33) اتهم reports only its own clause ("وتتهمه أنقرة بأنه ..."): one reached past an attribution, another verb of
  // saying or بيد ("سبعة أشخاص تتهمهم بالتواصل ...، بحسب الوكالة، بيد أن منظمة ... تقول إنهم") is another's, and the
  // accusation a noun object.
  if (content && v.lemma === 'اتهم' && !content.direct) {
    for (let k = c + 1; k < content.regionEnd; k++)
      if (x.phraseAt(k, lex.accordingTo) || verbAt(k) || toks[k]!.key === 'بيد') {
        content = null;
        break;
      }
  }
  if (!content) content = findObject(c, v);
  if (!content) content = statementObject(c, v);
  if (!content) return c;
  // Impersonal "ويذكر أن", "ويشار إلى أن": no one is quoted.
  // "ويضيف أن"، "ويقول إن" right after a quote go on with its speaker (a feature's present tense), and are not impersonal.
  if (v.form === 'present' && c === firstTokOfSentence(c) && content.regionEnd <= c + 1 && !content.direct && !preSubject(c) && !(lex.speakingOn.has(v.lemma) && quotedJustBefore(c))) return c;
  const cueSpan = span(startOfWord(c), tk.t.end);
  const region = readRegion(c + 1, content.regionEnd);
  let sp: Speaker | null = null;
  let via = viaEntity(region.via ?? pendingVia.get(sentence) ?? null);
  if (lex.relays.has(v.lemma)) {
    // نقلت الوكالة عن مسؤول قوله إن ...: the agency is the channel, the one after عن (or قول X) speaks.
    let an = -1;
    for (let i = c + 1; i < content.regionEnd; i++)
      if (toks[i]!.key === 'عن' || toks[i]!.key === 'قول' || toks[i]!.key === 'عنه' || toks[i]!.key === 'عنها' || (v.lemma === 'نسب' && /^الي(ه|ها)?$/.test(toks[i]!.key))) {
        an = i;
        break;
      }
    // (quotes35) "ونسبت الصحيفة لمسؤولين يمنيين القول إن"، "ونسبت الوكالة له قوله إن": نسب with the clitic ل on the source.
    const lam = an < 0 && v.lemma === 'نسب' ? relayLamSource(x, c, content.regionEnd) : -1;
    if (an < 0 && lam < 0) return c;
    if (lam >= 0) an = lam;
    const agency = readRegion(c + 1, an);
    if (agency.subjectStart >= 0) {
      const from = startOfWord(agency.subjectStart);
      const to = toks[agency.subjectEnd - 1]!.t.end;
      via = viaEntity({ start: from, end: to });
    }
    let end = content.regionEnd;
    for (let i = an + 1; i < end; i++)
      if (lex.reportNouns.has(toks[i]!.key) || lex.relaySourceEnds.has(toks[i]!.key)) {
        end = i;
        break;
      }
    if (lam >= 0) {
      // The source's words carry ل on their first word: a name in them, else their words without it, unnamed.
      const pron = /^لـ?(ه|ها|هم|هما)$/.test(toks[lam]!.t.text);
      // An unnamed source first: "لمصادر أمنية تركية"، "لأحد المطاعم في بيونغيانغ" name a country, not the speaker.
      const words = pron ? null : lamWords(x, lam, end);
      sp = pron ? carried(c) : words?.anonymous ? words : ownerAfterLam(x, lam, end) ?? words;
    } else if (an === c + 1 && /^عن(ه|ها|هم|هما)$/.test(toks[an]!.key) && attributionRelay(x, c)) {
      // (quotes38) "وقال X، بحسب ما نقلت عنه وكالة Y، "..."": a relay whose source is a pronoun, inside an attribution
      // (after ما/كما or a comma), names the channel after the pronoun; the clause's subject speaks (the speaker carried
      // from before gave the quote to the agency quoted last, or to the one before it).
      const agency = readRegion(an + 1, end);
      if (agency.subjectStart >= 0) via = viaEntity({ start: startOfWord(agency.subjectStart), end: toks[agency.subjectEnd - 1]!.t.end }) ?? via;
      // The verb before already read the words after the attribution ("وقال X، بحسب ما نقلت عنه Y، إن ..."): Y is its channel.
      const owner = x.quotes.find((q) => q.cue.end <= tk.t.start && q.start >= tk.t.end && sameSentenceQuote(x, q, c));
      if (owner) {
        if (!owner.via && via) owner.via = via;
        return c;
      }
      // The speaker: the subject of the verb of saying before the attribution, else the one the sentence goes on with.
      let vb = -1;
      for (let k = c - 1; k >= x.firstTokOfSentence(c) && vb < 0; k--) {
        const w = verbAt(k);
        if (w && w.form !== 'participle' && !lex.relays.has(w.lemma)) vb = k;
      }
      const said = vb >= 0 ? readRegion(vb + 1, c) : null;
      sp = said && said.subjectStart >= 0 ? speakerFrom(said.subjectStart, said.subjectEnd) : vb >= 0 ? carried(c) : mainSubject(c) ?? carried(c);
    } else {
      const who = /^(عن|الي)(ه|ها)$/.test(toks[an]!.key) ? null : readRegion(an + 1, end);
      sp = who && who.subjectStart >= 0 ? speakerFrom(who.subjectStart, who.subjectEnd) : carried(c);
    }
  } else if (v.form === 'participle') {
    // "تصريحات الوزيرة جمانة غنيمات التي أكدت قائلة": the participle goes with a verb in a relative clause, whose
    // subject is the person or body the relative pronoun follows.
    const w = verbAt(c - 1);
    sp = (w && w.form !== 'participle' && RELATIVES.has(toks[c - 2]?.bare ?? '') ? relativeAntecedent(c - 2) : null) ?? relativeClauseSubject(x, c) ?? mainSubject(c) ?? carried(c);
    // (quotes13) "وبدأ نشطاء عبر مواقع فيسبوك وتويتر ...، قائلين": a plural participle is no one person's, nor a body's
    // that only a preposition names; its subject is a group the sentence leaves unnamed.
    if (sp?.id && groupParticiple(c, sp.id)) sp = { id: null, text: null, anonymous: true };
    // (quotes38) "وكان محامو فلان قد طلبوا ...، قائلين"، "لكن ممثلي الادعاء اعترضوا ...، قائلين": a masculine plural or
    // dual participle (-ين) after a group or unnamed sources its own sentence names is theirs, unnamed, not the person
    // or body the sentence also names (in the group's genitive, an object, a place before).
    if (sp?.id && /ين$/.test(toks[c]!.bare)) {
      const group = groupWordsBefore(x, c);
      if (group) sp = { id: null, text: group, anonymous: true };
    }
    // (quotes20) "وختم تغريدته بالقول"، "واختتمت كلمتها بالقول": a lone possessed noun after the main verb is its object (his
    // tweet, her speech), not its subject; the speaker is the one the sentence goes on with.
    if (sp && !sp.id && lonePossessedStatement(sp.text, lex)) sp = carried(c) ?? sp;
  } else if (region.subjectStart >= 0 && ((toks[c - 1]?.key === 'قد' && preSubject(c)) || subjectBeforeKan(c) || kanOpened(c))) {
    // (quotes13) "وكان وزير الدفاع، سيرغي شويغو، قد أبلغ الرئيس بوتين أن"، "ذلك أن كوريا الشمالية كانت أعلنت وقتذاك أن":
    // the كان (... قد) frame holds the subject; the words after the verb are its object or an adverbial.
    // (quotes25) "وكان عباس أبلغ الرئيس الروسي، فلاديمير بوتين، ... أن" (no قد): the same frame, opening the sentence.
    sp = subjectBeforeKan(c) ?? preSubject(c);
  } else if (region.subjectStart < 0 && ammaSubject(c)) {
    const [a, b] = ammaSubject(c)!;
    sp = speakerFrom(a, b);
  } else if (svoSubject(c) >= 0) {
    // "ماكرون يصف اتصال ترمب بالنقانق: ..." (a headline's subject-first order): the name before the verb speaks.
    sp = speakerFrom(svoSubject(c), c);
  } else if (v.form === 'present' && definiteSvo(c) >= 0) {
    // (quotes44) "الصحيفة تندد "بمحاكمة ..."""، "الإيرانيون يقولون عادة إنهم"، "التحالف يكشف سبب ...": a line that opens
    // with a definite speaker noun right before a present verb.
    sp = speakerFrom(definiteSvo(c), c);
  } else if (v.form === 'present' && titledSvo(c) >= 0) {
    // (quotes48) "وزير الدفاع التركي يحذر فرنسا من ...": a title in the construct state and its definite words open the line.
    sp = speakerFrom(titledSvo(c), c);
  } else if (v.form === 'present' && describedSvo(c)) {
    // (quotes34) "محامية هولندية تطالب قطر بتعويض ...": an indefinite noun and its nisba open the sentence before a present
    // verb: that unnamed subject speaks; what follows the verb is its object.
    sp = describedSvo(c);
  } else if (relativeSpeaker(c, content, region.subjectStart)) {
    sp = relativeSpeaker(c, content, region.subjectStart);
  } else if (contrastSubject(c) >= 0) {
    // "لكن الأخير اتهم الاتحاد الأوروبي بأنه ...": the subject stands between لكن and the verb; what follows is the object.
    sp = speakerFrom(contrastSubject(c), c);
  } else if (region.subjectStart >= 0) {
    // A subject that is a statement noun: "أفاد بيان صادر عن الجيش": the issuer speaks.
    const s0 = region.subjectStart;
    if (lex.nouns.has(word(s0))) {
      let k = s0 + 1;
      while (k < region.subjectEnd && (word(k) === 'صادر' || word(k) === 'صادره' || word(k) === 'عن' || word(k) === 'رسمي')) k++;
      sp = k < region.subjectEnd ? speakerFrom(k, region.subjectEnd) : null;
    } else if (word(s0).startsWith('ال') && lex.nouns.has(word(s0).slice(2)) && region.subjectEnd - s0 <= 2) {
      // "وأوضح البيان أن" after "أصدرت الشركة بيانا": the statement's issuer speaks.
      sp = issuerOf(word(s0).slice(2), c) ?? speakerFrom(region.subjectStart, region.subjectEnd);
    } else {
      sp = speakerFrom(region.subjectStart, region.subjectEnd);
      // (quotes20) "واختتمت كلمتها بالقول: ..."، "وختم بيانه: ...": a lone possessed statement noun after the verb is its
      // object (her speech, his statement); the speaker is the one the sentence goes on with.
      if (sp && !sp.id && lonePossessedStatement(sp.text, lex)) sp = null;
      // "وحذرت المواطنين من ..."، "ووصفت المحتجين بأنهم": a definite plural in -ين right after the verb is its object
      // (a subject there reads -ون); the verb's subject is the one before.
      if (sp && !sp.id && obliquePlural(region.subjectStart)) sp = null;
      // "ووصف اتهامها بإصدار أوامر بقتله بأنه ...": وصف takes what it describes as its object; a possessed noun
      // (اتهامها) right after it is that object, and the subject is the running one. (A bare noun there is
      // as often an unrecognized subject, "وصفت المعلمة التهمة", over 1,000 corpus articles.)
      if (sp && !sp.id && !sp.anonymous && v.lemma === 'وصف' && possessedNoun(region.subjectStart) && !actorHeadAt(region.subjectStart)) sp = null;
      // "ودعا المجتمع الدولي إلى الضغط"، "وطالب جميع الأطراف بـ": the community or the parties called on are the object.
      if (sp && lex.appealVerbs.has(v.lemma) && addresseeAt(region.subjectStart)) sp = null;
    }
  }
  if (!sp && content.described && region.subjectStart < 0 && (toks[c - 1]?.key === 'ما' || toks[c - 1]?.key === 'من')) {
    // (quotes19) "قال الأسد إن العملية ضد من وصفهم بـ"الإرهابيين" ...": a relative ما/من وصفه with no subject of its own
    // inside another quote's content (which ends at the relative, as quotes do not overlap) is that quote's speaker's.
    const outer = x.quotes.find((q) => q.start < tk.t.start && q.end >= toks[c - 1]!.t.start - 1 && q.end <= tk.t.start);
    if (outer && (outer.speaker || outer.speakerText)) sp = { id: outer.speaker, text: outer.speakerText, anonymous: !outer.speaker };
  }
  if (!sp && v.form !== 'participle' && !lex.relays.has(v.lemma) && !resumptiveObject(c) && joinedAntecedent(c - 1)) {
    // (quotes44) "وزير الخارجية البريطاني، بوريس جونسون، والذي قال إن": the relative pronoun with و after a comma.
    sp = joinedAntecedent(c - 1);
  }
  if (!sp && v.form !== 'participle' && !lex.relays.has(v.lemma) && RELATIVES.has(toks[c - 1]?.key ?? '')) {
    // "الليرة التي قال عنها: ..."، "تصريحات أدلى بها ... قال فيها": the relative clause's pro-drop subject is the main clause's,
    // unless a person or body right before the relative pronoun is what it describes ("غنيمات التي أكدت أن").
    // (quotes34) "أعلنت الحركة مقتل فلان الذي وصفته بـ"المطلوب"": an object pronoun on the verb that resumes the relative
    // pronoun makes the antecedent the object; the verb's pro-drop subject is the main clause's. And "حجة المسؤولين
    // الذين قالوا إن": an unnamed source noun right before the relative pronoun is the subject it describes.
    sp = resumptiveObject(c) ? mainSubject(c) ?? carried(c) : relativeAntecedent(c - 1) ?? sourceAntecedent(c - 1) ?? (relativeDisagrees(c - 1) ? null : plainAntecedent(x, c)) ?? mainSubject(c) ?? carried(c);
  }
  if (!sp && v.form !== 'participle' && IN_IT.has(toks[c + 1]?.key ?? '')) {
    // "تصريح وزير الدفاع، قال فيه إن"، "أصدر النائب العام بيانا، أعلن فيه": the statement's owner speaks.
    sp = statementOwner(c);
  } else if (sp && v.form !== 'participle' && IN_IT.has(toks[c + 1]?.key ?? '') && region.subjectStart < 0 && cueGender(tk.key, v.form) === 'f' && publishedBefore(c)) {
    // (quotes22) "ونشرت صحيفة الغارديان مقالا للكاتب جون سميث كشفت فيه"، "وفي تحقيق نشرته صحيفة الغارديان، قالت فيه":
    // with no subject after فيه, a piece published in the same sentence is its publisher's statement, not the first
    // name's (the writer, a person the piece is about). Only with a feminine cue (a paper, an agency, a ministry): "مقال
    // لحسام عيتاني يرى فيه" is the writer's.
    sp = statementOwner(c) ?? sp;
  }
  if (!sp && v.form !== 'participle' && !lex.relays.has(v.lemma) && COMMAS.has(toks[c - 1]?.t.text ?? '')) {
    // "بشأن تقرير لشبكة "سي إن إن" يوم الاثنين، ذكر أن": the report's owner speaks.
    sp = reportOwnerBefore(c);
  }
  if (!sp && v.form !== 'participle' && !lex.relays.has(v.lemma)) {
    // "ورفضت الحكومة الاتهامات وقالت إن": a cue joined by و inside a sentence that has a subject of its own continues that subject.
    const joined = opensClause(c) && toks[c]!.key !== toks[c]!.bare && c !== firstTokOfSentence(c) && (COMMAS.has(toks[c - 1]!.t.text) || toks[c - 1]!.t.kind === 'arabic');
    // (quotes47) "وأصدر أمير الكويت، الشيخ ...، أمرا بحل مجلس الأمة ودعا إلى": the words right before a verb joined by و
    // are the object of the verb before it (one outside the lexicon, or preSubject would have met it), never the joined
    // verb's subject; that verb goes on with its sentence's subject.
    let pre = preSubject(c);
    // (quotes47) "وأصدر أمير الكويت، الشيخ ...، أمرا بحل مجلس الأمة ودعا إلى": words before a verb joined by و that open
    // with an indefinite accusative noun (أمرا، قرارا، بيانا) are the object of the verb before it, never a subject; the
    // joined verb goes on with the subject of that verb's clause.
    const objectBefore = !!pre && joined && toks[c - 1]!.t.kind === 'arabic' && accusativeObject(pre);
    if (objectBefore) pre = null;
    sp = pre ?? (joined ? (objectBefore ? joinedClauseSubject(c) : null) ?? mainSubject(c) ?? carried(c) : opensClause(c) ? carried(c) : mainSubject(c) ?? carried(c));
    // "ونظم حوالي 100 شخص احتجاجا قبيل زيارة غوتيريش، وأعربوا عن": a plural verb with no subject of its own does
    // not go on with one person; its subject is a group the sentence does not name.
    // (quotes36) "اعتبر الرئيس التركي أردوغان ونظيره الروسي بوتين ...، وشددا على": when the words carried name two people
    // or more, they stay the unnamed group's words (the gold's anonymous speaker is read by its words).
    if (!pre && sp?.id && pluralVerb(c) && entityById.get(sp.id)?.type === 'PER') sp = { id: null, text: namesTwoPeople(sp.text) ? sp.text : null, anonymous: true };
  }
  // (quotes21) "قال الحوثي إن إسرائيل تشارك فيما وصفه بـ"العدوان""، "ندد الوزير بما وصفه بالاعتداء": وصف or اعتبر with an
  // object pronoun right after a relative ما is the describer's: the speaker of the quote around it, else the sentence's
  // subject, never the noun phrase before ما. Only with no subject of its own after it: the description (بـ"..."، بأنه)
  // follows right away ("فيما وصفه الإعلام الرسمي بأنه" has its subject).
  const next = toks[c + 1];
  const describedNext = !!next && next.sentence === toks[c]!.sentence && (/^(ب$|بـ|بأن|بان|بال)/.test(next.t.text) || closeOf.has(c + 1));
  if (describedNext && lex.describingVerbs.has(v.lemma) && v.form !== 'participle' && /(ه|ها|هم)$/.test(toks[c]!.key) && RELATIVE_MA.has(toks[c - 1]?.key ?? '')) {
    sp = enclosingSpeaker(c) ?? mainSubject(c) ?? carried(c) ?? sp;
  }
  let a: number;
  let b: number;
  let direct = content.direct;
  const hard = sentenceEndTok(c);
  if (content.direct) {
    a = toks[content.from - 1]!.t.end;
    b = toks[content.closeAt]!.t.start;
  } else {
    if (content.from > hard) return c;
    const { end } = contentEnd(content.from, hard);
    if (end <= content.from) return c;
    a = toks[content.from]!.t.start;
    b = toks[end - 1]!.t.end;
    // An indirect content that is exactly one quotation is direct.
    const f = content.from;
    let e = end - 1;
    while (e > f && (COMMAS.has(toks[e]!.t.text) || DASHES.has(toks[e]!.t.text))) e--;
    if (closeOf.get(f) === e) {
      a = toks[f]!.t.end;
      b = toks[e]!.t.start;
      direct = true;
    }
  }
  // (quotes47) "وذكرت وكالة إنترفاكس نقلا عن الجيش الروسي أن"، "وقالت كيودو نقلا عن عدة مصادر حكومية إن": a verb of saying
  // whose subject is followed, with no comma, by نقلا عن and a source right before its words relays that source, as
  // quotes46 reads the relay between commas: the source speaks and the subject is the channel.
  // Only a named source and a subject that is no person ("وقال رئيس المنظمة X نقلا عن وكالة فارس": the person speaks,
  // through the agency); an unnamed source (نقلا عن مصدر مطلع) is left as before, because the feminine verbs that follow
  // (وأضافت) go on with the channel and the carried speaker would take the source.
  if (!content.direct && !lex.relays.has(v.lemma) && v.form !== 'participle' && region.subjectStart > c && sp && entityById.get(sp.id ?? '')?.type !== 'PER') {
    let k = region.subjectStart + 1;
    while (k < content.regionEnd - 2 && !(toks[k]!.key === 'نقلا' && toks[k + 1]!.key === 'عن') && !COMMAS.has(toks[k]!.t.text) && !verbAt(k)) k++;
    let end = content.regionEnd;
    while (end > k + 2 && (lex.complementizers.has(toks[end - 1]!.key) || toks[end - 1]!.t.text === ':' || /^قول(ه|ها|هم)$/.test(toks[end - 1]!.key) || lex.timeWords.has(word(end - 1)))) end--;
    if (toks[k]!.key === 'نقلا' && toks[k + 1]!.key === 'عن' && end > k + 2) {
      let plain = true;
      for (let j = k + 2; j < end; j++) if (COMMAS.has(toks[j]!.t.text) || verbAt(j) || toks[j]!.t.kind === 'punct') plain = false;
      if (plain) {
        const channel = viaEntity({ start: startOfWord(region.subjectStart), end: toks[k - 1]!.t.end });
        const source = speakerFrom(k + 2, end);
        // The source opens with its entity's mention or a statement noun (بيان أصدرته الهيئة): "نقلا عن مقربين من ماكين"
        // is people close to him, unnamed.
        const s0 = toks[k + 2]!.t;
        const opens = !!source?.id && (lex.nouns.has(word(k + 2)) || !!mentionIn(() => [s0.start, s0.end], (m) => m.entity.id === source.id && m.start < s0.end && m.end > s0.start));
        if (channel && opens && entityById.get(channel)?.type !== 'PER') {
          // The cue is the attribution, as quotes46's relay: the verb agrees with the channel (ذكرت الوكالة), and a
          // feminine cue would strip a man's entity in emit.
          const q = emit(span(startOfWord(k), toks[k + 1]!.t.end), source, channel, direct, a, b, sentence);
          if (q) c = Math.max(c, content.regionEnd);
          return c;
        }
      }
    }
  }
  const q = emit(cueSpan, sp, via, direct, a, b, sentence);
  if (q) c = Math.max(c, content.regionEnd);
  return c;
}

/**
 * (quotes21) The gender a singular cue form marks, or null where it marks none or is plural: a participle in ة/ه is
 * feminine and one in ا masculine (not a dual قالتا); a past verb in ت feminine, else masculine; a present verb in ت
 * feminine, in ي masculine.
 */
/**
 * (quotes29) The [start, end) spans of the lines that open with a link label of data/quotes/cues.json (linkLabels) and a
 * colon, at most four words in: "اقرأ أيضا: ..."، "للمزيد: ...". A bullet or dash before the label is allowed.
 */
export function linkLineSpans(text: string, lex: QuoteLexicon, keyOf: (w: string) => string, labels: Set<string> = lex.linkLabels): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!labels.size) return out;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const head = text.slice(start, Math.min(end, start + 60));
    // (quotes47) "قد يهمك| ..."، "قد يهمك/ ...": a bar or slash after the label stands for the colon.
    const colon = head.search(/[:：|/]/);
    if (colon > 0) {
      const words = head.slice(0, colon).replace(/^[\s\-–—•*►▶>]+/, '').trim().split(/\s+/).filter(Boolean);
      if (words.length > 0 && words.length <= 4 && labels.has(words.map(keyOf).join(' '))) out.push([start, end]);
      // (quotes33) "شاهد اعتراض الصواريخ عبر الفيديو التالي: ...": a one-word label opening the line and "the following"
      // closing it before the colon.
      else if (labels === lex.linkLabels && words.length > 1 && labels.has(keyOf(words[0]!)) && lex.linkLabelEndings.has(keyOf(words[words.length - 1]!))) out.push([start, end]);
    }
    start = end + 1;
  }
  return out;
}

function cueGender(key: string, form: string): 'f' | 'm' | null {
  if (form === 'participle') {
    if (/[هة]$/.test(key)) return 'f';
    if (/ا$/.test(key) && !/(تا|ين|ون)$/.test(key)) return 'm';
    return null;
  }
  if (form === 'past') {
    if (/(وا|تا|ا)$/.test(key)) return null;
    return key.length >= 3 && key.endsWith('ت') ? 'f' : 'm';
  }
  if (form === 'present') {
    if (/(ون|ان)$/.test(key)) return null;
    if (key.startsWith('ت')) return 'f';
    if (key.startsWith('ي')) return 'm';
  }
  return null;
}

/** The document's tokens with their normalized keys and sentence numbers. */
/**
 * (quotes27) A body's name that holds a person's (إدارة الرئيس الأمريكي دونالد ترامب، مؤسسة بيل غيتس): the body speaks,
 * not the person. A person's mention (or title) lying inside a body's name mention, shorter than it, is left out of
 * the quote stage's mentions, so the body's speaker span stays whole and no carried or anonymous speaker goes to the
 * person named inside it. `mentions` sorted by start; the order is kept.
 */
export function withoutPersonsInsideBodies(mentions: MentionRef[]): MentionRef[] {
  const bodies = mentions.filter((m) => m.entity.type === 'ORG' && m.kind === 'name');
  if (bodies.length === 0) return mentions;
  return mentions.filter(
    (m) => m.entity.type !== 'PER' || !bodies.some((b) => b.start <= m.start && b.end >= m.end && b.end - b.start > m.end - m.start),
  );
}

function tokenTable(doc: Doc, keyOf: (w: string) => string): Tok[] {
  const toks: Tok[] = [];
  let s = 0;
  for (const t of doc.tokens) {
    while (s < doc.sentences.length - 1 && t.start >= doc.sentences[s]!.end) s++;
    const key = keyOf(t.text);
    toks.push({ t, key, bare: stripConj(key), sentence: s });
  }
  return toks;
}

/** Each token's first token of its sentence. */
function sentenceFirsts(toks: Tok[]): Int32Array {
  const sentFirst = new Int32Array(toks.length);
  for (let i = 0; i < toks.length; i++) sentFirst[i] = i > 0 && toks[i - 1]!.sentence === toks[i]!.sentence ? sentFirst[i - 1]! : i;
  return sentFirst;
}

/** Each token's last token of its sentence. */
function sentenceLasts(toks: Tok[]): Int32Array {
  const sentLast = new Int32Array(toks.length);
  for (let i = toks.length - 1; i >= 0; i--) sentLast[i] = i < toks.length - 1 && toks[i + 1]!.sentence === toks[i]!.sentence ? sentLast[i + 1]! : i;
  return sentLast;
}

/**
 * (quotes20) A speaker text that is one possessed statement noun of the lexicon (كلمتها، تغريدته، بيانه): the verb's
 * object, not its subject.
 */
function lonePossessedStatement(text: string | null, lex: QuoteLexicon): boolean {
  const t = text?.trim() ?? '';
  if (!/^[^\s]+(ه|ها|هم)$/.test(t)) return false;
  const stem = cueKey(t).replace(/^[وف]/, '').replace(/(ه|ها|هم)$/, '');
  return lex.nouns.has(stem.replace(/ت$/, 'ه')) || lex.nouns.has(stem);
}

/** A verb written passive (a damma on its first letter: نُقل عنها، قُتل) has no speaker to report. */
function passive(w: string): boolean {
  return /^[وف]?[^\u064B-\u0652]\u064F/u.test(w);
}

/**
 * Each token's reporting verb, or null.
 * (pg18) One small function a pass, in the order they run: V8 recompiled the one large function again and again over a
 * long run (a "wrong map" in any pass threw all its optimized code away); small ones are recompiled alone and cheaply.
 */
function cueVerbs(toks: Tok[], lex: QuoteLexicon): Array<CueVerb | null> {
  const verbOf = lexiconCueVerbs(toks, lex);
  explainedBeforeClause(toks, lex, verbOf);
  participlesAfterComma(toks, verbOf);
  presentsAfterLam(toks, lex, verbOf);
  // "متوعدا إياها بقوله: "سترون ..."": بقوله (by his saying) before a colon or a quotation reports like قائلا.
  const said = lex.verbs.get(cueKey('قائلا'));
  if (said) bySayingCues(toks, lex, verbOf, said);
  verbalNounsOfWasf(toks, verbOf);
  // "تقارير غير مؤكدة": a participle after غير ("un-") is an adjective, not a cue.
  for (let i = 1; i < toks.length; i++) if (verbOf[i]?.form === 'participle' && toks[i - 1]!.key === 'غير') verbOf[i] = null;
  participleNounsAlone(toks, lex, verbOf);
  notCuesAfterWords(toks, verbOf);
  turnedOut(toks, lex, verbOf);
  impersonalPresents(toks, lex, verbOf);
  beliefsWithoutBeliever(toks, lex, verbOf);
  // (quotes20) "واكتفى بالقول "..."" (grammar.json bySaying) and "وخلص الناطق إلى القول "..."": the verbal noun القول after ب or
  // إلى opens a quotation or a colon like قائلا (52 in 4,000 corpus articles), بالقول even after a cue of its own clause
  // ("وعلق روحاني على ... بالقول "..."": علق finds no content there; where it does, this quote overlaps it and is not emitted).
  if (said) toTheSaying(toks, verbOf, said);
  const saidPast = lex.verbs.get(cueKey('قال'));
  if (saidPast) cameInIt(toks, lex, verbOf, saidPast);
  return verbOf;
}

/**
 * (quotes48) "أصدرت الوزارة بيانا جاء فيه أن ..."، "في تغريدة جاء فيها "..."": جاء/ورد فيه (grammar.json cameIn) right after
 * a statement noun (cues.json nouns, indefinite or definite, a comma or الذي/التي between) reports that statement as
 * قال فيه does, so its owner speaks (statementOwner); not a statement its sentence receives or relays. On the corpus
 * none of these was a quote before.
 */
function cameInIt(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>, said: CueVerb): void {
  const statementNoun = (k: number): boolean => {
    const t = toks[k];
    if (!t || t.t.kind !== 'arabic') return false;
    const w = t.key.replace(/^ال/, '');
    return lex.nouns.has(w) || lex.nouns.has(w.replace(/ا$/, ''));
  };
  for (let i = 1; i + 1 < toks.length; i++) {
    if (verbOf[i] || !lex.cameIn.has(toks[i]!.key) || !IN_IT.has(toks[i + 1]!.key) || toks[i + 1]!.key.startsWith('خلال')) continue;
    let k = i - 1;
    if (COMMAS.has(toks[k]!.t.text) || RELATIVES.has(toks[k]!.key)) k--;
    if (k < 0 || !statementNoun(k)) continue;
    // "تلقت رسالة جاء فيها"، "ونقلت الوكالة البيان الذي جاء فيه": a statement received (grammar.json receivedVerbs) or
    // relayed in its sentence is not its subject's; its author is unnamed or named elsewhere.
    let other = false;
    for (let b = k - 1; b >= 0 && toks[b]!.sentence === toks[i]!.sentence && k - b <= 8 && !other; b--) {
      const v = verbOf[b];
      other = lex.receivedVerbs.has(toks[b]!.t.text.replace(/^و/, '')) || (!!v && lex.relays.has(v.lemma));
    }
    if (!other) verbOf[i] = withForm(said, 'past');
  }
}

/**
 * cueVerbs' first pass: each Arabic token's verb in the lexicon, not written passive.
 * (pg18) Built by push, not by toks.map: V8's map makes a packed array when it runs unoptimized and a holey one (another
 * hidden class) when TurboFan inlines it, and the passes' stores into the array threw their optimized code away
 * ("wrong map") whenever the kind they had seen changed; push makes one packed array either way.
 */
function lexiconCueVerbs(toks: Tok[], lex: QuoteLexicon): Array<CueVerb | null> {
  const verbOf: Array<CueVerb | null> = [];
  for (const tk of toks) {
    if (tk.t.kind !== 'arabic') {
      verbOf.push(null);
      continue;
    }
    // Speed: bare equals key for most words; a second lookup of the same word finds nothing more.
    const v = lex.verbs.get(tk.key) ?? (tk.bare !== tk.key ? lex.verbs.get(tk.bare) : undefined) ?? null;
    verbOf.push(v && !passive(tk.t.text) ? v : null);
  }
  return verbOf;
}

/** "وبيّن أن ...": بين is the preposition "between" except right before a complementizer, where only the verb "explained" fits. */
function explainedBeforeClause(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>): void {
  const explained = lex.verbs.get(cueKey('أوضح'));
  if (explained)
    for (let i = 0; i + 1 < toks.length; i++)
      if (!verbOf[i] && toks[i]!.bare === 'بين' && toks[i]!.t.kind === 'arabic' && lex.complementizers.has(toks[i + 1]!.key)) verbOf[i] = withForm(explained, 'past', 'بين');
}

/** "، طالبا إياه بـ...": after a comma and without و, a past dual in ا (طالبا) reads as the participle (طالبًا) of the clause before. */
function participlesAfterComma(toks: Tok[], verbOf: Array<CueVerb | null>): void {
  for (let i = 1; i < toks.length; i++) {
    const v = verbOf[i];
    if (v && v.form === 'past' && toks[i]!.key === toks[i]!.bare && toks[i]!.key.endsWith('ا') && toks[i]!.key.length >= 4 && COMMAS.has(toks[i - 1]!.t.text)) verbOf[i] = withForm(v, 'participle');
  }
}

/** "أجاب الأمير بقوله:"، "وصرح X بقوله": بقوله after a cue of its own clause only repeats that cue. */
function cueJustBefore(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 12 && toks[k]!.sentence === toks[i]!.sentence; k--) {
    if (COMMAS.has(toks[k]!.t.text)) return false;
    // Also a present after ل (ليجيب الأمير بقوله، ليرد بقوله), a cue even without a clause of its own.
    if (verbOf[k] || (toks[k]!.bare.startsWith('ل') && lex.verbs.get(toks[k]!.bare.slice(1))?.form === 'present')) return true;
  }
  return false;
}

/** A complementizer, a colon or an opening quotation mark at token k (presentsAfterLam). */
function opensClause(toks: Tok[], lex: QuoteLexicon, k: number): boolean {
  return !!toks[k] && (lex.complementizers.has(toks[k]!.key) || toks[k]!.t.text === ':' || !!OPEN_QUOTES[toks[k]!.t.text]);
}

/** "ليشدد على أنه"، "لتؤكد أن": the present after the particle ل (so as to / and then) reports as the present does. */
function presentsAfterLam(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>): void {
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (verbOf[i] || tk.t.kind !== 'arabic' || !tk.bare.startsWith('ل') || tk.bare.length < 5) continue;
    const v = lex.verbs.get(tk.bare.slice(1));
    if (!v || v.form !== 'present' || !/^[يت]/.test(tk.bare.slice(1)) || passive(tk.t.text)) continue;
    // Only with a complement clause or a quotation after it (ليعترف بذلك، لتعلن مقتل are no quotes).
    if (opensClause(toks, lex, i + 1) || (v.prep.includes(toks[i + 1]?.key ?? '') && opensClause(toks, lex, i + 2))) verbOf[i] = v;
  }
}

/** بقوله (by his saying) before a colon or a quotation, where no cue of its own clause stands just before it (cueVerbs). */
function bySayingCues(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>, said: CueVerb): void {
  for (let i = 0; i + 1 < toks.length; i++)
    if (!verbOf[i] && lex.bySaying.has(toks[i]!.key) && (toks[i + 1]!.t.text === ':' || OPEN_QUOTES[toks[i + 1]!.t.text]) && (!cueJustBefore(toks, lex, verbOf, i) || toks[i]!.key === 'بالقول')) verbOf[i] = withForm(said, 'participle');
}

/**
 * (quotes19) "بعد وصفه الغارة بأنها"، "بعد يوم من وصفه": a form of وصف with an object pronoun after a preposition is
 * the verbal noun (his describing), whose owner the pronoun is, not a verb whose subject follows.
 */
function verbalNounsOfWasf(toks: Tok[], verbOf: Array<CueVerb | null>): void {
  for (let i = 1; i < toks.length; i++)
    if (verbOf[i]?.lemma === 'وصف' && /(ه|ها|هم)$/.test(toks[i]!.key) && VERBAL_NOUN_BEFORE.has(toks[i - 1]!.bare)) verbOf[i] = null;
}

/**
 * (quotes20) "ومقره لندن"، "تضم معلمين وخبراء"، "رفعوا لافتة ضخمة"، "إثر مطالبة مانيلا": a participle form that news
 * mostly writes as a noun (data/quotes/cues.json participleNouns) reports only after a comma without و, or with its
 * clause, a colon, a quotation or the verb's preposition right after it.
 */
function participleNounsAlone(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>): void {
  for (let i = 0; i < toks.length; i++) {
    const v = verbOf[i];
    if (v?.form !== 'participle' || !lex.participleNouns.has(toks[i]!.bare)) continue;
    const afterComma = i > 0 && COMMAS.has(toks[i - 1]!.t.text) && toks[i]!.key === toks[i]!.bare;
    const n = toks[i + 1];
    const nk = n?.key ?? '';
    const clause = !!n && (lex.complementizers.has(nk) || n.t.text === ':' || !!OPEN_QUOTES[n.t.text]);
    const prep = !!n && n.t.kind === 'arabic' && v.prep.some((p) => nk === p || (p.length === 1 && (nk.startsWith(p + 'ال') || nk === p + 'ان')));
    if (!afterComma && !clause && !prep) verbOf[i] = null;
  }
}

/** Prepositions after which a participle form is a verbal noun (notCuesAfterWords). */
const PARTICIPLE_NOT_AFTER = ['في', 'من', 'علي', 'عن', 'الي'];

/** Forms that the word before them, or their spelling, shows to be no cue (cueVerbs). */
function notCuesAfterWords(toks: Tok[], verbOf: Array<CueVerb | null>): void {
  // "إلى عدم مطالبة أزواجهن": after عدم the form is a verbal noun, not a participle.
  for (let i = 1; i < toks.length; i++) if (verbOf[i]?.form === 'participle' && toks[i - 1]!.bare === 'عدم') verbOf[i] = null;
  // "وقال أحد الشهود، ويدعى أنجيلو"، "مواطنة تدعى ميلينا": the present of ادعى written with a final ى is the passive
  // يُدعى "is called", not تدّعي "claims".
  for (let i = 0; i < toks.length; i++) if (verbOf[i]?.lemma === 'ادعى' && verbOf[i]!.form === 'present' && toks[i]!.t.text.endsWith('ى')) verbOf[i] = null;
  // "المتخصص في متابعة رحلات الطيران": after a preposition the form is a verbal noun too.
  for (let i = 1; i < toks.length; i++) if (verbOf[i]?.form === 'participle' && PARTICIPLE_NOT_AFTER.includes(toks[i - 1]!.key)) verbOf[i] = null;
  // "بعثة ... تبين لها أن": تبيّن لـ is "became clear to", not تُبيّن "shows".
  for (let i = 0; i + 1 < toks.length; i++) if (verbOf[i]?.lemma === 'بين' && toks[i]!.key === 'تبين' && /^ل(ه|ها|هم|هما|هن|نا|ي|كم)$/.test(toks[i + 1]!.key)) verbOf[i] = null;
}

/**
 * (quotes14) "وتبين أنه ابنه"، "تبين لاحقا أن": تبيّن with no subject before أن is "it turned out", no one's statement
 * (12 of 13 corpus quotes of تبين on 1,600 articles); "وتبين وثائق ... أن" (documents show) keeps its subject.
 */
function turnedOut(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    if (verbOf[i]?.lemma !== 'بين' || toks[i]!.bare !== 'تبين') continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 2 && lex.turnedOutAdverbs.has(toks[j]!.key)) j++;
    if (j < toks.length && /^[اإأ]ن(ه|ها|هم|هما|هن)?$/.test(toks[j]!.key)) verbOf[i] = null;
  }
}

/**
 * (quotes14) "ويتوقع أن يصل السد"، "التي يتوقع أن تستمر": يتوقع right before أن is the passive يُتوقَّع "it is
 * expected", no one's forecast (15 of 23 corpus quotes of يتوقع on 1,600 articles, all of them passive); with a
 * subject between (ويتوقع دبلوماسيون أن) it stays a cue.
 * (quotes26) So is يعتقد before أن ("ويعتقد أن المهاجم فر"، "ما كان يعتقد أنه"): يُعتقد "it is believed".
 * (quotes26) Adverbs may stand between (data/quotes/grammar.json passiveAdverbs: "يعتقد على نطاق واسع أن"), and بأن is أن ("ويعتقد بأنهم ماتوا").
 */
function impersonalPresents(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    // (quotes31) The verbs are data (grammar.json passivePresents), with يستبعد: "ولا يستبعد أن تصل" (it is not ruled out).
    if (!(verbOf[i] && verbOf[i]!.form === 'present' && lex.passivePresents.has(toks[i]!.bare))) continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 4 && lex.passiveAdverbs.has(toks[j]!.key)) j++;
    if (j < toks.length && /^ب?[اإأ]ن(ه|ها|هم|هما|هن)?$/.test(toks[j]!.key)) verbOf[i] = null;
  }
}

/**
 * (quotes26) A belief (اعتقد) reports a statement when its believer stands before it: a finite form with أن right after
 * it needs a subject just before it ("العلماء يعتقدون أن"، "كانت ماي تعتقد أنها") or a connector with its pronoun
 * ("لكنها تعتقد أن"). With و/ف on the verb, after حيث, a relative, a negation or كان, or at a clause's start, it is
 * mostly a thought told of someone in a story ("واعتقدتْ أنها"، "فاعتقدت أن"، "لمن تعتقد أنهم"), whose believer the
 * stage could only guess.
 * After a relative pronoun it describes what it names ("الصخرة التي يعتقد المسيحيون أن ..."، "المعتقدات التي يعتقد
 * الكادر بأنها صحيحة"): no one's statement, whatever follows it.
 */
function beliefsWithoutBeliever(toks: Tok[], lex: QuoteLexicon, verbOf: Array<CueVerb | null>): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const v = verbOf[i];
    if (v?.lemma !== 'اعتقد' || v.form === 'participle') continue;
    const prev = i > 0 ? toks[i - 1]! : null;
    if (prev && (RELATIVES.has(prev.bare) || RELATIVE_MA.has(prev.key))) {
      verbOf[i] = null;
      continue;
    }
    if (!/^ب?[اإأ]ن(ه|ها|هم|هما|هن|نا|ي)?$/.test(toks[i + 1]!.key)) continue;
    const named = !!prev && prev.t.kind === 'arabic' && prev.sentence === toks[i]!.sentence && toks[i]!.key === toks[i]!.bare &&
      (lex.connectors.has(prev.key) || !(RELATIVES.has(prev.bare) || RELATIVE_MA.has(prev.key) || KAN.has(prev.bare) || BELIEF_NOT_SUBJECT.has(prev.bare)));
    if (!named) verbOf[i] = null;
  }
}

/** "وخلص الناطق إلى القول "..."": القول after إلى before a colon or a quotation reports like قائلا (cueVerbs). */
function toTheSaying(toks: Tok[], verbOf: Array<CueVerb | null>, said: CueVerb): void {
  for (let i = 1; i + 1 < toks.length; i++)
    if (!verbOf[i] && toks[i]!.key === 'القول' && toks[i - 1]!.key === 'الي' && (toks[i + 1]!.t.text === ':' || OPEN_QUOTES[toks[i + 1]!.t.text])) verbOf[i] = withForm(said, 'participle');
}

/** (quotes19) Prepositions and time nouns after which a verb form with an object pronoun reads as a verbal noun. */
const VERBAL_NOUN_BEFORE = new Set(['بعد', 'قبل', 'عقب', 'اثر', 'في', 'علي', 'عن', 'عند', 'لدي', 'خلال', 'منذ', 'حين', 'لدى']);

/** Quotation spans: fills closeOf (opening mark's token → closing mark's) and returns each token's opening mark inside a quotation, else -1. */
function quotations(toks: Tok[], text: string, closeOf: Map<number, number>): Int32Array {
  const inQuote = new Int32Array(toks.length).fill(-1);
  for (let i = 0; i < toks.length; i++) {
    // Speed: only punctuation can open a quotation; test the kind before the lookup by text.
    if (toks[i]!.t.kind !== 'punct') continue;
    const closer = OPEN_QUOTES[toks[i]!.t.text];
    if (!closer) continue;
    for (let j = i + 1; j < toks.length && toks[j]!.sentence <= toks[i]!.sentence + 2; j++) {
      // A quotation does not run across a paragraph: an unpaired mark must not swallow the next paragraph's.
      if (text.slice(toks[j - 1]!.t.end, toks[j]!.t.start).includes('\n')) break;
      if (toks[j]!.t.text === closer) {
        // (quotes31) "... أفعال "ايتا"... نعتذر بصدق": a straight mark that opens a word (space before, a letter after)
        // inside a straight quotation opens a short quoted name; when a mark that closes a word follows within five
        // words and a closing mark after it, the quotation runs to that one.
        if (closer === '"' && opensWord(text, toks[j]!.t)) {
          const outer = nestedClose(toks, text, j);
          if (outer > 0) j = outer;
        }
        if (j > i + 1) {
          closeOf.set(i, j);
          for (let k = i + 1; k < j; k++) inQuote[k] = i;
        }
        i = j;
        break;
      }
    }
  }
  return inQuote;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** (quotes31) A straight mark written as an opening one: a space or line start before it, a letter or digit right after. */
function opensWord(text: string, t: Token): boolean {
  const before = t.start > 0 ? text[t.start - 1]! : ' ';
  return /\s/.test(before) && WORD_CHAR.test(text[t.end] ?? '');
}
/** (quotes31) A straight mark written as a closing one: a letter, digit or stop right before it, no letter right after. */
function closesWord(text: string, t: Token): boolean {
  return t.start > 0 && /[\p{L}\p{N}.!؟?)]/u.test(text[t.start - 1]!) && !WORD_CHAR.test(text[t.end] ?? '');
}

/**
 * (quotes31) From an inner opening mark at j: the closing mark of the quotation around it, when the inner quotation
 * closes within five words with a mark written as closing and another mark written as closing follows in the same
 * paragraph; else -1.
 */
function nestedClose(toks: Tok[], text: string, j: number): number {
  let inner = -1;
  for (let k = j + 1; k < toks.length && k <= j + 6; k++) {
    if (text.slice(toks[k - 1]!.t.end, toks[k]!.t.start).includes('\n')) return -1;
    if (toks[k]!.t.text === '"') {
      inner = k;
      break;
    }
  }
  if (inner < 0 || !closesWord(text, toks[inner]!.t)) return -1;
  for (let k = inner + 1; k < toks.length && toks[k]!.sentence <= toks[j]!.sentence + 2; k++) {
    if (text.slice(toks[k - 1]!.t.end, toks[k]!.t.start).includes('\n')) return -1;
    if (toks[k]!.t.text === '"') return closesWord(text, toks[k]!.t) ? k : -1;
  }
  return -1;
}

/** Country entities of a document by ISO code. */
function countryEntities(entities: readonly Entity[]): Map<string, Entity> {
  const countryEntity = new Map<string, Entity>();
  for (const e of entities) if (e.kbId?.startsWith('cty:') && e.country && !countryEntity.has(e.country)) countryEntity.set(e.country, e);
  return countryEntity;
}

/**
 * (pg18) Each word's key, in a packed array: V8's map makes a packed array unoptimized and a holey one (another hidden
 * class) optimized, and namesOf's later reads of the words (slice, join, index) deoptimized on the kind they had not seen.
 */
function wordKeys(words: string[], keyOf: (w: string) => string): string[] {
  const out: string[] = [];
  for (const w of words) out.push(keyOf(w));
  return out;
}

/** A person's or body's name as written (normalized, up to three words) → its entity (see findQuotes' byName). */
function namesOf(mentions: MentionRef[], keyOf: (w: string) => string): Map<string, Entity> {
  const byName = new Map<string, Entity>();
  for (const m of mentions) {
    // A title the resolver linked to a named person ("وزيرة الخارجية الأسبق" → كلينتون) names that person again later.
    if (m.kind === 'title' && m.entity.type === 'PER' && m.entity.mentions.some((x) => x.kind === 'name')) {
      const words = wordKeys(m.text.split(/\s+/), keyOf);
      const k = [stripConj(words[0]!), ...words.slice(1)].join(' ');
      if (words.length >= 2 && words.length <= 3 && !byName.has(k)) byName.set(k, m.entity);
      continue;
    }
    if (m.kind !== 'name' || (m.entity.type !== 'PER' && m.entity.type !== 'ORG')) continue;
    const words = wordKeys(m.text.split(/\s+/), keyOf);
    const k = [stripConj(words[0]!), ...words.slice(1)].join(' ');
    if (words.length <= 3 && !byName.has(k)) byName.set(k, m.entity);
    // A person is named again by the last word of the name ("خالد العمري" → "العمري").
    // A body named with its kind and a quoted name (صحيفة "أخبار اليوم") is named again by the quoted words alone.
    const quoted = /["«“]([^"»”]+)["»”]/u.exec(m.text);
    if (quoted && m.entity.type === 'ORG') {
      const qk = wordKeys(quoted[1]!.trim().split(/\s+/), keyOf).join(' ');
      if (qk && !byName.has(qk)) byName.set(qk, m.entity);
    }
    const last = words[words.length - 1]!;
    if (m.entity.type === 'PER' && words.length >= 2 && last.length >= 4 && !byName.has(last)) byName.set(last, m.entity);
    // "أسامة بن لادن" → "بن لادن": a surname of two words, a particle and a name, names him again.
    if (m.entity.type === 'PER' && words.length >= 3 && NAME_PARTICLES.has(words[words.length - 2]!)) {
      const two = words.slice(-2).join(' ');
      if (!byName.has(two)) byName.set(two, m.entity);
    }
  }
  return byName;
}

/** A reporting verb after a quotation («...»، قال X / «...» وأضاف X): true when it made the quotation a quote. */
function cueAfterQuotation(x: QuoteScan, c: number, v: CueVerb): boolean {
  const { toks, inQuote, closeOf, quoteSpans, findContent, firstTokOfSentence, sentenceEndTok, readRegion, speakerFrom, carried, emit, span, viaEntity } = x;
  const tk = toks[c]!;
  const sentence = tk.sentence;
  let p = c - 1;
  if (COMMAS.has(toks[p]!.t.text) || DASHES.has(toks[p]!.t.text)) p--;
  const openIdx = p >= 1 && toks[p]!.t.kind === 'punct' ? inQuote[p - 1]! : -1;
  if (openIdx >= 0 && closeOf.get(openIdx) === p && !findContent(c, v) && (openIdx === firstTokOfSentence(c) || COMMAS.has(toks[openIdx - 1]!.t.text) || toks[openIdx - 1]!.t.text === ':')) {
    const alreadyQuoted = quoteSpans.some(toks[p]!.t.start, toks[openIdx]!.t.end, (q) => q.start <= toks[openIdx]!.t.end && q.end >= toks[p]!.t.start);
    if (!alreadyQuoted) {
      const lastTok = sentenceEndTok(c);
      const region = readRegion(c + 1, lastTok + 1);
      let sp: Speaker | null = region.subjectStart >= 0 ? speakerFrom(region.subjectStart, region.subjectEnd) : null;
      if (!sp) sp = carried(c);
      emit(span(tk.t.start, tk.t.end), sp, viaEntity(region.via), true, toks[openIdx]!.t.end, toks[p]!.t.start, sentence);
      return true;
    }
  }
  return false;
}

/**
 * (quotes16) The statement noun of a definite singular البيان، الرسالة، التقرير، التصريح (its key without ال), else null.
 * Plurals are left out: البيانات is as often "the data".
 */
function definiteStatementNoun(w: string, lex: QuoteLexicon): string | null {
  if (!w.startsWith('ال')) return null;
  const noun = w.slice(2);
  return lex.definiteStatementNouns.has(noun) && lex.nouns.has(noun) ? noun : null;
}

/** (quotes16) Whether a speaker's words name a medium: their head, or the word after نشرته/أوردته/بثته/نقلته, is a channel noun. */
function mediaHead(text: string, lex: QuoteLexicon): boolean {
  const ws = text.split(/\s+/).map(cueKey);
  const i = ws.findIndex((w) => lex.channelPublishedBy.has(w));
  const head = i >= 0 ? ws[i + 1] ?? '' : ws[0] ?? '';
  return lex.channels.has(head) || lex.channels.has(head.replace(/^ال/, ''));
}

/** (quotes16) Whether the last statement noun before token c of this kind (بيان، بيانا) was a joint one (بيان مشترك). */
function jointBefore(x: QuoteScan, noun: string, c: number): boolean {
  for (let k = c - 1; k >= 0; k--) {
    const w = x.word(k);
    if (w !== noun && w !== noun + 'ا' && w !== 'ل' + noun && w !== 'ب' + noun) continue;
    return /^مشترك/.test(x.word(k + 1));
  }
  return false;
}

/** A noun cue ("جاء في بيان للجيش أن ...", (quotes35) "تضمن بيان للجيش أن"): its quote. Returns the token the scan goes on after. */
function nounQuote(x: QuoteScan, c: number, gap = 2): number {
  const { toks, lex, closeOf, sentenceEndTok, readRegion, word, speakerFrom, carried, contentEnd, emit, span, viaEntity } = x;
  const tk = toks[c]!;
  // The statement noun: after جاء في (gap 2), or right after تضمن (gap 1, quotes35).
  const n = c + gap;
  const last = Math.min(sentenceEndTok(c), n + MAX_SUBJECT_TOKENS);
  let from = -1;
  let close = -1;
  let i = n + 1;
  for (; i <= last; i++) {
    if (toks[i]!.t.text === ':') {
      from = i + 1;
      if (closeOf.has(from)) close = closeOf.get(from)!;
      break;
    }
    if (lex.complementizers.has(toks[i]!.key)) {
      from = i + 1;
      break;
    }
    // "وجاء في بيان إثر المحادثات "لقد أدان الزعيمان ..."": a quotation of several words that closes the sentence,
    // without a colon (a quoted name, "بيان "الجبهة الوطنية" أن", is short and goes on).
    const q = closeOf.get(i);
    // (quotes16) Also one followed by a comma and the clause that goes on (""...، مضيفا: "..."").
    if (OPEN_QUOTES[toks[i]!.t.text] && q !== undefined && q - i > 4 && (q + 1 >= sentenceEndTok(c) || COMMAS.has(toks[q + 1]?.t.text ?? ''))) {
      from = i;
      close = q;
      break;
    }
  }
  if (from < 0 || from > sentenceEndTok(c)) return c;
  const region = readRegion(n + 1, i);
  let k = region.subjectStart;
  // "البيان الصادر السبت عن الفاتيكان": the issuer after صادر and a time word. (Not after من: "الصادر من هيوستون" is a place.)
  const issued = (j: number) => ['صادر', 'صادره', 'الصادر', 'الصادره'].includes(word(j));
  while (k >= 0 && k < region.subjectEnd && (issued(k) || word(k) === 'عن' || (lex.timeWords.has(word(k)) && issued(k - 1)))) k++;
  // "بيان للخارجية اللبنانية": the owner after the preposition ل (a channel to readRegion) is the issuer; (quotes16) also
  // after an adjective of the noun ("البيان الاتهامي للشرطة"، "التقرير السنوي للمنظمة").
  const o = n + 2 < i && /^ال/.test(word(n + 1)) && word(n + 2).startsWith('ل') && definiteStatementNoun(word(n), lex) ? n + 2 : n + 1;
  const ownerId = o < i && toks[o]!.key.startsWith('ل') ? viaEntity({ start: toks[o]!.t.start, end: toks[o]!.t.end }) : null;
  const owner = ownerId ? { id: ownerId, text: x.span(toks[o]!.t.start, toks[i - 1]!.t.end).text.replace(/^ل/, ''), anonymous: false } : null;
  const named = k >= 0 && k < region.subjectEnd ? speakerFrom(k, region.subjectEnd) : null;
  const lamOwner = definiteStatementNoun(word(n), lex) ? null : ownerAfterLam(x, o, i);
  // (quotes16) "وجاء في البيان أن": the definite noun refers back to the statement introduced earlier with its issuer
  // (أصدرت الوزارة بيانا، قالت الوزارة في بيان، بيان صادر عن الجيش); with none found, the statement itself is the
  // anonymous source ("البيان"), as the gold convention has documents (تشير الوثائق إلى أن).
  const definite = definiteStatementNoun(word(n), lex);
  // A joint statement (البيان المشترك، "أصدرت ... بيانا مشتركا") speaks for no one body: anonymous, as the gold has it.
  const joint = definite && (word(n + 1) === 'المشترك' || jointBefore(x, definite, c));
  // A body named after صادر عن that the entities lack ("البيان الصادر عن اتحاد الممثلين") issued it.
  const namedAfterIssued = named && k > region.subjectStart && issued(region.subjectStart) && word(k - 1) === 'عن' ? named : null;
  const issuer = definite ? named?.id ? named : owner ?? namedAfterIssued ?? (joint ? { id: null, text: toks[n]!.t.text, anonymous: true } : x.issuerOf(definite, c, true)) : null;
  // No issuer found: the statement was nearly always introduced with one the entities or the text lack (checked on 2,500
  // corpus articles, 1 of 8 anonymous readings right), so the quote is left out rather than given to no one.
  if (definite && !issuer) return c;
  // "بحسب بيان رسمي نشرته وكالة البحرين الرسمية للأنباء ... وجاء في البيان": an agency that published a statement did not
  // issue it (its issuer is not named then).
  if (definite === 'بيان' && issuer && !joint && mediaHead(issuer.text ?? '', lex)) return c;
  // (quotes35) "تضمن بيان مشترك لفلان وفلان": a joint statement, indefinite too, speaks for no one of them (anonymous).
  const jointIndefinite = !definite && /^مشترك/.test(word(n + 1));
  const sp = definite ? issuer : jointIndefinite ? { id: null, text: toks[n]!.t.text, anonymous: true } : lamOwner ?? (named?.id ? named : owner ?? named ?? carried(c));
  const direct = close >= 0;
  const a = direct ? toks[from]!.t.end : toks[from]!.t.start;
  const b = direct ? toks[close]!.t.start : toks[contentEnd(from, sentenceEndTok(c)).end - 1]!.t.end;
  emit(span(toks[n]!.t.start, toks[n]!.t.end), sp, viaEntity(region.via), direct, a, b, tk.sentence);
  return from;
}

/**
 * (quotes35) The owner of an indefinite statement noun after the clitic ل at token o (the content starts at token i):
 * "بيان للطبيب فلان قوله إن"، "بيان لنائب وزير الخارجية فلان، نقلته وكالة ..."، "بيان للتحالف نشرته واس"، "بيان للشرطة".
 * The owner's words run from o to a comma, a colon, a verb of publishing (نشرته، نقلته), صدر/الصادر, قوله, a time word or
 * a preposition; in them, a person's name after a person's title (للطبيب، لنائب) is the owner, else the first person,
 * body or place named (not a country's adjective); with no name, a body's or person's head of cues.json (الشرطة، الجيش)
 * is the unnamed owner. Null for a pronoun (بيان لها: the running speaker) or where none of these holds.
 */
function ownerAfterLam(x: QuoteScan, o: number, i: number): Speaker | null {
  const { toks, lex, word, mentionIn, span } = x;
  if (o >= i || toks[o]!.t.kind !== 'arabic' || !/^ل/.test(toks[o]!.t.text) || /^لـ?(ه|ها|هم|هما|هن|نا|ي|كم)$/.test(toks[o]!.t.text)) return null;
  let e = o + 1;
  while (e < i) {
    const t = toks[e]!;
    if (COMMAS.has(t.t.text) || t.t.text === ':' || lex.channelPublishedBy.has(t.key) || lex.publishedBy.has(t.key) || lex.timeWords.has(word(e))) break;
    if (/^(صدر|صدرت|الصادر|الصادره|صادر|صادره|قوله|قولها|قولهم)$/.test(t.key) || /^(في|علي|عن|الي|من|ب)$/.test(t.key) || lex.complementizers.has(t.key)) break;
    e++;
  }
  const a = toks[o]!.t.start;
  const b = toks[e - 1]!.t.end;
  const inside = (m: MentionRef) => m.start >= a && m.end <= b + 1 && m.kind !== 'demonym';
  // للشرطة → الشرطة (the ل of the article dropped after the clitic), لوزارة → وزارة: compared as cues.json's words are (cueKey).
  const hk = cueKey(toks[o]!.t.text).replace(/^لـ?/, '');
  const head = hk.startsWith('ل') ? 'ا' + hk : hk;
  const titled = lex.personHeads.has(head) || lex.personHeads.has('ال' + head);
  // The owner's words without the clitic: لـX → X, للشرطة → الشرطة, لوزارة → وزارة.
  const words = (to: number) => {
    const t = span(toks[o]!.t.start, to).text;
    return t.startsWith('لـ') ? t.slice(2) : t.startsWith('لل') ? 'ال' + t.slice(2) : t.slice(1);
  };
  const per = titled ? mentionIn(() => [a, b], (r) => inside(r) && r.entity.type === 'PER' && r.kind === 'name') : undefined;
  if (per) return { id: per.entity.id, text: words(b), anonymous: false };
  // A person's title with no name in the owner's words ("بيان لممثل مراسلي البيت الأبيض"): the title's holder, unnamed.
  if (titled) return { id: null, text: words(b), anonymous: false };
  const m = mentionIn(() => [a, b], inside);
  // A body's head no mention starts on, and a name later ("بيان للتحالف العسكري بقيادة السعودية"): the head's words.
  if (m && m.start >= toks[o]!.t.end && lex.actorHeads.has(head) && head.startsWith('ال')) {
    const k = x.tokenAt(m.start);
    if (k > o && k - o <= 3) return { id: null, text: words(toks[k - 1]!.t.end), anonymous: false };
  }
  if (m) return { id: m.entity.id, text: words(b), anonymous: false };
  if (e - o <= 4 && (lex.actorHeads.has(head) || lex.personHeads.has(head))) return { id: null, text: words(b), anonymous: false };
  return null;
}

/**
 * (quotes35) The source of a relay نسب with the clitic ل at token c: the first word after the verb that carries ل (لمسؤولين،
 * للافروف، له) before a report noun (قوله) or القول, and not a word of the agency's name (cues.json relayAgencyWords:
 * "وكالة رويترز للأنباء لمصادر"); -1 with none, or with no report noun after it (نسبت الهجوم لتنظيم ...: no statement).
 */
function relayLamSource(x: QuoteScan, c: number, regionEnd: number): number {
  const { toks, lex } = x;
  let report = -1;
  for (let i = c + 1; i < regionEnd; i++)
    if (lex.reportNouns.has(toks[i]!.key) || lex.relaySourceEnds.has(toks[i]!.key)) {
      report = i;
      break;
    }
  for (let i = c + 1; i < report; i++) {
    const t = toks[i]!;
    if (t.t.kind !== 'arabic' || !/^ل/.test(t.t.text) || t.t.text.length < 2) continue;
    if (lex.relayAgencyWords.has(t.key)) continue;
    return i;
  }
  return -1;
}

/** (quotes35) The words of tokens [a, b) with the clitic ل of the first one taken off (للشيخ راشد → الشيخ راشد), unnamed. */
function lamWords(x: QuoteScan, a: number, b: number): Speaker | null {
  const { toks, span } = x;
  let e = b;
  while (e > a && (toks[e - 1]!.t.kind === 'punct')) e--;
  if (e <= a) return null;
  const raw = span(toks[a]!.t.start, toks[e - 1]!.t.end).text.replace(/^لـ?/, '');
  const text = raw.startsWith('ل') ? 'ا' + raw : raw;
  // An unnamed source (مسؤولين، مصادر، أحد شهود العيان) as the same words after عن are.
  const head = cueKey(text.split(/\s+/)[0] ?? '');
  const anonymous = x.lex.anonymous.has(head) || x.lex.anonymous.has(head.replace(/^ال/, '')) || x.lex.quantifierHeads.has(head) || x.lex.sourceNouns.has(head.replace(/^ال/, ''));
  return { id: null, text, anonymous };
}

/**
 * (quotes35) "الشاب، الذي هاتفته عمدة باريس، معربة عن شكرها": a participle at c right after a relative clause set off by
 * commas whose verb carries the object pronoun of the antecedent (هاتفته) and whose own subject follows that verb up to
 * the comma: that subject speaks when the verb's gender is the participle's (a past in ت, هاتفته، feminine with معربة,
 * else masculine with معربا). Its person or body when a mention starts right after the verb, else its words (at most three,
 * unnamed). Null otherwise (a relative clause with no subject of its own, a plural participle, genders that differ).
 */
function relativeClauseSubject(x: QuoteScan, c: number): Speaker | null {
  const { toks, mentionIn, span, lex } = x;
  const comma = c - 1;
  if (comma < 4 || !COMMAS.has(toks[comma]!.t.text)) return null;
  let r = comma - 1;
  while (r > comma - 7 && r >= 0 && !RELATIVES.has(toks[r]!.bare) && toks[r]!.t.kind !== 'punct') r--;
  if (r < 1 || !RELATIVES.has(toks[r]!.bare) || !COMMAS.has(toks[r - 1]!.t.text) || toks[r]!.sentence !== toks[c]!.sentence) return null;
  const v = r + 1;
  const vk = toks[v]!.key;
  const stem = vk.replace(/(ه|ها|هم|هما)$/, '');
  if (stem === vk || stem.length < 3 || v + 1 >= comma || lex.complementizers.has(toks[v + 1]!.key)) return null;
  const pk = toks[c]!.key;
  if (/(ين|ون|ات)$/.test(pk)) return null;
  const femParticiple = /ه$/.test(pk);
  // Feminine: a past verb in ت (هاتفته). A ت at the start is no sign: تبناه، تلقاه are masculine pasts (corpus check).
  const femVerb = /ت$/.test(stem);
  if (femParticiple !== femVerb) return null;
  const a = toks[v + 1]!.t.start;
  const b = toks[comma - 1]!.t.end;
  const m = mentionIn(() => [a, a + 2], (k) => k.start >= a && k.start <= a + 2 && k.end <= b && k.kind !== 'demonym' && (k.entity.type === 'PER' || k.entity.type === 'ORG'));
  if (m) return { id: m.entity.id, text: m.text, anonymous: false };
  if (comma - (v + 1) > 3) return null;
  for (let k = v + 1; k < comma; k++) if (toks[k]!.t.kind !== 'arabic' || /^(في|علي|عن|الي|من|ب|مع)$/.test(toks[k]!.key)) return null;
  // Unnamed words must be a noun phrase, not an adverbial with a clitic preposition ("الذي أقاله بتسريب معلومات").
  if (/^[بلكف]/.test(toks[v + 1]!.t.text) || x.verbAt(v + 1)) return null;
  return { id: null, text: span(a, b).text, anonymous: false };
}

/** A quotation at token c followed only by a trailing attribution («...»، وفق تعبيره). Returns the token the scan goes on after. */
function trailingAttribution(x: QuoteScan, c: number): number {
  const { toks, lex, closeOf, quoteSpans, phraseAt, emit, span, carried } = x;
  const tk = toks[c]!;
  const close = closeOf.get(c)!;
  let p = close + 1;
  if (p < toks.length && COMMAS.has(toks[p]!.t.text)) p++;
  const after = p < toks.length ? phraseAt(p, lex.afterQuote) : 0;
  if (after && !quoteSpans.some(toks[close]!.t.start, toks[c]!.t.end, (q) => q.start <= toks[c]!.t.end && q.end >= toks[close]!.t.start)) {
    emit(span(toks[p]!.t.start, toks[p + after - 1]!.t.end), carried(c), null, true, tk.t.end, toks[close]!.t.start, tk.sentence);
    return p + after - 1;
  }
  return c;
}

// "طالب مسؤول أميركي سابق ... وأضاف دوف زاخيم أن ...": a continuation verb (أضاف، تابع) with a named person
// as its subject says who the unnamed official of the quotes just before it was.
function nameUnnamedBefore(speakersOf: Array<{ q: Quote; sp: Speaker; sentence: number }>, entityById: Map<string, Entity>, lex: QuoteLexicon): void {
  for (let k = 1; k < speakersOf.length; k++) {
    const cur = speakersOf[k]!;
    const cue = cueKey(cur.q.cue.text).replace(/^[وف]/, '');
    if (!lex.continues.has(cue) || !cur.q.speaker || entityById.get(cur.q.speaker)?.type !== 'PER' || !cur.sp.text) continue;
    for (let j = k - 1; j >= 0; j--) {
      const prev = speakersOf[j]!;
      if (cur.sentence - prev.sentence > 2 || prev.q.speaker) break;
      const head = cueKey(prev.q.speakerText?.split(/\s+/)[0] ?? '');
      if (!prev.sp.anonymous || !lex.singularUnnamed.has(head)) break;
      prev.q.speaker = cur.q.speaker;
      prev.q.speakerText = cur.q.speakerText;
    }
  }
}

// (quotes9) "وأضاف المتحدث"، "لافتا ..." after "المتحدث باسم القوات المسلحة": a spokesperson entity the resolver made from
// the title alone (no name, not in the KB) is an unnamed spokesperson however the quote reached it (carried, a bare
// role), as the gold's convention has it.
function unnameTitleSpokespeople(quotes: Quote[], entityById: Map<string, Entity>, lex: QuoteLexicon, keyOf: (w: string) => string): void {
  for (const q of quotes) {
    const ent = q.speaker ? entityById.get(q.speaker) : undefined;
    if (!ent || ent.type !== 'PER' || (ent.kbId && !ent.kbId.startsWith('x:')) || !ent.mentions.every((m) => m.kind === 'title')) continue;
    const spokes = ent.mentions.some((m) => {
      const w = keyOf(m.text.split(/\s+/)[0] ?? '').replace(/^[وفبل]?(ال|لل)/, '');
      return lex.spokesHeads.has(w);
    });
    if (spokes) q.speaker = null;
  }
}
