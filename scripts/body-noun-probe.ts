/**
 * (resolve34) Bare definite body nouns (النقابة، الوزارة، الصحيفة الفرنسية) as the subject of a reporting verb
 * (وقالت النقابة، أكدت الوزارة) on every EVERY-th corpus line (gold and reserved ids skipped by scripts/corpus-pool.ts):
 * per noun, how often it stands there, how often the entity layer gives it a mention (of which entity, named before or
 * not), and, when it gives none, how often the article named a body of that head before it (an ORG entity with a
 * mention opening with the indefinite head: نقابة الصحفيين ... وقالت النقابة) or none. With --show, each uncovered
 * site with a body of its head named before, with its context (article text to the terminal only).
 *
 *   nice -n 10 npx tsx scripts/body-noun-probe.ts --every 8 [--show] [--out /tmp/sites.jsonl]
 */
import { writeFileSync } from 'node:fs';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { normalize } from '../src/text/normalize.ts';
import cues from '../data/quotes/cues.json' with { type: 'json' };
import { corpusLineRange } from './corpus-pool.ts';
import { flag } from './flag.ts';

const every = Number(flag('every', '8'));
const show = process.argv.includes('--show');
const out = flag('out', '');
const NOUNS = [...cues.bodyGenders.feminine, ...cues.bodyGenders.masculine].filter((w) => w.startsWith('ال')).map((w) => normalize(w));
const verbs = new Set<string>();
for (const v of cues.verbs as Array<{ past?: string | null; forms?: string[] }>) {
  if (!v.past) continue;
  const p = normalize(v.past);
  verbs.add(p);
  verbs.add(p.replace(/ى$/, 'ت').replace(/ا$/, 'ت') === p ? p + 'ت' : p.replace(/[ىا]$/, 'ت'));
  verbs.add(p + 'ت');
}
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
type Stat = { sites: number; covered: number; coveredBefore: number; uncoveredWithBody: number; uncoveredNone: number; adj: number };
const stats = new Map<string, Stat>();
const rows: string[] = [];
let articles = 0;
const WORD = /[\u0621-\u064a]+/gu;
for await (const { id, article } of corpusLineRange({ from: 1, to: 17537, every })) {
  const a = analyzer.analyzeArticle({ id, title: article.title ?? null, text: article.text, date: article.date ?? null, source: null });
  articles++;
  const t = a.document.text;
  const words = [...t.matchAll(WORD)].map((m) => ({ w: m[0], s: m.index!, e: m.index! + m[0].length }));
  for (let i = 1; i < words.length; i++) {
    const raw = normalize(words[i]!.w);
    const bare = raw.replace(/^[وف](?=ال)/, '');
    if (!NOUNS.includes(bare)) continue;
    const prev = normalize(words[i - 1]!.w).replace(/^[وف]/, '');
    if (!verbs.has(prev) || !/^\s+$/.test(t.slice(words[i - 1]!.e, words[i]!.s))) continue;
    const next = words[i + 1] && /^\s+$/.test(t.slice(words[i]!.e, words[i + 1]!.s)) ? normalize(words[i + 1]!.w) : '';
    const adj = next.startsWith('ال') ? next : '';
    const key = adj ? `${bare} +adj` : bare;
    const st = stats.get(key) ?? { sites: 0, covered: 0, coveredBefore: 0, uncoveredWithBody: 0, uncoveredNone: 0, adj: 0 };
    stats.set(key, st);
    st.sites++;
    const s = words[i]!.s;
    const cover = a.entities.find((e) => e.mentions.some((m) => m.start <= s && m.end > s));
    const head = bare.slice(2);
    if (cover) {
      st.covered++;
      if (cover.mentions.some((m) => m.end <= s)) st.coveredBefore++;
    } else {
      const bodies = a.entities.filter((e) => e.type === 'ORG' && e.mentions.some((m) => m.end <= s && normalize(m.text.split(/\s+/)[0]!).replace(/^[وفبل]/, '').replace(/^ال/, '') === head));
      if (bodies.length) st.uncoveredWithBody++;
      else st.uncoveredNone++;
      const ctx = t.slice(Math.max(0, s - 160), s).replace(/\n/g, ' ⏎ ') + '【' + words[i]!.w + '】' + t.slice(words[i]!.e, words[i]!.e + 60).replace(/\n/g, ' ⏎ ');
      if (out) rows.push(JSON.stringify({ id, at: s, noun: key, bodies: bodies.map((b) => b.nameEn), ctx }));
      if (show && bodies.length) console.log(`${id}@${s} ${key} ← ${bodies.map((b) => b.nameEn).join(' / ')}\n   | ${ctx}`);
    }
  }
}
if (out) writeFileSync(out, rows.join('\n') + '\n');
console.log(`${articles} articles`);
console.log('noun\tsites\tcovered\t(of them named before)\tuncovered+body of its head before\tuncovered, none');
for (const [k, s] of [...stats].sort((x, y) => y[1].sites - x[1].sites)) console.log(`${k}\t${s.sites}\t${s.covered}\t${s.coveredBefore}\t${s.uncoveredWithBody}\t${s.uncoveredNone}`);
