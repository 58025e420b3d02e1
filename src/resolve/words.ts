/**
 * The resolver's word lists (data/kb/resolver-words.json): content words its rules look up, compiled once into Sets.
 * The file is imported as JSON (as src/text/clitics.ts reads data/text/arabic.json), so the core stays free of
 * Node-only modules and every caller of the stage gets the same lists without a new field in Resources.
 */
import { RasdError } from '../core/errors.ts';
import { normalize } from '../text/normalize.ts';
import data from '../../data/kb/resolver-words.json' with { type: 'json' };

/** Each section of the file and how the resolver compares its words ("normalized": through normalize; "raw": as written). */
export const RESOLVER_WORD_SECTIONS = {
  personNouns: 'normalized',
  kinWords: 'normalized',
  kinship: 'normalized',
  subjectVerbs: 'normalized',
  speakingVerbsExtra: 'normalized',
  officeVerbs: 'normalized',
  choosing: 'normalized',
  headTitles: 'normalized',
  orgHeadWords: 'normalized',
  ranks: 'normalized',
  deputyBefore: 'normalized',
  notHeadOfStateAfter: 'normalized',
  juniorWords: 'normalized',
  faithWords: 'normalized',
  placeNouns: 'normalized',
  cityBefore: 'normalized',
  directions: 'normalized',
  facilityHeads: 'raw',
  lentHeads: 'raw',
  kinHeads: 'normalized',
  notTheHolder: 'normalized',
  placeWords: 'normalized',
  describing: 'normalized',
  designateAdjectives: 'raw',
  constructNouns: 'normalized',
  timeNouns: 'normalized',
} as const;

/** data/kb/resolver-words.json compiled: one Set per section, its words in the form the resolver compares. */
export type ResolverWords = { [S in keyof typeof RESOLVER_WORD_SECTIONS]: Set<string> };

/** Checks and compiles the parsed file; a missing or malformed section is RASD_E008. */
export function buildResolverWords(json: unknown): ResolverWords {
  const fail = (msg: string): never => {
    throw new RasdError('RASD_E008', `kb/resolver-words.json: ${msg}`);
  };
  if (!json || typeof json !== 'object' || Array.isArray(json)) fail('is not a JSON object');
  const root = json as Record<string, unknown>;
  const out: Record<string, Set<string>> = {};
  for (const [name, compare] of Object.entries(RESOLVER_WORD_SECTIONS)) {
    const s = root[name];
    if (!s || typeof s !== 'object' || Array.isArray(s)) fail(`section "${name}" is missing or not an object`);
    const sec = s as Record<string, unknown>;
    if (sec.compare !== compare) fail(`section "${name}" must say "compare": "${compare}" (found ${JSON.stringify(sec.compare)})`);
    const words = sec.words;
    if (!Array.isArray(words) || words.length === 0) fail(`section "${name}" has no words (a non-empty array is expected)`);
    for (const w of words as unknown[]) if (typeof w !== 'string' || !w.trim()) fail(`section "${name}" has an entry that is not a non-empty string: ${JSON.stringify(w)}`);
    out[name] = new Set(compare === 'raw' ? (words as string[]) : (words as string[]).map((w) => normalize(w)));
  }
  for (const key of Object.keys(root)) if (key !== '$comment' && !(key in RESOLVER_WORD_SECTIONS)) fail(`unknown section "${key}"`);
  return out as ResolverWords;
}

/** The words of a raw section as alternatives of a regular expression, in the file's order, escaped. */
export function alternation(words: Set<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The resolver's word lists, compiled once when the module loads. */
export const RESOLVER_WORDS: ResolverWords = buildResolverWords(data);
