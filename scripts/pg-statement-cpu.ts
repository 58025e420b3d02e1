/**
 * Server CPU of single SQL statements: each case runs as a named (prepared) statement on one connection, N times
 * after 7 untimed runs (the generic plan has taken over by then), in 4 rounds with the cases interleaved, and the
 * backend's CPU per run is read from /proc/PID/schedstat (nanoseconds; the server must run on this machine). Used
 * to split a search into its parts (docs/benchmarks.md, "pg11"): the match, the count, the rank pool, the ranking.
 *
 *   npx tsx scripts/pg-statement-cpu.ts postgres://.../db cases.json [--runs 60] [--pre "SET ..."]
 *
 * cases.json: [{"name": "count", "text": "SELECT count(*) FROM article_terms WHERE terms @@ $1::tsquery",
 * "values": ["('الامن' | 'امن')"]}, ...]. Prints one line a case: ms of server CPU a run, per round.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '60' }, pre: { type: 'string' } } });
const [url, file] = positionals;
if (!url || !file) throw new Error('usage: pg-statement-cpu.ts URL cases.json [--runs N] [--pre SQL]');
const cases = JSON.parse(readFileSync(file, 'utf8')) as Array<{ name: string; text: string; values?: unknown[] }>;
const runs = Number(values.runs);
const c = new pg.Client({ connectionString: url });
await c.connect();
if (values.pre) await c.query(values.pre);
const pid = Number((await c.query<{ p: number }>('SELECT pg_backend_pid() AS p')).rows[0]!.p);
const cpu = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
const out = new Map<string, string[]>();
for (let round = 0; round < 4; round++) {
  for (const [i, k] of cases.entries()) {
    const q = { name: `cpu_case_${i}`, text: k.text, values: k.values ?? [] };
    for (let r = 0; r < 7; r++) await c.query(q);
    const t0 = cpu();
    for (let r = 0; r < runs; r++) await c.query(q);
    out.set(k.name, [...(out.get(k.name) ?? []), ((cpu() - t0) / runs).toFixed(3)]);
  }
}
for (const k of cases) console.log(`${k.name.padEnd(20)} ${out.get(k.name)!.join(' ')}`);
await c.end();
