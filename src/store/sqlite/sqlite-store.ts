/**
 * The embedded store: SQLite through better-sqlite3 (synchronous, so each
 * method runs to completion; the async signatures are the interface's).
 * WAL mode lets `rasd serve` read while `rasd ingest` writes. Every query is
 * a prepared statement with bound parameters; user input never becomes SQL.
 */
import Database from 'better-sqlite3';
import type { Analysis, Entity } from '../../core/analysis.ts';
import { normalize } from '../../text/normalize.ts';
import { createSegmenter } from '../../text/clitics.ts';
import { loadWordFrequencies } from '../../resources/load.ts';
import { entityKey } from '../keys.ts';
import { eventSideCountry } from '../../events/side-country.ts';
import { commonestPoints, dyadConditions, eventConditions, evidenceOf, hitPage, packAnalysis, pageOf, placeConditions, placeCounts, prefixEnd, quoteConditions, searchFilters, storedArticle, toEntity, toEvent, toQuote, unpackAnalysis, DUMP_ROW_QUERIES, EVENT_SELECT, QUOTE_SELECT, type ArticleRow, type EntityRow, type EventRow, type HitRow, type LikeSql, type PlacePointRow, type PlaceRow, type QuoteRow } from '../rows.ts';
import { bandKeys, fromBytes, SAME_STORY, signature, similarity, toBytes } from '../minhash.ts';
import { indexText, parseQuery, type Segmenter } from '../search-terms.ts';
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
import { MIGRATIONS } from './migrations.ts';
import { defaultCacheSize, LruCache } from '../cache.ts';
import { COOCCURRENCE_ARTICLES } from '../store.ts';

type DB = Database.Database;

export interface SqliteStoreOptions {
  /** Clitic segmenter for the search index (default: from the bundled word frequencies). */
  segmenter?: Segmenter;
  readonly?: boolean;
  /** Entries in the read cache (search, profiles); 0 turns it off (default: cache.ts defaultCacheSize). */
  cacheSize?: number;
}

/** Applies the migrations a database lacks; returns the schema version. */
export function migrate(db: DB): number {
  db.function('rasd_utf16', { deterministic: true }, (text: unknown) => utf16Bytes(String(text)));
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set<number>(db.prepare('SELECT version FROM migrations').pluck().all() as number[]);
  let version = Math.max(0, ...applied);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    // IMMEDIATE, and checked again under the write lock: another process opening the same new store may have
    // applied it since `applied` was read.
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM migrations WHERE version = ?').get(m.version)) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
    version = m.version;
  }
  return version;
}


/** A text as UTF-16LE bytes (the article_texts16 table): a JavaScript string is made from them by a copy. */
function utf16Bytes(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** SQLite's LIKE, which folds ASCII case always, with backslash as its escape (rows.ts likeEscape). */
const like: LikeSql = (column) => `${column} LIKE ? ESCAPE '\\'`;



export class SqliteStore implements Store {
  readonly db: DB;
  private readonly segment: Segmenter;
  private readonly cache: LruCache;
  private cacheVersion = -1;
  private readonly st: ReturnType<typeof prepare>;
  private readonly facetsIndex: string;
  private readonly hitRows: Database.Statement;
  private readonly insertBatch: { immediate: (records: ArticleRecord[]) => PutResult[] };

  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.db = new Database(path, { readonly: opts.readonly ?? false, timeout: 10_000 });
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      migrate(this.db);
    }
    this.db.pragma('foreign_keys = OFF');
    this.db.pragma('cache_size = -65536');
    // reads go through the OS page cache without a copy per page; server processes share those pages
    if (path !== ':memory:') this.db.pragma('mmap_size = 1073741824');
    this.segment = opts.segmenter ?? createSegmenter(loadWordFrequencies());
    this.cache = new LruCache(opts.cacheSize ?? defaultCacheSize());
    this.st = prepare(this.db);
    // a store opened read-only is not migrated: without the index, filtered searches read article rows
    this.facetsIndex = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_facets'").get() ? 'INDEXED BY articles_facets' : '';
    // the page's rows: meta and whole text from the row (SQLite reads the page's texts faster whole than
    // through substr() and length()), the story from the narrow index
    // when it holds it (story_id lies past the analysis in the row)
    // and the text as UTF-16 bytes (article_texts16) when the store has them
    const has = (sql: string) => !!this.db.prepare(sql).get();
    const storyInIndex = has("SELECT 1 FROM pragma_index_info('articles_facets') WHERE name = 'story_id'");
    const texts16 = has("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_texts16'");
    this.hitRows = this.db.prepare(
      `SELECT a.id, a.title, a.date, a.source, a.url, ${storyInIndex ? 'f.story_id' : 'a.story_id'}, ${texts16 ? 't.text AS text16' : 'a.text'}
       FROM articles a ${storyInIndex ? 'JOIN articles f INDEXED BY articles_facets ON f.id = a.id' : ''} ${texts16 ? 'JOIN article_texts16 t ON t.id = a.id' : ''}
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    );
    this.insertBatch = this.db.transaction((records: ArticleRecord[]) => records.map((r) => this.insertOne(r)));
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A statement built from a query's filters, prepared once per shape (the shapes are few: one per filter combination). */
  private stmt(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) this.statements.set(text, (st = this.db.prepare(text)));
    return st;
  }

  /** Cached reads stay valid until any connection commits a write (PRAGMA data_version). */
  private cached<T>(key: string, compute: () => T): T {
    if (this.cache.size <= 0) return compute();
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = version;
    }
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  private insertOne(r: ArticleRecord): PutResult {
    const existing = this.st.articleByHash.get(r.contentHash) as { id: number } | undefined;
    if (existing) return { id: existing.id, inserted: false };
    const d = r.analysis.document;
    // its source's id stored with other text, by another process or earlier in this batch: refused, under the write
    // lock of this IMMEDIATE transaction (qa18: two ingests that both looked it up before analysis stored both)
    const taken = (this.st.articlesByDocId.all(d.id) as Array<{ id: number; source: string | null }>).find((t) => (t.source ?? '') === (d.source ?? ''));
    if (taken) return { id: taken.id, inserted: false, idTaken: true };
    const sig = r.signature ?? signature(d.text);
    const info = this.st.insertArticle.run(
      d.id, d.source, d.url, d.date, d.title, d.text, d.language, r.contentHash, r.analysisVersion,
      packAnalysis(r.analysis), new Date().toISOString(), toBytes(sig),
    );
    const id = Number(info.lastInsertRowid);
    this.st.insertFts.run(id, r.searchText ?? indexText(d.text, this.segment));
    this.st.insertText16.run(id, utf16Bytes(d.text));
    this.writeAnalysis(id, r.analysis);
    this.assignStory(id, sig, bandKeys(sig), d.date);
    this.cache.clear();
    return { id, inserted: true };
  }

  /** Joins the article to every story holding a near-duplicate (merging them), or opens a new one. */
  private assignStory(id: number, sig: Uint32Array, keys: number[], date: string | null): void {
    const linked = new Set<number>();
    const seen = new Set<number>();
    for (const key of keys) {
      for (const other of this.st.bandArticles.all(key) as Array<{ article_id: number }>) {
        if (seen.has(other.article_id)) continue;
        seen.add(other.article_id);
        const row = this.st.articleSig.get(other.article_id) as { minhash: Buffer; story_id: number } | undefined;
        if (row && similarity(sig, fromBytes(row.minhash)) >= SAME_STORY) linked.add(row.story_id);
      }
      this.st.insertBand.run(key, id);
    }
    let story: number;
    if (linked.size === 0) {
      story = Number(this.st.insertStory.run(date).lastInsertRowid);
    } else {
      const ids = [...linked].sort((a, b) => a - b);
      story = ids[0]!;
      for (const other of ids.slice(1)) {
        this.st.moveStory.run(story, other);
        this.st.deleteStory.run(other);
      }
    }
    this.st.setStory.run(story, id);
    this.st.refreshStory.run(story);
  }

  /** Writes the analysis tables of one article (entities merged by key). */
  private writeAnalysis(articleId: number, a: Analysis): void {
    const local = new Map<string, number>();
    const byLocal = new Map<string, Entity>();
    const perEntity = new Map<number, number>();
    for (const e of a.entities) {
      byLocal.set(e.id, e);
      const name = e.name;
      const row = this.st.upsertEntity.get(
        entityKey(e), e.kbId, e.type, name, normalize(name), e.nameEn, e.nameEn?.toLowerCase() ?? null, e.country, e.actor,
      ) as { id: number };
      local.set(e.id, row.id);
      perEntity.set(row.id, (perEntity.get(row.id) ?? 0) + e.mentions.length);
      this.st.insertAlias.run(normalize(name), row.id);
      for (const m of e.mentions) {
        this.st.insertMention.run(articleId, row.id, e.id, m.start, m.end, m.text, m.kind);
        if (m.kind === 'name') this.st.insertAlias.run(normalize(m.text), row.id);
      }
    }
    for (const [entityId, mentions] of perEntity) {
      this.st.insertArticleEntity.run(entityId, articleId, mentions, a.document.date);
      this.st.bumpEntity.run(1, entityId);
    }
    const ent = (localId: string | null) => (localId ? local.get(localId) ?? null : null);
    a.quotes.forEach((q, i) => {
      this.st.insertQuote.run(
        articleId, i, ent(q.speaker), ent(q.via), q.speakerText, q.cue.start, q.cue.end, q.cue.text, q.direct ? 1 : 0,
        q.start, q.end, q.text, normalize(q.text), a.document.date,
      );
    });
    a.events.forEach((e, i) => {
      const src = e.source ? byLocal.get(e.source) : undefined;
      const tgt = e.target ? byLocal.get(e.target) : undefined;
      // The resolution stage puts the actor code on the entity; the event may repeat or refine it.
      const sourceActor = e.sourceActor ?? src?.actor ?? null;
      const targetActor = e.targetActor ?? tgt?.actor ?? null;
      const day = e.date && FULL_DATE.test(e.date.slice(0, 10)) ? e.date.slice(0, 10) : a.document.date;
      this.st.insertEvent.run(
        articleId, i, e.plover, e.mode, e.cameo, e.quadClass, e.goldstein, ent(e.source), ent(e.target), sourceActor, targetActor,
        eventSideCountry(src, sourceActor), eventSideCountry(tgt, targetActor),
        ent(e.location), e.date, day, e.modality, e.trigger.start, e.trigger.end, e.trigger.text, e.sentence, evidenceOf(a, e.sentence),
        e.standing ?? null,
      );
    });
    for (const t of a.times) this.st.insertTime.run(articleId, t.start, t.end, t.text, t.type, t.value);
    for (const p of a.places) this.st.insertPlace.run(articleId, ent(p.entity), p.lat, p.lon, p.country, p.feature);
  }

  private clearAnalysis(articleId: number): void {
    const entities = this.st.articleEntityIds.all(articleId) as Array<{ entity_id: number }>;
    for (const { entity_id } of entities) this.st.bumpEntity.run(-1, entity_id);
    for (const s of this.st.clearArticle) s.run(articleId);
    for (const { entity_id } of entities) this.st.dropUnusedEntity.run(entity_id);
  }

  async putArticles(records: ArticleRecord[]): Promise<PutResult[]> {
    // IMMEDIATE: a deferred transaction reads first, and in WAL mode a reader cannot then wait for another process's
    // write lock: SQLite answers "database is locked" at once (two ingests into one store; qa11). Taking the write
    // lock first waits for it (the busy timeout) and reads a snapshot no other writer can outdate.
    return this.insertBatch.immediate(records);
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (const h of hashes) if (this.st.articleByHash.get(h)) known.add(h);
    return known;
  }

  async articlesByDocId(docIds: string[]): Promise<StoredDocId[]> {
    const out: StoredDocId[] = [];
    for (const d of new Set(docIds))
      for (const r of this.st.articlesByDocId.all(d) as Array<{ id: number; source: string | null; content_hash: string }>)
        out.push({ id: r.id, docId: d, source: r.source, contentHash: r.content_hash });
    return out;
  }

  async replaceAnalysis(id: number, analysis: Analysis, analysisVersion: string): Promise<void> {
    this.db.transaction(() => {
      this.clearAnalysis(id);
      this.st.updateAnalysis.run(packAnalysis(analysis), analysisVersion, id);
      this.writeAnalysis(id, analysis);
    }).immediate();
    this.cache.clear();
  }

  async staleArticles(version: string, afterId: number, limit: number): Promise<Array<{ id: number; analysis: Analysis }>> {
    const rows = this.st.stale.all(version, afterId, limit) as Array<{ id: number; analysis: string; text: string }>;
    return rows.map((r) => ({ id: r.id, analysis: unpackAnalysis(r.analysis, r.text) }));
  }

  async reject(items: RejectedItem[]): Promise<void> {
    const at = new Date().toISOString();
    this.db.transaction(() => {
      for (const it of items) this.st.insertRejected.run(it.path, it.reason, at);
    }).immediate();
  }

  async rejected(): Promise<Array<RejectedItem & { at: string }>> {
    return this.db.prepare('SELECT path, reason, at FROM rejected ORDER BY path, reason').all();
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      articles: count('SELECT count(*) FROM articles'),
      stories: count('SELECT count(*) FROM stories'),
      entities: count('SELECT count(*) FROM entities'),
      quotes: count('SELECT count(*) FROM quotes'),
      events: count('SELECT count(*) FROM events'),
      rejected: count('SELECT count(*) FROM rejected'),
    };
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    return this.cached(`search:${JSON.stringify(query)}`, () => this.searchNow(query));
  }

  private searchNow(query: SearchQuery): Page<SearchHit> {
    const { page, pageSize, offset } = pageOf(query);
    const parsed = parseQuery(query.q ?? '', this.segment);
    const params: unknown[] = [];
    if (parsed.match) params.push(parsed.match);
    else if (query.q && query.q.trim()) return { total: 0, page, pageSize, items: [] }; // only punctuation: nothing can match
    // filters on f.rowid (the article id) where they can be, so a text search never reads article rows;
    // date and source through the narrow articles_facets index
    // (unary + keeps "rowid IN (list)" out of FTS5, which would re-run the match once per listed id)
    const { where, facets } = searchFilters(query, parsed.match ? '+f.rowid' : 'a.id', params);
    if (parsed.match) where.unshift('articles_fts MATCH ?');
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    let total: number;
    let ids: number[];
    if (parsed.match) {
      // text alone is counted and ranked inside the full-text index; filters join the narrow articles_facets index
      const from = facets ? `articles_fts f JOIN articles a ${this.facetsIndex} ON a.id = f.rowid` : 'articles_fts f';
      ({ total, ids } = this.rankedPage(from, cond, params, pageSize, offset));
    } else {
      total = this.stmt(`SELECT count(*) FROM articles a ${cond}`).pluck().get(...params) as number;
      // only ids go through the sort; the page's rows are read afterwards
      ids = offset < total ? (this.stmt(`SELECT a.id FROM articles a ${cond} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`).pluck().all(...params, pageSize, offset) as number[]) : [];
    }
    if (!ids.length) return { total, page, pageSize, items: [] };
    const rows = this.hitRows.all(JSON.stringify(ids)) as Array<HitRow & { text16?: Buffer }>;
    for (const r of rows) if (r.text16) r.text = r.text16.toString('utf16le');
    const items = hitPage(ids, rows, parsed, this.segment);
    return { total, page, pageSize, items };
  }

  /**
   * A page of a text query's matches (`from` and `cond` hold the match and any filters): the newest
   * SEARCH_RANK_POOL matches ranked by bm25, then the rest newest first; and how many match. A pool that is
   * not full is every match, so most queries need no separate count.
   */
  private rankedPage(from: string, cond: string, params: unknown[], pageSize: number, offset: number): { total: number; ids: number[] } {
    const size = SEARCH_RANK_POOL;
    const pool = this.stmt(`SELECT f.rowid AS id, f.rank AS rank FROM ${from} ${cond} ORDER BY f.rowid DESC LIMIT ?`).all(...params, size) as Array<{ id: number; rank: number }>;
    const total = pool.length < size ? pool.length : (this.stmt(`SELECT count(*) FROM ${from} ${cond}`).pluck().get(...params) as number);
    if (offset >= total) return { total, ids: [] };
    pool.sort((x, y) => x.rank - y.rank || x.id - y.id);
    const ids = pool.slice(offset, offset + pageSize).map((r) => r.id);
    const rest = pageSize - ids.length;
    if (rest > 0 && total > size) ids.push(...(this.stmt(`SELECT f.rowid FROM ${from} ${cond} ORDER BY f.rowid DESC LIMIT ? OFFSET ?`).pluck().all(...params, rest, Math.max(offset, size)) as number[]));
    return { total, ids };
  }


  async article(id: number): Promise<StoredArticle | null> {
    const row = this.st.articleById.get(id) as ArticleRow | undefined;
    return row ? this.toStored(row) : null;
  }

  private toStored(row: ArticleRow): StoredArticle {
    const entityIds: Record<string, number> = {};
    for (const m of this.st.articleLocalEntities.all(row.id) as Array<{ local_id: string; entity_id: number }>) entityIds[m.local_id] = m.entity_id;
    const story = row.story_id === null ? [] : (this.st.storyMembers.all(row.story_id, row.id) as number[]);
    return storedArticle(row, entityIds, story);
  }

  async findEntities(name: string, limit = 20): Promise<EntityRecord[]> {
    const n = normalize(name).replace(/\s+/g, ' ').trim();
    if (!n) return [];
    const lim = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
    const rows = this.st.findEntities.all(n, prefixEnd(n), n, prefixEnd(n), n, prefixEnd(n), n, n, lim) as EntityRow[];
    return rows.map(toEntity);
  }

  async entity(id: number): Promise<EntityRecord | null> {
    const row = this.st.entityById.get(id) as EntityRow | undefined;
    return row ? toEntity(row) : null;
  }

  async entityProfile(id: number, limit = 20): Promise<EntityProfile | null> {
    return this.cached(`profile:${id}:${limit}`, () => {
      const row = this.st.entityById.get(id) as EntityRow | undefined;
      if (!row) return null;
      const lim = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
      return {
        ...toEntity(row),
        names: this.st.entityNames.all(id) as Array<{ name: string; count: number }>,
        mentionsOverTime: this.st.entityOverTime.all(id) as Array<{ period: string; articles: number; mentions: number }>,
        cooccurring: (this.st.cooccurring.all(id, lim) as Array<EntityRow & { together: number }>).map((r) => ({ ...toEntity(r), together: r.together })),
        quotes: (this.st.quotesBySpeaker.all(id, lim) as QuoteRow[]).map(toQuote),
        eventsAsSource: (this.st.eventsAsSource.all(id, lim) as EventRow[]).map(toEvent),
        eventsAsTarget: (this.st.eventsAsTarget.all(id, lim) as EventRow[]).map(toEvent),
      };
    });
  }


  async events(q: EventQuery): Promise<Page<EventRecord>> {
    const { page, pageSize, offset } = pageOf(q);
    const params: unknown[] = [];
    const where = eventConditions(q, params, like);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM events e ${cond}`).pluck().get(...params) as number;
    const ids = this.pageIds(`SELECT e.id FROM events e ${cond} ORDER BY e.day DESC, e.id DESC`, params, total, pageSize, offset);
    const rows = ids.length ? (this.db.prepare(`${EVENT_SELECT} WHERE e.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as EventRow[]) : [];
    return { total, page, pageSize, items: inOrder(ids, rows).map(toEvent) };
  }

  async dyad(q: DyadQuery): Promise<DyadBucket[]> {
    const period = q.interval === 'day' ? 'e.day' : q.interval === 'week' ? "strftime('%Y-W%W', e.day)" : 'substr(e.day, 1, 7)';
    const params: unknown[] = [];
    const where = dyadConditions(q, params);
    const rows = this.db
      .prepare(`SELECT ${period} AS period, e.plover AS plover, count(*) AS n, sum(e.goldstein) AS g FROM events e WHERE ${where.join(' AND ')} GROUP BY period, e.plover ORDER BY period, e.plover`)
      .all(...params) as Array<{ period: string; plover: string; n: number; g: number }>;
    const buckets = new Map<string, { events: number; sum: number; byPlover: Record<string, number> }>();
    for (const r of rows) {
      const b = buckets.get(r.period) ?? { events: 0, sum: 0, byPlover: {} };
      b.events += r.n;
      b.sum += r.g;
      b.byPlover[r.plover] = r.n;
      buckets.set(r.period, b);
    }
    return [...buckets].map(([period, b]) => ({ period, events: b.events, goldsteinMean: Math.round((b.sum / b.events) * 1000) / 1000, byPlover: b.byPlover }));
  }

  async sources(): Promise<SourceCount[]> {
    return this.cached('sources', () =>
      this.db.prepare('SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source').all() as SourceCount[],
    );
  }

  async places(q: PlaceQuery): Promise<PlaceCount[]> {
    const params: unknown[] = [];
    const { where, limit } = placeConditions(q, params);
    return this.cached(`places:${JSON.stringify([params, limit])}`, () => {
      const rows = this.db
        .prepare(
          `SELECT p.entity_id, en.name, en.name_en, avg(p.lat) AS lat, avg(p.lon) AS lon, p.country, p.feature, count(DISTINCT p.article_id) AS articles,
             (SELECT count(*) FROM events e WHERE e.location_id = p.entity_id) AS events
           FROM places p JOIN articles a ON a.id = p.article_id JOIN entities en ON en.id = p.entity_id
           WHERE ${where.join(' AND ')} GROUP BY p.entity_id ORDER BY articles DESC, p.entity_id LIMIT ?`,
        )
        .all(...params, limit) as PlaceRow[];
      const points = commonestPoints(
        this.db
          .prepare('SELECT entity_id, lat, lon, country, feature, count(DISTINCT article_id) AS n FROM places WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id, lat, lon, country, feature')
          .all(JSON.stringify(rows.map((r) => r.entity_id))) as PlacePointRow[],
      );
      return placeCounts(rows, points);
    });
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRecord>> {
    const { page, pageSize, offset } = pageOf(q);
    const params: unknown[] = [];
    const where = quoteConditions(q, params, like);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM quotes q ${cond}`).pluck().get(...params) as number;
    const ids = this.pageIds(`SELECT q.id FROM quotes q ${cond} ORDER BY q.date DESC, q.id DESC`, params, total, pageSize, offset);
    const rows = ids.length ? (this.db.prepare(`${QUOTE_SELECT} WHERE q.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as QuoteRow[]) : [];
    return { total, page, pageSize, items: inOrder(ids, rows).map(toQuote) };
  }

  /**
   * The ids of one page of `idSql` (its rows in order), none past the last page. qa18: the page's rows were read with
   * their joined names and text under the OFFSET, so page 900 of the corpus's 95,532 quotes took 10 s of the server's
   * one thread (0.4 s for the ids alone), and a page past the last as long, for nothing.
   */
  private pageIds(idSql: string, params: unknown[], total: number, pageSize: number, offset: number): number[] {
    if (offset >= total) return [];
    return this.db.prepare(`${idSql} LIMIT ? OFFSET ?`).pluck().all(...params, pageSize, offset) as number[];
  }

  async *allEvents(): AsyncIterable<EventRecord> {
    // Pages of 1,000 by (content_hash, ord), as PostgreSQL reads them: an iterate() held its statement open between
    // yields, and a consumer that paused (an HTTP export read slowly, or never, as for HEAD) left the connection
    // "busy executing a query", so every other query of the server process failed until it restarted (qa15).
    const page = this.db.prepare(
      `${EVENT_SELECT.replace('SELECT ', 'SELECT a.content_hash, e.ord, ')} WHERE (a.content_hash, e.ord) > (?, ?) ORDER BY a.content_hash, e.ord LIMIT 1000`,
    );
    let after: [string, number] = ['', -1];
    for (;;) {
      const rows = page.all(...after) as Array<EventRow & { content_hash: string; ord: number }>;
      for (const r of rows) yield toEvent(r);
      if (rows.length < 1000) return;
      const last = rows[rows.length - 1]!;
      after = [last.content_hash, last.ord];
    }
  }

  async *allArticles(): AsyncIterable<StoredArticle> {
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY content_hash').pluck().all() as number[];
    for (const id of ids) {
      const row = this.st.articleById.get(id) as ArticleRow | undefined;
      if (row) yield this.toStored(row);
    }
  }

  async canonicalDump(): Promise<string> {
    const lines: string[] = [];
    const hashOf = new Map<number, string>();
    for (const r of this.db.prepare('SELECT id, content_hash FROM articles').all() as Array<{ id: number; content_hash: string }>) hashOf.set(r.id, r.content_hash);
    for (const r of this.db
      .prepare('SELECT content_hash, doc_id, source, url, date, title, text, language, analysis_version, analysis, story_id FROM articles ORDER BY content_hash')
      .all() as Array<Record<string, unknown>>) {
      const members = (this.db.prepare('SELECT id FROM articles WHERE story_id = ?').pluck().all(r.story_id) as number[]).map((id) => hashOf.get(id)!).sort();
      lines.push(JSON.stringify({ ...r, story_id: undefined, story: members }));
    }
    for (const e of this.db.prepare('SELECT key, kb_id, type, name, name_en, country, actor, articles FROM entities ORDER BY key').all()) lines.push(JSON.stringify(e));
    const keyOf = new Map<number, string>();
    for (const e of this.db.prepare('SELECT id, key FROM entities').all() as Array<{ id: number; key: string }>) keyOf.set(e.id, e.key);
    const countRows = (sql: string) => (this.db.prepare(sql).all() as Array<Record<string, unknown>>).map((r) => JSON.stringify(r)).sort();
    // one push a row: spreading a whole table into push() overflows the call stack on a full store
    for (const sql of DUMP_ROW_QUERIES) for (const l of countRows(sql)) lines.push(l);
    for (const r of this.db.prepare('SELECT path, reason FROM rejected ORDER BY path, reason').all()) lines.push(JSON.stringify(r));
    return lines.join('\n') + '\n';
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}




function prepare(db: DB) {
  return {
    articleByHash: db.prepare('SELECT id FROM articles WHERE content_hash = ?'),
    articlesByDocId: db.prepare('SELECT id, source, content_hash FROM articles WHERE doc_id = ? ORDER BY id'),
    articleById: db.prepare('SELECT id, title, date, source, url, story_id, content_hash, analysis_version, ingested_at, analysis, text FROM articles WHERE id = ?'),
    insertArticle: db.prepare(
      `INSERT INTO articles (doc_id, source, url, date, title, text, language, content_hash, analysis_version, analysis, ingested_at, minhash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateAnalysis: db.prepare('UPDATE articles SET analysis = ?, analysis_version = ? WHERE id = ?'),
    stale: db.prepare('SELECT id, analysis, text FROM articles WHERE analysis_version != ? AND id > ? ORDER BY id LIMIT ?'),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)'),
    insertText16: db.prepare('INSERT INTO article_texts16 (id, text) VALUES (?, ?)'),
    bandArticles: db.prepare('SELECT article_id FROM story_bands WHERE key = ?'),
    insertBand: db.prepare('INSERT OR IGNORE INTO story_bands (key, article_id) VALUES (?, ?)'),
    articleSig: db.prepare('SELECT minhash, story_id FROM articles WHERE id = ?'),
    insertStory: db.prepare('INSERT INTO stories (articles, sources, first_date) VALUES (0, 0, ?)'),
    moveStory: db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?'),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    setStory: db.prepare('UPDATE articles SET story_id = ? WHERE id = ?'),
    refreshStory: db.prepare(
      `UPDATE stories SET (articles, sources, first_date) =
         (SELECT count(*), count(DISTINCT coalesce(source, '')), min(date) FROM articles WHERE story_id = stories.id)
       WHERE id = ?`,
    ),
    storyMembers: db.prepare('SELECT id FROM articles WHERE story_id = ? AND id != ? ORDER BY id').pluck(),
    upsertEntity: db.prepare(
      `INSERT INTO entities (key, kb_id, type, name, name_norm, name_en, name_en_lower, country, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET
         type = min(type, excluded.type),
         name_norm = CASE WHEN length(excluded.name) < length(name) OR (length(excluded.name) = length(name) AND excluded.name < name) THEN excluded.name_norm ELSE name_norm END,
         name = CASE WHEN length(excluded.name) < length(name) OR (length(excluded.name) = length(name) AND excluded.name < name) THEN excluded.name ELSE name END,
         name_en = CASE WHEN name_en IS NULL THEN excluded.name_en WHEN excluded.name_en IS NULL THEN name_en ELSE min(name_en, excluded.name_en) END,
         name_en_lower = lower(CASE WHEN name_en IS NULL THEN excluded.name_en WHEN excluded.name_en IS NULL THEN name_en ELSE min(name_en, excluded.name_en) END),
         country = CASE WHEN country IS NULL THEN excluded.country WHEN excluded.country IS NULL THEN country ELSE min(country, excluded.country) END,
         actor = CASE WHEN actor IS NULL THEN excluded.actor WHEN excluded.actor IS NULL THEN actor ELSE min(actor, excluded.actor) END
       RETURNING id`,
    ),
    insertAlias: db.prepare('INSERT OR IGNORE INTO entity_aliases (alias, entity_id) VALUES (?, ?)'),
    insertMention: db.prepare('INSERT INTO mentions (article_id, entity_id, local_id, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertArticleEntity: db.prepare('INSERT OR IGNORE INTO article_entities (entity_id, article_id, mentions, date) VALUES (?, ?, ?, ?)'),
    bumpEntity: db.prepare('UPDATE entities SET articles = articles + ? WHERE id = ?'),
    dropUnusedEntity: db.prepare('DELETE FROM entities WHERE id = ? AND articles <= 0'),
    articleEntityIds: db.prepare('SELECT entity_id FROM article_entities WHERE article_id = ?'),
    articleLocalEntities: db.prepare('SELECT DISTINCT local_id, entity_id FROM mentions WHERE article_id = ?'),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article_id, ord, speaker_id, via_id, speaker_text, cue_start, cue_end, cue_text, direct, start, "end", text, text_norm, date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (article_id, ord, plover, mode, cameo, quad_class, goldstein, source_id, target_id, source_actor, target_actor,
         source_country, target_country, location_id, date, day, modality, trigger_start, trigger_end, trigger_text, sentence, evidence, standing)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertTime: db.prepare('INSERT INTO times (article_id, start, "end", text, type, value) VALUES (?, ?, ?, ?, ?, ?)'),
    insertPlace: db.prepare('INSERT INTO places (article_id, entity_id, lat, lon, country, feature) VALUES (?, ?, ?, ?, ?, ?)'),
    clearArticle: [
      db.prepare('DELETE FROM mentions WHERE article_id = ?'),
      db.prepare('DELETE FROM article_entities WHERE article_id = ?'),
      db.prepare('DELETE FROM quotes WHERE article_id = ?'),
      db.prepare('DELETE FROM events WHERE article_id = ?'),
      db.prepare('DELETE FROM times WHERE article_id = ?'),
      db.prepare('DELETE FROM places WHERE article_id = ?'),
    ],
    insertRejected: db.prepare('INSERT OR IGNORE INTO rejected (path, reason, at) VALUES (?, ?, ?)'),
    entityById: db.prepare('SELECT id, key, kb_id, type, name, name_en, country, actor, articles FROM entities WHERE id = ?'),
    findEntities: db.prepare(
      `SELECT id, key, kb_id, type, name, name_en, country, actor, articles FROM entities WHERE id IN (
         SELECT id FROM entities WHERE name_norm >= ? AND name_norm < ?
         UNION SELECT entity_id FROM entity_aliases WHERE alias >= ? AND alias < ?
         UNION SELECT id FROM entities WHERE name_en_lower >= lower(?) AND name_en_lower < lower(?)
         UNION SELECT id FROM entities WHERE instr(' ' || name_en_lower, ' ' || lower(?)) > 0 OR instr(name_en_lower, '-' || lower(?)) > 0)
       ORDER BY articles DESC, id LIMIT ?`,
    ),
    entityNames: db.prepare(
      `SELECT text AS name, count(*) AS count FROM mentions WHERE entity_id = ? AND kind = 'name' GROUP BY text ORDER BY count DESC, text LIMIT 20`,
    ),
    entityOverTime: db.prepare(
      `SELECT substr(date, 1, 7) AS period, count(*) AS articles, sum(mentions) AS mentions
       FROM article_entities WHERE entity_id = ? AND date IS NOT NULL GROUP BY period ORDER BY period`,
    ),
    cooccurring: db.prepare(
      `SELECT en.id, en.key, en.kb_id, en.type, en.name, en.name_en, en.country, en.actor, en.articles, c.together FROM (
         SELECT ae2.entity_id AS id, count(*) AS together
         FROM (SELECT article_id, entity_id FROM article_entities WHERE entity_id = ? ORDER BY date DESC NULLS LAST, article_id DESC LIMIT ${COOCCURRENCE_ARTICLES}) ae1
         JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id != ae1.entity_id
         GROUP BY ae2.entity_id) c
       JOIN entities en ON en.id = c.id ORDER BY c.together DESC, en.id LIMIT ?`,
    ),
    quotesBySpeaker: db.prepare(`${QUOTE_SELECT} WHERE q.speaker_id = ? ORDER BY q.date DESC, q.id DESC LIMIT ?`),
    eventsAsSource: db.prepare(`${EVENT_SELECT} WHERE e.source_id = ? ORDER BY e.day DESC, e.id DESC LIMIT ?`),
    eventsAsTarget: db.prepare(`${EVENT_SELECT} WHERE e.target_id = ? ORDER BY e.day DESC, e.id DESC LIMIT ?`),
  };
}

/** Opens (creating and migrating when needed) a SQLite store at `path` (":memory:" for a throwaway one). */
export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, opts);
}

/** `rows` in the order of `ids` (rows read by id come in any order). */
function inOrder<R extends { id: number }>(ids: number[], rows: R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is R => r !== undefined);
}
