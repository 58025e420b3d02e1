/**
 * The articles of an event gold folder (test/gold/events-*), each gold file with the article it names (a corpus
 * record or a file under ../shared), for the event scripts that read gold sets (event-pooled.ts, event-miss-anatomy.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusArticles, corpusKey, goldArticleFile } from '../src/cli/gold-corpus.ts';
import type { ArticleInput } from '../src/core/document.ts';
import type { GoldFile } from '../src/events/eval.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';

/** Every gold file of test/gold/DIR in name order, with its article; throws when an article cannot be found. */
export async function eventGoldArticles(dir: string): Promise<Array<{ gold: GoldFile; article: ArticleInput }>> {
  const path = join(REPO_ROOT, 'test/gold', dir);
  const golds = readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(path, f), 'utf8')) as GoldFile);
  const corpus = await corpusArticles(golds);
  return golds.map((gold) => {
    let article: ArticleInput | undefined;
    if (gold.corpus) article = corpus.get(corpusKey(gold.corpus, gold.id ?? ''));
    else {
      const r = goldArticleFile(gold.article!);
      article = r && !('error' in r) ? r.article : undefined;
    }
    if (!article) throw new Error(`${dir}: article not found`);
    return { gold, article };
  });
}
