/**
 * Title audit: draws a fixed-seed sample of office-title phrases from random corpus articles and prints, for each, the
 * words around it and the entity rasd tied it to, for a person to judge (right, wrong, missed, not a person).
 *
 *   nice -n 10 npx tsx scripts/title-audit.ts --seed N [--n 100] [--per 2] [--corpus PATH] [--json FILE]
 *
 * Articles named by any gold file or reserved (scripts/gold-ids.ts) are left out. Articles of 500-4,000 characters
 * are shuffled with the seed; each is analyzed (no event stage) and its title phrases are found by a pattern of its
 * own (not rasd's title table, so that titles rasd does not know are drawn too): the head word (الرئيس، رئيس الوزراء،
 * الملك، ولي العهد، وزير/وزيرة …، نظيره، السفير، الأمين العام، المتحدث باسم، قائد، المبعوث، المندوب، زعيم …) and the
 * words after it. At most --per phrases are drawn from one article (seeded), until --n. The resolution shown is the
 * PER entity one of whose mentions overlaps the phrase's head word ("-" when none). --json writes the draws, so that
 * a later run can be compared phrase by phrase (same seed, same draws as long as the gold ids do not change).
 *
 *   nice -n 10 npx tsx scripts/title-audit.ts --seed N --dump K > out.tsv
 *
 * --dump K prints instead every title mention rasd makes in the first K articles of the shuffled pool (article id,
 * offset, the mention's text, its entity, the words around it): run it before and after a change and diff the two
 * files to read every title mention the change added, moved or dropped (--with-surnames: one-word names of people too). --dump-names K prints instead every person
 * the KB does not know in those articles with its romanized English name (article id, Arabic name, English name).
 * --surnames N draws instead N one-word name mentions of people (surnames, single names; at most --per an article)
 * with the person rasd tied each to (resolve9's surname audit).
 */
import { writeFileSync } from 'node:fs';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '1'));
const n = Number(flag('n', '100'));
const per = Number(flag('per', '2'));
const jsonOut = flag('json', '');
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');

const HEAD =
  '(?:[وف]?(?:ل|ب)?)(?:الرئيس|رئيس|رئيسة|الرئيسة|رئيس الوزراء|رئيس الحكومة|رئيسة الوزراء|الملك|ملك|العاهل|الملكة|ولي العهد|ولي عهد|الأمير|أمير|' +
  'السلطان|المرشد|المستشارة|وزير|وزيرة|الوزير|الوزيرة|نظيره|نظيرته|نظيرها|نظيريه|السفير|سفير|السفيرة|الأمين العام|أمين عام|' +
  'المتحدث|المتحدثة|الناطق|الناطقة|متحدث|متحدثة|ناطق|قائد|القائد|المبعوث|مبعوث|المندوب|مندوب|الزعيم|زعيم|مدير|المدير|مديرة|نائب الرئيس|نائب)';
const PHRASE = new RegExp(`(?<=^|[\\s(«"،.:])(${HEAD})(?=[\\s،.:"»)]|$)((?:\\s+\\S+){0,3})`, 'gu');

const { pool, next } = await shuffledCorpusPool(corpus, seed);

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events')));
const dump = Number(flag('dump', '0'));
const dumpNames = Number(flag('dump-names', '0'));
const withSurnames = process.argv.includes('--with-surnames');
if (dumpNames > 0) {
  // Every person the KB does not know in the first K articles, with its romanized English name (to diff two versions).
  for (const art of pool.slice(0, dumpNames)) {
    const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
    for (const e of a.entities) if (e.type === 'PER' && e.kbId?.startsWith('x:')) console.log(`${art.id}\t${e.name}\t${e.nameEn ?? ''}`);
  }
  process.exit(0);
}
const surnames = Number(flag('surnames', '0'));
if (surnames > 0) {
  // --surnames N draws N one-word name mentions of people (at most --per an article): a surname or a single name, the
  // mentions whose person is decided by the article's other evidence (namesakes, an earlier full name).
  let k = 0;
  for (const art of pool) {
    if (k >= surnames) break;
    const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
    const text = a.document.text;
    const rows = a.entities.flatMap((e) =>
      e.type === 'PER' ? e.mentions.filter((m) => m.kind === 'name' && !/\s/.test(m.text.trim())).map((m) => ({ m, e })) : [],
    );
    for (let t = 0; t < per && rows.length && k < surnames; t++) {
      const { m, e } = rows.splice(Math.floor(next() * rows.length), 1)[0]!;
      const context = (text.slice(Math.max(0, m.start - 70), m.start) + '⟦' + m.text + '⟧' + text.slice(m.end, m.end + 70)).replace(/\s+/g, ' ');
      console.log(`${++k}\t${art.id}\t${art.date ?? ''}\t${context}\n\t=> ${e.nameEn ?? e.name} [${e.kbId ?? ''}] ${e.country ?? ''}`);
    }
  }
  process.exit(0);
}
if (dump > 0) {
  for (const art of pool.slice(0, dump)) {
    const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
    const text = a.document.text;
    const oneWord = (e: (typeof a.entities)[number], m: (typeof e.mentions)[number]) => withSurnames && e.type === 'PER' && m.kind === 'name' && !/\s/.test(m.text.trim());
    const rows = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'title' || oneWord(e, m)).map((m) => ({ m, e })));
    rows.sort((x, y) => x.m.start - y.m.start);
    for (const { m, e } of rows) {
      const context = (text.slice(Math.max(0, m.start - 60), m.start) + '⟦' + m.text + '⟧' + text.slice(m.end, m.end + 60)).replace(/\s+/g, ' ');
      console.log(`${art.id}\t${m.start}\t${e.nameEn ?? e.name} [${e.kbId ?? ''}]\t${context}`);
    }
  }
  process.exit(0);
}
interface Draw {
  k: number;
  id: string;
  date: string | null;
  start: number;
  phrase: string;
  context: string;
  entity: string;
  kind: string;
}
const draws: Draw[] = [];
for (const art of pool) {
  if (draws.length >= n) break;
  const a = analyzer.analyzeArticle({ text: art.text, title: art.title, date: art.date, source: null });
  const text = a.document.text;
  const found: { start: number; head: string; rest: string }[] = [];
  for (const m of text.matchAll(PHRASE)) found.push({ start: m.index!, head: m[1]!, rest: m[2] ?? '' });
  if (!found.length) continue;
  const take = Math.min(per, found.length);
  for (let t = 0; t < take && draws.length < n; t++) {
    const f = found.splice(Math.floor(next() * found.length), 1)[0]!;
    const hs = f.start;
    const he = f.start + f.head.length;
    let entity = '-';
    let kind = '';
    for (const e of a.entities) {
      if (e.type !== 'PER') continue;
      const m = e.mentions.find((x) => x.start < he && x.end > hs);
      if (m) {
        entity = `${e.nameEn ?? e.name} [${e.kbId ?? ''}]`;
        kind = `${m.kind}:${text.slice(m.start, m.end)}`;
        break;
      }
    }
    const context = (text.slice(Math.max(0, hs - 70), hs) + '⟦' + f.head + '⟧' + text.slice(he, he + 70)).replace(/\s+/g, ' ');
    draws.push({ k: draws.length + 1, id: art.id, date: a.document.date ?? art.date, start: hs, phrase: f.head + f.rest, context, entity, kind });
  }
}
draws.sort((x, y) => x.k - y.k);
for (const d of draws) console.log(`${d.k}\t${d.id}\t${d.date ?? ''}\t${d.context}\n\t=> ${d.entity}\t${d.kind}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(draws, null, 1));
