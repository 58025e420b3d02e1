/**
 * rasd serve [--db FILE] [--port N] [--host H] [--token T]
 */
import { parseArgs } from 'node:util';
import { RasdError } from '../../core/errors.ts';
import { dbPath, openStore } from '../../store/open.ts';
import { startServer } from '../../server/serve.ts';

const HELP = `usage: rasd serve [--db FILE] [--port N] [--host H] [--token T]

Serves the JSON API over the store (docs at /api/docs) and the web UI when
built. Listens on 127.0.0.1:8080 by default; listening on another address
needs a token (--token or $RASD_TOKEN), then required for every write.`;

export function parsePort(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new RasdError('RASD_E007', `--port must be a number from 0 to 65535, not "${v}"`);
  return n;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string', short: 'p' }, host: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const store = await openStore(dbPath(values.db));
  const server = await startServer({ store, host: values.host, port: parsePort(values.port, 8080), token: values.token ?? process.env.RASD_TOKEN });
  console.log(`rasd serve: listening on ${server.url} (API docs: ${server.url}api/docs)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
