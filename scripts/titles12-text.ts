/** Prints the text of the named corpus articles to the terminal (titles12: judging audit draws). */
import { sharedPath } from '../src/resources/shared.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';
const ids = new Set(process.argv.slice(2));
for await (const rec of readJsonLines(sharedPath('data/news/ant-corpus.jsonl.gz')!)) {
  if (!ids.has(String(rec.id))) continue;
  const a = readArticles(JSON.stringify(rec), { format: "json" })[0]?.article;
  if (!a) continue;
  console.log(`## ${rec.id} ${a.date}\n${a.title}\n${a.text}\n`);
}
