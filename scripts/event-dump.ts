/**
 * Dumps the events rasd codes over a stretch of the unlabelled corpus, one line per (article, triple, trigger):
 * "id<TAB>PLOVER SRC>TGT modality<TAB>trigger<TAB>sentence", sorted, for diffing two versions of the event stage
 * (run it on two checkouts and `diff` the files; `comm -13` gives the events a change adds). Gold articles are left
 * out, and so is every id listed (comma-separated) in --exclude or one a line in --exclude-file (articles reserved for
 * a gold set being annotated). Its output holds article text, so it stays on the machine.
 *
 *   npx tsx scripts/event-dump.ts --from 3001 --to 4000 [--every N] [--exclude-file ids.txt] [--match REGEX] > events.tsv
 *
 * --match REGEX (events30): only articles whose text matches the regular expression are analyzed (to read every change a
 * new trigger family makes over the whole corpus without analyzing all of it).
 *
 * Lines are 1-based lines of ../shared/data/news/ant-corpus.jsonl.gz.
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples } from '../src/events/eval.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const matchAt = process.argv.indexOf('--match');
const match = matchAt > 0 ? new RegExp(process.argv[matchAt + 1] ?? '') : null;
// --every N: only every Nth line of the range (the corpus is ordered by source: a stride samples all of them).
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const out: string[] = [];
// gold, reserved and excluded articles are left out; each read as the JSON reader reads a record, as the eval does
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  if (match && !match.test(`${article.title ?? ''}\n${article.text}`)) continue;
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
