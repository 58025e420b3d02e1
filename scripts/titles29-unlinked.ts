/**
 * Title phrases rasd leaves unlinked (resolve29): over K random corpus articles (gold and reserved ids left out,
 * scripts/corpus-pool.ts), every office-title head of the titles13 blind audit (scripts/titles13-phrases.ts) that no
 * PER mention of kind "title" overlaps, printed with its context (50 characters before, 70 after) for reading and
 * classing by hand. The last line counts heads and unlinked heads. Text to the terminal only.
 *
 *   nice -n 10 npx tsx scripts/titles29-unlinked.ts --seed N --k K [--from F] [--grep RE]
 *
 * --grep: only articles whose text matches RE (drawn in the same order), as in scripts/entities-identity.ts.
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { TITLE_PHRASE } from './titles13-phrases.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '100'));
const from = Number(flag('from', '0'));
const grep = flag('grep', '') ? new RegExp(flag('grep', ''), 'u') : null;
const { pool } = await shuffledCorpusPool(flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? ''), seed);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
let heads = 0;
let unlinked = 0;
const drawn = grep ? pool.filter((x) => grep.test(x.text)) : pool;
for (const art of drawn.slice(from, from + k)) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const text = a.document.text;
  const titled = a.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.filter((m) => m.kind === 'title'));
  for (const m of text.matchAll(TITLE_PHRASE)) {
    heads++;
    const hs = m.index!;
    const he = hs + m[1]!.length;
    if (titled.some((x) => x.start < he && x.end > hs)) continue;
    unlinked++;
    const ctx = (text.slice(Math.max(0, hs - 50), hs) + '⟦' + m[1] + '⟧' + text.slice(he, he + 70)).replace(/\s+/g, ' ');
    console.log(`${art.id}\t${hs}\t${ctx}`);
  }
}
console.log(`heads ${heads} unlinked ${unlinked}`);
