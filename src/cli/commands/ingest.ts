/**
 * rasd ingest PATH... [--db FILE] [--workers N]
 * rasd ingest --db postgres://... --queue PATH...   (enqueue for rasd worker)
 */
import { shownName } from '../shown.ts';
import { parseArgs } from '../args.ts';
import { RasdError } from '../../core/errors.ts';
import { dbPath, isPostgresUrl, openStore } from '../../store/open.ts';
import { ingest, type IngestSummary } from '../../ingest/ingest.ts';
import { Progress } from '../../ingest/progress.ts';

const HELP = `usage: rasd ingest PATH... [--db FILE] [--workers N]
       rasd ingest --db postgres://... --queue PATH... [--job-timeout S]

Reads every article under PATH (files, folders recursively, quoted globs) in
any format rasd knows (seed, ANT, JSON, JSON Lines and .jsonl.gz streamed,
RSS 2.0 and Atom feeds, saved HTML pages), analyzes new ones on all cores and
stores them. Content already stored is skipped, so a rerun (after an
interruption too) completes the store. Bad items are recorded and listed.
  --db        store file (default $RASD_DB or rasd.db)
  --workers   analysis threads (default: one per core)
  --queue     (PostgreSQL stores) read, check and hash the articles and put
              new ones on the job queue; rasd worker processes analyze them
  --job-timeout  seconds a worker may hold a job before another takes it
              over (--queue; default 120)`;

export function parseWorkers(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 256) throw new RasdError('RASD_E007', `--workers must be a whole number from 1 to 256, not "${v}"`);
  return n;
}

export function summaryLine(s: IngestSummary): string {
  return `rasd ingest: ${s.articles} articles read, ${s.stored} stored, ${s.duplicates} already stored or duplicate, ${s.rejected.length} rejected in ${s.seconds.toFixed(1)} s (${s.rate.toFixed(1)} articles/s analyzed)`;
}

export function printRejected(s: Pick<IngestSummary, 'rejected' | 'notes'>, limit = 20): void {
  for (const r of s.rejected.slice(0, limit)) console.error(`rasd ingest: rejected ${shownName(r.path)}: ${r.reason}`);
  if (s.rejected.length > limit) console.error(`rasd ingest: ... and ${s.rejected.length - limit} more rejected items (see the rejected table)`);
  for (const r of s.notes.slice(0, limit)) console.error(`rasd ingest: ${shownName(r.path)}: ${r.reason}`);
  if (s.notes.length > limit) console.error(`rasd ingest: ... and ${s.notes.length - limit} more articles stored without a readable date or not in Arabic`);
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, workers: { type: 'string' }, queue: { type: 'boolean' }, 'job-timeout': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!positionals.length) throw new RasdError('RASD_E007', `no input paths\n${HELP}`);
  if (values.queue) return enqueueRun(dbPath(values.db), positionals, values['job-timeout']);
  const workers = parseWorkers(values.workers); // before the store: a bad option must not create one (qa9)
  const store = await openStore(dbPath(values.db));
  try {
    const summary = await ingest({ store, paths: positionals, workers, progress: new Progress() });
    printRejected(summary);
    console.log(summaryLine(summary));
    return summary.rejected.length || summary.notes.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function enqueueRun(db: string, paths: string[], timeout: string | undefined): Promise<number> {
  if (!isPostgresUrl(db)) throw new RasdError('RASD_E007', '--queue needs a PostgreSQL store: --db postgres://...');
  const jobTimeout = timeout === undefined ? undefined : Number(timeout);
  if (jobTimeout !== undefined && (!/^\d+$/.test(timeout!) || jobTimeout < 1 || jobTimeout > 86_400)) throw new RasdError('RASD_E007', `--job-timeout must be whole seconds from 1 to 86400, not "${timeout}"`);
  const { enqueue } = await import('../../ingest/queue.ts');
  const store = await openStore(db);
  try {
    const s = await enqueue({ url: db, store, paths, jobTimeout });
    printRejected(s);
    console.log(`rasd ingest: ${s.articles} articles read, ${s.enqueued} queued, ${s.alreadyQueued ? `${s.alreadyQueued} already queued, ` : ''}${s.duplicates} already stored or duplicate, ${s.rejected.length} rejected in ${s.seconds.toFixed(1)} s`);
    return s.rejected.length || s.notes.length ? 1 : 0;
  } finally {
    await store.close();
  }
}
