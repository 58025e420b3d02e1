/**
 * Prints the people rasd finds in the named corpus articles (each mention's kind and text), to judge a title audit's
 * draws in their article (titles12). Text to the terminal only.
 *
 *   npx tsx scripts/titles12-show.ts ID [ID ...] [--grep WORD]
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';

const ids = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--')));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
for await (const rec of readJsonLines(sharedPath('data/news/ant-corpus.jsonl.gz')!)) {
  if (!ids.has(String(rec.id))) continue;
  const article = readArticles(JSON.stringify(rec), { format: "json" })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle({ text: article.text, title: article.title, date: article.date, source: null });
  console.log(`## ${rec.id} ${article.date}`);
  for (const e of a.entities) {
    if (e.type !== 'PER') continue;
    console.log(`  ${e.nameEn ?? e.name} [${e.kbId}] ${e.country ?? ''}: ${e.mentions.map((m) => `${m.kind}:${m.text}`).join(' | ')}`);
  }
}
