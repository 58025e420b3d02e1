/**
 * rasd reanalyze [--db FILE] [--workers N]
 */
import { parseArgs } from '../args.ts';
import { dbPath, openStore, requireStore } from '../../store/open.ts';
import { reanalyze } from '../../ingest/ingest.ts';
import { Progress } from '../../ingest/progress.ts';
import { parseWorkers } from './ingest.ts';

const HELP = `usage: rasd reanalyze [--db FILE] [--workers N]

Analyzes again every stored article whose analysis was made by another
analyzer version than the current one (after new stages land), in place.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const path = dbPath(values.db);
  // a mistyped --db made a new empty store and "0 articles reanalyzed" (qa9); stats and export refuse it too
  requireStore(path);
  const workers = parseWorkers(values.workers);
  const store = await openStore(path);
  try {
    const s = await reanalyze({ store, workers, progress: new Progress() });
    for (const f of s.failed.slice(0, 20)) console.error(`rasd reanalyze: article ${f.id}: ${f.reason}`);
    console.log(`rasd reanalyze: ${s.reanalyzed} articles reanalyzed, ${s.failed.length} failed in ${s.seconds.toFixed(1)} s (analyzer ${s.version})`);
    return s.failed.length ? 1 : 0;
  } finally {
    await store.close();
  }
}
