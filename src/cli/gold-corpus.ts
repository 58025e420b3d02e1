/**
 * The articles gold sets name: a file by its path under ../shared, or a record
 * of a JSON-lines corpus ({"corpus": "../shared/...jsonl.gz", "id": "..."}; no
 * article text in the gold). The eval commands read each named corpus once, as
 * the readers read a JSON article, and keep the records the gold names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../core/document.ts';
import { RasdError } from '../core/errors.ts';
import { readJsonLines } from '../io/corpus.ts';
import { readInput } from '../io/input.ts';
import { readArticles } from '../readers/index.ts';
import { resolveSharedPath } from '../resources/shared.ts';

/** The key of a corpus record in corpusArticles' map. */
export const corpusKey = (corpus: string, id: string): string => `${corpus}\t${id}`;

/** The articles of the corpus records the gold entries name, by corpusKey; a corpus that is not there gives none. */
export async function corpusArticles(golds: Iterable<{ corpus?: string; id?: string }>): Promise<Map<string, ArticleInput>> {
  const out = new Map<string, ArticleInput>();
  const wanted = new Map<string, Set<string>>();
  for (const g of golds) if (g.corpus && g.id) (wanted.get(g.corpus) ?? wanted.set(g.corpus, new Set()).get(g.corpus)!).add(g.id);
  for (const [corpus, ids] of wanted) {
    const path = resolveSharedPath(corpus);
    if (!path || !existsSync(path)) continue;
    let left = ids.size;
    for await (const rec of readJsonLines(path)) {
      if (typeof rec.id !== 'string' || !ids.has(rec.id)) continue;
      const article = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
      if (article) out.set(corpusKey(corpus, rec.id), article);
      if (--left === 0) break;
    }
  }
  return out;
}

/**
 * The article a gold entry names by its path under ../shared, read as `rasd analyze` reads a file: null when the
 * file is not on this machine, else the article or why the readers could not make one of it.
 */
export function goldArticleFile(path: string): { article: ArticleInput } | { error: string } | null {
  const file = resolveSharedPath(path);
  if (!file || !existsSync(file)) return null;
  const item = readInput(file)[0];
  return item?.article ? { article: item.article } : { error: item?.error ?? 'no article' };
}

/**
 * The gold records of a file, checked before any scoring: `jsonl` one record a line (a record of only `_`-keys, such
 * as `{"_about": ...}`, is a comment), `json` one record. A file that is not there, a line that is not JSON, or a
 * record without the field that names its article (`names`, described by `expect`) is a RasdError naming the file
 * and line. They were Node's bare ENOENT, a JSON parser's message without the file, a crash in the middle of the
 * scoring ("paths[1] argument must be of type string"), or nothing at all: an empty output and status 0 (qa12).
 */
export function readGoldRecords<T>(path: string, format: 'jsonl' | 'json', names: (o: Record<string, unknown>) => boolean, expect: string): T[] {
  if (!existsSync(path)) throw new RasdError('RASD_E006', `${path}: no such gold file`);
  if (statSync(path).isDirectory()) throw new RasdError('RASD_E006', `${path}: is a folder, not a gold file`);
  const text = readFileSync(path, 'utf8');
  const lines = format === 'json' ? [text] : text.split('\n');
  const out: T[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = format === 'json' ? path : `${path}: line ${i + 1}`;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (err) {
      throw new RasdError('RASD_E005', `${where}: malformed JSON (${(err as Error).message})`);
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new RasdError('RASD_E011', `${where}: not a gold record (a JSON object)`);
    const rec = o as Record<string, unknown>;
    if (Object.keys(rec).every((k) => k.startsWith('_'))) return;
    if (!names(rec)) throw new RasdError('RASD_E011', `${where}: the gold record names no article (${expect})`);
    out.push(rec as T);
  });
  return out;
}

/** The files of a gold folder that end in `ext`, sorted; a folder that is not there is a RasdError naming it. */
export function goldFilesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) throw new RasdError('RASD_E006', `${dir}: no such gold folder`);
  if (!statSync(dir).isDirectory()) throw new RasdError('RASD_E006', `${dir}: not a folder of gold files`);
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

/** Refuses an evaluation that would score nothing (it printed nothing, or zeros, and exited 0). */
export function requireGold(records: number, where: string): void {
  if (records === 0) throw new RasdError('RASD_E001', `no gold records in ${where}`);
}

/** The split a gold record belongs to: the one it names, else "dev". */
export const goldSplit = (g: { split?: string }): string => g.split ?? 'dev';

/**
 * Refuses `--split S` when no gold record is of split S (--verbose listed nothing, and said nothing): the message
 * names the splits there are. `what` names the records ("gold article", "gold file"), `where` their folder if any.
 */
export function requireSplit(split: string | undefined, golds: ReadonlyArray<{ split?: string }>, what: string, where?: string): void {
  if (split === undefined || golds.some((g) => goldSplit(g) === split)) return;
  throw new RasdError('RASD_E007', `--split "${split}": no ${what} of that split${where ? ` in ${where}` : ''} (${[...new Set(golds.map(goldSplit))].join(', ')})`);
}

/** An article named by path (`article`), or a corpus record (`corpus` and `id`). */
export const namesArticle = (o: Record<string, unknown>): boolean =>
  (typeof o.article === 'string' && o.article !== '') || (typeof o.corpus === 'string' && typeof o.id === 'string');

/**
 * The gold records of the files at `paths` that name their article by path or corpus record (namesArticle), every
 * file checked (readGoldRecords), refused when there are none at all (requireGold; `where` names the files).
 */
export function readArticleGold<T>(paths: readonly string[], format: 'jsonl' | 'json', where = paths.join(', ')): T[] {
  const golds = paths.flatMap((p) => readGoldRecords<T>(p, format, namesArticle, '"article", or "corpus" and "id"'));
  requireGold(golds.length, where);
  return golds;
}
