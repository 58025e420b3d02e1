/**
 * What every store engine derives from an analysis for its rows, written once
 * so SQLite and PostgreSQL store the same values.
 */
import type { Analysis, Entity } from '../core/analysis.ts';

/** An event side's country: the entity's own, else the first three letters of its actor code. */
export function countryOf(entity: Entity | undefined, actor: string | null): string | null {
  if (entity?.country) return entity.country;
  if (actor && /^[A-Z]{3}/.test(actor)) return actor.slice(0, 3);
  return null;
}

/** The sentence an event was found in, kept with the event as its evidence. */
export function evidenceOf(a: Analysis, sentence: number): string | null {
  const s = a.sentences[sentence];
  return s ? a.document.text.slice(s.start, s.end) : null;
}
