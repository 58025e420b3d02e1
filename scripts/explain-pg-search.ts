/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements one PostgreSQL search sends, as the store sends them.
 *
 *   npx tsx scripts/explain-pg-search.ts postgres://.../db '{"q":"انها","source":"france24"}' [...more queries]
 *
 * Each statement the search issues is explained before it runs. A named (prepared) statement is explained
 * under a generic plan (`plan_cache_mode = force_generic_plan`: what a connection uses once it has run the
 * statement a few times with other values); an unnamed one is planned for its values, as the store's is.
 */
import pg from 'pg';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import type { SearchQuery } from '../src/store/store.ts';

const [url, ...queries] = process.argv.slice(2);
if (!url || !queries.length) throw new Error('usage: explain-pg-search.ts URL QUERY_JSON...');
const store = await openPgStore(url, { cacheSize: 0 });
const pool = (store as unknown as { pool: pg.Pool }).pool;
const explainer = new pg.Client({ connectionString: url });
await explainer.connect();
let n = 0;
const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
(pool as unknown as { query: unknown }).query = async (arg: unknown, values?: unknown[]) => {
  const cfg = typeof arg === 'string' ? { text: arg, values } : (arg as { name?: string; text: string; values?: unknown[] });
  if (/\bFROM\b/i.test(cfg.text) && !/store_version|pg_stats/.test(cfg.text)) {
    console.log(`\n-- ${cfg.name ? 'prepared, generic plan' : 'planned for its values'}: ${cfg.text.replace(/\s+/g, ' ')}\n-- values: ${JSON.stringify(cfg.values ?? [])}`);
    let plan: pg.QueryResult;
    if (cfg.name) {
      const s = `x${++n}`;
      await explainer.query(`PREPARE ${s} AS ${cfg.text}`);
      await explainer.query('SET plan_cache_mode = force_generic_plan');
      const lit = (cfg.values ?? []).map((v) => (v === null ? 'NULL' : `'${String(Array.isArray(v) ? `{${v.join(',')}}` : v).replace(/'/g, "''")}'`));
      plan = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE ${s}${lit.length ? `(${lit.join(', ')})` : ''}`);
      await explainer.query('RESET plan_cache_mode');
    } else {
      plan = await explainer.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${cfg.text}`, values: cfg.values });
    }
    for (const r of plan.rows) console.log(r['QUERY PLAN']);
  }
  return original(arg, values);
};
for (const q of queries) {
  console.log(`\n=== ${q}`);
  const t = performance.now();
  const page = await store.search(JSON.parse(q) as SearchQuery);
  console.log(`=== total ${page.total}, ${page.items.length} items (${(performance.now() - t).toFixed(1)} ms with the explains)`);
}
await explainer.end();
await store.close();
