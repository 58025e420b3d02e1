/**
 * A table of subcommands loaded on demand, shared by `rasd <command>` and by
 * the commands that dispatch on an area (`rasd train ner`, `rasd eval quotes`).
 */
export type Command = (argv: string[]) => Promise<number>;

export type CommandTable = Record<string, { summary: string; load: () => Promise<Command> }>;

/** The table as help lines: names padded to one width, then their summaries. */
export function describeTable(table: CommandTable): string[] {
  const width = Math.max(...Object.keys(table).map((c) => c.length));
  return Object.entries(table).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
}

/** Runs `rasd <parent> <area> ...`: usage on stderr (exit 2) for a missing or unknown area. */
export async function runArea(parent: string, table: CommandTable, argv: string[]): Promise<number> {
  const [area, ...rest] = argv;
  const entry = area ? table[area] : undefined;
  if (!entry) {
    const help = area === '--help' || area === '-h';
    if (area && !help) console.error(`rasd ${parent}: unknown area "${area}"`);
    (help ? console.log : console.error)([`usage: rasd ${parent} <area> [options]`, '', 'areas:', ...describeTable(table)].join('\n'));
    return help ? 0 : 2;
  }
  return (await entry.load())(rest);
}
