import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeSuite } from '../store.case.test.ts';
import { openSqliteStore, migrate } from './sqlite-store.ts';
import { MIGRATIONS } from './migrations.ts';

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
