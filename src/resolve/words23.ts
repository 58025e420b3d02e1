/**
 * (resolve23) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/posts-after-name.json: indefinite post words a person's name is followed by (فلان وزيرا للخارجية):
 *   the post is that person's title (postAfterName in src/resolve/stage.ts).
 * - data/resolve/aide-heads.json: nouns of an office holder's aide in construct with the title (مستشار وزير الخارجية):
 *   the name after the title is the aide's (kinBeforeTitle in src/resolve/titles12.ts).
 * - data/resolve/spokesperson-words.json: a spokesperson's definite noun said alone later in an article is the one
 *   spokesperson the article named before it (spokespersonBackReferences in src/resolve/stage.ts).
 */
import postsAfterName from '../../data/resolve/posts-after-name.json' with { type: 'json' };
import aideHeads from '../../data/resolve/aide-heads.json' with { type: 'json' };
import spokespersonWords from '../../data/resolve/spokesperson-words.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** Indefinite post words after a name, normalized. */
export const POSTS_AFTER_NAME: Set<string> = buildWordSet('resolve/posts-after-name.json', postsAfterName);
/** Aide nouns before a title, normalized. */
export const AIDE_HEADS: Set<string> = buildWordSet('resolve/aide-heads.json', aideHeads);
/** A spokesperson's definite nouns, normalized. */
export const SPOKESPERSON_WORDS: Set<string> = buildWordSet('resolve/spokesperson-words.json', spokespersonWords);
