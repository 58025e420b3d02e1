/**
 * Reads the inputs named on a command line (files, or "-" for stdin) into
 * articles, one result per item, so that a bad file or line is reported
 * while the rest goes on.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RasdError, describeError } from '../core/errors.ts';
import type { ArticleInput } from '../core/document.ts';
import { readArticles, type ReadOptions } from '../readers/index.ts';
import { gunzipSync, constants as zlibConstants } from 'node:zlib';
import { decodeInput, isGzip, MAX_INFLATED_BYTES, MAX_INPUT_BYTES } from './decode.ts';

export interface InputItem {
  /** "FILE", "FILE: line 3", "FILE: item 3" (a feed's or a JSON array's). */
  label: string;
  article?: ArticleInput;
  error?: string;
  /** A publication date the item gives and rasd cannot read, as written: the article has none (or a run's --date). */
  unreadDate?: string;
}

/** A file system error as one plain line: "no such file", "permission denied", else the system's message. */
export function fileError(err: unknown): RasdError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RasdError('RASD_E006', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new RasdError('RASD_E006', 'permission denied');
  return new RasdError('RASD_E006', `cannot read: ${(err as Error).message}`);
}

/** For a device or a socket: rasd reads files, pipes, and standard input as "-". */
export function notRegular(): RasdError {
  return new RasdError('RASD_E006', 'not a regular file or pipe (a device or socket)');
}

/** A cell to sleep on (Atomics.wait) between reads of a non-blocking stream that has nothing yet. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** A stream (standard input, a pipe) read to its end, or refused once it passes the input limit. */
function readCapped(fd: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1 << 20);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        // a non-blocking stdin not ready yet: wait a little instead of spinning a core until the writer catches up
        Atomics.wait(PAUSE, 0, 0, 5);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw fileError(err);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new RasdError('RASD_E004', `input is over the limit of ${MAX_INPUT_BYTES} bytes`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** Whether a folder has a file under it that a folder walk reads (not hidden, at any depth). */
function holdsFiles(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((name) => {
    if (name.startsWith('.')) return false;
    try {
      const st = statSync(join(dir, name));
      return st.isFile() || (st.isDirectory() && holdsFiles(join(dir, name)));
    } catch {
      return true;
    }
  });
}

function readBytes(path: string): Uint8Array {
  // standard input and pipes were read whole without a limit (`yes | rasd analyze -` until memory ran out, qa9)
  if (path === '-') return readCapped(0);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      let listable = true;
      try {
        readdirSync(path);
      } catch {
        listable = false;
      }
      // a folder that ingest could not list comes here to be reported (src/ingest/sources.ts walk)
      if (!listable) throw new RasdError('RASD_E006', 'folder cannot be read (permission denied): its files were not read');
      throw new RasdError('RASD_E006', holdsFiles(path) ? 'is a directory' : 'folder holds no file to read (hidden files are skipped)');
    }
    if (st.isFIFO()) {
      const fd = openSync(path, 'r');
      try {
        return readCapped(fd);
      } finally {
        closeSync(fd);
      }
    }
    // /dev/zero was read until memory ran out (qa9)
    if (!st.isFile()) throw notRegular();
    size = st.size;
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw fileError(err);
  }
  if (size > MAX_INPUT_BYTES) throw new RasdError('RASD_E004', `file is ${size} bytes, over the limit of ${MAX_INPUT_BYTES}`);
  try {
    return readFileSync(path);
  } catch (err) {
    throw fileError(err); // stat works on a file that cannot be opened (EACCES)
  }
}

/**
 * The whole lines of a gzip-compressed JSON Lines file cut short (a download or copy that stopped), and how many:
 * what ingest, which streams such a file, stores before saying "after line N: cannot read further". `rasd analyze`
 * read the file whole and gave none of them (qa15). Null when the bytes are not such a file.
 */
function truncatedJsonLines(bytes: Uint8Array): { text: string; lines: number } | null {
  if (!isGzip(bytes)) return null;
  let inflated: Buffer;
  try {
    inflated = gunzipSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_BYTES });
  } catch {
    return null;
  }
  const cut = inflated.lastIndexOf(0x0a);
  if (cut < 0) return null;
  let text: string;
  try {
    text = decodeInput(inflated.subarray(0, cut + 1));
  } catch {
    return null;
  }
  // JSON Lines only: a single document cut short is not analyzed as if it were whole
  if (!/^\s*\{[^\n]*\}\s*\n/.test(text)) return null;
  return { text, lines: text.split('\n').length - 1 };
}

export function readInput(path: string, opts: ReadOptions = {}): InputItem[] {
  const name = path === '-' ? '<stdin>' : path;
  let text: string;
  let tail: InputItem | null = null;
  let bytes: Uint8Array | null = null;
  try {
    bytes = readBytes(path);
    text = decodeInput(bytes);
  } catch (err) {
    const partial = bytes && /unexpected end of file/.test((err as Error).message) ? truncatedJsonLines(bytes) : null;
    if (!partial) return [{ label: name, error: describeError(err) }];
    text = partial.text;
    tail = { label: `${name}: after line ${partial.lines}`, error: describeError(new RasdError('RASD_E006', `cannot read further: ${(err as Error).message.replace(/^corrupt gzip data: /, '')}`)) };
  }
  const items: InputItem[] = readArticles(text, opts).map((item) => ({
    label: item.where ? `${name}: ${item.where}` : name,
    article: item.article,
    error: item.error ? describeError(item.error) : undefined,
    ...(item.unreadDate ? { unreadDate: item.unreadDate } : {}),
  }));
  if (tail) items.push(tail);
  return items;
}
