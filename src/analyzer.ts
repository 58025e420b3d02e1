/**
 * The library API: load resources once, then analyze any number of articles.
 *
 *   const analyzer = createAnalyzer(await loadResources());
 *   const result = analyzer.analyze(text, { date: '2025-10-15' });
 *
 * This module and everything it imports is free of Node-only APIs, so the same
 * analyzer runs in a worker thread or a browser bundle; only the resource
 * loader (resources/load.ts) reads files.
 */
import type { Analysis } from './core/analysis.ts';
import { createDoc, type ArticleInput, type Doc } from './core/document.ts';
import { createPipeline, toAnalysis, type Pipeline } from './core/pipeline.ts';
import type { Stage } from './core/stage.ts';
import { createSegmenter, type WordFrequencies } from './text/clitics.ts';
import type { QuoteLexicon } from './quotes/lexicon.ts';

/** Everything the stages need, loaded once. */
export interface Resources {
  /** Word counts that drive clitic segmentation. */
  wordFrequencies: WordFrequencies;
  /** Reporting cues for the quote stage (data/quotes/cues.json). */
  quoteCues: QuoteLexicon;
}

export interface AnalyzeMeta {
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
  id?: string | null;
}

export interface Analyzer {
  readonly pipeline: Pipeline;
  /** Ids of the stages that ran, e.g. ["ner.v1"]: stored with every analysis. */
  readonly version: string;
  analyze(text: string, meta?: AnalyzeMeta): Analysis;
  analyzeArticle(article: ArticleInput): Analysis;
  /** The document with its text-core layers, for stages' tests and tools. */
  document(article: ArticleInput): Doc;
}

/** The stages that run, in order. Each later issue adds its stage here. */
export function buildStages(_resources: Resources): Stage[] {
  return [];
}

export function createAnalyzer(resources: Resources, stages: Stage[] = buildStages(resources)): Analyzer {
  const pipeline = createPipeline(stages);
  const segmenter = createSegmenter(resources.wordFrequencies);
  const document = (article: ArticleInput) => createDoc(article, segmenter);
  const analyzeArticle = (article: ArticleInput) => {
    const doc = document(article);
    return toAnalysis(doc, pipeline.run(doc));
  };
  return {
    pipeline,
    version: ['text.v1', ...stages.map((s) => s.id)].join(' '),
    analyze: (text, meta = {}) => analyzeArticle({ ...meta, text }),
    analyzeArticle,
    document,
  };
}
