/**
 * (quotes44) Every corpus site of a structure, with the quote rasd makes there: for each corpus article (gold and
 * reserved ids left out, scripts/gold-ids.ts) whose text matches REGEX, each match and the quotes whose cue starts
 * inside it (cue, speaker words, speaker entity), one block per match, for a reader to judge how a class of sentences
 * is read before and after a rule. Prints article text around the match to the terminal only (keep the output out of
 * the repository).
 *
 *   nice -n 10 npx tsx scripts/quote-site-probe.ts --re 'أما [^،.]+، [^،.]+، ف(قال|أكد)' [--ctx 80] [--max 200]
 */
import { goldArticleIds } from './gold-ids.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readArticles } from '../src/readers/index.ts';
import { flag } from './flag.ts';

const re = new RegExp(flag('re', ''), 'g');
const ctx = Number(flag('ctx', '80'));
const max = Number(flag('max', '200'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const gold = goldArticleIds(new URL('../test/gold', import.meta.url).pathname, /./);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
let sites = 0;
let withQuote = 0;
for await (const rec of readJsonLines(corpus)) {
  const id = (rec as { id?: string }).id ?? '';
  if (gold.has(id)) continue;
  const article = readArticles(JSON.stringify(rec), { format: 'jsonl' })[0]?.article;
  if (!article) continue;
  const matches = [...article.text.matchAll(re)];
  if (!matches.length) continue;
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  for (const m of matches) {
    const from = text.indexOf(m[0], Math.max(0, (m.index ?? 0) - 50));
    if (from < 0) continue;
    const to = from + m[0].length;
    sites++;
    const qs = a.quotes.filter((q) => q.cue.start >= from && q.cue.start < to);
    if (qs.length) withQuote++;
    console.log(`\n${id}@${from} ${text.slice(Math.max(0, from - ctx), from).replace(/\n/g, ' ⏎ ')}【${m[0].replace(/\n/g, ' ⏎ ')}】${text.slice(to, to + ctx).replace(/\n/g, ' ⏎ ')}`);
    for (const q of qs) {
      const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
      console.log(`   [${q.cue.text}] ${q.speakerText ?? '∅'} → ${e ? `${e.nameEn ?? e.name} <${e.kbId ?? e.type}>` : '∅'}${q.via ? ` via ${q.via}` : ''}`);
    }
    if (sites >= max) break;
  }
  if (sites >= max) break;
}
console.log(`\n# sites ${sites}, with a quote cue inside ${withQuote}`);
