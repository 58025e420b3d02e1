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
