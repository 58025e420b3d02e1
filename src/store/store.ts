/**
 * The store: where analyzed articles live and how they are queried.
 *
 * One interface, several engines: SQLite (the embedded default, sqlite/) and
 * later PostgreSQL (issue 10). Every method is async so that a networked
 * engine fits behind it; the shared test suite (store.case.test.ts) runs
 * against any implementation. Nothing here knows SQL.
 */
import type { Analysis } from '../core/analysis.ts';

/** One analyzed article ready to be written. */
export interface ArticleRecord {
  analysis: Analysis;
  /** sha256 of the whitespace-normalized document text (keys.ts contentHash). */
  contentHash: string;
  /** The analyzer's version string (Analyzer.version) that produced `analysis`. */
  analysisVersion: string;
  /** Precomputed search terms (search-terms.ts indexText), so workers, not the writer, pay for them. */
  searchText?: string;
  /** Precomputed MinHash signature (minhash.ts signature) of the document text. */
  signature?: Uint32Array;
}

export interface PutResult {
  /** The stored article's id (the existing one when the content was already stored). */
  id: number;
  /** False when an article with the same content hash was already stored. */
  inserted: boolean;
  /**
   * True when the article was refused because its source's id (document id and source) is stored with other text:
   * `id` is then the article that holds the id. Checked in the write's own transaction, under the writer's lock, so
   * that two ingests bringing the same new id with different texts cannot both store theirs (qa18); the ingests' own
   * look-up before analysis (qa17) only saves the work.
   */
  idTaken?: boolean;
}

export interface StoredDocId {
  id: number;
  docId: string;
  source: string | null;
  contentHash: string;
}

export interface RejectedItem {
  /** Where the item came from: a file path, "FILE: line 12", a feed item. */
  path: string;
  reason: string;
}

export interface StoreStats {
  articles: number;
  stories: number;
  entities: number;
  quotes: number;
  events: number;
  rejected: number;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface Paging {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface SearchQuery extends Paging {
  /** Words to find (all of them), in any spelling: normalized and clitic-stripped before matching. */
  q?: string;
  /** Inclusive YYYY-MM-DD bounds on the article date. */
  from?: string;
  to?: string;
  source?: string;
  /** Store entity id: articles that mention it. */
  entity?: number;
  /** PLOVER type: articles with an event of that type. */
  eventType?: string;
}

export interface Highlight {
  start: number;
  end: number;
}

export interface ArticleSummary {
  id: number;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  storyId: number | null;
}

export interface SearchHit extends ArticleSummary {
  /** An excerpt of the original text (not the normalized index). */
  snippet: string;
  /** Offset of the snippet in the article's document text. */
  snippetStart: number;
  /** Matched words, as spans of the article's document text. */
  highlights: Highlight[];
}

export interface StoredArticle extends ArticleSummary {
  contentHash: string;
  analysisVersion: string;
  ingestedAt: string;
  /** Articles in the same story (near-duplicates), this one excluded. */
  storyArticles: number[];
  /** Store entity id for each of the analysis' local entity ids ("e1" → 42). */
  entityIds: Record<string, number>;
  analysis: Analysis;
}

export interface EntityRecord {
  id: number;
  key: string;
  kbId: string | null;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  actor: string | null;
  /** Articles that mention it. */
  articles: number;
}

export interface EntityProfile extends EntityRecord {
  /** Surface names seen in the text, commonest first. */
  names: Array<{ name: string; count: number }>;
  /** Mentioning articles per month (YYYY-MM). */
  mentionsOverTime: Array<{ period: string; articles: number; mentions: number }>;
  /** Entities named in the same articles, counted over the entity's COOCCURRENCE_ARTICLES latest articles. */
  cooccurring: Array<EntityRecord & { together: number }>;
  quotes: QuoteRecord[];
  eventsAsSource: EventRecord[];
  eventsAsTarget: EventRecord[];
}

export interface QuoteRecord {
  id: number;
  articleId: number;
  date: string | null;
  speakerId: number | null;
  speakerName: string | null;
  speakerText: string | null;
  viaId: number | null;
  cue: string;
  direct: boolean;
  start: number;
  end: number;
  text: string;
}

export interface QuoteQuery extends Paging {
  speaker?: number;
  /** Words in the quote (normalized substring match). */
  text?: string;
  from?: string;
  to?: string;
}

export interface EventRecord {
  id: number;
  /** The sentence the event was found in (null for events stored before schema version 2). */
  evidence: string | null;
  articleId: number;
  /** YYYY-MM-DD: the event's own date when the analysis gives a full one, else the article's. */
  day: string | null;
  date: string | null;
  plover: string;
  mode: string | null;
  cameo: string;
  quadClass: number;
  goldstein: number;
  sourceId: number | null;
  targetId: number | null;
  sourceName: string | null;
  targetName: string | null;
  sourceNameEn: string | null;
  targetNameEn: string | null;
  sourceActor: string | null;
  targetActor: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  locationId: number | null;
  modality: string;
  trigger: string;
  sentence: number;
  /**
   * 'fallback' when a side came from the event stage's fallback reading (`Event.standing`, a weaker reading), else
   * null; null too for events stored before the column (SQLite schema 8, PostgreSQL 12).
   */
  standing: string | null;
  /** How many distinct sources reported the story this event's article belongs to (GDELT NumSources). */
  numSources: number;
  url: string | null;
}

/** An actor on one side of an event: a store entity id, or a CAMEO actor / ISO3 country code. */
export type ActorRef = { entity: number } | { code: string };

export interface EventQuery extends Paging {
  source?: ActorRef;
  target?: ActorRef;
  /** Either side. */
  actor?: ActorRef;
  plover?: string;
  /** CAMEO code prefix ("04" matches 040-0499). */
  cameo?: string;
  modality?: string;
  from?: string;
  to?: string;
}

export type Interval = 'day' | 'week' | 'month';

export interface DyadQuery {
  a: ActorRef;
  b: ActorRef;
  interval: Interval;
  /** Only a → b; default both directions. */
  directed?: boolean;
  from?: string;
  to?: string;
}

export interface DyadBucket {
  period: string;
  events: number;
  goldsteinMean: number;
  byPlover: Record<string, number>;
}

export interface SourceCount {
  source: string;
  articles: number;
}

export interface PlaceQuery {
  from?: string;
  to?: string;
  /** Only places in articles with an event of this PLOVER type. */
  plover?: string;
  limit?: number;
}

/** A place entity on the map: where it is and how often the store's articles name it. */
export interface PlaceCount {
  entityId: number;
  name: string;
  nameEn: string | null;
  lat: number;
  lon: number;
  country: string | null;
  feature: string;
  articles: number;
  /** Events located there. */
  events: number;
}

export interface Store {
  /** Writes analyzed articles in one transaction; content already stored is skipped. */
  putArticles(records: ArticleRecord[]): Promise<PutResult[]>;
  /** Which of these content hashes are stored: lets ingest skip work before analysis. */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /**
   * The stored articles whose document id (the id the source gave, or rasd's `doc-…`) is one of `docIds`: ingest
   * refuses an article that comes again under its source's id with other text (qa17).
   */
  articlesByDocId(docIds: string[]): Promise<StoredDocId[]>;
  /** Replaces a stored article's analysis (reanalyze); its text and id stay. */
  replaceAnalysis(id: number, analysis: Analysis, analysisVersion: string): Promise<void>;
  /** Ids of articles whose analysis_version differs from `version`, ascending, after `afterId`. */
  staleArticles(version: string, afterId: number, limit: number): Promise<Array<{ id: number; analysis: Analysis }>>;
  /** Records bad input; the same path and reason twice is recorded once. */
  reject(items: RejectedItem[]): Promise<void>;
  rejected(): Promise<Array<RejectedItem & { at: string }>>;
  stats(): Promise<StoreStats>;

  search(query: SearchQuery): Promise<Page<SearchHit>>;
  article(id: number): Promise<StoredArticle | null>;
  /** Entities whose Arabic (normalized) or English name starts with `name`, most mentioned first. */
  findEntities(name: string, limit?: number): Promise<EntityRecord[]>;
  entity(id: number): Promise<EntityRecord | null>;
  entityProfile(id: number, limit?: number): Promise<EntityProfile | null>;
  events(query: EventQuery): Promise<Page<EventRecord>>;
  dyad(query: DyadQuery): Promise<DyadBucket[]>;
  quotes(query: QuoteQuery): Promise<Page<QuoteRecord>>;
  /** Sources with their article counts, for the search facet. */
  sources(): Promise<SourceCount[]>;
  /** Place entities with coordinates and article counts, for the map. */
  places(query: PlaceQuery): Promise<PlaceCount[]>;

  /** Every event, in a stable order, for exports. */
  allEvents(): AsyncIterable<EventRecord>;
  /** Every article with its analysis, in content-hash order, for exports and canonical dumps. */
  allArticles(): AsyncIterable<StoredArticle>;
  /** A text that is equal for two stores holding the same knowledge, whatever the order of ingest. */
  canonicalDump(): Promise<string>;

  close(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * A text search ranks its most recently stored matches, this many, best
 * first; the rest follow, newest stored first. Ranking every match of a
 * common word (في, قال: most of the store) is what made a search slow, and
 * an analyst looking for a common word wants recent news first anyway. Both
 * engines use it, so they page alike.
 */
export const SEARCH_RANK_POOL = 200;
/**
 * A profile's co-occurring entities are counted over the entity's latest
 * articles (by date, then id), at most this many: the count costs about a
 * microsecond per entity of each article, 50 ms for an entity in thousands.
 */
export const COOCCURRENCE_ARTICLES = 500;
export const MAX_PAGE_SIZE = 100;
