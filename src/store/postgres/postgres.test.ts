import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { storeSuite } from '../store.case.test.ts';
import { apiSuite } from '../../server/app.case.test.ts';
import { fixtureRecords } from '../fixtures.ts';
import { openSqliteStore } from '../sqlite/sqlite-store.ts';
import { openStore } from '../open.ts';
import { openPgStore, migratePg } from './pg-store.ts';
import { PG_MIGRATIONS } from './migrations.ts';
import { createDatabase, dropDatabases, pgSkipReason } from './test-db.ts';

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

  test('postgres: concurrent writers store each article once and merge stories and entities', async () => {
    const url = await createDatabase();
    const stores = await Promise.all([openPgStore(url), openPgStore(url), openPgStore(url)]);
    const lite = openSqliteStore(':memory:');
    try {
      const records = fixtureRecords();
      // every writer writes every article, in a different order, at the same time
      const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]];
      const results = await Promise.all(stores.map((s, i) => Promise.all(orders[i]!.map((k) => s.putArticles([records[k]!])))));
      const inserted = results.flat(2).filter((r) => r.inserted).length;
      assert.equal(inserted, 4);
      await lite.putArticles(records);
      assert.equal(await stores[0]!.canonicalDump(), await lite.canonicalDump());
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await lite.close();
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
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
}
