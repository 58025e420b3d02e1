/**
 * rasd ingest PATH... [--db FILE] [--workers N]
 */
import { parseArgs } from 'node:util';
import { RasdError } from '../../core/errors.ts';
import { dbPath, openStore } from '../../store/open.ts';
import { ingest, type IngestSummary } from '../../ingest/ingest.ts';
import { Progress } from '../../ingest/progress.ts';

const HELP = `usage: rasd ingest PATH... [--db FILE] [--workers N]

Reads every article under PATH (files, folders recursively, quoted globs) in
any format rasd knows (seed, ANT, JSON, JSON Lines and .jsonl.gz streamed,
RSS 2.0 and Atom feeds, saved HTML pages), analyzes new ones on all cores and
stores them. Content already stored is skipped, so a rerun (after an
interruption too) completes the store. Bad items are recorded and listed.
  --db        store file (default $RASD_DB or rasd.db)
  --workers   analysis threads (default: one per core)`;

export function parseWorkers(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new RasdError('RASD_E007', `--workers must be a whole number from 1 to 256, not "${v}"`);
  return n;
}

export function summaryLine(s: IngestSummary): string {
  return `rasd ingest: ${s.articles} articles read, ${s.stored} stored, ${s.duplicates} already stored or duplicate, ${s.rejected.length} rejected in ${s.seconds.toFixed(1)} s (${s.rate.toFixed(1)} articles/s analyzed)`;
}

export function printRejected(s: IngestSummary, limit = 20): void {
  for (const r of s.rejected.slice(0, limit)) console.error(`rasd ingest: rejected ${r.path}: ${r.reason}`);
  if (s.rejected.length > limit) console.error(`rasd ingest: ... and ${s.rejected.length - limit} more rejected items (see the rejected table)`);
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!positionals.length) throw new RasdError('RASD_E007', `no input paths\n${HELP}`);
  const store = await openStore(dbPath(values.db));
  try {
    const summary = await ingest({ store, paths: positionals, workers: parseWorkers(values.workers), progress: new Progress() });
    printRejected(summary);
    console.log(summaryLine(summary));
    return summary.rejected.length ? 1 : 0;
  } finally {
    await store.close();
  }
}
