/**
 * What V8's compiler costs the analyzer: analyzes the first N articles of a
 * corpus on one thread and prints, per chunk, the process CPU per article
 * (V8's background compile and GC threads included) and, at the end, a
 * SHA-256 of every analysis, so that runs with and without rasd's JIT setting
 * (src/resources/jit.ts; RASD_V8_DEFAULTS=1 turns it off) can be compared for
 * speed and checked for identical output. Under `node --trace-opt` the
 * compiler's own log lines come in between the chunk lines.
 *
 *   npx tsx scripts/bench-jit.ts [--input FILE] [--articles N] [--chunk C]
 *   RASD_V8_DEFAULTS=1 npx tsx scripts/bench-jit.ts ...
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import type { ArticleInput } from '../src/core/document.ts';

const { values } = parseArgs({ options: { input: { type: 'string' }, articles: { type: 'string' }, chunk: { type: 'string' } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const input = values.input ?? [`${root}../shared/data/news/ant-corpus.jsonl.gz`, '/work/shared/data/news/ant-corpus.jsonl.gz'].find(existsSync);
if (!input) throw new Error('no corpus found; pass --input');
const limit = Number(values.articles ?? 5000);
const chunk = Number(values.chunk ?? 1000);

const analyzer = createAnalyzer(loadResources());
const hash = createHash('sha256');
let n = 0;
let from = process.cpuUsage();
const total = process.cpuUsage();
for await (const article of readJsonLines(input) as AsyncIterable<ArticleInput>) {
  hash.update(JSON.stringify(analyzer.analyzeArticle(article)));
  if (++n % chunk === 0 || n === limit) {
    const c = process.cpuUsage(from);
    const size = n % chunk || chunk;
    console.log(`articles ${n - size}-${n}: ${((c.user + c.system) / 1000 / size).toFixed(2)} ms CPU an article`);
    from = process.cpuUsage();
  }
  if (n >= limit) break;
}
const c = process.cpuUsage(total);
console.log(`${n} articles, ${((c.user + c.system) / 1000 / n).toFixed(2)} ms CPU an article (V8 ${process.env.RASD_V8_DEFAULTS === '1' ? 'defaults' : 'as rasd sets it'}); analyses sha256 ${hash.digest('hex')}`);
