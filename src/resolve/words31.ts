/**
 * (resolve31) Word lists of the resolver's bare descriptions:
 * - data/resolve/description-heads.json: heads a KB body that is no intergovernmental organization lends from its own
 *   KB names (المنظمة after هيومن رايتس ووتش; kbOrgHeads in src/resolve/stage.ts).
 * - data/resolve/igo-epithets.json: the UN's epithets (المنظمة الدولية) that refer back to the article's last body of
 *   their head word when it was named after the UN (igoEpithet in src/resolve/stage.ts).
 */
import descriptionHeads from '../../data/resolve/description-heads.json' with { type: 'json' };
import igoEpithets from '../../data/resolve/igo-epithets.json' with { type: 'json' };
import { RasdError } from '../core/errors.ts';
import { normalize } from '../text/normalize.ts';
import { buildWordSet } from './words17.ts';

/** Heads lent by KB bodies other than intergovernmental ones, normalized. */
export const DESCRIPTION_HEADS: Set<string> = buildWordSet('resolve/description-heads.json', descriptionHeads);

/** Two-word epithets (definite head, adjective), normalized, each with its head word without the article. */
export function buildEpithets(file: string, json: unknown): Map<string, string> {
  const names = (json as { names?: unknown })?.names;
  if (!Array.isArray(names) || names.length === 0 || !names.every((w) => typeof w === 'string' && /^ال[\u0621-\u064A]+ ال[\u0621-\u064A]+$/.test(w))) {
    throw new RasdError('RASD_E008', `${file}: "names" must be a non-empty list of two definite Arabic words`);
  }
  return new Map(names.map((n: string) => [normalize(n), normalize(n.split(' ')[0]!.slice(2))]));
}

/** The UN's epithets, normalized → their head word (منظمه). */
export const IGO_EPITHETS: Map<string, string> = buildEpithets('resolve/igo-epithets.json', igoEpithets);

/** Adjectives that make a bare head a UN body (الأممية), normalized. */
export const IGO_ADJECTIVES: Set<string> = buildWordSet('resolve/igo-epithets.json', { words: (igoEpithets as { adjectives?: unknown }).adjectives });
