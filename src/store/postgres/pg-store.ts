/**
 * The networked store: PostgreSQL through node-postgres. Same tables, same
 * answers and the same canonical dump as the SQLite store (sqlite/), so
 * `--db postgres://...` changes where the knowledge lives, not what it is.
 *
 * Many writers at once (rasd worker processes on several machines) are the
 * point, so writes are built to be safe and deadlock-free under concurrency:
 * - each putArticles batch is one transaction; articles are inserted in
 *   content-hash order with ON CONFLICT DO NOTHING (a racing copy waits for
 *   the other transaction, then counts as already stored);
 * - entities of the whole batch are merged in memory, then upserted in one
 *   statement in key order, so two batches lock shared entities in the same
 *   order; every merged field is an order-free min(), so the result does not
 *   depend on which worker wrote first;
 * - story assignment (MinHash candidates, merging stories) reads and moves
 *   other articles' stories, so it runs under one transaction-scoped advisory
 *   lock, held only from that step to commit.
 * Analysis tables are written with one multi-row INSERT ... SELECT unnest()
 * per table and batch, so a batch costs a handful of round trips; the column
 * arrays travel in PostgreSQL's binary format (binary.ts, through q()).
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Analysis, Entity } from '../../core/analysis.ts';
import { normalize } from '../../text/normalize.ts';
import { createSegmenter } from '../../text/clitics.ts';
import { loadWordFrequencies } from '../../resources/load.ts';
import { entityKey } from '../keys.ts';
import { eventSideCountry } from '../../events/side-country.ts';
import { commonestPoints, dyadConditions, eventConditions, evidenceOf, hitPage, packAnalysis, pageOf, placeConditions, placeCounts, prefixEnd, quoteConditions, searchFilters, storedArticle, toEntity, toEvent, toQuote, unpackAnalysis, DUMP_ROW_QUERIES, EVENT_SELECT, QUOTE_SELECT, type ArticleRow, type EntityRow, type EventRow, type HitRow, type LikeSql, type PlacePointRow, type PlaceRow, type QuoteRow } from '../rows.ts';
import { bandKeys, fromBytes, SAME_STORY, signature, similarity, toBytes } from '../minhash.ts';
import { indexText, parseQuery, type ParsedQuery, type Segmenter } from '../search-terms.ts';
import {
  SEARCH_RANK_POOL,
  MAX_PAGE_SIZE,
  type ArticleRecord,
  type DyadBucket,
  type DyadQuery,
  type EntityProfile,
  type EntityRecord,
  type EventQuery,
  type EventRecord,
  type Page,
  type PutResult,
  type QuoteQuery,
  type QuoteRecord,
  type PlaceCount,
  type PlaceQuery,
  type SourceCount,
  type RejectedItem,
  type StoredDocId,
  type SearchHit,
  type SearchQuery,
  type Store,
  type StoreStats,
  type StoredArticle,
} from '../store.ts';
import { PG_MIGRATIONS } from './migrations.ts';
import { binaryArray, isElementType, tsvectorBinary, type ElementType } from './binary.ts';
import { COOCCURRENCE_ARTICLES } from '../store.ts';
import { defaultCacheSize, LruCache } from '../cache.ts';

const { Pool } = pg;
type Client = pg.PoolClient;
type Queryable = pg.Pool | pg.PoolClient;

export interface PgStoreOptions {
  /** Clitic segmenter for the search index (default: from the bundled word frequencies). */
  segmenter?: Segmenter;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Entries in the read cache (search, profiles); 0 turns it off (default: cache.ts defaultCacheSize). */
  cacheSize?: number;
  /** How many of a text query's matches are ranked (default RANK_POOL). */
  rankPool?: number;
  /**
   * The share of articles a text query must be estimated to match (from the server's statistics of the
   * search lexemes) to be searched as a dense query (default DENSE_SHARE; 0: every text query, for tests).
   */
  denseShare?: number;
  /**
   * Commit putArticles' transactions without waiting for their WAL to reach disk (synchronous_commit off for
   * those transactions only). For `rasd worker`, whose jobs are marked done by a later, synchronous commit: a
   * server crash can lose the last batches' writes, but then also their jobs' completion (docs/deploy.md, "What
   * is guaranteed"), so they are delivered again. Default false: a caller that reports success must get a
   * durable write.
   */
  asyncCommit?: boolean;
  /**
   * A text query with an entity or event-type filter is searched from the filter's articles when they are at
   * most this share of its estimated matches (default FILTER_DRIVE_SHARE; 0: never; Infinity: always, for tests).
   */
  filterDriveShare?: number;
  /**
   * A text query that is not dense and has no entity filter takes its matches from the GIN index in the search
   * statement itself (MATCH_IDS), not through the rasd_match_ids functions (default true; false: the functions,
   * as before the fifteenth session, for comparisons).
   */
  inlineMatch?: boolean;
  /**
   * A dense query of one word takes its newest matches from rasd_newest_ranked_any, which reads each walked
   * row's lexemes once (default true; false: rasd_newest_ranked, which reads them twice, for comparisons).
   */
  rankOnce?: boolean;
  /**
   * A text query's count and rank pool come from one aggregate over its matches (the count and the newest ids,
   * sorted, in an array), not from a materialized list of the matches read twice (default true; false: the
   * materialized list, as before the sixteenth session, for comparisons).
   */
  arrayPool?: boolean;
  /**
   * A text query with a date range and no entity filter tests the range in the search rows (article_terms.date,
   * migration 15) while its GIN matches are visited (default true; false: through articles_facets, planned for
   * the range's values each time, as before the sixteenth session, for comparisons).
   */
  inlineDate?: boolean;
  /**
   * A dense query with filters (no entity filter) takes its matches inline too (MATCH_IDS), not from
   * rasd_match_ids_many (default true; false: the function, as before the sixteenth session, for comparisons).
   */
  denseInline?: boolean;
  /**
   * Ranking reads the lexemes from article_rank_terms (migration 16: the same vectors, uncompressed and inline),
   * not from article_terms (a TOAST fetch and an lz4 decompression each); so do the dense path's walks and the
   * tests of an entity's articles where the entity drives (default true; false: article_terms, as before the
   * seventeenth session, for comparisons).
   */
  rankInline?: boolean;
  /**
   * Let the server JIT-compile this store's statements (default false: each connection sets jit = off). A
   * search's plan can pass the server's jit_above_cost (a common word's count and rank pool, a filter planned for
   * its values), and compiling its expressions costs the server more than the short statement it speeds up
   * (docs/benchmarks.md, "Twenty-first session (pg20)"). True: the server's own setting, for comparisons.
   */
  jit?: boolean;
  /**
   * The one-pass statement (arrayPool) sorts a text query's matches by ascending id and keeps the last rankPool
   * (default true; false: sorted descending and the first kept, as before the twenty-first session, for
   * comparisons). The same ids either way (ranking orders them itself). The GIN bitmap returns the matches in
   * heap order, which is id order while article_terms is as migration 16's CLUSTER left it and new articles are
   * appended: PostgreSQL's sort returns a presorted input after one pass, and ascending is the order it checks
   * for. A store whose rows were moved (reanalysis) or written by several workers at once (batches committed out of
   * id order) sorts as before; CLUSTER article_terms USING article_terms_pkey restores the order (docs/deploy.md).
   */
  ascendingPool?: boolean;
}

/**
 * A text query estimated to match at least this share of the articles is dense: its newest matches are
 * found by walking the primary key backwards (about pool / share rows read), not by collecting every
 * match from the GIN bitmap, and filters join its matches by hash. Either way the results are the same.
 */
export const DENSE_SHARE = 0.4;

/**
 * A text query with an entity or event-type filter whose articles are at most this share of the query's
 * estimated matches (a common word and an entity in a few hundred articles: علي, 15,268 matches, with an
 * entity of 248 articles) is searched from the filter's articles, each tested against the query through its
 * lexemes (a primary-key probe of article_terms), instead of collecting every match from the GIN index (a
 * heap visit each) and keeping the filter's. Either way the results are the same (docs/benchmarks.md,
 * PostgreSQL, "Eighth session, search (pg12)").
 */
export const FILTER_DRIVE_SHARE = 0.5;

/**
 * An entity filter drives only at a smaller share: on the workload's entity searches a share of 0.5 cost more
 * server CPU than none, 0.15 less (the entity's articles are scattered, an event type's fewer per match).
 */
const ENTITY_DRIVE_FACTOR = 0.1;

/** Below this many estimated matches a text query's GIN path is cheap enough that no entity lookup pays. */
const DRIVE_MIN_MATCHES = 1000;

/** How long the lexeme statistics are trusted before they are read again (autovacuum refreshes them). */
const LEXEME_STATS_MS = 10 * 60_000;

/**
 * A text query's matching ids, written into the search statement (`?` is the tsquery). The query is hidden from
 * the planner behind a one-row subquery (an InitPlan, run once before the scan), so even a plan made for a
 * statement's values (the first five of a prepared statement, or an unnamed one) estimates the default 0.5% of
 * the rows and collects the matches from the GIN bitmap: given the words, the planner would walk a common word's
 * whole table instead, decompressing every row's lexemes to test them (the reason for rasd_match_ids, whose
 * `SET enable_seqscan = off` forbids inlining). A SQL function that is not inlined parses and plans its query on
 * every call and hands its rows over through a tuplestore: for a word in 3,429 articles, 0.5-0.6 of 2.3 ms of
 * server CPU to count its matches (docs/benchmarks.md, "pg11").
 */
const MATCH_IDS = '(SELECT article_id AS id FROM article_terms WHERE terms @@ (SELECT ?::tsquery)';

/** Advisory lock keys (pg_advisory_*): arbitrary constants, "rasd" in ASCII plus a slot. */
const MIGRATION_LOCK = 0x72617364_01;
const STORY_LOCK = 0x72617364_02;

/** Errors a transaction is retried on: it was chosen as a deadlock victim or lost a serialization race. */
const RETRYABLE = new Set(['40P01', '40001']);

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Text matches ranked by ts_rank per query by default ($RASD_PG_RANK_POOL
 * overrides): the most recently stored ones (PgStore.rankedMatchIds), as in
 * SQLite (SEARCH_RANK_POOL).
 */
export const RANK_POOL = SEARCH_RANK_POOL;


/** LIKE with PostgreSQL's default escape, backslash (rows.ts likeEscape); ILIKE under the "C" collation folds ASCII case only, as SQLite's LIKE does. */
const like: LikeSql = (column, caseless) => `${column} ${caseless ? 'ILIKE' : 'LIKE'} ?`;

/** Code point order: what SQLite's BINARY and PostgreSQL's "C" collation compare by. */
function cmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** The name an entity row keeps: the shorter writing (a stray article or proclitic, a typo, is longer), then the least. */
function shorterText(a: string, b: string): string {
  const la = [...a].length;
  const lb = [...b].length;
  return la !== lb ? (la < lb ? a : b) : cmp(a, b) <= 0 ? a : b;
}

function minText(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return cmp(a, b) <= 0 ? a : b;
}

const preparedNames = new Map<string, string>();

/** Rewrites `?` placeholders as $1, $2... so queries read like the SQLite store's. */
function sql(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** A statement of q(): its text with $n placeholders, and the element type of each placeholder cast to an array. */
const statements = new Map<string, { text: string; arrays: Array<ElementType | null> }>();

function statement(text: string): { text: string; arrays: Array<ElementType | null> } {
  let s = statements.get(text);
  if (!s) {
    const arrays: Array<ElementType | null> = [];
    for (const m of text.matchAll(/\?(?:::(\w+)\[\])?/g)) arrays.push(m[1] && isElementType(m[1]) ? m[1] : null);
    statements.set(text, (s = { text: sql(text), arrays }));
  }
  return s;
}


/** SQLite's strftime('%Y-W%W'): weeks start on Monday, days before the year's first Monday are week 00. */
function sqliteWeek(day: string): string | null {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  const yday = Math.round((t - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000);
  const monday0 = (d.getUTCDay() + 6) % 7;
  const week = Math.floor((yday + 7 - monday0) / 7);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** Lexemes fold case in JavaScript (binary.ts tsvectorBinary makes the stored ones the same way). */
function lexeme(form: string): string {
  return form.toLowerCase();
}

/** A tsquery over the parsed words: every word (AND), any of its forms (OR). */
function tsQuery(parsed: ParsedQuery): string {
  return parsed.words.map((forms) => `(${forms.map((f) => `'${lexeme(f)}'`).join(' | ')})`).join(' & ');
}

/** An entity's merged fields as a batch writes them (the stored record less its id and article count). */
type MergedEntity = Omit<EntityRecord, 'id' | 'articles'>;

/** What a batch's analyses change in the entity rows (writeAnalysisRows → mergeEntities). */
interface EntityMerge {
  /** Sorted by key; nameNorm is the normalized name, computed once for both statements. */
  entities: Array<MergedEntity & { nameNorm: string }>;
  entityId: Map<string, number>;
  /** entity id → articles of the batch naming it */
  articles: Map<number, number>;
}

/** One INSERT of a batch's rows (`?` placeholders) with its parameters: the column arrays. */
type RowInsert = [string, unknown[]];

/** Thrown inside a write transaction when another writer stored the same articles first: roll back, check again. */
class LostRace extends Error {}

/** Applies the migrations a database lacks, in one transaction under an advisory lock (many processes start at once). */
export async function migratePg(pool: pg.Pool): Promise<number> {
  const c = await pool.connect();
  try {
    // one transaction under a transaction-scoped lock: nothing outlives it, so a pooler in transaction mode is fine
    await c.query('BEGIN');
    try {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const applied = new Set<number>((await c.query<{ version: number }>('SELECT version FROM migrations')).rows.map((r) => r.version));
      let version = Math.max(0, ...applied);
      for (const m of PG_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        version = m.version;
      }
      await c.query('COMMIT');
      return version;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    }
  } finally {
    c.release();
  }
}

export class PgStore implements Store {
  readonly pool: pg.Pool;
  private readonly segment: Segmenter;
  private readonly cache: LruCache;
  private cacheVersion = -1;
  private readonly rankPool: number;
  private readonly denseShare: number;
  private readonly asyncCommit: boolean;
  private readonly filterDriveShare: number;
  private readonly inlineMatch: boolean;
  private readonly rankOnce: boolean;
  private readonly arrayPool: boolean;
  private readonly inlineDate: boolean;
  private readonly denseInline: boolean;
  /** Where ranking reads the lexemes: article_rank_terms (rankInline) or article_terms. */
  private readonly rankTerms: string;
  private readonly ascendingPool: boolean;
  /**
   * The server's statistics (pg_stats, pg_class), and when read: the most common search lexemes with the share
   * of articles holding each, the article count, and the estimated number of events of each event type.
   */
  private lexemeShares: { shares: Map<string, number>; articles: number; eventTypes: Map<string, number>; at: number } | null = null;

  constructor(url: string, opts: PgStoreOptions = {}) {
    // jit = off as a startup option: no extra round trip, and it holds for every statement of every connection
    this.pool = new Pool({ connectionString: url, max: opts.poolSize ?? 10, ...(opts.jit ? {} : { options: '-c jit=off' }) });
    // an idle connection that breaks (server restart) must not crash the process
    this.pool.on('error', () => {});
    this.segment = opts.segmenter ?? createSegmenter(loadWordFrequencies());
    this.cache = new LruCache(opts.cacheSize ?? defaultCacheSize());
    this.rankPool = Math.max(1, Math.floor(opts.rankPool ?? (Number(process.env.RASD_PG_RANK_POOL) || RANK_POOL)));
    this.denseShare = opts.denseShare ?? DENSE_SHARE;
    this.asyncCommit = opts.asyncCommit ?? false;
    this.filterDriveShare = opts.filterDriveShare ?? FILTER_DRIVE_SHARE;
    this.inlineMatch = opts.inlineMatch ?? true;
    this.rankOnce = opts.rankOnce ?? true;
    this.arrayPool = opts.arrayPool ?? true;
    this.inlineDate = opts.inlineDate ?? true;
    this.denseInline = opts.denseInline ?? true;
    this.rankTerms = opts.rankInline ?? true ? 'article_rank_terms' : 'article_terms';
    this.ascendingPool = opts.ascendingPool ?? true;
  }

  /**
   * Whether a text query is estimated to match at least denseShare of the articles: each word's share is its
   * commonest form's (a word matches any of its forms), the words' shares multiply (every word must match).
   * Words missing from the statistics (no ANALYZE yet, or not among the commonest) count as rare.
   */
  private async isDense(parsed: ParsedQuery): Promise<boolean> {
    if (this.denseShare <= 0) return true;
    return (await this.matchShare(parsed)).share >= this.denseShare;
  }

  /** The query's estimated share of the articles (see isDense) and the number of articles the statistics saw. */
  private async matchShare(parsed: ParsedQuery): Promise<{ share: number; articles: number }> {
    if (!this.lexemeShares || Date.now() - this.lexemeShares.at > LEXEME_STATS_MS) {
      type Stats = { elems: string[] | null; freqs: number[] | null; articles: number | null; plovers: string[] | null; plover_freqs: number[] | null; events: number | null };
      const { rows } = await this.pool.query<Stats>({
        name: 'rasd_search_stats',
        text: `SELECT (SELECT most_common_elems::text::text[] FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'article_terms' AND attname = 'terms') AS elems,
                 (SELECT most_common_elem_freqs FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'article_terms' AND attname = 'terms') AS freqs,
                 (SELECT greatest(c.reltuples, s.n_live_tup, 0)::float8 FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = 'article_terms'::regclass) AS articles,
                 (SELECT most_common_vals::text::text[] FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'events' AND attname = 'plover') AS plovers,
                 (SELECT most_common_freqs FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'events' AND attname = 'plover') AS plover_freqs,
                 (SELECT greatest(c.reltuples, s.n_live_tup, 0)::float8 FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = 'events'::regclass) AS events`,
      });
      // The shares come from the last ANALYZE; the row counts are the larger of pg_class.reltuples (as of the last
      // VACUUM/ANALYZE) and the live count kept by the cumulative statistics (current, but reset by a crash and not
      // copied with a database): after a bulk ingest the two tables may have been analyzed at different sizes, and
      // an event type's count from a small early sample sent its searches down the filter-driven path with
      // thousands of articles (word + event 9.8 ms against 3-4 on the same data once analyzed).
      const shares = new Map<string, number>();
      const eventTypes = new Map<string, number>();
      const st = rows[0]!;
      // freqs has three more entries than elems (their minimum, maximum and the share of null rows)
      if (st.elems && st.freqs) st.elems.forEach((e, i) => shares.set(e, st.freqs![i]!));
      if (st.plovers && st.plover_freqs) st.plovers.forEach((p, i) => eventTypes.set(p, st.plover_freqs![i]! * Number(st.events ?? 0)));
      this.lexemeShares = { shares, articles: Number(st.articles ?? 0), eventTypes, at: Date.now() };
    }
    const shares = this.lexemeShares.shares;
    let share = 1;
    for (const forms of parsed.words) share *= Math.max(0, ...forms.map((f) => shares.get(lexeme(f)) ?? 0));
    return { share, articles: this.lexemeShares.articles };
  }

  /**
   * Which filter, if any, a text query is searched from (FILTER_DRIVE_SHARE): its estimated matches are many
   * and the filter's articles a small enough share of them. An entity's article count is entities.articles
   * (one primary-key read, only for such queries); an event type's is its estimated number of events from
   * the statistics (an article may hold several: the count errs high, towards the GIN path).
   */
  private async drivingFilter(parsed: ParsedQuery, query: SearchQuery): Promise<'entity' | 'event' | null> {
    if (this.filterDriveShare <= 0 || (query.entity === undefined && !query.eventType)) return null;
    const always = this.filterDriveShare === Infinity;
    const { share, articles } = await this.matchShare(parsed);
    const limit = this.filterDriveShare * share * articles;
    if (!always && share * articles < DRIVE_MIN_MATCHES) return null;
    if (query.entity !== undefined) {
      if (always) return 'entity';
      const rows = await this.qp<{ articles: number }>('SELECT articles FROM entities WHERE id = ?', [query.entity]);
      if (rows.length && rows[0]!.articles <= limit * ENTITY_DRIVE_FACTOR) return 'entity';
    }
    if (query.eventType) {
      const events = this.lexemeShares!.eventTypes.get(query.eventType);
      if (always || (events !== undefined && events <= limit)) return 'event';
    }
    return null;
  }

  /**
   * Cached reads stay valid while store_version holds still: every write
   * transaction of any process bumps it, and a read checks it first (one
   * primary-key lookup), so an answer is never staler than one computed now.
   */
  private async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.cache.size <= 0) return compute();
    const { rows } = await this.pool.query<{ version: string }>({ name: 'rasd_store_version', text: 'SELECT version FROM store_version WHERE id = 1' });
    const version = Number(rows[0]?.version ?? 0);
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = version;
    }
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit as T;
    const value = await compute();
    this.cache.set(key, value);
    return value;
  }

  /** Last statement of a write transaction: readers' caches see the change (the row lock lasts until commit). */
  private async bumpVersion(c: Client): Promise<void> {
    await c.query('UPDATE store_version SET version = version + 1 WHERE id = 1');
    this.cache.clear();
  }

  /**
   * A statement with `?` placeholders. A JavaScript array passed for a placeholder cast to an array of a type
   * binary.ts knows (`?::int[]`, `?::text[]`, `?::tsvector[]`...) goes in PostgreSQL's binary format: the batch
   * writes' columns are neither escaped here nor parsed there.
   */
  private async q<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = [], db: Queryable = this.pool): Promise<T[]> {
    const s = statement(text);
    const values = params.map((v, i) => (Array.isArray(v) && s.arrays[i] ? binaryArray(s.arrays[i]!, v) : v));
    return (await db.query<T>(s.text, values)).rows;
  }

  /** A read the API repeats: a named (prepared) statement, so each connection parses and plans it once. */
  private async qp<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    let name = preparedNames.get(text);
    if (!name) preparedNames.set(text, (name = `rasd_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
    return (await this.pool.query<T>({ name, text: sql(text), values: params })).rows;
  }

  /**
   * Runs `fn` in a transaction, retrying when PostgreSQL picks it as a deadlock or serialization victim. `async`:
   * its commit does not wait for the WAL flush (SET LOCAL: this transaction only; sent with BEGIN, one round trip).
   */
  private async tx<T>(fn: (c: Client) => Promise<T>, async = false): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      try {
        await c.query(async ? 'BEGIN; SET LOCAL synchronous_commit = off' : 'BEGIN');
        const out = await fn(c);
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        const code = (err as { code?: string }).code;
        if (attempt < 5 && code && RETRYABLE.has(code)) continue;
        throw err;
      } finally {
        c.release();
      }
    }
  }

  async putArticles(records: ArticleRecord[]): Promise<PutResult[]> {
    if (!records.length) return [];
    const byHash = new Map<string, ArticleRecord>();
    for (const r of records) if (!byHash.has(r.contentHash)) byHash.set(r.contentHash, r);
    const hashes = [...byHash.keys()].sort(cmp);
    const ids = new Map<string, number>();
    const fresh = new Set<string>();
    /** Hashes refused because their source's id is taken (qa18): by the stored article, or by a hash of this batch. */
    const taken = new Map<string, { id?: number; hash?: string }>();
    for (let round = 1; ; round++) {
      // cheap check first: a batch already stored (a redelivered job) takes no lock
      for (const r of await this.q<{ id: number; content_hash: string }>('SELECT id, content_hash FROM articles WHERE content_hash = ANY(?::text[])', [hashes])) ids.set(r.content_hash, r.id);
      await this.refuseTakenIds(hashes.filter((h) => !ids.has(h) && !taken.has(h)), byHash, records, taken);
      if (hashes.every((h) => ids.has(h) || taken.has(h))) break;
      try {
        const stored = await this.tx((c) => this.writeNewArticles(c, hashes.filter((h) => !ids.has(h) && !taken.has(h)), byHash), this.asyncCommit);
        for (const [h, id] of stored) (ids.set(h, id), fresh.add(h));
        this.cache.clear();
        break;
      } catch (err) {
        // another writer stored some of these articles meanwhile: the transaction was rolled back; check again
        if (!(err instanceof LostRace) || round >= 10) throw err;
      }
    }
    // a hash seen twice in one batch: the first copy is the inserted one
    const first = new Set<string>();
    return records.map((r) => {
      const t = taken.get(r.contentHash);
      if (t) return { id: t.id ?? ids.get(t.hash!) ?? taken.get(t.hash!)!.id!, inserted: false, idTaken: true };
      const ins = fresh.has(r.contentHash) && !first.has(r.contentHash);
      first.add(r.contentHash);
      return { id: ids.get(r.contentHash)!, inserted: ins };
    });
  }

  /**
   * Notes in `taken` each of `pending` whose source's id (document id and source) is stored with other text, or is
   * another record's of this batch that comes first (qa18: two ingests that both looked a new id up before analysis
   * stored both texts). writeNewArticles checks again under the store's lock, in case one was stored meanwhile.
   */
  private async refuseTakenIds(pending: string[], byHash: Map<string, ArticleRecord>, records: ArticleRecord[], taken: Map<string, { id?: number; hash?: string }>): Promise<void> {
    if (!pending.length) return;
    const key = (docId: string, source: string | null) => `${source ?? ''}\u0000${docId}`;
    const docOf = (h: string) => byHash.get(h)!.analysis.document;
    const stored = new Map<string, number>();
    for (const r of await this.q<{ id: number; doc_id: string; source: string | null }>('SELECT id, doc_id, source FROM articles WHERE doc_id = ANY(?::text[]) ORDER BY id', [[...new Set(pending.map((h) => docOf(h).id))]]))
      if (!stored.has(key(r.doc_id, r.source))) stored.set(key(r.doc_id, r.source), r.id);
    const want = new Set(pending);
    const firstOf = new Map<string, string>();
    for (const r of records) {
      if (!want.has(r.contentHash)) continue;
      const k = key(docOf(r.contentHash).id, docOf(r.contentHash).source);
      const holder = stored.get(k);
      if (holder !== undefined) taken.set(r.contentHash, { id: holder });
      else if (!firstOf.has(k)) firstOf.set(k, r.contentHash);
      else if (firstOf.get(k) !== r.contentHash) taken.set(r.contentHash, { hash: firstOf.get(k)! });
    }
  }

  /**
   * Writes articles not stored yet, in one transaction, and returns their ids by content hash. Everything that
   * other writers cannot disturb comes first, so that two writers do it in parallel: search terms (GIN), MinHash
   * bands, new entities' rows, mentions, quotes, events, times, places. Only what depends on the articles already
   * stored comes under the store's write lock (STORY_LOCK, held to commit): the check that no other writer stored
   * the same articles meanwhile (if one did, LostRace rolls everything back), story assignment (it reads and moves
   * other articles' stories), the article rows (written once, with their story) and the merge of the entities'
   * names and counts (rows every batch touches: taken in one statement, in turn).
   */
  private async writeNewArticles(c: Client, pending: string[], byHash: Map<string, ArticleRecord>): Promise<Map<string, number>> {
    const newIds = await this.q<{ id: number }>("SELECT nextval(pg_get_serial_sequence('articles', 'id'))::int AS id FROM generate_series(1, ?)", [pending.length], c);
    const idOf = new Map(pending.map((h, i) => [h, newIds[i]!.id]));
    const sigs = new Map(pending.map((h) => [h, byHash.get(h)!.signature ?? signature(byHash.get(h)!.analysis.document.text)]));
    const keysOf = new Map(pending.map((h) => [idOf.get(h)!, bandKeys(sigs.get(h)!).map(String)]));
    // each article's band keys once (two bands hashing alike would be one row): the rows are then new for certain (the
    // article ids are), and the insert needs no ON CONFLICT, whose arbiter check was a second probe of the primary key
    // for each of the ~16 rows an article (pg22)
    const bandKeysOf = pending.map((h) => [...new Set(keysOf.get(idOf.get(h)!)!)]);
    const bandIds = pending.flatMap((h, i) => bandKeysOf[i]!.map(() => idOf.get(h)!));
    // written in the same statement as the analysis rows (one round trip)
    const searchRows: RowInsert[] = [
      // the source and date beside the lexemes: a search filtered by them tests them while counting (migrations 11, 15)
      // RETURNING: the rows as sent (the vectors uncompressed), read by the next insert as w0 (the first WITH query of writeAnalysisRows' statement)
      ['INSERT INTO article_terms (article_id, terms, source, date) SELECT * FROM unnest(?::int[], ?::tsvector[], ?::text[], ?::text[]) RETURNING article_id, terms', [
        pending.map((h) => idOf.get(h)!),
        pending.map((h) => tsvectorBinary(byHash.get(h)!.searchText ?? indexText(byHash.get(h)!.analysis.document.text, this.segment))),
        pending.map((h) => byHash.get(h)!.analysis.document.source ?? null),
        pending.map((h) => byHash.get(h)!.analysis.document.date ?? null),
      ]],
      // the same lexemes for ranking, uncompressed and inline (migration 16), from the insert above: sent once
      ['INSERT INTO article_rank_terms (article_id, terms) SELECT article_id, terms FROM w0', []],
      ['INSERT INTO story_bands (key, article_id) SELECT k::bigint, a FROM unnest(?::text[], ?::int[]) AS u(k, a)', [bandKeysOf.flat(), bandIds]],
    ];
    const merge = await this.writeAnalysisRows(c, pending.map((h) => ({ id: idOf.get(h)!, analysis: byHash.get(h)!.analysis })), searchRows);
    await c.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
    const raced = await this.q<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE content_hash = ANY(?::text[])', [pending], c);
    if (raced[0]!.n > 0) throw new LostRace();
    // an id of these stored by another writer since refuseTakenIds looked (qa18): roll back, look again
    const docIds = [...new Set(pending.map((h) => byHash.get(h)!.analysis.document.id))];
    const mine = new Set(pending.map((h) => `${byHash.get(h)!.analysis.document.source ?? ''}\u0000${byHash.get(h)!.analysis.document.id}`));
    for (const r of await this.q<{ doc_id: string; source: string | null }>('SELECT doc_id, source FROM articles WHERE doc_id = ANY(?::text[])', [docIds], c))
      if (mine.has(`${r.source ?? ''}\u0000${r.doc_id}`)) throw new LostRace();
    // stories before the article rows, so each row is written once, with its story
    const storyOf = await this.assignStories(c, pending.map((h) => ({ id: idOf.get(h)!, sig: sigs.get(h)!, keys: keysOf.get(idOf.get(h)!)! })));
    const now = new Date().toISOString();
    const cols: unknown[][] = Array.from({ length: 14 }, () => []);
    for (const h of pending) {
      const r = byHash.get(h)!;
      const d = r.analysis.document;
      const id = idOf.get(h)!;
      const row = [id, d.id, d.source, d.url, d.date, d.title, d.text, d.language, h, r.analysisVersion, packAnalysis(r.analysis), now, storyOf.get(id)!, toBytes(sigs.get(h)!)];
      row.forEach((v, i) => cols[i]!.push(v));
    }
    await this.q(
      `INSERT INTO articles (id, doc_id, source, url, date, title, text, language, content_hash, analysis_version, analysis, ingested_at, story_id, minhash)
       SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bytea[])`,
      cols,
      c,
    );
    await this.q(
      `UPDATE stories SET (articles, sources, first_date) =
         (SELECT count(*)::int, count(DISTINCT coalesce(source, ''))::int, min(date) FROM articles WHERE story_id = stories.id)
       WHERE id = ANY(?::int[])`,
      [[...new Set(storyOf.values())]],
      c,
    );
    await this.mergeEntities(c, merge);
    await this.bumpVersion(c);
    return idOf;
  }

  /**
   * Joins each new article to every story holding a near-duplicate (merging
   * them), or opens a new one: the SQLite store's rule, applied to the batch
   * in memory (one read of the candidates, a few writes), which gives the same
   * stories as adding the articles one by one. Runs under STORY_LOCK.
   */
  private async assignStories(c: Client, fresh: Array<{ id: number; sig: Uint32Array; keys: string[] }>): Promise<Map<number, number>> {
    const keysOf = new Map(fresh.map((f) => [f.id, f.keys]));
    const allKeys = [...new Set([...keysOf.values()].flat())];
    const rows = await this.q<{ key: string; id: number; minhash: Buffer; story_id: number | null }>(
      `SELECT b.key::text AS key, a.id, a.minhash, a.story_id FROM story_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.key = ANY(?::bigint[])`,
      [allKeys],
      c,
    );
    // members by band key: stored articles first, then each new article once it is placed
    const byKey = new Map<string, Array<{ id: number; sig: Uint32Array }>>();
    const sigOf = new Map<number, Uint32Array>();
    // story of each article; new stories get negative ids until they are inserted
    const storyOf = new Map<number, number>();
    for (const r of rows) {
      if (!sigOf.has(r.id)) sigOf.set(r.id, fromBytes(r.minhash));
      if (r.story_id !== null) storyOf.set(r.id, r.story_id);
      const list = byKey.get(r.key) ?? [];
      list.push({ id: r.id, sig: sigOf.get(r.id)! });
      byKey.set(r.key, list);
    }
    const members = new Map<number, Set<number>>(); // story → articles seen here (for merges in memory)
    for (const [id, st] of storyOf) (members.get(st) ?? members.set(st, new Set()).get(st)!).add(id);
    const merged: Array<[number, number]> = []; // [from, into], in order
    let nextTemp = -1;
    for (const f of fresh) {
      const linked = new Set<number>();
      const seen = new Set<number>();
      for (const key of keysOf.get(f.id)!) {
        for (const other of byKey.get(key) ?? []) {
          if (seen.has(other.id)) continue;
          seen.add(other.id);
          const st = storyOf.get(other.id);
          if (st !== undefined && similarity(f.sig, other.sig) >= SAME_STORY) linked.add(st);
        }
      }
      let story: number;
      if (!linked.size) story = nextTemp--;
      else {
        // a stored story (smallest id) survives a merge; among new ones, the oldest
        const real = [...linked].filter((x) => x > 0).sort((a, b) => a - b);
        const temp = [...linked].filter((x) => x < 0).sort((a, b) => b - a);
        story = real.length ? real[0]! : temp[0]!;
        for (const other of [...real, ...temp]) {
          if (other === story) continue;
          for (const id of members.get(other) ?? []) storyOf.set(id, story);
          const into = members.get(story) ?? members.set(story, new Set()).get(story)!;
          for (const id of members.get(other) ?? []) into.add(id);
          members.delete(other);
          merged.push([other, story]);
        }
      }
      storyOf.set(f.id, story);
      (members.get(story) ?? members.set(story, new Set()).get(story)!).add(f.id);
      for (const key of keysOf.get(f.id)!) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push({ id: f.id, sig: f.sig });
    }
    // new stories that survived get real ids
    const temps = [...new Set(fresh.map((f) => storyOf.get(f.id)!))].filter((x) => x < 0).sort((a, b) => b - a);
    const realId = new Map<number, number>();
    if (temps.length) {
      const created = await this.q<{ id: number }>('INSERT INTO stories (articles, sources, first_date) SELECT 0, 0, NULL FROM generate_series(1, ?) ORDER BY 1 RETURNING id', [temps.length], c);
      temps.forEach((t, i) => realId.set(t, created[i]!.id));
    }
    const real = (st: number) => (st < 0 ? realId.get(st)! : st);
    // stored stories merged into another: move their stored articles, drop them
    const gone = merged.filter(([from]) => from > 0);
    if (gone.length) {
      const finalOf = (st: number): number => {
        let x = st;
        for (let guard = 0; guard < 1_000_000; guard++) {
          const next = merged.find(([from]) => from === x)?.[1];
          if (next === undefined) return x;
          x = next;
        }
        return x;
      };
      const froms = gone.map(([from]) => from);
      await this.q('UPDATE articles SET story_id = m.into FROM unnest(?::int[], ?::int[]) AS m(from_id, into) WHERE articles.story_id = m.from_id', [froms, froms.map((f) => real(finalOf(f)))], c);
      await this.q('DELETE FROM stories WHERE id = ANY(?::int[])', [froms], c);
    }
    return new Map(fresh.map((f) => [f.id, real(storyOf.get(f.id)!)]));
  }

  /**
   * Writes the analysis tables of several articles, a few statements in all: entities new to the store (their
   * rows, with no articles counted yet), aliases, mentions, quotes, events, times and places. Returns what
   * mergeEntities must then apply to the entity rows: each entity's names merged over the batch and the number of
   * the batch's articles naming it. Takes no lock on stored rows, so writers run it side by side.
   */
  private async writeAnalysisRows(c: Client, items: Array<{ id: number; analysis: Analysis }>, more: RowInsert[] = []): Promise<EntityMerge> {
    if (!items.length) return { entities: [], entityId: new Map(), articles: new Map() };
    const merged = new Map<string, MergedEntity>();
    for (const { analysis } of items) {
      for (const e of analysis.entities) {
        const key = entityKey(e);
        const cur = merged.get(key);
        if (!cur) merged.set(key, { key, kbId: e.kbId, type: e.type, name: e.name, nameEn: e.nameEn, country: e.country, actor: e.actor });
        else {
          cur.type = minText(cur.type, e.type)!;
          cur.name = shorterText(cur.name, e.name);
          cur.nameEn = minText(cur.nameEn, e.nameEn);
          cur.country = minText(cur.country, e.country);
          cur.actor = minText(cur.actor, e.actor);
        }
      }
    }
    const ents = [...merged.values()].sort((a, b) => cmp(a.key, b.key)).map((e) => ({ ...e, nameNorm: normalize(e.name) }));
    const entityId = new Map<string, number>();
    if (ents.length) {
      // keys in one order for every writer: two inserting the same new key wait for each other, never in a cycle
      const rows = await this.q<{ id: number; key: string }>(
        `INSERT INTO entities (key, kb_id, type, name, name_norm, name_en, name_en_lower, country, actor)
         SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
         ON CONFLICT (key) DO NOTHING
         RETURNING id, key`,
        [
          ents.map((e) => e.key),
          ents.map((e) => e.kbId),
          ents.map((e) => e.type),
          ents.map((e) => e.name),
          ents.map((e) => e.nameNorm),
          ents.map((e) => e.nameEn),
          ents.map((e) => e.nameEn?.toLowerCase() ?? null),
          ents.map((e) => e.country),
          ents.map((e) => e.actor),
        ],
        c,
      );
      for (const r of rows) entityId.set(r.key, r.id);
      const stored = ents.filter((e) => !entityId.has(e.key)).map((e) => e.key);
      if (stored.length) for (const r of await this.q<{ id: number; key: string }>('SELECT id, key FROM entities WHERE key = ANY(?::text[])', [stored], c)) entityId.set(r.key, r.id);
    }
    const aliases = new Map<string, [string, number]>();
    const addAlias = (alias: string, id: number) => aliases.set(`${id}\u0000${alias}`, [alias, id]);
    const m: unknown[][] = Array.from({ length: 7 }, () => []);
    const ae: unknown[][] = [[], [], [], []];
    const bumps = new Map<number, number>();
    const qt: unknown[][] = Array.from({ length: 14 }, () => []);
    const ev: unknown[][] = Array.from({ length: 23 }, () => []);
    const tm: unknown[][] = Array.from({ length: 6 }, () => []);
    const pl: unknown[][] = Array.from({ length: 6 }, () => []);
    const push = (cols: unknown[][], row: unknown[]) => row.forEach((v, i) => cols[i]!.push(v));
    for (const { id: articleId, analysis: a } of items) {
      const local = new Map<string, number>();
      const byLocal = new Map<string, Entity>();
      const perEntity = new Map<number, number>();
      for (const e of a.entities) {
        byLocal.set(e.id, e);
        const eid = entityId.get(entityKey(e))!;
        local.set(e.id, eid);
        perEntity.set(eid, (perEntity.get(eid) ?? 0) + e.mentions.length);
        addAlias(normalize(e.name), eid);
        for (const mn of e.mentions) {
          push(m, [articleId, eid, e.id, mn.start, mn.end, mn.text, mn.kind]);
          if (mn.kind === 'name') addAlias(normalize(mn.text), eid);
        }
      }
      for (const [eid, count] of perEntity) {
        push(ae, [eid, articleId, count, a.document.date]);
        bumps.set(eid, (bumps.get(eid) ?? 0) + 1);
      }
      const ent = (localId: string | null) => (localId ? local.get(localId) ?? null : null);
      a.quotes.forEach((q, i) =>
        push(qt, [articleId, i, ent(q.speaker), ent(q.via), q.speakerText, q.cue.start, q.cue.end, q.cue.text, q.direct ? 1 : 0, q.start, q.end, q.text, normalize(q.text), a.document.date]),
      );
      a.events.forEach((e, i) => {
        const src = e.source ? byLocal.get(e.source) : undefined;
        const tgt = e.target ? byLocal.get(e.target) : undefined;
        const sourceActor = e.sourceActor ?? src?.actor ?? null;
        const targetActor = e.targetActor ?? tgt?.actor ?? null;
        const day = e.date && FULL_DATE.test(e.date.slice(0, 10)) ? e.date.slice(0, 10) : a.document.date;
        push(ev, [
          articleId, i, e.plover, e.mode, e.cameo, e.quadClass, e.goldstein, ent(e.source), ent(e.target), sourceActor, targetActor,
          eventSideCountry(src, sourceActor), eventSideCountry(tgt, targetActor), ent(e.location), e.date, day, e.modality, e.trigger.start, e.trigger.end, e.trigger.text, e.sentence,
          evidenceOf(a, e.sentence), e.standing ?? null,
        ]);
      });
      for (const t of a.times) push(tm, [articleId, t.start, t.end, t.text, t.type, t.value]);
      for (const p of a.places) push(pl, [articleId, ent(p.entity), p.lat, p.lon, p.country, p.feature]);
    }
    const al = [...aliases.values()].sort((x, y) => x[1] - y[1] || cmp(x[0], y[0]));
    // every table's rows in one statement (data-modifying WITH queries all run, to completion): one round trip
    // in the transaction instead of one a table; a table with no rows gets empty arrays and inserts nothing
    const inserts: RowInsert[] = [
      ...more,
      ['INSERT INTO entity_aliases (alias, entity_id) SELECT * FROM unnest(?::text[], ?::int[]) ON CONFLICT DO NOTHING', [al.map((x) => x[0]), al.map((x) => x[1])]],
      ['INSERT INTO mentions (article_id, entity_id, local_id, start, "end", text, kind) SELECT * FROM unnest(?::int[], ?::int[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[])', m],
      // one row an (entity, article) (perEntity), for articles new to the store or cleared (clearAnalysis): no conflict
      // can arise, so no ON CONFLICT and its second probe of the primary key for each of the ~11 rows an article (pg22)
      ['INSERT INTO article_entities (entity_id, article_id, mentions, date) SELECT * FROM unnest(?::int[], ?::int[], ?::int[], ?::text[])', ae],
      [
        `INSERT INTO quotes (article_id, ord, speaker_id, via_id, speaker_text, cue_start, cue_end, cue_text, direct, start, "end", text, text_norm, date)
         SELECT * FROM unnest(?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::int[], ?::int[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[])`,
        qt,
      ],
      [
        `INSERT INTO events (article_id, ord, plover, mode, cameo, quad_class, goldstein, source_id, target_id, source_actor, target_actor,
           source_country, target_country, location_id, date, day, modality, trigger_start, trigger_end, trigger_text, sentence, evidence, standing)
         SELECT * FROM unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::int[], ?::float8[], ?::int[], ?::int[], ?::text[], ?::text[],
           ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::int[], ?::text[], ?::text[])`,
        ev,
      ],
      ['INSERT INTO times (article_id, start, "end", text, type, value) SELECT * FROM unnest(?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[])', tm],
      ['INSERT INTO places (article_id, entity_id, lat, lon, country, feature) SELECT * FROM unnest(?::int[], ?::int[], ?::float8[], ?::float8[], ?::text[], ?::text[])', pl],
    ];
    await this.q(`WITH ${inserts.map(([text], i) => `w${i} AS (${text})`).join(',\n')}\nSELECT 1`, inserts.flatMap(([, params]) => params), c);
    return { entities: ents, entityId, articles: bumps };
  }

  /**
   * Applies a batch's entities to their rows: the shortest Arabic name (then the least) and the least of the other
   * fields (the same row whatever the order batches come in) and the count of articles. One statement, rows in id order; in putArticles it runs under STORY_LOCK.
   */
  private async mergeEntities(c: Client, merge: EntityMerge): Promise<void> {
    const ents = merge.entities.map((e) => ({ ...e, id: merge.entityId.get(e.key)! })).sort((a, b) => a.id - b.id);
    if (!ents.length) return;
    await this.q(
      `UPDATE entities AS en SET
         type = LEAST(en.type, d.type),
         name = CASE WHEN length(d.name) < length(en.name) OR (length(d.name) = length(en.name) AND d.name < en.name) THEN d.name ELSE en.name END,
         name_norm = CASE WHEN length(d.name) < length(en.name) OR (length(d.name) = length(en.name) AND d.name < en.name) THEN d.name_norm ELSE en.name_norm END,
         name_en = LEAST(en.name_en, d.name_en),
         name_en_lower = lower(LEAST(en.name_en, d.name_en)),
         country = LEAST(en.country, d.country),
         actor = LEAST(en.actor, d.actor),
         articles = en.articles + d.n
       FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[])
         AS d(id, type, name, name_norm, name_en, country, actor, n)
       WHERE en.id = d.id`,
      [
        ents.map((e) => e.id),
        ents.map((e) => e.type),
        ents.map((e) => e.name),
        ents.map((e) => e.nameNorm),
        ents.map((e) => e.nameEn),
        ents.map((e) => e.country),
        ents.map((e) => e.actor),
        ents.map((e) => merge.articles.get(e.id) ?? 0),
      ],
      c,
    );
  }

  private async clearAnalysis(c: Client, articleId: number): Promise<void> {
    // lock the article's entities in id order before touching their counts
    const ids = (await this.q<{ entity_id: number }>('SELECT entity_id FROM article_entities WHERE article_id = ? ORDER BY entity_id', [articleId], c)).map((r) => r.entity_id);
    if (ids.length) await this.q('SELECT id FROM entities WHERE id = ANY(?::int[]) ORDER BY id FOR UPDATE', [ids], c);
    if (ids.length) await this.q('UPDATE entities SET articles = articles - 1 WHERE id = ANY(?::int[])', [ids], c);
    for (const table of ['mentions', 'article_entities', 'quotes', 'events', 'times', 'places']) await this.q(`DELETE FROM ${table} WHERE article_id = ?`, [articleId], c);
    if (ids.length) await this.q('DELETE FROM entities WHERE id = ANY(?::int[]) AND articles <= 0', [ids], c);
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const rows = await this.q<{ content_hash: string }>('SELECT content_hash FROM articles WHERE content_hash = ANY(?::text[])', [hashes]);
    return new Set(rows.map((r) => r.content_hash));
  }

  async articlesByDocId(docIds: string[]): Promise<StoredDocId[]> {
    if (!docIds.length) return [];
    const rows = await this.q<{ id: number; doc_id: string; source: string | null; content_hash: string }>(
      'SELECT id, doc_id, source, content_hash FROM articles WHERE doc_id = ANY(?::text[]) ORDER BY id',
      [[...new Set(docIds)]],
    );
    return rows.map((r) => ({ id: r.id, docId: r.doc_id, source: r.source, contentHash: r.content_hash }));
  }

  async replaceAnalysis(id: number, analysis: Analysis, analysisVersion: string): Promise<void> {
    await this.tx(async (c) => {
      await this.clearAnalysis(c, id);
      await this.q('UPDATE articles SET analysis = ?, analysis_version = ? WHERE id = ?', [packAnalysis(analysis), analysisVersion, id], c);
      await this.mergeEntities(c, await this.writeAnalysisRows(c, [{ id, analysis }]));
      await this.bumpVersion(c);
    });
    this.cache.clear();
  }

  async staleArticles(version: string, afterId: number, limit: number): Promise<Array<{ id: number; analysis: Analysis }>> {
    const rows = await this.q<{ id: number; analysis: string; text: string }>('SELECT id, analysis, text FROM articles WHERE analysis_version <> ? AND id > ? ORDER BY id LIMIT ?', [
      version,
      afterId,
      limit,
    ]);
    return rows.map((r) => ({ id: r.id, analysis: unpackAnalysis(r.analysis, r.text) }));
  }

  async reject(items: RejectedItem[]): Promise<void> {
    if (!items.length) return;
    const at = new Date().toISOString();
    const sorted = [...items].sort((a, b) => cmp(a.path, b.path) || cmp(a.reason, b.reason));
    await this.q('INSERT INTO rejected (path, reason, at) SELECT p, r, ? FROM unnest(?::text[], ?::text[]) AS u(p, r) ON CONFLICT DO NOTHING', [
      at,
      sorted.map((i) => i.path),
      sorted.map((i) => i.reason),
    ]);
  }

  async rejected(): Promise<Array<RejectedItem & { at: string }>> {
    return this.q('SELECT path, reason, at FROM rejected ORDER BY path, reason');
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.q<{ [k: string]: number }>(
      `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM stories)::int AS stories,
         (SELECT count(*) FROM entities)::int AS entities, (SELECT count(*) FROM quotes)::int AS quotes,
         (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM rejected)::int AS rejected`,
    );
    return { articles: r!.articles!, stories: r!.stories!, entities: r!.entities!, quotes: r!.quotes!, events: r!.events!, rejected: r!.rejected! };
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    return this.cached(`search:${JSON.stringify(query)}`, () => this.searchNow(query));
  }

  private async searchNow(query: SearchQuery): Promise<Page<SearchHit>> {
    const { page, pageSize, offset } = pageOf(query);
    const parsed = parseQuery(query.q ?? '', this.segment);
    // with text, the first parameter is its tsquery (rasd_match_ids' argument), then the filters'
    const params: unknown[] = [];
    if (parsed.match) {
      params.push(tsQuery(parsed));
    } else if (query.q && query.q.trim()) {
      return { total: 0, page, pageSize, items: [] };
    }
    // with text, the filters apply to the matching ids (m.id); date and source through the narrow articles_facets index
    const { where, facets } = searchFilters(query, parsed.match ? 'm.id' : 'a.id', params);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    type Row = HitRow & { total: number };
    if (parsed.match) {
      // The matching ids come from the GIN index alone (rasd_match_ids: no lexemes read; left to itself the
      // planner walked article_terms backwards decompressing every row's lexemes to test them), are
      // filtered (date and source through the narrow articles_facets index), counted, and only the newest
      // SEARCH_RANK_POOL of them have their lexemes read for ranking. A dense query (a word in most articles)
      // is counted through the GIN index but takes its newest matches by walking the primary key backwards.
      const dense = await this.isDense(parsed);
      const matches = dense ? 'rasd_match_ids_many' : 'rasd_match_ids';
      // not with an entity filter: announced as a few matches, they were joined with the entity's articles in
      // a plan that cost more (word + entity 3.6 -> 5.7 ms of server CPU); with a date or event-type filter they
      // cost less than the function's (docs/benchmarks.md, "pg11")
      const inline = this.inlineMatch && (!dense || this.denseInline) && query.entity === undefined;
      const matched = inline ? `${MATCH_IDS}) m` : `${matches}(?::tsquery) m(id)`;
      let from = facets ? `${matched} JOIN articles a ON a.id = m.id` : matched;
      let matchCond = cond;
      let matchParams = params;
      // a date or source filter: the statement is planned for its values (below)
      let planEach = facets;
      const drive = await this.drivingFilter(parsed, query);
      if (drive) {
        // from the filter's articles, each tested through its lexemes (FILTER_DRIVE_SHARE); the other filters as before
        const rest: unknown[] = [];
        const others = searchFilters(drive === 'entity' ? { ...query, entity: undefined } : { ...query, eventType: undefined }, 'm.id', rest);
        const ids = drive === 'entity' ? 'SELECT article_id AS id FROM article_entities WHERE entity_id = ?' : 'SELECT DISTINCT article_id AS id FROM events WHERE plover = ?';
        // An event type's articles can be many: article_terms, whose GIN index lets the planner take the matches from
        // the bitmap and join them by hash (اضافه with COERCE: 4.1 ms; testing each of its 1,541 articles' vectors in
        // article_rank_terms, 8.6-9.3). An entity drives at a tenth of the matches at most: its few articles' vectors
        // are read one by one, inline in article_rank_terms (entity searches 2.885 -> 2.556 ms; docs/benchmarks.md, "pg15").
        const terms = drive === 'entity' ? this.rankTerms : 'article_terms';
        from = `(${ids}) m JOIN ${terms} mt ON mt.article_id = m.id${facets ? ' JOIN articles a ON a.id = m.id' : ''}`;
        matchCond = `WHERE mt.terms @@ ?::tsquery${others.where.map((w) => ` AND ${w}`).join('')}`;
        matchParams = [drive === 'entity' ? query.entity : query.eventType, params[0], ...rest];
      } else if ((query.from || query.to) && this.inlineDate && this.inlineMatch && query.entity === undefined) {
        // the date range (and the source) tested in the search rows the GIN matches visit anyway (migrations 11,
        // 15), not by probing articles_facets once per match; no range left for the planner to weigh, so the
        // statement is prepared like a search without filters
        const rest: unknown[] = [];
        const others = searchFilters({ ...query, source: undefined, from: undefined, to: undefined }, 'm.id', rest);
        const tests: string[] = [];
        const values: unknown[] = [];
        if (query.from) (tests.push('date >= ?'), values.push(query.from));
        if (query.to) (tests.push('date <= ?'), values.push(query.to));
        if (query.source) (tests.push('source = ?'), values.push(query.source));
        from = `${MATCH_IDS} AND ${tests.join(' AND ')}) m`;
        matchCond = others.where.length ? `WHERE ${others.where.join(' AND ')}` : '';
        matchParams = [params[0], ...values, ...rest];
        planEach = false;
      } else if (query.source) {
        // the source is tested in the search rows while the GIN matches are visited (migration 11), not by
        // probing articles_facets once per match; the other filters as before
        const rest: unknown[] = [];
        const others = searchFilters({ ...query, source: undefined }, 'm.id', rest);
        // a source alone: no range for the planner to weigh (the source is tested in each match's row), so the
        // statement is prepared like a search without filters
        const alone = !others.where.length && this.inlineMatch;
        if (alone) planEach = false;
        const inSource = this.inlineMatch && query.entity === undefined ? `${MATCH_IDS} AND source = ?) m` : 'rasd_match_ids_in_source(?::tsquery, ?) m(id)';
        from = `${inSource}${others.facets ? ' JOIN articles a ON a.id = m.id' : ''}`;
        matchCond = others.where.length ? `WHERE ${others.where.join(' AND ')}` : '';
        matchParams = [params[0], query.source, ...rest];
      }
      if (offset + pageSize <= this.rankPool) {
        // the common case in one round trip: match once, count, rank the pool, cut the page, read its rows
        const text =
          dense && !where.length
            ? `SELECT (${this.inlineMatch ? 'SELECT count(*)::int FROM article_terms WHERE terms @@ (SELECT ?::tsquery)' : 'SELECT rasd_count_matches(?::tsquery)'}) AS total, a.id, a.title, a.date, a.source, a.url, a.story_id, a.text
               FROM (SELECT id, r FROM ${parsed.words.length === 1 && this.rankOnce ? 'rasd_newest_ranked_any' : 'rasd_newest_ranked'}${this.rankTerms === 'article_terms' ? '' : '_inline'}(?::tsquery, ${this.rankPool}) ORDER BY r DESC, id LIMIT ? OFFSET ?) p
               JOIN articles a ON a.id = p.id ORDER BY p.r DESC, p.id`
            : this.arrayPool
              ? // one pass over the matches: their count and their ids newest first in an array, cut to the rank pool
                // (a materialized list of the matches read twice, for the count and for a top-N sort, cost more:
                // 2.8 against 2.4 ms of server CPU for a word in 3,429 articles, 7.3 against 5.5 for one in 15,545;
                // docs/benchmarks.md, "pg14")
                `WITH s AS MATERIALIZED (SELECT count(*)::int AS n, ${this.ascendingPool ? `(array_agg(m.id ORDER BY m.id))[greatest(count(*)::int - ${this.rankPool - 1}, 1):]` : `(array_agg(m.id ORDER BY m.id DESC))[1:${this.rankPool}]`} AS pool FROM ${from} ${matchCond})
          SELECT (SELECT n FROM s) AS total, a.id, a.title, a.date, a.source, a.url, a.story_id, a.text
          FROM (SELECT c.id, ts_rank(t.terms, ?::tsquery) AS r FROM unnest((SELECT pool FROM s)) c(id)
            JOIN ${this.rankTerms} t ON t.article_id = c.id ORDER BY r DESC, c.id LIMIT ? OFFSET ?) p
          JOIN articles a ON a.id = p.id ORDER BY p.r DESC, p.id`
              : `WITH m AS MATERIALIZED (SELECT m.id FROM ${from} ${matchCond})
          SELECT (SELECT count(*) FROM m)::int AS total, a.id, a.title, a.date, a.source, a.url, a.story_id, a.text
          FROM (SELECT c.id, ts_rank(t.terms, ?::tsquery) AS r FROM (SELECT id FROM m ORDER BY id DESC LIMIT ${this.rankPool}) c
            JOIN ${this.rankTerms} t ON t.article_id = c.id ORDER BY r DESC, c.id LIMIT ? OFFSET ?) p
          JOIN articles a ON a.id = p.id ORDER BY p.r DESC, p.id`;
        // With a date or source filter the statement is planned for its values each time: a prepared statement's
        // generic plan cannot tell a date range that holds most articles from one that holds few, and took the
        // articles in the range from the date index and their wide rows (6.5 of 9.4 ms for a year of 2018 on
        // the full corpus) where probing the narrow index once per match costs 1.2 ms.
        const values = [...matchParams, params[0], pageSize, offset];
        const rows = planEach ? await this.q<Row>(text, values) : await this.qp<Row>(text, values);
        const total = rows.length ? rows[0]!.total : (await this.qp<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} ${matchCond}`, matchParams))[0]!.n;
        return { total, page, pageSize, items: this.hits(rows.map((r) => r.id), rows, parsed) };
      }
      const [total, ids] = await Promise.all([
        this.qp<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} ${matchCond}`, matchParams).then((r) => r[0]!.n),
        this.rankedMatchIds(from, matchCond, matchParams, params[0], pageSize, offset),
      ]);
      const rows = ids.length ? await this.qp<HitRow>(`SELECT id, title, date, source, url, story_id, text FROM articles WHERE id = ANY(?::int[])`, [ids]) : [];
      return { total, page, pageSize, items: this.hits(ids, rows, parsed) };
    }
    // one round trip: the matches are found once, counted, and the page is cut from them; named, so each connection plans it once
    const text = `WITH m AS (SELECT a.id, a.date FROM articles a ${cond})
         SELECT (SELECT count(*) FROM m)::int AS total, a.id, a.title, a.date, a.source, a.url, a.story_id, a.text
         FROM (SELECT id, date FROM m ORDER BY date DESC NULLS LAST, id DESC LIMIT ? OFFSET ?) p JOIN articles a ON a.id = p.id ORDER BY p.date DESC NULLS LAST, p.id DESC`;
    const values = [...params, pageSize, offset];
    const rows = (await this.pool.query<Row>({ name: `search:${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text: sql(text), values })).rows;
    // a page past the end has no row to carry the total
    const total = rows.length ? rows[0]!.total : offset === 0 ? 0 : (await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM articles a ${cond}`, params))[0]!.n;
    return { total, page, pageSize, items: this.hits(rows.map((r) => r.id), rows, parsed) };
  }

  /**
   * Hits with snippets from the rows' texts. The page's rows carry whole texts: sending 1,500-character prefixes
   * and reading a whole text only where a snippet needed it took a second round trip for about three searches in
   * four (20 hits), and at 50 connections whole texts served 509-540 searches a second against 436-445
   * (docs/benchmarks.md, PostgreSQL, "Fourth session").
   */
  private hits(ids: number[], rows: HitRow[], parsed: ParsedQuery): SearchHit[] {
    return hitPage(ids, rows, parsed, this.segment);
  }

  /**
   * The page's article ids for a text query. ts_rank needs each match's
   * whole tsvector, so ranking every match of a common word (في is in nearly
   * all articles) costs a decompression per article; instead the RANK_POOL
   * most recently stored matches (rankPool, default RANK_POOL) are ranked, and any further matches follow
   * them, newest stored first. A query with fewer matches is ranked whole.
   * The order is total and the same from page to page.
   */
  /** A page of the ids in `from` (the text query's matches, filtered): the newest rank pool ranked by ts_rank, then the rest newest first. */
  private async rankedMatchIds(from: string, filters: string, params: unknown[], tsquery: unknown, pageSize: number, offset: number): Promise<number[]> {
    const pool = this.rankPool;
    const ids: number[] = [];
    if (offset < pool) {
      const rows = await this.qp<{ id: number }>(
        `SELECT c.id FROM (SELECT m.id FROM ${from} ${filters} ORDER BY m.id DESC LIMIT ${pool}) c JOIN ${this.rankTerms} t ON t.article_id = c.id
         ORDER BY ts_rank(t.terms, ?::tsquery) DESC, c.id LIMIT ? OFFSET ?`,
        [...params, tsquery, Math.min(pageSize, pool - offset), offset],
      );
      ids.push(...rows.map((r) => r.id));
      if (rows.length < Math.min(pageSize, pool - offset)) return ids; // fewer matches than the pool: all ranked
    }
    const rest = offset + pageSize - Math.max(offset, pool);
    if (rest > 0) {
      const rows = await this.qp<{ id: number }>(`SELECT m.id FROM ${from} ${filters} ORDER BY m.id DESC LIMIT ? OFFSET ?`, [...params, rest, Math.max(offset, pool)]);
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }


  async article(id: number): Promise<StoredArticle | null> {
    if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
    const [row] = await this.q<ArticleRow>(`${ARTICLE_SELECT} WHERE id = ?`, [id]);
    return row ? this.toStored(row) : null;
  }

  private async toStored(row: ArticleRow): Promise<StoredArticle> {
    const [locals, story] = await Promise.all([
      this.q<{ local_id: string; entity_id: number }>('SELECT DISTINCT local_id, entity_id FROM mentions WHERE article_id = ?', [row.id]),
      row.story_id === null ? Promise.resolve([]) : this.q<{ id: number }>('SELECT id FROM articles WHERE story_id = ? AND id <> ? ORDER BY id', [row.story_id, row.id]),
    ]);
    const entityIds: Record<string, number> = {};
    for (const m of locals) entityIds[m.local_id] = m.entity_id;
    return storedArticle(row, entityIds, story.map((s) => s.id));
  }

  async findEntities(name: string, limit = 20): Promise<EntityRecord[]> {
    const n = normalize(name).replace(/\s+/g, ' ').trim();
    if (!n) return [];
    const lim = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
    const rows = await this.q<EntityRow>(
      `SELECT ${ENTITY_COLS} FROM entities WHERE id IN (
         SELECT id FROM entities WHERE name_norm >= ? AND name_norm < ?
         UNION SELECT entity_id FROM entity_aliases WHERE alias >= ? AND alias < ?
         UNION SELECT id FROM entities WHERE name_en_lower >= lower(?) AND name_en_lower < lower(?)
         UNION SELECT id FROM entities WHERE strpos(' ' || name_en_lower, ' ' || lower(?)) > 0 OR strpos(name_en_lower, '-' || lower(?)) > 0)
       ORDER BY articles DESC, id LIMIT ?`,
      [n, prefixEnd(n), n, prefixEnd(n), n, prefixEnd(n), n, n, lim],
    );
    return rows.map(toEntity);
  }

  async entity(id: number): Promise<EntityRecord | null> {
    if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
    const [row] = await this.qp<EntityRow>(`SELECT ${ENTITY_COLS} FROM entities WHERE id = ?`, [id]);
    return row ? toEntity(row) : null;
  }

  async entityProfile(id: number, limit = 20): Promise<EntityProfile | null> {
    return this.cached(`profile:${id}:${limit}`, () => this.profileNow(id, limit));
  }

  private async profileNow(id: number, limit: number): Promise<EntityProfile | null> {
    const base = await this.entity(id);
    if (!base) return null;
    const lim = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
    const [names, overTime, co, quotes, asSource, asTarget] = await Promise.all([
      this.qp<{ name: string; count: number }>(`SELECT text AS name, count(*)::int AS count FROM mentions WHERE entity_id = ? AND kind = 'name' GROUP BY text ORDER BY count DESC, text LIMIT 20`, [id]),
      this.qp<{ period: string; articles: number; mentions: number }>(
        `SELECT substr(date, 1, 7) AS period, count(*)::int AS articles, sum(mentions)::int AS mentions
         FROM article_entities WHERE entity_id = ? AND date IS NOT NULL GROUP BY period ORDER BY period`,
        [id],
      ),
      this.qp<EntityRow & { together: number }>(
        `SELECT en.id, en.key, en.kb_id, en.type, en.name, en.name_en, en.country, en.actor, en.articles, c.together FROM (
           SELECT ae2.entity_id AS id, count(*)::int AS together
           FROM (SELECT article_id, entity_id FROM article_entities WHERE entity_id = ? ORDER BY date DESC NULLS LAST, article_id DESC LIMIT ${COOCCURRENCE_ARTICLES}) ae1
           JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id <> ae1.entity_id
           GROUP BY ae2.entity_id) c
         JOIN entities en ON en.id = c.id ORDER BY c.together DESC, en.id LIMIT ?`,
        [id, lim],
      ),
      this.qp<QuoteRow>(`${QUOTE_SELECT} WHERE q.speaker_id = ? ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT ?`, [id, lim]),
      this.qp<EventRow>(`${EVENT_SELECT} WHERE e.source_id = ? ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?`, [id, lim]),
      this.qp<EventRow>(`${EVENT_SELECT} WHERE e.target_id = ? ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?`, [id, lim]),
    ]);
    return {
      ...base,
      names,
      mentionsOverTime: overTime,
      cooccurring: co.map((r) => ({ ...toEntity(r), together: r.together })),
      quotes: quotes.map(toQuote),
      eventsAsSource: asSource.map(toEvent),
      eventsAsTarget: asTarget.map(toEvent),
    };
  }


  async events(q: EventQuery): Promise<Page<EventRecord>> {
    const { page, pageSize, offset } = pageOf(q);
    const params: unknown[] = [];
    const where = eventConditions(q, params, like);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [total, rows] = await Promise.all([
      this.q<{ n: number }>(`SELECT count(*)::int AS n FROM events e ${cond}`, params),
      this.q<EventRow>(`${EVENT_SELECT} ${cond} ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?`, [...params, pageSize, offset]),
    ]);
    return { total: total[0]!.n, page, pageSize, items: rows.map(toEvent) };
  }

  async dyad(q: DyadQuery): Promise<DyadBucket[]> {
    const params: unknown[] = [];
    const where = dyadConditions(q, params);
    const rows = await this.q<{ day: string; plover: string; n: number; g: number }>(
      `SELECT e.day, e.plover, count(*)::int AS n, sum(e.goldstein) AS g FROM events e WHERE ${where.join(' AND ')} GROUP BY e.day, e.plover`,
      params,
    );
    // periods are cut here, as the SQLite store's SQL cuts them (strftime %W weeks)
    const periodOf = (day: string) => (q.interval === 'day' ? day : q.interval === 'month' ? day.slice(0, 7) : sqliteWeek(day));
    const cells = new Map<string, Map<string, { n: number; g: number }>>();
    for (const r of rows) {
      const period = periodOf(r.day);
      if (period === null) continue;
      const byPlover = cells.get(period) ?? new Map<string, { n: number; g: number }>();
      const cell = byPlover.get(r.plover) ?? { n: 0, g: 0 };
      cell.n += r.n;
      cell.g += r.g;
      byPlover.set(r.plover, cell);
      cells.set(period, byPlover);
    }
    return [...cells.keys()].sort(cmp).map((period) => {
      const byPlover: Record<string, number> = {};
      let events = 0;
      let sum = 0;
      const cell = cells.get(period)!;
      for (const plover of [...cell.keys()].sort(cmp)) {
        const { n, g } = cell.get(plover)!;
        byPlover[plover] = n;
        events += n;
        sum += g;
      }
      return { period, events, goldsteinMean: Math.round((sum / events) * 1000) / 1000, byPlover };
    });
  }

  async sources(): Promise<SourceCount[]> {
    return this.cached('sources', () => this.q<SourceCount>('SELECT source, count(*)::int AS articles FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source'));
  }

  async places(q: PlaceQuery): Promise<PlaceCount[]> {
    const params: unknown[] = [];
    const { where, limit } = placeConditions(q, params);
    const rows = await this.q<PlaceRow>(
      `SELECT p.entity_id, min(en.name) AS name, min(en.name_en) AS name_en, avg(p.lat) AS lat, avg(p.lon) AS lon, min(p.country) AS country, min(p.feature) AS feature,
         count(DISTINCT p.article_id)::int AS articles, (SELECT count(*)::int FROM events e WHERE e.location_id = p.entity_id) AS events
       FROM places p JOIN articles a ON a.id = p.article_id JOIN entities en ON en.id = p.entity_id
       WHERE ${where.join(' AND ')} GROUP BY p.entity_id ORDER BY articles DESC, p.entity_id LIMIT ?`,
      [...params, limit],
    );
    const points = commonestPoints(
      await this.q<PlacePointRow>(
        'SELECT entity_id, lat, lon, country, feature, count(DISTINCT article_id)::int AS n FROM places WHERE entity_id = ANY(?::int[]) GROUP BY entity_id, lat, lon, country, feature',
        [rows.map((r) => r.entity_id)],
      ),
    );
    return placeCounts(rows, points);
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRecord>> {
    const { page, pageSize, offset } = pageOf(q);
    const params: unknown[] = [];
    const where = quoteConditions(q, params, like);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [total, rows] = await Promise.all([
      this.q<{ n: number }>(`SELECT count(*)::int AS n FROM quotes q ${cond}`, params),
      this.q<QuoteRow>(`${QUOTE_SELECT} ${cond} ORDER BY q.date DESC NULLS LAST, q.id DESC LIMIT ? OFFSET ?`, [...params, pageSize, offset]),
    ]);
    return { total: total[0]!.n, page, pageSize, items: rows.map(toQuote) };
  }

  async *allEvents(): AsyncIterable<EventRecord> {
    let after: [string, number] = ['', -1];
    for (;;) {
      const rows = await this.q<EventRow & { content_hash: string; ord: number }>(
        `${EVENT_SELECT.replace('SELECT ', 'SELECT a.content_hash, e.ord, ')} WHERE (a.content_hash, e.ord) > (?, ?) ORDER BY a.content_hash, e.ord LIMIT 1000`,
        after,
      );
      for (const r of rows) yield toEvent(r);
      if (rows.length < 1000) return;
      const last = rows[rows.length - 1]!;
      after = [last.content_hash, last.ord];
    }
  }

  async *allArticles(): AsyncIterable<StoredArticle> {
    let after = '';
    for (;;) {
      const rows = await this.q<ArticleRow>(`${ARTICLE_SELECT} WHERE content_hash > ? ORDER BY content_hash LIMIT 200`, [after]);
      for (const r of rows) yield await this.toStored(r);
      if (rows.length < 200) return;
      after = rows[rows.length - 1]!.content_hash;
    }
  }

  /** The same text as SqliteStore.canonicalDump for the same knowledge (same rows, keys and number types). */
  async canonicalDump(): Promise<string> {
    const lines: string[] = [];
    const members = new Map<number | null, string[]>();
    for (const r of await this.q<{ content_hash: string; story_id: number | null }>('SELECT content_hash, story_id FROM articles')) {
      const list = members.get(r.story_id) ?? [];
      list.push(r.content_hash);
      members.set(r.story_id, list);
    }
    for (const list of members.values()) list.sort();
    const articles = await this.q<Record<string, unknown> & { story_id: number | null }>(
      'SELECT content_hash, doc_id, source, url, date, title, text, language, analysis_version, analysis, story_id FROM articles ORDER BY content_hash',
    );
    for (const r of articles) lines.push(JSON.stringify({ ...r, story_id: undefined, story: r.story_id === null ? [] : members.get(r.story_id)! }));
    for (const e of await this.q('SELECT key, kb_id, type, name, name_en, country, actor, articles FROM entities ORDER BY key')) lines.push(JSON.stringify(e));
    const countRows = async (text: string) => (await this.q(text)).map((r) => JSON.stringify(r)).sort();
    // one push a row: spreading a whole table into push() overflows the call stack on a full store
    for (const sql of DUMP_ROW_QUERIES) for (const l of await countRows(sql)) lines.push(l);
    for (const r of await this.q('SELECT path, reason FROM rejected ORDER BY path, reason')) lines.push(JSON.stringify(r));
    return lines.join('\n') + '\n';
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}


const ARTICLE_SELECT = 'SELECT id, title, date, source, url, story_id, content_hash, analysis_version, ingested_at, analysis, text FROM articles';

const ENTITY_COLS = 'id, key, kb_id, type, name, name_en, country, actor, articles';


/** Opens a PostgreSQL store at `url` (postgres://...), creating and migrating its tables when needed. */
export async function openPgStore(url: string, opts: PgStoreOptions = {}): Promise<PgStore> {
  const store = new PgStore(url, opts);
  try {
    await migratePg(store.pool);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
