/**
 * The server's CPU for the queue's own work, without analysis or store writes (pg16): queues the first N corpus
 * articles in a fresh database (`rasd ingest --queue`'s enqueue, not measured), then drains the queue as
 * `rasd worker` does (fetch a batch, complete it) over one pg-boss connection, and prints that backend's CPU an
 * article, the WAL writer's, its own (the client's: pg-boss, node-postgres, the job's JSON) and the wall time. Rounds alternate the variants given.
 *
 *   npx tsx scripts/pg-queue-cost.ts [--articles 2000] [--db pg16_queue] [--rounds 2] [--batch 128] [--statements]
 *
 * --statements: the drain's statements by time inside the server, with their buffers and WAL records a job
 * (pg_stat_statements, when the server preloads it; twenty-second session, pg22).
 *
 * Variants: "sync" (commits wait for the disk, as before pg16) and "async" (synchronous_commit off, `rasd worker`
 * since pg16); each also counts the waiting jobs before a fetch as the worker now does (the bounded count).
 * $RASD_TEST_PG names the server (default postgres://postgres@127.0.0.1:55432/postgres), which must run on this
 * machine (CPU from /proc); $CORPUS the corpus. The database is dropped at the end.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createBoss, enqueue, ensureQueue, fetchSize, QUEUE, TAIL_SHARE, type ArticleJob } from '../src/ingest/queue.ts';
import { readSource, type SourceItem } from '../src/ingest/sources.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    db: { type: 'string', default: 'pg16_queue' },
    rounds: { type: 'string', default: '2' },
    batch: { type: 'string', default: '128' },
    statements: { type: 'boolean' },
  },
});
const n = Number(values.articles);
const batch = Number(values.batch);
if (!/^[a-z_][a-z0-9_]*$/.test(values.db!)) throw new Error('--db must be a plain lower-case name');
const server = process.env.RASD_TEST_PG ?? 'postgres://postgres@127.0.0.1:55432/postgres';
const url = `${server.replace(/\/[^/]*$/, '')}/${values.db}`;
const corpus = process.env.CORPUS ?? '/work/shared/data/news/ant-corpus.jsonl.gz';
const HZ = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function ticks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

const items: SourceItem[] = [];
for await (const item of readSource(corpus)) {
  if (items.length >= n) break;
  items.push(item);
}

async function round(variant: 'sync' | 'async'): Promise<string> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${values.db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${values.db}`);
  const store = await openPgStore(url);
  const queued = await enqueue({ url, store, paths: [], items });
  await store.close();
  // one connection, so one backend does all the queue's work
  const boss = createBoss(url, { asyncCommit: variant === 'async', max: 1 });
  await boss.start();
  try {
    await ensureQueue(boss);
    const db = boss.getDb();
    const pid = Number(((await db.executeSql('SELECT pg_backend_pid() AS p', [])) as { rows: Array<{ p: number }> }).rows[0]!.p);
    await admin.query('CHECKPOINT');
    const stats = values.statements && (await db.executeSql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements', []).then(() => db.executeSql('SELECT pg_stat_statements_reset()', [])).then(() => true, () => false));
    const walPids = (await admin.query("SELECT pid FROM pg_stat_activity WHERE backend_type = 'walwriter'")).rows.map((r) => r.pid as number);
    const w0 = walPids.reduce((t, p) => t + ticks(p), 0);
    const b0 = ticks(pid);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let done = 0;
    for (;;) {
      const { rows } = (await db.executeSql("SELECT count(*)::int AS n FROM (SELECT 1 FROM pgboss.job WHERE name = $1 AND state < 'active' LIMIT $2) w", [QUEUE, TAIL_SHARE * batch])) as { rows: Array<{ n: number }> };
      const jobs = await boss.fetch<ArticleJob>(QUEUE, { batchSize: fetchSize(batch, rows[0]!.n) });
      if (!jobs.length) break;
      for (const j of jobs) JSON.parse(j.data.article);
      await boss.complete(QUEUE, jobs.map((j) => j.id));
      done += jobs.length;
    }
    const wall = (performance.now() - t0) / 1000;
    const c1 = process.cpuUsage(c0);
    const b1 = ticks(pid);
    await new Promise((r) => setTimeout(r, 700));
    const w1 = walPids.reduce((t, p) => t + ticks(p), 0);
    const per = (t: number) => ((1000 * t) / HZ / done).toFixed(3);
    if (stats) {
      const top = ((await db.executeSql(
        `SELECT round(total_exec_time::numeric) AS ms, calls, (shared_blks_hit + shared_blks_read)::float8 AS buffers, wal_records::float8 AS wal, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS q
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) ORDER BY total_exec_time DESC LIMIT 6`,
        [values.db],
      )) as { rows: Array<{ ms: string; calls: string; buffers: number; wal: number; q: string }> }).rows;
      for (const r of top) console.log(`  ${String(r.ms).padStart(5)} ms ${String(r.calls).padStart(4)} calls, a job: ${(r.buffers / done).toFixed(1)} buffers, ${(r.wal / done).toFixed(1)} WAL records  ${r.q}`);
    }
    return `${variant}: ${done} jobs (${queued.enqueued} queued), queue backend CPU ${per(b1 - b0)} ms a job, WAL writer ${per(w1 - w0)} ms a job (whole server), this process ${((c1.user + c1.system) / 1000 / done).toFixed(3)} ms a job, wall ${wall.toFixed(2)} s (${((1000 * wall) / done).toFixed(3)} ms a job)`;
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await admin.query(`DROP DATABASE IF EXISTS ${values.db} WITH (FORCE)`);
    await admin.end();
  }
}

for (let r = 0; r < Number(values.rounds); r++) {
  for (const v of ['sync', 'async'] as const) console.log(`round ${r + 1}, ${await round(v)}`);
}
