/**
 * (resolve19) The resolver's word lists for titles, as data files:
 * - data/resolve/title-inserted-genitives.json: the words a construct office title may take between it and its
 *   country's demonym (رئيس أركان الجيش الجزائري، رئيس هيئة الأركان للقوات المسلحة السعودية: matchTitle in stage.ts);
 * - data/resolve/leader-spokesperson-bodies.json: per KB role, the first words of the names of the bodies a leader's
 *   spokesperson speaks for (المتحدث باسم الرئيس التركي: the Turkish Presidency's; spokespersonOfLeader in stage.ts).
 */
import { normalize } from '../text/normalize.ts';
import { RasdError } from '../core/errors.ts';
import insertedGenitives from '../../data/resolve/title-inserted-genitives.json' with { type: 'json' };
import leaderBodies from '../../data/resolve/leader-spokesperson-bodies.json' with { type: 'json' };

const ARABIC_WORDS = /^[\u0621-\u064A]+( [\u0621-\u064A]+)*$/;

/**
 * Checks the file's "titles" (a construct title → the inserted genitives) and gives, per normalized title, each
 * inserted phrase as its normalized words; a malformed file is RASD_E008.
 */
export function buildInsertedGenitives(file: string, json: unknown): Map<string, string[][]> {
  const t = (json as { titles?: unknown })?.titles;
  const ok = !!t && typeof t === 'object' && !Array.isArray(t) && Object.keys(t).length > 0 &&
    Object.entries(t).every(([k, v]) => ARABIC_WORDS.test(k) && Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && ARABIC_WORDS.test(w) && /^(ال|لل)/.test(w)));
  if (!ok) throw new RasdError('RASD_E008', `${file}: "titles" must map Arabic construct titles to lists of definite Arabic phrases`);
  return new Map(Object.entries(t as Record<string, string[]>).map(([k, v]) => [normalize(k), v.map((w) => normalize(w).split(' '))]));
}

/** Per normalized construct title, the inserted genitives' normalized words. */
export const TITLE_INSERTED_GENITIVES: Map<string, string[][]> = buildInsertedGenitives('resolve/title-inserted-genitives.json', insertedGenitives);

/**
 * Checks the file's "roles" (a KB role → the first words of its bodies' names) and gives them normalized, each as its
 * words; a malformed file is RASD_E008.
 */
export function buildLeaderBodies(file: string, json: unknown): Map<string, string[][]> {
  const t = (json as { roles?: unknown })?.roles;
  const ok = !!t && typeof t === 'object' && !Array.isArray(t) && Object.keys(t).length > 0 &&
    Object.entries(t).every(([k, v]) => /^[a-z_]+$/.test(k) && Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && ARABIC_WORDS.test(w)));
  if (!ok) throw new RasdError('RASD_E008', `${file}: "roles" must map KB roles to lists of Arabic words`);
  return new Map(Object.entries(t as Record<string, string[]>).map(([k, v]) => [k, v.map((w) => normalize(w).split(' '))]));
}

/** Per KB role, the first words (normalized) of the names of the bodies its holder's spokesperson speaks for. */
export const LEADER_SPOKESPERSON_BODIES: Map<string, string[][]> = buildLeaderBodies('resolve/leader-spokesperson-bodies.json', leaderBodies);
