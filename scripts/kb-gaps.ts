/**
 * Lists the gaps of the knowledge base as the unlabelled corpus shows them:
 * runs rasd's analyzer (without the event stage, which does not feed
 * entities or quotes) over the first N articles of the ANT corpus and counts
 * the PER, ORG and LOC entities that got no kbId (by normalized name), how often
 * each is a quote speaker, the words before its first mention (the title
 * that says who it is), and the title phrases ("المتحدث باسم ...", "وزير
 * الخارجية الإيراني") that the resolver did not tie to a KB person.
 *
 *   nice -n 10 npx tsx scripts/kb-gaps.ts [--limit 6000] [--skip 0] [--top 300] [--corpus PATH]
 *
 * --skip N starts after the first N articles (a later stretch of the corpus than earlier runs read). Articles of
 * any gold file under test/gold and those in scripts/reserved-articles.txt are left out.
 *
 * Used to decide which people and bodies to add to data/kb/*\/corpus-2018.jsonl
 * (see docs/knowledge-base.md). Output goes to stdout; nothing is written.
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { normalize } from '../src/text/normalize.ts';
import { flag } from './flag.ts';
import { goldArticleIds } from './gold-ids.ts';

const limit = Number(flag('limit', '6000'));
const top = Number(flag('top', '300'));
const skip = Number(flag('skip', '0'));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
if (!corpus) {
  console.error('no corpus: pass --corpus or set RASD_SHARED');
  process.exit(1);
}

// Gold articles (and those reserved for a set being annotated) are left out: their names must not steer the KB.
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);

const resources = loadResources();
const stages = buildStages(resources).filter((s) => !s.id.startsWith('events'));
const analyzer = createAnalyzer(resources, stages);

interface Gap {
  type: string;
  forms: Map<string, number>;
  count: number;
  docs: number;
  speaker: number;
  context: Map<string, number>;
  nameEn: string | null;
}
const gaps = new Map<string, Gap>();
// Title phrases: the phrase, how often it is seen, how often a KB person is named right after it.
const titles = new Map<string, { count: number; tied: number; untied: number; speaker: number }>();

const TITLE_RE = /(?:^|[\s(«"])((?:ال)?(?:متحدث|ناطق|المتحدثة|الناطقة)(?:ة)? باسم \S+(?: \S+)?|(?:وزير|وزيرة|رئيس|رئيسة|قائد|مبعوث|المبعوث|سفير|مدير|نائب|مستشار|أمين عام|الأمين العام|زعيم|رئيس أركان|قائد قوات|المندوب|مندوب)(?: \S+){1,2})/gu;

function bump<K>(m: Map<K, number>, k: K, by = 1) {
  m.set(k, (m.get(k) ?? 0) + by);
}

let n = 0;
let seen = 0;
const t0 = Date.now();
for await (const rec of readJsonLines(corpus, skip + limit)) {
  if (seen++ < skip) continue;
  if (typeof rec.text !== 'string' || !rec.text.trim() || (typeof rec.id === 'string' && gold.has(rec.id))) continue;
  const a = analyzer.analyzeArticle({ text: rec.text, title: rec.title ?? null, date: (rec.date ?? rec.time ?? '').slice(0, 10) || null, source: rec.source ?? null });
  n++;
  const speakers = new Set(a.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  const seenInDoc = new Set<string>();
  for (const e of a.entities) {
    if (e.type !== 'PER' && e.type !== 'ORG' && e.type !== 'LOC') continue;
    // Entities outside the KB carry a stable "x:" id from their name, not a KB id.
    if (e.kbId && !e.kbId.startsWith('x:')) continue;
    const names = e.mentions.filter((m) => m.kind === 'name');
    if (!names.length) continue;
    const key = `${e.type}|${normalize(e.name).replace(/\s+/g, ' ').trim()}`;
    let g = gaps.get(key);
    if (!g) gaps.set(key, (g = { type: e.type, forms: new Map(), count: 0, docs: 0, speaker: 0, context: new Map(), nameEn: e.nameEn }));
    g.count += e.mentions.length;
    if (!seenInDoc.has(key)) {
      seenInDoc.add(key);
      g.docs++;
    }
    if (speakers.has(e.id)) g.speaker++;
    for (const m of names) bump(g.forms, m.text);
    const first = names[0]!;
    const before = a.document.text.slice(Math.max(0, first.start - 60), first.start).split(/\s+/).filter(Boolean).slice(-4).join(' ');
    if (before) bump(g.context, before);
  }
  // Title phrases and whether a KB person follows them within a few words.
  const kbPersonStarts = a.entities.filter((e) => e.type === 'PER' && e.kbId && !e.kbId.startsWith('x:')).flatMap((e) => e.mentions.map((m) => m.start));
  const speakerStarts = new Set(a.quotes.filter((q) => q.speaker).map((q) => q.speakerText));
  for (const m of a.document.text.matchAll(TITLE_RE)) {
    const phrase = normalize(m[1]!).replace(/[،,.:«»"()]+$/u, '');
    const end = m.index! + m[0].length;
    let t = titles.get(phrase);
    if (!t) titles.set(phrase, (t = { count: 0, tied: 0, untied: 0, speaker: 0 }));
    t.count++;
    if (kbPersonStarts.some((s) => s >= m.index! && s <= end + 40)) t.tied++;
    else t.untied++;
    if ([...speakerStarts].some((s) => s && s.includes(m[1]!))) t.speaker++;
  }
  if (n % 500 === 0) console.error(`${n} articles, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const best = <K>(m: Map<K, number>) => [...m].sort((x, y) => y[1] - x[1])[0]?.[0];
console.log(`# KB gaps in ${n} articles of ${corpus} after the first ${skip}`);
for (const type of ['PER', 'ORG', 'LOC']) {
  console.log(`\n## ${type} entities without kbId (docs, mentions, as quote speaker, forms, most common words before)`);
  const rows = [...gaps.values()].filter((g) => g.type === type).sort((x, y) => y.docs - x.docs || y.speaker - x.speaker).slice(0, top);
  for (const g of rows) {
    const forms = [...g.forms].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([f]) => f).join(' / ');
    console.log(`${g.docs}\t${g.count}\t${g.speaker}\t${forms}\t[${g.nameEn ?? ''}]\t… ${best(g.context) ?? ''}`);
  }
}
console.log('\n## Title phrases seldom followed by a KB person (count, untied, quote speaker)');
const rows = [...titles].filter(([, t]) => t.untied >= t.count / 2).sort((x, y) => y[1].untied - x[1].untied).slice(0, top);
for (const [p, t] of rows) console.log(`${t.count}\t${t.untied}\t${t.speaker}\t${p}`);
