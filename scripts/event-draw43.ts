/**
 * A blind draw of coded events for a precision audit (branch events43): picks --articles random corpus articles
 * (gold, reserved and unseen ids left out by corpusLineRange) whose id starts with one of --prefix and whose text is
 * --min..--max characters, runs the analyzer on them and prints --n of their events drawn at random, one per line:
 * "id<TAB>PLOVER SRC>TGT modality<TAB>trigger<TAB>sentence". Its output holds article text, so it stays on the machine.
 *
 *   nice -n 10 npx tsx scripts/event-draw43.ts --seed 43 --n 80 --articles 120 --prefix FR-internationalNews,SK-middleEast --min 2500 --max 9000
 *
 * --skip-file FILE (events51): ids (one a line, or the first column of an earlier draw's output) left out of the pool, so that a
 * held-out draw shares no article with the draw it checks.
 *
 * --triples (events59): draw distinct (article, PLOVER, source country, target country) triples instead of event lines, the
 * unit `rasd eval events` scores precision on; each printed as "id<TAB>PLOVER SRC>TGT" and then one indented line per event
 * behind it (modality, how its side was found: "rule", or "fallback:<level>", trigger, sentence), so that a triple is
 * judged right when any of its events supports it.
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples } from '../src/events/eval.ts';
import { corpusLineRange } from './corpus-pool.ts';
import { seededRandom } from '../src/ner/train.ts';
import { flag } from './flag.ts';
import { readFileSync } from 'node:fs';

const seed = Number(flag('seed', '43'));
const n = Number(flag('n', '80'));
const nArticles = Number(flag('articles', '120'));
const prefixes = flag('prefix', '').split(',').filter(Boolean);
const min = Number(flag('min', '500'));
const max = Number(flag('max', '100000'));
const skipFile = flag('skip-file', '');
const triples = process.argv.includes('--triples');
const skip = new Set(skipFile ? readFileSync(skipFile, 'utf8').split('\n').map((l) => l.split('\t')[0]!.trim()).filter(Boolean) : []);
const pool: { id: string; article: Parameters<ReturnType<typeof createAnalyzer>['analyzeArticle']>[0] }[] = [];
for await (const { id, article } of corpusLineRange({ from: 1, to: 1e9 })) {
  if (prefixes.length && !prefixes.some((p) => id.startsWith(p))) continue;
  if (skip.has(id)) continue;
  if (article.text.length < min || article.text.length > max) continue;
  pool.push({ id, article });
}
const next = seededRandom(seed);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const lines: string[] = [];
const byTriple = new Map<string, string[]>();
for (const { id, article } of pool.slice(0, nArticles)) {
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  const sentences = a.sentences ?? [];
  const seen = new Set<string>();
  for (const ev of a.events) {
    const t = toTriples([ev], a.entities)[0];
    if (!t) continue;
    const s = sentences[ev.sentence];
    const sentence = s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    if (triples) {
      const key = `${id}\t${t.plover} ${t.source ?? '-'}>${t.target ?? '-'}`;
      if (!byTriple.has(key)) byTriple.set(key, []), lines.push(key);
      byTriple.get(key)!.push(`    ${t.modality}\t${ev.standing ? `fallback:${ev.sideRule ?? 'events20'}` : 'rule'}\t${ev.trigger.text}\t${sentence}`);
      continue;
    }
    const line = `${id}\t${t.plover} ${t.source ?? '-'}>${t.target ?? '-'} ${t.modality}\t${ev.trigger.text}\t${sentence}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
}
for (let i = lines.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [lines[i], lines[j]] = [lines[j]!, lines[i]!];
}
console.log(lines.slice(0, n).map((l, i) => (triples ? `#${i + 1}\t${l}\n${[...new Set(byTriple.get(l))].join('\n')}` : l)).join('\n'));
console.error(`pool ${pool.length}, articles ${Math.min(nArticles, pool.length)}, events ${lines.length}, printed ${Math.min(n, lines.length)}`);
