/**
 * Recognizes temporal expressions over the document's tokens and gives each
 * a TIMEX3 type and value.
 *
 * Words are compared in normalized form (src/text/normalize.ts), with the
 * clitic segmentation of the text core (doc.segment) to see through a leading
 * one-letter proclitic: "وأمس" is matched as "أمس" and the span starts after
 * the و. At each token every rule is tried and the longest match wins; a rule
 * may yield two expressions (a range "من 10 إلى 12 مارس"). Vocabulary comes
 * from the time lexicon (data/time/lexicon.json); this file holds the grammar.
 *
 * Policies (docs/time.md):
 * - "قبل 9 أعوام" / "بعد يومين" are points (the document date shifted, at the
 *   unit's precision), and "قبل/بعد" is inside the span; "منذ 9 أعوام" is the
 *   duration P9Y (the length up to the document date) with "منذ" outside the
 *   span; "منذ 2015" is the point 2015. "قبل يومين من الانتخابات" is a duration
 *   (anchored on an event, not on the document date).
 * - A bare weekday, month, or day of month looks back from the document date
 *   unless the words around it mark the future (سـ، سوف، من المقرر، يعتزم،
 *   المقبل ...); an explicit "الماضي/المقبل" always decides.
 * - Decades and centuries use TIMEX3's truncated years: التسعينيات → 199,
 *   القرن العشرين → 19. Durations of decades/centuries are in years (P20Y).
 */
import type { Doc } from '../core/document.ts';
import type { TimeExpression, TimeType } from '../core/analysis.ts';
import { normalize, normalizeWithMap } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';
import { addDays, hijriToGregorian, isValidYmd, parseYmd, formatYmd, formatYm, toHijri, type Ymd } from './calendar.ts';
import type { DurationUnit, PhraseTable, Relation, TimeLexicon } from './lexicon.ts';
import { Resolver, durationValue, withTimePart, type WeekdayDirection } from './resolve.ts';

/** A form of a token: its normalized text from `cut` (an offset into the token) on. */
interface Form {
  form: string;
  cut: number;
}

interface Hit {
  tok: number;
  cut: number;
  /** Token index just after the expression. */
  end: number;
  type: TimeType;
  value: string;
}

/** What one rule found at a token: one or more expressions, the last ending at `end`. */
interface Found {
  end: number;
  hits: Hit[];
}

interface PhraseHit<V> {
  value: V;
  end: number;
  cut: number;
}

/** How far (in tokens) around an expression future markers are looked for. */
const TENSE_WINDOW = 8;
/**
 * How many tokens before its first time word or number an expression may
 * start ("في وقت سابق من صباح اليوم"). 4 gives the same output as no limit on
 * the first 4,000 corpus articles; 2 does not.
 */
const ANCHOR_REACH = 4;
const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const MIN_YEAR = 1000;
const MAX_YEAR = 2100;
/** Bare four-digit numbers read as years without a cue word. */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2099;

/**
 * A value whose year is outside 0001-9999, the four-digit years of TIMEX3: a dateline of 9999-12-31 made "غدا"
 * 10000-01-01 (qa15).
 */
const outsideYears = (value: string) => /^(?:\d{5}|0000|-)/.test(value);

export function recognizeTimes(doc: Doc, lex: TimeLexicon): TimeExpression[] {
  const out = new Recognizer(doc, lex).run();
  if (!out.some((t) => outsideYears(t.value))) return out;
  // An expression resolved outside the years rasd writes keeps the value it has without a dateline, the pattern and
  // the offset from the dateline ("XXXX-XX-XX[DCT+P1D]"), which says what it is and names no five-digit year.
  const undated = new Map(new Recognizer(doc, lex, true).run().map((t) => [`${t.start}:${t.end}`, t.value]));
  return out.map((t) => (outsideYears(t.value) ? { ...t, value: undated.get(`${t.start}:${t.end}`) ?? 'XXXX' } : t));
}

class Recognizer {
  private readonly toks: readonly Token[];
  private readonly full: string[];
  private readonly formsCache = new Map<number, Form[]>();
  private readonly plainFormsCache = new Map<number, Form[]>();
  private readonly res: Resolver;
  private readonly sentenceOf: Int32Array;

  constructor(
    private readonly doc: Doc,
    private readonly lex: TimeLexicon,
    withoutDate = false,
  ) {
    this.toks = doc.tokens;
    this.full = this.toks.map((_, i) => doc.norm(i));
    const date = withoutDate ? null : doc.info.date;
    this.res = new Resolver(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? parseYmd(date) : null);
    this.sentenceOf = new Int32Array(this.toks.length);
    let s = 0;
    const sents = doc.sentences;
    for (let i = 0; i < this.toks.length; i++) {
      while (s < sents.length - 1 && this.toks[i]!.start >= sents[s]!.end) s++;
      this.sentenceOf[i] = s;
    }
  }

  run(): TimeExpression[] {
    const out: TimeExpression[] = [];
    const n = this.toks.length;
    // Where the next anchor (a time word or a number) is: rules only run within reach of one.
    const nextAnchor = new Int32Array(n + 1).fill(n + ANCHOR_REACH + 1);
    for (let i = n - 1; i >= 0; i--) nextAnchor[i] = this.isAnchor(i) ? i : nextAnchor[i + 1]!;
    for (let i = 0; i < n; ) {
      const found = this.isWord(i) && nextAnchor[i]! - i <= ANCHOR_REACH ? this.best(i) : null;
      if (!found) {
        i++;
        continue;
      }
      for (const h of found.hits) {
        const start = this.toks[h.tok]!.start + h.cut;
        const end = this.toks[h.end - 1]!.end;
        out.push({ start, end, text: this.doc.text.slice(start, end), type: h.type, value: this.namedDate(h) ?? h.value });
      }
      i = found.end;
    }
    return out;
  }

  /**
   * The value of a year-less day or month that names a historical event after its noun ("هجمات 11 سبتمبر" 2001-09-11,
   * "حرب أكتوبر" 1973-10: data/time/lexicon.json "namedDates"), else null. Resolved against the dateline they were
   * the last 11 September or October before it (qa12: 9/11 was 2018-09-11 in an article of October 2018).
   */
  private namedDate(h: Hit): string | null {
    if (h.type !== 'DATE' || h.cut !== 0 || h.tok === 0 || this.lex.namedDates.size === 0) return null;
    const m = /^(?:\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/.exec(h.value);
    if (!m) return null;
    let monthNamed = false;
    for (let k = h.tok; k < h.end; k++) {
      const t = this.toks[k]!;
      // a year written, or a relation word ("أكتوبر الماضي"): the text dates it itself
      if ((t.kind === 'number' && /^\d{3,4}$|^[٠-٩]{3,4}$/.test(t.text)) || this.lex.relations.has(this.f(k))) return null;
      if (this.forms(k).some(({ form }) => this.lex.months.has(form) || this.lex.months.prefixes.has(form))) monthNamed = true;
    }
    // a month the text names: a weekday's date ("الاحتجاجات السبت" = 30 June) is no named date
    if (!monthNamed) return null;
    const prev = h.tok - 1;
    if (this.toks[prev]!.kind !== 'arabic') return null;
    const month = Number(m[1]);
    const day = m[2] ? Number(m[2]) : null;
    for (const { form } of this.forms(prev)) {
      const entries = this.lex.namedDates.get(form.replace(/^ال/, ''));
      if (!entries) continue;
      const hit = entries.find((e) => e.month === month && e.day !== null && e.day === day) ?? entries.find((e) => e.month === month && e.day === null);
      if (hit) return `${hit.year}-${m[1]}${m[2] ? `-${m[2]}` : ''}`;
    }
    return null;
  }

  private best(i: number): Found | null {
    let best: Found | null = null;
    for (const rule of this.rules) {
      const f = rule.call(this, i);
      if (f && (!best || f.end > best.end)) best = f;
    }
    return best;
  }

  private readonly rules: Array<(i: number) => Found | null> = [
    this.ruleRelativeDay,
    this.ruleWeekday,
    this.rulePartOfDay,
    this.ruleThisPartOfDay,
    this.ruleExplicitDate,
    this.ruleNumericDate,
    this.ruleMonth,
    this.ruleHijri,
    this.ruleYear,
    this.ruleRelativeUnit,
    this.ruleDecade,
    this.ruleCentury,
    this.ruleAgoAfter,
    this.ruleSince,
    this.ruleDuration,
    this.ruleClock,
    this.ruleSet,
    this.ruleReference,
    this.ruleEarlierLater,
    this.ruleBoundary,
    this.ruleRange,
    this.ruleRangeOfDates,
  ];

  // ---- token access -------------------------------------------------------

  /** Whether token i is a time word or a number: a cheap superset of what forms() would match. */
  private isAnchor(i: number): boolean {
    const t = this.toks[i]!;
    if (t.kind === 'number') return true;
    if (t.kind !== 'arabic') return false;
    const anchors = this.lex.anchors;
    let w = this.full[i]!;
    for (let k = 0; k <= 2 && w.length > 1; k++) {
      if (anchors.has(w) || (w.startsWith('ال') && anchors.has(w.slice(2))) || (w.startsWith('ل') && anchors.has('ا' + w))) return true;
      if (!PROCLITIC_LETTERS.has(w[0]!)) break;
      w = w.slice(1);
    }
    return false;
  }

  private isWord(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.kind !== 'punct' && t.kind !== 'symbol';
  }

  private f(i: number): string {
    return this.full[i] ?? '';
  }

  /** The token's forms: whole, and without its one-letter proclitics (و، ف، ب، ل، ك; لل → ال). */
  private forms(i: number): Form[] {
    let forms = this.formsCache.get(i);
    if (forms) return forms;
    const tok = this.toks[i]!;
    forms = [{ form: this.full[i]!, cut: 0 }];
    if (tok.kind === 'arabic') {
      const { text: norm, map } = normalizeWithMap(tok.text);
      const add = (k: number) => {
        if (k <= 0 || k >= norm.length) return;
        const form = norm.slice(k);
        const cut = map.starts[k]!;
        if (!forms!.some((f) => f.form === form)) forms!.push({ form, cut });
        // لل = ل + ال: "للعام" is "العام" after the preposition.
        if (norm[k - 1] === 'ل' && form.startsWith('ل') && !form.startsWith('ال')) forms!.push({ form: 'ا' + form, cut });
      };
      const seg = this.doc.segment(i);
      if (seg.baseStart > 0) {
        const k = normalize(tok.text.slice(0, seg.baseStart)).length;
        add(k);
      }
      let k = 0;
      while (k < 2 && k < norm.length - 2 && PROCLITIC_LETTERS.has(norm[k]!)) add(++k);
    }
    this.formsCache.set(i, forms);
    return forms;
  }

  /** Forms allowed at a position: all at the head of an expression, else the whole word and the word without و. */
  private formsAt(i: number, head: boolean): Form[] {
    if (!this.toks[i]) return [];
    if (head) return this.forms(i);
    let forms = this.plainFormsCache.get(i);
    if (!forms) {
      const w = this.f(i);
      forms = w.length > 2 && w[0] === 'و' ? [{ form: w, cut: 0 }, { form: w.slice(1), cut: 1 }] : [{ form: w, cut: 0 }];
      this.plainFormsCache.set(i, forms);
    }
    return forms;
  }

  private phrase<V>(table: PhraseTable<V>, i: number, head = true): PhraseHit<V> | null {
    if (!this.isWord(i)) return null;
    let best: PhraseHit<V> | null = null;
    for (const { form, cut } of this.formsAt(i, head)) {
      let key = form;
      for (let k = 1; k <= table.maxWords; k++) {
        if (k > 1) {
          // no phrase goes on from these words: the longer keys need not be built
          if (!table.prefixes.has(key) || !this.isWord(i + k - 1)) break;
          key += ' ' + this.f(i + k - 1);
        }
        const v = table.get(key);
        if (v !== undefined && (!best || i + k > best.end)) best = { value: v, end: i + k, cut };
      }
    }
    return best;
  }

  private inSet(set: Set<string>, i: number, head = false): Form | null {
    if (!this.isWord(i)) return null;
    for (const f of this.formsAt(i, head)) if (set.has(f.form)) return f;
    return null;
  }

  private inMap<V>(map: Map<string, V>, i: number, head = false): { value: V; cut: number } | null {
    if (!this.isWord(i)) return null;
    for (const f of this.formsAt(i, head)) {
      const v = map.get(f.form);
      if (v !== undefined) return { value: v, cut: f.cut };
    }
    return null;
  }

  private isPunct(i: number, chars: string): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'punct' && chars.includes(this.f(i));
  }

  private digits(i: number): number | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'number') return null;
    const w = this.f(i);
    return /^\d{1,4}$/.test(w) ? Number(w) : null;
  }

  private hit(tok: number, cut: number, end: number, type: TimeType, value: string): Found {
    return { end, hits: [{ tok, cut, end, type, value }] };
  }

  // ---- context ------------------------------------------------------------

  /** True when the words near tokens [from, to) mark the future (سـ + present verb, سوف, من المقرر, المقبل ...). */
  private futureContext(from: number, _to: number): boolean {
    // Arabic news puts the verb before its time ("قال ... الثلاثاء"، "سيجتمع ... الأحد"), and
    // the next clause often has a tense of its own, so only the clause before the
    // expression is read (punctuation right before it, as in "، الثلاثاء،", is skipped).
    const s = this.sentenceOf[from]!;
    let j = from - 1;
    while (j >= 0 && !this.isWord(j)) j--;
    // "أرجئت المحاكمة إلى 12 تشرين الأول": a postponement to a date looks forward from the dateline, whatever the tense
    const postponedTo = j >= 0 && j === from - 1 && this.inSet(this.lex.postponeTo, j, true) !== null;
    for (let seen = 0; j >= 0 && seen < TENSE_WINDOW && this.sentenceOf[j] === s && this.isWord(j); j--, seen++) {
      if (this.phrase(this.lex.futureMarkers, j)) return true;
      if (postponedTo && this.phrase(this.lex.postponeWords, j)) return true;
      // سـ marks the future only before a present-tense prefix (سيصل، ستعقد، سنعمل، سأزور): not "سان جرمان"، "ساعة"
      if (this.toks[j]!.kind === 'arabic' && this.doc.segment(j).proclitics.includes('س') && /^[وف]?س[يتنأ]/.test(this.toks[j]!.text.replace(/[\u064B-\u0652\u0640]/g, ''))) return true;
    }
    return false;
  }

  /**
   * True when the nearest past-tense verb of the clause before tokens [from, ...) comes before any blocker: "وصل الوفد
   * في 14 آب" (data/time/lexicon.json "pastTense"). Read only where futureContext is false.
   */
  private pastContext(from: number): boolean {
    const s = this.sentenceOf[from]!;
    let j = from - 1;
    while (j >= 0 && !this.isWord(j)) j--;
    for (let seen = 0; j >= 0 && seen < TENSE_WINDOW && this.sentenceOf[j] === s && this.isWord(j); j--, seen++) {
      if (this.inSet(this.lex.pastBlockers, j, true)) return false;
      const w = this.full[j]!;
      if (this.lex.pastVerbs.has(w) || (/^[وف]/.test(w) && this.lex.pastVerbs.has(w.slice(1)))) return true;
    }
    return false;
  }

  /** The direction of a year-less date from the clause before it: future, past, or the default. */
  private tenseOf(from: number, end: number): 'future' | 'past' | 'auto' {
    return this.futureContext(from, end) ? 'future' : this.pastContext(from) ? 'past' : 'auto';
  }

  private relationAt(i: number): Relation | null {
    const r = this.inMap(this.lex.relations, i);
    return r ? r.value : null;
  }

  // ---- pieces -------------------------------------------------------------

  /** A cardinal number in digits or words ("ثلاثة"، "خمسة وعشرين"، "أحد عشر"). */
  private number(i: number, head: boolean): { n: number; end: number; cut: number } | null {
    let cut = 0;
    let j = i;
    // "الـ24": the article written apart from the digits.
    if (this.f(j) === 'ال' && this.digits(j + 1) !== null) j++;
    const d = this.digits(j);
    if (d !== null) return { n: d, end: j + 1, cut };
    const w = this.inMap(this.lex.numbers, i, head);
    if (!w) return null;
    cut = w.cut;
    let n = w.value;
    let end = i + 1;
    if (n < 10 && this.inSet(this.lex.teenMarkers, end)) {
      n += 10;
      end++;
    }
    if (n < 20) {
      const t = this.f(end);
      if (t.startsWith('و')) {
        const tens = this.lex.numbers.get(t.slice(1));
        if (tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0) {
          n += tens;
          end++;
        }
      }
    }
    return { n, end, cut };
  }

  /** A unit word ("أيام"، "عامين"); with the article when `definite` ("الأيام"، "للعام"). */
  private unitAt(i: number, head: boolean, definite: boolean | 'either'): { unit: DurationUnit; n: number | null; end: number; cut: number } | null {
    if (!this.isWord(i)) return null;
    for (const { form, cut } of this.formsAt(i, head)) {
      const hasArticle = form.startsWith('ال');
      if (definite === true && !hasArticle) continue;
      if (definite === false && hasArticle) continue;
      const u = this.lex.units.get(hasArticle ? form.slice(2) : form);
      if (u) return { ...u, end: i + 1, cut };
    }
    return null;
  }

  /**
   * A duration: [approximator] (number unit | fraction unit | vague unit | dual unit | unit عدة) [ونصف].
   * A singular unit alone ("عام") counts as one only where `singular` allows it.
   */
  private duration(i: number, head: boolean, singular: boolean): { unit: DurationUnit; n: number | null; end: number; cut: number } | null {
    let j = i;
    let cut: number | null = null;
    const approx = this.phrase(this.lex.approximators, i, head);
    if (approx) {
      j = approx.end;
      cut = approx.cut;
      head = false;
    }
    let result: { unit: DurationUnit; n: number | null; end: number } | null = null;
    const num = this.number(j, head);
    if (num) {
      const u = this.unitAt(num.end, false, false);
      if (u && (u.n === null || u.n === 1 || num.n === 1)) result = { unit: u.unit, n: num.n, end: u.end };
      else if (u && u.n === 2 && num.n === 2) result = { unit: u.unit, n: 2, end: u.end };
      if (result && cut === null) cut = num.cut;
    }
    if (!result) {
      const frac = this.phrase(this.lex.fractions, j, head);
      if (frac) {
        const u = this.unitAt(frac.end, false, 'either');
        if (u && u.n === 1) {
          result = { unit: u.unit, n: frac.value, end: u.end };
          if (cut === null) cut = frac.cut;
        }
      }
    }
    if (!result) {
      const vague = this.phrase(this.lex.vagueQuantities, j, head);
      if (vague) {
        const u = this.unitAt(vague.end, false, 'either');
        if (u && u.n === null) {
          result = { unit: u.unit, n: null, end: u.end };
          if (cut === null) cut = vague.cut;
        }
      }
    }
    if (!result) {
      const u = this.unitAt(j, head, false);
      if (u) {
        if (u.n === null && this.inSet(this.lex.vagueAfterUnit, u.end)) result = { unit: u.unit, n: null, end: u.end + 1 };
        // "منذ عام 1996"، "قبل عام 2011"، "بعد عام 2003": a unit followed by a number names that year (the year rule's
        // "عام 2011"), not one year ago or a year's duration (513 corpus articles say "منذ عام" + a year; qa11).
        else if (u.n === 2 || (u.n === 1 && (singular || approx) && this.digits(u.end) === null)) result = { unit: u.unit, n: u.n, end: u.end };
        else if (u.n === null && singular) result = { unit: u.unit, n: null, end: u.end };
        if (result && cut === null) cut = u.cut;
      }
    }
    if (!result) return null;
    // "يوم الأحد"، "يوم أمس": the word day names a day, it is no duration.
    if (result.unit === 'D' && result.n === 1 && (this.phrase(this.lex.weekdays, result.end, false) || this.phrase(this.lex.relativeDays, result.end, false) || this.dayNumber(result.end, false))) return null;
    const half = this.inMap(this.lex.halfAfterUnit, result.end);
    if (half && result.n !== null) result = { ...result, n: result.n + half.value, end: result.end + 1 };
    return { ...result, cut: cut ?? 0 };
  }

  /** A Gregorian month name, with its pair in another system ("ديسمبر/كانون الأول", "ديسمبر (كانون الأول)"). */
  private monthName(i: number, head: boolean): { month: number; end: number; cut: number; paired: boolean; ambiguous: boolean } | null {
    const m = this.phrase(this.lex.months, i, head);
    if (!m) return null;
    let end = m.end;
    let paired = false;
    const name = this.formsAt(i, head).find((f) => f.cut === m.cut)?.form ?? this.f(i);
    if (this.isPunct(end, '/-')) {
      const second = this.phrase(this.lex.months, end + 1, false);
      if (second) (end = second.end), (paired = true);
    } else if (this.isPunct(end, '(')) {
      const second = this.phrase(this.lex.months, end + 1, false);
      if (second && this.isPunct(second.end, ')')) (end = second.end + 1), (paired = true);
    } else {
      // the same month in the other system without a slash ("أكتوبر تشرين الأول 2016"): one month, not two (qa12)
      const second = this.phrase(this.lex.months, end, false);
      if (second && second.value === m.value) (end = second.end), (paired = true);
    }
    return { month: m.value, end, cut: m.cut, paired, ambiguous: m.end === i + 1 && this.lex.ambiguousMonths.has(name) };
  }

  /** A year in digits, with an optional era word ("2015 م"). */
  private year(i: number): { y: number; end: number } | null {
    const y = this.digits(i);
    if (y === null || y < MIN_YEAR || y > MAX_YEAR || this.f(i).length !== 4) return null;
    let end = i + 1;
    const era = this.phrase(this.lex.gregorianEra, end, false);
    if (era) end = era.end;
    return { y, end };
  }

  /** "من عام 2017"، "من العام 2017" after a month. */
  private ofYear(i: number): { y: number; end: number } | null {
    if (this.f(i) !== 'من') return null;
    const k = this.inSet(this.lex.yearCues, i + 1) ? i + 2 : i + 1;
    return this.year(k);
  }

  /**
   * The year written after a month: "2015", "، 2015", "من (عام) 2015", "عام 2015"، "العام 2015"، "لعام 2015". A day and
   * month followed by "عام 1983" were two expressions, the day dated in the dateline's year ("18 أبريل/نيسان عام 1983"
   * 2018-04-18, beside "عام 1983"); so was a month before "العام 2017" (qa12).
   */
  private yearAfterMonth(i: number): { y: number; end: number } | null {
    const direct = this.year(i) ?? (this.isPunct(i, ',') ? this.year(i + 1) : null) ?? this.ofYear(i);
    if (direct) return direct;
    if (this.inSet(this.lex.yearCues, i, true)) {
      const y = this.year(i + 1);
      if (y) return y;
    }
    return this.relativeYearAfterMonth(i);
  }

  /**
   * "(من) العام الماضي / المقبل / الجاري"، "(من) هذا العام" after a month: the year the relation names from the
   * dateline. "15 مارس من العام الماضي" was 15 March of the dateline's year beside "العام الماضي", and a lone
   * "مارس من العام الماضي" lost its month (qa12). Without a dateline nothing is guessed (null).
   */
  private relativeYearAfterMonth(i: number): { y: number; end: number } | null {
    const dct = this.res.dct;
    if (!dct) return null;
    const k = this.f(i) === 'من' ? i + 1 : i;
    // a year, not two ("العامين الماضيين")
    if (this.inSet(this.lex.yearCues, k) && !/(?:ين|ي)$/.test(this.f(k))) {
      const rel = this.relationAt(k + 1);
      if (rel === 'past' || rel === 'next' || rel === 'current') return { y: dct.y + (rel === 'past' ? -1 : rel === 'next' ? 1 : 0), end: k + 2 };
    }
    if (this.relationAt(k) === 'current' && this.inSet(this.lex.yearCues, k + 1)) return { y: dct.y, end: k + 2 };
    return null;
  }

  /** A day of the month: 1-31 in digits, or an ordinal ("العاشر"، "الحادي عشر"، "الخامس والعشرين"). */
  private dayNumber(i: number, head: boolean): { day: number; end: number; cut: number } | null {
    const d = this.digits(i);
    if (d !== null) return d >= 1 && d <= 31 && this.f(i).length <= 2 ? { day: d, end: i + 1, cut: 0 } : null;
    for (const { form, cut } of this.formsAt(i, head)) {
      if (!form.startsWith('ال')) continue;
      const stem = form.slice(2);
      let n = this.lex.ordinals.get(stem);
      let end = i + 1;
      if (n === undefined) {
        const c = this.lex.numbers.get(stem);
        if (c === 20 || c === 30) return { day: c, end, cut };
        continue;
      }
      if (this.inSet(this.lex.teenMarkers, end)) (n += 10), end++;
      else {
        const t = this.f(end);
        const tens = t.startsWith('وال') ? this.lex.numbers.get(t.slice(3)) : undefined;
        if (tens === 20 || tens === 30) (n += tens), end++;
      }
      if (n <= 31) return { day: n, end, cut };
    }
    return null;
  }

  /** Something that names a day: relative day, weekday, or an explicit date (for parts of day and "في وقت سابق"). */
  private dayAnchor(i: number): Found | null {
    let best: Found | null = null;
    for (const rule of [this.ruleRelativeDay, this.ruleWeekday, this.ruleExplicitDate, this.ruleNumericDate]) {
      const f = rule.call(this, i);
      if (f && f.hits.length === 1 && (f.hits[0]!.type === 'DATE' || f.hits[0]!.type === 'TIME') && (!best || f.end > best.end)) best = f;
    }
    return best;
  }

  // ---- rules --------------------------------------------------------------

  /** اليوم، أمس، أول أمس، غدا، بعد غد، (يوم) أمس، أمس الثلاثاء. */
  private ruleRelativeDay(i: number): Found | null {
    let j = i;
    let cut = 0;
    let dayWord = false;
    if (this.f(i) === 'يوم' || this.forms(i).some((f) => f.form === 'يوم')) {
      cut = this.forms(i).find((f) => f.form === 'يوم')!.cut;
      j = i + 1;
      dayWord = true;
    }
    const r = this.phrase(this.lex.relativeDays, j, !dayWord);
    if (!r) return null;
    if (!dayWord) cut = r.cut;
    const after = this.f(r.end);
    if (r.value === 0) {
      if (this.lex.todayBlockersAfter.has(after) || this.digits(r.end) !== null || after === 'ال' || (after.startsWith('ال') && this.lex.ordinals.has(after.slice(2)))) return null;
      if (this.lex.todayBlockersBefore.has(this.f(i - 1))) return null;
    }
    let end = r.end;
    let value = this.res.day(r.value);
    const wd = this.phrase(this.lex.weekdays, end, false);
    if (wd) {
      end = wd.end;
      // The weekday is the nearest to the day the word names (the article may be dated a day later).
      const dct = this.res.dct;
      value = dct ? new Resolver(addDays(dct, r.value)).weekday(wd.value, 'nearest') : r.value === 0 ? this.res.weekday(wd.value, 'nearest') : value;
    }
    return this.hit(i, cut, end, 'DATE', value);
  }

  /** (يوم) الأربعاء (الماضي|المقبل) (، 15 مارس 2018). */
  private ruleWeekday(i: number, extra?: { noDate?: boolean }): Found | null {
    let j = i;
    let cut = 0;
    const dayForm = this.forms(i).find((f) => f.form === 'يوم');
    if (dayForm) (j = i + 1), (cut = dayForm.cut);
    const wd = this.phrase(this.lex.weekdays, j, !dayForm);
    if (!wd) return null;
    if (!dayForm) {
      cut = wd.cut;
      if (this.lex.weekdayBlockersBefore.has(this.f(i - 1)) || this.lex.weekdayBlockersAfter.has(this.f(wd.end))) return null;
    }
    let end = wd.end;
    // An explicit date after the weekday decides.
    if (!extra?.noDate) {
      let k = end;
      if (this.isPunct(k, ',')) k++;
      const date = this.ruleExplicitDate(k, true) ?? this.ruleNumericDate(k);
      if (date && date.hits.length === 1) return this.hit(i, cut, date.end, date.hits[0]!.type, date.hits[0]!.value);
    }
    const rel = this.relationAt(end);
    let dir: WeekdayDirection;
    if (rel === 'past') (dir = 'prev'), end++;
    else if (rel === 'next') (dir = 'next'), end++;
    else if (rel === 'current') (dir = 'nearest'), end++;
    else dir = this.futureContext(i, end) ? 'future' : 'past';
    return this.hit(i, cut, end, 'DATE', this.res.weekday(wd.value, dir));
  }

  /** صباح اليوم، مساء أمس، ليل الأربعاء الخميس، فجر السبت: TIME with a TIMEX3 part of day. */
  private rulePartOfDay(i: number): Found | null {
    const p = this.phrase(this.lex.partsOfDay, i);
    if (!p) return null;
    let j = p.end;
    // "ليلة الأربعاء الخميس" names the night between the two days: the first one's night.
    const anchor = this.f(j) === 'يوم' && !this.phrase(this.lex.relativeDays, j + 1, false) && !this.phrase(this.lex.weekdays, j + 1, false) ? null : this.dayAnchor(j);
    if (!anchor) return null;
    let end = anchor.end;
    if (p.value === 'NI') {
      const second = this.phrase(this.lex.weekdays, end, false) ?? (this.f(end) === 'و' || this.isPunct(end, '/-') ? this.phrase(this.lex.weekdays, end + 1, false) : null);
      if (second) end = second.end;
    }
    return this.hit(i, p.cut, end, 'TIME', withTimePart(anchor.hits[0]!.value, `T${p.value}`));
  }

  /** الليلة، الليلة الماضية، هذا الصباح. */
  private ruleThisPartOfDay(i: number): Found | null {
    const p = this.phrase(this.lex.thisPartOfDay, i);
    if (!p) return null;
    let end = p.end;
    let shift = 0;
    const rel = this.relationAt(end);
    if (rel === 'past') (shift = -1), end++;
    else if (rel === 'next' || rel === 'current') end++;
    else if (this.f(i) === 'الليله' && this.f(end).startsWith('ال') && !this.phrase(this.lex.relativeDays, end, false) && !this.phrase(this.lex.weekdays, end, false)) {
      // "الليلة" followed by a noun is "the night of ..." (ليلة القدر), not tonight.
      return null;
    }
    return this.hit(i, p.cut, end, 'TIME', withTimePart(this.res.day(shift), `T${p.value}`));
  }

  /** (يوم) 15 (من) مارس/آذار (2018)، العاشر من أكتوبر، يوم 15 من الشهر الجاري. */
  private ruleExplicitDate(i: number, afterWeekday = false): Found | null {
    let j = i;
    let cut = 0;
    let head = true;
    const dayForm = !afterWeekday ? this.forms(i).find((f) => f.form === 'يوم') : undefined;
    if (dayForm) (j = i + 1), (cut = dayForm.cut), (head = false);
    const day = this.dayNumber(j, head && !afterWeekday);
    if (!day) return null;
    if (!dayForm) cut = day.cut;
    // "الأسبوع الثاني من شهر ..." is a week, not a day.
    if (this.digits(j) === null && this.unitAt(j - 1, false, true)) return null;
    const month = this.monthAfterDay(day.end);
    if (month) {
      const yr = this.yearAfterMonth(month.end);
      if (yr) {
        const date = { y: yr.y, m: month.month, d: day.day };
        return isValidYmd(date) ? this.hit(i, cut, yr.end, 'DATE', formatYmd(date)) : null;
      }
      let end = month.end;
      const rel = this.relationAt(end);
      let value: string | null;
      if (rel === 'past' || rel === 'next' || rel === 'current') {
        end++;
        value = this.res.dayOfMonth(day.day, month.month, rel === 'next' ? 'future' : rel === 'past' ? 'past' : 'auto');
      } else value = this.res.dayOfMonth(day.day, month.month, this.tenseOf(i, end));
      return value ? this.hit(i, cut, end, 'DATE', value) : null;
    }
    // يوم 15 من الشهر الجاري / الماضي
    if (this.f(day.end) === 'من') {
      const u = this.unitAt(day.end + 1, false, true);
      const rel = u && u.unit === 'M' && u.n === 1 ? this.relationAt(u.end) : null;
      if (rel && rel !== 'recent') {
        const value = this.res.dayOfRelativeMonth(day.day, rel === 'past' ? -1 : rel === 'next' ? 1 : 0);
        if (value) return this.hit(i, cut, u!.end + 1, 'DATE', value);
      }
    }
    return null;
  }

  /** 15/3/2018، 2018-03-15. */
  private ruleNumericDate(i: number): Found | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'number') return null;
    const w = this.f(i);
    let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(w);
    if (m) {
      const date = { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
      return isValidYmd(date) ? this.hit(i, 0, i + 1, 'DATE', formatYmd(date)) : null;
    }
    m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(w);
    if (m) {
      const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      return isValidYmd(date) ? this.hit(i, 0, i + 1, 'DATE', formatYmd(date)) : null;
    }
    if (/^\d{4}$/.test(w) && this.isPunct(i + 1, '-') && /^\d{2}$/.test(this.f(i + 2)) && this.isPunct(i + 3, '-') && /^\d{2}$/.test(this.f(i + 4))) {
      const date = { y: Number(w), m: Number(this.f(i + 2)), d: Number(this.f(i + 4)) };
      return isValidYmd(date) ? this.hit(i, 0, i + 5, 'DATE', formatYmd(date)) : null;
    }
    return null;
  }

  /** (شهر) ديسمبر/كانون الأول (2018 | الماضي | المقبل | الجاري). */
  private ruleMonth(i: number): Found | null {
    let j = i;
    let cut = 0;
    let cued = false;
    const cue = this.inSet(this.lex.monthCue, i, true);
    if (cue) (j = i + 1), (cut = cue.cut), (cued = true);
    const month = this.monthName(j, !cued);
    if (!month) return null;
    if (!cued) cut = month.cut;
    const yr = this.yearAfterMonth(month.end);
    if (yr) return this.hit(i, cut, yr.end, 'DATE', formatYm(yr.y, month.month));
    const rel = this.relationAt(month.end);
    if (rel === 'past') return this.hit(i, cut, month.end + 1, 'DATE', this.res.month(month.month, 'prev'));
    if (rel === 'next') return this.hit(i, cut, month.end + 1, 'DATE', this.res.month(month.month, 'next'));
    if (rel === 'current') return this.hit(i, cut, month.end + 1, 'DATE', this.res.month(month.month, 'current'));
    const prep = (this.isWord(i - 1) && this.formsAt(i - 1, true).some((f) => this.lex.monthPrepositions.has(f.form))) || this.forms(i).some((f) => f.cut > 0 && (f.form.length < this.f(i).length));
    if (!cued && month.ambiguous && !month.paired) return null;
    if (!cued && !month.paired && !prep && this.toks[i]!.kind === 'arabic' && this.lex.ambiguousMonths.has(this.f(i))) return null;
    return this.hit(i, cut, month.end, 'DATE', this.res.month(month.month, this.tenseOf(i, month.end)));
  }

  /** 15 رمضان 1445 هـ، رمضان 1445، شهر رمضان: converted with Intl's Umm al-Qura calendar. */
  private ruleHijri(i: number): Found | null {
    let j = i;
    let cut = 0;
    let head = true;
    let cued = false;
    const day = this.dayNumber(i, true);
    if (day) (j = day.end), (cut = day.cut), (head = false);
    else {
      const cue = this.inSet(this.lex.monthCue, i, true);
      if (cue) (j = i + 1), (cut = cue.cut), (head = false), (cued = true);
    }
    const m = this.phrase(this.lex.hijriMonths, j, head);
    if (!m) return null;
    if (head) cut = m.cut;
    let end = m.end;
    const y = this.digits(end);
    let hy: number | null = null;
    if (y !== null && y >= 1300 && y <= 1600) (hy = y), end++;
    const era = this.phrase(this.lex.hijriEra, end, false);
    if (era && hy !== null) end = era.end;
    const ambiguous = m.end === j + 1 && this.lex.ambiguousHijriMonths.has(this.f(j));
    if (!day && !cued && hy === null && (ambiguous || !era)) return null;
    if (hy === null) {
      // The month in the Hijri year of the document date.
      const dct = this.res.dct;
      const h = dct ? toHijri(dct) : null;
      if (!h) return null;
      hy = h.y;
    }
    const g = hijriToGregorian({ y: hy, m: m.value, d: day ? day.day : 1 });
    if (!g) return null;
    return this.hit(i, cut, end, 'DATE', day ? formatYmd(g) : formatYm(g.y, g.m));
  }

  /** عام 2015، العام 2015، سنة 2015، عامي 2014 و2015، في 2015. */
  private ruleYear(i: number): Found | null {
    const cue = this.inSet(this.lex.yearCues, i, true);
    if (cue) {
      const y = this.year(i + 1);
      if (!y) return null;
      const hits: Hit[] = [{ tok: i, cut: cue.cut, end: y.end, type: 'DATE', value: String(y.y) }];
      let end = y.end;
      // "عامي 2014 و2015": the second year is an expression of its own.
      if (this.f(end) === 'و' || this.isPunct(end, '-')) {
        const y2 = this.year(end + 1);
        if (y2) {
          hits.push({ tok: end + 1, cut: 0, end: y2.end, type: 'DATE', value: String(y2.y) });
          end = y2.end;
        }
      }
      return { end, hits };
    }
    const y = this.year(i);
    if (!y || y.y < BARE_YEAR_MIN || y.y > BARE_YEAR_MAX) return null;
    const before = this.toks[i - 1];
    const prevWord = before && before.kind === 'arabic' ? this.forms(i - 1).map((f) => f.form) : [];
    const cued =
      y.end > i + 1 ||
      prevWord.some((w) => this.lex.yearPrepositions.has(w)) ||
      (this.f(i - 1) === 'و' && this.year(i - 2) !== null) ||
      (this.isPunct(i - 1, '-') && this.year(i - 2) !== null) ||
      (this.isPunct(i + 1, '-') && this.year(i + 2) !== null) ||
      this.isPunct(i - 1, '(') ||
      (this.isPunct(i + 1, ',.;:)') && (!before || before.kind === 'punct'));
    return cued ? this.hit(i, 0, y.end, 'DATE', String(y.y)) : null;
  }

  /**
   * الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام (points); الأيام الماضية،
   * الأشهر الستة الماضية، الـ24 ساعة الماضية، السنوات الأخيرة (durations).
   */
  private ruleRelativeUnit(i: number): Found | null {
    let j = i;
    let cut = 0;
    let head = true;
    const thisWord = this.inSet(this.lex.currentBefore, i, true);
    if (thisWord) (j = i + 1), (cut = thisWord.cut), (head = false);
    // الـ24 ساعة الماضية: number before the unit.
    if (!thisWord && this.f(i) === 'ال') {
      const num = this.number(i, true);
      const u = num ? this.unitAt(num.end, false, false) : null;
      const rel = u ? this.relationAt(u.end) : null;
      if (num && u && rel && rel !== 'current') return this.hit(i, 0, u.end + 1, 'DURATION', durationValue(u.unit, num.n));
    }
    const u = this.unitAt(j, head, true);
    if (!u) return null;
    if (!thisWord) cut = u.cut;
    let end = u.end;
    if (thisWord) {
      if (u.n !== 1 || u.unit === 'H' || u.unit === 'MIN' || u.unit === 'S') return null;
      return this.hit(i, cut, end, 'DATE', this.res.unit(u.unit, 0));
    }
    // Plural or dual: a duration reaching up to (or from) the document date.
    let count: number | null = u.n;
    if (u.n !== 1) {
      const num = this.number(end, false);
      if (num && u.n === null) (count = num.n), (end = num.end);
      else if (this.inSet(this.lex.vagueAfterUnit, end)) end++;
      const rel = this.relationAt(end);
      if (!rel || rel === 'current') return null;
      return this.hit(i, cut, end + 1, 'DURATION', durationValue(u.unit, count));
    }
    const rel = this.relationAt(end);
    if (!rel || rel === 'recent') return null;
    if (u.unit === 'H' || u.unit === 'MIN' || u.unit === 'S') return null;
    if (u.unit === 'D' && rel === 'current') return null;
    const shift = rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
    return this.hit(i, cut, end + 1, 'DATE', this.res.unit(u.unit, shift));
  }

  /** التسعينيات، تسعينيات القرن الماضي، عقد الثمانينيات: TIMEX3 "199". */
  private ruleDecade(i: number): Found | null {
    let j = i;
    let cut = 0;
    let head = true;
    const cue = this.inSet(this.lex.decadeWords, i, true);
    if (cue) (j = i + 1), (cut = cue.cut), (head = false);
    let decade: number | undefined;
    let dcut = 0;
    for (const { form, cut: c } of this.formsAt(j, head)) {
      decade = this.lex.decades.get(form.startsWith('ال') ? form.slice(2) : form);
      if (decade !== undefined) {
        dcut = c;
        break;
      }
    }
    if (decade === undefined) return null;
    if (!cue) cut = dcut;
    let end = j + 1;
    let century = 19;
    const k = this.f(end) === 'من' ? end + 1 : end;
    if (this.inSet(this.lex.centuryWords, k)) {
      const c = this.centuryAfter(k + 1);
      if (c) (century = c.century), (end = c.end);
    }
    // "في العشرينات من العمر" is an age; the twenties and thirties without a century mostly are.
    const next = this.f(end) === 'من' ? this.f(end + 1) : '';
    if (next.includes('عمر') || (end === j + 1 && decade < 4)) return null;
    return this.hit(i, cut, end, 'DATE', `${century}${decade}`);
  }

  /** The words after "القرن": an ordinal (العشرين → 19) or a relation (الماضي). */
  private centuryAfter(i: number): { century: number; end: number } | null {
    const ord = this.phrase(this.lex.centuryOrdinals, i, false);
    if (ord) return { century: ord.value - 1, end: ord.end };
    const rel = this.relationAt(i);
    const dct = this.res.dct;
    if (rel && rel !== 'recent' && dct) {
      const shift = rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
      return { century: Math.floor(dct.y / 100) + shift, end: i + 1 };
    }
    return null;
  }

  /** القرن العشرين، القرن الماضي. */
  private ruleCentury(i: number): Found | null {
    const cue = this.inSet(this.lex.centuryWords, i, true);
    if (!cue) return null;
    const ord = this.phrase(this.lex.centuryOrdinals, i + 1, false);
    if (ord) return this.hit(i, cue.cut, ord.end, 'DATE', String(ord.value - 1).padStart(2, '0'));
    const rel = this.relationAt(i + 1);
    if (!rel || rel === 'recent') return null;
    return this.hit(i, cue.cut, i + 2, 'DATE', this.res.century(rel === 'past' ? -1 : rel === 'next' ? 1 : 0));
  }

  /** Whether "من/على" + a word that is no time expression follows: "قبل يومين من الانتخابات". */
  private anchoredOnEvent(end: number): boolean {
    if (!this.inSet(this.lex.durationJoin, end)) return false;
    return !this.bestAtNoJoin(end + 1);
  }

  private bestAtNoJoin(i: number): boolean {
    return !!(this.ruleRelativeDay(i) ?? this.ruleExplicitDate(i) ?? this.ruleWeekday(i) ?? this.ruleMonth(i) ?? this.ruleYear(i));
  }

  /** قبل 9 أعوام، بعد يومين: points shifted from the document date. */
  private ruleAgoAfter(i: number): Found | null {
    const ago = this.inSet(this.lex.ago, i, true);
    const after = ago ? null : this.inSet(this.lex.after, i, true);
    const prep = ago ?? after;
    if (!prep) return null;
    const d = this.duration(i + 1, false, true);
    if (!d) return null;
    if (this.anchoredOnEvent(d.end)) return this.hit(i + 1, d.cut, d.end, 'DURATION', durationValue(d.unit, d.n));
    // "أطلقت سراحه بعد ثلاثة أيام"، "بعد 17 عاما.. إعادة فتح محطة": outside a clause in the future, "بعد" counts from
    // an event the text tells (three days after the arrest), not from the dateline; only "سيصبح نافذا بعد 15 يوما" does.
    // On 800 corpus articles 20 of 27 such points were past narrative. "قبل" counts back from the dateline either way.
    if (after && !this.futureContext(i, d.end)) return this.hit(i + 1, d.cut, d.end, 'DURATION', durationValue(d.unit, d.n));
    if (d.n === null) return this.hit(i, prep.cut, d.end, 'DATE', ago ? 'PAST_REF' : 'FUTURE_REF');
    const value = d.unit === 'H' || d.unit === 'MIN' || d.unit === 'S' ? this.res.day(0) : this.res.shifted(d.unit, ago ? -d.n : d.n);
    return this.hit(i, prep.cut, d.end, 'DATE', value);
  }

  /** منذ 9 أعوام → the duration P9Y ("منذ" outside the span). */
  private ruleSince(i: number): Found | null {
    if (!this.inSet(this.lex.since, i, true)) return null;
    const d = this.duration(i + 1, false, true);
    if (!d) return null;
    return this.hit(i + 1, d.cut, d.end, 'DURATION', durationValue(d.unit, d.n));
  }

  /** ثلاثة أيام، أسبوعين، ربع قرن، نصف ساعة، 24 ساعة، أكثر من 80 عاما، لسنوات. */
  private ruleDuration(i: number): Found | null {
    const prev = this.toks[i - 1] ? this.phrase(this.lex.durationPrepositions, i - 1) : null;
    const prev2 = !prev && this.toks[i - 2] ? this.phrase(this.lex.durationPrepositions, i - 2) : null;
    const singular = (!!prev && prev.end === i) || (!!prev2 && prev2.end === i);
    let d = this.duration(i, true, singular);
    // لسنوات، لأيام: the preposition ل before a bare plural.
    if (!d) {
      const u = this.unitAt(i, true, false);
      if (u && u.n === null && u.cut > 0 && this.forms(i).some((f) => f.cut === u.cut && f.form.length === this.f(i).length - 1 && this.f(i)[0] === 'ل')) d = { ...u, n: null };
    }
    if (!d) return null;
    if (d.n !== null && d.n > 1000) return null;
    return this.hit(i, d.cut, d.end, 'DURATION', durationValue(d.unit, d.n));
  }

  /** الساعة العاشرة صباحا، الساعة 10:30، 10:30 بتوقيت غرينتش: TIMEX3 "T10:30". */
  private ruleClock(i: number): Found | null {
    let j = i;
    let cut = 0;
    const cue = this.inSet(this.lex.clockCue, i, true);
    if (cue) (j = i + 1), (cut = cue.cut);
    let hour: number | null = null;
    let minute = 0;
    let end = j;
    const w = this.f(j);
    const hm = /^(\d{1,2})[:.](\d{2})$/.exec(w);
    if (hm && this.toks[j]!.kind === 'number') {
      hour = Number(hm[1]);
      minute = Number(hm[2]);
      end = j + 1;
      if (hour > 24 || minute > 59 || (!cue && !/:/.test(w))) return null;
    } else if (cue && this.digits(j) !== null && this.digits(j)! <= 24) {
      hour = this.digits(j);
      end = j + 1;
    } else if (cue && this.f(cue ? i : -1) === 'الساعه') {
      const h = this.phrase(this.lex.clockHours, j, false);
      if (h) (hour = h.value), (end = h.end);
    }
    if (hour === null || (!cue && !hm)) return null;
    const mins = this.phrase(this.lex.clockMinutes, end, false);
    if (mins) {
      if (mins.value < 0) (hour = (hour + 23) % 24), (minute = 60 + mins.value);
      else minute = mins.value;
      end = mins.end;
    }
    const adverb = this.phrase(this.lex.partOfDayAdverbs, end, false);
    const part = adverb ?? (this.f(end) === 'من' ? this.phrase(this.lex.partsOfDay, end + 1, false) : null);
    // "الساعة الثالثة من بعد ظهر اليوم": the part of day named as a noun ("of the afternoon of today") takes the day
    // after it, so the time is dated rather than split into a bare clock time and a separate date.
    let day: Found | null = null;
    if (part) {
      end = part.end;
      if (!adverb) day = this.dayAnchor(end);
      if ((part.value === 'EV' || part.value === 'AF' || (part.value === 'NI' && hour >= 6)) && hour < 12) hour += 12;
      if (part.value === 'MI' && hour < 6) hour += 12;
      // "الساعة 12.01 من فجر الجمعة": twelve in the morning is just after midnight.
      if (part.value === 'MO' && hour === 12) hour = 0;
    } else if (!cue && !hm) return null;
    if (this.inSet(this.lex.timeZoneCues, end) && this.isWord(end + 1)) {
      end += 2;
      if (this.lex.timeZoneAfter.has(this.f(end))) end++;
    }
    if (cue && !part && !hm && this.digits(j) === null && !mins) {
      // "الساعة الثانية" alone may be "the second hour": only with minutes, a part of day or a zone.
      if (end === j + 1) return null;
    }
    const value = `T${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    if (day && !this.inSet(this.lex.timeZoneCues, end)) return this.hit(i, cut, day.end, 'TIME', withTimePart(day.hits[0]!.value, value));
    return this.hit(i, cut, end, 'TIME', value);
  }

  /** يوميا، سنويا، كل يوم، كل عام، كل 4 سنوات، كل يوم جمعة. */
  private ruleSet(i: number): Found | null {
    const adv = this.inMap(this.lex.setAdverbs, i, true);
    if (adv) return this.hit(i, adv.cut, i + 1, 'SET', adv.value);
    const every = this.inSet(this.lex.every, i, true);
    if (!every) return null;
    const num = this.number(i + 1, false);
    if (num) {
      const u = this.unitAt(num.end, false, false);
      return u ? this.hit(i, every.cut, u.end, 'SET', durationValue(u.unit, num.n)) : null;
    }
    const u = this.unitAt(i + 1, false, false);
    if (!u) return null;
    if (u.n === 2) return this.hit(i, every.cut, u.end, 'SET', durationValue(u.unit, 2));
    if (u.n !== 1) return null;
    if (u.unit === 'D') {
      const wd = this.phrase(this.lex.weekdays, u.end, false) ?? this.weekdayWithoutArticle(u.end);
      if (wd) return this.hit(i, every.cut, wd.end, 'SET', `XXXX-WXX-${wd.value}`);
    }
    return this.hit(i, every.cut, u.end, 'SET', durationValue(u.unit, 1));
  }

  private weekdayWithoutArticle(i: number): PhraseHit<number> | null {
    const w = this.f(i);
    if (!w || w.startsWith('ال')) return null;
    const v = this.lex.weekdays.get('ال' + w);
    return v === undefined ? null : { value: v, end: i + 1, cut: 0 };
  }

  /** الآن، حاليا، مؤخرا، قريبا، في المستقبل: TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF. */
  private ruleReference(i: number): Found | null {
    const r = this.phrase(this.lex.references, i);
    if (!r) return null;
    return this.hit(i, r.cut, r.end, 'DATE', r.value);
  }

  /** في وقت سابق اليوم، في وقت متأخر من مساء أمس: the value of what follows. */
  private ruleEarlierLater(i: number): Found | null {
    const p = this.phrase(this.lex.earlierLater, i);
    if (!p) return null;
    let j = p.end;
    if (this.inSet(this.lex.earlierLaterJoin, j)) j++;
    const inner = this.rulePartOfDay(j) ?? this.dayAnchor(j) ?? this.ruleRelativeUnit(j) ?? this.ruleThisPartOfDay(j);
    if (!inner || inner.hits.length !== 1 || inner.hits[0]!.type === 'DURATION') return null;
    return this.hit(i, p.cut, inner.end, inner.hits[0]!.type, inner.hits[0]!.value);
  }

  /** مطلع العام الجاري، أواخر 2017، نهاية الشهر الماضي، منتصف التسعينيات: the value of what follows. */
  private ruleBoundary(i: number): Found | null {
    const b = this.inSet(this.lex.boundaryModifiers, i, true);
    if (!b) return null;
    const j = i + 1;
    let inner: Found | null = null;
    for (const rule of [this.ruleYear, this.ruleMonth, this.ruleRelativeUnit, this.ruleDecade, this.ruleCentury, this.ruleExplicitDate]) {
      const f = rule.call(this, j);
      if (f && f.hits.length === 1 && f.hits[0]!.type === 'DATE' && f.hits[0]!.tok === j && f.hits[0]!.cut === 0 && (!inner || f.end > inner.end)) inner = f;
    }
    if (!inner) {
      const y = this.year(j);
      if (y) inner = this.hit(j, 0, y.end, 'DATE', String(y.y));
    }
    if (!inner) return null;
    return this.hit(i, b.cut, inner.end, 'DATE', inner.hits[0]!.value);
  }

  /** The word joining a range's two ends (إلى، حتى، و، -), and "غاية" after it: where the second end starts, or null. */
  private rangeJoin(k: number): number | null {
    if (this.lex.rangeJoin.has(this.f(k)) || this.isPunct(k, '-')) k++;
    else return null;
    if (this.lex.rangeJoinAfter.has(this.f(k))) k++;
    return k;
  }

  /** A day and a month (15 مارس، 15 من آذار، العاشر من شهر أكتوبر), without what follows the month. */
  private dayAndMonth(j: number, head: boolean): { day: number; month: number; end: number; cut: number } | null {
    const day = this.dayNumber(j, head);
    if (!day) return null;
    const month = this.monthAfterDay(day.end);
    return month ? { day: day.day, month: month.month, end: month.end, cut: day.cut } : null;
  }

  /** The month named after a day's number at `k`: مارس، من آذار، من شهر أكتوبر. */
  private monthAfterDay(k: number): ReturnType<Recognizer['monthName']> {
    if (this.f(k) === 'من') k++;
    if (this.inSet(this.lex.monthCue, k) && this.monthName(k + 1, false)) k++;
    return this.monthName(k, false);
  }

  /**
   * "بين 23 أبريل/نيسان و 3 مايو/أيار عام 1991": a range whose year is written once, after its second date, dates
   * both in it (the first a year earlier when its month comes later: "من 20 ديسمبر إلى 3 يناير 1992"). The first date
   * was dated in the dateline's year (qa13).
   */
  private ruleRangeOfDates(i: number): Found | null {
    if (this.toks[i]!.kind !== 'number') return null;
    const first = this.dayAndMonth(i, true);
    if (!first || this.yearAfterMonth(first.end) || this.relationAt(first.end)) return null;
    const k = this.rangeJoin(first.end);
    if (k === null) return null;
    const second = this.dayAndMonth(k, false);
    if (!second) return null;
    const yr = this.yearAfterMonth(second.end);
    if (!yr) return null;
    const d1 = { y: first.month > second.month ? yr.y - 1 : yr.y, m: first.month, d: first.day };
    const d2 = { y: yr.y, m: second.month, d: second.day };
    if (!isValidYmd(d1) || !isValidYmd(d2)) return null;
    return {
      end: yr.end,
      hits: [
        { tok: i, cut: first.cut, end: first.end, type: 'DATE', value: formatYmd(d1) },
        { tok: k, cut: second.cut, end: yr.end, type: 'DATE', value: formatYmd(d2) },
      ],
    };
  }

  /** من 10 إلى 12 مارس، بين 10 و12 مارس 2018، 10-12 مارس: two dates sharing the month. */
  private ruleRange(i: number): Found | null {
    const d1 = this.dayNumber(i, true);
    if (!d1 || this.toks[i]!.kind !== 'number') return null;
    const k = this.rangeJoin(d1.end);
    if (k === null) return null;
    const second = this.ruleExplicitDate(k, true);
    if (!second || second.hits.length !== 1) return null;
    const v2 = second.hits[0]!.value;
    const m = /^(\d{4}|XXXX)-(\d{2})-\d{2}(.*)$/.exec(v2);
    if (!m) return null;
    const v1 = `${m[1]}-${m[2]}-${String(d1.day).padStart(2, '0')}${m[3]}`;
    if (m[1] !== 'XXXX' && !isValidYmd(parseYmd(v1.slice(0, 10)))) return null;
    return { end: second.end, hits: [{ tok: i, cut: d1.cut, end: d1.end, type: 'DATE', value: v1 }, second.hits[0]!] };
  }
}

/** Exported for tests: a Ymd from a value string, or null. */
export function ymdOf(value: string): Ymd | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseYmd(value) : null;
}
