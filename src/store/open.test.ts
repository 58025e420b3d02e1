import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open.ts';

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
