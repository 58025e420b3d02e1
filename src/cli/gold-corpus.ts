/**
 * The articles gold sets name: a file by its path under ../shared, or a record
 * of a JSON-lines corpus ({"corpus": "../shared/...jsonl.gz", "id": "..."}; no
 * article text in the gold). The eval commands read each named corpus once, as
 * the readers read a JSON article, and keep the records the gold names.
 */
import { existsSync } from 'node:fs';
import type { ArticleInput } from '../core/document.ts';
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
