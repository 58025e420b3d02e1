/**
 * Writes a draft of entity gold for ANT articles from rasd's own output, to
 * be corrected by hand (test/gold/entities/README.md). No article text is
 * written: names' surface forms, title surfaces with offsets, and the
 * expected English names, ids, countries and coordinates.
 *
 *   npx tsx scripts/gold-entities-draft.ts ../shared/data/news/ant-dev/BBC/x.txt ... > draft.jsonl
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createAnalyzer } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { readArticles } from '../src/readers/index.ts';
import { REPO_ROOT, sharedDir } from '../src/kb/shared.ts';

const analyzer = createAnalyzer(loadResources());
const shared = sharedDir()!;
for (const file of process.argv.slice(2)) {
  const [item] = readArticles(readFileSync(file, 'utf8'));
  if (!item?.article) continue;
  const a = analyzer.analyzeArticle(item.article);
  const rel = '../shared/' + relative(shared, resolve(file));
  const entities = a.entities.map((e) => {
    const p = a.places.find((x) => x.entity === e.id);
    return {
      type: e.type, nameEn: e.nameEn, kbId: e.kbId?.startsWith('x:') ? null : e.kbId, country: e.country,
      surface: [...new Set(e.mentions.filter((m) => m.kind === 'name').map((m) => m.text))],
      ...(p ? { lat: p.lat, lon: p.lon } : {}),
    };
  });
  const titles = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'title').map((m) => ({ start: m.start, end: m.end, surface: m.text, nameEn: e.nameEn })));
  console.log(JSON.stringify({ article: rel, date: a.document.date, entities, titles }));
}
void REPO_ROOT;
