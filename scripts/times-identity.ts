/**
 * nice -n 10 npx tsx scripts/times-identity.ts [--every 10] [--from 1] [--to 17537] > out.tsv
 *
 * Every time expression (span, type, normalized value) of every `every`-th corpus line, one per line, for proving
 * that a change to the time stage meant to change nothing (moving its word lists into data/time/lexicon.json)
 * changes nothing: dump with the old code and the new and diff. Only the text and time stages run. Gold and reserved
 * articles are skipped (corpusLineRange). Prints offsets, types and values only, no article text; the last line
 * counts articles and expressions.
 */
import { parseArgs } from 'node:util';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange } from './corpus-pool.ts';

const { values } = parseArgs({ options: { every: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => s.assigns === 'times'));
let articles = 0;
let times = 0;
const out: string[] = [];
for await (const { line, id, article } of corpusLineRange({ from: Number(values.from ?? 1), to: Number(values.to ?? 17537), every: Number(values.every ?? 10) })) {
  const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
  articles++;
  for (const t of a.times) {
    times++;
    out.push([line, id, `${t.start}-${t.end}`, t.type, t.value].join('\t'));
  }
  if (out.length >= 200) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.stdout.write(`# articles ${articles} times ${times}\n`);
