/**
 * What a one-core worker process (`rasd worker --concurrency 0`) spends in CPU an article on analysis, by thread:
 * loads the resources as the worker does (src/ingest/record.ts), turns the first N corpus articles into store
 * records on the main thread, and prints the process's user+system CPU an article (all threads), the main thread's
 * share, the rest by thread name (V8's GC and compiler helpers, libuv), V8's GC pauses on the main thread by kind,
 * the resident memory, and a SHA-256 of every record but its analyzer version (equal hashes: identical output). No database, no writes:
 * the analysis a worker does between its writes, measured as CPU (not wall time, which other processes on a
 * shared machine make noisy). Run the same with V8 flags to compare:
 *
 *   nice -n 10 node --import tsx scripts/worker-cpu.ts [--articles 2000] [--skip 0] [--chunk 250]
 *   nice -n 10 node --max-semi-space-size=64 --import tsx scripts/worker-cpu.ts ...
 *
 * The CPU counters are Linux's (/proc/self/task/TID/stat); the first --skip articles are analyzed before the
 * measured span (warm-up), none by default: a worker pays its warm-up too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { getHeapStatistics, getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { loadBenchArticles } from './bench-articles.ts';

const { values } = parseArgs({ options: { articles: { type: 'string' }, skip: { type: 'string' }, chunk: { type: 'string' } } });
const chunk = Number(values.chunk ?? 0);
const n = Number(values.articles ?? 2000);
const skip = Number(values.skip ?? 0);
const tick = 1000 / 100; // ms a clock tick (CLK_TCK is 100 on Linux)

/** user+system clock ticks of each thread of this process, by thread id, with its name. */
function threads(): Map<string, { name: string; ticks: number }> {
  const out = new Map<string, { name: string; ticks: number }>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const s = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const close = s.lastIndexOf(')');
      const name = s.slice(s.indexOf('(') + 1, close);
      const f = s.slice(close + 2).split(' '); // f[0] is field 3 (state)
      out.set(tid, { name, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      /* a thread that ended */
    }
  }
  return out;
}

const { articles } = await loadBenchArticles(n + skip);
// flags set at run time, as a process could set them on itself (some take effect only from the command line)
if (process.env.RASD_TRY_V8_FLAGS) setFlagsFromString(process.env.RASD_TRY_V8_FLAGS);
const c0 = process.cpuUsage();
const t0 = performance.now();
const { createRecordMaker } = await import('../src/ingest/record.ts');
const maker = createRecordMaker();
const load = process.cpuUsage(c0);
const loadWall = performance.now() - t0;
for (const a of articles.slice(0, skip)) maker.make(a);

const gc = new Map<string, { count: number; ms: number }>();
const kinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = kinds[(e as unknown as { detail: { kind: number } }).detail.kind] ?? 'other';
    const g = gc.get(kind) ?? { count: 0, ms: 0 };
    g.count++;
    g.ms += e.duration;
    gc.set(kind, g);
  }
});
obs.observe({ entryTypes: ['gc'] });

const hash = createHash('sha256');
// the analyzer version names a hash of the analysis source (src/resources/revision.ts), which any edit changes
const withoutVersion = (k: string, v: unknown) => (k === 'analysisVersion' ? undefined : v);
const before = threads();
const c1 = process.cpuUsage();
const t1 = performance.now();
let k = 0;
let mark = { main: before.get(String(process.pid))?.ticks ?? 0, all: c1.user + c1.system };
for (const a of articles.slice(skip)) {
  hash.update(JSON.stringify(maker.make(a), withoutVersion));
  if (chunk && ++k % chunk === 0) {
    // per chunk: does the other threads' CPU (compilation, GC helpers) fade after the warm-up?
    const u = process.cpuUsage();
    const mainNow = threads().get(String(process.pid))?.ticks ?? 0;
    const all = (u.user + u.system - mark.all) / 1000;
    const main = (mainNow - mark.main) * tick;
    console.log(`  articles ${k - chunk}-${k}: process ${(all / chunk).toFixed(2)} ms an article, main thread ${(main / chunk).toFixed(2)}, other threads ${((all - main) / chunk).toFixed(2)}`);
    mark = { main: mainNow, all: u.user + u.system };
  }
}
const cpu = process.cpuUsage(c1);
const wall = performance.now() - t1;
const after = threads();
await new Promise((r) => setTimeout(r, 50)); // the observer's last entries
obs.disconnect();

const m = articles.length - skip;
const per = (ms: number) => (ms / m).toFixed(2);
const byName = new Map<string, number>();
let main = 0;
for (const [tid, t] of after) {
  const d = (t.ticks - (before.get(tid)?.ticks ?? 0)) * tick;
  if (tid === String(process.pid)) main = d;
  else byName.set(t.name, (byName.get(t.name) ?? 0) + d);
}
const total = (cpu.user + cpu.system) / 1000;
console.log(`flags: ${process.execArgv.filter((a) => a.startsWith('--') && a !== '--import').join(' ') || '(none)'}${process.env.NODE_OPTIONS ? ` NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}${process.env.RASD_TRY_V8_FLAGS ? ` set at run time: ${process.env.RASD_TRY_V8_FLAGS}` : ''}`);
console.log(`resources: ${((load.user + load.system) / 1000).toFixed(0)} ms CPU, ${loadWall.toFixed(0)} ms wall`);
console.log(`${m} articles: process CPU ${per(total)} ms an article (user ${per(cpu.user / 1000)}, system ${per(cpu.system / 1000)}); wall ${per(wall)} ms`);
console.log(`  main thread ${per(main)} ms an article (${((100 * main) / total).toFixed(1)}%); other threads ${per(total - main)} ms`);
for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1])) if (ms > 0) console.log(`    ${name}: ${per(ms)} ms`);
for (const [kind, g] of gc) console.log(`  GC ${kind}: ${g.count} pauses, ${g.ms.toFixed(0)} ms on the main thread (${per(g.ms)} ms an article)`);
const hs = getHeapStatistics();
const ns = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
console.log(`  heap used ${(hs.used_heap_size / 2 ** 20).toFixed(0)} MB of ${(hs.total_heap_size / 2 ** 20).toFixed(0)} MB; new space ${((ns?.space_size ?? 0) / 2 ** 20).toFixed(1)} MB; peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`  records sha256 ${hash.digest('hex').slice(0, 16)}`);
