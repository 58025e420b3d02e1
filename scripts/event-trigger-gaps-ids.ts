import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Article ids named by any gold file under test/gold (by file name: SRC-category-N-YYYYMMDD). */
export function goldArticleIds(root: string): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        const m = readFileSync(p, 'utf8').match(/[A-Z]{2}-[A-Za-z]+-\d+-\d{8}/g);
        for (const id of m ?? []) ids.add(id);
      }
    }
  };
  walk(root);
  return ids;
}

