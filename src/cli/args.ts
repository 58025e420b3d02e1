/**
 * Command-line options as node:util parseArgs reads them, with two refusals it does not make: an option that takes a
 * value given twice (`--format csv --format jsonl`, `--date A --date B`: which one was meant? parseArgs kept the last
 * without a word; the API answers a repeated query parameter with a 400 for the same reason), and its message for a
 * value that starts with "-" ("Option '--workers' argument is ambiguous."), which now says how to write one (qa12).
 */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
import { RasdError } from '../core/errors.ts';

export function parseArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof nodeParseArgs<T>> {
  let parsed;
  try {
    parsed = nodeParseArgs({ ...config, tokens: true });
  } catch (err) {
    const m = /^Option '([^' ]+?)(?:, ([^' ]+))?(?: <value>)?' argument is ambiguous/.exec((err as Error).message);
    if (m) {
      const names = [m[1]!, m[2]].filter((n): n is string => !!n);
      const byShort = Object.entries(config.options ?? {}).find(([, o]) => names.includes(`-${o.short}`))?.[0];
      const long = names.find((n) => n.startsWith('--')) ?? (byShort ? `--${byShort}` : names[0]!);
      const i = (config.args ?? []).findIndex((a) => names.includes(a));
      const value = (i >= 0 ? config.args![i + 1] : undefined) ?? '-...';
      throw new RasdError('RASD_E007', `${long} ${value}: a value that starts with "-" is written ${long}=${value}`);
    }
    // qa16: Node's "Unknown option '--formt'. To specify a positional argument starting with a '-', place it at the end
    // of the command after '--', as in '-- "--formt"" answered a typo with advice about positional arguments
    const unknown = (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec((err as Error).message)?.[1] : undefined;
    if (unknown) {
      const near = nearestOption(unknown, Object.keys(config.options ?? {}));
      throw new RasdError('RASD_E007', `unknown option ${unknown}${near ? ` (did you mean --${near}?)` : ''}; --help lists the options`);
    }
    throw err;
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (seen.has(t.name)) throw new RasdError('RASD_E007', `--${t.name} is given twice (which one was meant?)`);
    seen.add(t.name);
  }
  return parsed as ReturnType<typeof nodeParseArgs<T>>;
}

/** The option whose name is nearest a mistyped one (at most two edits away), or undefined. */
function nearestOption(typed: string, names: readonly string[]): string | undefined {
  const word = typed.replace(/^-+/, '').split('=')[0]!;
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(word, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
