/**
 * A fixed-seed random sample of corpus quotes to audit by reading (how quotes13 measured speakers on text no gold
 * covers): draws ARTICLES corpus articles at random (a linear congruential generator seeded with SEED, articles in
 * no gold file and not reserved, through scripts/gold-ids.ts), runs the analyzer (without events) and keeps at most
 * PER quotes of each article (drawn with the same generator), up to QUOTES in all. Prints each quote with its
 * sentence and neighbours, the speaker entity and `via`, for a reader to judge; `--keys FILE` writes one JSON line per
 * quote (doc, cue offset, speaker) without article text, the form the audit verdicts in test/audit/ keep.
 * `--prefix P1,P2` (quotes34) keeps only articles whose id starts with one of the prefixes ("SK-middleEast").
 * `--only FILE` re-runs the quotes a keys file lists (by doc and cue offset) and prints them with the speaker the
 * keys file recorded, to read what a rule changed on an audited sample. `--blind` prints each quote without rasd's
 * speaker words, entity and via (the keys file still records them), so a reader writes the speaker down first.
 *
 *   nice -n 10 npx tsx scripts/quote-audit.ts --seed 13 [--articles 60] [--per 3] [--quotes 150] [--keys F] [--only F]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { goldArticleIds } from './gold-ids.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readArticles } from '../src/readers/index.ts';
import { flag } from './flag.ts';
import { lcgRandom } from './lcg.ts';

const seed = Number(flag('seed', '13'));
const nArticles = Number(flag('articles', '60'));
const per = Number(flag('per', '3'));
const maxQuotes = Number(flag('quotes', '150'));
const keysPath = flag('keys', '');
const onlyPath = flag('only', '');
const blind = process.argv.includes('--blind');
// (quotes34) `--prefix P1,P2` keeps only articles whose id starts with one of the prefixes (an outlet and section).
const prefixes = flag('prefix', '').split(',').filter(Boolean);
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const CORPUS_LINES = 17537;

const random = lcgRandom(seed);

interface Key {
  doc: string;
  cueAt: number;
  cue: string;
  speakerText: string | null;
  speaker: string | null;
  via: string | null;
  verdict?: string;
}
const only = onlyPath
  ? new Map(readFileSync(onlyPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Key).map((k) => [`${k.doc}@${k.cueAt}`, k]))
  : null;
const onlyDocs = only ? new Set([...only.values()].map((k) => k.doc)) : null;

const gold = goldArticleIds(new URL('../test/gold', import.meta.url).pathname, /./);
// Draw more lines than needed: some are gold, empty or have no quote.
const lines = new Set<number>();
if (!only) while (lines.size < nArticles * (prefixes.length ? 8 : 3)) lines.add(1 + Math.floor(random() * CORPUS_LINES));
const order = [...lines];

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const picked = new Map<number, { id: string; rec: unknown }>();
let line = 0;
for await (const rec of readJsonLines(corpus)) {
  line++;
  const id = (rec as { id?: string }).id ?? '';
  if (onlyDocs ? onlyDocs.has(id) : lines.has(line) && !gold.has(id) && (prefixes.length === 0 || prefixes.some((p) => id.startsWith(p)))) picked.set(line, { id, rec });
}
const keys: string[] = [];
let articles = 0;
const seq = only ? [...picked.keys()] : order.filter((l) => picked.has(l));
for (const l of seq) {
  if (!only && (articles >= nArticles || keys.length >= maxQuotes)) break;
  const { id, rec } = picked.get(l)!;
  const article = readArticles(JSON.stringify(rec), { format: 'jsonl' })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle(article);
  if (!only && a.quotes.length === 0) continue;
  articles++;
  let qs = a.quotes.map((q, i) => ({ q, i }));
  if (only) qs = qs.filter(({ q }) => only.has(`${id}@${q.cue.start}`));
  else {
    // A fixed-seed choice of at most PER quotes in the article, kept in text order.
    qs = qs.map((x) => ({ ...x, r: random() })).sort((x, y) => x.r - y.r).slice(0, per).sort((x, y) => x.i - y.i);
  }
  const text = a.document.text;
  for (const { q } of qs) {
    if (!only && keys.length >= maxQuotes) break;
    const e = q.speaker ? a.entities.find((x) => x.id === q.speaker) : undefined;
    const speaker = e ? `${e.nameEn ?? e.name} <${e.kbId ?? e.type}>` : null;
    const key: Key = { doc: id, cueAt: q.cue.start, cue: q.cue.text, speakerText: q.speakerText, speaker, via: q.via };
    keys.push(JSON.stringify(key));
    const from = Math.max(0, Math.min(q.cue.start, q.start) - Number(flag("ctx", "260")));
    const to = Math.min(text.length, Math.max(q.cue.end, Math.min(q.end, q.cue.end + 200)) + 40);
    const old = only?.get(`${id}@${q.cue.start}`);
    if (blind) console.log(`\n#${keys.length} ${id}@${q.cue.start} [${q.cue.text}]`);
    else console.log(`\n#${keys.length} ${id}@${q.cue.start} [${q.cue.text}] ${q.speakerText ?? '∅'} → ${speaker ?? '∅'}${q.via ? ` via ${q.via}` : ''}${q.direct ? ' (direct)' : ''}`);
    if (old) console.log(`   was: ${old.speakerText ?? '∅'} → ${old.speaker ?? '∅'}  verdict ${old.verdict ?? '?'}`);
    console.log(`   content: ${text.slice(q.start, Math.min(q.end, q.start + 120)).replace(/\n/g, ' ⏎ ')}`);
    console.log(`   | ${text.slice(from, q.cue.start).replace(/\n/g, ' ⏎ ')}【${q.cue.text}】${text.slice(q.cue.end, to).replace(/\n/g, ' ⏎ ')}`);
  }
}
if (keysPath) writeFileSync(keysPath, keys.join('\n') + '\n');
console.error(`${articles} articles, ${keys.length} quotes (seed ${seed})`);
