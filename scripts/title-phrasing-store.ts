/**
 * Title phrasings over a whole-corpus store (resolve35, issue #4): every role head (رئيس، وزير، ملك، أمير، ولي العهد،
 * قائد، زعيم، الأمين العام، المتحدث باسم، سفير، مندوب، مبعوث … in their feminine, dual and plural forms) that has a
 * country name or demonym within the next five words of its clause, classed by what the store's PER title mentions
 * tie it to (a KB person, a person the KB lacks, a generic title entity, no one) and counted by its *phrasing*: the
 * words between head and country with the country's own words replaced by C (a name) or D (a demonym), e.g.
 * "وزير خارجية C", "رئيس الوزراء في حكومة C", "وزيرا الخارجية D و D". Unlike title-gaps-store.ts (country right after
 * the head) the window lets the office phrase run on, so the phrasings the title grammar does not read show up.
 * No analyzer run; gold and reserved ids left out (scripts/gold-ids.ts). Text to the terminal only.
 *
 *   nice -n 10 npx tsx scripts/title-phrasing-store.ts --db /tmp/f21.db [--every 5] [--top 80] [--examples 3]
 *     [--grep RE] (only phrasings matching RE) [--status none|generic|unknown|kb]
 *
 * --every N: only articles whose store id is divisible by N (a fixed sample, so counts before and after agree).
 */
import Database from 'better-sqlite3';
import { normalize } from '../src/text/normalize.ts';
import { goldArticleIds } from './gold-ids.ts';
import { flag } from './flag.ts';
import { countryByWord } from './title-offices.ts';

const HEADS = [
  'الرئيس', 'رئيس', 'الرئيسة', 'رئيسة', 'رئيسا', 'رؤساء', 'الملك', 'ملك', 'العاهل', 'عاهل', 'الملكة', 'ملكة', 'ولي العهد',
  'ولي عهد', 'أمير', 'الأمير', 'وزير', 'وزيرة', 'وزيرا', 'وزيري', 'وزراء', 'الوزير', 'الوزيرة', 'قائد', 'القائد', 'قادة', 'زعيم', 'الزعيم',
  'زعيمة', 'زعماء', 'الأمين العام', 'أمين عام', 'المتحدث', 'المتحدثة', 'متحدث', 'الناطق', 'الناطقة', 'ناطق', 'سفير', 'السفير',
  'سفيرة', 'السفيرة', 'سفيرا', 'سفراء', 'مندوب', 'المندوب', 'مندوبة', 'المندوبة', 'مبعوث', 'المبعوث', 'مبعوثة', 'المبعوثة',
  'نائب', 'نائبة', 'مستشار', 'المستشار', 'المستشارة', 'مستشارة', 'نظيره', 'نظيرته', 'نظيرها', 'نظيريه', 'نظراؤه', 'نظرائه',
  'محافظ', 'حاكم', 'السلطان', 'سلطان', 'المرشد', 'مرشد', 'وزيرة', 'رئيس الوزراء', 'رئيس الحكومة', 'رئيسة الوزراء',
];
const byWord = countryByWord();
const demonyms = new Set<string>();
{
  const { readFileSync } = await import('node:fs');
  const cs = JSON.parse(readFileSync(new URL('../data/kb/countries.json', import.meta.url), 'utf8')) as { demonyms: string[] }[];
  for (const c of cs) for (const d of c.demonyms) demonyms.add(normalize(d));
}
const alts = [...new Set(HEADS)].sort((a, b) => b.length - a.length);
const HEAD_RE = new RegExp(`(?<=^|[\\s(«"،.:#])[وفلب]?(${alts.join('|')})(?=[\\s،.:"»)#_]|$)`, 'gu');
const every = Number(flag('every', '1'));
const grep = flag('grep', '') ? new RegExp(flag('grep', ''), 'u') : null;
const wantStatus = flag('status', '');
const nEx = Number(flag('examples', '0'));
const db = new Database(flag('db', '/tmp/f21.db'), { readonly: true });
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);
const arts = db.prepare('select id, doc_id, date, text from articles').all() as { id: number; doc_id: string; date: string; text: string }[];
const mstmt = db.prepare(`select m.start, m."end", m.kind, m.local_id, e.kb_id, e.name_en from mentions m join entities e on e.id = m.entity_id where m.article_id = ? and e.type = 'PER'`);
type Status = 'kb' | 'unknown' | 'generic' | 'none';
interface StoredMention { start: number; end: number; kind: string; local_id: string; kb_id: string | null; name_en: string }
interface Row { n: number; kb: number; unknown: number; generic: number; none: number; ex: string[] }
const rows = new Map<string, Row>();
const tot: Record<Status, number> = { kb: 0, unknown: 0, generic: 0, none: 0 };
/** A word's country (its clitic و/ب/ل/ف/ك taken off when the bare word is one); null when none. */
const countryOf = (words: string[]): { n: number; iso: string; dem: boolean } | null => {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const w = words.slice(0, n).join(' ');
    for (const v of [w, w.replace(/^[وبلفك]/u, ''), w.replace(/^(?:ال|لل)/u, 'ال')]) {
      const iso = byWord.get(v);
      if (iso) return { n, iso, dem: demonyms.has(v) };
    }
  }
  return null;
};
for (const a of arts) {
  if (a.id % every !== 0 || gold.has(a.doc_id)) continue;
  let ms: StoredMention[] | null = null;
  for (const m of a.text.matchAll(HEAD_RE)) {
    const head = m[1]!;
    const hs = m.index! + m[0].indexOf(head);
    const he = hs + head.length;
    // the clause after the head: up to a stop mark, at most 8 words
    const rest = a.text.slice(he, he + 120).split(/[،.:;!?؟«»"()\n]/u)[0]!;
    const words = rest.trim().split(/[\s#_]+/u).filter(Boolean).slice(0, 8);
    const nw = words.map((w) => normalize(w));
    let ci = -1;
    let c: ReturnType<typeof countryOf> = null;
    for (let i = 0; i <= Math.min(5, nw.length - 1); i++) if ((c = countryOf(nw.slice(i)))) { ci = i; break; }
    if (!c) continue;
    ms ??= mstmt.all(a.id) as StoredMention[];
    let st: Status = 'none';
    let who = '';
    const t = ms.find((x) => x.kind === 'title' && x.start < he && x.end > hs);
    if (t) {
      who = t.name_en;
      st = t.kb_id && !t.kb_id.startsWith('x:') ? 'kb' : ms.some((x) => x.local_id === t.local_id && x.kind === 'name') ? 'unknown' : 'generic';
    }
    // the phrasing: head, middle words, C/D for the country, then the next word when it is و+another country or a modifier
    const after = nw[ci + c.n];
    const tail = after && (countryOf([after]) || /^(?:السابق|الأسبق|المخلوع|المكلف|بالوكالة|بالإنابة|المؤقت|الجديد|المنتهية|الراحل|الحالي|السابقة|المكلفة|الجديدة)$/u.test(after))
      ? ' ' + (countryOf([after]) ? (/^و/u.test(after) ? 'و' : '') + (countryOf([after])!.dem ? 'D' : 'C') : after) : '';
    const phr = `${normalize(head)} ${nw.slice(0, ci).join(' ')}${ci ? ' ' : ''}${c.dem ? 'D' : 'C'}${tail}`.replace(/\s+/g, ' ');
    if (grep && !grep.test(phr)) continue;
    tot[st]++;
    if (wantStatus && st !== wantStatus) continue;
    const r: Row = rows.get(phr) ?? { n: 0, kb: 0, unknown: 0, generic: 0, none: 0, ex: [] };
    r.n++; r[st]++;
    if (st !== 'kb' && r.ex.length < nEx) r.ex.push(`${a.doc_id} ${a.date?.slice(0, 10)} ${a.text.slice(Math.max(0, hs - 40), he + 90).replace(/\s+/g, ' ')} => ${st} ${who}`);
    rows.set(phr, r);
  }
}
console.log(`# phrases kb ${tot.kb}, unknown ${tot.unknown}, generic ${tot.generic}, none ${tot.none}`);
const sorted = [...rows].sort((x, y) => (y[1].n - y[1].kb) - (x[1].n - x[1].kb));
console.log('phrasing\tn\tkb\tunknown\tgeneric\tnone');
for (const [p, r] of sorted.slice(0, Number(flag('top', '80')))) {
  console.log(`${p}\t${r.n}\t${r.kb}\t${r.unknown}\t${r.generic}\t${r.none}`);
  for (const e of r.ex) console.log(`\t${e}`);
}
