/**
 * Learns word frequencies from the unlabelled news corpus for the clitic
 * segmenter: data/lexicon/word-freq.tsv, `word<TAB>count`, words seen at least
 * MIN_COUNT times, keyed by segmentationKey (normalized, ة kept apart from ه).
 *
 *   npx tsx scripts/build-word-freq.ts [../shared/data/news/ant-corpus.jsonl.gz]
 */
import { writeFileSync } from 'node:fs';
import { readJsonLines } from '../src/io/corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { segmentationKey } from '../src/text/clitics.ts';

const MIN_COUNT = 3;
const corpus = process.argv[2] ?? new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url).pathname;
const counts = new Map<string, number>();
let articles = 0;
let tokens = 0;
for await (const rec of readJsonLines(corpus)) {
  articles++;
  for (const t of tokenize(`${rec.title ?? ''}\n${rec.text ?? ''}`)) {
    if (t.kind !== 'arabic') continue;
    tokens++;
    const key = segmentationKey(t.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
const rows = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header = `# word frequencies learned by scripts/build-word-freq.ts from the ANT corpus (Chouigui et al., AICCSA 2017): ${articles} articles, ${tokens} Arabic tokens, words seen >= ${MIN_COUNT} times\n`;
writeFileSync(new URL('../data/lexicon/word-freq.tsv', import.meta.url), header + rows.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
console.log(`${articles} articles, ${tokens} tokens, ${rows.length} words kept`);
