/**
 * Miss anatomy of the event stage on the READ gold sets (issue #6, branch events26): for every gold triple (PLOVER type,
 * source country, target country) rasd misses in an article, what rasd did at the gold trigger's words, so that recall
 * splits into "sides wrong" and "trigger never coded". Each gold event names a short trigger word (its `trigger`); the
 * script finds that word in the article (any occurrence, clitics and the article allowed) and classifies the miss, most
 * specific first:
 *
 *   A  rasd coded the gold type at the trigger's words (within 3 tokens, same sentence) with other sides: which side
 *      differs (source, target, both, swapped) and how (missing, the other gold side, a third country, IGO vs state)
 *   B  rasd coded another type at the trigger's words
 *   C  the lexicon fired at the trigger's words but no event came out (raw sides of the trace: no side, no source, no
 *      target, a side without a country, sides of other countries, both right and dropped later)
 *   D  the trigger's words were not coded, but the type was coded elsewhere in the article with other sides
 *   E  nothing at the trigger's words and no event of the type: the lexicon's gap (the word's form is known to the
 *      lexicon but the matcher did not fire: construction/context; a form of a known family missing; the family missing)
 *   F  the gold trigger word is not found in the text (annotator's lemma); by whether the type is coded elsewhere
 *
 * Also, before all of that, a side's country that the article's entities and events never carry (the entity layer's).
 *
 *   npx tsx scripts/event-miss-anatomy.ts                 corpus1..4, audit*, the 30 ant-dev articles: pooled table
 *   npx tsx scripts/event-miss-anatomy.ts --all           every read set (adds dev2..dev7)
 *   npx tsx scripts/event-miss-anatomy.ts --list          also one line per miss (kind, gold triple, trigger, sentence)
 *   npx tsx scripts/event-miss-anatomy.ts --sets a,b      only these folders of test/gold
 *   npx tsx scripts/event-miss-anatomy.ts --list --owners  (events49) each listed miss also names the discourse owners
 *        a missing side could come from: Q= the country of the quote speaker at the trigger (the quote stage's output),
 *        S0= of the first coded mention of the trigger's sentence before the trigger, P1= of the sentence before
 *
 *   npx tsx scripts/event-miss-anatomy.ts --unseen-counts the unseen sets: the pooled counts only (no --list)
 *
 * Refuses the unseen sets (test/gold/unseen.json) otherwise: their misses may not be read. `--unseen-counts` is for
 * the integrator's summary figures (how unseen misses split by kind); it never prints a sentence, a trigger or a triple.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { eventGoldArticles } from './event-gold.ts';
import { scoreArticle, toTriples, tripleKey, type GoldEvent, type GoldFile } from '../src/events/eval.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { eventSideCountry } from '../src/events/side-country.ts';
import { normalize } from '../src/text/normalize.ts';
import { tokenize, type Token } from '../src/text/tokenize.ts';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? '' : '');
const unseenDirs = new Set((JSON.parse(readFileSync(join(REPO_ROOT, 'test/gold/unseen.json'), 'utf8')) as { events: string[] }).events.map((d) => d.replace(/^test\/gold\//, '')));
const allDirs = readdirSync(join(REPO_ROOT, 'test/gold')).filter((d) => d.startsWith('events') && !unseenDirs.has(d));
const DEFAULT = allDirs.filter((d) => d === 'events' || /^events-corpus[1-4]$/.test(d) || d.startsWith('events-audit'));
const unseenCounts = process.argv.includes('--unseen-counts');
if (unseenCounts && (process.argv.includes('--list') || arg('--sets'))) throw new Error('--unseen-counts takes no --list and no --sets');
let dirs = unseenCounts ? [...unseenDirs] : arg('--sets') ? arg('--sets').split(',') : process.argv.includes('--all') ? allDirs : DEFAULT;
if (!unseenCounts) for (const d of dirs) if (unseenDirs.has(d) || unseenDirs.has(`test/gold/${d}`)) throw new Error(`${d} is an unseen set: its misses may not be read`);
dirs = dirs.filter((d) => existsSync(join(REPO_ROOT, 'test/gold', d)));
const list = process.argv.includes('--list');

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const lex = resources.eventLexicon;
/** Every normalized word the lexicon can match on its own or as a pattern's first word. */
const known = new Set<string>([...lex.verbForms.keys(), ...lex.nounForms.keys(), ...lex.nounSeqs.map((s) => s.words[0]!)]);
const PROCLITIC = /^(و|ف)?(ب|ل|ك|س)?(ال|لل)?/;
/** A word without its conjunction, preposition and article: the part the lexicon's forms are compared on. */
const core = (w: string) => {
  const n = normalize(w);
  const c = n.replace(PROCLITIC, '');
  return c.length >= 2 ? c : n;
};
const PRONOUN = /(ه|ها|هم|هما|هن|كم|نا|ي)$/;
/** A rough three-letter skeleton (prefixes of the present and derived stems, suffixes of number and pronoun dropped). */
function skeleton(w: string): string {
  let c = core(w).replace(/(ات|ون|ين|وا|ان|تا|تم|نا|ها|هم|هما|ه|ة|ت|ا|ي)$/, '');
  c = c.replace(/^(است|ان|ات|ي|ت|ن|ا|م)/, '');
  c = c.replace(/[اوي]/g, '');
  return c.slice(0, 3);
}
const knownSkeletons = new Set([...known].map(skeleton).filter((s) => s.length === 3));
const isKnownForm = (w: string) => {
  const n = normalize(w);
  const c = core(w);
  return known.has(n) || known.has(c) || known.has(c.replace(PRONOUN, '')) || known.has(n.replace(/^(و|ف)/, ''));
};
/** Token positions where the gold trigger (its first word; a pattern's next word must follow within 2 tokens) occurs. */
function triggerHits(tokens: Token[], trig: string): number[] {
  const words = trig.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const first = core(words[0]!);
  const same = (tok: string, c: string) => {
    const t = core(tok);
    return t === c || (t.startsWith(c) && PRONOUN.test(t.slice(c.length)) && t.length - c.length <= 3) || (c.endsWith('ة') && t === c.slice(0, -1) + 'ت');
  };
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'arabic' || !same(tokens[i]!.text, first)) continue;
    if (words.length > 1) {
      const next = core(words[1]!);
      if (!tokens.slice(i + 1, i + 4).some((t) => same(t.text, next))) continue;
    }
    out.push(i);
  }
  return out;
}

const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const byType = new Map<string, Map<string, number>>();
let totalGold = 0;
let totalMissed = 0;
let traces: TriggerTrace[] = [];
setEventTrace((t) => traces.push(t));

const isState = (c: string | null) => c !== null && c !== 'IGO';
/** How one predicted side differs from the gold one. */
function sideHow(g: string | null, p: string | null, otherGold: string | null): string {
  if (p === null) return 'missing';
  if (g === null) return 'extra (gold has none)';
  if (isState(g) !== isState(p)) return g === 'IGO' ? 'a state for the IGO' : 'IGO for a state';
  if (p === otherGold) return 'the other gold side';
  return 'a third country';
}
function sidesDiff(ge: GoldEvent, ps: string | null, pt: string | null): string {
  if (ps === ge.target && pt === ge.source && ge.source !== ge.target) return 'swapped';
  if (ps === ge.source) return `target ${sideHow(ge.target, pt, ge.source)}`;
  if (pt === ge.target) return `source ${sideHow(ge.source, ps, ge.target)}`;
  return `both (source ${sideHow(ge.source, ps, ge.target)}, target ${sideHow(ge.target, pt, ge.source)})`;
}

for (const d of dirs) {
  for (const { gold: g, article } of await eventGoldArticles(d)) {
    traces = [];
    const a = analyzer.analyzeArticle(article);
    const text = a.document.text;
    const tokens = tokenize(text);
    const triples = toTriples(a.events, a.entities);
    const scored = scoreArticle(triples, g.events);
    totalGold += scored.gold;
    const missed = new Set(scored.missed);
    const countries = new Set<string>();
    for (const e of a.entities) { const c = eventSideCountry(e, null); if (c) countries.add(c); }
    for (const t of triples) { if (t.source) countries.add(t.source); if (t.target) countries.add(t.target); }
    const sentenceOf = (pos: number) => a.sentences.findIndex((s) => pos >= s.start && pos < s.end);
    const tokenAt = (pos: number) => tokens.findIndex((t) => t.end > pos);
    const done = new Set<string>();
    for (const ge of g.events) {
      const key = tripleKey(ge);
      if (!missed.has(key) || done.has(key)) continue;
      done.add(key);
      totalMissed++;
      const hits = triggerHits(tokens, ge.trigger ?? '');
      const near = (pos: number) => hits.some((h) => {
        const ti = tokenAt(pos);
        return Math.abs(ti - h) <= 3 && sentenceOf(pos) === sentenceOf(tokens[h]!.start);
      });
      // toTriples drops events with no side at all: each event gets its own triple so the pairing stays right
      const evTriples = a.events.map((e) => toTriples([e], a.entities)[0] ?? null);
      const atTrigger = a.events.map((e, i) => ({ e, t: evTriples[i] })).filter(({ e }) => near(e.trigger.start));
      const sameAt = atTrigger.filter(({ e, t }) => e.plover === ge.plover && t);
      const otherAt = atTrigger.filter(({ e, t }) => e.plover !== ge.plover && t);
      const traceAt = traces.filter((t) => near(t.span.start));
      const sameElsewhere = triples.filter((t) => t.plover === ge.plover);
      const absent = [ge.source, ge.target].filter((c) => c && !countries.has(c));
      const closeness = (s: string | null, t: string | null) => (s === ge.target && t === ge.source ? 3 : 0) + (s === ge.source ? 2 : 0) + (t === ge.target ? 2 : 0);
      let kind: string;
      if (absent.length) kind = `0 side country never coded in the article (${absent.length === 2 ? 'both' : absent[0] === ge.source ? 'source' : 'target'})`;
      else if (sameAt.length) {
        const best = [...sameAt].sort((x, y) => closeness(y.t!.source, y.t!.target) - closeness(x.t!.source, x.t!.target))[0]!.t!;
        kind = `A type coded at the trigger, other sides: ${sidesDiff(ge, best.source, best.target)}`;
      } else if (otherAt.length) {
        const best = otherAt.find(({ t }) => t!.source === ge.source && t!.target === ge.target) ?? otherAt[0]!;
        kind = `B another type at the trigger${best.t!.source === ge.source && best.t!.target === ge.target ? ' (sides right)' : ''}`;
      } else if (traceAt.length) {
        const sideC = (s: TriggerTrace['source']) => (s ? eventSideCountry(s.entity, null) : null);
        const score = (t: TriggerTrace) => (t.plover === ge.plover ? 4 : 0) + (sideC(t.source) === ge.source ? 2 : 0) + (sideC(t.target) === ge.target ? 2 : 0) + (t.source ? 1 : 0) + (t.target ? 1 : 0);
        const best = [...traceAt].sort((x, y) => score(y) - score(x))[0]!;
        const sc = sideC(best.source);
        const tc = sideC(best.target);
        const raw = !best.source && !best.target ? 'no side' : !best.source ? 'no source' : !best.target ? (ge.target === null ? 'source only, dropped' : 'no target') : !sc || !tc ? 'a side without country' : sc === ge.source && tc === ge.target ? 'both sides right, dropped later' : `sides found, ${sidesDiff(ge, sc, tc)}`;
        kind = `C lexicon fired at the trigger${best.plover === ge.plover ? '' : ' (as another type)'}, no event: ${raw} (${best.isVerb ? 'verb' : 'noun'})`;
      } else if (sameElsewhere.length && hits.length) {
        const best = [...sameElsewhere].sort((x, y) => closeness(y.source, y.target) - closeness(x.source, x.target))[0]!;
        kind = `D trigger not coded; type coded elsewhere: ${sidesDiff(ge, best.source, best.target)}`;
      } else if (hits.length) {
        const w = tokens[hits[0]!]!.text;
        kind = `E nothing at the trigger: ${isKnownForm(w) ? 'form known to the lexicon, not matched here (construction/context)' : knownSkeletons.has(skeleton(w)) ? 'form missing (a known family)' : 'family missing'}`;
      } else kind = `F gold trigger word not in text (${sameElsewhere.length ? 'type coded elsewhere' : 'type not coded'})`;
      bump(kind);
      const top = kind.slice(0, 1);
      const bt = byType.get(ge.plover) ?? new Map<string, number>();
      byType.set(ge.plover, bt);
      bt.set(top, (bt.get(top) ?? 0) + 1);
      if (list) {
        const h = hits[0];
        const s = h !== undefined ? a.sentences[sentenceOf(tokens[h]!.start)] : undefined;
        let owners = '';
        if (process.argv.includes('--owners') && h !== undefined) {
          // (events49) the discourse owners a missing side could come from: the quote speaker's country at the trigger,
          // the first coded mention of the trigger's sentence and of the one before
          const pos = tokens[h]!.start;
          const si = sentenceOf(pos);
          const cOf = (id: string | null | undefined) => { const e = id ? a.entities.find((x) => x.id === id) : undefined; return e ? eventSideCountry(e, null) ?? '-' : '-'; };
          const q = (a.quotes ?? []).find((x) => x.start <= pos && pos < x.end);
          const firstIn = (k: number) => { const ss = a.sentences[k]; if (!ss) return '-'; let best: { at: number; c: string } | null = null; for (const e of a.entities) { const c = eventSideCountry(e, null); if (!c) continue; for (const m of e.mentions) if (m.start >= ss.start && m.start < Math.min(ss.end, k === si ? pos : ss.end) && (!best || m.start < best.at)) best = { at: m.start, c }; } return best?.c ?? '-'; };
          owners = `\tQ=${q ? cOf(q.speaker) : 'none'} S0=${firstIn(si)} P1=${firstIn(si - 1)}`;
        }
        console.log(`MISS\t${d}\t${g.id ?? g.article}\t${kind}\tgold ${key} ${ge.modality}\t[${ge.trigger ?? ''}]${owners}\t${s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 260) : ''}`);
      }
    }
  }
}

console.log(`sets: ${dirs.join(', ')}`);
console.log(`gold triples ${totalGold}, missed ${totalMissed} (recall ${(100 * (1 - totalMissed / totalGold)).toFixed(1)}%)`);
const tops = new Map<string, number>();
for (const [k, n] of counts) tops.set(k.slice(0, 1), (tops.get(k.slice(0, 1)) ?? 0) + n);
const NAMES: Record<string, string> = {
  '0': 'a side country never coded in the article (entity layer)',
  A: '(a) type coded at the trigger, other sides',
  B: '(b) another type at the trigger',
  C: '(c) lexicon fired at the trigger, no event (sides not found)',
  D: '(a) trigger not coded, type coded elsewhere with other sides',
  E: '(c) nothing at the trigger, type not coded (lexicon gap)',
  F: 'gold trigger word not in the text',
};
console.log('\nby kind:');
for (const [k, n] of [...tops].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${String(n).padStart(5)}  ${k} ${NAMES[k]}`);
console.log('\ndetail:');
for (const [k, n] of [...counts].sort((x, y) => x[0].localeCompare(y[0]) || y[1] - x[1])) console.log(`${String(n).padStart(5)}  ${k}`);
console.log('\nby gold PLOVER type (missed: kinds):');
for (const [t, m] of [...byType].sort((x, y) => [...y[1].values()].reduce((s, v) => s + v, 0) - [...x[1].values()].reduce((s, v) => s + v, 0))) {
  console.log(`${t.padEnd(10)} ${[...m].sort((x, y) => x[0].localeCompare(y[0])).map(([k, n]) => `${k} ${n}`).join('  ')}`);
}
