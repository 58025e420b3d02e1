/**
 * (resolve20) A word list of the resolver, a data file of one-word Arabic nouns:
 * - data/resolve/command-bodies.json: nouns of an armed or security body a commander's title heads (قائد قوات الدفاع
 *   الجوي، قائد الحرس الوطني): the phrase is a title a name before or after it holds (headPhraseEnd in
 *   src/resolve/stage.ts).
 */
import commandBodies from '../../data/resolve/command-bodies.json' with { type: 'json' };
import { buildWordSet } from './words17.ts';

/** The nouns of a commanded body, normalized. */
export const COMMAND_BODIES: Set<string> = buildWordSet('resolve/command-bodies.json', commandBodies);
