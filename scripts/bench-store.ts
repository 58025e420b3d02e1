/**
 * Store, ingest and API benchmark.
 *
 *   nice -n 10 npx tsx scripts/bench-store.ts [--input FILE] [--workers N] [--seconds S]
 *
 * 1. ingests the corpus (default ../shared/data/news/ant-corpus.jsonl.gz) into
 *    a fresh store with the real analyzer: articles/s;
 * 2. reanalyzes it (every article, as after an analyzer upgrade): articles/s;
 * 3. serves it (child process) and loads it with autocannon, 50 connections:
 *    search over 40 rotating queries and entity profiles over the gazetteer's
 *    entities, first with the read cache off, then on. Prints p50/p95/p99 and errors.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { ingest, reanalyze } from '../src/ingest/ingest.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { input: { type: 'string' }, workers: { type: 'string' }, seconds: { type: 'string' }, keep: { type: 'string' } } });
const input = values.input ?? [join(root, '../shared/data/news/ant-corpus.jsonl.gz'), '/work/shared/data/news/ant-corpus.jsonl.gz'].find(existsSync);
if (!input) throw new Error('no corpus found; pass --input');
const workers = Number(values.workers ?? 2);
const seconds = Number(values.seconds ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-'));
const db = values.keep ?? join(dir, 'bench.db');

const store = openSqliteStore(db);
const ing = await ingest({ store, paths: [input], workers });
console.log(`ingest: ${ing.stored} stored of ${ing.articles} read (${ing.duplicates} duplicates, ${ing.rejected.length} rejected) in ${ing.seconds.toFixed(1)} s = ${(ing.stored / ing.seconds).toFixed(1)} articles/s stored, ${workers} workers, analyzer ${ing.analyzerVersion}`);
store.db.prepare("UPDATE articles SET analysis_version = 'stale'").run();
const re = await reanalyze({ store, workers });
console.log(`reanalyze: ${re.reanalyzed} articles in ${re.seconds.toFixed(1)} s = ${(re.reanalyzed / re.seconds).toFixed(1)} articles/s`);
console.log(`store: ${JSON.stringify(await store.stats())}`);
const entityIds = (store.db.prepare('SELECT id FROM entities ORDER BY articles DESC LIMIT 24').pluck().all() as number[]);
console.log(`profiled entities: ${entityIds.length}, most mentioned in ${store.db.prepare('SELECT max(articles) FROM entities').pluck().get()} articles`);
await store.close();

const QUERIES = [
  'موسكو', 'الرئيس', 'سوريا', 'مجلس الأمن', 'النفط', 'الانتخابات', 'بغداد', 'اللاجئين', 'الحكومة', 'ترامب',
  'الاتفاق النووي', 'غزة', 'الجيش', 'الاقتصاد', 'وزير الخارجية', 'القدس', 'صنعاء', 'الحوثيين', 'داعش', 'ليبيا',
  'المعارضة', 'العقوبات', 'بريطانيا', 'الجاسوس', 'الأسلحة الكيميائية', 'تركيا', 'الأكراد', 'عفرين', 'الغوطة', 'حلب',
  'بموسكو', 'والرئيس', 'للأمم المتحدة', 'أمريكا', 'الصين', 'كوريا', 'البرلمان', 'المظاهرات', 'السعودية', 'قطر',
];

async function load(name: string, paths: string[], cache: boolean): Promise<void> {
  const port = 18000 + Math.floor(Math.random() * 2000);
  const server = spawn(process.execPath, [join(root, 'bin/rasd.js'), 'serve', '--db', db, '--port', String(port)], {
    env: { ...process.env, RASD_STORE_CACHE: cache ? '512' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  server.kill('SIGTERM');
  const l = result.latency as unknown as Record<string, number>;
  console.log(
    `${name} (cache ${cache ? 'on' : 'off'}): ${result.requests.total} requests, ${result.requests.average} req/s, latency p50 ${l.p50} ms, p90 ${l.p90} ms, p97.5 ${l.p97_5} ms, p99 ${l.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}, timeouts ${result.timeouts}`,
  );
}

const searchPaths = QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
const profilePaths = entityIds.map((id) => `/api/entities/${id}`);
for (const cache of [false, true]) {
  await load('search', searchPaths, cache);
  await load('entity profile', profilePaths, cache);
}
if (!values.keep) rmSync(dir, { recursive: true, force: true });
