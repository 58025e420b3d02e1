/**
 * Name particles written joined or apart: عبد العظيم / عبدالعظيم, أبو الغيط / أبوالغيط, أبو بكر / أبوبكر,
 * بن علي / بنعلي. The knowledge base indexes every KB name under both writings (no duplicate records), and an
 * unknown name's id is computed from its spaced writing, so that both writings are one name.
 * Works on normalized text (src/text/normalize.ts: أبو → ابو).
 */

/** Particles that begin a compound given name or a kunya and are often written joined to the next word. */
const JOINABLE = new Set(['عبد', 'ابو', 'بن']);
/** Particles split off a joined word (بن is not: بنغازي، بنك begin with the same letters). */
const SPLITTABLE = ['عبد', 'ابو'];
/** Shortest rest after a particle for a joined word to be split (عبده، ابوه stay whole). */
const MIN_REST = 3;

/** A normalized word written with its particle joined (عبدالعظيم) → [particle, rest]; else null. */
export function splitParticle(word: string): [string, string] | null {
  for (const p of SPLITTABLE) {
    if (word.length - p.length >= MIN_REST && word.startsWith(p)) return [p, word.slice(p.length)];
  }
  return null;
}

/** A normalized name with every joined particle written apart (عبدالعظيم → عبد العظيم): the canonical writing. */
export function spacedParticles(key: string): string {
  if (!key.includes('عبد') && !key.includes('ابو')) return key;
  return key
    .split(' ')
    .map((w) => {
      const s = splitParticle(w);
      return s ? `${s[0]} ${s[1]}` : w;
    })
    .join(' ');
}

/**
 * Every writing of a normalized name with its particles joined or apart (at most 8), the name itself
 * included: حازم عبد العظيم → حازم عبد العظيم، حازم عبدالعظيم.
 */
export function particleWritings(key: string): string[] {
  const words = spacedParticles(key).split(' ');
  const joinAt: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) if (JOINABLE.has(words[i]!)) joinAt.push(i);
  if (joinAt.length === 0) return [key];
  const out = new Set<string>([key]);
  const slots = joinAt.slice(0, 3);
  for (let mask = 0; mask < 1 << slots.length; mask++) {
    const joined = new Set(slots.filter((_, b) => mask & (1 << b)));
    let s = '';
    for (let i = 0; i < words.length; i++) s += words[i] + (i + 1 < words.length ? (joined.has(i) ? '' : ' ') : '');
    out.add(s);
  }
  return [...out];
}
