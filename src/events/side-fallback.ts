/**
 * (events35) The second pass for a trigger whose argument rules found one side and not the other (docs/events.md,
 * "Fourteenth session: a structural side finder (events35)"). The event stage (src/events/stage.ts) asks, in the order
 * of data/events/grammar.json `sideFallbackLevels`, each level that is switched on; the first that names the missing
 * side gives it, and the event carries `standing: 'fallback'` and `sideRule` (the level's name) so that a reader and a
 * test can tell it from a side the rules found.
 *
 * Levels: `speaker-object` (a first-person object in a quote is its speaker), `answered` (a refusal answers the act
 * done to the refuser just before), `reacted` (events49: a condemnation, welcome or refusal of an act named by an
 * anaphoric object, "هذه الخطوة"، "الهجوم", is aimed at the doer of that act coded just before), all on in the shipped data; `dyad` (the article's two most-named states), measured
 * and left off (about one added triple in five was right on the read gold sets). Two discourse levels were measured and
 * removed: the sentence's subject and the previous sentence's subject as a missing source (none of their added triples
 * was gold). This file holds the parts that need no sentence structure (the dyad and the level list); the structural
 * levels read token positions and live in the stage, next to the rules they extend.
 */

/** The names of the levels, in order of evidence; grammar.json `sideFallbackLevels` switches each on. */
export const SIDE_FALLBACK_LEVELS = ['speaker-object', 'answered', 'reacted', 'dyad'] as const;
export type SideFallbackLevel = (typeof SIDE_FALLBACK_LEVELS)[number];

/** A mention of a state (a name or its demonym) for the dyad count: its country code and its sentence. */
export interface DyadMention {
  country: string | null;
  sentence: number;
}

/**
 * The article's dominant dyad: the two states named in the most sentences, each in two sentences at least, the second
 * named in more sentences than any third (a tie for second place leaves the article without a dyad), and the two
 * together named in at least half the sentences that name any state. "IGO" and null are never counted. Null otherwise.
 */
export function articleDyad(mentions: readonly DyadMention[]): [string, string] | null {
  const sentences = new Map<string, Set<number>>();
  const any = new Set<number>();
  for (const m of mentions) {
    if (!m.country || m.country === 'IGO') continue;
    let s = sentences.get(m.country);
    if (!s) sentences.set(m.country, (s = new Set()));
    s.add(m.sentence);
    any.add(m.sentence);
  }
  const ranked = [...sentences].map(([c, s]) => [c, s.size] as const).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  if (ranked.length < 2) return null;
  const [a, b] = [ranked[0]!, ranked[1]!];
  if (b[1] < 2 || (ranked.length > 2 && ranked[2]![1] >= b[1])) return null;
  const both = new Set([...sentences.get(a[0])!, ...sentences.get(b[0])!]);
  if (both.size * 2 < any.size) return null;
  return [a[0], b[0]];
}

/** The other state of the dyad when `found` (a side's country) is one of its two; else null. */
export function otherOfDyad(dyad: readonly [string, string] | null, found: string | null): string | null {
  if (!dyad || !found) return null;
  if (found === dyad[0]) return dyad[1];
  if (found === dyad[1]) return dyad[0];
  return null;
}

/** Checks a grammar.json `sideFallbackLevels` list: known level names, each once. */
export function sideFallbackLevels(names: readonly string[]): SideFallbackLevel[] {
  const out: SideFallbackLevel[] = [];
  for (const n of names) {
    if (!(SIDE_FALLBACK_LEVELS as readonly string[]).includes(n)) throw new Error(`grammar.json sideFallbackLevels: unknown level "${n}" (known: ${SIDE_FALLBACK_LEVELS.join(', ')})`);
    if (out.includes(n as SideFallbackLevel)) throw new Error(`grammar.json sideFallbackLevels: "${n}" twice`);
    out.push(n as SideFallbackLevel);
  }
  return out;
}
