/**
 * nice -n 10 npx tsx scripts/events-identity.ts [--every 10] [--from 1] [--to 17537] > out.tsv
 *
 * Every event (trigger span, PLOVER type and mode, CAMEO code, source and target entity ids, actor codes and
 * countries, location, date, modality, sentence, standing) of every `every`-th corpus line, one per line, for proving
 * that a change to the event stage meant to change nothing (moving word lists into data/events/grammar.json) changes
 * nothing: dump with the old code and the new and diff. Gold and reserved articles are skipped (corpusLineRange).
 * Prints offsets, codes and ids only, no article text; the last line counts articles and events.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { corpusLineRange } from './corpus-pool.ts';

const { values } = parseArgs({ options: { every: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
const analyzer = createAnalyzer(loadResources());
let articles = 0;
let events = 0;
const out: string[] = [];
for await (const { line, id, article } of corpusLineRange({ from: Number(values.from ?? 1), to: Number(values.to ?? 17537), every: Number(values.every ?? 10) })) {
  const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
  articles++;
  const country = new Map(a.entities.map((e) => [e.id, e.country ?? '-']));
  for (const e of a.events) {
    events++;
    out.push(
      [
        line,
        id,
        `${e.trigger.start}-${e.trigger.end}`,
        e.plover,
        e.mode ?? '-',
        e.cameo,
        e.quadClass,
        e.goldstein,
        e.source ?? '-',
        e.source ? country.get(e.source) : '-',
        e.sourceActor ?? '-',
        e.target ?? '-',
        e.target ? country.get(e.target) : '-',
        e.targetActor ?? '-',
        e.location ?? '-',
        e.date ?? '-',
        e.modality,
        e.sentence,
        e.standing ?? '-',
      ].join('\t'),
    );
  }
  if (out.length >= 200) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.stdout.write(`# articles ${articles} events ${events}\n`);
