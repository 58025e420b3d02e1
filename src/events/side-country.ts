/**
 * The country an event side is counted under (stored with the event, exported in GDELT's country
 * columns, scored by `rasd eval events`). One definition for all three, so the store and the eval
 * cannot disagree about who acted.
 */
import type { Entity } from '../core/analysis.ts';

/**
 * A side's country: "IGO" when it acts for an intergovernmental body (its actor code, or else its entity's
 * role on the article's date, starts with IGO: the UN Secretary-General acts for the UN, not for Portugal;
 * GDELT likewise leaves such an actor's country empty and codes the body), else its entity's country,
 * else the country part of its actor code (SAUMIL → SAU); null when none is known.
 */
export function eventSideCountry(entity: Entity | undefined, actor: string | null): string | null {
  const code = actor ?? entity?.actor ?? null;
  if (code?.startsWith('IGO')) return 'IGO';
  if (entity?.country) return entity.country;
  if (code && /^[A-Z]{3}/.test(code)) return code.slice(0, 3);
  return null;
}
