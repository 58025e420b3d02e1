/**
 * The resolver's word lists (data/kb/resolver-words.json): content words its rules look up, compiled once into Sets.
 * The file is imported as JSON (as src/text/clitics.ts reads data/text/arabic.json), so the core stays free of
 * Node-only modules and every caller of the stage gets the same lists without a new field in Resources.
 */
import { sectionFile } from '../core/sections.ts';
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
  branchPlaces: 'normalized',
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
  sharedDemonyms: 'raw',
  acronymEdgeWords: 'normalized',
  acronymLeadWords: 'normalized',
  shortNameHeads: 'raw',
  bareRegions: 'raw',
} as const;

/** data/kb/resolver-words.json compiled: one Set per section, its words in the form the resolver compares. */
export type ResolverWords = { [S in keyof typeof RESOLVER_WORD_SECTIONS]: Set<string> };

/** Checks and compiles the parsed file; a missing or malformed section is RASD_E008. */
export function buildResolverWords(json: unknown): ResolverWords {
  const file = sectionFile('kb/resolver-words.json', json);
  const out: Record<string, Set<string>> = {};
  for (const [name, compare] of Object.entries(RESOLVER_WORD_SECTIONS)) {
    const words = file.strings(name, file.section(name, compare).words);
    out[name] = new Set(compare === 'raw' ? words : words.map((w) => normalize(w)));
  }
  file.noOtherSections(Object.keys(RESOLVER_WORD_SECTIONS));
  return out as ResolverWords;
}

/** The words of a raw section as alternatives of a regular expression, in the file's order, escaped. */
export function alternation(words: Set<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The resolver's word lists, compiled once when the module loads. */
export const RESOLVER_WORDS: ResolverWords = buildResolverWords(data);
