/**
 * rasd eval <area>: scores one of rasd's stages against a gold file. Each
 * area is one line here, loaded on demand.
 */
type AreaCommand = (argv: string[]) => Promise<number>;

const AREAS: Record<string, { summary: string; load: () => Promise<AreaCommand> }> = {
  ner: { summary: 'entity-level P/R/F1 of the tagger on a two-column file (--gold FILE [--json])', load: async () => (await import('../../ner/commands.ts')).evalNer },
  entities: { summary: 'entity linking, title resolution and geocoding against test/gold/entities', load: async () => (await import('./eval-entities.ts')).run },
  times: { summary: 'time expressions found and normalized, against test/gold/times', load: async () => (await import('./eval-times.ts')).run },
  quotes: { summary: 'quotes found, with the right speaker, against test/gold/quotes', load: async () => (await import('./eval-quotes.ts')).run },
  events: { summary: 'events (PLOVER type, source and target country, modality) against test/gold/events', load: async () => (await import('./eval-events.ts')).run },
};

export async function run(argv: string[]): Promise<number> {
  const [area, ...rest] = argv;
  const entry = area ? AREAS[area] : undefined;
  if (!entry) {
    if (area && area !== '--help' && area !== '-h') console.error(`rasd eval: unknown area "${area}"`);
    console.error(['usage: rasd eval <area> [options]', '', 'areas:', ...Object.entries(AREAS).map(([n, a]) => `  ${n}  ${a.summary}`)].join('\n'));
    return area === '--help' || area === '-h' ? 0 : 2;
  }
  return (await entry.load())(rest);
}
