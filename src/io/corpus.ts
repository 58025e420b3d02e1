/**
 * Streams the articles of a JSON Lines corpus (gzip-compressed or not), one
 * parsed object a line. Used by the build scripts that learn from the
 * unlabelled corpus and by the benchmark.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';

export interface CorpusRecord {
  id?: string;
  title?: string;
  text?: string;
  time?: string;
  date?: string;
  source?: string;
  url?: string;
  [key: string]: unknown;
}

export async function* readJsonLines(path: string, limit = Infinity): AsyncGenerator<CorpusRecord> {
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      yield JSON.parse(line) as CorpusRecord;
      if (++n >= limit) break;
    }
  } finally {
    lines.close();
    raw.destroy();
  }
}
