/**
 * The server's CPU for a worker's writes, without the worker: analyzes the first N corpus articles once (kept in a
 * records file), then writes them into a fresh PostgreSQL database with the worker's batches (putArticles, batches
 * of --batch, asynchronous commit, as `rasd worker` does) over one connection, and prints that backend's CPU, the
 * WAL writer's, checkpointer's and background writer's, and the merge of the GIN pending lists left at the end
 * (put-off index work is charged). No pg-boss, no analysis: a variant's cost is measured in seconds, not minutes,
 * and the figure is the store's own server work (scripts/pg-write-cost.sh measures the whole worker run).
 *
 *   npx tsx scripts/pg-write-replay.ts [--articles 2000] [--records /tmp/rasd-replay-2000.jsonl] [--db NAME]
 *       [--hook "SQL run after the migrations, before the writes"] [--rounds 2] [--batch 128] [--statements] [--keep]
 *
 * --batch: articles a putArticles call (default: the worker's, DEFAULT_WORKER_BATCH); --statements: the statements by
 * time inside the server (pg_stat_statements, when the server preloads it), and the counts the machine's load does not
 * change: WAL records and bytes and shared buffers touched an article, summed over the writes' statements; --keep: keep the last round's database.
 * The records file is not remade when the analyzer changes: delete it to analyze again.
 *
 * $RASD_TEST_PG names the server (default postgres://postgres@127.0.0.1:55432/postgres); the database (default
 * rasd_write_replay) is dropped and created for each round and dropped at the end. The server must run on this
 * machine (the CPU comes from /proc).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readSource } from '../src/ingest/sources.ts';
import { createRecordMaker } from '../src/ingest/record.ts';
import { DEFAULT_WORKER_BATCH } from '../src/ingest/queue.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import type { ArticleRecord } from '../src/store/store.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    records: { type: 'string' },
    db: { type: 'string', default: 'rasd_write_replay' },
    hook: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    batch: { type: 'string', default: String(DEFAULT_WORKER_BATCH) },
    keep: { type: 'boolean' },
    statements: { type: 'boolean' },
  },
});
const n = Number(values.articles);
if (!/^[a-z_][a-z0-9_]*$/.test(values.db!)) throw new Error('--db must be a plain lower-case name');
const server = process.env.RASD_TEST_PG ?? 'postgres://postgres@127.0.0.1:55432/postgres';
const url = `${server.replace(/\/[^/]*$/, '')}/${values.db}`;
const recordsPath = values.records ?? `/tmp/rasd-replay-${n}.jsonl`;
const HZ = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; // clock ticks a second

async function loadRecords(): Promise<ArticleRecord[]> {
  if (existsSync(recordsPath)) {
    return readFileSync(recordsPath, 'utf8').split('\n').filter(Boolean).map((l) => {
      const r = JSON.parse(l);
      return { ...r, signature: Uint32Array.from(r.signature) } as ArticleRecord;
    });
  }
  const maker = createRecordMaker();
  const out: ArticleRecord[] = [];
  let i = 0;
  for await (const item of readSource(process.env.CORPUS ?? new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url).pathname)) {
    if (i++ >= n) break;
    const res = item.article ? maker.make(item.article) : null;
    if (res?.record) out.push(res.record);
  }
  writeFileSync(recordsPath, out.map((r) => JSON.stringify({ ...r, signature: r.signature ? [...r.signature] : undefined })).join('\n') + '\n');
  console.error(`analyzed ${out.length} articles into ${recordsPath}`);
  return out;
}

function ticks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]); // utime + stime (fields 14 and 15)
  } catch {
    return 0;
  }
}

async function sharedPids(admin: pg.Client): Promise<number[]> {
  const r = await admin.query("SELECT pid FROM pg_stat_activity WHERE backend_type IN ('walwriter', 'checkpointer', 'background writer')");
  return r.rows.map((x) => x.pid as number);
}

async function round(records: ArticleRecord[], batch: number): Promise<{ client: number; backend: number; shared: number; merge: number; wall: number }> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${values.db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${values.db}`);
  const store = await openPgStore(url, { poolSize: 1, cacheSize: 0, asyncCommit: true });
  try {
    if (values.hook) await store.pool.query(values.hook);
    // statement times (wall time inside the server, not CPU) when the server preloads pg_stat_statements
    const stats = values.statements && (await store.pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').then(() => true, () => false));
    await store.pool.query('CHECKPOINT');
    if (stats) await store.pool.query('SELECT pg_stat_statements_reset()');
    const pid = (await store.pool.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const shared = await sharedPids(admin);
    const s0 = shared.reduce((t, p) => t + ticks(p), 0);
    const b0 = ticks(pid);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < records.length; i += batch) await store.putArticles(records.slice(i, i + batch));
    const c1 = process.cpuUsage(c0);
    const b1 = ticks(pid);
    await store.pool.query(
      "SELECT gin_clean_pending_list(c.oid) FROM pg_class c JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'gin' AND c.relnamespace = 'public'::regnamespace",
    );
    const b2 = ticks(pid);
    const wall = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 300));
    const s1 = shared.reduce((t, p) => t + ticks(p), 0);
    if (stats) {
      const top = await store.pool.query(
        `SELECT round(total_exec_time::numeric) AS ms, round(total_plan_time::numeric) AS plan, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 100) AS statement FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT 12`,
      );
      for (const r of top.rows) console.log(`  ${String(r.ms).padStart(6)} ms (plan ${r.plan}) ${String(r.calls).padStart(5)} calls ${String(r.rows).padStart(7)} rows  ${r.statement}`);
      const sum = (
        await store.pool.query(
          `SELECT sum(wal_records)::float8 AS records, sum(wal_bytes)::float8 AS bytes, sum(shared_blks_hit + shared_blks_read)::float8 AS buffers, sum(shared_blks_dirtied)::float8 AS dirtied
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE 'SELECT gin_clean_pending_list%'`,
        )
      ).rows[0];
      const a = (x: number) => (x / records.length).toFixed(1);
      console.log(`  the writes' statements, an article: ${a(sum.records)} WAL records, ${a(sum.bytes)} WAL bytes, ${a(sum.buffers)} shared buffers touched, ${a(sum.dirtied)} dirtied`);
    }
    return { client: (c1.user + c1.system) / 1e6, backend: (b1 - b0) / HZ, merge: (b2 - b1) / HZ, shared: (s1 - s0) / HZ, wall };
  } finally {
    await store.close();
    if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${values.db} WITH (FORCE)`);
    await admin.end();
  }
}

const records = await loadRecords();
const per = (s: number) => ((1000 * s) / records.length).toFixed(3);
for (let r = 0; r < Number(values.rounds); r++) {
  const x = await round(records, Number(values.batch));
  console.log(
    `round ${r + 1}: ${records.length} articles, server CPU ${per(x.backend + x.merge + x.shared)} ms an article (backend ${per(x.backend)}, pending-list merge ${per(x.merge)}, WAL writer/checkpointer/bgwriter ${per(x.shared)}); this process's CPU ${per(x.client)} ms an article; wall ${x.wall.toFixed(1)} s`,
  );
}
