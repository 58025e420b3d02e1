/**
 * rasd serve [--db FILE] [--port N] [--host H] [--token T] [--workers N]
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { parseArgs } from '../args.ts';
import { RasdError, describeError } from '../../core/errors.ts';
import { dbPath, openStore, storeMissing } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { isLoopback, startServer, type Running } from '../../server/serve.ts';

const HELP = `usage: rasd serve [--db FILE] [--port N] [--host H] [--token T] [--workers N]

Serves the JSON API over the store (docs at /api/docs) and the web UI when
built. Listens on 127.0.0.1:8080 by default; listening on another address
needs a token (--token or $RASD_TOKEN), then required for every write.
--workers N: server processes sharing the port (default: the number of CPUs;
1 serves from this process).`;

export function parsePort(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 0 || n > 65535) throw new RasdError('RASD_E007', `--port must be a number from 0 to 65535, not "${v}"`);
  return n;
}

export function parseWorkers(v: string | undefined): number {
  if (v === undefined) return availableParallelism();
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 256) throw new RasdError('RASD_E007', `--workers must be a whole number from 1 to 256, not "${v}"`);
  return n;
}

function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      token: { type: 'string' },
      workers: { type: 'string', short: 'w' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = parsePort(values.port, 8080);
  const token = values.token ?? process.env.RASD_TOKEN;
  const workers = cluster.isPrimary ? parseWorkers(values.workers) : 1;
  const db = dbPath(values.db);
  // a mistyped --db served a new, empty store without a word (qa12); an empty store to POST articles to stays possible
  if (cluster.isPrimary && db !== ':memory:' && storeMissing(db)) {
    console.error(`rasd serve: no store at ${db}: serving a new, empty store (rasd ingest fills one)`);
  }
  if (cluster.isPrimary && workers > 1) return runPrimary(db, values.host ?? '127.0.0.1', port, token, workers);

  let store: Store | undefined;
  let server: Running;
  try {
    store = await openStore(db);
    server = await startServer({ store, host: values.host, port, token });
  } catch (err) {
    if (!cluster.isWorker) throw err;
    // a worker's channel to the primary keeps it alive: tell the primary why, then end (qa9: on a busy port every
    // worker printed the error and stayed, and the primary waited for them for ever)
    await store?.close().catch(() => {});
    process.send!({ failed: describeError(err) }, () => process.exit(1));
    return 1;
  }
  if (cluster.isWorker) process.send!({ listening: server.url });
  else console.log(`rasd serve: listening on ${server.url} (API docs: ${server.url}api/docs)`);
  await untilSignal();
  await server.close();
  await store.close();
  // a cluster worker's channel to the primary would keep it alive
  if (cluster.isWorker) process.disconnect?.();
  return 0;
}

/**
 * N processes share the port (node:cluster hands connections out round
 * robin): each opens the store itself, a read/write SQLite connection in WAL
 * mode (safe across processes; the read cache of each notices the others'
 * writes through PRAGMA data_version) or its own PostgreSQL pool. The
 * primary only migrates the store first (so workers do not race to), forks,
 * restarts a worker that dies, and stops them all on SIGINT/SIGTERM.
 */
async function runPrimary(db: string, host: string, port: number, token: string | undefined, workers: number): Promise<number> {
  if (!isLoopback(host) && !token) throw new RasdError('RASD_E007', `binding to ${host} needs a token for writes: set RASD_TOKEN or pass --token`);
  await (await openStore(db)).close();
  let stopping = false;
  let url = '';
  const listening = new Set<number>();
  const ready = new Promise<void>((resolve, reject) => {
    cluster.on('message', (w, msg: { listening?: string; failed?: string }) => {
      // the worker's line already ends with its code ([RASD_E007]): not a second one
      if (msg?.failed) return reject(new RasdError('RASD_E007', `a server process failed to start: ${msg.failed.replace(/ \[RASD_E\d+\]$/, '')}`));
      if (!msg?.listening) return;
      url = msg.listening;
      listening.add(w.id);
      if (listening.size === workers) resolve();
    });
    cluster.on('exit', (w, code, signal) => {
      if (stopping) return;
      if (!listening.has(w.id)) return reject(new RasdError('RASD_E007', `a server process failed to start (exit ${code ?? signal})`));
      listening.delete(w.id);
      console.error(`rasd serve: server process ${w.process.pid} ended (${code ?? signal}); starting another`);
      cluster.fork();
    });
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  try {
    await ready;
  } catch (err) {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    throw err;
  }
  console.log(`rasd serve: listening on ${url} with ${workers} processes (API docs: ${url}api/docs)`);
  await untilSignal();
  stopping = true;
  const alive = Object.values(cluster.workers ?? {}).filter((w) => !!w);
  await Promise.all(
    alive.map(
      (w) =>
        new Promise<void>((resolve) => {
          w!.once('exit', () => resolve());
          w!.process.kill('SIGTERM');
        }),
    ),
  );
  return 0;
}
