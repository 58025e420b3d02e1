/**
 * Stacking: a second tagger reads the first tagger's labels as features.
 *
 * The first pass decides each sentence alone; the second sees what the first
 * predicted around a token (labels at ±2) and what it predicted for the same
 * word elsewhere in the document (a surname tagged as part of a full name in
 * one sentence and missed when it stands alone in another). It learns how far
 * to trust these from first-pass labels on data the first tagger did not
 * train on (jackknifed over the training file), so the weights reflect the
 * first tagger's real error rate.
 */
import { TAGS } from './model.ts';

/** Sentences a document-level feature reaches either way (ANERcorp marks no document breaks). */
export const STACK_WINDOW = 40;

const TYPE_NAMES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'];

/**
 * Feature strings for every token of a document (or of a stream of
 * sentences, reach limited by `window`), from the first pass's tag indices
 * and the tokens' document keys (the form without proclitics).
 */
export function stackFeatures(first: ReadonlyArray<Int32Array>, keys: ReadonlyArray<readonly string[]>, window = STACK_WINDOW): string[][][] {
  // Occurrences of each key: sentence, position, first-pass tag.
  const seen = new Map<string, Array<{ s: number; i: number; t: number }>>();
  keys.forEach((ks, s) =>
    ks.forEach((k, i) => {
      if (k.length < 2) return;
      let list = seen.get(k);
      if (!list) seen.set(k, (list = []));
      list.push({ s, i, t: first[s]![i]! });
    }),
  );
  const counts = new Int32Array(5);
  const begins = new Int32Array(5);
  return first.map((tags, s) => {
    const n = tags.length;
    const label = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : TAGS[tags[i]!]!);
    const out: string[][] = [];
    for (let i = 0; i < n; i++) {
      const f = [`k0=${label(i)}`, `k-1=${label(i - 1)}`, `k1=${label(i + 1)}`, `k-2=${label(i - 2)}`, `k2=${label(i + 2)}`, `k-10=${label(i - 1)}|${label(i)}`, `k01=${label(i)}|${label(i + 1)}`];
      const key = keys[s]![i]!;
      const list = key.length >= 2 ? seen.get(key) : undefined;
      counts.fill(0);
      begins.fill(0);
      let others = 0;
      if (list)
        for (const e of list) {
          if ((e.s === s && e.i === i) || Math.abs(e.s - s) > window) continue;
          const type = (e.t + 1) >> 1;
          counts[type]!++;
          if (type > 0 && e.t % 2 === 1) begins[type]!++;
          others++;
        }
      if (others === 0) f.push('dm=none');
      else {
        let best = 0;
        for (let t = 1; t < 5; t++) if (counts[t]! > counts[best]!) best = t;
        f.push(`dm=${TYPE_NAMES[best]}`);
        const own = TYPE_NAMES[(tags[i]! + 1) >> 1]!;
        f.push(`dmk=${TYPE_NAMES[best]}|${own}`);
        for (let t = 1; t < 5; t++) {
          if (!counts[t]) continue;
          const share = counts[t]! / others;
          f.push(`dx=${TYPE_NAMES[t]}${share >= 0.99 ? 'a' : share >= 0.5 ? 'h' : 'l'}`);
          // Seen only inside a longer name elsewhere (a surname alone) or starting one.
          f.push(`dp=${TYPE_NAMES[t]}${begins[t] === counts[t] ? 'B' : begins[t] ? 'M' : 'I'}`);
        }
      }
      out.push(f);
    }
    return out;
  });
}
