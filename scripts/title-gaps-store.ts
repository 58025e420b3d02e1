/**
 * Title gaps over a whole-corpus store (resolve32): every office + country phrase of the stored articles' text (a head
 * word, then a country name or demonym of one to three words: الرئيس الكيني، وزير خارجية باكستان، محافظ البنك المركزي
 * الإيراني), classed by what the store's mentions tie it to: a KB person, a person the KB lacks named beside it, a
 * generic title entity, or no one; counted by office, country and the article's year, most unlinked first. No analyzer
 * run: the store's own output is read (gold and reserved ids left out, scripts/gold-ids.ts). Text to the terminal only.
 *
 *   nice -n 10 npx tsx scripts/title-gaps-store.ts --db /tmp/f20.db [--top 80] [--examples]
 */
import Database from 'better-sqlite3';
import { normalize } from '../src/text/normalize.ts';
import { goldArticleIds } from './gold-ids.ts';
import { flag } from './flag.ts';
import { CORE_OFFICES, countryByWord, officeOf as officeOfIn } from './title-offices.ts';
const OFFICES: [string, string][] = [
  ...CORE_OFFICES,
  ['minister-other', 'وزير|وزيرة'],
  ['speaker', 'رئيس البرلمان|رئيس مجلس النواب|رئيس مجلس الشعب|رئيس مجلس الأمة|رئيس الكنيست|رئيس مجلس الشورى|رئيس مجلس الشيوخ|رئيسة مجلس النواب'],
  ['cb governor', 'محافظ البنك المركزي|محافظ المصرف المركزي|محافظ مصرف|محافظ البنك'],
];
const byWord = countryByWord();
const alts = OFFICES.flatMap((o) => o[1].split('|')).sort((a, b) => b.length - a.length);
const PHRASE = new RegExp(`(?<=^|[\\s(«"،.:])[وفلب]?(${alts.join('|')})\\s+((?:[^\\s،.:"»)]+\\s+)?(?:[^\\s،.:"»)]+\\s+)?[^\\s،.:"»)]+)`, 'gu');
const officeOf = (head: string) => officeOfIn(OFFICES, head);
const db = new Database(flag('db', '/tmp/f20.db'), { readonly: true });
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);
const arts = db.prepare('select id, doc_id, date, text from articles').all() as { id: number; doc_id: string; date: string; text: string }[];
const mstmt = db.prepare(`select m.start, m."end", m.kind, m.local_id, e.kb_id, e.name_en from mentions m join entities e on e.id = m.entity_id where m.article_id = ? and e.type = 'PER'`);
interface Row { n: number; kb: number; unknown: number; generic: number; none: number; arts: Set<string>; holders: Map<string, number>; ex: string[] }
const rows = new Map<string, Row>();
const examples = process.argv.includes('--examples');
for (const a of arts) {
  if (gold.has(a.doc_id)) continue;
  const ms = mstmt.all(a.id) as { start: number; end: number; kind: string; local_id: string; kb_id: string; name_en: string }[];
  for (const m of a.text.matchAll(PHRASE)) {
    const head = m[1]!;
    const ws = m[2]!.split(/\s+/).map((w) => normalize(w));
    // the longest word run (1-3 words) right after the head that is a country name or demonym
    let country: string | null = null;
    for (let n = Math.min(3, ws.length); n >= 1 && !country; n--) country = byWord.get(ws.slice(0, n).join(' ')) ?? null;
    if (!country) continue;
    const hs = m.index! + m[0].indexOf(head);
    const he = hs + head.length;
    let what: 'kb' | 'unknown' | 'generic' | 'none' = 'none';
    let who = '';
    const t = ms.find((x) => x.kind === 'title' && x.start < he && x.end > hs);
    if (t) {
      who = t.name_en;
      what = !t.kb_id?.startsWith('x:') ? 'kb' : ms.some((x) => x.local_id === t.local_id && x.kind === 'name') ? 'unknown' : 'generic';
    }
    const key = `${officeOf(head)}\t${country}\t${a.date?.slice(0, 4)}`;
    const r: Row = rows.get(key) ?? { n: 0, kb: 0, unknown: 0, generic: 0, none: 0, arts: new Set(), holders: new Map(), ex: [] };
    r.n++; r[what]++; r.arts.add(a.doc_id);
    if (who) r.holders.set(who, (r.holders.get(who) ?? 0) + 1);
    if (what !== 'kb' && r.ex.length < 4) r.ex.push(`${a.doc_id} ${a.text.slice(Math.max(0, hs - 30), he + 70).replace(/\s+/g, ' ')} => ${what} ${who}`);
    rows.set(key, r);
  }
}
const sorted = [...rows].sort((x, y) => (y[1].n - y[1].kb) - (x[1].n - x[1].kb));
let tot = 0, totKb = 0, totNone = 0, totUnk = 0, totGen = 0;
for (const [, r] of rows) { tot += r.n; totKb += r.kb; totNone += r.none; totUnk += r.unknown; totGen += r.generic; }
console.log(`# phrases ${tot}, kb ${totKb}, unknown ${totUnk}, generic ${totGen}, none ${totNone}`);
console.log('office\tcountry\tyear\tphrases\tarts\tkb\tunknown\tgeneric\tnone\tholders');
for (const [key, r] of sorted.slice(0, Number(flag('top', '80')))) {
  console.log(`${key}\t${r.n}\t${r.arts.size}\t${r.kb}\t${r.unknown}\t${r.generic}\t${r.none}\t${[...r.holders].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([h, c]) => `${h}:${c}`).join('; ')}`);
  if (examples) for (const e of r.ex) console.log(`\t\t${e}`);
}
