/**
 * (quotes31) Headlines "X: <first-person clause>" on random corpus articles (the pool of scripts/corpus-pool.ts: no gold
 * or reserved article, shuffled with SEED) and whether rasd finds a quote at the headline: the first N whose title
 * matches "X: ن…/سن…/لن ن…/لا ن…/أنا/نحن …". Prints the count found and the titles with none (headlines on screen only).
 *
 *   nice -n 10 npx tsx scripts/quote-country-headlines.ts [--seed 7] [--n 120] [--nisba]
 *
 * `--nisba` (quotes33): the headlines "ال<noun> ال<relation adjective>: ..." instead (الجيش التركي: ...، الخارجية
 * الأمريكية: ...، الادعاء البلجيكي: ...), a body named by its head and its country's adjective, in any person.
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '7'));
const n = Number(flag('n', '120'));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const { pool } = await shuffledCorpusPool(flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? ''), seed);
const FIRST_PERSON_HEADLINE = process.argv.includes('--nisba')
  ? /^ال\S+\s+ال\S+(ي|ية)\s*:\s*\S/
  : /^([^:"«]{2,40}):\s*"?(ن\S+|سن\S+|لن ن\S+|لا ن\S+|أنا|نحن|لن|لا)\s/;
let seen = 0;
let found = 0;
const missed: string[] = [];
for (const art of pool) {
  const title = art.title ?? '';
  if (!FIRST_PERSON_HEADLINE.test(title)) continue;
  if (++seen > n) break;
  const a = analyzer.analyzeArticle({ id: art.id, title: art.title, text: art.text, date: art.date });
  const at = a.document.text.indexOf(title.slice(0, 20));
  if (a.quotes.some((q) => q.cue.start >= at && q.cue.start < at + title.length)) found++;
  else missed.push(`${art.id} | ${title}`);
}
console.log(`${Math.min(seen, n)} headlines (seed ${seed}), ${found} with a quote`);
console.log(missed.join('\n'));
