/**
 * Where quote speakers go wrong on text rasd never saw, as the unlabelled
 * corpus shows it (no gold needed): runs the analyzer (without the event stage)
 * over stretches of the ANT corpus, skipping every article a gold file under
 * test/gold names, and lists by frequency
 *   (a) quote speakers not linked to a KB entity: the speaker entity's type and
 *       name when it has an "x:" id or none, and the speakerText of quotes
 *       with no speaker entity that look like a name (no role or source word);
 *   (b) speakers whose entity is known only by titles (no name mention);
 *   (c) speakers that are a body or a country while the subject text opens
 *       with an officer's noun (قائد، مدير، رئيس، المتحدث باسم ... + the body).
 * Each line: count, key, one example (doc id: cue | speakerText).
 *
 *   nice -n 10 npx tsx scripts/quote-speaker-gaps.ts [--ranges 4000-6200,7000-8500] [--top 60] [--corpus PATH] [--dump FILE]
 *   npx tsx scripts/quote-speaker-gaps.ts --compare OLD.jsonl NEW.jsonl
 *
 * --skip ID,ID: corpus articles not to read at all (articles reserved for a gold set being annotated elsewhere).
 * --ranges: 1-based corpus line ranges (inclusive). --include-gold keeps gold articles (to attribute a change after
 * scoring, never to choose a rule). --dump writes every quote
 * (doc, cue, speakerText, speaker entity) as JSON Lines, and --compare lists the
 * quotes whose cue, speaker text or speaker entity differ between two dumps
 * (how each speaker rule was checked on articles outside the gold).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { goldArticleIds } from './gold-ids.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { normalize } from '../src/text/normalize.ts';
import { readArticles } from '../src/readers/index.ts';
import type { Entity } from '../src/core/analysis.ts';
import { flag } from './flag.ts';

interface Row {
  doc: string;
  cueAt: number;
  cue: string;
  speakerText: string | null;
  entity: string | null;
  kbId: string | null;
  type: string | null;
  content: string;
  /** The text around the cue (for reading a change). */
  ctx?: string;
}

if (process.argv.includes('--compare')) {
  const i = process.argv.indexOf('--compare');
  const load = (p: string) => new Map(readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).map((r) => [`${r.doc}@${r.cueAt}`, r]));
  const a = load(process.argv[i + 1]!);
  const b = load(process.argv[i + 2]!);
  const show = (r: Row | undefined) => (r ? `[${r.cue}] ${r.speakerText ?? '∅'} → ${r.entity ?? '∅'}${r.kbId ? ` (${r.kbId})` : ''}` : '(none)');
  let n = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (x && y && x.cue === y.cue && x.speakerText === y.speakerText && x.entity === y.entity && x.kbId === y.kbId) continue;
    n++;
    console.log(`${k}\n  before ${show(x)}\n  after  ${show(y)}\n  | ${(y ?? x)!.ctx ?? (y ?? x)!.content}`);
  }
  console.log(`${n} quotes changed (${a.size} before, ${b.size} after)`);
  process.exit(0);
}

const top = Number(flag('top', '60'));
const ranges = flag('ranges', '4000-6200,7000-8500,11000-12500')
  .split(',')
  .map((r) => r.split('-').map(Number) as [number, number]);
const last = Math.max(...ranges.map((r) => r[1]));
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
const dumpPath = flag('dump', '');
if (!corpus) {
  console.error('no corpus: pass --corpus or set RASD_SHARED');
  process.exit(1);
}

// Articles any gold file names (by their ANT document id): never counted here.
// --include-gold: for attributing score changes on gold articles after they were scored (never for choosing rules).
const skipIds = new Set(flag('skip', '').split(',').filter(Boolean));
const goldIds = process.argv.includes('--include-gold') ? new Set<string>() : goldArticleIds(new URL('../test/gold', import.meta.url).pathname, /\.jsonl?$/);

const resources = loadResources();
const stages = buildStages(resources).filter((s) => !s.id.startsWith('events'));
const analyzer = createAnalyzer(resources, stages);

const OFFICER = /^(?:[وف]?(?:ل|ب)?)(?:ال)?(?:قائد|مدير|مديرة|رئيس|رئيسة|زعيم|زعيمة|أمين|الأمين|سفير|سفيرة|مندوب|مندوبة|نائب|نائبة|مستشار|مستشارة|متحدث|متحدثة|ناطق|ناطقة|محافظ|وزير|وزيرة|مسؤول|مسؤولة|قادة|مسؤولو|مسؤولي|عميد|قاض|قاضي|المدعي|المدعية|مفوض|مفوضة|منسق|منسقة|مراسل|مراسلة|ممثل|ممثلة)$/u;
const ROLEWORD = /(?:^|\s)(?:ال)?(?:مصدر|مصادر|مسؤول|مسؤولون|مسؤولين|متحدث|ناطق|المتحدث|الناطق|شهود|سكان|مراسل|تقرير|بيان|وكالة|صحيفة|وزارة|الوزارة|قناة|موقع|حكومة|السلطات|الشرطة|الجيش|خبراء|محللون|نشطاء|ناشطون|مراقبون|دبلوماسي|دبلوماسيون|مصدرا|أحد|عضو|طبيب)/u;

interface Tally {
  count: number;
  docs: Set<string>;
  example: string;
}
const lists = { kbSurname: new Map<string, Tally>(), unlinkedEntity: new Map<string, Tally>(), noEntityName: new Map<string, Tally>(), titlesOnly: new Map<string, Tally>(), bodyForOfficer: new Map<string, Tally>() };
function bump(m: Map<string, Tally>, key: string, doc: string, example: string) {
  const t = m.get(key) ?? { count: 0, docs: new Set<string>(), example };
  t.count++;
  t.docs.add(doc);
  m.set(key, t);
}
const norm = (s: string) => normalize(s).replace(/\s+/g, ' ').trim();
// KB people by the last word of each of their names of two words or more: an unlinked speaker whose
// surname a KB person has is a spelling variant of that person or a namesake (list d).
const kbBySurname = new Map<string, Set<string>>();
for (const f of readdirSync(new URL('../data/kb/people', import.meta.url).pathname)) {
  if (!f.endsWith('.jsonl')) continue;
  for (const l of readFileSync(new URL(`../data/kb/people/${f}`, import.meta.url), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as { nameEn: string; ar: string[] };
    for (const ar of r.ar) {
      const w = norm(ar).split(' ');
      if (w.length < 2 || w.at(-1)!.length < 3) continue;
      const set = kbBySurname.get(w.at(-1)!) ?? new Set<string>();
      set.add(r.nameEn);
      kbBySurname.set(w.at(-1)!, set);
    }
  }
}

const dump: string[] = [];
let line = 0;
let n = 0;
let quotes = 0;
const t0 = Date.now();
for await (const rec of readJsonLines(corpus, last)) {
  line++;
  if (!ranges.some(([a, b]) => line >= a && line <= b)) continue;
  if (typeof rec.text !== 'string' || !rec.text.trim()) continue;
  const id = typeof rec.id === 'string' ? rec.id : `line-${line}`;
  if (goldIds.has(id.replace(/\.txt$/, '')) || skipIds.has(id)) continue;
  // Read as `rasd ingest` reads a corpus line (the date parsed from "time").
  const article = readArticles(JSON.stringify(rec), { format: 'jsonl' })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle(article);
  n++;
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  for (const q of a.quotes) {
    quotes++;
    const e = q.speaker ? byId.get(q.speaker) : undefined;
    const st = q.speakerText ?? '';
    const example = `${id}: [${q.cue.text}] ${st || '∅'} | ${q.text.slice(0, 50).replace(/\n/g, ' ')}`;
    if (dumpPath) {
      const row: Row = { doc: id, cueAt: q.cue.start, cue: q.cue.text, speakerText: q.speakerText, entity: e ? `${e.name} / ${e.nameEn ?? ''}` : null, kbId: e?.kbId ?? null, type: e?.type ?? null, content: q.text.slice(0, 80).replace(/\n/g, ' '), ctx: a.document.text.slice(Math.max(0, Math.min(q.cue.start, q.start) - 160), Math.max(q.cue.end, q.start) + 40).replace(/\n/g, ' ⏎ ') };
      dump.push(JSON.stringify(row));
    }
    const firstWord = norm(st).split(' ')[0] ?? '';
    if (e) {
      const unlinked = !e.kbId || e.kbId.startsWith('x:');
      const hasName = e.mentions.some((m) => m.kind === 'name');
      const surname = norm(e.name).split(' ').at(-1) ?? '';
      if (unlinked && hasName && e.type === 'PER' && kbBySurname.has(surname)) bump(lists.kbSurname, `${norm(e.name)} (${e.nameEn ?? ''}) ~ KB ${[...kbBySurname.get(surname)!].slice(0, 3).join(', ')}`, id, example);
      if (unlinked && hasName) bump(lists.unlinkedEntity, `${e.type} ${norm(e.name)} (${e.nameEn ?? ''})`, id, example);
      if (!hasName && e.type === 'PER') bump(lists.titlesOnly, `${norm(e.name)} (${e.nameEn ?? ''}) ${e.kbId ?? ''}`, id, example);
      if ((e.type === 'ORG' || e.type === 'LOC') && OFFICER.test(firstWord)) bump(lists.bodyForOfficer, `${firstWord} … → ${e.type} ${e.nameEn ?? e.name}`, id, example);
    } else if (st && !ROLEWORD.test(norm(st))) {
      bump(lists.noEntityName, norm(st), id, example);
    }
  }
}
if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + '\n');

console.log(`${n} articles (lines ${ranges.map((r) => r.join('-')).join(', ')}, gold articles skipped), ${quotes} quotes, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const titles: Record<keyof typeof lists, string> = {
  kbSurname: '(a) unlinked person speaker whose surname a KB person has (a spelling variant or a namesake)',
  unlinkedEntity: '(a) speaker entity not in the KB (type, name, English)',
  noEntityName: '(a) no speaker entity, speakerText without a role or source word',
  titlesOnly: '(b) speaker a person known only by titles',
  bodyForOfficer: '(c) speaker a body/country while the subject opens with an officer noun',
};
for (const [k, m] of Object.entries(lists) as [keyof typeof lists, Map<string, Tally>][]) {
  const total = [...m.values()].reduce((s, t) => s + t.count, 0);
  console.log(`\n== ${titles[k]}: ${total} quotes, ${m.size} keys`);
  for (const [key, t] of [...m].sort((x, y) => y[1].count - x[1].count).slice(0, top)) console.log(`${String(t.count).padStart(4)} ${String(t.docs.size).padStart(3)}d  ${key}\n          ${t.example}`);
}
