/**
 * Head titles of KB bodies left unlinked in a whole-corpus store (resolve32): every head noun (مدير، رئيس، زعيم، قائد،
 * محافظ, + عام) right before a KB organization's mention that no PER title mention covers, not after a deputy's or an
 * office noun and not before السابق; counted by body, with how many of them the KB has a head for on the article's
 * date (`KnowledgeBase.headOf`). The bodies whose head the KB lacks come first, with examples. Gold and reserved ids left
 * out (scripts/gold-ids.ts); the store is read, no analyzer run. Text to the terminal only.
 *
 *   nice -n 10 npx tsx scripts/head-title-gaps.ts --db /tmp/f20.db [--top 80]
 */
import Database from 'better-sqlite3';
import { loadResources } from '../src/resources/load.ts';
import { goldArticleIds } from './gold-ids.ts';
import { flag } from './flag.ts';
const kb = loadResources().kb;
const db = new Database(flag('db', '/tmp/f20.db'), { readonly: true });
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);
const arts = db.prepare('select id, doc_id, date, text from articles').all() as { id: number; doc_id: string; date: string; text: string }[];
const ms = db.prepare(`select m.start, m."end", m.kind, e.type, e.kb_id, e.name_en from mentions m join entities e on e.id = m.entity_id where m.article_id = ?`);
const HEAD = /(?:^|[\s(«"،.:])[وف]?[لب]?((?:ال)?(?:مدير|مديرة|رئيس|رئيسة|زعيم|زعيمة|قائد|قائدة|محافظ|محافظة)(?:\s+(?:العام|عام))?\s+(?:ل|لـ)?)$/u;
const by = new Map<string, { n: number; kbHas: number; arts: Set<string>; ex: string[] }>();
for (const a of arts) {
  if (gold.has(a.doc_id)) continue;
  const rows = ms.all(a.id) as { start: number; end: number; kind: string; type: string; kb_id: string; name_en: string }[];
  for (const o of rows) {
    if (o.type !== 'ORG' || !o.kb_id || o.kb_id.startsWith('x:')) continue;
    const m = a.text.slice(Math.max(0, o.start - 40), o.start).match(HEAD);
    if (!m) continue;
    const hs = o.start - m[1]!.length;
    if (rows.some((x) => x.type === 'PER' && x.kind === 'title' && x.start < o.start && x.end > hs)) continue;
    const after = a.text.slice(o.end, o.end + 12);
    if (/^\s*(السابق|الأسبق|السابقة)/.test(after)) continue;
    if (/(نائب|مساعد|منصب|لمنصب)\s*$/.test(a.text.slice(Math.max(0, hs - 12), hs))) continue;
    const head = kb.headOf(o.kb_id, a.date);
    const key = `${o.kb_id}\t${o.name_en}\t${kb.byId(o.kb_id)?.org?.kind}`;
    const r = by.get(key) ?? { n: 0, kbHas: 0, arts: new Set(), ex: [] };
    r.n++; r.arts.add(a.doc_id); if (head) r.kbHas++;
    if (!head && r.ex.length < 3) r.ex.push(`${a.doc_id} ${a.text.slice(Math.max(0, hs - 30), o.end + 50).replace(/\s+/g, ' ')}`);
    by.set(key, r);
  }
}
let gap = 0, has = 0;
for (const [, r] of by) { gap += r.n - r.kbHas; has += r.kbHas; }
console.log(`unlinked head+KB org: ${gap + has}; KB has a head on the date: ${has}; KB lacks: ${gap}`);
for (const [k, r] of [...by].sort((x, y) => (y[1].n - y[1].kbHas) - (x[1].n - x[1].kbHas)).slice(0, Number(flag('top', '80')))) {
  if (r.n === r.kbHas) continue;
  console.log(`${r.n - r.kbHas}\t${r.n}\t${r.arts.size}\t${k}`);
  for (const e of r.ex) console.log('\t\t' + e);
}
