/**
 * A store ingested from the project's own sample articles plus one hostile
 * article (HTML and script in its text), served by the real app on a free
 * loopback port with the built web UI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/open.ts';
import { createAnalyzer } from '../../src/analyzer.ts';
import { loadResources } from '../../src/resources/load.ts';
import { prepareRecord } from '../../src/store/prepare.ts';
import { createSegmenter } from '../../src/text/clitics.ts';
import { readInput } from '../../src/io/input.ts';
import type { Store } from '../../src/store/store.ts';

const root = new URL('../../', import.meta.url).pathname;

export const HOSTILE_TITLE = 'خبر فيه <b>وسوم</b> و<script>window.__pwned=1</script>';

export interface FixtureServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-e2e-'));
  const hostile = join(dir, 'hostile.json');
  writeFileSync(hostile, JSON.stringify({ id: 'hostile-1', title: HOSTILE_TITLE, date: '2024-03-13', source: 'fixture', text: 'قال وزير الخارجية المصري إن <img src=x onerror="window.__pwned=2"> القاهرة ترحب بالوفد.' }));
  const store = await openStore(join(dir, 'e2e.db'));
  const resources = loadResources();
  const analyzer = createAnalyzer(resources);
  const segment = createSegmenter(resources.wordFrequencies);
  const files = ['2024-03-12-cairo-talks.txt', '2018-05-14-tehran-sanctions.txt', '2023-02-08-earthquake-aid.txt', '2025-07-21-gulf-summit.txt'].map((f) => join(root, 'samples', f));
  const records = [...files, hostile].flatMap((f) => readInput(f)).map((item) => prepareRecord(analyzer.analyzeArticle(item.article!), analyzer.version, segment));
  await store.putArticles(records);
  const app = createApp({ store, webDist: join(root, 'web', 'dist'), analyzer: () => analyzer, log: () => {} });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
