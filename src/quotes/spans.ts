/**
 * Lookups over the quotes found so far and over the document's mentions that cost what is near the asked range,
 * not the whole document: the quote stage asks them once per cue, and on hostile repetitive input (a cue repeated
 * tens of thousands of times) a scan of every quote or mention per cue grows with the square of the input.
 */

/**
 * Spans that never overlap and are never empty (the quote stage's quotes: emit refuses one that overlaps a quote
 * already found), kept sorted by start, which then sorts them by end too.
 */
export class DisjointSpans<T extends { start: number; end: number }> {
  private readonly items: T[] = [];

  /** Adds a span that overlaps none already added. */
  add(q: T): void {
    const items = this.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.start <= q.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === items.length) items.push(q);
    else items.splice(lo, 0, q);
  }

  /**
   * Whether some span with end >= a and start <= b satisfies pred: the same answer as `all.some(pred)` for any pred
   * that implies those two bounds (the caller's pred keeps its own exact test).
   */
  some(a: number, b: number, pred: (q: T) => boolean): boolean {
    const items = this.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.end < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < items.length && items[i]!.start <= b; i++) if (pred(items[i]!)) return true;
    return false;
  }
}

/** Index of the first of `sorted` (ascending by start) whose start is >= pos (sorted.length when none). */
export function firstStartingAt<T extends { start: number }>(sorted: readonly T[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
