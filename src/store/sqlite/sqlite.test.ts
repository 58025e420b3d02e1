import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { storeSuite } from '../store.case.test.ts';
import { openSqliteStore, migrate } from './sqlite-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { fixtureRecords } from '../fixtures.ts';

storeSuite('sqlite', async () => openSqliteStore(':memory:'));

test('a file store uses WAL and records its migrations once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
  try {
    const path = join(dir, 'x.db');
    const s = openSqliteStore(path);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    await s.close();
    const again = openSqliteStore(path);
    const rows = again.db.prepare('SELECT version FROM migrations').all() as Array<{ version: number }>;
    assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    assert.equal(migrate(again.db), MIGRATIONS[MIGRATIONS.length - 1]!.version);
    await again.close();
    const raw = new Database(path, { readonly: true });
    assert.ok(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").get());
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a read cache never answers after another connection\'s write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
  try {
    const path = join(dir, 'x.db');
    const writer = openSqliteStore(path);
    const reader = openSqliteStore(path, { cacheSize: 100 });
    const records = fixtureRecords();
    await writer.putArticles(records.slice(0, 2));
    const before = await reader.search({ q: 'الرئيس' });
    await writer.putArticles(records.slice(2));
    const after = await reader.search({ q: 'الرئيس' });
    assert.ok(after.total > before.total, `${before.total} then ${after.total}`);
    await writer.close();
    await reader.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('migrating a store that predates the UTF-16 texts fills them in, and searches read them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
  try {
    const path = join(dir, 'x.db');
    const s = openSqliteStore(path);
    await s.putArticles(fixtureRecords());
    const before = await s.search({ q: 'الرئيس' });
    await s.close();
    // the store as migration 6 left it
    const raw = new Database(path);
    raw.exec('DROP TABLE article_texts16; DELETE FROM migrations WHERE version = 7');
    raw.close();
    const again = openSqliteStore(path);
    const rows = again.db.prepare('SELECT a.text, t.text AS text16 FROM articles a JOIN article_texts16 t ON t.id = a.id').all() as Array<{ text: string; text16: Buffer }>;
    assert.equal(rows.length, (again.db.prepare('SELECT count(*) FROM articles').pluck().get() as number));
    for (const r of rows) assert.equal(r.text16.toString('utf16le'), r.text);
    const after = await again.search({ q: 'الرئيس' });
    assert.deepEqual(after, before);
    assert.ok(after.items.length > 0 && after.items.every((h) => h.highlights.length > 0));
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a write waits for another process that holds the store, instead of failing with "database is locked" (qa11)', async () => {
  // Two `rasd ingest` runs into one new store: one failed with "database is locked". A deferred transaction read
  // the store, then asked to write while another process wrote; when that one committed, SQLite refused the stale
  // snapshot at once (SQLITE_BUSY_SNAPSHOT), without the busy timeout's wait. Writes now begin IMMEDIATE.
  const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
  try {
    const path = join(dir, 'x.db');
    const s = openSqliteStore(path);
    const records = fixtureRecords();
    await s.putArticles(records.slice(0, 1));
    // another process takes the write lock, holds it 600 ms, writes a rejected row and commits
    const holder = spawn(
      process.execPath,
      ['-e', `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(path)}); db.exec('BEGIN IMMEDIATE');
        db.prepare("INSERT INTO rejected (path, reason, at) VALUES ('x', 'y', 'z')").run(); process.stdout.write('held\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600); db.exec('COMMIT'); db.close();`],
      { cwd: fileURLToPath(new URL('../../..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (b: Buffer) => b.toString().includes('held') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    const put = await s.putArticles(records.slice(1));
    assert.deepEqual(put.map((r) => r.inserted), [true, true, true]);
    assert.equal((await s.stats()).articles, 4);
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa18: a page of events or quotes read every row before it with its joined names and text under the OFFSET (page 900
// of 95,532 quotes: 10 s of the server's one thread), and a page past the last as long, for nothing. Now the OFFSET
// runs over ids alone and the page's rows are read by id, in the same order; past the last page there is no OFFSET.
test('pages of events and quotes: the same rows in the same order, the OFFSET over ids alone, none past the last page', async () => {
  const s = openSqliteStore(':memory:');
  try {
    await s.putArticles(fixtureRecords());
    const prepared: string[] = [];
    const prepare = s.db.prepare.bind(s.db);
    (s.db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => (prepared.push(sql), prepare(sql));
    const all = await s.events({ pageSize: 100 });
    const pages = [...(await s.events({ pageSize: 4, page: 1 })).items, ...(await s.events({ pageSize: 4, page: 2 })).items];
    assert.deepEqual(pages.map((e) => e.id), all.items.map((e) => e.id));
    assert.deepEqual(pages, all.items);
    const quotes = await s.quotes({ pageSize: 100 });
    const qpages = [...(await s.quotes({ pageSize: 2, page: 1 })).items, ...(await s.quotes({ pageSize: 2, page: 2 })).items];
    assert.deepEqual(qpages, quotes.items);
    assert.deepEqual(prepared.filter((sql) => /OFFSET/.test(sql) && /JOIN/.test(sql)), [], 'a page read joined rows under its OFFSET');
    prepared.length = 0;
    const past = await s.events({ pageSize: 100, page: 50 });
    const pastQuotes = await s.quotes({ pageSize: 100, page: 50 });
    assert.deepEqual([past.items, pastQuotes.items, past.total, pastQuotes.total], [[], [], all.total, quotes.total]);
    assert.deepEqual(prepared.filter((sql) => /OFFSET/.test(sql)), [], 'a page past the last was read');
  } finally {
    await s.close();
  }
});
