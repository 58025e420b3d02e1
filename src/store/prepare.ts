/**
 * Turns an analysis into a record for Store.putArticles with its search
 * terms and MinHash signature computed, so that the CPU work is done where
 * the analysis is (a worker thread) and the single writer only writes.
 */
import type { Analysis } from '../core/analysis.ts';
import { contentHash } from './keys.ts';
import { signature } from './minhash.ts';
import { indexText, type Segmenter } from './search-terms.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { ArticleRecord } from './store.ts';

/** `tokens`: the document's tokens when the caller has them (the analyzer's Doc), so the text is not split again. */
export function prepareRecord(analysis: Analysis, analysisVersion: string, segment: Segmenter, tokens: readonly Token[] = tokenize(analysis.document.text)): ArticleRecord {
  const text = analysis.document.text;
  return { analysis, analysisVersion, contentHash: contentHash(text), searchText: indexText(text, segment, tokens), signature: signature(text, tokens) };
}
