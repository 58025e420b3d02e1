/**
 * PostgreSQL benchmark: distributed-ingest throughput of one worker process
 * against two, and search latency on PostgreSQL against SQLite on the same
 * data.
 *
 *   nice -n 10 npx tsx scripts/bench-pg.ts [--articles N] [--pg URL] [--rounds R]
 *
 * 1. takes the first N articles of the corpus (default 2,000) and, for 1 and
 *    then 2 workers, queues them in a fresh database (not timed) and times
 *    `rasd worker --concurrency 1 --exit-when-empty` processes from start to
 *    exit, with the full analyzer;
 * 2. copies the two-worker store into a SQLite store (same analyses), checks
 *    both give the same canonical dump and the same totals for every query,
 *    then times Store.search for 40 queries, R rounds each, on both engines
 *    (SQLite's read cache off: the engines are compared, not the cache).
 * $RASD_TEST_PG (or --pg) names a server where the script may create databases.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import type { Store } from '../src/store/store.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { articles: { type: 'string' }, pg: { type: 'string' }, rounds: { type: 'string' }, input: { type: 'string' } } });
const n = Number(values.articles ?? 2000);
const rounds = Number(values.rounds ?? 5);
const server = values.pg ?? process.env.RASD_TEST_PG ?? 'postgres://postgres@127.0.0.1:55432/postgres';
const input = values.input ?? [join(root, '../shared/data/news/ant-corpus.jsonl.gz'), '/work/shared/data/news/ant-corpus.jsonl.gz'].find(existsSync);
if (!input) throw new Error('no corpus found; pass --input');
const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-pg-'));
const sample = join(dir, 'sample.jsonl');
const rasd = join(root, 'bin/rasd.js');

const lines: string[] = [];
for await (const line of createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity })) {
  if (lines.length >= n) break;
  if (line.trim()) lines.push(line);
}
writeFileSync(sample, lines.join('\n') + '\n');

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
    const child = spawn(process.execPath, [rasd, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function throughput(workers: number): Promise<{ url: string; seconds: number; stored: number }> {
  const url = await freshDb(`w${workers}`);
  if ((await runCli(['ingest', '--db', url, '--queue', sample])) !== 0) throw new Error('enqueue failed');
  const t0 = performance.now();
  const codes = await Promise.all(Array.from({ length: workers }, () => runCli(['worker', '--db', url, '--concurrency', '1', '--exit-when-empty'])));
  const seconds = (performance.now() - t0) / 1000;
  if (codes.some((c) => c !== 0)) throw new Error(`a worker failed: ${codes}`);
  const store = await openPgStore(url);
  const stored = (await store.stats()).articles;
  await store.close();
  return { url, seconds, stored };
}

const QUERIES = [
  'موسكو', 'الرئيس', 'سوريا', 'مجلس الأمن', 'النفط', 'الانتخابات', 'بغداد', 'اللاجئين', 'الحكومة', 'ترامب',
  'الاتفاق النووي', 'غزة', 'الجيش', 'الاقتصاد', 'وزير الخارجية', 'القدس', 'صنعاء', 'الحوثيين', 'داعش', 'ليبيا',
  'المعارضة', 'العقوبات', 'بريطانيا', 'الجاسوس', 'الأسلحة الكيميائية', 'تركيا', 'الأكراد', 'عفرين', 'الغوطة', 'حلب',
  'بموسكو', 'والرئيس', 'للأمم المتحدة', 'أمريكا', 'الصين', 'كوريا', 'البرلمان', 'المظاهرات', 'السعودية', 'قطر',
];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function latency(store: Store): Promise<{ p50: number; p95: number; max: number }> {
  for (const q of QUERIES) await store.search({ q }); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await store.search({ q });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1]! };
}

try {
  const one = await throughput(1);
  console.log(`1 worker: ${one.stored} articles in ${one.seconds.toFixed(1)} s = ${(one.stored / one.seconds).toFixed(1)} articles/s`);
  const two = await throughput(2);
  console.log(`2 workers: ${two.stored} articles in ${two.seconds.toFixed(1)} s = ${(two.stored / two.seconds).toFixed(1)} articles/s`);
  console.log(`speed-up: ${((two.stored / two.seconds) / (one.stored / one.seconds)).toFixed(2)}x`);

  const pgStore = await openPgStore(two.url);
  const lite = openSqliteStore(join(dir, 'copy.db'), { cacheSize: 0 });
  const batch = [];
  for await (const a of pgStore.allArticles()) {
    batch.push({ analysis: a.analysis, contentHash: a.contentHash, analysisVersion: a.analysisVersion });
    if (batch.length >= 256) await lite.putArticles(batch.splice(0));
  }
  await lite.putArticles(batch);
  const same = (await pgStore.canonicalDump()) === (await lite.canonicalDump());
  let totalsAgree = 0;
  for (const q of QUERIES) if ((await pgStore.search({ q })).total === (await lite.search({ q })).total) totalsAgree++;
  console.log(`parity: canonical dumps ${same ? 'equal' : 'DIFFER'}; search totals equal for ${totalsAgree}/${QUERIES.length} queries`);
  const lp = await latency(pgStore);
  const ls = await latency(lite);
  console.log(`search PostgreSQL: p50 ${lp.p50.toFixed(2)} ms, p95 ${lp.p95.toFixed(2)} ms, max ${lp.max.toFixed(2)} ms (${QUERIES.length} queries x ${rounds})`);
  console.log(`search SQLite:     p50 ${ls.p50.toFixed(2)} ms, p95 ${ls.p95.toFixed(2)} ms, max ${ls.max.toFixed(2)} ms`);
  console.log(`p95 ratio PostgreSQL/SQLite: ${(lp.p95 / ls.p95).toFixed(2)}`);
  await pgStore.close();
  await lite.close();
} finally {
  for (const db of dbs) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
