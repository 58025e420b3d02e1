/**
 * nice -n 10 npx tsx scripts/times-identity.ts [--every 10] [--from 1] [--to 17537] > out.tsv
 *
 * Every time expression (span, type, normalized value) of every `every`-th corpus line, one per line, for proving
 * that a change to the time stage meant to change nothing (moving its word lists into data/time/lexicon.json)
 * changes nothing: dump with the old code and the new and diff. Only the text and time stages run. Gold and reserved
 * articles are skipped (corpusLineRange). Prints offsets, types and values only, no article text; the last line
 * counts articles and expressions.
 */
import { buildStages } from '../src/analyzer.ts';
import { dumpIdentity } from './identity-dump.ts';

await dumpIdentity(
  'times',
  (a) => a.times.map((t) => [`${t.start}-${t.end}`, t.type, t.value]),
  (resources) => buildStages(resources).filter((s) => s.assigns === 'times'),
);
