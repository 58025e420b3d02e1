/**
 * Probe (branch events21): how many gold triples would a discourse target give to triggers whose source was found and
 * whose target was not? Over the read gold sets only; prints aggregate counts per reading and PLOVER type.
 *
 *   npx tsx scripts/event-discourse-probe.ts
 *
 * Readings: "top" (the article's most-mentioned country other than the source's), "top2" (the same, only when the
 * source's country is one of the article's two most-mentioned), "prev" (the other side of the latest earlier event of
 * the article that involves the source's country).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { corpusArticles, corpusKey, goldArticleFile } from '../src/cli/gold-corpus.ts';
import { toTriples, tripleKey, type GoldFile } from '../src/events/eval.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { eventSideCountry } from '../src/events/side-country.ts';
import { REPO_ROOT } from '../src/resources/shared.ts';

const READ = ['events', 'events-dev2', 'events-dev3', 'events-dev4', 'events-dev5', 'events-dev6', 'events-dev7', 'events-corpus1', 'events-corpus2', 'events-corpus3', 'events-corpus4'];
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
let traces: TriggerTrace[] = [];
setEventTrace((t) => traces.push(t));
const stats = new Map<string, { cand: number; gold: number }>();
const bump = (k: string, gold: boolean) => {
  const s = stats.get(k) ?? { cand: 0, gold: 0 };
  s.cand++;
  if (gold) s.gold++;
  stats.set(k, s);
};
for (const d of READ) {
  const dir = join(REPO_ROOT, 'test/gold', d);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile);
  const corpus = await corpusArticles(golds);
  for (const g of golds) {
    const article = g.corpus ? corpus.get(corpusKey(g.corpus, g.id ?? '')) : (() => { const r = goldArticleFile(g.article!); return r && !('error' in r) ? r.article : undefined; })();
    if (!article) continue;
    traces = [];
    const a = analyzer.analyzeArticle(article);
    const gold = new Set(g.events.map(tripleKey));
    const predicted = new Set(toTriples(a.events, a.entities).map(tripleKey));
    const emittedAt = new Set(a.events.map((e) => e.trigger.start));
    const counts = new Map<string, number>();
    for (const e of a.entities) {
      const c = eventSideCountry(e, null);
      if (c && c !== 'IGO') counts.set(c, (counts.get(c) ?? 0) + e.mentions.length);
    }
    const ranked = [...counts].sort((x, y) => y[1] - x[1]);
    const seen = new Set<string>();
    for (const t of traces) {
      if (emittedAt.has(t.span.start) || !t.source || t.target) continue;
      const sc = eventSideCountry(t.source.entity, null);
      if (!sc) continue;
      const cands: Array<[string, string | undefined]> = [];
      const top = ranked.find(([c]) => c !== sc);
      cands.push(['top', top?.[0]]);
      const two = ranked.slice(0, 2).map(([c]) => c);
      cands.push(['top2', two.includes(sc) ? two.find((c) => c !== sc) : undefined]);
      const strong = ranked.length >= 2 && two.includes(sc) && (ranked[2]?.[1] ?? 0) * 2 <= ranked[1]![1];
      cands.push(['top2-clear', strong ? two.find((c) => c !== sc) : undefined]);
      const prev = [...a.events].filter((e) => e.trigger.start < t.span.start).reverse();
      let pc: string | undefined;
      for (const e of prev) {
        const [tri] = toTriples([e], a.entities);
        if (!tri) continue;
        if (tri.source === sc && tri.target && tri.target !== sc) { pc = tri.target; break; }
        if (tri.target === sc && tri.source && tri.source !== sc) { pc = tri.source; break; }
      }
      cands.push(['prev', pc]);
      for (const [name, tc] of cands) {
        if (!tc) continue;
        const k = tripleKey({ plover: t.plover, source: sc, target: tc });
        const id = `${name}|${k}`;
        if (seen.has(id) || predicted.has(k)) continue;
        seen.add(id);
        bump(`${name} ${t.isVerb ? 'verb' : 'noun'}`, gold.has(k));
        bump(`${name} ${t.plover}`, gold.has(k));
      }
    }
  }
}
for (const [k, s] of [...stats].sort()) console.log(`${k.padEnd(24)} new ${String(s.cand).padStart(4)}  gold ${String(s.gold).padStart(4)}  ${((100 * s.gold) / s.cand).toFixed(0)}%`);
