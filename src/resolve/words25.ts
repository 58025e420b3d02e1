/**
 * (resolve25) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/leader-words.json: a leader's definite nouns (الزعيم، الزعيمة); a leader's title said again without a
 *   name is the one person the article tied such a title to before (leaderBackReferences in src/resolve/stage.ts).
 */
import leaderWords from '../../data/resolve/leader-words.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** A leader's definite nouns, normalized. */
export const LEADER_WORDS: Set<string> = buildWordSet('resolve/leader-words.json', leaderWords);
