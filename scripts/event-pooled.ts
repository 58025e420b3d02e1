/**
 * Pooled event scores over the read gold sets (issue #6): one analyzer, every read folder, per-set and pooled
 * P/R/F1 (matched/predicted/gold summed over all articles) and modality.
 *
 *   npx tsx scripts/event-pooled.ts            read sets: test/gold/events (dev, dev2, dev3, heldout), events-dev2..dev7, events-corpus1..4
 *   npx tsx scripts/event-pooled.ts --unseen   the unseen sets of test/gold/unseen.json, summary lines only (no per-article output)
 *   npx tsx scripts/event-pooled.ts --kinds    read sets only: pooled recall by gold PLOVER type and, for each missed gold triple,
 *                                              why it was missed (aggregate counts; refused with --unseen)
 *
 * Prints only aggregate lines, never article text or per-article errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { eventGoldArticles } from './event-gold.ts';
import { addScores, emptyScore, scoreArticle, toTriples, type GoldFile, type Score, tripleKey } from '../src/events/eval.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { eventSideCountry } from '../src/events/side-country.ts';

const READ = ['events', 'events-dev2', 'events-dev3', 'events-dev4', 'events-dev5', 'events-dev6', 'events-dev7', 'events-corpus1', 'events-corpus2', 'events-corpus3', 'events-corpus4'];
const unseen = process.argv.includes('--unseen');
// --fallback: also list each event the fallback gave (read sets only: it prints article text), with whether its triple is gold.
const showFallback = process.argv.includes('--fallback') && !unseen;
// --kinds: where recall is lost, by kind (branch events21). Aggregate lines only, and never on the unseen sets.
const kinds = process.argv.includes('--kinds') && !unseen;
// --sides (with --kinds; read sets only, it prints article text): each event of a missed triple's type coded with other sides.
const showSides = kinds && process.argv.includes('--sides');
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
let traces: TriggerTrace[] = [];
if (kinds) setEventTrace((t) => traces.push(t));
/** Per gold PLOVER type: gold and matched triple counts, and the missed triples by reason. */
const byType = new Map<string, { gold: number; matched: number; why: Map<string, number> }>();
const reasons = new Map<string, number>();
/** events22: for a type coded with other sides (or a trigger whose sides are other countries), which side differs and how. */
const sideDiffs = new Map<string, number>();
const bumpIn = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const d of dirs) {
  let set = emptyScore();
  for (const { gold: g, article } of await eventGoldArticles(d)) {
    traces = [];
    const a = analyzer.analyzeArticle(article);
    const scored = scoreArticle(toTriples(a.events, a.entities), g.events);
    set = addScores(set, scored);
    if (kinds) missKinds(g, a, scored.missed, traces);
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
        console.log(`FB\t${e.sideRule ?? "events20"}\t${d}\t${gold.has(k) ? (rule.has(k) ? 'GOLD-dup' : 'GOLD') : rule.has(k) ? 'dup' : 'NEW-WRONG'}\t${k}\t[${e.trigger.text}]\t${s ? a.document.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300) : ''}`);
      });
    }
  }
  console.log(line(d, set));
  pooled = addScores(pooled, set);
}
console.log(line(unseen ? 'unseen pooled' : 'read pooled', pooled));
if (kinds) {
  console.log('\nrecall by gold PLOVER type (matched/gold), missed triples by reason:');
  for (const [t, v] of [...byType].sort((a, b) => b[1].gold - a[1].gold)) {
    console.log(`${t.padEnd(10)} R ${pct(v.matched, v.gold).padStart(6)} (${v.matched}/${v.gold})  ${[...v.why].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`);
  }
  console.log('\nmissed gold triples by reason (all types):');
  for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
  console.log('\nwhich side differs, for a type coded with other sides or a trigger with sides of other countries');
  console.log('(nearest predicted triple or raw trigger sides of the type; "third" = a country that is neither gold side):');
  for (const [k, n] of [...sideDiffs].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
}

/**
 * How a predicted pair of sides (ps, pt) differs from the gold pair (gs, gt): swapped; the source or target other (and
 * what stands there: none, the other gold side (a domestic reading), or a third country); or both other.
 */
function sideDiff(gs: string | null, gt: string | null, ps: string | null, pt: string | null): string {
  if (ps === gt && pt === gs && gs !== gt) return 'swapped';
  const what = (p: string | null, other: string | null) => (p === null ? 'none' : p === other ? 'the other gold side' : 'a third country');
  if (ps === gs && pt !== gt) return `target other (${what(pt, gs)})`;
  if (pt === gt && ps !== gs) return `source other (${what(ps, gt)})`;
  return `both other (source ${what(ps, gt)}, target ${what(pt, gs)})`;
}

/**
 * Why each missed gold triple (type P, source S, target T) was missed, most specific first: a side's country not among the
 * article's coded sides at all (the entity layer's miss); no trigger of type P in the article (the lexicon's); an event of
 * type P coded with other sides; or a trigger of type P that coded nothing, by the best such trigger's raw sides.
 */
function missKinds(g: GoldFile, a: ReturnType<typeof analyzer.analyzeArticle>, missed: string[], tr: TriggerTrace[]): void {
  const countries = new Set<string>();
  for (const e of a.entities) { const c = eventSideCountry(e, null); if (c) countries.add(c); }
  for (const t of toTriples(a.events, a.entities)) { if (t.source) countries.add(t.source); if (t.target) countries.add(t.target); }
  const sideC = (s: TriggerTrace['source']) => (s ? eventSideCountry(s.entity, null) : null);
  const missedSet = new Set(missed);
  const seen = new Set<string>();
  const predicted = toTriples(a.events, a.entities);
  for (const ge of g.events) {
    const key = tripleKey(ge);
    if (seen.has(key)) continue;
    seen.add(key);
    const rec = byType.get(ge.plover) ?? { gold: 0, matched: 0, why: new Map<string, number>() };
    byType.set(ge.plover, rec);
    rec.gold++;
    if (!missedSet.has(key)) { rec.matched++; continue; }
    let why: string;
    const absent = [ge.source, ge.target].filter((c) => c && !countries.has(c));
    const ofType = tr.filter((t) => t.plover === ge.plover);
    const sameType = predicted.filter((p) => p.plover === ge.plover);
    if (absent.length) why = `side country not coded in article (${absent.length === 2 ? 'both' : ge.source && absent[0] === ge.source ? 'source' : 'target'})`;
    else if (!ofType.length) why = 'no trigger of the type in article';
    else if (sameType.length) {
      const s = sameType.some((p) => p.source === ge.source);
      const t = sameType.some((p) => p.target === ge.target);
      why = `type coded, other sides (${s ? 'source right, target other' : t ? 'target right, source other' : 'both other'})`;
      // the predicted triple of the type nearest the gold one: a swap first, then one side right
      const near = (p: (typeof sameType)[number]) => (p.source === ge.target && p.target === ge.source ? 3 : 0) + (p.source === ge.source ? 2 : 0) + (p.target === ge.target ? 2 : 0);
      const best = [...sameType].sort((x, y) => near(y) - near(x))[0]!;
      const diff = sideDiff(ge.source, ge.target, best.source, best.target);
      bumpIn(sideDiffs, `type coded: ${diff}`);
      // --sides (read sets only: prints article text): the gold triple, and each event of its type with its trigger and sentence
      if (showSides) {
        const ts = toTriples(a.events, a.entities);
        for (const [i, e] of a.events.entries()) {
          const p = ts[i];
          if (!p || e.plover !== ge.plover) continue;
          const sen = a.sentences[e.sentence];
          console.log(`SIDES\t${diff}\tgold ${tripleKey(ge)}\tpred ${tripleKey(p)}\t[${e.trigger.text}]\t${sen ? a.document.text.slice(sen.start, sen.end).replace(/\s+/g, ' ').slice(0, 300) : ''}`);
        }
      }
    } else {
      // The trigger whose raw sides come nearest the gold's.
      const score = (t: TriggerTrace) => (sideC(t.source) === ge.source ? 2 : 0) + (sideC(t.target) === ge.target ? 2 : 0) + (t.source ? 1 : 0) + (t.target ? 1 : 0);
      const best = [...ofType].sort((x, y) => score(y) - score(x))[0]!;
      const sc = sideC(best.source);
      const tc = sideC(best.target);
      const raw = !best.source && !best.target ? 'no side' : !best.source ? 'no source' : !best.target ? (ge.target === null ? 'source only, dropped' : 'no target') : !sc || !tc ? 'side without country' : sc === ge.source && tc === ge.target ? 'both sides right, dropped later' : 'sides found, other countries';
      why = `trigger of the type, no event: ${raw}${best.isVerb ? ' (verb)' : ' (noun)'}`;
      if (raw === 'sides found, other countries') bumpIn(sideDiffs, `trigger, no event: ${sideDiff(ge.source, ge.target, sc, tc)}`);
    }
    bumpIn(rec.why, why);
    bumpIn(reasons, why);
  }
}
