/**
 * Distributed ingest on PostgreSQL: `rasd ingest --queue` puts one job per
 * new article on a pg-boss queue in the store's database, and any number of
 * `rasd worker` processes, on any machines that reach the database, take
 * jobs, analyze the articles and write them to the store.
 *
 * Why nothing is lost or stored twice: delivery is at least once (a job is
 * done only when its handler returned; a worker killed mid-job leaves it
 * active until its expiry, when pg-boss's maintenance puts it back for
 * another worker), and the store's writes are idempotent (content hash), so a
 * second delivery finds the article stored and writes nothing. Job ids derive
 * from the content hash, so enqueuing the same input twice does not queue it
 * twice either.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { documentText, type ArticleInput } from '../core/document.ts';
import { RasdError } from '../core/errors.ts';
import { articleContentHash, idTakenReason } from '../store/keys.ts';
import type { ArticleRecord, RejectedItem, Store } from '../store/store.ts';
import { createAnalysis } from './pool.ts';
import { detectLanguage } from '../text/language.ts';
import { idClash, languageNote } from './ingest.ts';
import { unreadDateNote } from '../readers/date.ts';
import { expandPaths, readSource, type SourceItem } from './sources.ts';

export const QUEUE = 'rasd-ingest';
/**
 * Jobs a worker takes and writes together by default. 128, not 64 (pg13, docs/benchmarks.md "Eleventh session
 * (pg13)"): a batch's entities, aliases and story lookups are written once for all its articles, so a written
 * article costs less of the server's CPU (about 1.1 -> 0.95 ms on 2,000 corpus articles) and of the worker's;
 * a killed worker costs at most this many articles of analysis again.
 */
export const DEFAULT_WORKER_BATCH = 128;
/**
 * Near the end of a queue a worker takes a share of what waits, not a whole batch (pg16): workers draining a queue
 * (a backfill, `--exit-when-empty`) then finish their last batches close together, where one full batch taken last
 * kept one worker analyzing for up to a batch's time (128 articles, about 2 s) while the others had nothing left.
 * A fetch takes ceil(waiting / TAIL_SHARE) jobs, at least MIN_TAIL_BATCH, at most the batch size; the waiting jobs
 * are counted up to TAIL_SHARE batches (an index scan of at most that many entries), so a long queue costs one
 * bounded count a batch.
 */
export const TAIL_SHARE = 4;
export const MIN_TAIL_BATCH = 8;
/** Milliseconds a worker waits before asking again when it found no job. */
export const IDLE_POLL_MS = 500;
/** The same once the queue holds only jobs other workers are running, with --exit-when-empty (it exits once they are done). */
export const DRAIN_POLL_MS = 100;

/** Jobs the next fetch takes, given the batch size and the jobs waiting (counted up to TAIL_SHARE batches). */
export function fetchSize(batchSize: number, waiting: number): number {
  return Math.min(batchSize, Math.max(MIN_TAIL_BATCH, Math.ceil(waiting / TAIL_SHARE)));
}

/** Jobs waiting in the ingest queue (not yet taken), counted up to `limit`. */
async function waitingJobs(boss: PgBoss, limit: number): Promise<number> {
  const { rows } = (await boss.getDb().executeSql(
    "SELECT count(*)::int AS n FROM (SELECT 1 FROM pgboss.job WHERE name = $1 AND state < 'active' LIMIT $2) w",
    [QUEUE, limit],
  )) as { rows: Array<{ n: number }> };
  return rows[0]?.n ?? 0;
}

/**
 * Whether any job of the ingest queue is waiting or running. Stops at the first one, where pg-boss's getQueueSize
 * counted them all: no index holds the running jobs, so it read every job row the queue keeps (completed ones too,
 * until archived: about 12 ms for 2,000 jobs on the loaded development machine), now asked every DRAIN_POLL_MS.
 */
async function unfinishedJobs(boss: PgBoss): Promise<boolean> {
  const { rows } = (await boss.getDb().executeSql("SELECT 1 FROM pgboss.job WHERE name = $1 AND state < 'completed' LIMIT 1", [QUEUE])) as { rows: unknown[] };
  return rows.length > 0;
}

/** Seconds a job may stay active before another worker may take it over. */
export const DEFAULT_JOB_TIMEOUT = 120;

export interface ArticleJob {
  label: string;
  hash: string;
  /** The article as JSON text: jsonb refuses NUL and lone surrogates, a string of JSON carries them escaped. */
  article: string;
}

/** A job id (UUID-shaped) fixed by the content hash. */
export function jobId(hash: string): string {
  const h = createHash('sha256').update(`rasd-ingest:${hash}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * A pg-boss client on `url`. `asyncCommit` (`rasd worker`, pg16): its transactions (taking jobs, completing them,
 * maintenance) commit without waiting for the WAL to reach disk (`synchronous_commit = off` for its connections).
 * Safe for a worker: a server crash loses a suffix of the WAL, never a commit without the ones before it. A lost
 * fetch leaves its jobs waiting (another fetch takes them; a batch written from them meanwhile is found stored, by
 * content hash); a lost completion leaves its jobs active until the job timeout, then they are delivered again
 * and found stored; a completion that survived had its batch's commit before it in the WAL, so the batch survived.
 * Delivery stays at least once. `rasd ingest --queue` keeps synchronous commits: it tells its user "queued".
 */
export function createBoss(url: string, opts: { supervise?: boolean; maintenanceSeconds?: number; asyncCommit?: boolean; max?: number } = {}): PgBoss {
  const boss = new PgBoss({
    connectionString: url,
    schedule: false,
    supervise: opts.supervise ?? false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 10,
    max: opts.max ?? 4,
    // passed through to node-postgres's pool: a setting for each of its sessions
    ...(opts.asyncCommit ? { options: '-c synchronous_commit=off' } : {}),
  } as PgBoss.ConstructorOptions);
  boss.on('error', (err) => console.error(`rasd queue: ${err.message}`));
  return boss;
}

/** The ids among `ids` that have a job of the ingest queue, in any state (pg-boss keeps finished jobs until archived). */
async function jobsInQueue(boss: PgBoss, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const { rows } = (await boss.getDb().executeSql('SELECT id::text AS id FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])', [QUEUE, ids])) as {
    rows: Array<{ id: string }>;
  };
  return new Set(rows.map((r) => r.id));
}

export async function ensureQueue(boss: PgBoss, jobTimeout = DEFAULT_JOB_TIMEOUT): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(QUEUE)) return;
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 10, retryDelay: 1, expireInSeconds: jobTimeout });
      return;
    } catch (err) {
      // qa18: two processes creating the queue at once on a new database (two `ingest --queue`, or one and a worker):
      // pg-boss's createQueue lost to the other with "deadlock detected" (or a duplicate key) and the run ended.
      // The queue is there once the other commits: look again.
      if (attempt >= 8) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.floor(Math.random() * 50)));
    }
  }
}

export interface EnqueueOptions {
  url: string;
  store: Store;
  paths: string[];
  /** Seconds before an active job counts as abandoned (its worker died) and is handed to another. */
  jobTimeout?: number;
  items?: AsyncIterable<SourceItem> | Iterable<SourceItem>;
}

export interface EnqueueSummary {
  articles: number;
  enqueued: number;
  /** Articles whose job was in the queue already (queued by an earlier run, not yet stored): nothing new queued (qa15). */
  alreadyQueued: number;
  duplicates: number;
  rejected: RejectedItem[];
  /** Queued articles stored without a readable date or not in Arabic: what plain ingest says of them (qa13). */
  notes: RejectedItem[];
  seconds: number;
}

/** The notes plain ingest gives an article it stores: a date it cannot read, a language other than Arabic. */
function articleNotes(label: string, article: ArticleInput, unreadDate: string | undefined): RejectedItem[] {
  const out: RejectedItem[] = [];
  if (unreadDate) out.push({ path: label, reason: unreadDateNote(unreadDate, 'stored', article.date ?? null) });
  const note = languageNote(detectLanguage(documentText(article).text));
  if (note) out.push({ path: label, reason: note });
  return out;
}

async function* fileItems(paths: string[]): AsyncGenerator<SourceItem> {
  for (const file of expandPaths(paths)) yield* readSource(file);
}

/** Reads, validates and hashes every input item; queues new articles, records bad items as rejected. */
export async function enqueue(opts: EnqueueOptions): Promise<EnqueueSummary> {
  const started = Date.now();
  const boss = createBoss(opts.url);
  await boss.start();
  const jobTimeout = opts.jobTimeout ?? DEFAULT_JOB_TIMEOUT;
  const summary: EnqueueSummary = { articles: 0, enqueued: 0, alreadyQueued: 0, duplicates: 0, rejected: [], notes: [], seconds: 0 };
  try {
    await ensureQueue(boss, jobTimeout);
    const seen = new Set<string>();
    let buffer: ArticleJob[] = [];
    // per job of the buffer: its notes, said once it is queued (content already stored is skipped, as ingest does)
    let bufferNotes: RejectedItem[][] = [];
    let bufferArticles: ArticleInput[] = [];
    let rejects: RejectedItem[] = [];
    const idsThisRun = new Map<string, string>();
    const flush = async () => {
      if (rejects.length) await opts.store.reject(rejects.splice(0));
      if (!buffer.length) return;
      const batch = buffer;
      const batchNotes = bufferNotes;
      const batchArticles = bufferArticles;
      buffer = [];
      bufferNotes = [];
      bufferArticles = [];
      const known = await opts.store.knownHashes(batch.map((j) => j.hash));
      // an id its source gave, stored or queued earlier in this run with other text: refused as plain ingest does (qa17)
      const given = batchArticles.filter((a, k) => !known.has(batch[k]!.hash) && a.id);
      const stored = given.length ? await opts.store.articlesByDocId(given.map((a) => a.id!)) : [];
      const clashes: RejectedItem[] = [];
      const refused = new Set<number>();
      batch.forEach((j, k) => {
        if (known.has(j.hash)) return;
        const clash = idClash(batchArticles[k]!, j.hash, stored, idsThisRun);
        if (clash) (clashes.push({ path: j.label, reason: clash }), refused.add(k));
      });
      if (clashes.length) {
        summary.rejected.push(...clashes);
        await opts.store.reject(clashes);
      }
      // a job keyed on the same content hash may be in the queue already (an earlier run's, not yet stored): the insert
      // below skips it without a word, and this run counted it as queued and said its notes again (qa15)
      const queuedIds = await jobsInQueue(boss, batch.filter((j) => !known.has(j.hash)).map((j) => jobId(j.hash)));
      const fresh: ArticleJob[] = [];
      batch.forEach((j, k) => {
        if (known.has(j.hash) || refused.has(k)) return;
        if (queuedIds.has(jobId(j.hash))) summary.alreadyQueued++;
        else {
          fresh.push(j);
          summary.notes.push(...batchNotes[k]!);
        }
      });
      summary.duplicates += batch.filter((j) => known.has(j.hash)).length;
      if (fresh.length) await boss.insert(fresh.map((data) => ({ id: jobId(data.hash), name: QUEUE, data, expireInSeconds: jobTimeout })));
      summary.enqueued += fresh.length;
    };
    for await (const item of opts.items ?? fileItems(opts.paths)) {
      if (!item.article) {
        const r = { path: item.label, reason: item.error ?? 'unreadable' };
        summary.rejected.push(r);
        rejects.push(r);
      } else {
        summary.articles++;
        const hash = articleContentHash(item.article);
        if (seen.has(hash)) summary.duplicates++;
        else {
          seen.add(hash);
          buffer.push({ label: item.label, hash, article: JSON.stringify(item.article) });
          bufferNotes.push(articleNotes(item.label, item.article, item.unreadDate));
          bufferArticles.push(item.article);
        }
      }
      if (buffer.length >= 256 || rejects.length >= 256) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

export interface WorkerOptions {
  url: string;
  store: Store;
  /** Analysis threads in this process; 0 analyzes on the process's own thread, between writes (a one-core worker). */
  concurrency?: number;
  /** Jobs a fetch takes (written in one transaction; default DEFAULT_WORKER_BATCH). */
  batchSize?: number;
  /** Stop once no job is waiting or running anywhere (benchmarks, scripts). */
  exitWhenEmpty?: boolean;
  maintenanceSeconds?: number;
  /** Called after each batch is written. */
  onBatch?: (s: WorkerSummary) => void;
  /** Resolves when the worker should stop (SIGTERM). */
  stop?: Promise<void>;
  /** The queue's transactions commit without waiting for the disk (createBoss; `rasd worker` unless RASD_PG_SYNC_COMMIT=1). */
  asyncCommit?: boolean;
}

export interface WorkerSummary {
  stored: number;
  duplicates: number;
  rejected: number;
  seconds: number;
  /** Seconds spent waiting for analyses and in store writes (summed over the fetch loops). */
  analysisSeconds: number;
  writeSeconds: number;
  /**
   * The process's CPU seconds (user + system, all threads) over those same spans. With --concurrency 0 the spans
   * do not overlap and nothing else runs, so writeCpuSeconds is the worker's own CPU for its writes (building
   * statements and parameters, reading results), apart from the server's; with analysis threads both include
   * the threads' work and mean little.
   */
  analysisCpuSeconds: number;
  writeCpuSeconds: number;
}

/** Takes jobs until stopped (or, with exitWhenEmpty, until the queue is drained). */
export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const started = Date.now();
  const concurrency = Math.max(0, opts.concurrency ?? 1);
  const pool = createAnalysis(concurrency);
  await pool.version;
  const boss = createBoss(opts.url, { supervise: true, maintenanceSeconds: opts.maintenanceSeconds, asyncCommit: opts.asyncCommit });
  await boss.start();
  await ensureQueue(boss);
  const summary: WorkerSummary = { stored: 0, duplicates: 0, rejected: 0, seconds: 0, analysisSeconds: 0, writeSeconds: 0, analysisCpuSeconds: 0, writeCpuSeconds: 0 };
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let failure: Error | null = null;
  const handle = async (jobs: Array<PgBoss.Job<ArticleJob>>) => {
    const t0 = performance.now();
    const c0 = cpu();
    const results = await Promise.all(jobs.map((j) => pool.analyze(JSON.parse(j.data.article) as ArticleInput)));
    const t1 = performance.now();
    const c1 = cpu();
    const records: ArticleRecord[] = [];
    const labels: string[] = [];
    const rejects: RejectedItem[] = [];
    results.forEach((res, i) => {
      if (res.record) (records.push(res.record), labels.push(jobs[i]!.data.label));
      else rejects.push({ path: jobs[i]!.data.label, reason: res.error });
    });
    if (rejects.length) await opts.store.reject(rejects);
    const put = await opts.store.putArticles(records);
    // an id another ingest queued with other text, stored first (qa18): refused, its line in the store's rejected list
    const taken: RejectedItem[] = [];
    put.forEach((r, k) => {
      if (r.idTaken) taken.push({ path: labels[k]!, reason: idTakenReason(records[k]!.analysis.document.id, records[k]!.analysis.document.source, r.id) });
      else if (r.inserted) summary.stored++;
      else summary.duplicates++;
    });
    if (taken.length) await opts.store.reject(taken);
    summary.rejected += rejects.length + taken.length;
    summary.analysisSeconds += (t1 - t0) / 1000;
    summary.writeSeconds += (performance.now() - t1) / 1000;
    summary.analysisCpuSeconds += c1 - c0;
    summary.writeCpuSeconds += cpu() - c1;
    summary.seconds = (Date.now() - started) / 1000;
    opts.onBatch?.(summary);
  };
  // pg-boss's work() waits out its polling interval after every batch; this loop asks again at once while there is work
  const batchSize = opts.batchSize ?? DEFAULT_WORKER_BATCH;
  let stopped = false;
  let drained = false;
  opts.stop?.then(() => (stopped = true));
  const loop = async () => {
    while (!stopped && !failure && !drained) {
      const size = batchSize <= MIN_TAIL_BATCH ? batchSize : fetchSize(batchSize, await waitingJobs(boss, TAIL_SHARE * batchSize));
      const jobs = await boss.fetch<ArticleJob>(QUEUE, { batchSize: size });
      if (!jobs.length) {
        if (opts.exitWhenEmpty && !(await unfinishedJobs(boss))) drained = true;
        else await new Promise((r) => setTimeout(r, opts.exitWhenEmpty ? DRAIN_POLL_MS : IDLE_POLL_MS));
        continue;
      }
      const ids = jobs.map((j) => j.id);
      try {
        await handle(jobs);
        await boss.complete(QUEUE, ids);
      } catch (err) {
        // back to the queue for a retry; an analysis thread that died cannot be trusted with more jobs
        if (/analysis worker/.test(String((err as Error).message))) failure ??= err as Error;
        else console.error(`rasd worker: batch failed, will be retried: ${(err as Error).message}`);
        await boss.fail(QUEUE, ids).catch(() => {});
      }
    }
  };
  try {
    // one more loop than threads: one batch is written while the others are analyzed (on its own thread: one loop, in turn)
    await Promise.all(Array.from({ length: concurrency + 1 }, loop));
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await pool.close();
  }
  if (failure) throw new RasdError('RASD_E010', `analysis failed: ${(failure as Error).message}`);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
