/**
 * What the resolver's span tests share (latin.test.ts, resolve27.test.ts): a recognizer mention over given words of a
 * document, with its token range, as the NER stage would hand it to the resolver.
 */
import assert from 'node:assert/strict';
import type { Doc } from '../core/document.ts';
import type { NerMention } from '../core/stage.ts';

/** A recognizer span over the first occurrence of `words` in the document, of the given type. */
export function mentionOver(doc: Doc, words: string, type: NerMention['type'] = 'ORG'): NerMention {
  const start = doc.text.indexOf(words);
  assert.ok(start >= 0, words);
  const end = start + words.length;
  const tokenStart = doc.tokens.findIndex((t) => t.end > start);
  let tokenEnd = tokenStart;
  while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd]!.start < end) tokenEnd++;
  return { start, end, text: words, type, tokenStart, tokenEnd };
}
