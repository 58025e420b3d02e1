import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { fixtureRecords } from '../store/fixtures.ts';
import { parsePort, parseWorkers } from './commands/serve.ts';
import { parseWorkers as parseIngestWorkers } from './commands/ingest.ts';
import { checkTrainNumbers } from './train-options.ts';

const rasd = fileURLToPath(new URL('../../bin/rasd.js', import.meta.url));

test('--workers takes a whole number of processes', () => {
  assert.equal(parseWorkers('3'), 3);
  assert.ok(parseWorkers(undefined) >= 1);
  for (const bad of ['0', '-1', '1.5', 'two', '1000']) assert.throws(() => parseWorkers(bad), /--workers/);
});

// qa15: Number() read "0x50" as 80, "1e1" as 10 and "" as 0, so `rasd serve --port 0x50` listened on port 80
test('--port, --workers and train ner\'s numbers take decimal digits only', () => {
  assert.equal(parsePort('8080', 1), 8080);
  assert.equal(parsePort(undefined, 1), 1);
  for (const bad of ['0x50', '1e3', '', ' 80', '80.0', '0b1', '+80']) assert.throws(() => parsePort(bad, 1), /--port/, bad);
  for (const bad of ['0x2', '2e0', '', ' 2']) {
    assert.throws(() => parseWorkers(bad), /--workers/, bad);
    assert.throws(() => parseIngestWorkers(bad), /--workers/, bad);
  }
  // `train ner --epochs ten` trained NaN epochs and wrote a model of 0 features, status 0
  checkTrainNumbers(['--epochs', '10', '--dev-fraction=0.1', '--seed', '1', '--word-dropout', '0.3', '--o-penalty=-2.5', '--learner', 'crf', '--no-kb', '--out', 'x.bin']);
  for (const [name, bad] of [['epochs', 'ten'], ['epochs', '0'], ['seed', '1.5'], ['dev-fraction', 'x'], ['word-dropout', '2'], ['rate', ''], ['folds', '0x2'], ['learner', 'svm'], ['report-o-bonus', '10,x']])
    assert.throws(() => checkTrainNumbers(['--no-kb', `--${name}=${bad}`]), new RegExp(`--${name}`), `${name} ${bad}`);
  assert.throws(() => checkTrainNumbers(['--epochs', 'ten', '--no-kb']), /--epochs must be a whole number/);
});

test('rasd serve --workers 2 answers from two processes and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-serve-'));
  const db = join(dir, 'x.db');
  const store = openSqliteStore(db);
  await store.putArticles(fixtureRecords());
  await store.close();
  const child = spawn(process.execPath, [rasd, 'serve', '--db', db, '--port', '0', '--workers', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d;
        const m = /listening on (http:\S+) with 2 processes/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${out}`)));
    });
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${url}api/search?q=${encodeURIComponent('موسكو')}`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { total: number }).total, 3);
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa9: with the port taken each worker printed "bind EADDRINUSE" and stayed alive on its channel to the primary,
// which waited for them for ever: `rasd serve` on a busy port never exited
/** `rasd serve --workers N` on a port another server holds: its exit code (-1 after 30 s), its stderr and the port. */
async function serveOnBusyPort(workers: number): Promise<{ code: number | null; stderr: string; port: number }> {
  const { createServer } = await import('node:net');
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
  const port = (busy.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'rasd-serve-'));
  await openSqliteStore(join(dir, 'x.db')).close(); // a store that is there: a missing one is noted first (qa12)
  const child = spawn(process.execPath, [rasd, 'serve', '--db', join(dir, 'x.db'), '--port', String(port), '--workers', String(workers)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  try {
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(-1), 30_000);
      child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    return { code, stderr, port };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    busy.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('rasd serve --workers 2 on a port in use says so once and exits 1', async () => {
  const { code, stderr } = await serveOnBusyPort(2);
  assert.equal(code, 1, stderr);
  assert.match(stderr, /EADDRINUSE/);
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.equal(stderr.match(/\[RASD_E\d+\]/g)?.length, 1, stderr); // qa16: the code was given twice
});

// qa12: a mistyped --db served a new, empty store without a word (stats, export and reanalyze refuse one)
test('rasd serve on a store that is not there says it serves a new, empty one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-serve-'));
  const child = spawn(process.execPath, [rasd, 'serve', '--db', join(dir, 'typo.db'), '--port', '0', '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d;
        if (/listening on http:/.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${out}${stderr}`)));
    });
    assert.match(stderr, /no store at .*typo\.db: serving a new, empty store/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    rmSync(dir, { recursive: true, force: true });
  }
});

// qa16: a port in use was Node's "listen EADDRINUSE: address already in use 127.0.0.1:N", which does not say what to do
test('rasd serve on a port in use says how to choose another', async () => {
  const { code, stderr, port } = await serveOnBusyPort(1);
  assert.equal(code, 1, stderr);
  assert.match(stderr, new RegExp(`127\\.0\\.0\\.1:${port} is already in use .*--port N`));
  assert.equal(stderr.match(/\[RASD_E\d+\]/g)?.length, 1, stderr);
});
