/**
 * TIMEX3 values for what the recognizer found, resolved against the document
 * date (the DCT, "document creation time" in TimeML).
 *
 * Without a document date nothing relative is guessed: the value keeps the
 * TIMEX3 pattern of its granularity with X for every unknown digit, followed
 * by the offset from the document date in brackets:
 *   أمس              XXXX-XX-XX[DCT-P1D]     اليوم         XXXX-XX-XX[DCT]
 *   الأسبوع الماضي    XXXX-WXX[DCT-P1W]       العام المقبل  XXXX[DCT+P1Y]
 *   الأربعاء (past)   XXXX-WXX-3[DCT-]        (future)      XXXX-WXX-3[DCT+]
 *   ديسمبر الماضي     XXXX-12[DCT-]           مساء أمس      XXXX-XX-XXTEV[DCT-P1D]
 * "[DCT-]" / "[DCT+]" mean the nearest such date before / after the
 * document date; a date without a year and no relative word ("15 مارس")
 * is plain TIMEX3 "XXXX-03-15".
 */
import { addDays, addMonths, formatWeek, formatYm, formatYmd, isoWeekday, isValidYmd, toDayNumber, type Ymd } from './calendar.ts';
import type { DurationUnit } from './lexicon.ts';

export type WeekdayDirection = 'past' | 'future' | 'prev' | 'next' | 'nearest';
export type MonthDirection = 'prev' | 'next' | 'current' | 'past' | 'future' | 'auto';

/** How far ahead of the document date a date without year may lie when the sentence gives no direction. */
const AUTO_FUTURE_DAYS = 61;
/** The same for a month without year: up to this many months ahead. */
const AUTO_FUTURE_MONTHS = 2;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function anchor(n: number, letter: string, t = ''): string {
  return n === 0 ? 'DCT' : `DCT${n < 0 ? '-' : '+'}P${t}${Math.abs(n)}${letter}`;
}

/** Inserts a time part (e.g. "TNI") before an unresolved value's bracket. */
export function withTimePart(value: string, part: string): string {
  const b = value.indexOf('[');
  return b < 0 ? value + part : value.slice(0, b) + part + value.slice(b);
}

export class Resolver {
  constructor(readonly dct: Ymd | null) {}

  day(n: number): string {
    return this.dct ? formatYmd(addDays(this.dct, n)) : `XXXX-XX-XX[${anchor(n, 'D')}]`;
  }

  /** The unit containing the document date, shifted by n units (الأسبوع الماضي = W, -1). */
  unit(unit: DurationUnit, n: number): string {
    const d = this.dct;
    switch (unit) {
      case 'D':
      case 'H':
      case 'MIN':
      case 'S':
        return this.day(unit === 'D' ? n : 0);
      case 'W':
        return d ? formatWeek(addDays(d, 7 * n)) : `XXXX-WXX[${anchor(n, 'W')}]`;
      case 'M':
        return d ? formatYm(addMonths(d, n).y, addMonths(d, n).m) : `XXXX-XX[${anchor(n, 'M')}]`;
      case 'Y':
        return d ? pad(d.y + n, 4) : `XXXX[${anchor(n, 'Y')}]`;
      case 'DE':
        return d ? String(Math.floor(d.y / 10) + n) : `XXX[${anchor(10 * n, 'Y')}]`;
      case 'CE':
        return d ? pad(Math.floor(d.y / 100) + n) : `XX[${anchor(100 * n, 'Y')}]`;
    }
  }

  /** A point n units before (negative) or after the document date, at the unit's precision. */
  shifted(unit: DurationUnit, n: number): string {
    const whole = toWhole(unit, n);
    let u = whole.unit;
    let k = whole.n;
    if (u === 'DE') (u = 'Y'), (k *= 10);
    if (u === 'CE') (u = 'Y'), (k *= 100);
    return this.unit(u, k);
  }

  weekday(dow: number, dir: WeekdayDirection): string {
    if (!this.dct) {
      const sign = dir === 'past' || dir === 'prev' ? '-' : dir === 'nearest' ? '' : '+';
      return `XXXX-WXX-${dow}[DCT${sign}]`;
    }
    const wd = isoWeekday(this.dct);
    const back = (wd - dow + 7) % 7;
    const ahead = (dow - wd + 7) % 7;
    const delta = dir === 'past' ? -back : dir === 'future' ? ahead : dir === 'prev' ? -(back || 7) : dir === 'next' ? ahead || 7 : ahead > 3 ? ahead - 7 : ahead;
    return formatYmd(addDays(this.dct, delta));
  }

  month(m: number, dir: MonthDirection): string {
    const d = this.dct;
    if (!d) {
      const a = dir === 'prev' ? '[DCT-]' : dir === 'next' ? '[DCT+]' : dir === 'current' ? '[DCT]' : '';
      return `XXXX-${pad(m)}${a}`;
    }
    let y = d.y;
    if (dir === 'prev') y = m < d.m ? d.y : d.y - 1;
    else if (dir === 'next') y = m > d.m ? d.y : d.y + 1;
    else if (dir === 'past') y = m <= d.m ? d.y : d.y - 1;
    else if (dir === 'future') y = m >= d.m ? d.y : d.y + 1;
    else if (dir === 'auto') {
      const ahead = (m - d.m + 12) % 12;
      y = ahead >= 1 && ahead <= AUTO_FUTURE_MONTHS ? (m < d.m ? d.y + 1 : d.y) : m <= d.m ? d.y : d.y - 1;
    }
    return formatYm(y, m);
  }

  /** A day of a month whose year the text does not give. */
  dayOfMonth(day: number, m: number, dir: 'past' | 'future' | 'auto'): string | null {
    if (!isValidYmd({ y: 2000, m, d: day })) return null; // 2000 is a leap year: allows 29 February
    const d = this.dct;
    if (!d) return `XXXX-${pad(m)}-${pad(day)}`;
    const today = toDayNumber(d);
    const candidates = [d.y - 1, d.y, d.y + 1].map((y) => ({ y, m, d: day })).filter(isValidYmd);
    let pick: Ymd | undefined;
    if (dir === 'future') pick = candidates.find((c) => toDayNumber(c) >= today);
    else {
      const limit = dir === 'past' ? today : today + AUTO_FUTURE_DAYS;
      pick = candidates.filter((c) => toDayNumber(c) <= limit).pop();
    }
    return pick ? formatYmd(pick) : null;
  }

  /** Day n of the month that is `shift` months from the document's month (يوم 15 من الشهر الجاري). */
  dayOfRelativeMonth(day: number, shift: number): string | null {
    if (!this.dct) return `XXXX-XX-${pad(day)}[${anchor(shift, 'M')}]`;
    const base = addMonths({ ...this.dct, d: 1 }, shift);
    const date = { y: base.y, m: base.m, d: day };
    return isValidYmd(date) ? formatYmd(date) : null;
  }

  /** The century containing the document date, shifted (القرن الماضي = -1): TIMEX3 "19". */
  century(n: number): string {
    return this.unit('CE', n);
  }
}

/** Converts a fractional count to a whole count of a smaller unit (ربع قرن = 25 years). */
export function toWhole(unit: DurationUnit, n: number): { unit: DurationUnit; n: number } {
  const down: Partial<Record<DurationUnit, [DurationUnit, number]>> = { CE: ['Y', 100], DE: ['Y', 10], Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };
  let u = unit;
  let k = n;
  for (let step = 0; step < 3 && !Number.isInteger(Math.round(k * 1e6) / 1e6); step++) {
    const next = down[u];
    if (!next) break;
    u = next[0];
    k *= next[1];
  }
  return { unit: u, n: Math.round(k * 1e6) / 1e6 };
}

/** TIMEX3 duration: P3D, P2W, P20Y (decades and centuries in years), PT30M; PXD etc. for an unknown count. */
export function durationValue(unit: DurationUnit, n: number | null): string {
  if (n === null) {
    const vague: Record<DurationUnit, string> = { D: 'PXD', W: 'PXW', M: 'PXM', Y: 'PXY', DE: 'PXDE', CE: 'PXCE', H: 'PTXH', MIN: 'PTXM', S: 'PTXS' };
    return vague[unit];
  }
  const w = toWhole(unit, n);
  const k = w.n;
  switch (w.unit) {
    case 'D':
      return `P${k}D`;
    case 'W':
      return `P${k}W`;
    case 'M':
      return `P${k}M`;
    case 'Y':
      return `P${k}Y`;
    case 'DE':
      return `P${k * 10}Y`;
    case 'CE':
      return `P${k * 100}Y`;
    case 'H':
      return `PT${k}H`;
    case 'MIN':
      return `PT${k}M`;
    case 'S':
      return `PT${k}S`;
  }
}
