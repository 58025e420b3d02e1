/**
 * Store, ingest and API benchmark.
 *
 *   nice -n 10 npx tsx scripts/bench-store.ts [--input FILE] [--workers N]          # ingest a fresh store, then load it
 *   nice -n 10 npx tsx scripts/bench-store.ts --db /tmp/rasd-full.db [--serve-workers N] [--seconds S] [--only search|profile] [--cache on|off] [--tool wrk] [--cpu-prof-dir DIR]
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
 *
 * --tool wrk runs the same load with wrk (Debian's `wrk` package, written in
 * C) instead: on this 2-core machine the load tool shares the cores with the
 * server, and autocannon spends about 0.2 ms of CPU a request, wrk a tenth
 * of that. wrk's p95 comes from its own latency histogram (microseconds).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    tool: { type: 'string' },
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
  const run = values.tool === 'wrk' ? await runWrk(port, paths) : await runAutocannon(port, paths);
  const serverCpu = treeCpuSeconds(server.pid!) - cpuBefore;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  const f = (x: number) => x.toFixed(1);
  const per = (cpuSeconds: number) => ((cpuSeconds * 1000) / Math.max(1, run.requests)).toFixed(2);
  console.log(
    `${name} (cache ${cache ? 'on' : 'off'}, ${serveWorkers ?? 'default'} server processes, ${connections} connections, ${seconds} s, ${values.tool === 'wrk' ? 'wrk' : 'autocannon'}, load before ${loadavg}): ` +
      `${run.requests} requests (${Math.min(run.requests, paths.length)} distinct), ${Math.round(run.requests / seconds)} req/s; ` +
      `latency p50 ${f(run.p50)} ms, p95 ${f(run.p95)} ms, p99 ${f(run.p99)} ms, max ${f(run.max)} ms; ` +
      `errors ${run.errors}, non-2xx ${run.non2xx}, timeouts ${run.timeouts}; ` +
      `server CPU ${per(serverCpu)} ms per request, load tool ${per(run.toolCpu)}`,
  );
}

interface LoadRun {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** CPU seconds the load tool used. */
  toolCpu: number;
}

async function runAutocannon(port: number, paths: string[]): Promise<LoadRun> {
  let i = 0;
  const times: number[] = [];
  const before = process.cpuUsage();
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
  const cpu = process.cpuUsage(before);
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    max: times[times.length - 1] ?? NaN,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    toolCpu: (cpu.user + cpu.system) / 1e6,
  };
}

/** The wrk script: the paths in turn (one thread), and a JSON line with the counts and percentiles at the end. */
const WRK_SCRIPT = `
local paths = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
`;

async function runWrk(port: number, paths: string[]): Promise<LoadRun> {
  const work = mkdtempSync(join(tmpdir(), 'rasd-wrk-'));
  try {
    writeFileSync(join(work, 'paths.txt'), paths.join('\n') + '\n');
    writeFileSync(join(work, 'load.lua'), WRK_SCRIPT);
    // sh's \`times\` prints the CPU its children (wrk) used: the second line, user then system
    const cmd = `wrk -t1 -c${connections} -d${seconds}s --timeout 10s -s ${join(work, 'load.lua')} http://127.0.0.1:${port} -- ${join(work, 'paths.txt')}; times`;
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('sh', ['-c', cmd], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited (${code}): is Debian's wrk package installed?`))));
    });
    const line = out.split('\n').find((l) => l.startsWith('WRK '));
    if (!line) throw new Error(`wrk printed no summary:\n${out}`);
    const r = JSON.parse(line.slice(4));
    const times = out.trim().split('\n').at(-1)!.match(/(\d+)m([\d.]+)s/g) ?? [];
    const toolCpu = times.map((t) => { const [, m, sec] = t.match(/(\d+)m([\d.]+)s/)!; return Number(m) * 60 + Number(sec); }).reduce((a, b) => a + b, 0);
    return { requests: r.requests, p50: r.p50, p95: r.p95, p99: r.p99, max: r.max, errors: r.connect + r.read + r.write + r.timeout, non2xx: r.status, timeouts: r.timeout, toolCpu };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const caches = values.cache === 'on' ? [true] : values.cache === 'off' ? [false] : [false, true];
for (const cache of caches) {
  if (values.only !== 'profile') await load('search', searchPaths, cache);
  if (values.only !== 'search') await load('entity profile', profilePaths, cache);
}
if (dir) rmSync(dir, { recursive: true, force: true });
