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
 * Checks `field` of a parsed file (a non-empty object whose keys pass `keyOk`, each to a non-empty list of phrases that
 * pass `phraseOk`) and gives each key (through `key`) with its phrases as normalized words; otherwise RASD_E008 with
 * `what`. The two files below differ only in those tests.
 */
function buildPhraseMap(file: string, json: unknown, field: string, keyOk: (k: string) => boolean, phraseOk: (w: string) => boolean, key: (k: string) => string, what: string): Map<string, string[][]> {
  const t = (json as Record<string, unknown> | null)?.[field];
  const ok = !!t && typeof t === 'object' && !Array.isArray(t) && Object.keys(t).length > 0 &&
    Object.entries(t).every(([k, v]) => keyOk(k) && Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && phraseOk(w)));
  if (!ok) throw new RasdError('RASD_E008', `${file}: "${field}" must map ${what}`);
  return new Map(Object.entries(t as Record<string, string[]>).map(([k, v]) => [key(k), v.map((w) => normalize(w).split(' '))]));
}

/**
 * Checks the file's "titles" (a construct title → the inserted genitives) and gives, per normalized title, each
 * inserted phrase as its normalized words; a malformed file is RASD_E008.
 */
export function buildInsertedGenitives(file: string, json: unknown): Map<string, string[][]> {
  return buildPhraseMap(file, json, 'titles', (k) => ARABIC_WORDS.test(k), (w) => ARABIC_WORDS.test(w) && /^(ال|لل)/.test(w), normalize, 'Arabic construct titles to lists of definite Arabic phrases');
}

/** Per normalized construct title, the inserted genitives' normalized words. */
export const TITLE_INSERTED_GENITIVES: Map<string, string[][]> = buildInsertedGenitives('resolve/title-inserted-genitives.json', insertedGenitives);

/**
 * Checks the file's "roles" (a KB role → the first words of its bodies' names) and gives them normalized, each as its
 * words; a malformed file is RASD_E008.
 */
export function buildLeaderBodies(file: string, json: unknown): Map<string, string[][]> {
  return buildPhraseMap(file, json, 'roles', (k) => /^[a-z_]+$/.test(k), (w) => ARABIC_WORDS.test(w), (k) => k, 'KB roles to lists of Arabic words');
}

/** Per KB role, the first words (normalized) of the names of the bodies its holder's spokesperson speaks for. */
export const LEADER_SPOKESPERSON_BODIES: Map<string, string[][]> = buildLeaderBodies('resolve/leader-spokesperson-bodies.json', leaderBodies);
