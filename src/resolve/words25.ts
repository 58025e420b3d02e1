/**
 * (resolve25) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/leader-words.json: a leader's definite nouns (الزعيم، الزعيمة); a leader's title said again without a
 *   name is the one person the article tied such a title to before (leaderBackReferences in src/resolve/stage.ts).
 * - data/resolve/eponym-heads.json: heads of bodies named after a person (صندوق، مؤسسة، جامعة): the name after a head
 *   title's phrase that ends in one is the body's namesake, not the title's holder (headPhraseEnd).
 * - data/resolve/apposition-openers.json (resolve29): prepositions and the like after which a name is no verb's
 *   subject, so a head title right after it, blanks only between, is its apposition (tieAfter).
 */
import leaderWords from '../../data/resolve/leader-words.json' with { type: 'json' };
import eponymHeads from '../../data/resolve/eponym-heads.json' with { type: 'json' };
import appositionOpeners from '../../data/resolve/apposition-openers.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** A leader's definite nouns, normalized. */
export const LEADER_WORDS: Set<string> = buildWordSet('resolve/leader-words.json', leaderWords);
/** Heads of bodies named after a person, normalized. */
export const EPONYM_HEADS: Set<string> = buildWordSet('resolve/eponym-heads.json', eponymHeads);
/** (resolve29) Words after which a name's blank-only head title is its apposition, normalized. */
export const APPOSITION_OPENERS: Set<string> = buildWordSet('resolve/apposition-openers.json', appositionOpeners);
