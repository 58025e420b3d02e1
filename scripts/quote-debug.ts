/**
 * Prints the quotes rasd finds in some corpus articles (cue, speaker text, speaker entity, content), to read a rule's
 * effect on single articles: `npx tsx scripts/quote-debug.ts ID [ID ...] [--corpus PATH] [--mentions]`;
 * --mentions (quotes24) adds the entity mentions inside each speaker text near its cue: which entity a speaker
 * mention could have had;
 * an argument ending in .txt is an article file (a path under ../shared, as gold files name them, or any path).
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readArticles } from '../src/readers/index.ts';
import { goldArticleFile } from '../src/cli/gold-corpus.ts';
import type { ArticleInput } from '../src/core/document.ts';

const ci = process.argv.indexOf('--corpus');
const corpus = ci >= 0 ? process.argv[ci + 1]! : sharedPath('data/news/ant-corpus.jsonl.gz') ?? '';
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--corpus');
const ids = new Set(args.filter((a) => !a.endsWith('.txt')));
const mentions = process.argv.includes('--mentions');
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const show = (name: string, article: ArticleInput) => {
  const a = analyzer.analyzeArticle(article);
  console.log(`=== ${name}`);
  for (const q of a.quotes) {
    const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
    console.log(`[${q.cue.text}] ${q.speakerText ?? '∅'} → ${e ? `${e.nameEn ?? e.name} <${e.kbId}>` : '∅'} | ${q.text.slice(0, 50)}`);
    if (mentions && q.speakerText) for (const x of a.entities) for (const m of x.mentions) if (Math.abs(m.start - q.cue.start) < 250 && q.speakerText.includes(m.text)) console.log(`     ~ ${m.kind} "${m.text}" → ${x.type} ${x.nameEn ?? x.name} <${x.kbId}>`);
  }
};
for (const file of args.filter((a) => a.endsWith('.txt'))) {
  const path = file.startsWith('../shared/') || file.startsWith('/') ? file : `../shared/data/news/ant-dev/${file}`;
  const got = goldArticleFile(path);
  if (got && 'article' in got) show(file, got.article);
  else console.log(`=== ${file}: ${got ? got.error : 'not found'}`);
}
if (ids.size > 0) {
  for await (const rec of readJsonLines(corpus)) {
    const r = rec as { id?: string };
    if (!r.id || !ids.has(r.id)) continue;
    const article = readArticles(JSON.stringify(rec), { format: 'jsonl' })[0]?.article;
    if (!article) continue;
    show(r.id, article);
    ids.delete(r.id);
    if (ids.size === 0) break;
  }
}
