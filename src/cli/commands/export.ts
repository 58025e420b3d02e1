/**
 * rasd export [--format jsonl|csv|gdelt] [--db FILE] [--no-header]
 */
import { once } from 'node:events';
import { parseArgs } from '../args.ts';
import { RasdError } from '../../core/errors.ts';
import { dbPath, openStore, requireStore } from '../../store/open.ts';
import { exportEvents, EXPORT_FORMATS, type ExportFormat } from '../../server/export.ts';

// qa17: the usage line gave --format as required (it defaults to jsonl) and did not explain --no-header
const HELP = `usage: rasd export [--format jsonl|csv|gdelt] [--db FILE] [--no-header]

Prints every stored event on stdout (the count on stderr).
  --format     jsonl (default): one JSON object a line; csv: a header row and
               one row an event (RFC 4180 quoting); gdelt: GDELT 2.0
               Events-style TSV (a header row, 61 columns, filled where rasd
               knows the value)
  --db         store file (default $RASD_DB or rasd.db)
  --no-header  csv and gdelt without their header row`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, format: { type: 'string', short: 'f' }, 'no-header': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const format = (values.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new RasdError('RASD_E007', `unknown --format "${values.format}" (gdelt, jsonl or csv)`);
  const path = dbPath(values.db);
  requireStore(path);
  const store = await openStore(path);
  try {
    const n = await exportEvents(store, format, async (chunk) => {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }, !values['no-header']);
    console.error(`rasd export: ${n} events`);
    return 0;
  } finally {
    await store.close();
  }
}
