/**
 * npx tsx scripts/quotes-layer-dump.ts [--limit 3000] > out.jsonl
 *
 * The quotes layer (JSON, one line per article) of the first LIMIT corpus articles, for proving that a change to the
 * quote stage that should change nothing (a faster lookup) changes nothing: dump with the old code and the new and
 * compare the files byte for byte (cmp). Prints no article text beyond the quotes' own spans.
 */
import { parseArgs } from 'node:util';
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { CORPUS_PATH } from './bench-articles.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const analyzer = createAnalyzer(loadResources());
const out: string[] = [];
for await (const rec of readJsonLines(CORPUS_PATH, Number(values.limit ?? 3000))) {
  if (typeof rec.text !== 'string') continue;
  const a = analyzer.analyzeArticle({ id: rec.id ?? null, title: rec.title ?? null, text: rec.text, date: rec.date ?? null, source: rec.source ?? null });
  out.push(JSON.stringify({ id: rec.id ?? null, quotes: a.quotes }));
  if (out.length >= 200) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
