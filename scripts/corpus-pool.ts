/**
 * The corpus articles an audit script draws from: every record of the corpus that no gold file names and that is not
 * reserved (scripts/gold-ids.ts), of 500-4,000 characters, shuffled with a fixed seed (Fisher-Yates on mulberry32,
 * src/ner/train.ts). The same seed and the same gold ids give the same order, so a draw can be repeated before and
 * after a change (scripts/title-audit.ts, scripts/kb-dump.ts). Also the walk over a range of corpus lines the event
 * scripts share (corpusLineRange).
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';
import { seededRandom } from '../src/ner/train.ts';
import { join } from 'node:path';
import { REPO_ROOT, resolveSharedPath } from '../src/resources/shared.ts';
import { articleIdsIn, goldArticleIds } from './gold-ids.ts';
import { flag } from './flag.ts';

export interface PoolArticle {
  id: string;
  title: string | null;
  text: string;
  date: string | null;
}

/** The pool, and the seeded generator after the shuffle: a script that draws further (title-audit) goes on with it. */
export async function shuffledCorpusPool(corpus: string, seed: number): Promise<{ pool: PoolArticle[]; next: () => number }> {
  const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);
  const pool: PoolArticle[] = [];
  for await (const rec of readJsonLines(corpus)) {
    const id = rec.id;
    if (typeof id !== 'string' || gold.has(id)) continue;
    const article = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
    if (!article || article.text.length < 500 || article.text.length > 4000) continue;
    pool.push({ id, title: article.title ?? null, text: article.text, date: article.date ?? null });
  }
  const next = seededRandom(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return { pool, next };
}

/**
 * The articles of corpus lines [from, to] (1-based), every `every`-th line of the range (the corpus is ordered by
 * source, so a stride samples all of them), leaving out gold and reserved articles (scripts/gold-ids.ts) and the ids
 * in `exclude`; each read as the JSON reader reads a record, as the evals read gold corpus records
 * (scripts/event-dump.ts, event-arg-gaps.ts, event-nisba-probe.ts).
 */
export async function* corpusLineRange(opts: { from: number; to: number; every?: number; exclude?: ReadonlySet<string> }) {
  const { from, to, every = 1, exclude } = opts;
  const skip = goldArticleIds(join(REPO_ROOT, 'test/gold'));
  let line = 0;
  for await (const rec of readJsonLines(resolveSharedPath('../shared/data/news/ant-corpus.jsonl.gz')!, to)) {
    line++;
    if (line < from) continue;
    if (line > to) break;
    if ((line - from) % every !== 0) continue;
    const id = String(rec.id ?? '');
    if (skip.has(id) || exclude?.has(id)) continue;
    const article = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
    if (article) yield { line, id, article };
  }
}

/**
 * The command-line options of a walk over corpus lines, shared by the event scripts: --from, --to (1-based lines),
 * --every N (a stride), --exclude ID,ID and --exclude-file FILE (ids to skip, one a line: articles reserved for gold).
 */
export function corpusRangeFlags(): { from: number; to: number; every: number; exclude: Set<string> } {
  const exclude = new Set(flag('exclude', '').split(',').filter(Boolean));
  const excludeFile = flag('exclude-file', '');
  if (excludeFile) for (const id of articleIdsIn(excludeFile)) exclude.add(id);
  return { from: Number(flag('from', '1')), to: Number(flag('to', '1000')), every: Number(flag('every', '1')), exclude };
}
