/**
 * (resolve23) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/posts-after-name.json: indefinite post words a person's name is followed by (فلان وزيرا للخارجية):
 *   the post is that person's title (tieAfter in src/resolve/stage.ts).
 */
import postsAfterName from '../../data/resolve/posts-after-name.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** Indefinite post words after a name, normalized. */
export const POSTS_AFTER_NAME: Set<string> = buildWordSet('resolve/posts-after-name.json', postsAfterName);
