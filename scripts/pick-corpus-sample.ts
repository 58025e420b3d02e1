/**
 * Draws a fixed-seed sample of corpus articles for a fresh gold set (how quotes10 chose test/gold/quotes/corpus2 and
 * corpus3): articles of corpus lines FROM-TO (1-based, inclusive) in no file under test/gold, of 1,200-4,000
 * characters with at least five reporting words, then PER of them from each source (sources in name order), drawn with
 * a linear congruential generator seeded with SEED. Prints each source's candidate count and its draws.
 *
 *   npx tsx scripts/pick-corpus-sample.ts FROM TO SEED PER [--corpus PATH]
 *   (corpus2: 1 499 10 2; 2900 2999 10 2 (third draw for the second BBC article); 6200 6299 10 2; 6613 6999 10 2;
 *    13300 15900 10 2 — corpus3: the same with seed 20 over 1250 1499, 2900 2999, 6200 6299, 8500 9499, 10035 10999)
 * The draws depend on the gold files present: corpus2 was drawn at c6eec43's parent, corpus3 at 3601abb's parent
 * (each set, once added, leaves the candidates).
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { goldArticleIds } from './gold-ids.ts';
import { lcgRandom } from './lcg.ts';

const [from, to, seed, per] = process.argv.slice(2, 6).map(Number) as [number, number, number, number];
const ci = process.argv.indexOf('--corpus');
const corpus = ci >= 0 ? process.argv[ci + 1]! : sharedPath('data/news/ant-corpus.jsonl.gz') ?? '';
const gold = goldArticleIds('test/gold', /./);
const random = lcgRandom(seed);
const reporting = /(^|[\sو])(قال|قالت|أكد|أكدت|أضاف|أضافت|أشار|أشارت|أوضح|أوضحت|صرح|شدد|شددت|أعلن|أعلنت|نفى|نفت|حذر|حذرت|دعا|دعت|ذكر|ذكرت|يقول|تقول|قائلا|مؤكدا|مضيفا|مشيرا|بحسب|وفق)\s/g;
const bySource = new Map<string, Array<{ line: number; id: string; chars: number; cues: number }>>();
let line = 0;
for await (const rec of readJsonLines(corpus)) {
  line++;
  if (line < from) continue;
  if (line > to) break;
  const r = rec as { id: string; source: string; text: string };
  if (gold.has(r.id)) continue;
  const cues = (r.text.match(reporting) ?? []).length;
  if (r.text.length < 1200 || r.text.length > 4000 || cues < 5) continue;
  if (!bySource.has(r.source)) bySource.set(r.source, []);
  bySource.get(r.source)!.push({ line, id: r.id, chars: r.text.length, cues });
}
for (const [source, list] of [...bySource.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const pool = list.slice();
  const picks = [];
  for (let i = 0; i < per && pool.length; i++) picks.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  console.log(source, list.length, JSON.stringify(picks));
}
