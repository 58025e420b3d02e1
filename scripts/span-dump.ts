/**
 * Every entity mention rasd makes in K random corpus articles, as JSON lines, with the entity's display name, for the
 * span audit of resolve13 (docs/knowledge-base.md, "Eleventh session (resolve13)") and for diffing two versions:
 *
 *   nice -n 10 npx tsx scripts/span-dump.ts --seed N --k K [--from F] > out.jsonl
 *
 * Articles are drawn as scripts/kb-dump.ts draws them (scripts/corpus-pool.ts: gold and reserved ids left out),
 * the K articles from index F of the shuffled pool. Line: {id, start, end, type, kind, text, name, nameEn, kbId, before, after}.
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '1000'));
const from = Number(flag('from', '0'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

const { pool } = await shuffledCorpusPool(corpus, seed);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
for (const art of pool.slice(from, from + k)) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const text = a.document.text;
  const rows = a.entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
  rows.sort((x, y) => x.m.start - y.m.start || x.m.end - y.m.end);
  const out: string[] = [];
  for (const { m, e } of rows) {
    out.push(JSON.stringify({
      id: art.id, start: m.start, end: m.end, type: e.type, kind: m.kind, text: m.text, name: e.name, nameEn: e.nameEn ?? null, kbId: e.kbId ?? null,
      before: text.slice(Math.max(0, m.start - 40), m.start).replace(/\s+/g, ' '), after: text.slice(m.end, m.end + 30).replace(/\s+/g, ' '),
    }));
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}
