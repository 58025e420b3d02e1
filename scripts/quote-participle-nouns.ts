/**
 * (quotes20) Which participle forms of the quote lexicon's verbs (data/quotes/cues.json; the forms in -ين، -ون، -ه، -ان
 * that lexicon.ts derives) occur in the corpus pool (scripts/corpus-pool.ts: no gold or reserved article), by frequency,
 * with two example contexts each: how the participles that are mostly nouns (معلمين "teachers", not "informing") were
 * found. Contexts are printed, never written.
 *
 *   nice -n 10 npx tsx scripts/quote-participle-nouns.ts [--seed 4205] [--articles 3000] [--top 60]
 */
import { shuffledCorpusPool } from './corpus-pool.ts';
import { flag } from './flag.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { loadQuoteLexicon } from '../src/resources/quotes.ts';
import { cueKey } from '../src/quotes/lexicon.ts';
import { tokenize } from '../src/text/tokenize.ts';

const lex = loadQuoteLexicon();
const seed = Number(flag('seed', '4205'));
const n = Number(flag('articles', '3000'));
const top = Number(flag('top', '60'));
const forms = new Map<string, string>();
for (const [key, v] of lex.verbs) if (v.form === 'participle' && !key.endsWith('ا')) forms.set(key, v.lemma);
const counts = new Map<string, { n: number; ex: string[] }>();
const { pool } = await shuffledCorpusPool(sharedPath('data/news/ant-corpus.jsonl.gz') ?? '', seed);
for (const a of pool.slice(0, n)) {
  for (const t of tokenize(a.text)) {
    if (t.kind !== 'arabic') continue;
    const k = cueKey(t.text).replace(/^[وف]/, '');
    const key = forms.has(cueKey(t.text)) ? cueKey(t.text) : forms.has(k) ? k : null;
    if (!key) continue;
    const c = counts.get(key) ?? { n: 0, ex: [] };
    c.n++;
    if (c.ex.length < 2) c.ex.push(a.text.slice(Math.max(0, t.start - 50), t.end + 50).replace(/\n/g, ' '));
    counts.set(key, c);
  }
}
for (const [k, c] of [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
  console.log(`${c.n}\t${k}\t(${forms.get(k)})`);
  for (const e of c.ex) console.log(`\t  …${e}…`);
}
