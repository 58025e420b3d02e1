import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Article ids named by the gold files under `root` (by ANT file name: SRC-category-N-YYYYMMDD), for the corpus
 * scripts that must leave gold articles out; `files` says which gold files count (default: the event gold's .json).
 */
export function goldArticleIds(root: string, files: RegExp = /\.json$/): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (files.test(name)) for (const id of readFileSync(p, 'utf8').match(/[A-Z]{2}-[A-Za-z]+-\d+-\d{8}/g) ?? []) ids.add(id);
    }
  };
  walk(root);
  // Articles reserved for a gold set not yet in this tree (scripts/reserved-articles.txt) count as gold too.
  const reserved = new URL('./reserved-articles.txt', import.meta.url).pathname;
  if (existsSync(reserved)) for (const id of articleIdsIn(reserved)) ids.add(id);
  return ids;
}

/** The ANT article ids a file lists (one a line, or anyhow separated): for a script's --exclude-file. */
export function articleIdsIn(path: string): string[] {
  return readFileSync(path, 'utf8').match(/[A-Z]{2}-[A-Za-z]+-\d+-\d{8}/g) ?? [];
}
