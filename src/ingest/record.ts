/**
 * What an analysis worker does with one article: analyze it and turn the
 * analysis into a store record (search terms, MinHash signature), or say why
 * it could not. Shared by the worker threads (worker.ts) and by a worker
 * process that analyzes on its own thread (`rasd worker --concurrency 0`).
 */
import { createAnalyzer } from '../analyzer.ts';
import { loadResources } from '../resources/load.ts';
import { createSegmenter } from '../text/clitics.ts';
import { describeError } from '../core/errors.ts';
import { prepareRecord } from '../store/prepare.ts';
import type { ArticleInput } from '../core/document.ts';
import type { ArticleRecord } from '../store/store.ts';

export type RecordResult = { record: ArticleRecord; error?: undefined } | { error: string; record?: undefined };

export interface RecordMaker {
  version: string;
  make(article: ArticleInput): RecordResult;
}

/** Loads the resources once and returns the per-article function. */
export function createRecordMaker(): RecordMaker {
  const resources = loadResources();
  const analyzer = createAnalyzer(resources);
  const segment = createSegmenter(resources.wordFrequencies);
  return {
    version: analyzer.version,
    make(article) {
      try {
        const doc = analyzer.document(article);
        return { record: prepareRecord(analyzer.analyzeDocument(doc), analyzer.version, segment, doc.tokens) };
      } catch (err) {
        return { error: describeError(err) };
      }
    },
  };
}
