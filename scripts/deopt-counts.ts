/**
 * (pg18) Which functions V8 optimizes again and again: reads a `--trace-opt --trace-deopt` log (of
 * scripts/worker-cpu.ts or any node process) and prints, by function, its TurboFan compilations (OSR apart), the
 * compiler's time on them (the "took" figures: prepare + execute on a background thread + finalize), and its
 * deoptimizations by reason. Anonymous functions are named by their SharedFunctionInfo address (`sfi 0x...`), which
 * can move with a compacting GC, so one anonymous function may show as two rows.
 *
 *   nice -n 10 node --trace-opt --trace-deopt --import tsx scripts/worker-cpu.ts --articles 2000 > /tmp/trace.txt
 *   npx tsx scripts/deopt-counts.ts /tmp/trace.txt [--top 30] [--from-line N]
 *
 * --from-line skips the log's first N lines (e.g. the warm-up: find the line of a `--chunk` report).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string' }, 'from-line': { type: 'string' } },
});
const top = Number(values.top ?? 30);
const from = Number(values['from-line'] ?? 0);

interface Row {
  compiles: number;
  osr: number;
  ms: number;
  deopts: number;
  reasons: Map<string, number>;
}
const rows = new Map<string, Row>();
const row = (k: string): Row => {
  let r = rows.get(k);
  if (!r) rows.set(k, (r = { compiles: 0, osr: 0, ms: 0, deopts: 0, reasons: new Map() }));
  return r;
};
const FN = /<JSFunction ([^ ]*) ?\(sfi = (0x[0-9a-f]+)\)>/;
const key = (m: RegExpMatchArray) => (m[1] ? m[1] : `sfi ${m[2]}`);

let totals = { compiles: 0, osr: 0, ms: 0, deopts: 0 };
const lines = readFileSync(positionals[0]!, 'utf8').split('\n').slice(from);
for (const line of lines) {
  if (line.startsWith('[completed compiling')) {
    const m = line.match(FN);
    const t = line.match(/took ([\d.]+), ([\d.]+), ([\d.]+) ms/);
    if (!m || !t) continue;
    const r = row(key(m));
    const ms = Number(t[1]) + Number(t[2]) + Number(t[3]);
    if (line.includes(' OSR')) r.osr++, totals.osr++;
    else r.compiles++, totals.compiles++;
    r.ms += ms;
    totals.ms += ms;
  } else if (line.startsWith('[bailout')) {
    const m = line.match(FN);
    const reason = line.match(/reason: ([^)]*)\)/)?.[1] ?? '?';
    if (!m) continue;
    const r = row(key(m));
    r.deopts++;
    totals.deopts++;
    r.reasons.set(reason, (r.reasons.get(reason) ?? 0) + 1);
  }
}
console.log(`${totals.compiles} TurboFan compilations, ${totals.osr} OSR compilations, ${totals.ms.toFixed(0)} ms compiling, ${totals.deopts} deoptimizations`);
console.log('function | compilations | OSR | ms compiling | % of ms | deopts | reasons');
for (const [k, r] of [...rows].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
  const reasons = [...r.reasons].sort((a, b) => b[1] - a[1]).map(([x, c]) => `${x} ${c}`).join(', ');
  console.log(`${k} | ${r.compiles} | ${r.osr} | ${r.ms.toFixed(0)} | ${((100 * r.ms) / totals.ms).toFixed(1)} | ${r.deopts} | ${reasons}`);
}
