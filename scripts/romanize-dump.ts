/**
 * The English names rasd gives the people and bodies the knowledge base does not know, in K random corpus articles
 * (drawn as scripts/kb-dump.ts draws them: no gold or reserved article), one line per distinct entity, to diff two
 * romanizers (RASD_ROMANIZER=learned, RASD_NAME_VOCAB=1) and read what a change renames:
 *
 *   nice -n 10 npx tsx scripts/romanize-dump.ts --seed N --k K > out.tsv
 *
 * Line: article id, type, Arabic name, English name. With --time, instead: the Arabic names of those entities
 * (PER and ORG, distinct) are romanized by a fresh knowledge base of each kind (rules; learned; learned with the
 * name vocabulary) and the CPU time of that alone is printed, per article and per name: what the romanizer costs.
 */
import { fileURLToPath } from 'node:url';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import { readKbData } from '../src/resources/kb.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '1000'));
const time = process.argv.includes('--time');
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const { pool } = await shuffledCorpusPool(corpus, seed);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
const names = new Set<string>();
const arts = pool.slice(0, k);
for (const art of arts) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const seen = new Set<string>();
  for (const e of a.entities) {
    if ((e.type !== 'PER' && e.type !== 'ORG') || (e.kbId && !e.kbId.startsWith('x:'))) continue;
    names.add(e.name);
    const line = `${art.id}\t${e.type}\t${e.name}\t${e.nameEn ?? ''}`;
    if (!time && !seen.has(line)) console.log(line);
    seen.add(line);
  }
}
if (time) {
  const kbDir = fileURLToPath(new URL('../data/kb', import.meta.url));
  const list = [...names];
  for (const [label, learned, vocab] of [['rules', false, false], ['learned', true, false], ['learned+vocab', true, true], ['rules', false, false], ['learned', true, false], ['learned+vocab', true, true]] as const) {
    const kb = new KnowledgeBase(readKbData(kbDir, { learnedRomanizer: learned, nameVocab: vocab }));
    const t0 = process.cpuUsage();
    for (const n of list) kb.romanize(n);
    const u = process.cpuUsage(t0);
    const ms = (u.user + u.system) / 1000;
    console.log(`${label}\t${list.length} names of ${arts.length} articles\t${ms.toFixed(0)} ms\t${(ms / arts.length).toFixed(3)} ms/article\t${(ms / list.length).toFixed(3)} ms/name`);
  }
}
