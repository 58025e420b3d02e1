/**
 * The seeded generator of the corpus-draw scripts (quote-audit, speaker-entity-dump, pick-corpus-sample,
 * ner-corpus-mentions): a 32-bit linear congruential generator, kept as it was written in each of them so that the
 * draws recorded in docs/ (by seed) come out the same. Numbers in [0, 1).
 */
export function lcgRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
