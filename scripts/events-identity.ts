/**
 * nice -n 10 npx tsx scripts/events-identity.ts [--every 10] [--from 1] [--to 17537] > out.tsv
 *
 * Every event (trigger span, PLOVER type and mode, CAMEO code, source and target entity ids, actor codes and
 * countries, location, date, modality, sentence, standing) of every `every`-th corpus line, one per line, for proving
 * that a change to the event stage meant to change nothing (moving word lists into data/events/grammar.json) changes
 * nothing: dump with the old code and the new and diff. Gold and reserved articles are skipped (corpusLineRange).
 * Prints offsets, codes and ids only, no article text; the last line counts articles and events.
 */
import { dumpIdentity } from './identity-dump.ts';

await dumpIdentity('events', (a) => {
  const country = new Map(a.entities.map((e) => [e.id, e.country ?? '-']));
  return a.events.map((e) => [
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
  ]);
});
