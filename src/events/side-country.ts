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
 *
 * (events62) A transnational non-governmental body (an actor code NGO + three letters, CAMEO's code for an NGO of no state:
 * NGOAMN Amnesty International, NGOHRW Human Rights Watch, NGOHRI the Red Cross, NGOFIF FIFA) is "IGO" too, as the gold
 * conventions code it ("Amnesty International is IGO", audit12 and corpus14; "an international federation of journalists is
 * IGO", dev5), not the country of its seat that the knowledge base files (GBR for Amnesty, USA for HRW): "أمنستي تتهم الجيش
 * المصري" is not Britain's accusation. A bare "NGO" code (a body the knowledge base gives a country, ALQST, Open Arms) keeps it.
 */
export function eventSideCountry(entity: Entity | undefined, actor: string | null): string | null {
  const code = actor ?? entity?.actor ?? null;
  if (code?.startsWith('IGO') || (code && TRANSNATIONAL_NGO.test(code))) return 'IGO';
  if (entity?.country) return entity.country;
  if (code && /^[A-Z]{3}/.test(code)) return code.slice(0, 3);
  return null;
}

const TRANSNATIONAL_NGO = /^NGO[A-Z]{3}$/;
