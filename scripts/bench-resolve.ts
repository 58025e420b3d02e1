/**
 * npx tsx scripts/bench-resolve.ts [--limit N] [--reps R]
 *
 * Throughput of the resolution stage (resolve.v1) alone: runs the stages before it once over the
 * same articles as scripts/bench.ts (the ANT corpus in ../shared when present,
 * else text generated from samples/), then times the resolution stage R times over
 * all documents, in wall clock and in CPU time of this process (which a
 * machine shared with other jobs disturbs less). The first pass starts with a
 * cold word cache and unoptimized code; later passes show the warm rate.
 * Not a test: figures go to docs/benchmarks.md with this command.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import type { ArticleInput } from '../src/core/document.ts';
import type { Layers, Stage } from '../src/core/stage.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' }, reps: { type: 'string' } } });
const limit = Number(values.limit ?? 2000);
const reps = Number(values.reps ?? 3);
const corpusPath = process.env.RASD_SHARED ? `${process.env.RASD_SHARED}/data/news/ant-corpus.jsonl.gz` : new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url).pathname;

const articles: ArticleInput[] = [];
let source: string;
if (existsSync(corpusPath)) {
  for await (const rec of readJsonLines(corpusPath, limit)) {
    if (typeof rec.text === 'string' && rec.text.trim()) articles.push({ title: rec.title ?? null, text: rec.text });
  }
  source = corpusPath;
} else {
  // The same generated articles as scripts/bench.ts.
  const dir = new URL('../samples/', import.meta.url).pathname;
  const sentences = readdirSync(dir).flatMap((f) => readArticles(readFileSync(dir + f, 'utf8')).flatMap((i) => (i.article ? i.article.text.split('\n').filter(Boolean) : [])));
  for (let i = 0; i < limit; i++) articles.push({ text: Array.from({ length: 12 }, (_, k) => sentences[(i * 7 + k * 13) % sentences.length]).join('\n'), date: '2025-01-01' });
  source = 'generated from samples/';
}

const resources = loadResources();
const analyzer = createAnalyzer(resources);
const docs = articles.map((a) => analyzer.document(a));
const layers = docs.map(() => ({}) as Partial<Layers>);
let events: Stage | undefined;
for (const stage of buildStages(resources)) {
  if (stage.assigns === 'entities') {
    events = stage;
    break;
  }
  docs.forEach((doc, i) => {
    (layers[i] as Record<string, unknown>)[stage.assigns] = stage.run(doc, layers[i]!);
  });
}
if (!events) throw new Error('no entities stage in buildStages()');

console.log(`${source}: ${articles.length} articles; node ${process.version}`);
for (let rep = 1; rep <= reps; rep++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let count = 0;
  docs.forEach((doc, i) => {
    count += (events!.run(doc, layers[i]!) as unknown[]).length;
  });
  const wall = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  console.log(`pass ${rep}: ${count} entities; wall ${wall.toFixed(2)} s = ${Math.round(articles.length / wall)} articles/s; cpu ${cpu.toFixed(2)} s = ${Math.round(articles.length / cpu)} articles/s`);
}
