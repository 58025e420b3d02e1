/**
 * npx tsx scripts/prof-stage.ts --layer entities|quotes [--limit N] [--top K]
 *
 * Like scripts/bench-stage.ts, but profiles the one timed pass of the stage
 * with the V8 sampling profiler (node:inspector) and prints the functions with
 * the most self time, so the profile holds that stage alone, not the stages
 * run before it. For finding hot spots; figures come from bench-stage.ts.
 */
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import type { LayerName, Layers } from '../src/core/stage.ts';
import { loadBenchArticles } from './bench-articles.ts';

const { values } = parseArgs({ options: { layer: { type: 'string' }, limit: { type: 'string' }, top: { type: 'string' } } });
const layer = (values.layer ?? 'entities') as LayerName;
const { articles } = await loadBenchArticles(Number(values.limit ?? 2000));
const resources = loadResources();
const stages = buildStages(resources);
const target = stages.find((s) => s.assigns === layer)!;
const analyzer = createAnalyzer(resources);
const docs = articles.map((a) => analyzer.document(a));
const layers = docs.map(() => ({}) as Partial<Layers>);
for (const stage of stages.slice(0, stages.indexOf(target))) {
  docs.forEach((doc, i) => { (layers[i] as Record<string, unknown>)[stage.assigns] = stage.run(doc, layers[i]!); });
}
docs.forEach((doc, i) => target.run(doc, layers[i]!)); // warm-up pass
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
docs.forEach((doc, i) => target.run(doc, layers[i]!));
const { profile } = await session.post('Profiler.stop');
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] };
// tsx strips whitespace from the code it runs: map a position back through its source map.
const where = (cf: Node['callFrame']): string => {
  const sm = cf.url ? findSourceMap(cf.url) : undefined;
  const e = sm?.findEntry(cf.lineNumber, cf.columnNumber) as { originalLine?: number } | undefined;
  return `${cf.url.split('/').slice(-2).join('/')}:${(e?.originalLine ?? cf.lineNumber) + 1}`;
};
const nodes = profile.nodes as Node[];
const self = new Map<string, number>();
let total = 0;
for (const n of nodes) {
  const key = `${n.callFrame.functionName || '(anon)'} ${where(n.callFrame)}`;
  self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
  total += n.hitCount ?? 0;
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top ?? 30));
for (const [k, v] of top) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
