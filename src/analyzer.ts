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
import type { KnowledgeBase } from './kb/index.ts';
import { createResolveStage, noNerStage } from './resolve/stage.ts';
import { createPlacesStage } from './geo/stage.ts';
import type { TimeLexicon } from './time/lexicon.ts';
import { createTimeStage } from './time/stage.ts';
import type { CompiledLexicon } from './events/lexicon.ts';
import { createEventStage } from './events/stage.ts';
import { createNerStage, type NerResources } from './ner/stage.ts';
import type { QuoteLexicon } from './quotes/lexicon.ts';
import { createQuoteStage } from './quotes/stage.ts';
import { withStateOrgans, withoutIdleOrgans, type StateOrganTable } from './resolve/state-organs.ts';

/** Everything the stages need, loaded once. */
export interface Resources {
  /** Word counts that drive clitic segmentation. */
  wordFrequencies: WordFrequencies;
  /** Knowledge base: countries, places, people, organizations, titles (data/kb/). */
  kb: KnowledgeBase;
  /** Arabic temporal vocabulary for the time stage (data/time/lexicon.json). */
  timeLexicon: TimeLexicon;
  /** Event triggers with their CAMEO/PLOVER codes (data/events/), compiled; CAMEO table in `eventLexicon.cameo`. */
  eventLexicon: CompiledLexicon;
  /** The trained NER tagger with its lexicons and word clusters (null: no model, no NER stage). */
  ner?: NerResources | null;
  /** Reporting cues for the quote stage (data/quotes/cues.json). */
  quoteCues: QuoteLexicon;
  /** How often words stood inside names in unlabelled news (data/ner/auto-lexicon.tsv), for the resolver. */
  nameEvidence?: ReadonlyMap<string, readonly number[]>;
  /** (quotes30) State organs named alone (data/quotes/state-organs.json): entities for them after the resolver. */
  stateOrgans?: StateOrganTable;
  /**
   * Fingerprint of the data files and analyzer code these resources came with
   * (src/resources/revision.ts; Node's loader sets it): part of the analyzer's
   * version, so stored analyses made by other data or rules are stale.
   */
  revision?: string;
}

/** What `analyze(text, meta)` takes besides the text: an article's fields but its body and headings. */
export type AnalyzeMeta = Omit<ArticleInput, 'text' | 'headings'>;

export interface Analyzer {
  readonly pipeline: Pipeline;
  /** Ids of the stages that ran ("text.v1 time.v1 ner.v1 ..."), then `rev:` and the resources' revision when known: stored with every analysis. */
  readonly version: string;
  analyze(text: string, meta?: AnalyzeMeta): Analysis;
  analyzeArticle(article: ArticleInput): Analysis;
  /** Analyzes a document made by `document` (callers that also need its tokens). */
  analyzeDocument(doc: Doc): Analysis;
  /** The document with its text-core layers, for stages' tests and tools. */
  document(article: ArticleInput): Doc;
}

/** (quotes30) The resolver's stage, followed by the state organs named alone when the resources hold their table. */
function withResolvedOrgans(resources: Resources, stage: Stage<'entities'>): Stage<'entities'> {
  return resources.stateOrgans ? withStateOrgans(stage, resources.kb, resources.stateOrgans) : stage;
}

/** The stages that run, in order. Each later issue adds its stage here. */
export function buildStages(resources: Resources): Stage[] {
  return [
    createTimeStage(resources.timeLexicon),
    // Without a trained model the resolver matches the knowledge base alone.
    resources.ner ? createNerStage({ ...resources.ner, nameEvidence: resources.nameEvidence }, createSegmenter(resources.wordFrequencies)) : noNerStage,
    withResolvedOrgans(resources, createResolveStage(resources.kb, { wordFrequencies: resources.wordFrequencies, nameEvidence: resources.nameEvidence })),
    createPlacesStage(resources.kb),
    createQuoteStage(resources.quoteCues, (id) => resources.kb.byId(id)?.ar, resources.wordFrequencies),
    createEventStage(resources.eventLexicon, resources.eventLexicon.cameo),
  ];
}

export function createAnalyzer(resources: Resources, stages: Stage[] = buildStages(resources)): Analyzer {
  const pipeline = createPipeline(stages);
  const segmenter = createSegmenter(resources.wordFrequencies);
  const document = (article: ArticleInput) => createDoc(article, segmenter);
  const analyzeDocument = (doc: Doc) => toAnalysis(doc, withoutIdleOrgans(pipeline.run(doc)));
  const analyzeArticle = (article: ArticleInput) => analyzeDocument(document(article));
  return {
    pipeline,
    version: ['text.v1', ...stages.map((s) => s.id), ...(resources.revision ? [`rev:${resources.revision}`] : [])].join(' '),
    analyze: (text, meta = {}) => analyzeArticle({ ...meta, text }),
    analyzeArticle,
    analyzeDocument,
    document,
  };
}
