/**
 * npx tsx scripts/bench-stage.ts --layer events|entities|times|quotes|places|nerMentions [--limit N] [--reps R]
 *
 * Throughput of one analysis stage alone: runs the stages before it once over
 * the benchmark articles (scripts/bench-articles.ts), then times the stage
 * that assigns LAYER R times over all documents, in wall clock and in CPU
 * time of this process (which a machine shared with other jobs disturbs
 * less). The first pass starts with cold word caches; later passes show the
 * warm rate. Not a test: figures go to docs/benchmarks.md with this command.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import type { LayerName, Layers } from '../src/core/stage.ts';
import { loadBenchArticles } from './bench-articles.ts';

const { values } = parseArgs({ options: { layer: { type: 'string' }, limit: { type: 'string' }, reps: { type: 'string' } } });
const layer = (values.layer ?? 'events') as LayerName;
const reps = Number(values.reps ?? 3);
const { source, articles } = await loadBenchArticles(Number(values.limit ?? 2000));

const resources = loadResources();
const stages = buildStages(resources);
const target = stages.find((s) => s.assigns === layer);
if (!target) throw new Error(`no stage assigns "${layer}": ${stages.map((s) => s.assigns).join(', ')}`);
const analyzer = createAnalyzer(resources);
const docs = articles.map((a) => analyzer.document(a));
const layers = docs.map(() => ({}) as Partial<Layers>);
for (const stage of stages.slice(0, stages.indexOf(target))) {
  docs.forEach((doc, i) => {
    (layers[i] as Record<string, unknown>)[stage.assigns] = stage.run(doc, layers[i]!);
  });
}

console.log(`${source}; stage ${target.id}; node ${process.version}`);
for (let rep = 1; rep <= reps; rep++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let count = 0;
  docs.forEach((doc, i) => {
    count += (target.run(doc, layers[i]!) as unknown[]).length;
  });
  const wall = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  console.log(`pass ${rep}: ${count} ${layer}; wall ${wall.toFixed(2)} s = ${Math.round(articles.length / wall)} articles/s; cpu ${cpu.toFixed(2)} s = ${Math.round(articles.length / cpu)} articles/s`);
}
