/**
 * rasd train <area>: trains one of rasd's models. Each area is one line here,
 * loaded on demand.
 */
type AreaCommand = (argv: string[]) => Promise<number>;

const AREAS: Record<string, { summary: string; load: () => Promise<AreaCommand> }> = {
  ner: { summary: 'the named-entity tagger, on ANERcorp (writes data/ner/model.bin)', load: async () => (await import('../../ner/commands.ts')).trainNer },
};

export async function run(argv: string[]): Promise<number> {
  const [area, ...rest] = argv;
  const entry = area ? AREAS[area] : undefined;
  if (!entry) {
    if (area && area !== '--help' && area !== '-h') console.error(`rasd train: unknown area "${area}"`);
    console.error(['usage: rasd train <area> [options]', '', 'areas:', ...Object.entries(AREAS).map(([n, a]) => `  ${n}  ${a.summary}`)].join('\n'));
    return area === '--help' || area === '-h' ? 0 : 2;
  }
  return (await entry.load())(rest);
}
