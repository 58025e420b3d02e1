/**
 * nice -n 10 npx tsx scripts/quotes-identity.ts [--every 10] [--to 17537] > out.tsv
 *
 * Every quote (span, speaker, speaker text, cue span, direct, via) of every `every`-th corpus line, one per line, for
 * proving that a change to the quote stage meant to change nothing (moving word lists into data/quotes/) changes
 * nothing: dump with the old code and the new and diff. Gold and reserved articles are skipped (corpusLineRange).
 * Prints offsets and ids only, no article text; the last line counts articles and quotes.
 */
import { dumpIdentity } from './identity-dump.ts';

await dumpIdentity('quotes', (a) =>
  a.quotes.map((q) => [`${q.start}-${q.end}`, q.speaker ?? '-', q.speakerText ?? '-', `${q.cue.start}-${q.cue.end}`, q.direct ? 'direct' : 'indirect', q.via ?? '-']),
);
