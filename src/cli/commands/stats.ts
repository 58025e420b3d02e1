/**
 * rasd stats [--db FILE] [--json]
 */
import { parseArgs } from '../args.ts';
import { dbPath, openStore, requireStore } from '../../store/open.ts';

const HELP = `usage: rasd stats [--db FILE] [--json]

What the store holds: articles, stories, entities, quotes, events, rejected items.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const path = dbPath(values.db);
  requireStore(path);
  const store = await openStore(path);
  try {
    const s = await store.stats();
    if (values.json) console.log(JSON.stringify(s));
    else for (const [k, v] of Object.entries(s)) console.log(`${k.padEnd(9)} ${v}`);
    return 0;
  } finally {
    await store.close();
  }
}
