/**
 * Counts where event triggers are lost to their arguments (issue #6, argument finding).
 *
 *   npx tsx scripts/event-arg-gaps.ts --gold test/gold/events-corpus4 [--show]
 *     For each gold triple rasd misses: is there a lexicon trigger of that PLOVER type whose words match the gold
 *     trigger word (then the fault is the sides: no source, no target, a side without a country, or an event with other
 *     sides) or none (the lexicon's fault).
 *   npx tsx scripts/event-arg-gaps.ts --from 1 --to 500 [--every N] [--show REASON]
 *     Over corpus lines (gold and reserved articles skipped): each trigger that yields no event, by why (findArgs's
 *     raw sides: no source, no target, a side without a country, or both sides found and dropped by a later check).
 * --show prints the sentences (article text: the output stays on the machine).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { readInput } from '../src/io/input.ts';
import { resolveSharedPath } from '../src/resources/shared.ts';
import { corpusArticles, corpusKey } from '../src/cli/gold-corpus.ts';
import { scoreArticle, toTriples, type GoldFile } from '../src/events/eval.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { normalize } from '../src/text/normalize.ts';
import { flag } from './flag.ts';
import { corpusLineRange } from './corpus-pool.ts';

const goldDir = flag('gold', '');
const show = process.argv.includes('--show') ? flag('show', 'all') : '';
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
let traces: TriggerTrace[] = [];
setEventTrace((t) => traces.push(t));
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const coded = (s: TriggerTrace['source']) => !!s && !!(s.entity.actor ?? s.entity.country);
const why = (t: TriggerTrace): string => (!t.source ? (t.target ? 'no source' : 'no side') : !coded(t.source) ? 'source uncoded' : !t.target ? 'no target' : !coded(t.target) ? 'target uncoded' : 'both sides, dropped later');
const bare = (w: string) => normalize(w).replace(/^[وف]/, '').replace(/^(ال|لل|بال|ب|ل)/, '');

type Analysis = ReturnType<typeof analyzer.analyzeArticle>;
function sentenceAt(a: Analysis, offset: number): string {
  const s = (a.sentences ?? []).find((x) => x.start <= offset && offset < x.end);
  return s ? a.document.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
}

if (goldDir) {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  const golds = files.map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile);
  const corpus = await corpusArticles(golds.filter((g) => g.corpus) as Array<GoldFile & { corpus: string; id: string }>);
  for (const g of golds) {
    const article = g.corpus ? corpus.get(corpusKey(g.corpus, g.id ?? ''))! : readInput(resolveSharedPath(g.article!)!)[0]!.article!;
    traces = [];
    const a = analyzer.analyzeArticle(article);
    const s = scoreArticle(toTriples(a.events, a.entities), g.events);
    const emittedAt = new Set(a.events.map((e) => e.trigger.start));
    for (const m of s.missed) {
      const ge = g.events.find((e) => `${e.plover} ${e.source ?? '-'}>${e.target ?? '-'}` === m)!;
      const gw = bare(ge.trigger ?? '');
      const hits = traces.filter((t) => t.plover === ge.plover && gw.length >= 2 && (bare(t.span.text).includes(gw) || gw.includes(bare(t.span.text))));
      let k: string;
      if (!hits.length) k = traces.some((t) => gw.length >= 2 && (bare(t.span.text).includes(gw) || gw.includes(bare(t.span.text)))) ? 'trigger of another type' : 'no trigger (lexicon)';
      else if (hits.some((t) => emittedAt.has(t.span.start))) k = 'event at trigger, other sides';
      else k = 'trigger, no event: ' + why(hits[0]!);
      bump(k);
      if (show && (show === 'all' || k.includes(show))) {
        console.log(`${g.id ?? g.article} MISSED ${m} "${ge.trigger}" → ${k}`);
        for (const t of hits.slice(0, 2)) console.log(`   [${t.span.text}] src=${t.source ? `${t.source.entity.name}(${t.source.entity.actor ?? t.source.entity.country ?? '?'})` : '-'} tgt=${t.target ? `${t.target.entity.name}(${t.target.entity.actor ?? t.target.entity.country ?? '?'})` : '-'}\n   ${sentenceAt(a, t.span.start)}`);
      }
    }
    bump('gold triples');
    counts.set('gold triples', (counts.get('gold triples') ?? 1) - 1 + s.gold);
  }
} else {
  const from = Number(flag('from', '1'));
  const to = Number(flag('to', '300'));
  // --every N: every Nth line of the range, a sample spread over the corpus's sources (it is ordered by source).
  const every = Number(flag('every', '1'));
  for await (const { id, article } of corpusLineRange({ from, to, every })) {
    traces = [];
    const a = analyzer.analyzeArticle(article);
    bump('articles');
    const emittedAt = new Set(a.events.map((e) => e.trigger.start));
    counts.set('events', (counts.get('events') ?? 0) + a.events.length);
    for (const t of traces) {
      bump('triggers');
      if (emittedAt.has(t.span.start)) { bump('triggers with an event'); continue; }
      const k = why(t);
      bump(`no event: ${k}${t.isVerb ? ' (verb)' : ' (noun)'}`);
      // How many states the sentence names besides the sides found: with none, no argument rule could have helped.
      const sent = (a.sentences ?? []).find((x) => x.start <= t.span.start && t.span.start < x.end);
      const states = new Set<string>();
      if (sent) for (const e of a.entities) if ((e.actor ?? e.country) && e.mentions.some((m) => m.start >= sent.start && m.end <= sent.end) && e !== t.source?.entity && e !== t.target?.entity) states.add(e.country ?? e.actor!.slice(0, 3));
      bump(`no event: ${k}${t.isVerb ? ' (verb)' : ' (noun)'}: ${states.size ? 'other coded actors in sentence' : 'no other coded actor'}`);
      if (show && !states.size) continue;
      if (show && (show === 'all' || k.includes(show))) console.log(`${id}\t${k}${t.isVerb ? ' (verb)' : ' (noun)'}\t${t.plover}\t[${t.span.text}] src=${t.source ? `${t.source.entity.name}(${t.source.entity.actor ?? t.source.entity.country ?? '?'})` : '-'} tgt=${t.target ? `${t.target.entity.name}(${t.target.entity.actor ?? t.target.entity.country ?? '?'})` : '-'} others=${[...states].join(',')}\t${sentenceAt(a, t.span.start)}`);
    }
  }
}
for (const [k, n] of [...counts].sort()) console.log(`${String(n).padStart(6)}  ${k}`);
