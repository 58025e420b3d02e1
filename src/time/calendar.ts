/**
 * Calendar arithmetic for time normalization: proleptic Gregorian days as
 * UTC day numbers, ISO weeks, and Hijri (Umm al-Qura) to Gregorian through
 * Intl's islamic-umalqura calendar (no tables of our own).
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function parseYmd(date: string): Ymd {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Milliseconds of a UTC date; years 0-99 are those years, not 1900-1999 as Date.UTC reads them. */
function utc(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

export function toDayNumber({ y, m, d }: Ymd): number {
  return Math.floor(utc(y, m, d) / DAY_MS);
}

export function fromDayNumber(day: number): Ymd {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Adds months, clamping the day to the last day of the target month. */
export function addMonths(date: Ymd, n: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utc(y, m + 1, 0)).getUTCDate();
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: Ymd): number {
  const w = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week of a date: the week's year (may differ from the date's) and number. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const day = toDayNumber(date);
  const thursday = day - isoWeekday(date) + 4; // the week belongs to the year of its Thursday
  const y = fromDayNumber(thursday).y;
  const jan1 = toDayNumber({ y, m: 1, d: 1 });
  return { year: y, week: Math.floor((thursday - jan1) / 7) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

let hijriFormat: Intl.DateTimeFormat | null | undefined;

function umalqura(): Intl.DateTimeFormat | null {
  if (hijriFormat === undefined) {
    try {
      hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (!hijriFormat.resolvedOptions().calendar.startsWith('islamic')) hijriFormat = null;
    } catch {
      hijriFormat = null;
    }
  }
  return hijriFormat;
}

/** The Umm al-Qura Hijri date of a Gregorian day, or null where Intl lacks the calendar. */
export function toHijri(date: Ymd): Ymd | null {
  const fmt = umalqura();
  if (!fmt) return null;
  const parts = fmt.formatToParts(new Date(toDayNumber(date) * DAY_MS));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value.replace(/\D/g, ''));
  return { y: get('year'), m: get('month'), d: get('day') };
}

const HIJRI_EPOCH_DAY = toDayNumber({ y: 622, m: 7, d: 19 });
const HIJRI_YEAR_DAYS = 354.367;

/**
 * The Gregorian day whose Umm al-Qura date is the given Hijri date: estimate
 * from the mean calendar, then search the days around the estimate for the
 * one Intl formats with the same parts. Null for an impossible date (day 30
 * of a 29-day month) or without the calendar.
 */
export function hijriToGregorian(h: Ymd): Ymd | null {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30) return null;
  const estimate = Math.round(HIJRI_EPOCH_DAY + (h.y - 1) * HIJRI_YEAR_DAYS + (h.m - 1) * 29.5306 + (h.d - 1));
  for (let delta = 0; delta <= 6; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const g = fromDayNumber(estimate + sign * delta);
      const got = toHijri(g);
      if (!got) return null;
      if (got.y === h.y && got.m === h.m && got.d === h.d) return g;
    }
  }
  return null;
}
