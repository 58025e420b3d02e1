/**
 * rasd eval <area>: scores one of rasd's stages against a gold file. Each
 * area is one line here, loaded on demand.
 */
import { runArea, type CommandTable } from '../subcommands.ts';

const AREAS: CommandTable = {
  ner: { summary: 'entity-level P/R/F1 of the tagger on a two-column file (--gold FILE [--pred FILE] [--model FILE] [--name-filter] [--json])', load: async () => (await import('./ner.ts')).evalNer },
  entities: { summary: 'entity linking, title resolution and geocoding against test/gold/entities', load: async () => (await import('./eval-entities.ts')).run },
  times: { summary: 'time expressions found and normalized, against test/gold/times', load: async () => (await import('./eval-times.ts')).run },
  quotes: { summary: 'quotes found, with the right speaker, against test/gold/quotes', load: async () => (await import('./eval-quotes.ts')).run },
  events: { summary: 'events (PLOVER type, source and target country, modality) against test/gold/events', load: async () => (await import('./eval-events.ts')).run },
};

export async function run(argv: string[]): Promise<number> {
  return runArea('eval', AREAS, argv);
}
