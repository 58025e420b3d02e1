/**
 * Offset lookups shared by the stages: which token or sentence holds a UTF-16 offset. Stages keep their own sorted
 * arrays (tokens, sentences, wrapped tokens), so the lookup takes the array's length and a reader of its i-th start.
 */

/**
 * Index of the last of `count` items (ascending by start) whose start is <= pos; 0 when none is (an offset before the
 * first item belongs to it, which is what every caller wants of a token or sentence lookup).
 */
export function lastStartingAtOrBefore(count: number, startAt: (i: number) => number, pos: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startAt(mid) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}
