/**
 * Dumps the events rasd codes over a stretch of the unlabelled corpus, one line per (article, triple, trigger):
 * "id<TAB>PLOVER SRC>TGT modality<TAB>trigger<TAB>sentence", sorted, for diffing two versions of the event stage
 * (run it on two checkouts and `diff` the files; `comm -13` gives the events a change adds). Gold articles are left
 * out, and so is every id listed (comma-separated) in --exclude or one a line in --exclude-file (articles reserved for
 * a gold set being annotated). Its output holds article text, so it stays on the machine.
 *
 *   npx tsx scripts/event-dump.ts --from 3001 --to 4000 [--every N] [--exclude-file ids.txt] > events.tsv
 *
 * Lines are 1-based lines of ../shared/data/news/ant-corpus.jsonl.gz.
 */
import { join } from 'node:path';
import { readJsonLines } from '../src/io/corpus.ts';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { REPO_ROOT, resolveSharedPath } from '../src/resources/shared.ts';
import { toTriples } from '../src/events/eval.ts';
import { readArticles } from '../src/readers/index.ts';
import { articleIdsIn, goldArticleIds } from './gold-ids.ts';
import { flag } from './flag.ts';

const from = Number(flag('from', '1'));
const to = Number(flag('to', '1000'));
// --every N: only every Nth line of the range (the corpus is ordered by source: a stride samples all of them).
const every = Number(flag('every', '1'));
const exclude = new Set(flag('exclude', '').split(',').filter(Boolean));
const excludeFile = flag('exclude-file', '');
if (excludeFile) for (const id of articleIdsIn(excludeFile)) exclude.add(id);
const skip = goldArticleIds(join(REPO_ROOT, 'test/gold'));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const out: string[] = [];
let line = 0;
for await (const rec of readJsonLines(resolveSharedPath('../shared/data/news/ant-corpus.jsonl.gz')!, to)) {
  line++;
  if (line < from) continue;
  if (line > to) break;
  if ((line - from) % every !== 0) continue;
  const id = String(rec.id ?? '');
  if (skip.has(id) || exclude.has(id)) continue;
  // Read as the JSON reader reads a record (the eval reads gold corpus records the same way).
  const article = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  const sentences = a.sentences ?? [];
  for (const ev of a.events) {
    const t = toTriples([ev], a.entities)[0];
    if (!t) continue;
    const s = sentences[ev.sentence];
    const sentence = s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    out.push(`${id}\t${t.plover} ${t.source ?? '-'}>${t.target ?? '-'} ${t.modality}\t${ev.trigger.text}\t${sentence}`);
  }
}
console.log([...new Set(out)].sort().join('\n'));
