/**
 * nice -n 10 npx tsx scripts/entities-identity.ts --seed N --k K [--from F] [--reverse] > out.tsv
 *
 * Every entity mention of K random corpus articles (drawn as scripts/span-dump.ts draws them: gold and reserved ids
 * left out) with everything the resolver decides about its entity (id, type, kind, name, English name, kbId, country,
 * actor code), one per line, for proving that a change meant to change nothing (moving the resolver's word lists into
 * data/kb/resolver-words.json) changes nothing: dump with the old code and the new and diff. Offsets, ids and codes
 * only, no article text; the last line counts articles and mentions.
 *
 * --reverse analyzes the same articles in the opposite order in one process (determinism19): sorted, its output must
 * equal the forward run's byte for byte, or some cache carries state from one article to the next.
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '1500'));
const from = Number(flag('from', '0'));
const grep = flag('grep', '') ? new RegExp(flag('grep', ''), 'u') : null;
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

const { pool } = await shuffledCorpusPool(corpus, seed);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
let articles = 0;
let mentions = 0;
const drawn = grep ? pool.filter((x) => grep.test(x.text)).slice(from, from + k) : pool.slice(from, from + k);
if (process.argv.includes('--reverse')) drawn.reverse();
for (const art of drawn) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  articles++;
  const out: string[] = [];
  for (const e of a.entities) {
    for (const m of e.mentions) {
      mentions++;
      out.push([art.id, `${m.start}-${m.end}`, m.kind, e.id, e.type, e.name, e.nameEn ?? '-', e.kbId ?? '-', e.country ?? '-', e.actor ?? '-'].join('\t'));
    }
  }
  out.sort();
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}
process.stdout.write(`# articles ${articles} mentions ${mentions}\n`);
