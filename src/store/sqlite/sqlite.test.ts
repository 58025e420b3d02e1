import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
