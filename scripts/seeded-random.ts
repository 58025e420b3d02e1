/**
 * mulberry32: a small fixed-seed generator of numbers in [0, 1), so that workloads and corpus samples drawn
 * with it are the same on every run (scripts/bench-queries.ts, scripts/fresh-pick.ts).
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
