/**
 * PostgreSQL benchmark: distributed-ingest throughput of one worker process
 * against two, and search latency on PostgreSQL against SQLite on the same
 * data.
 *
 *   nice -n 10 npx tsx scripts/bench-pg.ts [--articles N] [--pg URL] [--rounds R] [--concurrency 0,1] [--batch B] [--pending]
 *   nice -n 10 npx tsx scripts/bench-pg.ts --from-sqlite /tmp/rasd-full.db [--pg-db NAME] [--rounds R] [--slowest N] [--pages FILE]
 *
 * 1. takes the first N articles of the corpus (default 2,000) and, for 1 and
 *    then 2 workers, queues them in a fresh database (not timed) and times
 *    `rasd worker --concurrency C --exit-when-empty` processes from start to
 *    exit, with the full analyzer, for each C of --concurrency (default 0,1:
 *    one-core workers that analyze between writes, then workers with one
 *    analysis thread beside their writes);
 * 2. copies the two-worker store into a SQLite store (same analyses), checks
 *    both give the same canonical dump and the same totals for every query,
 *    then times Store.search over the workload of scripts/bench-queries.ts
 *    (1,000+ distinct searches drawn from the store's vocabulary), R rounds,
 *    on both engines (read caches off: the engines are compared, not the cache).
 *    Before 2, the GIN indexes' pending lists the workers left (up to gin_pending_list_limit each, 4 MB by
 *    default) are merged, as autovacuum would: every text search scans a pending list whole, so an unmerged one
 *    makes the figure depend on where the last merge fell (--pending: first search as the workers left it).
 * With --from-sqlite FILE: no throughput test; the SQLite store is copied
 * into the PostgreSQL database NAME (default rasd_bench_full; kept, and
 * reused when it already holds as many articles, so `bench-store.ts --db URL`
 * can load it over HTTP), then the two are compared as in 2.
 * --pages FILE: PostgreSQL's total and first page of ids for every query of the workload are written to FILE, or,
 * when FILE exists, compared with it (run the old code with --pages F, then the new with the same F, on one store).
 * $RASD_TEST_PG (or --pg) names a server where the script may create databases; $RASD_BENCH_V8 passes one V8 flag
 * to every rasd process it starts.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { withDatabase } from '../src/store/postgres/test-db.ts';
import type { SearchQuery, Store } from '../src/store/store.ts';
import Database from 'better-sqlite3';
import { buildWorkload, toSearchQuery, type BenchSearch, type Workload } from './bench-queries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { batch: { type: 'string' }, concurrency: { type: 'string' }, articles: { type: 'string' }, pg: { type: 'string' }, rounds: { type: 'string' }, input: { type: 'string' }, 'from-sqlite': { type: 'string' }, 'pg-db': { type: 'string' }, slowest: { type: 'string' }, pending: { type: 'boolean' }, pages: { type: 'string' } },
});
const n = Number(values.articles ?? 2000);
const rounds = Number(values.rounds ?? 1);
const modes = (values.concurrency ?? '0,1').split(',').map(Number);
if (modes.some((c) => !Number.isInteger(c) || c < 0)) throw new Error('--concurrency takes whole numbers, e.g. 0,1');
const server = values.pg ?? process.env.RASD_TEST_PG ?? 'postgres://postgres@127.0.0.1:55432/postgres';
const input = values.input ?? [join(root, '../shared/data/news/ant-corpus.jsonl.gz'), '/work/shared/data/news/ant-corpus.jsonl.gz'].find(existsSync);
if (!input) throw new Error('no corpus found; pass --input');
const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-pg-'));
const sample = join(dir, 'sample.jsonl');
const rasd = join(root, 'bin/rasd.js');

const lines: string[] = [];
if (!values['from-sqlite']) for await (const line of createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity })) {
  if (lines.length >= n) break;
  if (line.trim()) lines.push(line);
}
if (lines.length) writeFileSync(sample, lines.join('\n') + '\n');

const admin = new pg.Client({ connectionString: server });
await admin.connect();
const dbs: string[] = [];
async function freshDb(name: string): Promise<string> {
  const db = `rasd_bench_${name}_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${db}`);
  dbs.push(db);
  return withDatabase(server, db);
}

function runCli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    // RASD_BENCH_V8: one V8 flag for every rasd process the bench starts (e.g. --single-threaded-gc, tried in the
    // eleventh session: docs/benchmarks.md "Eleventh session, integrator")
    const v8 = process.env.RASD_BENCH_V8 ? [process.env.RASD_BENCH_V8] : [];
    const child = spawn(process.execPath, [...v8, rasd, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function throughput(workers: number, concurrency: number): Promise<{ url: string; seconds: number; stored: number }> {
  const url = await freshDb(`w${workers}c${concurrency}`);
  if ((await runCli(['ingest', '--db', url, '--queue', sample])) !== 0) throw new Error('enqueue failed');
  const t0 = performance.now();
  const codes = await Promise.all(Array.from({ length: workers }, () => runCli(['worker', '--db', url, '--concurrency', String(concurrency), ...(values.batch ? ['--batch', values.batch] : []), '--exit-when-empty'])));
  const seconds = (performance.now() - t0) / 1000;
  if (codes.some((c) => c !== 0)) throw new Error(`a worker failed: ${codes}`);
  const store = await openPgStore(url);
  const stored = (await store.stats()).articles;
  await store.close();
  return { url, seconds, stored };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function queriesFor(store: Store, liteDb: Database.Database, workload: Workload): Promise<SearchQuery[]> {
  const keys = [...new Set(workload.searches.map((x) => x.entityKey).filter((k): k is string => !!k))];
  const ids = new Map<string, number>();
  if ('pool' in store) {
    for (const r of (await (store as unknown as { pool: pg.Pool }).pool.query<{ id: number; key: string }>('SELECT id, key FROM entities WHERE key = ANY($1::text[])', [keys])).rows) ids.set(r.key, r.id);
  } else {
    const st = liteDb.prepare('SELECT id FROM entities WHERE key = ?').pluck();
    for (const k of keys) {
      const id = st.get(k) as number | undefined;
      if (id !== undefined) ids.set(k, id);
    }
  }
  return workload.searches.map((x) => toSearchQuery(x, (k) => ids.get(k)));
}

/** What kind of search a workload entry is, for the per-kind means: text or none, and its filters. */
function kindOf(s: BenchSearch): string {
  const filters = [s.from || s.to ? 'date' : '', s.source ? 'source' : '', s.entityKey ? 'entity' : '', s.eventType ? 'event' : '', s.page ? 'page 2' : ''].filter(Boolean);
  return `${s.q ? (s.q.trim().includes(' ') ? 'words' : 'word') : 'no text'}${filters.length ? ` + ${filters.join(' + ')}` : ''}`;
}

async function latency(store: Store, queries: SearchQuery[], kinds: string[]): Promise<{ p50: number; p95: number; max: number; mean: number; byKind: Map<string, number>; byQuery: number[] }> {
  for (const q of queries) await store.search(q); // warm-up: both engines read from memory afterwards
  const times: number[] = [];
  const byKind = new Map<string, number>();
  const byQuery = queries.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < queries.length; i++) {
      const t = performance.now();
      await store.search(queries[i]!);
      const ms = performance.now() - t;
      times.push(ms);
      byKind.set(kinds[i]!, (byKind.get(kinds[i]!) ?? 0) + ms);
      byQuery[i]! += ms / rounds;
    }
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1]!, mean, byKind, byQuery };
}

/**
 * PostgreSQL's server CPU by kind of search: each query's CPU time in the backends serving the store (the
 * nanosecond run times of /proc/PID/schedstat, so only with the server on this machine), summed over --rounds
 * passes made after the timed ones. Unlike wall-clock times these barely move with the load of other work
 * on the machine (they still count cache misses and slower clocks); null where the backends cannot be read.
 */
async function serverCpuByKind(store: Store, queries: SearchQuery[], kinds: string[]): Promise<{ mean: number; byKind: Map<string, number> } | null> {
  if (!('pool' in store)) return null;
  const pool = (store as unknown as { pool: pg.Pool }).pool;
  // the backends serving this database (re-read now and then: the pool closes idle connections and opens new ones)
  let pids: number[] = [];
  const last = new Map<number, number>();
  const readPids = async () => {
    pids = (await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'")).rows.map((r) => r.pid);
  };
  // a backend that has gone keeps the CPU it had; a new one is counted from when it is first seen
  const cpu = (): number => {
    let ms = 0;
    for (const pid of pids) {
      try {
        last.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
      } catch {
        // gone
      }
      ms += last.get(pid) ?? 0;
    }
    return ms;
  };
  await readPids();
  if (!pids.length || !existsSync(`/proc/${pids[0]}/schedstat`)) return null;
  const byKind = new Map<string, number>();
  let sum = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < queries.length; i++) {
      if (i % 50 === 0) {
        await readPids();
        cpu();
      }
      const c0 = cpu();
      await store.search(queries[i]!);
      const ms = cpu() - c0;
      sum += ms;
      byKind.set(kinds[i]!, (byKind.get(kinds[i]!) ?? 0) + ms);
    }
  }
  return { mean: sum / queries.length / rounds, byKind };
}

/** Search latency of the two engines on the same data, the same workload, caches off. */
async function compare(pgStore: Store, lite: Store, liteDb: Database.Database): Promise<void> {
  const workload = buildWorkload(liteDb);
  const [pq, lq] = [await queriesFor(pgStore, liteDb, workload), await queriesFor(lite, liteDb, workload)];
  let totalsAgree = 0;
  // each PostgreSQL search's total and first page of ids, for --pages (the engines rank differently: their pages
  // are not compared with each other, but one PostgreSQL code with another on the same store)
  const pages: Array<{ query: SearchQuery; total: number; ids: number[] }> = [];
  for (let i = 0; i < pq.length; i++) {
    const page = await pgStore.search(pq[i]!);
    pages.push({ query: pq[i]!, total: page.total, ids: page.items.map((h) => h.id) });
    if (page.total === (await lite.search(lq[i]!)).total) totalsAgree++;
  }
  console.log(`parity: search totals equal for ${totalsAgree}/${pq.length} queries`);
  const pagesFile = values.pages;
  if (pagesFile && !existsSync(pagesFile)) {
    writeFileSync(pagesFile, pages.map((p) => JSON.stringify(p)).join('\n') + '\n');
    console.log(`PostgreSQL first pages written to ${pagesFile}`);
  } else if (pagesFile) {
    const before = new Map(readFileSync(pagesFile, 'utf8').split('\n').filter(Boolean).map((l) => {
      const p = JSON.parse(l) as { query: SearchQuery; total: number; ids: number[] };
      return [JSON.stringify(p.query), JSON.stringify([p.total, p.ids])] as const;
    }));
    const same = pages.filter((p) => before.get(JSON.stringify(p.query)) === JSON.stringify([p.total, p.ids])).length;
    console.log(`parity: PostgreSQL totals and first pages of ids equal to ${pagesFile}'s for ${same}/${pages.length} queries (${before.size} in the file)`);
  }
  const kinds = workload.searches.map(kindOf);
  const lp = await latency(pgStore, pq, kinds);
  const ls = await latency(lite, lq, kinds);
  const f = (x: number) => x.toFixed(2);
  console.log(`search PostgreSQL: mean ${f(lp.mean)} ms, p50 ${f(lp.p50)} ms, p95 ${f(lp.p95)} ms, max ${f(lp.max)} ms (${pq.length} distinct queries x ${rounds}, one at a time, cache off; load ${loadavg()})`);
  console.log(`search SQLite:     mean ${f(ls.mean)} ms, p50 ${f(ls.p50)} ms, p95 ${f(ls.p95)} ms, max ${f(ls.max)} ms`);
  console.log(`p95 ratio PostgreSQL/SQLite: ${(lp.p95 / ls.p95).toFixed(2)}`);
  const count = new Map<string, number>();
  for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
  const sc = await serverCpuByKind(pgStore, pq, kinds);
  console.log(`mean ms by kind of search (queries): PostgreSQL / SQLite${sc ? ' [PostgreSQL server CPU]' : ''}`);
  for (const [k, n] of [...count].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${k} (${n}): ${f(lp.byKind.get(k)! / n / rounds)} / ${f(ls.byKind.get(k)! / n / rounds)}${sc ? ` [${f(sc.byKind.get(k)! / n / rounds)}]` : ''}`);
  }
  if (sc) console.log(`PostgreSQL server CPU: mean ${f(sc.mean)} ms a search`);
  // --slowest N: the N queries slowest on PostgreSQL (mean over the rounds), the ones that set its p95
  const slowest = Number(values.slowest ?? 0);
  if (slowest > 0) {
    console.log(`slowest ${slowest} on PostgreSQL (ms PostgreSQL / SQLite, kind, query):`);
    const order = pq.map((_, i) => i).sort((a, b) => lp.byQuery[b]! - lp.byQuery[a]!).slice(0, slowest);
    for (const i of order) console.log(`  ${f(lp.byQuery[i]!)} / ${f(ls.byQuery[i]!)}  ${kinds[i]}  ${JSON.stringify(pq[i])}`);
  }
}

function loadavg(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

if (values['from-sqlite']) {
  const file = values['from-sqlite'];
  const name = values['pg-db'] ?? 'rasd_bench_full';
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--pg-db must be a plain lower-case name');
  const lite = openSqliteStore(file, { cacheSize: 0 });
  const want = (await lite.stats()).articles;
  if (!(await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  const pgStore = await openPgStore(url, { cacheSize: 0 });
  const have = (await pgStore.stats()).articles;
  if (have !== want) {
    const t0 = performance.now();
    const batch = [];
    for await (const a of lite.allArticles()) {
      batch.push({ analysis: a.analysis, contentHash: a.contentHash, analysisVersion: a.analysisVersion });
      if (batch.length >= 128) await pgStore.putArticles(batch.splice(0));
    }
    await pgStore.putArticles(batch);
    await (pgStore as unknown as { pool: pg.Pool }).pool.query('VACUUM ANALYZE');
    console.log(`copied ${want} articles into ${url} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  console.log(`stores: SQLite ${JSON.stringify(await lite.stats())}; PostgreSQL ${JSON.stringify(await pgStore.stats())}`);
  const liteDb = new Database(file, { readonly: true });
  await compare(pgStore, lite, liteDb);
  liteDb.close();
  await pgStore.close();
  await lite.close();
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

try {
  let two = { url: '', seconds: 0, stored: 0 };
  for (const c of modes) {
    console.log(`load before: ${loadavg()}`);
    const one = await throughput(1, c);
    console.log(`1 worker (--concurrency ${c}): ${one.stored} articles in ${one.seconds.toFixed(1)} s = ${(one.stored / one.seconds).toFixed(1)} articles/s`);
    two = await throughput(2, c);
    console.log(`2 workers (--concurrency ${c}): ${two.stored} articles in ${two.seconds.toFixed(1)} s = ${(two.stored / two.seconds).toFixed(1)} articles/s`);
    console.log(`speed-up (--concurrency ${c}): ${((two.stored / two.seconds) / (one.stored / one.seconds)).toFixed(2)}x`);
  }

  const pgStore = await openPgStore(two.url, { cacheSize: 0 });
  const lite = openSqliteStore(join(dir, 'copy.db'), { cacheSize: 0 });
  const batch = [];
  for await (const a of pgStore.allArticles()) {
    batch.push({ analysis: a.analysis, contentHash: a.contentHash, analysisVersion: a.analysisVersion });
    if (batch.length >= 256) await lite.putArticles(batch.splice(0));
  }
  await lite.putArticles(batch);
  const same = (await pgStore.canonicalDump()) === (await lite.canonicalDump());
  console.log(`parity: canonical dumps ${same ? 'equal' : 'DIFFER'}`);
  const liteDb = (lite as unknown as { db: Database.Database }).db;
  if (values.pending) {
    console.log('search with the GIN pending lists as the workers left them (--pending):');
    await compare(pgStore, lite, liteDb);
  }
  const gin = await (pgStore as unknown as { pool: pg.Pool }).pool.query<{ index: string; pages: number }>(
    `SELECT c.relname AS index, gin_clean_pending_list(c.oid)::int AS pages FROM pg_class c JOIN pg_am am ON am.oid = c.relam
     WHERE am.amname = 'gin' AND c.relnamespace = 'public'::regnamespace ORDER BY 1`,
  );
  console.log(`GIN pending lists merged before the search: ${gin.rows.map((r) => `${r.index} ${r.pages} pages`).join(', ')}`);
  await compare(pgStore, lite, liteDb);
  await pgStore.close();
  await lite.close();
} finally {
  for (const db of dbs) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
