/**
 * nice -n 10 npx tsx scripts/store-unknown-names.ts [--db /tmp/f20.db] [--type PER|ORG] [--min 3] [--top 400] > out.tsv
 *
 * The persons and organizations a whole-corpus store holds without a KB record (key x:per:, x:org:), most frequent first (resolve33, issue #4):
 * reads the store read-only, counts for each entity the articles that mention it, gold and reserved articles
 * (scripts/gold-ids.ts) left out, and re-checks each name against the KB of this tree (a name the KB now knows, by
 * any of its Arabic names, is marked "kb:<id>": added since the store was built). Line: articles, type, Arabic name,
 * rasd's English name, country, the KB id now or "-", the most frequent mention text. Names and counts only, no
 * article text. For choosing the KB records of data/kb/people/resolve33.jsonl and organizations/resolve33.jsonl.
 */
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { KnowledgeBase } from '../src/kb/index.ts';
import { readKbData } from '../src/resources/kb.ts';
import { flag } from './flag.ts';
import { goldArticleIds } from './gold-ids.ts';

const db = new Database(flag('db', '/tmp/f20.db'), { readonly: true });
const types = flag('type', 'PER,ORG').split(',');
const min = Number(flag('min', '3'));
const top = Number(flag('top', '400'));
const kb = new KnowledgeBase(readKbData(fileURLToPath(new URL('../data/kb', import.meta.url))));
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname, /\.jsonl?$/);

const goldRows = new Set<number>();
for (const r of db.prepare('SELECT id, doc_id FROM articles').iterate() as Iterable<{ id: number; doc_id: string }>) {
  const m = r.doc_id.match(/[A-Z]{2}-[A-Za-z]+-\d+-\d{8}/);
  if (m && gold.has(m[0])) goldRows.add(r.id);
}
const perArticle = db.prepare('SELECT article_id FROM article_entities WHERE entity_id = ?').pluck();
const topText = db.prepare('SELECT text, COUNT(*) n FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY n DESC LIMIT 1');
const rows = db.prepare(`SELECT id, type, name, name_en, country, articles FROM entities WHERE key LIKE 'x:%' AND type IN (${types.map(() => '?').join(',')}) AND articles >= ? ORDER BY articles DESC`)
  .all(...types, min) as Array<{ id: number; type: string; name: string; name_en: string | null; country: string | null; articles: number }>;
const out: Array<[number, string]> = [];
for (const r of rows) {
  const arts = (perArticle.all(r.id) as number[]).filter((a) => !goldRows.has(a)).length;
  if (arts < min) continue;
  const now = kb.lookup(r.name)[0];
  const t = topText.get(r.id) as { text: string } | undefined;
  out.push([arts, [arts, r.type, r.name, r.name_en ?? '-', r.country ?? '-', now ? `kb:${now.id}` : '-', t?.text ?? '-'].join('\t')]);
}
out.sort((a, b) => b[0] - a[0]);
for (const [, line] of out.slice(0, top)) console.log(line);
