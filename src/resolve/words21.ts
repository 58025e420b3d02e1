/**
 * (resolve21) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/regional-leader-titles.json: the last word of a leader's title a region's name follows
 *   (رئيس وزراء هيسن، حاكم كاليفورنيا): a KB place that is no country after it, at the start of a person's span, is
 *   the place, and the person starts after it (trimName in src/resolve/stage.ts).
 * - data/resolve/named-facilities.json: head nouns of a place or building named after a person (مطار، مستشفى، ملعب،
 *   شارع): a person's name right after one is no person mention (trimName).
 */
import regionalLeaderTitles from '../../data/resolve/regional-leader-titles.json' with { type: 'json' };
import namedFacilities from '../../data/resolve/named-facilities.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** The last words of a regional leader's title, normalized. */
export const REGIONAL_LEADER_TITLES: Set<string> = buildWordSet('resolve/regional-leader-titles.json', regionalLeaderTitles);
/** The head nouns of a place named after a person, normalized. */
export const NAMED_FACILITIES: Set<string> = buildWordSet('resolve/named-facilities.json', namedFacilities);
