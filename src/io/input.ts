/**
 * Reads the inputs named on a command line (files, or "-" for stdin) into
 * articles, one result per item, so that a bad file or line is reported
 * while the rest goes on.
 */
import { readFileSync, statSync } from 'node:fs';
import { RasdError, describeError } from '../core/errors.ts';
import type { ArticleInput } from '../core/document.ts';
import { readArticles, type ReadOptions } from '../readers/index.ts';
import { decodeInput, MAX_INPUT_BYTES } from './decode.ts';

export interface InputItem {
  /** "FILE" or "FILE: line 3". */
  label: string;
  article?: ArticleInput;
  error?: string;
}

function readBytes(path: string): Uint8Array {
  if (path === '-') return readFileSync(0);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new RasdError('RASD_E006', 'is a directory');
    size = st.size;
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError('RASD_E006', (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) throw new RasdError('RASD_E004', `file is ${size} bytes, over the limit of ${MAX_INPUT_BYTES}`);
  return readFileSync(path);
}

export function readInput(path: string, opts: ReadOptions = {}): InputItem[] {
  const name = path === '-' ? '<stdin>' : path;
  let text: string;
  try {
    text = decodeInput(readBytes(path));
  } catch (err) {
    return [{ label: name, error: describeError(err) }];
  }
  return readArticles(text, opts).map((item) => ({
    label: item.where ? `${name}: ${item.where}` : name,
    article: item.article,
    error: item.error ? describeError(item.error) : undefined,
  }));
}
