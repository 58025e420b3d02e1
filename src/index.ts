/** rasd as a library. */
export * from './core/analysis.ts';
export { createAnalyzer, buildStages, type Analyzer, type AnalyzeMeta, type Resources } from './analyzer.ts';
export { readArticles, detectFormat, type ReadItem, type Format } from './readers/index.ts';
export { normalize, normalizeWithMap, toOriginalSpan } from './text/normalize.ts';
export { tokenize, type Token } from './text/tokenize.ts';
export { splitSentences } from './text/sentences.ts';
export { segmentWord, createSegmenter } from './text/clitics.ts';
export { RasdError } from './core/errors.ts';
