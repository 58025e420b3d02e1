/**
 * What PostgreSQL's processes are doing during a run, by sampling pg_stat_activity: every --ms milliseconds
 * (default 20) it reads the state, wait event and statement of every backend of the database --db names and of
 * the server's background processes (autovacuum, WAL writer, checkpointer...), and on exit (SIGINT, SIGTERM, or
 * after --seconds) prints the share of samples in each state:
 *
 *   npx tsx scripts/pg-wait-sample.ts --db postgres://postgres@127.0.0.1:55432/DB [--ms 20] [--seconds S] [--raw FILE]
 *
 * A client backend's sample is one of: "cpu" (active, no wait event: the backend is running or waiting for a
 * core), "wait Type:Event" (active, waiting: Lock:advisory is the store's write lock, LWLock:* a shared-memory
 * lock, IO:WALSync a commit's flush...), "node in tx" (idle in transaction: the backend waits for the client's
 * next statement in the middle of a transaction, i.e. Node building it or the round trip), and "idle" (no
 * transaction open: the client analyzes or is idle). Backends are grouped by application_name: pg-boss's
 * connections call themselves "pgboss", the store's anything else. Each group's active samples are also listed by
 * statement (its first words), so "which statement is the server busy with" reads off the same table.
 * The sampler's own backend is left out; its queries cost the server some CPU (about 1-2% of a core at 20 ms),
 * so do not take CPU figures from a sampled run.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({ options: { db: { type: 'string' }, ms: { type: 'string' }, seconds: { type: 'string' }, raw: { type: 'string' } } });
const url = values.db ?? process.env.RASD_DB;
if (!url) throw new Error('--db postgres://... (the database the workers write to)');
const everyMs = Math.max(1, Number(values.ms ?? 20));
const client = new pg.Client({ connectionString: url, application_name: 'rasd-wait-sample' });
await client.connect();

interface Row {
  pid: number;
  backend_type: string;
  app: string;
  state: string | null;
  wtype: string | null;
  wevent: string | null;
  query: string;
  xact: boolean;
}
const SAMPLE = {
  name: 'rasd_wait_sample',
  text: `SELECT pid, backend_type, coalesce(application_name, '') AS app, state, wait_event_type AS wtype, wait_event AS wevent,
           left(regexp_replace(query, '\\s+', ' ', 'g'), 200) AS query, xact_start IS NOT NULL AS xact
         FROM pg_stat_activity
         WHERE pid <> pg_backend_pid() AND (datname = current_database() OR backend_type <> 'client backend')`,
};

/** What a statement is, in a few words: the verb and its table. */
function statementKind(q: string): string {
  const s = q.trim();
  const m = /^(INSERT INTO \S+|UPDATE \S+|DELETE FROM \S+|SELECT pg_advisory_xact_lock|COMMIT|BEGIN|ROLLBACK|WITH \w+)/i.exec(s);
  if (m) return m[1]!;
  const from = /\bFROM\s+([\w.]+)/i.exec(s);
  return from ? `SELECT ... FROM ${from[1]}` : s.slice(0, 40);
}

function classify(r: Row): { group: string; state: string; statement?: string } {
  if (r.backend_type !== 'client backend') {
    const state = r.wtype ? `wait ${r.wtype}:${r.wevent}` : r.state === 'active' || r.backend_type === 'autovacuum worker' ? 'cpu' : 'running (no wait event)';
    return { group: r.backend_type, state };
  }
  const group = r.app === 'pgboss' ? 'queue (pg-boss)' : 'store';
  if (r.state === 'active') {
    const statement = statementKind(r.query);
    return { group, state: r.wtype ? `wait ${r.wtype}:${r.wevent}` : 'cpu', statement };
  }
  if (r.state === 'idle in transaction' || r.state === 'idle in transaction (aborted)') return { group, state: 'node in tx' };
  return { group, state: r.state ?? 'unknown' };
}

const counts = new Map<string, Map<string, number>>(); // group → state → samples
const byStatement = new Map<string, Map<string, number>>(); // group → "statement | state" → samples
let samples = 0;
const raw: string[] = [];
const bump = (m: Map<string, Map<string, number>>, g: string, k: string) => {
  const inner = m.get(g) ?? m.set(g, new Map()).get(g)!;
  inner.set(k, (inner.get(k) ?? 0) + 1);
};

let stop = false;
process.once('SIGINT', () => (stop = true));
process.once('SIGTERM', () => (stop = true));
const until = values.seconds ? Date.now() + Number(values.seconds) * 1000 : Infinity;
const t0 = Date.now();
while (!stop && Date.now() < until) {
  const started = performance.now();
  const { rows } = await client.query<Row>(SAMPLE);
  samples++;
  for (const r of rows) {
    const c = classify(r);
    bump(counts, c.group, c.state);
    if (c.statement) bump(byStatement, c.group, `${c.statement} | ${c.state}`);
    if (values.raw) raw.push([Date.now() - t0, r.pid, r.backend_type, r.app, r.state, r.wtype, r.wevent, JSON.stringify(r.query.slice(0, 80))].join('\t'));
  }
  const left = everyMs - (performance.now() - started);
  if (left > 0) await new Promise((res) => setTimeout(res, left));
}
await client.end();
const seconds = (Date.now() - t0) / 1000;
if (values.raw) writeFileSync(values.raw, raw.join('\n') + '\n');

console.log(`${samples} samples over ${seconds.toFixed(1)} s (every ${(1000 * seconds / Math.max(samples, 1)).toFixed(1)} ms)`);
console.log('Backend-samples by group and state; "per sample" = how many such backends an average sample saw (busy backends, in cores):');
for (const [group, states] of [...counts].sort()) {
  const total = [...states.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${group} (${(total / samples).toFixed(2)} backends a sample)`);
  for (const [state, n] of [...states].sort((a, b) => b[1] - a[1])) console.log(`  ${state.padEnd(40)} ${String(n).padStart(7)}  ${(n / samples).toFixed(3)} per sample`);
  const stmts = byStatement.get(group);
  if (stmts) {
    console.log('  active, by statement:');
    for (const [k, n] of [...stmts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${k.padEnd(60)} ${String(n).padStart(7)}  ${(n / samples).toFixed(3)}`);
  }
}
