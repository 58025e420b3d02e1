// The chart periods the store answers with (src/store: a dyad's day, week or month; an entity's months)
// and the days each covers. Week labels are SQLite's strftime('%Y-W%W') (the PostgreSQL store copies it):
// week 01 starts on the year's first Monday and the days before it are week 00, so a week never crosses
// a year's end. This is not the ISO week: in a year starting on a Tuesday to Thursday the two differ by one.

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

function firstMonday(year: number): number {
  const jan1 = Date.UTC(year, 0, 1);
  return jan1 + ((8 - new Date(jan1).getUTCDay()) % 7) * DAY;
}

/** The week label (YYYY-Www, SQLite's %W) of a YYYY-MM-DD day. */
export function weekOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const t = dayMs(day);
  const week = t < firstMonday(year) ? 0 : Math.floor((t - firstMonday(year)) / (7 * DAY)) + 1;
  return `${day.slice(0, 4)}-W${String(week).padStart(2, '0')}`;
}

/** The first and last day a period label covers: YYYY-MM-DD, YYYY-Www, YYYY-MM. */
export function periodRange(period: string): { from: string; to: string } {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const year = Number(week[1]);
    const n = Number(week[2]);
    const monday = firstMonday(year);
    const lastDay = Date.UTC(year, 11, 31);
    if (n === 0) return { from: iso(Date.UTC(year, 0, 1)), to: iso(Math.max(Date.UTC(year, 0, 1), monday - DAY)) };
    const from = monday + (n - 1) * 7 * DAY;
    return { from: iso(from), to: iso(Math.min(from + 6 * DAY, lastDay)) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return { from: `${period}-01`, to: iso(Date.UTC(Number(month[1]), Number(month[2]), 0)) };
  return { from: period, to: period };
}

/** The period after `period`, of the same kind. */
export function nextPeriod(period: string): string {
  const after = iso(dayMs(periodRange(period).to) + DAY);
  if (/^\d{4}-W\d{2}$/.test(period)) return weekOf(after);
  if (/^\d{4}-\d{2}$/.test(period)) return after.slice(0, 7);
  return after;
}

const MAX_FILLED = 2000;

/**
 * Every period from the first item's to the last's, in order: the store answers only periods that have
 * something, and a chart that leaves the empty ones out puts March beside July as if they were neighbours.
 * Items must be sorted by period; an unknown label or a span over MAX_FILLED periods returns them as they are.
 */
export function fillPeriods<T>(items: T[], periodOf: (item: T) => string, empty: (period: string) => T): T[] {
  if (items.length < 2) return items;
  const byPeriod = new Map(items.map((it) => [periodOf(it), it]));
  const last = periodOf(items[items.length - 1]!);
  const out: T[] = [];
  for (let p = periodOf(items[0]!); out.length <= MAX_FILLED; p = nextPeriod(p)) {
    if (!/^\d{4}-(\d{2}(-\d{2})?|W\d{2})$/.test(p)) return items;
    out.push(byPeriod.get(p) ?? empty(p));
    if (p >= last) return out.length >= items.length ? out : items;
  }
  return items;
}
