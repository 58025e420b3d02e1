/**
 * nice -n 10 npx tsx scripts/foreign-name-freq.ts [--db /tmp/f17m.db] [--min 3] > out.tsv
 *
 * Which words of the names of people the knowledge base does not know recur in the corpus, and how rasd spells them:
 * reads a whole-corpus store (read-only; entities whose key starts with x:per:), splits each name into words and
 * counts, per word, the articles of the entities it occurs in and the number of distinct entities. Line: articles,
 * entities, Arabic word, rasd's English now, "table" when a table (name parts, Western names, KB spellings ...) spells
 * it and "rules" when the letter rules do. For choosing the entries of data/kb/foreign-names.json by corpus frequency
 * (resolve22); no article text is read.
 */
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { KnowledgeBase } from '../src/kb/index.ts';
import { createRomanizer } from '../src/kb/romanize.ts';
import { readKbData } from '../src/resources/kb.ts';
import { flag } from './flag.ts';

const db = new Database(flag('db', '/tmp/f17m.db'), { readonly: true });
const min = Number(flag('min', '3'));
const kb = new KnowledgeBase(readKbData(fileURLToPath(new URL('../data/kb', import.meta.url))));
const plain = createRomanizer({});
const counts = new Map<string, { arts: number; ents: number }>();
for (const row of db.prepare("SELECT name, articles FROM entities WHERE key LIKE 'x:per:%'").all() as Array<{ name: string; articles: number }>) {
  for (const w of new Set(row.name.split(/\s+/).filter((x) => /^[\u0621-\u064a]{2,}$/.test(x)))) {
    const c = counts.get(w) ?? { arts: 0, ents: 0 };
    c.arts += row.articles;
    c.ents++;
    counts.set(w, c);
  }
}
for (const [w, c] of [...counts].sort((a, b) => b[1].arts - a[1].arts)) {
  if (c.arts < min) continue;
  const en = kb.romanize(w);
  console.log([c.arts, c.ents, w, en, en === plain(w) ? 'rules' : 'table'].join('\t'));
}
