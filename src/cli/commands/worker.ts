/**
 * rasd worker --db postgres://... [--concurrency N] [--batch N] [--exit-when-empty]
 */
import { parseArgs } from '../args.ts';
import { RasdError } from '../../core/errors.ts';
import { dbPath, isPostgresUrl, openStore } from '../../store/open.ts';
import { DEFAULT_WORKER_BATCH, runWorker, type WorkerSummary } from '../../ingest/queue.ts';
import { tuneJitForSharedCores } from '../../resources/jit.ts';

const HELP = `usage: rasd worker --db postgres://... [--concurrency N] [--batch N] [--exit-when-empty]

Takes articles queued by \`rasd ingest --db postgres://... --queue\`, analyzes
them and writes them to the PostgreSQL store. Run as many as you like, on as
many machines as reach the database; a worker that dies has its jobs taken
over by the others once they time out. Stops on SIGINT/SIGTERM after the
batches in hand.
  --db               the PostgreSQL store (default $RASD_DB)
  --concurrency      analysis threads in this process (default 1); 0 analyzes
                     on the process's own thread between writes, so that the
                     process uses one core: run one such worker per core
  --batch            jobs taken and written together (default ${DEFAULT_WORKER_BATCH})
  --exit-when-empty  stop once no job is waiting or running`;

function intOption(name: string, v: string | undefined, max: number, min = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new RasdError('RASD_E007', `--${name} must be a whole number from ${min} to ${max}, not "${v}"`);
  return n;
}

function line(s: WorkerSummary): string {
  return `${s.stored} stored, ${s.duplicates} already stored, ${s.rejected} rejected in ${s.seconds.toFixed(1)} s (${(s.stored / Math.max(s.seconds, 1e-3)).toFixed(1)} articles/s; loops waited ${s.analysisSeconds.toFixed(1)} s on analysis, ${s.writeSeconds.toFixed(1)} s on writes; CPU ${s.analysisCpuSeconds.toFixed(1)} s analysis, ${s.writeCpuSeconds.toFixed(1)} s writes)`;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      concurrency: { type: 'string', short: 'c' },
      batch: { type: 'string' },
      'exit-when-empty': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const db = dbPath(values.db);
  if (!isPostgresUrl(db)) throw new RasdError('RASD_E007', 'a PostgreSQL store is needed: --db postgres://... (or $RASD_DB)');
  // options are checked before connecting, so a typo is reported as such even when the server is down
  const concurrency = intOption('concurrency', values.concurrency, 256, 0);
  const batchSize = intOption('batch', values.batch, 1000);
  // a batch's commit, and the queue's fetches and completions, need not wait for the disk (docs/deploy.md, createBoss)
  const asyncCommit = process.env.RASD_PG_SYNC_COMMIT !== '1';
  // workers run one per core, so V8's compiler threads take their CPU from another worker (src/resources/jit.ts)
  tuneJitForSharedCores();
  const store = await openStore(db, { asyncCommit });
  let last = 0;
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    const summary = await runWorker({
      url: db,
      store,
      concurrency,
      batchSize,
      exitWhenEmpty: values['exit-when-empty'],
      asyncCommit,
      stop,
      onBatch: (s) => {
        if (Date.now() - last < 10_000) return;
        last = Date.now();
        console.error(`rasd worker: ${line(s)}`);
      },
    });
    console.log(`rasd worker: ${line(summary)}`);
    return 0;
  } finally {
    await store.close();
  }
}
