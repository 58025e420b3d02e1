/**
 * Page load times of the web UI in Debian's Chromium against a store:
 * search → article → entity → relations → map, each timed from navigation
 * until its content is on screen, several rounds, median and worst.
 *
 *   npx tsx scripts/bench-web.ts --db /tmp/rasd-full.db [--rounds 5]
 *
 * The server runs in this process (no cache warm-up beyond what a user's
 * first visit gets: each round opens a fresh page); the browser is headless.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app.ts';
import { openStore } from '../src/store/open.ts';
import { WEB_DIST } from '../src/server/serve.ts';
import { launchBrowser } from '../test/e2e/browser.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string' } } });
if (!values.db || (!values.db.startsWith('postgres') && !existsSync(values.db))) throw new Error('usage: bench-web.ts --db STORE [--rounds N]');
const rounds = Number(values.rounds ?? 5);
const store = await openStore(values.db);
const stats = await store.stats();
const app = createApp({ store, webDist: WEB_DIST, log: () => {} });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise<void>((r) => server.once('listening', () => r()));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

// Targets drawn from the store itself: a common word, a well-covered article and entity, a busy dyad.
const entities = await store.findEntities('روسيا', 1);
const entity = entities[0]?.id ?? 1;
const hit = (await store.search({ q: 'روسيا', pageSize: 1 })).items[0];
const pages: Array<{ name: string; path: string; ready: string }> = [
  { name: 'search', path: `#/search?q=${encodeURIComponent('روسيا')}`, ready: '[data-testid="search-result"]' },
  { name: 'article', path: `#/article/${hit?.id ?? 1}`, ready: '[data-testid="article-text"]' },
  { name: 'entity', path: `#/entity/${entity}`, ready: '[data-testid="entity-network"] canvas' },
  { name: 'relations', path: '#/dyad?a=RUS&b=SYR&interval=month', ready: '[data-testid="dyad-chart"]' },
  { name: 'map', path: '#/map', ready: '[data-testid="map-place"]' },
];
const browser = await launchBrowser();
const times: Record<string, number[]> = {};
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const t0 = performance.now();
    await page.goto(url + p.path);
    await page.locator(p.ready).first().waitFor({ timeout: 30_000 });
    (times[p.name] ??= []).push(performance.now() - t0);
    await page.close();
  }
}
await browser.close();
await new Promise<void>((r) => server.close(() => r()));
await store.close();
console.log(`store: ${stats.articles} articles, ${stats.entities} entities, ${stats.events} events; ${rounds} rounds, fresh page each load`);
console.log('| page | median ms | worst ms |\n|---|---:|---:|');
for (const p of pages) {
  const t = times[p.name]!.sort((a, b) => a - b);
  console.log(`| ${p.name} | ${Math.round(t[Math.floor(t.length / 2)]!)} | ${Math.round(t[t.length - 1]!)} |`);
}
