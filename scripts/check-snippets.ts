/**
 * Checks on a real store that the snippets its searches return (search-terms.ts:
 * cut from each text's first characters when they tell, tokenizing only candidate
 * places) equal the snippets computed over every token of each article, for the benchmark workload's queries and
 * every hit on their first page.
 *
 *   nice -n 10 npx tsx scripts/check-snippets.ts /tmp/rasd-full.db
 */
import Database from 'better-sqlite3';
import { createSegmenter } from '../src/text/clitics.ts';
import { loadWordFrequencies } from '../src/resources/load.ts';
import { tokenize, type Token } from '../src/text/tokenize.ts';
import { parseQuery, wordForms, type Snippet } from '../src/store/search-terms.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { buildWorkload } from './bench-queries.ts';

const file = process.argv[2] ?? '/tmp/rasd-full.db';
const segment = createSegmenter(loadWordFrequencies());
const store = openSqliteStore(file, { readonly: true, cacheSize: 0, segmenter: segment });
const db = new Database(file, { readonly: true });
const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();

function reference(t: string, q: string): Snippet {
  const query = parseQuery(q, segment);
  const wanted = new Set(query.words.flat());
  const tokens = tokenize(t);
  const isWord = (k: Token) => k.kind === 'arabic' || k.kind === 'latin' || k.kind === 'number';
  const isHit = (k: Token) => isWord(k) && wordForms(k.text, k.kind, segment).some((f) => wanted.has(f));
  const first = tokens.findIndex(isHit);
  let from = 0;
  if (first >= 0) {
    let k = first;
    while (k > 0 && tokens[first]!.start - tokens[k - 1]!.start <= 80) k--;
    from = tokens[k]!.start;
  }
  let to = Math.min(t.length, from + 240);
  const space = t.indexOf(' ', to);
  if (to < t.length && space >= 0 && space - to < 30) to = space;
  if (to < t.length && t.charCodeAt(to) >= 0xdc00 && t.charCodeAt(to) <= 0xdfff) to++;
  const highlights = [];
  if (first >= 0) for (let i = first; i < tokens.length && tokens[i]!.start < to; i++) if (tokens[i]!.end <= to && isHit(tokens[i]!)) highlights.push({ start: tokens[i]!.start, end: tokens[i]!.end });
  return { snippet: t.slice(from, to).replace(/[\r\n\t]/g, ' '), snippetStart: from, highlights };
}

let hits = 0;
let bad = 0;
for (const s of buildWorkload(db).searches) {
  if (!s.q) continue;
  const page = await store.search({ q: s.q, pageSize: 20 });
  for (const h of page.items) {
    hits++;
    const want = reference(text.get(h.id) as string, s.q);
    // what the store answered (a snippet cut from the text's first characters where they tell, else from the whole text)
    const got = { snippet: h.snippet, snippetStart: h.snippetStart, highlights: h.highlights };
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      bad++;
      if (bad <= 5) console.log(`differs: q=${s.q} article ${h.id}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
    }
  }
}
console.log(`${hits} hits checked, ${bad} snippets differ`);
process.exitCode = bad ? 1 : 0;
