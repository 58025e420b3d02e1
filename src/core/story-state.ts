/**
 * Whose state a state organ named alone belongs to (events15's "state organs named alone", shared with the quote
 * stage since quotes28): "واعتقلت الشرطة ..."، "وقالت السلطات إن ..." name no state, and the article's places say
 * which one. The organ is the state's of the place its sentence says it acts in (the one state whose places that
 * sentence names after في), else of the state the article names most (at least twice, more than any other).
 *
 * Each stage reads places its own way (the event stage from its actor mentions; the quote stage and the state-organ
 * step from the entity layer's mentions, through `statePlacesOf`); all reduce them to `StatePlace`s and ask here, so the
 * rule is written once.
 */
import type { Entity } from './analysis.ts';
import type { Doc } from './document.ts';
import { lastStartingAtOrBefore } from './offsets.ts';

/** A mention of a place or of a state (a name or a demonym) that a state owns. */
export interface StatePlace {
  /** ISO 3166-1 alpha-3 of the state the place belongs to ("IGO" and null are never counted). */
  country: string | null;
  /** The sentence the mention lies in. */
  sentence: number;
  /** Whether the mention follows في ("في إسطنبول"): where the sentence's act takes place. */
  afterFi: boolean;
}

/** The state the article names most: at least twice, and more often than any other state; else null. */
export function dominantState(places: readonly StatePlace[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country && p.country !== 'IGO') counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  return ranked.length && ranked[0]![1] >= 2 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

/**
 * The state of an organ named alone in `sentence`: the one state whose places the sentence names after في; with
 * places of two states there, none; with none there, the article's dominant state (`dominant`, computed once by
 * the caller with `dominantState`, or lazily).
 */
export function stateOfSentence(places: readonly StatePlace[], sentence: number, dominant: () => string | null): string | null {
  const where = new Set<string>();
  for (const p of places) if (p.sentence === sentence && p.afterFi && p.country && p.country !== 'IGO') where.add(p.country);
  if (where.size === 1) return [...where][0]!;
  return where.size === 0 ? dominant() : null;
}

const FI = new Set(['في', 'وفي']);

/**
 * The places of the entity layer: every name or demonym mention (not a pronoun) of a LOC entity with a country, in its
 * sentence, and whether في stands right before it in that sentence.
 */
export function statePlacesOf(doc: Doc, entities: readonly Entity[]): StatePlace[] {
  const toks = doc.tokens;
  const sentenceAt = (pos: number): number => lastStartingAtOrBefore(doc.sentences.length, (i) => doc.sentences[i]!.start, pos);
  const places: StatePlace[] = [];
  for (const e of entities) {
    if (e.type !== 'LOC' || !e.country) continue;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      const i = lastStartingAtOrBefore(toks.length, (j) => toks[j]!.start, m.start);
      const before = toks[i]!.start >= m.start ? i - 1 : i;
      const s = sentenceAt(m.start);
      const afterFi = before >= 0 && toks[before]!.kind === 'arabic' && FI.has(doc.norm(before)) && sentenceAt(toks[before]!.start) === s;
      places.push({ country: e.country, sentence: s, afterFi });
    }
  }
  return places;
}
