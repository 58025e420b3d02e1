/**
 * (events56) Verb triggers whose source was found and whose target was not, and that gave no event, on a stretch of the
 * unlabelled corpus: one line per firing, "id<TAB>PLOVER cameo<TAB>source<TAB>others<TAB>sentence with the trigger in
 * [[ ]]", where `others` lists the coded mentions of the sentence of another country than the source's (the candidates a
 * target could come from in the sentence itself; "-" when none). For sorting such firings into constructions (issue #6,
 * kind C "no target (verb)") on new text. Gold and reserved articles are left out (scripts/corpus-pool.ts).
 *
 *   npx tsx scripts/event-untargeted.ts --from 1 --to 17537 --every 40 > untargeted.tsv
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';
import { eventSideCountry } from '../src/events/side-country.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
let traces: TriggerTrace[] = [];
setEventTrace((t) => traces.push(t));
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  traces = [];
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  const fired = new Set(a.events.map((e) => e.trigger.start));
  const seen = new Set<number>();
  for (const t of traces) {
    if (!t.isVerb || !t.source || t.target || fired.has(t.span.start) || seen.has(t.span.start)) continue;
    seen.add(t.span.start);
    const s = a.sentences.find((x) => x.start <= t.span.start && t.span.start < x.end);
    if (!s) continue;
    const own = eventSideCountry(t.source.entity, t.source.entity.actor ?? t.source.entity.country ?? null);
    const others = new Set<string>();
    for (const e of a.entities) {
      const c = eventSideCountry(e, e.actor ?? e.country ?? null);
      if (!c || c === own) continue;
      if (e.mentions.some((m) => m.start >= s.start && m.end <= s.end)) others.add(c);
    }
    const sentence = `${text.slice(s.start, t.span.start)}[[${text.slice(t.span.start, t.span.end)}]]${text.slice(t.span.end, s.end)}`.replace(/\s+/g, ' ');
    const src = `${t.source.entity.name}[${t.source.entity.actor ?? t.source.entity.country ?? '?'}]/${t.source.kind}`;
    console.log(`${id}\t${t.plover} ${t.cameo}\t${src}\t${[...others].join(',') || '-'}\t${sentence}`);
  }
}
