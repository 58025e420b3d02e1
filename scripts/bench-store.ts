/**
 * Store, ingest and API benchmark.
 *
 *   nice -n 10 npx tsx scripts/bench-store.ts [--input FILE] [--workers N]          # ingest a fresh store, then load it
 *   nice -n 10 npx tsx scripts/bench-store.ts --db /tmp/rasd-full.db [--serve-workers N] [--seconds S] [--only search|profile] [--cache on|off] [--cpu-prof-dir DIR]
 *   nice -n 10 npx tsx scripts/bench-store.ts --db postgres://... --queries-from /tmp/rasd-full.db
 *
 * Without --db: 1. ingests the corpus (default ../shared/data/news/ant-corpus.jsonl.gz)
 * into a fresh store with the real analyzer (articles/s), 2. loads that store.
 * With --db: loads an existing store (SQLite file or PostgreSQL URL), no ingest.
 *
 * The load: `rasd serve --workers N` in a child process, autocannon with 50
 * connections for S seconds (default 30) per phase; the workload
 * (scripts/bench-queries.ts) is 1,000+ distinct searches and 500 distinct
 * entity profiles drawn from the store's vocabulary (--queries-from: the
 * SQLite store to draw them from when --db is PostgreSQL; entities are
 * matched by key). Each phase runs with the read cache off
 * (RASD_STORE_CACHE=0), then on. Latencies are every response's own time,
 * so p95 is exact (autocannon's summary only has p90 and p97.5).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { isPostgresUrl } from '../src/store/open.ts';
import { buildWorkload, searchPath, toSearchQuery } from './bench-queries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    workers: { type: 'string' },
    seconds: { type: 'string' },
    db: { type: 'string' },
    'queries-from': { type: 'string' },
    'serve-workers': { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    cache: { type: 'string' },
    'cpu-prof-dir': { type: 'string' },
  },
});
const seconds = Number(values.seconds ?? 30);
const connections = Number(values.connections ?? 50);
const serveWorkers = values['serve-workers'];
let dir: string | null = null;
let db = values.db;

if (!db) {
  const input = values.input ?? [join(root, '../shared/data/news/ant-corpus.jsonl.gz'), '/work/shared/data/news/ant-corpus.jsonl.gz'].find(existsSync);
  if (!input) throw new Error('no corpus found; pass --input');
  const workers = Number(values.workers ?? 2);
  dir = mkdtempSync(join(tmpdir(), 'rasd-bench-'));
  db = join(dir, 'bench.db');
  const store = openSqliteStore(db);
  const ing = await ingest({ store, paths: [input], workers });
  console.log(
    `ingest: ${ing.stored} stored of ${ing.articles} read (${ing.duplicates} duplicates, ${ing.rejected.length} rejected) in ${ing.seconds.toFixed(1)} s = ${(ing.stored / ing.seconds).toFixed(1)} articles/s stored, ${workers} workers, analyzer ${ing.analyzerVersion}`,
  );
  await store.close();
}

const vocabDb = values['queries-from'] ?? (isPostgresUrl(db) ? undefined : db);
if (!vocabDb) throw new Error('--queries-from FILE (a SQLite store with the same data) is needed with a PostgreSQL --db');
const source = new Database(vocabDb, { readonly: true });
const workload = buildWorkload(source);
source.close();

// entity keys → this store's ids
const ids = new Map<string, number>();
const keys = [...new Set([...workload.profiles, ...workload.searches.map((s) => s.entityKey).filter((k): k is string => !!k)])];
if (isPostgresUrl(db)) {
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  for (const r of (await c.query<{ id: number; key: string }>('SELECT id, key FROM entities WHERE key = ANY($1::text[])', [keys])).rows) ids.set(r.key, r.id);
  await c.end();
} else {
  const d = new Database(db, { readonly: true });
  const st = d.prepare('SELECT id FROM entities WHERE key = ?').pluck();
  for (const k of keys) {
    const id = st.get(k) as number | undefined;
    if (id !== undefined) ids.set(k, id);
  }
  d.close();
}
const searchPaths = [...new Set(workload.searches.map((s) => searchPath(toSearchQuery(s, (k) => ids.get(k)))))];
const profilePaths = workload.profiles.filter((k) => ids.has(k)).map((k) => `/api/entities/${ids.get(k)}`);
console.log(`store: ${db}; workload: ${searchPaths.length} distinct searches, ${profilePaths.length} distinct entity profiles (drawn from ${vocabDb})`);

/** CPU seconds (user + system) used so far by a process and its live descendants, from /proc. */
function treeCpuSeconds(root: number): number {
  const tick = 100; // USER_HZ on Linux
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / tick });
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    total += stats.get(pid)?.cpu ?? 0;
    for (const [child, st] of stats) if (st.ppid === pid) todo.push(child);
  }
  return total;
}

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function load(name: string, paths: string[], cache: boolean): Promise<void> {
  const port = 18000 + Math.floor(Math.random() * 2000);
  // --cpu-prof-dir DIR: each server process writes a CPU profile there when it stops
  const prof = values['cpu-prof-dir'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof-dir']] : [];
  const args = [...prof, join(root, 'bin/rasd.js'), 'serve', '--db', db!, '--port', String(port), ...(serveWorkers ? ['--workers', serveWorkers] : [])];
  const server = spawn(process.execPath, args, {
    env: { ...process.env, RASD_STORE_CACHE: cache ? '512' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('listening')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const cpuBefore = treeCpuSeconds(server.pid!);
  let i = 0;
  const times: number[] = [];
  const result = await new Promise<Record<string, any>>((resolve, reject) => {
    const inst = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err: Error | null, res: Record<string, any>) => (err ? reject(err) : resolve(res)),
    );
    inst.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
  const serverCpu = treeCpuSeconds(server.pid!) - cpuBefore;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  times.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `${name} (cache ${cache ? 'on' : 'off'}, ${serveWorkers ?? 'default'} server processes, ${connections} connections, ${seconds} s, load before ${loadavg}): ` +
      `${result.requests.total} requests (${Math.min(result.requests.total, paths.length)} distinct), ${result.requests.average} req/s; ` +
      `latency p50 ${f(pct(times, 50))} ms, p95 ${f(pct(times, 95))} ms, p99 ${f(pct(times, 99))} ms, max ${f(times[times.length - 1] ?? NaN)} ms; ` +
      `errors ${result.errors}, non-2xx ${result.non2xx}, timeouts ${result.timeouts}; ` +
      `server CPU ${((serverCpu * 1000) / Math.max(1, result.requests.total)).toFixed(2)} ms per request`,
  );
}

const caches = values.cache === 'on' ? [true] : values.cache === 'off' ? [false] : [false, true];
for (const cache of caches) {
  if (values.only !== 'profile') await load('search', searchPaths, cache);
  if (values.only !== 'search') await load('entity profile', profilePaths, cache);
}
if (dir) rmSync(dir, { recursive: true, force: true });
