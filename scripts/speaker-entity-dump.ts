/**
 * (quotes37) Dumps, for ARTICLES random corpus articles (gold and reserved ids left out, scripts/gold-ids.ts; drawn
 * with a linear congruential generator seeded with SEED), every quote's speaker (cue offset, speaker words, entity)
 * and every PER/ORG mention (span, entity), one JSON line each, with the sentence around it, to a file outside the
 * repository. Run it with the old code (an archive copy) and the new, then compare the two files
 * (scripts/speaker-entity-diff.py reads them): how a change to speaker entities is read on text nobody annotated.
 *
 *   nice -n 10 npx tsx scripts/speaker-entity-dump.ts --seed 3711 --articles 300 --out /tmp/x.jsonl
 *
 * (quotes40) --re REGEX takes, instead of the draw, every corpus article (gold and reserved ids still left out) whose
 * JSON line matches REGEX: all the text a narrow rule can change, read old vs new.
 */
import { writeFileSync } from 'node:fs';
import { goldArticleIds } from './gold-ids.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readArticles } from '../src/readers/index.ts';
import { flag } from './flag.ts';
import { lcgRandom } from './lcg.ts';

const seed = Number(flag('seed', '13'));
const nArticles = Number(flag('articles', '300'));
const out = flag('out', '/tmp/speaker-entity.jsonl');
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const CORPUS_LINES = 17537;
const random = lcgRandom(seed);
const gold = goldArticleIds(new URL('../test/gold', import.meta.url).pathname, /./);
const lines = new Set<number>();
while (lines.size < Math.min(CORPUS_LINES, nArticles)) lines.add(1 + Math.floor(random() * CORPUS_LINES));
const filter = flag('re', '') ? new RegExp(flag('re', '')) : null;
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const rows: string[] = [];
let line = 0;
let articles = 0;
const ctx = (text: string, a: number, b: number) =>
  (text.slice(Math.max(0, a - 120), a) + '【' + text.slice(a, b) + '】' + text.slice(b, b + 120)).replace(/\n/g, ' ⏎ ');
for await (const rec of readJsonLines(corpus)) {
  line++;
  const id = (rec as { id?: string }).id ?? '';
  if (gold.has(id) || (filter ? !filter.test(JSON.stringify(rec)) : !lines.has(line))) continue;
  const article = readArticles(JSON.stringify(rec), { format: 'jsonl' })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle(article);
  articles++;
  const text = a.document.text;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const label = (id: string | null) => {
    const e = id ? byId.get(id) : undefined;
    return e ? `${e.nameEn ?? e.name} <${e.kbId ?? e.type}>${e.country ? ' ' + e.country : ''}` : null;
  };
  for (const q of a.quotes) rows.push(JSON.stringify({ k: 'q', doc: id, at: q.cue.start, speakerText: q.speakerText, speaker: label(q.speaker), ctx: ctx(text, q.cue.start, q.cue.end) }));
  for (const e of a.entities) {
    if (e.type !== 'PER' && e.type !== 'ORG') continue;
    for (const m of e.mentions) rows.push(JSON.stringify({ k: 'm', doc: id, at: m.start, end: m.end, text: m.text, entity: label(e.id), ctx: ctx(text, m.start, m.end) }));
  }
}
writeFileSync(out, rows.join('\n') + '\n');
console.error(`${articles} articles, ${rows.length} rows (seed ${seed})`);
