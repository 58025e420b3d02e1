/**
 * (quotes23) Whole random corpus articles with rasd's quotes marked in the text, for a recall audit by reading: the
 * pool of scripts/corpus-pool.ts (no gold or reserved article) shuffled with SEED, the first N articles of at most MAX
 * characters, each printed with its text and, at every cue rasd found, a marker ⟦cue → speaker⟧ before the cue word,
 * and the content span bracketed ⟨…⟩. A reader lists the statements that carry no marker. Article text on screen only.
 *
 *   nice -n 10 npx tsx scripts/quote-read-articles.ts --seed 2341 [--n 15] [--max 1800] [--plain]
 *
 * `--plain` (quotes26) prints the same articles with no marks and without running the analyzer: a reader annotates
 * the statements first, then runs the command again without it to compare.
 * `--prefix P1,P2` (quotes33) keeps only articles whose id starts with one of the prefixes (an outlet and section,
 * "FR-middleEast", "CN-internationalNews"), taking the first N of each prefix in the seeded order: a draw stratified
 * by outlet and section.
 */
import { shuffledCorpusPool } from './corpus-pool.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '2341'));
const n = Number(flag('n', '15'));
const max = Number(flag('max', '1800'));
const plain = process.argv.includes('--plain');
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const prefixes = flag('prefix', '').split(',').filter(Boolean);

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const { pool } = await shuffledCorpusPool(corpus, seed);
let shown = 0;
const perPrefix = new Map<string, number>();
for (const art of pool) {
  if (prefixes.length === 0 ? shown >= n : prefixes.every((p) => (perPrefix.get(p) ?? 0) >= n)) break;
  if (art.text.length > max) continue;
  if (prefixes.length > 0) {
    const p = prefixes.find((x) => art.id.startsWith(x));
    if (!p || (perPrefix.get(p) ?? 0) >= n) continue;
    perPrefix.set(p, (perPrefix.get(p) ?? 0) + 1);
  }
  shown++;
  if (plain) {
    console.log(`\n===== ${shown}. ${art.id} (${art.text.length} chars)\n${art.title ?? ''}\n${art.text}`);
    continue;
  }
  const a = analyzer.analyzeArticle({ id: art.id, title: art.title, text: art.text, date: art.date });
  const text = a.document.text;
  const marks: { at: number; s: string }[] = [];
  for (const q of a.quotes) {
    const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
    marks.push({ at: q.cue.start, s: `⟦${q.cue.text} → ${e ? e.nameEn ?? e.name : '∅'}${q.speakerText ? ` "${q.speakerText}"` : ''}⟧` });
    marks.push({ at: q.start, s: '⟨' }, { at: q.end, s: '⟩' });
  }
  marks.sort((x, y) => x.at - y.at);
  let out = '';
  let from = 0;
  for (const m of marks) {
    out += text.slice(from, m.at) + m.s;
    from = m.at;
  }
  out += text.slice(from);
  console.log(`\n===== ${shown}. ${art.id} (${text.length} chars, ${a.quotes.length} quotes)\n${out}`);
}
