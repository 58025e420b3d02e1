/**
 * nice -n 10 npx tsx scripts/descriptions31.ts --seed N --k K [--grep RE] > out.txt
 *
 * (resolve31) Every bare definite description (one word, a proclitic allowed: المنظمة، والوزارة، للحركة) that the
 * resolver links to an entity named otherwise in the article, on K random pool articles (gold, reserved and unseen ids
 * left out by scripts/corpus-pool.ts), with the entity's other mention nearest before it and the organizations named
 * in the 400 characters before, for reading by hand whether the link is right.
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { normalize } from '../src/text/normalize.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '200'));
const grep = flag('grep', '') ? new RegExp(flag('grep', ''), 'u') : null;
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const { pool } = await shuffledCorpusPool(corpus, seed);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
const drawn = grep ? pool.filter((x) => grep.test(x.text)).slice(0, k) : pool.slice(0, k);
let n = 0;
for (const art of drawn) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const all = a.entities.flatMap((e) => e.mentions.map((m) => ({ e, m })));
  for (const e of a.entities) {
    for (const m of e.mentions) {
      if (!/^(?:[وفبل]|وب|ول|فب|فل)?(?:ال|لل)\S+$/u.test(m.text)) continue;
      if (e.mentions.every((x) => x.text === m.text)) continue;
      if (m.kind === 'demonym' || m.kind === 'pronoun') continue;
      const bare = m.text.replace(/^(?:[وفبل]|وب|ول|فب|فل)?(?:ال|لل)/u, '');
      if (!(e.type === 'ORG' && resources.kb.orgHeads?.head(normalize(bare))) && !(e.type === 'PER' && m.kind === 'title')) continue;
      const before = e.mentions.filter((x) => x.start < m.start && x.text !== m.text).pop();
      const orgsBefore = all.filter((x) => x.e.type === 'ORG' && x.m.start < m.start && x.m.start > m.start - 600 && x.e !== e).map((x) => x.m.text);
      n++;
      const ctx = art.text.slice(Math.max(0, m.start - 160), m.end + 60).replace(/\s+/g, ' ');
      console.log(`#${n} ${art.id} ${m.start} ${m.kind} [${m.text}] → ${e.type} ${e.name} | ${e.nameEn ?? '-'} | ${e.kbId ?? '-'} (prev: ${before?.text ?? '-'} @${before?.start ?? '-'})`);
      console.log(`   other orgs before: ${[...new Set(orgsBefore)].join(' ، ')}`);
      console.log(`   …${ctx}`);
    }
  }
}
console.log(`# articles ${drawn.length} descriptions ${n}`);
