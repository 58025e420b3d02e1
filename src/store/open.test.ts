import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, requireStore, storeMissing } from './open.ts';

// qa9: `rasd stats --db notes.txt` said only "file is not a database", `--db missing/dir/x.db` "unable to open database file"
test('a store that cannot be opened is named, with a hint', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-open-'));
  try {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'هذا ملف نصي وليس قاعدة بيانات. '.repeat(200));
    await assert.rejects(openStore(text), (err: Error & { code?: string }) => err.code === 'RASD_E006' && err.message.includes(text) && /not a rasd store/.test(err.message));
    const missing = join(dir, 'no', 'such', 'x.db');
    await assert.rejects(openStore(missing), (err: Error) => err.message.includes(missing) && /folder exist/.test(err.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa11: `rasd ingest --db postgres://...@127.0.0.1:1/x --queue` said only "connect ECONNREFUSED 127.0.0.1:1"
test('a PostgreSQL server that cannot be reached is named, with a hint, and without the password', async () => {
  await assert.rejects(openStore('postgres://rasd:s3cret@127.0.0.1:1/rasd'), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'RASD_E006');
    assert.match(err.message, /cannot connect to PostgreSQL at 127\.0\.0\.1:1/);
    assert.match(err.message, /is the server running/);
    assert.ok(!err.message.includes('s3cret'), err.message);
    return true;
  });
});

test('a SQLite store that is not there is missing; a PostgreSQL URL is never', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-open-'));
  try {
    const there = join(dir, 'there.db');
    writeFileSync(there, '');
    assert.equal(storeMissing(there), false);
    requireStore(there);
    const typo = join(dir, 'postgres.db');
    assert.equal(storeMissing(typo), true);
    assert.throws(() => requireStore(typo), (err: Error & { code?: string }) => err.code === 'RASD_E006' && err.message === `no store at ${typo} (run rasd ingest first)`);
    assert.equal(storeMissing('postgresql://user@host/rasd'), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
