/**
 * `rasd demo`: the main job end to end. Ingests the sample articles
 * into the store and serves the API (and the web UI when built), printing
 * the URL; with --smoke it probes /api/stats and stops, for CI.
 */
import { parseArgs } from './args.ts';
import { RasdError } from '../core/errors.ts';
import { dbPath, openStore } from '../store/open.ts';
import { ingest } from '../ingest/ingest.ts';
import { Progress } from '../ingest/progress.ts';
import { startServer } from '../server/serve.ts';
import { parsePort } from './commands/serve.ts';
import { summaryLine, printRejected } from './commands/ingest.ts';

export async function runDemoServe(argv: string[], samplesDir: string): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { smoke: { type: 'boolean' }, db: { type: 'string' }, port: { type: 'string', short: 'p' }, help: { type: 'boolean' } },
  });
  // the port is checked before the samples are ingested (qa16: --port abc ingested them, then refused the port)
  const port = parsePort(values.port, values.smoke ? 0 : 8080);
  const store = await openStore(dbPath(values.db));
  try {
    // an old store's analyses of the samples are analyzed again: ingest skips them as already stored, and the demo
    // showed what an older rasd had found
    const summary = await ingest({ store, paths: [samplesDir], progress: new Progress(), reanalyzeStale: true });
    printRejected(summary);
    console.log(summaryLine(summary));
    for (const f of summary.reanalyzeFailed ?? []) console.error(`rasd demo: article ${f.id} could not be analyzed again: ${f.reason}`);
    if (summary.reanalyzed) console.log(`rasd demo: ${summary.reanalyzed} stored articles analyzed again (their analyses were made by another rasd version)`);
    // The smoke test takes any free port so CI never collides with a running server.
    const server = await startServer({ store, port });
    console.log(`rasd demo: serving ${summary.stored + summary.duplicates} sample articles at ${server.url} (API docs: ${server.url}api/docs)`);
    if (values.smoke) {
      try {
        const res = await fetch(`${server.url}api/stats`);
        const stats = (await res.json()) as { articles?: number };
        if (res.status !== 200 || !stats.articles) throw new RasdError('RASD_E010', `smoke test: GET /api/stats answered ${res.status} ${JSON.stringify(stats)}`);
        const home = await fetch(server.url);
        const html = await home.text();
        // The web UI when it is built (npm ci builds it), else the API's own home page.
        if (home.status !== 200 || !/<div id="root">|api\/docs/.test(html)) throw new RasdError('RASD_E010', `smoke test: GET / answered ${home.status}`);
        // The UI's script must come back as JavaScript, not as the index page.
        const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
        if (script) {
          const js = await fetch(`${server.url}${script}`);
          await js.arrayBuffer();
          if (js.status !== 200 || !/javascript/.test(js.headers.get('content-type') ?? '')) throw new RasdError('RASD_E010', `smoke test: GET /${script} answered ${js.status} ${js.headers.get('content-type')}`);
        }
        const search = await fetch(`${server.url}api/search?q=${encodeURIComponent('القاهرة')}`);
        if (search.status !== 200) throw new RasdError('RASD_E010', `smoke test: GET /api/search answered ${search.status}`);
        console.log(`rasd demo: smoke test passed: ${JSON.stringify(stats)}; web UI ${html.includes('<div id="root">') ? 'served' : 'not built'}`);
      } finally {
        await server.close();
      }
      return 0;
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  } finally {
    await store.close();
  }
}
