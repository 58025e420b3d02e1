/**
 * Pooled event scores over the read gold sets (issue #6): one analyzer, every read folder, per-set and pooled
 * P/R/F1 (matched/predicted/gold summed over all articles) and modality.
 *
 *   npx tsx scripts/event-pooled.ts            read sets: test/gold/events (dev, dev2, dev3, heldout), events-dev2..dev7, events-corpus1..4
 *   npx tsx scripts/event-pooled.ts --unseen   the unseen sets of test/gold/unseen.json, summary lines only (no per-article output)
 *
 * Prints only aggregate lines, never article text or per-article errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { corpusArticles, corpusKey, goldArticleFile } from '../src/cli/gold-corpus.ts';
import { addScores, emptyScore, scoreArticle, toTriples, type GoldFile, type Score, tripleKey } from '../src/events/eval.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';

const READ = ['events', 'events-dev2', 'events-dev3', 'events-dev4', 'events-dev5', 'events-dev6', 'events-dev7', 'events-corpus1', 'events-corpus2', 'events-corpus3', 'events-corpus4'];
const unseen = process.argv.includes('--unseen');
// --fallback: also list each event the fallback gave (read sets only: it prints article text), with whether its triple is gold.
const showFallback = process.argv.includes('--fallback') && !unseen;
const dirs = unseen ? (JSON.parse(readFileSync(join(REPO_ROOT, 'test/gold/unseen.json'), 'utf8')) as { events: string[] }).events.map((d) => d.replace(/^test\/gold\//, '')) : READ;

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const line = (name: string, s: Score) => {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${name.padEnd(16)} P ${pct(s.matched, s.predicted).padStart(6)} (${s.matched}/${s.predicted})  R ${pct(s.matched, s.gold).padStart(6)} (${s.matched}/${s.gold})  F1 ${(100 * f).toFixed(1)}%  modality ${pct(s.modalityRight, s.modalityTotal)}`;
};
let pooled = emptyScore();
for (const d of dirs) {
  const dir = join(REPO_ROOT, 'test/gold', d);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile);
  const corpus = await corpusArticles(golds);
  let set = emptyScore();
  for (const g of golds) {
    let article;
    if (g.corpus) article = corpus.get(corpusKey(g.corpus, g.id ?? ''));
    else {
      const r = goldArticleFile(g.article!);
      article = r && !('error' in r) ? r.article : undefined;
    }
    if (!article) throw new Error(`${d}: article not found`);
    const a = analyzer.analyzeArticle(article);
    set = addScores(set, scoreArticle(toTriples(a.events, a.entities), g.events));
    if (showFallback) {
      const gold = new Set(g.events.map((e) => tripleKey(e)));
      const triples = toTriples(a.events, a.entities);
      const rule = new Set(a.events.map((e, i) => [e, triples[i]] as const).filter(([e]) => !e.standing).map(([, t]) => t && tripleKey(t)));
      a.events.forEach((e, i) => {
        if (e.standing !== 'fallback') return;
        const t = toTriples([e], a.entities)[0];
        if (!t) return;
        const k = tripleKey(t);
        const s = a.sentences[e.sentence];
        console.log(`FB\t${d}\t${gold.has(k) ? 'GOLD' : rule.has(k) ? 'dup' : 'NEW-WRONG'}\t${k}\t[${e.trigger.text}]\t${s ? a.document.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300) : ''}`);
      });
    }
  }
  console.log(line(d, set));
  pooled = addScores(pooled, set);
}
console.log(line(unseen ? 'unseen pooled' : 'read pooled', pooled));
