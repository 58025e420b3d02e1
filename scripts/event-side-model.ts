/**
 * (events37) Trains and measures the learned side picker (src/events/side-model.ts) on the READ gold sets (issue #6;
 * docs/events.md, "Fifteenth session: a learned side picker (events37)").
 *
 * 1. One pass with the picker off collects, for every firing whose rules found one side only, the candidates for the
 *    other (src/events/stage.ts setSideCandidateTrace), each labelled from the article's gold: 1 when the triple it
 *    would complete (the trigger's type, the found side and the candidate in their roles) is a gold triple.
 * 2. Leave-one-SET-out cross-validation: for each read set, a model trained on the other sets is run in the stage on
 *    that set (setSideModelOverride) at each threshold; the held-out outputs are scored and pooled. Printed: pooled
 *    P/R/F1 of the event-pooled sets and of every read set, and the added triples (predicted with the picker, not
 *    without) matched / predicted.
 * 3. The model trained on every read set: its heaviest features; with --write THRESHOLD [--on] it is written to
 *    data/events/side-model.json (off unless --on).
 *
 *   npx tsx scripts/event-side-model.ts [--thresholds 0.3,0.4,0.5,0.6,0.7] [--l2 0.001] [--epochs 40] [--label gold|new]
 *                                       [--facets] [--write 0.5 [--on]] [--list]
 *
 * --label new leaves out of training the candidates whose triple is gold but already coded elsewhere in the article.
 * --show-new prints each (article, gold triple) a candidate would newly add, with the trigger's sentence (read sets only).
 * --entry adds features of the trigger's lexicon entry (its id with the role, and with the preposition and place).
 * --facets prints, per fact value, how many candidates complete a new gold triple and how many one rasd codes already.
 * --list prints each added triple of the cross-validation runs with its sentence (read sets only). The unseen sets of
 * test/gold/unseen.json are never read.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { eventGoldArticles } from './event-gold.ts';
import { scoreArticle, toTriples, tripleKey, type GoldFile } from '../src/events/eval.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';
import { setSideCandidateTrace, setSideModelOverride, type SideCandidateTrace } from '../src/events/stage.ts';
import { candidateProbability, ENTRY_FEATURES, trainLogistic, type SideModel } from '../src/events/side-model.ts';
import type { ArticleInput } from '../src/core/document.ts';

const arg = (name: string, dflt: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? dflt : dflt);
const thresholds = arg('--thresholds', '0.3,0.4,0.5,0.6,0.7').split(',').map(Number);
const l2 = Number(arg('--l2', '0.001'));
const epochs = Number(arg('--epochs', '40'));
const list = process.argv.includes('--list');
const labelMode = arg('--label', 'gold');
// --entry: features of the trigger's lexicon entry too (a measured variant)
ENTRY_FEATURES.on = process.argv.includes('--entry');
// --show-new (read sets only: prints article text): each (article, gold triple) a candidate would newly add, once, with its sentence
const showNew = process.argv.includes('--show-new');
const unseen = new Set((JSON.parse(readFileSync(join(REPO_ROOT, 'test/gold/unseen.json'), 'utf8')) as { events: string[] }).events.map((d) => d.replace(/^test\/gold\//, '')));
const SETS = readdirSync(join(REPO_ROOT, 'test/gold')).filter((d) => d.startsWith('events') && !unseen.has(d)).sort();
/** The sets of scripts/event-pooled.ts ("read pooled"). */
const POOLED = new Set(['events', 'events-dev2', 'events-dev3', 'events-dev4', 'events-dev5', 'events-dev6', 'events-dev7', 'events-corpus1', 'events-corpus2', 'events-corpus3', 'events-corpus4']);

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));

interface Example { features: string[]; label: 0 | 1 }
interface Art { set: string; gold: GoldFile; article: ArticleInput; base: Set<string> }
const articles: Art[] = [];
const examples = new Map<string, Example[]>();
let firings = 0;
const reachable = new Set<string>();
const facets = new Map<string, [number, number, number]>();
let firingsWithGold = 0;
const bySet = new Map<string, { firings: number; cands: number; pos: number }>();
setSideModelOverride(null);
let traces: SideCandidateTrace[] = [];
setSideCandidateTrace((t) => traces.push(t));
for (const set of SETS) {
  const ex: Example[] = [];
  examples.set(set, ex);
  const st = { firings: 0, cands: 0, pos: 0 };
  bySet.set(set, st);
  for (const { gold, article } of await eventGoldArticles(set)) {
    traces = [];
    const a = analyzer.analyzeArticle(article);
    const base = new Set(toTriples(a.events, a.entities).map(tripleKey));
    articles.push({ set, gold, article, base });
    const goldKeys = new Set(gold.events.map(tripleKey));
    for (const t of traces) {
      firings++;
      st.firings++;
      let any = false;
      for (const c of t.candidates) {
        const key = tripleKey({ plover: t.plover, source: t.role === 'source' ? c.country : t.found, target: t.role === 'target' ? c.country : t.found });
        const label = goldKeys.has(key) ? 1 : 0;
        if (label) any = true;
        const f = c.facts;
        const lab = label ? (base.has(key) ? 2 : 1) : 0;
        if (lab === 1 && !reachable.has(`${set}|${gold.id ?? gold.article}|${key}`) && showNew) {
          const sen = a.sentences.find((x) => x.start <= t.span.start && t.span.start < x.end);
          console.log(`NEW\t${set}\t${key}\t${t.role} ${f.where}${f.where === 'sentence' ? (f.before ? ' before' : ' after') : ''} prep=${f.prep || 'none'}\t[${t.span.text}]\t${sen ? a.document.text.slice(sen.start, sen.end).replace(/\s+/g, ' ').slice(0, 240) : ''}`);
        }
        if (lab === 1) reachable.add(`${set}|${gold.id ?? gold.article}|${key}`);
        for (const k of [`role=${f.role} verb=${f.isVerb}`, `where=${f.where}${f.where === 'sentence' ? (f.before ? ' before' : ' after') : ''}`, `type=${f.plover}`, `kind=${f.kind}`, `prep=${f.prep || 'none'} role=${f.role}`, `distance<=3 ${f.where === 'sentence' && f.distance <= 3}`, `comma ${f.commaBetween} clause ${f.clauseBetween}`, `nearer other ${f.nearerOther}`, `rank ${Math.min(f.rank, 4)}`, `quote ${f.inQuote} speaker ${f.speaker}`, `pair same type ${f.pairSameType}`]) {
          const v = facets.get(k) ?? [0, 0, 0];
          v[0]++;
          if (lab) v[lab]++;
          facets.set(k, v);
        }
        // --label new: a gold triple rasd already codes elsewhere in the article is left out of training (adding it changes nothing)
        if (labelMode === 'new' && label && base.has(key)) continue;
        ex.push({ features: c.features, label });
        st.cands++;
        st.pos += label;
      }
      if (any) firingsWithGold++;
    }
  }
}
setSideCandidateTrace(null);
console.log(`(article, gold triple) pairs a candidate would newly add (the most the picker can gain): ${reachable.size}`);
if (process.argv.includes('--facets')) {
  console.log('facets of the candidates (n, new gold: a gold triple rasd does not code yet, dup gold: one it codes already):');
  for (const [k, v] of [...facets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (v[0] >= 10) console.log(`  ${k.padEnd(36)} n ${String(v[0]).padStart(4)}  new gold ${String(v[1]).padStart(3)} (${((100 * v[1]) / v[0]).toFixed(0)}%)  dup gold ${v[2]}`);
}
const allEx = [...examples.values()].flat();
console.log(`read sets: ${SETS.length} (${articles.length} articles); firings one side short with a candidate: ${firings}, with a gold candidate: ${firingsWithGold}; candidates ${allEx.length}, gold ${allEx.filter((e) => e.label).length}`);
for (const [s, v] of bySet) console.log(`  ${s.padEnd(18)} firings ${v.firings}  candidates ${v.cands}  gold ${v.pos}`);

const train = (ex: Example[]) => trainLogistic(ex, { epochs, l2, seed: 37 });
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const f1 = (m: number, p: number, g: number) => (p && g && m ? (200 * m) / (p + g) : 0);

// Cross-validated candidate ranking (no stage run): per firing, the best candidate's probability and whether it is gold.
{
  const ranked: Array<{ p: number; gold: boolean }> = [];
  for (const held of SETS) {
    const m = train(SETS.filter((s) => s !== held).flatMap((s) => examples.get(s)!));
    for (const e of examples.get(held)!) ranked.push({ p: candidateProbability(m, e.features), gold: !!e.label });
  }
  ranked.sort((x, y) => y.p - x.p);
  const pos = ranked.filter((r) => r.gold).length;
  let auc = 0;
  let neg = 0;
  for (const r of [...ranked].reverse()) { if (r.gold) auc += neg; else neg++; }
  console.log(`\ncross-validated candidate scores: AUC ${(auc / (pos * (ranked.length - pos))).toFixed(3)}; candidates at p >= t (gold/all):`);
  for (const t of thresholds) {
    const sel = ranked.filter((r) => r.p >= t);
    console.log(`  t ${t}: ${sel.filter((r) => r.gold).length}/${sel.length}`);
  }
}

// Cross-validation with the stage: each held-out set run with the model of the other sets.
const folds = new Map<string, SideModel>();
for (const held of SETS) {
  const m = train(SETS.filter((s) => s !== held).flatMap((s) => examples.get(s)!));
  folds.set(held, { on: true, threshold: 0.5, ...m });
}
const score = () => ({ predicted: 0, gold: 0, matched: 0, added: 0, addedGold: 0, lost: 0 });
const base = { pooled: score(), all: score() };
for (const art of articles) {
  const s = scoreArticle([...art.base].map((k) => { const [plover, st] = k.split(' '); const [source, target] = st!.split('>'); return { plover: plover!, source: source === '-' ? null : source!, target: target === '-' ? null : target!, modality: 'asserted' as const }; }), art.gold.events);
  for (const agg of POOLED.has(art.set) ? [base.pooled, base.all] : [base.all]) { agg.predicted += s.predicted; agg.gold += s.gold; agg.matched += s.matched; }
}
const row = (name: string, v: ReturnType<typeof score>) => `${name.padEnd(26)} P ${pct(v.matched, v.predicted).padStart(6)} (${v.matched}/${v.predicted})  R ${pct(v.matched, v.gold).padStart(6)} (${v.matched}/${v.gold})  F1 ${f1(v.matched, v.predicted, v.gold).toFixed(1)}%` + (v.added || v.lost ? `  added ${v.addedGold}/${v.added} (${pct(v.addedGold, v.added)})  lost ${v.lost}` : '');
console.log('\nleave-one-set-out, the stage run with the held-out set\'s model:');
console.log(row('picker off: read pooled', base.pooled));
console.log(row('picker off: all read sets', base.all));
for (const t of thresholds) {
  const r = { pooled: score(), all: score() };
  for (const art of articles) {
    setSideModelOverride({ ...folds.get(art.set)!, threshold: t });
    const a = analyzer.analyzeArticle(art.article);
    const triples = toTriples(a.events, a.entities);
    const s = scoreArticle(triples, art.gold.events);
    const keys = new Set(triples.map(tripleKey));
    const goldKeys = new Set(art.gold.events.map(tripleKey));
    const added = [...keys].filter((k) => !art.base.has(k));
    const lost = [...art.base].filter((k) => !keys.has(k)).length;
    for (const agg of POOLED.has(art.set) ? [r.pooled, r.all] : [r.all]) {
      agg.predicted += s.predicted; agg.gold += s.gold; agg.matched += s.matched;
      agg.added += added.length; agg.addedGold += added.filter((k) => goldKeys.has(k)).length; agg.lost += lost;
    }
    if (list && t === thresholds[0]) {
      for (const e of a.events) {
        if (e.sideRule !== 'model') continue;
        const k = tripleKey(toTriples([e], a.entities)[0]!);
        const sen = a.sentences[e.sentence];
        console.log(`ADDED\t${art.set}\t${goldKeys.has(k) ? 'GOLD' : art.base.has(k) ? 'dup' : 'wrong'}\t${k}\t[${e.trigger.text}]\t${sen ? a.document.text.slice(sen.start, sen.end).replace(/\s+/g, ' ').slice(0, 240) : ''}`);
      }
    }
  }
  console.log(row(`t ${t}: read pooled`, r.pooled));
  console.log(row(`t ${t}: all read sets`, r.all));
}
setSideModelOverride(undefined);

// The model of every read set: its heaviest features.
const full = train(allEx);
console.log(`\nmodel on every read set: bias ${full.bias.toFixed(2)}; heaviest features:`);
for (const [k, w] of [...full.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 30)) console.log(`  ${w.toFixed(2).padStart(6)}  ${k}`);
if (process.argv.includes('--write')) {
  const threshold = Number(arg('--write', '0.5'));
  const on = process.argv.includes('--on');
  const weights = Object.fromEntries([...full.weights].filter(([, w]) => Math.abs(w) >= 1e-4).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, w]) => [k, Math.round(w * 1e4) / 1e4]));
  const file = {
    $comment: '(events37) The learned side picker (src/events/side-model.ts): logistic-regression weights over named features of a candidate for the missing side of a firing with one side found; trained by scripts/event-side-model.ts on the read gold sets. "on" switches it in the event stage; "threshold" is the probability a pick needs. No article text.',
    on,
    threshold,
    bias: Math.round(full.bias * 1e4) / 1e4,
    trained: { sets: SETS.length, candidates: allEx.length, gold: allEx.filter((e) => e.label).length, epochs, l2, seed: 37 },
    weights,
  };
  writeFileSync(join(REPO_ROOT, 'data/events/side-model.json'), JSON.stringify(file, null, 1) + '\n');
  console.log(`wrote data/events/side-model.json (threshold ${threshold}, ${on ? 'on' : 'off'}, ${Object.keys(weights).length} weights)`);
}
