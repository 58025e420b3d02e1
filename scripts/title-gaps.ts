/**
 * Title gaps: over the first K articles of the shuffled corpus pool (scripts/corpus-pool.ts: gold and reserved
 * articles left out), finds office-title phrases with a country (a head word, then a demonym or, in construct, a
 * country name: الرئيس الكيني، وزير الداخلية الباكستاني، وزير خارجية باكستان، ولي عهد أبوظبي …; its own pattern, not
 * rasd's title table) and counts, by office and country, how often rasd ties the phrase to a KB person, to a person
 * the KB lacks (the name beside it), to a generic title entity, or to no one: the offices whose holders the KB lacks
 * on the article's date come first. Throwaway measuring script (titles11).
 *
 *   nice -n 10 npx tsx scripts/title-gaps.ts --seed N [--k 3000] [--top 60] [--samples 2]
 */
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { normalize } from '../src/text/normalize.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { CORE_OFFICES, countryByWord, officeOf as officeOfIn } from './title-offices.ts';

const seed = Number(flag('seed', '1'));
const k = Number(flag('k', '3000'));
const top = Number(flag('top', '60'));
const samples = Number(flag('samples', '2'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

const OFFICES: [string, string][] = [
  ...CORE_OFFICES,
  ['spokesperson', 'المتحدث باسم الخارجية|المتحدثة باسم الخارجية|المتحدث باسم وزارة الخارجية|المتحدثة باسم وزارة الخارجية|الناطق باسم الخارجية|الناطق باسم وزارة الخارجية'],
  ['ambassador', 'السفير|السفيرة|سفير'],
  ['envoy', 'المبعوث|المندوب|مبعوث|مندوب'],
];
const byWord = countryByWord();
const PHRASE = new RegExp(
  `(?<=^|[\\s(«"،.:])[وفلب]?(${OFFICES.map((o) => o[1]).join('|')})\\s+(\\S+(?:\\s+\\S+)?)`,
  'gu',
);
const officeOf = (head: string) => officeOfIn(OFFICES, head);

const { pool } = await shuffledCorpusPool(corpus, seed);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
interface Row { n: number; kb: number; unknown: number; generic: number; none: number; holders: Map<string, number>; ex: string[] }
const rows = new Map<string, Row>();
for (const art of pool.slice(0, k)) {
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const text = a.document.text;
  for (const m of text.matchAll(PHRASE)) {
    const head = m[1]!;
    const words = m[2]!.split(/\s+/).map((w) => normalize(w.replace(/[،,.:"»)]+$/, '')));
    const country = byWord.get(words.join(' ')) ?? byWord.get(words[0]!) ?? null;
    if (!country) continue;
    const hs = m.index! + m[0].indexOf(head);
    const he = hs + head.length;
    let what: 'kb' | 'unknown' | 'generic' | 'none' = 'none';
    let who = '';
    for (const e of a.entities) {
      if (e.type !== 'PER') continue;
      if (!e.mentions.some((x) => x.kind === 'title' && x.start < he && x.end > hs)) continue;
      who = e.nameEn ?? e.name;
      // A KB person; a person the KB lacks, named beside the title; else the title's own generic entity.
      what = !e.kbId?.startsWith('x:') ? 'kb' : e.mentions.some((x) => x.kind === 'name') ? 'unknown' : 'generic';
      break;
    }
    const key = `${officeOf(head)}\t${country}`;
    const r: Row = rows.get(key) ?? { n: 0, kb: 0, unknown: 0, generic: 0, none: 0, holders: new Map(), ex: [] };
    r.n++;
    r[what]++;
    if (who) r.holders.set(who, (r.holders.get(who) ?? 0) + 1);
    if (what !== 'kb' && r.ex.length < samples) r.ex.push(`${art.id} ${art.date ?? ''} ${text.slice(Math.max(0, hs - 30), he + 60).replace(/\s+/g, ' ')} => ${what} ${who}`);
    rows.set(key, r);
  }
}
const sorted = [...rows].sort((x, y) => y[1].n - y[1].kb - (x[1].n - x[1].kb));
let tot = 0, totKb = 0;
for (const [, r] of rows) { tot += r.n; totKb += r.kb; }
console.log(`# ${k} articles (seed ${seed}): ${tot} title phrases with a country, ${totKb} tied to a KB person`);
console.log('office\tcountry\tphrases\tkb\tunknown\tgeneric\tnone\tholders');
for (const [key, r] of sorted.slice(0, top)) {
  console.log(`${key}\t${r.n}\t${r.kb}\t${r.unknown}\t${r.generic}\t${r.none}\t${[...r.holders].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([h, c]) => `${h}:${c}`).join('; ')}`);
  for (const e of r.ex) console.log(`\t\t${e}`);
}
