/**
 * (quotes37) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/profession-nouns.json: definite nouns of a person's profession or description (الخبير، الكوميدي،
 *   الناشطة) that, right after a speaking verb, stand before a foreign name the recognizer may miss
 *   (withNamesAfterTitles in src/resolve/stage.ts).
 * - (quotes42) data/resolve/not-adjectives.json: definite words shaped as a nisba adjective that end a body's name
 *   rather than extend it (unknownAdjective in src/resolve/stage.ts).
 * - (quotes42) data/resolve/report-nouns.json: indefinite report nouns (تقرير، بيان) between a speaking verb and the
 *   body that issued them (spokenBy in src/resolve/stage.ts).
 */
import notAdjectives from '../../data/resolve/not-adjectives.json' with { type: 'json' };
import reportNouns from '../../data/resolve/report-nouns.json' with { type: 'json' };
import professionNouns from '../../data/resolve/profession-nouns.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** The profession nouns, normalized. */
export const PROFESSION_NOUNS: Set<string> = buildWordSet('resolve/profession-nouns.json', professionNouns);

/** The words that are no adjective of a body's name, normalized. */
export const NOT_ADJECTIVES: Set<string> = buildWordSet('resolve/not-adjectives.json', notAdjectives);

/** The report nouns, normalized. */
export const REPORT_NOUNS: Set<string> = buildWordSet('resolve/report-nouns.json', reportNouns);
