/**
 * Publication dates as the source wrote them. "The calendar date in the time
 * zone written in the source" is the day, month and year printed in the
 * timestamp itself, so no zone conversion is done (and none may be: a
 * 00:16 +0400 article is dated by its own day, not UTC's).
 */
import { isValidDate } from '../core/document.ts';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function ymd(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidDate(s) ? s : null;
}

/** YYYY-MM-DD from an RFC 822/1123 or ISO 8601 timestamp, or null. */
export function parsePublicationDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (slashed) return ymd(+slashed[1]!, +slashed[2]!, +slashed[3]!);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (rfc) {
    const m = MONTHS[rfc[2]!.toLowerCase()];
    if (m) return ymd(+rfc[3]!, m, +rfc[1]!);
  }
  return null;
}
