/**
 * The cost of single store calls, without HTTP or queueing: every search of
 * the benchmark workload (scripts/bench-queries.ts) and every entity profile,
 * one at a time, read cache off; CPU time of this process per call, wall-time
 * percentiles and the slowest calls. A second argument runs them on another
 * store holding the same data (a postgres:// URL; entities matched by key).
 *
 *   nice -n 10 npx tsx scripts/bench-store-calls.ts /tmp/rasd-full.db [postgres://...] [--rounds R]
 *   node --cpu-prof --import tsx scripts/bench-store-calls.ts /tmp/rasd-full.db     # where the time goes
 */
import Database from 'better-sqlite3';
import { openStore } from '../src/store/open.ts';
import { buildWorkload, toSearchQuery } from './bench-queries.ts';
import { parseArgs } from 'node:util';
const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string' } } });
const dbPath = positionals[0]!;
const other = positionals[1];
// --rounds R: every call once to warm up, then R timed rounds (steadier CPU figures on a shared machine)
const rounds = Number(opts.rounds ?? 0);
const store: any = await openStore(other ?? dbPath, { cacheSize: 0 });
const pgIds = other ? new Map((await store.pool.query("SELECT id, key FROM entities")).rows.map((r: any) => [r.key, r.id])) : null;
const src = new Database(dbPath, { readonly: true });
const w = buildWorkload(src);
const idOf = (k: string) => pgIds ? pgIds.get(k) as number | undefined : (src.prepare('SELECT id FROM entities WHERE key = ?').pluck().get(k) as number | undefined);
const qs = w.searches.map((s) => toSearchQuery(s, idOf));
const pids = w.profiles.map(idOf).filter((x) => x !== undefined) as number[];
const n = Number(positionals[2] ?? 2000);
function pct(a: number[], p: number) { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]!.toFixed(2); }
for (const [name, items, fn] of [['search', qs, (q: any) => store.search(q)], ['profile', pids, (id: any) => store.entityProfile(id)]] as const) {
  const t: number[] = []; const slow: Array<[number, unknown]> = [];
  const calls = (items as any[]).slice(0, n);
  if (rounds) for (const it of calls) await (fn as any)(it);
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < Math.max(1, rounds); r++) for (const it of calls) { const t0 = performance.now(); await (fn as any)(it); const d = performance.now() - t0; t.push(d); slow.push([d, it]); }
  slow.sort((a, b) => b[0] - a[0]);
  const cpu = process.cpuUsage(cpu0);
  console.log(name, t.length, 'cpu ms/call', ((cpu.user + cpu.system) / 1000 / t.length).toFixed(2), 'wall mean', (t.reduce((a, b) => a + b, 0) / t.length).toFixed(2), 'p50', pct(t, 50), 'p95', pct(t, 95), 'max', pct(t, 100));
  console.log(' slowest', JSON.stringify(slow.slice(0, 6).map(([d, it]) => [d.toFixed(1), it])));
}
await store.close();
