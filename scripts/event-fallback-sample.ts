/**
 * The events the fallback (events20) gives over corpus lines (gold and reserved articles skipped), to read by hand:
 *
 *   npx tsx scripts/event-fallback-sample.ts --from 9001 --to 17537 --every 17 [--n 40] [--seed 20]
 *   npx tsx scripts/event-fallback-sample.ts ... --side [--match REGEX]
 *
 * --side (events35): only the events the second side pass completed (those with a `sideRule`), each printed with its
 * level; --match REGEX: only articles whose title or text matches (to reach a rare level's cases without analyzing
 * every article).
 *
 * Prints the count of events and of fallback events, then a seeded sample of n fallback events with their sentence
 * (article text: the output stays on the machine).
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples, tripleKey } from '../src/events/eval.ts';
import { seededRandom } from '../src/ner/train.ts';
import { flag } from './flag.ts';
import { corpusLineRange } from './corpus-pool.ts';

const from = Number(flag('from', '9001'));
const to = Number(flag('to', '17537'));
const every = Number(flag('every', '17'));
const n = Number(flag('n', '40'));
const sideOnly = process.argv.includes('--side');
const matchAt = process.argv.indexOf('--match');
const match = matchAt > 0 ? new RegExp(process.argv[matchAt + 1] ?? '') : null;
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const rows: string[] = [];
let articles = 0;
let events = 0;
let triples = 0;
let fbTriples = 0;
for await (const { id, article } of corpusLineRange({ from, to, every })) {
  if (match && !match.test(`${article.title ?? ''}\n${article.text}`)) continue;
  const a = analyzer.analyzeArticle(article);
  articles++;
  events += a.events.length;
  const t = toTriples(a.events, a.entities);
  const rule = new Set(a.events.filter((e) => !e.standing).map((e) => toTriples([e], a.entities)[0]).filter((x) => !!x).map((x) => tripleKey(x!)));
  const all = new Set(t.map(tripleKey));
  triples += all.size;
  const seen = new Set<string>();
  for (const e of a.events) {
    if (e.standing !== 'fallback' || (sideOnly && !e.sideRule)) continue;
    const x = toTriples([e], a.entities)[0];
    if (!x) continue;
    const k = tripleKey(x);
    if (rule.has(k) || seen.has(k)) continue;
    seen.add(k);
    fbTriples++;
    const s = a.sentences[e.sentence];
    rows.push(`${id}\t${e.sideRule ?? 'events20'}\t${k}\t${e.modality}\t[${e.trigger.text}]\t${s ? a.document.text.slice(s.start, s.end).replace(/\s+/g, ' ') : ''}`);
  }
}
console.log(`articles ${articles}, events ${events}, distinct (article, triple) ${triples}, of which only from the fallback ${fbTriples}`);
const next = seededRandom(Number(flag('seed', '20')));
for (let i = rows.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [rows[i], rows[j]] = [rows[j]!, rows[i]!];
}
for (const r of rows.slice(0, n)) console.log(r);
