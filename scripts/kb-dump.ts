/**
 * Every entity mention rasd makes in K random corpus articles, one line each, to diff two versions of the
 * knowledge base and read each mention a change added, moved or dropped (docs/knowledge-base.md, kb13):
 *
 *   nice -n 10 npx tsx scripts/kb-dump.ts --seed N --k K > out.tsv
 *
 * Line: article id, start, type, kind, mention text, entity English name [kbId], context. Articles are drawn like
 * scripts/title-audit.ts draws them (500-4,000 characters, shuffled with the seed), leaving out every gold and
 * reserved article (scripts/gold-ids.ts).
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '1000'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

const { pool } = await shuffledCorpusPool(corpus, seed);

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
for (const art of pool.slice(0, k)) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const text = a.document.text;
  const rows = a.entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
  rows.sort((x, y) => x.m.start - y.m.start || x.m.end - y.m.end);
  for (const { m, e } of rows) {
    const context = (text.slice(Math.max(0, m.start - 50), m.start) + '⟦' + m.text + '⟧' + text.slice(m.end, m.end + 40)).replace(/\s+/g, ' ');
    console.log(`${art.id}\t${m.start}\t${e.type}\t${m.kind}\t${m.text}\t${e.nameEn ?? e.name} [${e.kbId ?? ''}]\t${context}`);
  }
}
