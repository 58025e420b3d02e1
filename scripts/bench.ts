/**
 * npm run bench [-- --limit N | --all] [--json]
 *
 * Throughput of each stage and of the whole pipeline on the real corpus in
 * ../shared (ant-corpus.jsonl.gz) when present, else on generated text made
 * from the project's samples; against a floor measured in the same run
 * (reading the same text and splitting it into words). Prints tokens/s and
 * articles/s per stage, and peak memory. Not a test: machines are noisy, so
 * figures go to docs/benchmarks.md with the command that produced them.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { countWords, tokenize } from '../src/text/tokenize.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { createSegmenter } from '../src/text/clitics.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { loadBenchArticles } from './bench-articles.ts';
import type { Layers } from '../src/core/stage.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } } });
const limit = values.all ? Infinity : Number(values.limit ?? 3000);
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 50);

const { source, articles } = await loadBenchArticles(limit);
const texts = articles.map((a) => (a.title ? `${a.title}\n\n${a.text}` : a.text));
const resources = loadResources();

interface Row {
  stage: string;
  seconds: number;
}
const rows: Row[] = [];
const time = (stage: string, f: () => void) => {
  const t0 = performance.now();
  f();
  rows.push({ stage, seconds: (performance.now() - t0) / 1000 });
  sample();
};

let words = 0;
time('floor: read + split into words', () => {
  for (const t of texts) words += countWords(t);
});
let tokenCount = 0;
const tokenized = texts.map(() => [] as ReturnType<typeof tokenize>);
time('text: tokenize', () => {
  texts.forEach((t, i) => {
    tokenized[i] = tokenize(t);
    tokenCount += tokenized[i]!.length;
  });
});
time('text: sentences', () => {
  texts.forEach((t, i) => splitSentences(t, tokenized[i]!));
});
const segment = createSegmenter(resources.wordFrequencies);
time('text: clitic segmentation', () => {
  for (const toks of tokenized) for (const tok of toks) if (tok.kind === 'arabic') segment(tok.text);
});

// Each analysis stage timed on its own, in pipeline order, over documents built once.
const analyzer = createAnalyzer(resources);
const docs = articles.map((a) => analyzer.document(a));
const layers = docs.map(() => ({}) as Partial<Layers>);
for (const stage of buildStages(resources)) {
  time(`stage: ${stage.id}`, () => {
    docs.forEach((doc, i) => {
      (layers[i] as Record<string, unknown>)[stage.assigns] = stage.run(doc, layers[i]!);
    });
  });
}
time('pipeline: analyze (all stages, from raw text)', () => {
  for (const a of articles) analyzer.analyzeArticle(a);
});
clearInterval(sampler);
sample();

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const report = rows.map((r) => ({ stage: r.stage, seconds: +r.seconds.toFixed(3), tokensPerSecond: Math.round(tokenCount / r.seconds), articlesPerSecond: +(articles.length / r.seconds).toFixed(1) }));
if (values.json) {
  console.log(JSON.stringify({ source, articles: articles.length, tokens: tokenCount, words, peakRssMB: Math.round(peakRss / 1048576), node: process.version, rows: report }, null, 2));
} else {
  console.log(`corpus: ${source}; ${fmt(tokenCount)} tokens, ${fmt(words)} words; node ${process.version}; one core\n`);
  console.log('| stage | seconds | tokens/s | articles/s |');
  console.log('|---|---:|---:|---:|');
  for (const r of report) console.log(`| ${r.stage} | ${r.seconds} | ${fmt(r.tokensPerSecond)} | ${fmt(r.articlesPerSecond)} |`);
  console.log(`\npeak resident memory: ${Math.round(peakRss / 1048576)} MB`);
}
