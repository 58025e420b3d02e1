/**
 * Compares a blind title annotation (scripts/titles13-blind.ts) with rasd's answer (titles13). For each annotated
 * phrase: the person rasd ties it to (the PER entity one of whose mentions overlaps the head word, with the mention's
 * kind) and whether that agrees with the annotation (a loose match on the English name: the expected name's last word
 * in rasd's English name, case and accents folded; `-` agrees with no person or with a person the KB does not know
 * whose mention is not a title). Prints every phrase, then the counts; `--misses` prints only the disagreements.
 *
 *   nice -n 10 npx tsx scripts/titles13-compare.ts --json draws.json --ann ann.tsv [--misses]
 *
 * The KB column says whether the KB has a person of the expected English name (so a miss can be classed: holder
 * missing from the KB, or the phrase not read / read wrong). Text to the terminal only.
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { readArticles } from '../src/readers/index.ts';
import { flag } from './flag.ts';

const draws = JSON.parse(readFileSync(flag('json', ''), 'utf8')) as { k: number; id: string; start: number; head: string }[];
const ann = new Map<number, string>();
for (const line of readFileSync(flag('ann', ''), 'utf8').split('\n')) {
  const [k, v] = line.split('\t');
  if (k && v) ann.set(Number(k), v.trim());
}
const onlyMisses = process.argv.includes('--misses');
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, ' ');
const resources = loadResources();
const kbNames = new Set(resources.kb.people.map((p) => fold(p.nameEn).trim()));
const analyzer = createAnalyzer(resources, buildStages(resources).filter((s) => !s.id.startsWith('events') && !s.id.startsWith('quotes')));
const ids = new Set(draws.map((d) => d.id));
let right = 0;
let wrong = 0;
for await (const rec of readJsonLines(sharedPath('data/news/ant-corpus.jsonl.gz')!)) {
  if (!ids.has(String(rec.id))) continue;
  const article = readArticles(JSON.stringify(rec), { format: 'json' })[0]?.article;
  if (!article) continue;
  const a = analyzer.analyzeArticle({ text: article.text, title: article.title, date: article.date, source: null });
  const text = a.document.text;
  const shift = text.indexOf(article.text);
  for (const d of draws.filter((x) => x.id === rec.id)) {
    const want = ann.get(d.k);
    if (!want || want === '?') continue;
    const hs = d.start + shift;
    const he = hs + d.head.length;
    let got = '-';
    let gotEn = '';
    let kind = '';
    let known = false;
    for (const e of a.entities) {
      if (e.type !== 'PER') continue;
      const m = e.mentions.find((x) => x.start < he && x.end > hs);
      if (m) {
        gotEn = e.nameEn ?? e.name;
        got = `${gotEn} [${e.kbId ?? ''}]`;
        kind = `${m.kind}:${text.slice(m.start, m.end)}`;
        known = !!e.kbId && !e.kbId.startsWith('x:');
        break;
      }
    }
    const last = fold(want).trim().split(/\s+/).pop() ?? '';
    const ok = want === '-' ? got === '-' || (!known && !kind.startsWith('title')) : fold(gotEn).split(/\s+/).includes(last);
    if (ok) right++;
    else wrong++;
    if (onlyMisses && ok) continue;
    const ctx = (text.slice(Math.max(0, hs - 50), hs) + '⟦' + d.head + '⟧' + text.slice(he, he + 50)).replace(/\s+/g, ' ');
    const inKb = want === '-' ? '' : kbNames.has(fold(want).trim()) ? 'KB' : 'noKB?';
    console.log(`${ok ? 'ok ' : 'BAD'}\t${d.k}\t${rec.id}\twant ${want} ${inKb}\tgot ${got}\t${kind}\n\t${ctx}`);
  }
}
console.log(`right ${right} wrong ${wrong} (${((100 * right) / Math.max(1, right + wrong)).toFixed(1)}%)`);
