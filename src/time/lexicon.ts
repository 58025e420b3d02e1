/**
 * The time lexicon compiled for matching: every phrase of data/time/lexicon.json
 * normalized with the text core (src/text/normalize.ts) and keyed by its
 * space-joined tokens, so the recognizer looks words up in folded form.
 * Pure: the file is read by src/resources/load.ts (and imported as JSON by src/readers/date.ts).
 */
import { normalize } from '../text/normalize.ts';

export type DurationUnit = 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'H' | 'MIN' | 'S';
export type Relation = 'past' | 'next' | 'current' | 'recent';

/** Phrases of one or more words, keyed by normalized space-joined words. */
export class PhraseTable<V> {
  readonly map = new Map<string, V>();
  /** The proper word prefixes of the multi-word phrases: a longer key is only worth building after one. */
  readonly prefixes = new Set<string>();
  maxWords = 0;
  constructor(entries: Iterable<[string, V]> = []) {
    for (const [k, v] of entries) this.add(k, v);
  }
  add(phrase: string, value: V): void {
    const key = phraseKey(phrase);
    if (!key) return;
    this.map.set(key, value);
    const words = key.split(' ');
    this.maxWords = Math.max(this.maxWords, words.length);
    for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
  }
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
}

/** Normalized key of a phrase: folded letters, words joined by one space. */
export function phraseKey(phrase: string): string {
  return normalize(phrase).trim().split(/\s+/).join(' ');
}

export interface TimeLexicon {
  months: PhraseTable<number>;
  ambiguousMonths: Set<string>;
  hijriMonths: PhraseTable<number>;
  ambiguousHijriMonths: Set<string>;
  hijriEra: PhraseTable<true>;
  gregorianEra: PhraseTable<true>;
  weekdays: PhraseTable<number>;
  weekdayBlockersBefore: Set<string>;
  weekdayBlockersAfter: Set<string>;
  relativeDays: PhraseTable<number>;
  todayBlockersAfter: Set<string>;
  todayBlockersBefore: Set<string>;
  units: Map<string, { unit: DurationUnit; n: number | null }>;
  numbers: Map<string, number>;
  teenMarkers: Set<string>;
  fractions: PhraseTable<number>;
  halfAfterUnit: Map<string, number>;
  ordinals: Map<string, number>;
  decades: Map<string, number>;
  centuryWords: Set<string>;
  decadeWords: Set<string>;
  partsOfDay: PhraseTable<string>;
  partOfDayAdverbs: PhraseTable<string>;
  thisPartOfDay: PhraseTable<string>;
  relations: Map<string, Relation>;
  currentBefore: Set<string>;
  ago: Set<string>;
  after: Set<string>;
  since: Set<string>;
  approximators: PhraseTable<true>;
  durationPrepositions: PhraseTable<true>;
  durationJoin: Set<string>;
  vagueQuantities: PhraseTable<true>;
  vagueAfterUnit: Set<string>;
  yearCues: Set<string>;
  yearPrepositions: Set<string>;
  boundaryModifiers: Set<string>;
  monthCue: Set<string>;
  monthPrepositions: Set<string>;
  earlierLater: PhraseTable<true>;
  earlierLaterJoin: Set<string>;
  /** The words joining a range's two ends (إلى، حتى، و; a dash is punctuation), and those after the joining word (غاية). */
  rangeJoin: Set<string>;
  rangeJoinAfter: Set<string>;
  clockCue: Set<string>;
  clockHours: PhraseTable<number>;
  clockMinutes: PhraseTable<number>;
  timeZoneCues: Set<string>;
  /** Words that may follow a zone's name after a clock time (بتوقيت القدس المحلي، بتوقيت غرينتش). */
  timeZoneAfter: Set<string>;
  setAdverbs: Map<string, string>;
  every: Set<string>;
  references: PhraseTable<string>;
  futureMarkers: PhraseTable<true>;
  /** "postponements": words that postpone (أرجئت، تأجيل) and the prepositions before the date they postpone to. */
  postponeWords: PhraseTable<true>;
  postponeTo: Set<string>;
  /** "pastTense": past-tense verbs that send a year-less date back before the dateline, and the words that stop the look back. */
  pastVerbs: Set<string>;
  pastBlockers: Set<string>;
  centuryOrdinals: PhraseTable<number>;
  /** The named dates of "namedDates", by the normalized noun before the date (article and proclitics aside). */
  namedDates: Map<string, NamedDate[]>;
  /**
   * Every word of the tables that carry a time meaning (months, weekdays,
   * units, numbers, parts of day …): an expression contains at least one of
   * them or a number, so the recognizer skips stretches of text without any.
   */
  anchors: Set<string>;
}

/** A date that names a historical event after one of its nouns: month (and day) as the text writes them, the year. */
export interface NamedDate {
  month: number;
  day: number | null;
  year: number;
}

function namedDates(raw: Raw): Map<string, NamedDate[]> {
  const v = raw.namedDates as Raw | undefined;
  const out = new Map<string, NamedDate[]>();
  if (v === undefined) return out;
  const entries = v?.entries;
  if (!Array.isArray(entries)) throw new Error('time lexicon: "namedDates.entries" must be a list');
  for (const e of entries as Raw[]) {
    const ok = e && Array.isArray(e.nouns) && isNum(e.month) && e.month >= 1 && e.month <= 12 && isNum(e.year) && (e.day === undefined || (isNum(e.day) && e.day >= 1 && e.day <= 31));
    if (!ok) throw new Error(`time lexicon: bad "namedDates" entry ${JSON.stringify(e)}`);
    const date: NamedDate = { month: e.month as number, day: (e.day as number | undefined) ?? null, year: e.year as number };
    for (const noun of list(e, 'nouns')) {
      const key = phraseKey(noun).replace(/^ال/, '');
      out.set(key, [...(out.get(key) ?? []), date]);
    }
  }
  return out;
}

/** The words of every key of the tables that carry a time meaning of their own. */
function anchorWords(tables: Array<{ keys(): Iterable<string> }>): Set<string> {
  const out = new Set<string>();
  for (const t of tables) for (const key of t.keys()) for (const w of key.split(' ')) if (w) out.add(w);
  return out;
}

type Raw = Record<string, unknown>;

const UNITS: ReadonlySet<string> = new Set(['D', 'W', 'M', 'Y', 'DE', 'CE', 'H', 'MIN', 'S']);

function list(raw: Raw, field: string): string[] {
  const v = raw[field];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`time lexicon: "${field}" must be a list of strings`);
  return v as string[];
}

function record<V>(raw: Raw, field: string, check: (v: unknown) => v is V): Array<[string, V]> {
  const v = raw[field];
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`time lexicon: "${field}" must be an object`);
  return Object.entries(v as Record<string, unknown>).map(([k, x]) => {
    if (!check(x)) throw new Error(`time lexicon: bad value for "${k}" in "${field}"`);
    return [k, x];
  });
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const set = (raw: Raw, f: string) => new Set(list(raw, f).map(phraseKey));
const phrases = (raw: Raw, f: string) => new PhraseTable<true>(list(raw, f).map((k) => [k, true] as [string, true]));
const numTable = (raw: Raw, f: string) => new PhraseTable<number>(record(raw, f, isNum));
const strTable = (raw: Raw, f: string) => new PhraseTable<string>(record(raw, f, isStr));
const numMap = (raw: Raw, f: string) => new Map(record(raw, f, isNum).map(([k, v]) => [phraseKey(k), v]));

/** Validates and compiles the parsed JSON of data/time/lexicon.json. */
export function compileTimeLexicon(raw: unknown): TimeLexicon {
  if (!raw || typeof raw !== 'object') throw new Error('time lexicon: not an object');
  const r = raw as Raw;
  const units = new Map<string, { unit: DurationUnit; n: number | null }>();
  for (const [k, v] of record(r, 'units', (x): x is [string, number | null] => Array.isArray(x) && x.length === 2 && UNITS.has(x[0]) && (x[1] === null || isNum(x[1])))) {
    units.set(phraseKey(k), { unit: v[0] as DurationUnit, n: v[1] });
  }
  const relations = new Map<string, Relation>();
  const rel = r.relations as Record<string, unknown>;
  for (const kind of ['past', 'next', 'current', 'recent'] as const) {
    for (const w of list(rel, kind)) relations.set(phraseKey(w), kind);
  }
  const lex: Omit<TimeLexicon, 'anchors'> = {
    months: numTable(r, 'months'),
    ambiguousMonths: set(r, 'ambiguousMonths'),
    hijriMonths: numTable(r, 'hijriMonths'),
    ambiguousHijriMonths: set(r, 'ambiguousHijriMonths'),
    hijriEra: phrases(r, 'hijriEra'),
    gregorianEra: phrases(r, 'gregorianEra'),
    weekdays: numTable(r, 'weekdays'),
    weekdayBlockersBefore: set(r, 'weekdayBlockersBefore'),
    weekdayBlockersAfter: set(r, 'weekdayBlockersAfter'),
    relativeDays: numTable(r, 'relativeDays'),
    todayBlockersAfter: set(r, 'todayBlockersAfter'),
    todayBlockersBefore: set(r, 'todayBlockersBefore'),
    units,
    numbers: numMap(r, 'numbers'),
    teenMarkers: set(r, 'teenMarkers'),
    fractions: numTable(r, 'fractions'),
    halfAfterUnit: numMap(r, 'halfAfterUnit'),
    ordinals: numMap(r, 'ordinals'),
    decades: numMap(r, 'decades'),
    centuryWords: set(r, 'centuryWords'),
    decadeWords: set(r, 'decadeWords'),
    partsOfDay: strTable(r, 'partsOfDay'),
    partOfDayAdverbs: strTable(r, 'partOfDayAdverbs'),
    thisPartOfDay: strTable(r, 'thisPartOfDay'),
    relations,
    currentBefore: set(r, 'currentBefore'),
    ago: set(r, 'ago'),
    after: set(r, 'after'),
    since: set(r, 'since'),
    approximators: phrases(r, 'approximators'),
    durationPrepositions: phrases(r, 'durationPrepositions'),
    durationJoin: set(r, 'durationJoin'),
    vagueQuantities: phrases(r, 'vagueQuantities'),
    vagueAfterUnit: set(r, 'vagueAfterUnit'),
    yearCues: set(r, 'yearCues'),
    yearPrepositions: set(r, 'yearPrepositions'),
    boundaryModifiers: set(r, 'boundaryModifiers'),
    monthCue: set(r, 'monthCue'),
    monthPrepositions: set(r, 'monthPrepositions'),
    earlierLater: phrases(r, 'earlierLater'),
    earlierLaterJoin: set(r, 'earlierLaterJoin'),
    rangeJoin: set(r.rangeJoin as Raw, 'words'),
    rangeJoinAfter: set(r.rangeJoin as Raw, 'after'),
    clockCue: set(r, 'clockCue'),
    clockHours: numTable(r, 'clockHours'),
    clockMinutes: numTable(r, 'clockMinutes'),
    timeZoneCues: set(r, 'timeZoneCues'),
    timeZoneAfter: set(r, 'timeZoneAfter'),
    setAdverbs: new Map(record(r, 'setAdverbs', isStr).map(([k, v]) => [phraseKey(k), v])),
    every: set(r, 'every'),
    references: strTable(r, 'references'),
    futureMarkers: phrases(r, 'futureMarkers'),
    postponeWords: r.postponements ? phrases(r.postponements as Raw, 'words') : new PhraseTable<true>([]),
    postponeTo: r.postponements ? set(r.postponements as Raw, 'to') : new Set(),
    pastVerbs: r.pastTense ? set(r.pastTense as Raw, 'verbs') : new Set(),
    pastBlockers: r.pastTense ? set(r.pastTense as Raw, 'blockers') : new Set(),
    centuryOrdinals: numTable(r, 'centuryOrdinals'),
    namedDates: namedDates(r),
  };
  const anchors = anchorWords([
    ...[lex.months, lex.hijriMonths, lex.weekdays, lex.relativeDays, lex.fractions, lex.partsOfDay, lex.partOfDayAdverbs, lex.thisPartOfDay, lex.clockHours, lex.clockMinutes, lex.references, lex.earlierLater, lex.centuryOrdinals, lex.hijriEra, lex.gregorianEra, lex.vagueQuantities].map((t) => t.map),
    lex.units, lex.numbers, lex.ordinals, lex.decades, lex.centuryWords, lex.decadeWords, lex.setAdverbs, lex.every,
  ]);
  return { ...lex, anchors };
}

/** Parses the text of data/time/lexicon.json. */
export function parseTimeLexicon(json: string): TimeLexicon {
  return compileTimeLexicon(JSON.parse(json));
}
