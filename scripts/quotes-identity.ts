/**
 * nice -n 10 npx tsx scripts/quotes-identity.ts [--every 10] [--to 17537] > out.tsv
 *
 * Every quote (span, speaker, speaker text, cue span, direct, via) of every `every`-th corpus line, one per line, for
 * proving that a change to the quote stage meant to change nothing (moving word lists into data/quotes/) changes
 * nothing: dump with the old code and the new and diff. Gold and reserved articles are skipped (corpusLineRange).
 * Prints offsets and ids only, no article text; the last line counts articles and quotes.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange } from './corpus-pool.ts';

const { values } = parseArgs({ options: { every: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
const analyzer = createAnalyzer(loadResources());
let articles = 0;
let quotes = 0;
const out: string[] = [];
for await (const { line, id, article } of corpusLineRange({ from: Number(values.from ?? 1), to: Number(values.to ?? 17537), every: Number(values.every ?? 10) })) {
  const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
  articles++;
  for (const q of a.quotes) {
    quotes++;
    out.push([line, id, `${q.start}-${q.end}`, q.speaker ?? '-', q.speakerText ?? "-", `${q.cue.start}-${q.cue.end}`, q.direct ? 'direct' : 'indirect', q.via ?? '-'].join('\t'));
  }
  if (out.length >= 200) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.stdout.write(`# articles ${articles} quotes ${quotes}\n`);
