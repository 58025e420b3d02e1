import { test, after } from 'node:test';
import type pg from 'pg';
import assert from 'node:assert/strict';
import { storeSuite } from '../store.case.test.ts';
import { apiSuite } from '../../server/app.case.test.ts';
import { fixtureRecords } from '../fixtures.ts';
import { openSqliteStore } from '../sqlite/sqlite-store.ts';
import { openStore } from '../open.ts';
import { openPgStore, migratePg, type PgStore } from './pg-store.ts';
import { PG_MIGRATIONS } from './migrations.ts';
import { articleContentHash } from '../keys.ts';
import { createDatabase, dropDatabases, pgSkipReason } from './test-db.ts';

/** Records the text of every statement a store's pool sends that `keep` accepts: which path a search took. */
function recordStatements(store: { pool: unknown }, keep: (text: string) => boolean = () => true): string[] {
  const sent: string[] = [];
  const pool = store.pool as { query: (...args: unknown[]) => unknown };
  const query = pool.query.bind(pool);
  pool.query = (arg: unknown, ...rest: unknown[]) => {
    const text = typeof arg === 'string' ? arg : (arg as { text: string }).text;
    if (keep(text)) sent.push(text);
    return query(arg, ...rest);
  };
  return sent;
}

/** The filter values the fixtures hold, for search mixes: a source of a match of الرئيس, the commonest event type,
 * Putin's entity. */
async function fixtureFilters(store: PgStore): Promise<{ source: string | undefined; plover: string; putin: number }> {
  const all = (await store.search({ q: 'الرئيس', pageSize: 100 })).items;
  assert.ok(all.length >= 3, `${all.length} matches`);
  const { rows } = await store.pool.query<{ plover: string }>('SELECT plover FROM events GROUP BY plover ORDER BY count(*) DESC, plover LIMIT 1');
  assert.ok(rows.length, 'the fixtures hold events');
  const putin = (await store.findEntities('بوتين'))[0]!;
  return { source: all.find((h) => h.source)?.source ?? undefined, plover: rows[0]!.plover, putin: putin.id };
}

/** Queries over every search path (pages, two words, a clitic, each filter, no match) for comparing two stores. */
function searchMix(f: { source: string | undefined; plover: string; putin: number }) {
  return [
    { q: 'الرئيس' },
    { q: 'الرئيس', pageSize: 1 },
    { q: 'الرئيس', pageSize: 2, page: 2 },
    { q: 'الرئيس موسكو' },
    { q: 'بموسكو' },
    { q: 'الرئيس', source: f.source, pageSize: 1 },
    { q: 'الرئيس', from: '1900-01-01', pageSize: 2 },
    { q: 'الرئيس', eventType: f.plover, pageSize: 1 },
    { q: 'الرئيس', entity: f.putin, pageSize: 1 },
    { q: 'غائب' },
  ];
}

let skip: string | null = null;
let mustRun: Error | null = null;
try {
  skip = pgSkipReason();
} catch (err) {
  mustRun = err as Error;
}
if (mustRun) {
  test('PostgreSQL store (required under CI)', () => {
    throw mustRun;
  });
} else if (skip) {
  test('PostgreSQL store', { skip }, () => {});
} else {
  after(dropDatabases);

  storeSuite('postgres', async () => openPgStore(await createDatabase()));
  apiSuite('postgres', async () => openPgStore(await createDatabase()));

  test('postgres: the canonical dump equals the SQLite store\'s for the same articles', async () => {
    const pgStore = await openStore(await createDatabase());
    const lite = openSqliteStore(':memory:');
    try {
      const records = fixtureRecords();
      await pgStore.putArticles([records[2]!, records[0]!]);
      await pgStore.putArticles([records[3]!, records[1]!, records[0]!]);
      await lite.putArticles(records);
      await pgStore.reject([{ path: 'x.txt', reason: 'empty file' }]);
      await lite.reject([{ path: 'x.txt', reason: 'empty file' }]);
      assert.equal(await pgStore.canonicalDump(), await lite.canonicalDump());
      for (const q of ['موسكو', 'بموسكو', 'الاعمار', 'تركي', 'استقبل الرئيس', 'Putin']) {
        const [a, b] = [await pgStore.search({ q }), await lite.search({ q })];
        assert.equal(a.total, b.total, q);
        const key = (h: { snippet: string; highlights: unknown }) => JSON.stringify([h.snippet, h.highlights]);
        assert.deepEqual(a.items.map(key).sort(), b.items.map(key).sort(), q);
      }
    } finally {
      await pgStore.close();
      await lite.close();
    }
  });

  /**
   * Three writers on one database, each putting the fixture articles in the batches `plan(writer)` gives, all at once:
   * each article is inserted once, and the store equals the SQLite store of the same articles (stories and entities
   * merged, counts right).
   */
  async function racingWriters(plan: (writer: number) => number[][]): Promise<void> {
    const url = await createDatabase();
    const stores = await Promise.all([openPgStore(url), openPgStore(url), openPgStore(url)]);
    const lite = openSqliteStore(':memory:');
    try {
      const records = fixtureRecords();
      const results = await Promise.all(stores.map((s, i) => Promise.all(plan(i).map((batch) => s.putArticles(batch.map((k) => records[k]!))))));
      assert.equal(results.flat(2).filter((r) => r.inserted).length, records.length);
      await lite.putArticles(records);
      assert.equal(await stores[1]!.canonicalDump(), await lite.canonicalDump());
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await lite.close();
    }
  }

  test('postgres: concurrent writers store each article once and merge stories and entities', async () => {
    // every writer writes every article, one at a time, in a different order
    const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]];
    await racingWriters((i) => orders[i]!.map((k) => [k]));
  });

  test('postgres: writers racing on overlapping batches (analysis rows written before the lock) store each article once', async () => {
    // a writer that loses the race has already written entities, mentions and quotes: all of it must roll back
    const batches = [[0, 1], [1, 2], [2, 3], [3, 0], [0, 1, 2, 3]];
    await racingWriters((i) => batches.map((_, j) => batches[(i + j) % batches.length]!));
  });

  test('postgres: asyncCommit turns synchronous_commit off for putArticles\' transactions only', async () => {
    const url = await createDatabase();
    const sent = new Map<string, string[]>();
    const open = async (asyncCommit: boolean) => {
      const store = await openPgStore(url, { asyncCommit, poolSize: 1 });
      const log: string[] = [];
      sent.set(String(asyncCommit), log);
      // record the statements of the write transactions (taken with pool.connect)
      const connect = store.pool.connect.bind(store.pool) as (...a: unknown[]) => unknown;
      (store.pool as { connect: unknown }).connect = async (...a: unknown[]) => {
        if (a.length) return connect(...a); // pool.query's own callback form
        const c = (await connect()) as pg.PoolClient;
        const query = c.query.bind(c) as (...a: unknown[]) => unknown;
        (c as { query: unknown }).query = (...a: unknown[]) => {
          if (typeof a[0] === 'string') log.push(a[0]);
          return query(...a);
        };
        return c;
      };
      return store;
    };
    const [fast, safe] = [await open(true), await open(false)];
    try {
      const records = fixtureRecords();
      await fast.putArticles(records.slice(0, 2));
      await safe.putArticles(records.slice(2));
      assert.deepEqual(sent.get('true')!.filter((q) => q.startsWith('BEGIN')), ['BEGIN; SET LOCAL synchronous_commit = off']);
      assert.deepEqual(sent.get('false')!.filter((q) => q.startsWith('BEGIN')), ['BEGIN']);
      // SET LOCAL ends with its transaction: the pooled connection is back to the server's setting
      assert.equal((await fast.pool.query('SHOW synchronous_commit')).rows[0].synchronous_commit, 'on');
      assert.equal((await fast.stats()).articles, records.length);
    } finally {
      await fast.close();
      await safe.close();
    }
  });

  test('postgres: the store\'s connections run without JIT unless asked (jit option)', async () => {
    const url = await createDatabase();
    const [plain, withJit] = [await openPgStore(url, { poolSize: 2 }), await openPgStore(url, { poolSize: 1, jit: true })];
    try {
      // every pooled connection, not only the first: two held at once
      const [a, b] = [await plain.pool.connect(), await plain.pool.connect()];
      try {
        for (const c of [a, b]) assert.equal((await c.query('SHOW jit')).rows[0].jit, 'off');
      } finally {
        a.release();
        b.release();
      }
      // the store sets jit as the connection's startup option (source 'client'); asked for JIT, it leaves the server's
      const source = async (s: PgStore) => (await s.pool.query("SELECT source FROM pg_settings WHERE name = 'jit'")).rows[0].source;
      assert.equal(await source(plain), 'client');
      assert.notEqual(await source(withJit), 'client');
    } finally {
      await plain.close();
      await withJit.close();
    }
  });

  test('postgres: migrations are recorded once, whoever opens the store first', async () => {
    const url = await createDatabase();
    const stores = await Promise.all([openPgStore(url), openPgStore(url)]);
    try {
      const rows = (await stores[0]!.pool.query('SELECT version FROM migrations ORDER BY version')).rows as Array<{ version: number }>;
      assert.deepEqual(rows.map((r) => r.version), PG_MIGRATIONS.map((m) => m.version));
      assert.equal(await migratePg(stores[1]!.pool), PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version);
      const ext = await stores[0]!.pool.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
      assert.equal(ext.rowCount, 1);
      // lz4 where the server has it (Debian's PostgreSQL 15 does); pglz ('' or 'p') otherwise
      const lz4 = (await stores[0]!.pool.query("SELECT 1 FROM pg_attribute WHERE attrelid = 'article_terms'::regclass AND attname = 'terms' AND attcompression = 'l'")).rowCount === 1;
      const comp = (await stores[0]!.pool.query("SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname IN ('text', 'analysis') ORDER BY attname")).rows;
      assert.deepEqual(comp.map((r) => [r.attname, r.attcompression === 'l']), [['analysis', lz4], ['text', lz4]]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('postgres: a word in more articles than the rank pool pages through every match once, the pool first', async () => {
    const url = await createDatabase();
    const store = await openPgStore(url, { rankPool: 2, cacheSize: 0 });
    const exact = await openPgStore(url, { cacheSize: 0 });
    try {
      const ids = (await store.putArticles(fixtureRecords())).map((r) => r.id);
      const all = (await exact.search({ q: 'الرئيس', pageSize: 100 })).items.map((h) => h.id);
      assert.ok(all.length >= 3, `${all.length} matches`);
      const seen: number[] = [];
      for (let page = 1; page <= all.length; page++) {
        const res = await store.search({ q: 'الرئيس', pageSize: 1, page });
        assert.equal(res.total, all.length);
        seen.push(...res.items.map((h) => h.id));
      }
      assert.deepEqual([...seen].sort((a, b) => a - b), [...all].sort((a, b) => a - b));
      const newest = [...all].sort((a, b) => b - a);
      assert.deepEqual(new Set(seen.slice(0, 2)), new Set(newest.slice(0, 2)), 'the two most recently stored matches are ranked first');
      assert.deepEqual(seen.slice(2), newest.slice(2), 'the rest follow, most recently stored first');
      const wide = await store.search({ q: 'الرئيس', pageSize: 3, page: 1 });
      assert.deepEqual(wide.items.map((h) => h.id), seen.slice(0, 3), 'a page across the pool\'s end');
      assert.ok(ids.length === 4);
    } finally {
      await store.close();
      await exact.close();
    }
  });

  test('postgres: a text query with a source filter (the source tested in the search rows) gives every match of that source once', async () => {
    const url = await createDatabase();
    const store = await openPgStore(url, { rankPool: 1, cacheSize: 0 });
    try {
      await store.putArticles(fixtureRecords());
      const all = (await store.search({ q: 'الرئيس', pageSize: 100 })).items;
      const sources = [...new Set(all.map((h) => h.source))].filter((x): x is string => !!x);
      assert.ok(sources.length >= 2, `${sources.length} sources among the matches`);
      for (const source of sources) {
        const want = all.filter((h) => h.source === source).map((h) => h.id).sort((a, b) => a - b);
        const seen: number[] = [];
        // page size 1 with a rank pool of 1: the first page in one statement, the rest through rankedMatchIds
        for (let page = 1; page <= want.length + 1; page++) {
          const res = await store.search({ q: 'الرئيس', source, pageSize: 1, page });
          assert.equal(res.total, want.length, `${source} page ${page}`);
          seen.push(...res.items.map((h) => h.id));
        }
        assert.deepEqual(seen.sort((a, b) => a - b), want, source);
        const dated = await store.search({ q: 'الرئيس', source, from: '1900-01-01', pageSize: 100 });
        assert.deepEqual(dated.items.map((h) => h.id).sort((a, b) => a - b), want, `${source} with a date filter`);
      }
      assert.equal((await store.search({ q: 'الرئيس', source: 'مصدر لم يكتب شيئا' })).total, 0);
      const { rows } = await store.pool.query('SELECT count(*)::int AS n FROM article_terms t JOIN articles a ON a.id = t.article_id WHERE t.source IS DISTINCT FROM a.source');
      assert.equal(rows[0].n, 0, 'every search row holds its article\'s source');
    } finally {
      await store.close();
    }
  });

  test('postgres: a dense query (newest matches by the primary key, filters joined by hash) gives what the GIN path gives', async () => {
    const url = await createDatabase();
    // denseShare 0 takes the dense path for every text query; 2 never does
    const dense = await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 0 });
    const sparse = await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 2 });
    // denseInline false: a dense query's filtered matches from rasd_match_ids_many, as before the sixteenth session
    const denseFn = await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 0, denseInline: false });
    try {
      await dense.putArticles(fixtureRecords());
      const { plover, putin } = await fixtureFilters(sparse);
      const queries = [
        { q: 'الرئيس', eventType: plover },
        { q: 'الرئيس', eventType: plover, pageSize: 1, page: 2 },
        { q: 'الرئيس' },
        { q: 'الرئيس', pageSize: 1, page: 2 },
        { q: 'الرئيس', pageSize: 1, page: 3 },
        { q: 'الرئيس موسكو' },
        { q: 'بموسكو' },
        { q: 'الرئيس', from: '2025-01-01', to: '2025-12-31' },
        { q: 'الرئيس', entity: putin },
        { q: 'غائب' },
      ];
      let hits = 0;
      for (const q of queries) {
        const [a, b, c] = [await dense.search(q), await sparse.search(q), await denseFn.search(q)];
        assert.deepEqual(a, b, JSON.stringify(q));
        assert.deepEqual(c, b, JSON.stringify(q));
        hits += a.items.length;
      }
      assert.ok(hits >= 8, `${hits} hits`);
    } finally {
      await dense.close();
      await sparse.close();
      await denseFn.close();
    }
  });

  test('postgres: a text query searched from its entity or event type\'s articles gives what the GIN path gives', async () => {
    const url = await createDatabase();
    // filterDriveShare Infinity searches every text query with an entity or event-type filter from the filter's
    // articles (the entity's when both); 0 never does; denseShare 0 / 2 crosses it with both match paths
    const stores = [
      await openPgStore(url, { rankPool: 2, cacheSize: 0, filterDriveShare: Infinity, denseShare: 2 }),
      await openPgStore(url, { rankPool: 2, cacheSize: 0, filterDriveShare: Infinity, denseShare: 0 }),
      await openPgStore(url, { rankPool: 2, cacheSize: 0, filterDriveShare: 0, denseShare: 2 }),
      await openPgStore(url, { rankPool: 2, cacheSize: 0, filterDriveShare: 0, denseShare: 0 }),
    ];
    const driven = recordStatements(stores[0]!, (text) => /JOIN article(_rank)?_terms mt ON mt\.article_id = m\.id/.test(text));
    try {
      await stores[0]!.putArticles(fixtureRecords());
      const { plover, putin } = await fixtureFilters(stores[2]!);
      const queries = [
        { q: 'الرئيس', entity: putin },
        { q: 'الرئيس', entity: putin, pageSize: 1, page: 2 },
        { q: 'الرئيس', entity: putin, pageSize: 1, page: 3 },
        { q: 'الرئيس موسكو', entity: putin, from: '2025-01-01', to: '2025-12-31' },
        { q: 'الرئيس', entity: putin, eventType: plover },
        { q: 'الرئيس', eventType: plover },
        { q: 'الرئيس', eventType: plover, pageSize: 1, page: 3 },
        { q: 'في', eventType: plover, source: 'صحيفة المساء' },
        { q: 'غائب', eventType: plover },
        { q: 'الرئيس', entity: 999_999 },
      ];
      let hits = 0;
      for (const q of queries) {
        const pages = await Promise.all(stores.map((s) => s.search(q)));
        for (const p of pages.slice(1)) assert.deepEqual(p, pages[0], JSON.stringify(q));
        hits += pages[0]!.items.length;
      }
      assert.ok(hits >= 6, `${hits} hits`);
      assert.ok(driven.some((t) => t.includes('article_entities WHERE entity_id')), 'the entity path was taken');
      assert.ok(driven.some((t) => t.includes('FROM events WHERE plover')), 'the event-type path was taken');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('postgres: matches collected in the search statement (inlineMatch) give what the rasd_match_ids functions give', async () => {
    const url = await createDatabase();
    // inlineMatch false: the functions, as before; denseShare 0 / 2 crosses both with the dense path (its count)
    const stores = [
      await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 2 }),
      await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 0 }),
      await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 2, inlineMatch: false }),
      await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 0, inlineMatch: false }),
    ];
    const sent = stores.map((s) => recordStatements(s));
    try {
      await stores[0]!.putArticles(fixtureRecords());
      const { source, plover, putin } = await fixtureFilters(stores[2]!);
      assert.ok(source, 'a match with a source');
      const queries = [
        { q: 'الرئيس', eventType: plover },
        { q: 'الرئيس', eventType: plover, source, pageSize: 1, page: 2 },
        { q: 'الرئيس', entity: putin },
        { q: 'الرئيس' },
        { q: 'الرئيس', pageSize: 1, page: 2 },
        { q: 'الرئيس', pageSize: 1, page: 3 },
        { q: 'الرئيس موسكو' },
        { q: 'بموسكو' },
        { q: 'الرئيس', source },
        { q: 'الرئيس', source, pageSize: 1, page: 3 },
        { q: 'الرئيس', source, from: '1900-01-01' },
        { q: 'الرئيس', from: '2025-01-01', to: '2025-12-31' },
        { q: 'غائب' },
        { q: 'الرئيس', source: 'مصدر لم يكتب شيئا' },
      ];
      // more than five times each: a prepared statement's first five runs are planned for their values, then
      // PostgreSQL may switch to a generic plan
      let hits = 0;
      for (let round = 0; round < 7; round++) {
        for (const q of queries) {
          const pages = await Promise.all(stores.map((s) => s.search(q)));
          for (const p of pages.slice(1)) assert.deepEqual(p, pages[0], JSON.stringify(q));
          hits += pages[0]!.items.length;
        }
      }
      assert.ok(hits >= 7 * 8, `${hits} hits`);
      const inline = (t: string) => t.includes('FROM article_terms WHERE terms @@ (SELECT');
      assert.ok(sent[0]!.some(inline) && sent[1]!.some(inline), 'the inline statements were sent');
      assert.ok(!sent[2]!.some(inline) && !sent[3]!.some(inline), 'inlineMatch false sends none');
      assert.ok(sent[0]!.some((t) => inline(t) && t.includes('AND source = ')), 'a source alone is tested inline');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('postgres: the count and rank pool from one aggregate (arrayPool) give what the materialized matches give', async () => {
    const url = await createDatabase();
    // rank pools of 1, 2 and 200 against the materialized list; filterDriveShare Infinity / 0 crosses the
    // filter-driven and GIN paths, inlineMatch false the functions
    const variants = [
      { rankPool: 1 }, { rankPool: 2 }, { rankPool: 200 },
      { rankPool: 2, filterDriveShare: Infinity }, { rankPool: 2, inlineMatch: false }, { rankPool: 2, denseShare: 0 },
    ];
    const pairs = await Promise.all(variants.map(async (v) => [
      await openPgStore(url, { cacheSize: 0, ...v }),
      await openPgStore(url, { cacheSize: 0, ...v, arrayPool: false }),
    ] as const));
    const sent = recordStatements(pairs[1]![0]);
    try {
      await pairs[0]![0].putArticles(fixtureRecords());
      const queries = [...searchMix(await fixtureFilters(pairs[0]![1])), { q: 'الرئيس', pageSize: 1, page: 2 }];
      let hits = 0;
      for (let round = 0; round < 7; round++) {
        for (const q of queries) {
          for (const [arr, mat] of pairs) {
            const [a, b] = await Promise.all([arr.search(q), mat.search(q)]);
            assert.deepEqual(a, b, JSON.stringify(q));
            hits += a.items.length;
          }
        }
      }
      assert.ok(hits >= 7 * 6 * 8, `${hits} hits`);
      assert.ok(sent.some((t) => t.includes('array_agg(m.id ORDER BY m.id)')), 'the aggregate statement was sent');
    } finally {
      await Promise.all(pairs.flat().map((s) => s.close()));
    }
  });

  test('postgres: the rank pool sorted ascending, its last ids kept (ascendingPool), gives what the descending sort gives, rows in id order or not', async () => {
    const url = await createDatabase();
    const variants = [{ rankPool: 1 }, { rankPool: 2 }, { rankPool: 3 }, { rankPool: 200 }, { rankPool: 2, filterDriveShare: Infinity }];
    const pairs = await Promise.all(variants.map(async (v) => [
      await openPgStore(url, { cacheSize: 0, ...v }),
      await openPgStore(url, { cacheSize: 0, ...v, ascendingPool: false }),
    ] as const));
    const [sentAsc, sentDesc] = [recordStatements(pairs[1]![0]), recordStatements(pairs[1]![1])];
    try {
      await pairs[0]![0].putArticles(fixtureRecords());
      const queries = [...searchMix(await fixtureFilters(pairs[0]![1])), { q: 'الرئيس', pageSize: 1, page: 3 }];
      const compare = async () => {
        let hits = 0;
        for (const q of queries) {
          for (const [asc, desc] of pairs) {
            const [a, b] = await Promise.all([asc.search(q), desc.search(q)]);
            assert.deepEqual(a, b, JSON.stringify(q));
            hits += a.items.length;
          }
        }
        return hits;
      };
      assert.ok((await compare()) >= 5 * 8, 'matches in heap (id) order');
      // rows moved out of id order, as reanalysis moves them: the newest first in the heap
      await pairs[0]![0].pool.query('UPDATE article_terms SET date = date WHERE article_id IN (SELECT article_id FROM article_terms ORDER BY article_id LIMIT 2)');
      const order = (await pairs[0]![0].pool.query('SELECT article_id FROM article_terms ORDER BY ctid')).rows.map((r: { article_id: number }) => r.article_id);
      assert.notDeepEqual(order, [...order].sort((x, y) => x - y), 'the heap is out of id order');
      assert.ok((await compare()) >= 5 * 8, 'matches out of id order');
      assert.ok(sentAsc.some((t) => t.includes('array_agg(m.id ORDER BY m.id)')), 'the ascending statement was sent');
      assert.ok(sentDesc.some((t) => t.includes('array_agg(m.id ORDER BY m.id DESC)')), 'the descending statement was sent');
    } finally {
      await Promise.all(pairs.flat().map((s) => s.close()));
    }
  });

  test('postgres: a date range tested in the search rows (inlineDate, migration 15) gives what articles_facets gives, also after migrating a stored store', async () => {
    const url = await createDatabase();
    const variants = [{ rankPool: 2 }, { rankPool: 2, denseShare: 0 }, { rankPool: 200 }];
    const pairs = await Promise.all(variants.map(async (v) => [
      await openPgStore(url, { cacheSize: 0, ...v }),
      await openPgStore(url, { cacheSize: 0, ...v, inlineDate: false }),
    ] as const));
    const sent = recordStatements(pairs[0]![0]);
    try {
      await pairs[0]![0].putArticles(fixtureRecords());
      const all = (await pairs[0]![1].search({ q: 'الرئيس', pageSize: 100 })).items;
      const dates = [...new Set(all.map((h) => h.date).filter((d): d is string => !!d))].sort();
      assert.ok(dates.length >= 2, `${dates.length} dates among the matches`);
      const source = all.find((h) => h.source)?.source ?? undefined;
      const { rows } = await pairs[0]![1].pool.query<{ plover: string }>('SELECT plover FROM events GROUP BY plover ORDER BY count(*) DESC, plover LIMIT 1');
      const queries = [
        { q: 'الرئيس', from: dates[0] },
        { q: 'الرئيس', from: dates[1] },
        { q: 'الرئيس', to: dates[0] },
        { q: 'الرئيس', from: dates[0], to: dates[dates.length - 1] },
        { q: 'الرئيس', from: dates[1], to: dates[1], pageSize: 1, page: 2 },
        { q: 'الرئيس', from: '1900-01-01', pageSize: 1, page: 3 },
        { q: 'الرئيس', from: '2999-01-01' },
        { q: 'الرئيس', from: dates[0], source },
        { q: 'الرئيس', to: dates[dates.length - 1], eventType: rows[0]!.plover },
        { q: 'الرئيس موسكو', from: dates[0] },
      ];
      const check = async (rounds: number) => {
        let hits = 0;
        for (let round = 0; round < rounds; round++) {
          for (const q of queries) {
            for (const [inline, facets] of pairs) {
              const [a, b] = await Promise.all([inline.search(q), facets.search(q)]);
              assert.deepEqual(a, b, JSON.stringify(q));
              hits += a.items.length;
            }
          }
        }
        return hits;
      };
      // a range that holds some matches and not others, so that a test of the wrong date would show
      const some = await pairs[0]![1].search({ q: 'الرئيس', from: dates[1], pageSize: 100 });
      assert.ok(some.total > 0 && some.total < all.length, `${some.total} of ${all.length}`);
      assert.ok((await check(7)) >= 7 * 3 * 8);
      assert.ok(sent.some((t) => t.includes('AND date >= ?') || t.includes('AND date >= $')), 'the range was tested in the search rows');
      const c = pairs[0]![0].pool;
      const drift = async () => (await c.query('SELECT count(*)::int AS n FROM article_terms t JOIN articles a ON a.id = t.article_id WHERE t.date IS DISTINCT FROM a.date')).rows[0].n;
      assert.equal(await drift(), 0, 'every search row holds its article\'s date');
      // a store written before migration 15: the column is added and filled from the articles
      await c.query('ALTER TABLE article_terms DROP COLUMN date');
      await c.query('DELETE FROM migrations WHERE version = 15');
      await Promise.all(pairs.flat().map((s) => s.close()));
      pairs.splice(0, pairs.length, ...(await Promise.all(variants.map(async (v) => [
        await openPgStore(url, { cacheSize: 0, ...v }),
        await openPgStore(url, { cacheSize: 0, ...v, inlineDate: false }),
      ] as const))));
      const after = pairs[0]![0].pool;
      assert.equal((await after.query('SELECT count(*)::int AS n FROM article_terms t JOIN articles a ON a.id = t.article_id WHERE t.date IS DISTINCT FROM a.date')).rows[0].n, 0, 'migration 15 fills the dates');
      assert.ok((await after.query('SELECT count(*)::int AS n FROM article_terms WHERE date IS NOT NULL')).rows[0].n > 0);
      assert.ok((await check(1)) >= 3 * 8);
    } finally {
      await Promise.all(pairs.flat().map((s) => s.close()));
    }
  });

  test('postgres: one word\'s newest matches ranked with one read of their lexemes (rasd_newest_ranked_any) are rasd_newest_ranked\'s', async () => {
    const url = await createDatabase();
    const once = await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 0 });
    const twice = await openPgStore(url, { rankPool: 2, cacheSize: 0, denseShare: 0, rankOnce: false });
    const sent = recordStatements(once);
    try {
      await once.putArticles(fixtureRecords());
      // every lexeme of the store, alone and as one word's forms (a | b), and one no article holds
      const { rows } = await once.pool.query<{ w: string }>('SELECT DISTINCT word AS w FROM ts_stat(\'SELECT terms FROM article_terms\') ORDER BY 1');
      assert.ok(rows.length > 50, `${rows.length} lexemes`);
      const q = (w: string) => `'${w.replace(/'/g, "''")}'`;
      const queries = [...rows.map((r) => q(r.w)), ...rows.slice(1).map((r, i) => `${q(rows[i]!.w)} | ${q(r.w)}`), q('غائبتماما')];
      for (const tsq of queries) {
        for (const n of [1, 3, 200]) {
          const [a, b, c, d] = await Promise.all(
            ['rasd_newest_ranked_any', 'rasd_newest_ranked', 'rasd_newest_ranked_any_inline', 'rasd_newest_ranked_inline'].map(async (f) => (await once.pool.query(`SELECT id, r FROM ${f}($1::tsquery, $2)`, [tsq, n])).rows),
          );
          assert.deepEqual(a, b, `${tsq} ${n}`);
          // migration 16's copies over article_rank_terms
          assert.deepEqual(c, a, `${tsq} ${n} (inline)`);
          assert.deepEqual(d, b, `${tsq} ${n} (inline)`);
        }
      }
      // through the store: one word takes the new function, two words the old one; pages as before
      for (const q of [{ q: 'الرئيس' }, { q: 'بموسكو' }, { q: 'الرئيس', pageSize: 1, page: 2 }, { q: 'غائب' }, { q: 'الرئيس موسكو' }]) {
        assert.deepEqual(await once.search(q), await twice.search(q), JSON.stringify(q));
      }
      assert.ok(sent.some((t) => t.includes('rasd_newest_ranked_any_inline(')), 'one word: rasd_newest_ranked_any(_inline)');
      assert.ok(sent.some((t) => /rasd_newest_ranked_inline\(/.test(t)), 'two words: rasd_newest_ranked(_inline)');
    } finally {
      await once.close();
      await twice.close();
    }
  });

  test('postgres: ranking from article_rank_terms (rankInline, migration 16) gives what article_terms gives, also after migrating a stored store', async () => {
    const url = await createDatabase();
    // rank pools of 1, 2 and 200 (with 2, page 3 of one hit lies past the pool: rankedMatchIds); the filter-driven,
    // dense (one word and two) and materialized-list paths crossed in
    const variants = [
      { rankPool: 1 }, { rankPool: 2 }, { rankPool: 200 }, { rankPool: 2, filterDriveShare: Infinity },
      { rankPool: 2, denseShare: 0 }, { rankPool: 2, denseShare: 0, rankOnce: false }, { rankPool: 2, arrayPool: false },
    ];
    const open = () => Promise.all(variants.map(async (v) => [
      await openPgStore(url, { cacheSize: 0, ...v }),
      await openPgStore(url, { cacheSize: 0, ...v, rankInline: false }),
    ] as const));
    const pairs = await open();
    const sent = recordStatements(pairs[1]![0]);
    try {
      // and one article long enough that article_terms compresses its lexemes (about 9 kB of them: out of line in
      // both tables, compressed in article_terms only); its added words follow the fixture's text, whose spans stay
      const records = fixtureRecords();
      const base = records.find((r) => r.analysis.document.text.includes('الرئيس'))!;
      const text = `${base.analysis.document.text} ${Array.from({ length: 900 }, (_, i) => `كلمة${i} الرئيس`).join(' ')}`;
      const long = { ...base, analysis: { ...base.analysis, document: { ...base.analysis.document, id: 'long-1', text } } };
      await pairs[0]![0].putArticles([...records, { ...long, contentHash: articleContentHash({ title: long.analysis.document.title, text }) }]);
      const queries = [...searchMix(await fixtureFilters(pairs[0]![1])), { q: 'كلمة7' }, { q: 'الرئيس', pageSize: 1, page: 3 }];
      const check = async (rounds: number) => {
        let hits = 0;
        for (let round = 0; round < rounds; round++) {
          for (const q of queries) {
            for (const [inline, toasted] of pairs) {
              const [a, b] = await Promise.all([inline.search(q), toasted.search(q)]);
              assert.deepEqual(a, b, JSON.stringify(q));
              hits += a.items.length;
            }
          }
        }
        return hits;
      };
      // seven rounds: prepared statements reach their generic plans
      assert.ok((await check(7)) >= 7 * variants.length * 8);
      assert.ok(sent.some((t) => t.includes('JOIN article_rank_terms t ON')), 'ranking read article_rank_terms');
      const c = pairs[0]![0].pool;
      const same = async (p: pg.Pool) =>
        (await p.query<{ n: number; same: number; packed: number }>(
          `SELECT (SELECT count(*) FROM article_terms)::int AS n, count(*) FILTER (WHERE r.terms = t.terms)::int AS same,
             count(*) FILTER (WHERE pg_column_compression(r.terms) IS NOT NULL)::int AS packed
           FROM article_rank_terms r JOIN article_terms t USING (article_id)`,
        )).rows[0]!;
      const written = await same(c);
      assert.ok(written.n >= 3);
      const packed = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM article_terms WHERE pg_column_compression(terms) IS NOT NULL')).rows[0]!.n;
      assert.ok(packed >= 1, 'article_terms compressed the long article\'s lexemes');
      assert.deepEqual(written, { n: written.n, same: written.n, packed: 0 }, 'every article\'s lexemes written twice, the copy uncompressed');
      // article_terms' rows past the toast threshold (toast_pad compressed: the toaster ran on every row), so its vectors out of line
      const narrow = async (p: pg.Pool) =>
        (await p.query<{ n: number; padded: number; opts: string }>(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE pg_column_compression(toast_pad) IS NOT NULL)::int AS padded,
             (SELECT reloptions::text FROM pg_class WHERE oid = 'article_terms'::regclass) AS opts FROM article_terms`,
        )).rows[0]!;
      assert.deepEqual(await narrow(c), { n: written.n, padded: written.n, opts: '{toast_tuple_target=256}' }, 'written rows padded');
      // a store written before migration 16: article_terms as it was (no pad, its rows rewritten without one), no
      // article_rank_terms; the migration makes and fills the table and rewrites article_terms' rows
      await c.query('DROP TABLE article_rank_terms');
      await c.query('ALTER TABLE article_terms DROP COLUMN toast_pad, RESET (toast_tuple_target)');
      await c.query('VACUUM FULL article_terms');
      assert.equal((await c.query('SELECT reloptions FROM pg_class WHERE oid = \'article_terms\'::regclass')).rows[0].reloptions, null);
      await c.query('DELETE FROM migrations WHERE version = 16');
      await Promise.all(pairs.flat().map((s) => s.close()));
      pairs.splice(0, pairs.length, ...(await open()));
      assert.deepEqual(await same(pairs[0]![0].pool), written, 'migration 16 copies every vector, uncompressed');
      assert.deepEqual(await narrow(pairs[0]![0].pool), { n: written.n, padded: written.n, opts: '{toast_tuple_target=256}' }, 'migration 16 rewrites the stored rows padded');
      assert.ok((await check(1)) >= variants.length * 8);
    } finally {
      await Promise.all(pairs.flat().map((s) => s.close()));
    }
  });

  test('postgres: migration 17 leaves one index an article where two were (mentions, times, places, quotes), drops two unused ones, and changes no row, also on a stored store', async () => {
    const url = await createDatabase();
    const lite = openSqliteStore(':memory:');
    let store = await openPgStore(url);
    const tables = ['mentions', 'times', 'places', 'quotes', 'story_bands'];
    const indexes = async () =>
      (await store.pool.query<{ t: string; def: string }>(
        `SELECT tablename AS t, regexp_replace(indexdef, '^.* USING ', '') AS def FROM pg_indexes WHERE tablename = ANY($1::text[]) ORDER BY 1, 2`,
        [tables],
      )).rows.map((r) => `${r.t} ${r.def}`);
    const after17 = [
      'mentions btree (article_id, id)',
      'mentions btree (entity_id, kind, text)',
      'places btree (article_id, id)',
      'places btree (entity_id, article_id)',
      'quotes btree (article_id, id)',
      'quotes btree (speaker_id, date)',
      'quotes gin (text_norm gin_trgm_ops)',
      'story_bands btree (key, article_id)',
      'times btree (article_id, id)',
    ];
    try {
      const records = fixtureRecords();
      await lite.putArticles(records);
      await store.putArticles(records.slice(0, 2));
      assert.deepEqual(await indexes(), after17);
      // a store written before migration 17: the keys on id and the indexes as migrations 1 and 2 made them
      for (const t of ['mentions', 'times', 'places', 'quotes']) {
        await store.pool.query(`ALTER TABLE ${t} DROP CONSTRAINT ${t}_pkey, ADD PRIMARY KEY (id)`);
        await store.pool.query(`CREATE INDEX ${t}_article ON ${t}(article_id)`);
      }
      await store.pool.query('CREATE INDEX story_bands_article ON story_bands(article_id); CREATE INDEX places_entity ON places(entity_id); ALTER TABLE entities RESET (fillfactor)');
      await store.pool.query('DELETE FROM migrations WHERE version = 17');
      const before = await store.canonicalDump();
      await store.close();
      store = await openPgStore(url);
      assert.deepEqual(await indexes(), after17, 'migration 17 on a stored store');
      assert.deepEqual((await store.pool.query("SELECT reloptions FROM pg_class WHERE oid = 'entities'::regclass")).rows[0].reloptions, ['fillfactor=50']);
      assert.equal(await store.canonicalDump(), before, 'no row changed');
      // writes after it: new articles, a batch stored again, a reanalysis (its rows deleted and written again in one
      // transaction: the inserts without ON CONFLICT meet no conflict)
      await store.putArticles(records.slice(1));
      const stale = await store.staleArticles('other', 0, 1);
      await store.replaceAnalysis(stale[0]!.id, stale[0]!.analysis, (await store.article(stale[0]!.id))!.analysisVersion);
      assert.equal(await store.canonicalDump(), await lite.canonicalDump());
    } finally {
      await store.close();
      await lite.close();
    }
  });

  test('postgres: a read cache never answers after another process\'s write', async () => {
    const url = await createDatabase();
    const [reader, writer] = [await openPgStore(url, { cacheSize: 100 }), await openPgStore(url)];
    try {
      const records = fixtureRecords();
      await writer.putArticles(records.slice(0, 2));
      const before = await reader.search({ q: 'الرئيس' });
      assert.deepEqual(await reader.search({ q: 'الرئيس' }), before);
      await writer.putArticles(records.slice(2));
      const after = await reader.search({ q: 'الرئيس' });
      assert.ok(after.total > before.total, `${before.total} then ${after.total}`);
      const putin = (await reader.findEntities('بوتين'))[0]!;
      const p1 = (await reader.entityProfile(putin.id))!;
      const stale = await writer.staleArticles('other', 0, 1);
      await writer.replaceAnalysis(stale[0]!.id, { ...stale[0]!.analysis, quotes: [] }, 'other');
      const p2 = (await reader.entityProfile(putin.id))!;
      assert.notDeepEqual(p2, p1, 'the profile is computed again after a reanalysis');
    } finally {
      await reader.close();
      await writer.close();
    }
  });
}
