/**
 * rasd's entities for named corpus articles (an entity audit, resolve12): each entity with its type, English name,
 * KB id, country and every mention (kind, text, offset), for comparing with a list an annotator made from the text.
 *
 *   npx tsx scripts/entity-ids-dump.ts --ids ID,ID,... [--corpus PATH]
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readArticles } from '../src/readers/index.ts';
import { flag } from './flag.ts';

const ids = new Set(flag('ids', '').split(',').filter(Boolean));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
for await (const rec of readJsonLines(corpus)) {
  if (typeof rec.id !== 'string' || !ids.has(rec.id)) continue;
  const art = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
  if (!art) continue;
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  console.log(`===== ${rec.id} ${art.date ?? ''}`);
  for (const e of a.entities) {
    const ms = e.mentions.map((m) => `${m.kind}:${m.text}@${m.start}`).join(' | ');
    console.log(`${e.type}\t${e.nameEn ?? e.name}\t[${e.kbId ?? ''}]\t${e.country ?? ''}\t${ms}`);
  }
}
