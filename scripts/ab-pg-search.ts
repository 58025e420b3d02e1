/**
 * A/B of two PostgreSQL search settings on one store, by server CPU: the same store opened twice with
 * different PgStoreOptions (one connection each), the workload's searches of one kind run alternately,
 * each search's CPU read from its backend's /proc/PID/schedstat (nanoseconds; the server must run on this
 * machine). Server CPU barely moves with the load of other work, unlike wall-clock time. Also checks that
 * both give identical pages.
 *
 *   npx tsx scripts/ab-pg-search.ts --db postgres://.../pg12_x --sqlite /tmp/f6b.db --kind entity \
 *     --a '{"filterDriveShare":0}' --b '{}' [--reps 20] [--show]
 *   npx tsx scripts/ab-pg-search.ts --db postgres://.../pg11_full --db-b postgres://.../pg11_ext --sqlite F --kind all
 *
 * --db-b: B opens this database instead (the same data with another schema or storage, e.g. a copy made with
 * `CREATE DATABASE b TEMPLATE a` and changed); entity filters are mapped to each database's ids by key.
 *
 * --kind: entity, event, source, date, page, plain (text, no filter) or all (text queries only);
 * --sqlite: the SQLite store the workload's vocabulary is drawn from (scripts/bench-queries.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import Database from 'better-sqlite3';
import { openPgStore, type PgStoreOptions } from '../src/store/postgres/pg-store.ts';
import { buildWorkload, toSearchQuery, type BenchSearch } from './bench-queries.ts';
import type { Store } from '../src/store/store.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'db-b': { type: 'string' }, sqlite: { type: 'string' }, kind: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, reps: { type: 'string' }, show: { type: 'boolean' } },
});
if (!values.db || !values.sqlite) throw new Error('--db URL and --sqlite FILE are required');
const reps = Math.max(2, Number(values.reps ?? 20));
const kind = values.kind ?? 'all';
const optsA: PgStoreOptions = JSON.parse(values.a ?? '{}');
const optsB: PgStoreOptions = JSON.parse(values.b ?? '{}');
const liteDb = new Database(values.sqlite, { readonly: true });
const w = buildWorkload(liteDb);
liteDb.close();
const A = await openPgStore(values.db, { cacheSize: 0, poolSize: 1, ...optsA });
const B = await openPgStore(values['db-b'] ?? values.db, { cacheSize: 0, poolSize: 1, ...optsB });
const poolOf = (s: Store) => (s as unknown as { pool: pg.Pool }).pool;
const keys = [...new Set(w.searches.map((x) => x.entityKey).filter((k): k is string => !!k))];
const idsOf = async (s: Store) => {
  const ids = new Map<string, number>();
  for (const r of (await poolOf(s).query<{ id: number; key: string }>('SELECT id, key FROM entities WHERE key = ANY($1::text[])', [keys])).rows) ids.set(r.key, r.id);
  return ids;
};
const [idsA, idsB] = [await idsOf(A), await idsOf(B)];
const plain = (s: BenchSearch) => !s.entityKey && !s.eventType && !s.source && !s.from && !s.to && !s.page;
const pick: Record<string, (s: BenchSearch) => unknown> = {
  entity: (s) => s.entityKey, event: (s) => s.eventType, source: (s) => s.source, date: (s) => s.from || s.to, page: (s) => s.page, plain, all: () => true,
};
if (!pick[kind]) throw new Error(`--kind: one of ${Object.keys(pick).join(', ')}`);
const picked = w.searches.filter((s) => s.q && pick[kind]!(s));
const qs = picked.map((s) => toSearchQuery(s, (k) => idsA.get(k)));
const qsB = picked.map((s) => toSearchQuery(s, (k) => idsB.get(k)));
const pidOf = async (s: Store) => Number((await poolOf(s).query<{ p: number }>('SELECT pg_backend_pid() AS p')).rows[0]!.p);
const pids = [await pidOf(A), await pidOf(B)];
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
let same = 0;
for (let i = 0; i < qs.length; i++) if (JSON.stringify(await A.search(qs[i]!)) === JSON.stringify(await B.search(qsB[i]!))) same++;
let ta = 0;
let tb = 0;
const perA: number[] = [];
const perB: number[] = [];
for (let i = 0; i < qs.length; i++) {
  const q = qs[i]!;
  const per = [0, 0];
  // A, B, A, B: half the repetitions each time, so that drifts in the machine's load fall on both
  for (const k of [0, 1, 0, 1] as const) {
    const store = k === 0 ? A : B;
    const c0 = cpu(pids[k]!);
    for (let r = 0; r < reps / 2; r++) await store.search(k === 0 ? q : qsB[i]!);
    per[k]! += cpu(pids[k]!) - c0;
  }
  ta += per[0]!;
  tb += per[1]!;
  perA.push(per[0]! / reps);
  perB.push(per[1]! / reps);
  if (values.show) console.log(`${(per[0]! / reps).toFixed(2)} -> ${(per[1]! / reps).toFixed(2)}  ${JSON.stringify(q)}`);
}
// the searches' own CPU (each a mean over its repetitions) at a percentile: where the bench's p95 comes from
const pct = (v: number[], p: number) => [...v].sort((x, y) => x - y)[Math.round(p * (v.length - 1))] ?? NaN;
console.log(`${kind}: ${qs.length} queries, identical pages ${same}/${qs.length}; server CPU ms a search: A ${(ta / reps / qs.length).toFixed(3)}, B ${(tb / reps / qs.length).toFixed(3)} (${reps} each); 95th percentile of the searches: A ${pct(perA, 0.95).toFixed(2)}, B ${pct(perB, 0.95).toFixed(2)}`);
await A.close();
await B.close();
