/**
 * (resolve25) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/leader-words.json: a leader's definite nouns (الزعيم، الزعيمة); a leader's title said again without a
 *   name is the one person the article tied such a title to before (leaderBackReferences in src/resolve/stage.ts).
 * - data/resolve/eponym-heads.json: heads of bodies named after a person (صندوق، مؤسسة، جامعة): the name after a head
 *   title's phrase that ends in one is the body's namesake, not the title's holder (headPhraseEnd).
 * - data/resolve/apposition-openers.json (resolve29): prepositions and the like after which a name is no verb's
 *   subject, so a head title right after it, blanks only between, is its apposition (tieAfter).
 * - data/resolve/relative-pronouns.json (resolve29): a head title's phrase after a name ends before one (tieAfter).
 * - data/resolve/bare-spokesperson.json (resolve29): a spokesperson's noun alone right before a name is that
 *   person's title (bareSpokespersonTitle); `adjectives` (الرسمي) may stand between.
 */
import leaderWords from '../../data/resolve/leader-words.json' with { type: 'json' };
import eponymHeads from '../../data/resolve/eponym-heads.json' with { type: 'json' };
import appositionOpeners from '../../data/resolve/apposition-openers.json' with { type: 'json' };
import relativePronouns from '../../data/resolve/relative-pronouns.json' with { type: 'json' };
import bareSpokesperson from '../../data/resolve/bare-spokesperson.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** A leader's definite nouns, normalized. */
export const LEADER_WORDS: Set<string> = buildWordSet('resolve/leader-words.json', leaderWords);
/** Heads of bodies named after a person, normalized. */
export const EPONYM_HEADS: Set<string> = buildWordSet('resolve/eponym-heads.json', eponymHeads);
/** (resolve29) Words after which a name's blank-only head title is its apposition, normalized. */
export const APPOSITION_OPENERS: Set<string> = buildWordSet('resolve/apposition-openers.json', appositionOpeners);
/** (resolve29) Relative pronouns, normalized. */
export const RELATIVE_PRONOUNS: Set<string> = buildWordSet('resolve/relative-pronouns.json', relativePronouns);
/** (resolve29) A spokesperson's nouns said alone, normalized. */
export const BARE_SPOKESPERSON: Set<string> = buildWordSet('resolve/bare-spokesperson.json', bareSpokesperson);
/** (resolve29) The adjectives that may follow them, normalized. */
export const BARE_SPOKESPERSON_ADJECTIVES: Set<string> = buildWordSet('resolve/bare-spokesperson.json', { words: bareSpokesperson.adjectives });
