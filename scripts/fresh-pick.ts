/**
 * Picks articles of the unlabelled ANT corpus for a new fresh gold set and prints their document.text (as the JSON
 * reader builds it), so that they can be annotated from the text before rasd is run on them.
 *
 *   npx tsx scripts/fresh-pick.ts --seed N [--n 10] [--min 600] [--max 2600] [--corpus PATH]
 *
 * Articles named by any gold file under test/gold (scripts/gold-ids.ts, .json and .jsonl) are left out; of the rest,
 * those whose text length is within [min, max] are shuffled by a fixed-seed generator and the first N printed (id,
 * date, then the text with each line's UTF-16 start offset). Deterministic for a given corpus and gold.
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { goldArticleIds } from './gold-ids.ts';
import { flag } from './flag.ts';
import { seededRandom } from '../src/ner/train.ts';

const seed = Number(flag('seed', '1'));
const n = Number(flag('n', '10'));
const min = Number(flag('min', '600'));
const max = Number(flag('max', '2600'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const exclude = new Set(flag('exclude', '').split(',').filter(Boolean));

const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);
const pool: { id: string; text: string; date?: string }[] = [];
for await (const rec of readJsonLines(corpus)) {
  const id = rec.id;
  if (typeof id !== 'string' || gold.has(id) || exclude.has(id)) continue;
  const article = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
  if (!article || article.text.length < min || article.text.length > max) continue;
  // document.text as src/core/document.ts builds it: title, blank line, body.
  const title = article.title?.replace(/\s+/g, ' ').trim() || null;
  pool.push({ id, text: title ? `${title}\n\n${article.text}` : article.text, date: article.date ?? undefined });
}
const next = seededRandom(seed);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
for (const a of pool.slice(0, n)) {
  console.log(`\n===== ${a.id} date=${a.date ?? '?'} chars=${a.text.length}`);
  let off = 0;
  for (const line of a.text.split('\n')) {
    console.log(`[${off}] ${line}`);
    off += line.length + 1;
  }
}
