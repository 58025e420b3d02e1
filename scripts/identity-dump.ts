/**
 * The loop the *-identity scripts share: analyze every `every`-th corpus line of [from, to] (gold and reserved articles
 * skipped by corpusLineRange), print one tab-separated line per output row, then "# articles N <kind> M". The flags are
 * --every (default 10), --from (1) and --to (17537). Prints offsets, codes and ids only, no article text.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer, type Resources } from '../src/analyzer.ts';
import type { Analysis } from '../src/core/analysis.ts';
import type { Stage } from '../src/core/stage.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange } from './corpus-pool.ts';

export async function dumpIdentity(
  kind: string,
  rowsOf: (analysis: Analysis) => unknown[][],
  stagesOf?: (resources: Resources) => Stage[],
): Promise<void> {
  const { values } = parseArgs({ options: { every: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  const resources = loadResources();
  const analyzer = createAnalyzer(resources, stagesOf?.(resources));
  let articles = 0;
  let rows = 0;
  const out: string[] = [];
  for await (const { line, id, article } of corpusLineRange({ from: Number(values.from ?? 1), to: Number(values.to ?? 17537), every: Number(values.every ?? 10) })) {
    const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
    articles++;
    for (const row of rowsOf(a)) {
      rows++;
      out.push([line, id, ...row].join('\t'));
    }
    if (out.length >= 200) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(`# articles ${articles} ${kind} ${rows}\n`);
}
