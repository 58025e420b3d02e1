/**
 * Prints an article's sentences with the entity mentions the analyzer found (country/actor) and the
 * events it coded, for reading misses while tuning the event lexicon:
 *   npx tsx scripts/event-debug.ts GOLD.json [sentence-filter-regex]
 */
import { readFileSync } from 'node:fs';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { readInput } from '../src/io/input.ts';
import { resolveSharedPath } from '../src/resources/shared.ts';
import { corpusArticles, corpusKey } from '../src/cli/gold-corpus.ts';

const [goldPath, filter] = process.argv.slice(2);
const gold = JSON.parse(readFileSync(goldPath!, 'utf8')) as { article?: string; corpus?: string; id?: string; events: Array<Record<string, string>> };
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
// A corpus gold file names a record of a JSON-lines corpus instead of an article file.
const article = gold.corpus ? (await corpusArticles([gold])).get(corpusKey(gold.corpus, gold.id ?? ''))! : readInput(resolveSharedPath(gold.article!)!)[0]!.article!;
const a = analyzer.analyzeArticle(article);
const text = a.document.text;
const byId = new Map(a.entities.map((e) => [e.id, e]));
const code = (id: string | null, actor: string | null = null) => { const e = id ? byId.get(id) : null; return e ? `${e.name}[${e.actor ?? e.country ?? '?'}]` : actor ? `(event-stage actor)[${actor}]` : '-'; };
const sentences = a.sentences ?? [];
for (let i = 0; i < sentences.length; i++) {
  const s = sentences[i]!;
  const st = text.slice(s.start, s.end);
  if (filter && !new RegExp(filter).test(st)) continue;
  console.log(`\n[${i}] ${st}`);
  const ms = a.entities.flatMap((e) => e.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ m, e })));
  ms.sort((x, y) => x.m.start - y.m.start);
  console.log('   ents: ' + ms.map(({ m, e }) => `${text.slice(m.start, m.end)}→${e.actor ?? e.country ?? '?'}`).join(' | '));
  for (const ev of a.events.filter((ev) => ev.sentence === i)) console.log(`   EV ${ev.plover} ${ev.cameo} ${code(ev.source, ev.sourceActor)} > ${code(ev.target, ev.targetActor)} "${ev.trigger.text}" ${ev.modality}`);
}
console.log('\ngold:', gold.events.map((e) => `${e.plover} ${e.source}>${e.target} ${e.trigger}`).join('; '));
