/**
 * Publication dates as the source wrote them. "The calendar date in the time
 * zone written in the source" is the day, month and year printed in the
 * timestamp itself, so no zone conversion is done (and none may be: a
 * 00:16 +0400 article is dated by its own day, not UTC's).
 */
import { isValidDate } from '../core/document.ts';
import { normalize } from '../text/normalize.ts';
import { compileTimeLexicon, type TimeLexicon } from '../time/lexicon.ts';
// The month and weekday names of the time lexicon, imported as a JSON module (a bundler inlines it; Node and tsx read
// it as the module loads): the readers run in a browser or a worker too, and until qa17 they read the file with
// node:fs (src/time/load.ts), which broke src/index.ts's readArticles there.
import timeLexiconData from '../../data/time/lexicon.json' with { type: 'json' };

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function ymd(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidDate(s) ? s : null;
}

/**
 * YYYY-MM-DD from an RFC 822/1123 or ISO 8601 timestamp, `YYYY/M/D`, the day-first `D/M/YYYY` (or `D-M-YYYY`,
 * `D.M.YYYY`) of Arabic and European sites, or an English month name before the day ("June 15, 2018"); digits may
 * be Arabic-Indic. Null otherwise. The last four were read as no date at all, silently (qa12). A day-first date
 * whose "month" is over 12 is read month-first (`06/15/2018`); where both readings are valid, day-first wins.
 */
export function parsePublicationDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // Arabic-Indic and Persian digits to ASCII, the text core's way; nothing else of a date changes
  const s = normalize(value.trim(), { foldTaMarbuta: false, foldPunctuation: false, lowercase: false });
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (slashed) return ymd(+slashed[1]!, +slashed[2]!, +slashed[3]!);
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/.exec(s);
  if (dayFirst) return ymd(+dayFirst[4]!, +dayFirst[3]!, +dayFirst[1]!) ?? ymd(+dayFirst[4]!, +dayFirst[1]!, +dayFirst[3]!);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (rfc) {
    const m = MONTHS[rfc[2]!.toLowerCase()];
    if (m) return ymd(+rfc[3]!, m, +rfc[1]!);
  }
  const monthFirst = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/.exec(s);
  if (monthFirst) {
    const m = MONTHS[monthFirst[1]!.toLowerCase()];
    if (m) return ymd(+monthFirst[3]!, m, +monthFirst[2]!);
  }
  return /\p{Script=Arabic}/u.test(s) ? arabicDate(s) : null;
}

/**
 * A date written in Arabic, as feeds and pages print it: an optional weekday, the day, the month named in any of the
 * time stage's systems (one name, or two for the same month: "أيار/مايو", "مايو (أيار)"), then the year; what follows
 * (a time of day) is not read. "الاثنين 7 مايو 2018", "٧ أيار ٢٠١٨ - ١٠:٣٠". The month and weekday names are the
 * time lexicon's (data/time/lexicon.json). They were reported as dates rasd cannot read (qa15).
 */
let timeLexicon: TimeLexicon | undefined;

function arabicDate(s: string): string | null {
  const lex = (timeLexicon ??= compileTimeLexicon(timeLexiconData));
  const w = normalize(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let i = 0;
  if (w[i] === normalize('يوم') && lex.weekdays.has(w[i + 1] ?? '')) i++;
  if (lex.weekdays.has(w[i] ?? '')) i++;
  if (!/^\d{1,2}$/.test(w[i] ?? '')) return null;
  const day = Number(w[i++]);
  let month: number | null = null;
  for (;;) {
    let found: { m: number; end: number } | null = null;
    for (let n = Math.min(lex.months.maxWords, w.length - i); n >= 1 && !found; n--) {
      const m = lex.months.get(w.slice(i, i + n).join(' '));
      if (m !== undefined) found = { m, end: i + n };
    }
    if (!found || (month !== null && found.m !== month)) break;
    month = found.m;
    i = found.end;
  }
  if (month === null || !/^\d{4}$/.test(w[i] ?? '')) return null;
  return ymd(Number(w[i]), month, day);
}

/**
 * A publication date the source gives and rasd cannot read, as the source wrote it (trimmed), or null when there is
 * none or it can be read. The article is then analyzed without it (relative dates stay unresolved, or the run's --date
 * is used); the item carries the raw date on, and whoever hands the article on says so in one line
 * ({@link unreadDateNote}) instead of silently.
 */
export function unreadDate(value: string | null | undefined, parsed: string | null): string | null {
  if (parsed !== null || value === null || value === undefined || !value.trim()) return null;
  return value.trim();
}

/**
 * The line said of an article whose date `raw` rasd cannot read: what was done with the article (`analyzed`,
 * `stored`) and the date it got instead (`used`, a run's --date), or that it has none.
 */
export function unreadDateNote(raw: string, done: 'analyzed' | 'stored', used: string | null): string {
  return `date "${raw.slice(0, 60)}" is not a date rasd reads (YYYY-MM-DD, D/M/YYYY, RFC 822, ISO 8601 or "7 مايو 2018"); ${done} ${used ? `with the date given for the run, ${used}` : 'without a date'}`;
}
