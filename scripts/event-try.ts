/**
 * Prints the entity mentions and events the full analyzer gives for sentences written on the command line or in a file
 * (one text per line): for trying argument rules on written sentences (branch events21). With --trace, also each
 * trigger's raw sides as the argument rules found them (entity, preposition, kind of rule; branch events22).
 *
 *   npx tsx scripts/event-try.ts FILE [--trace]
 *   npx tsx scripts/event-try.ts --id CORPUS_ID [--grep WORD]   one corpus article (not a gold or reserved one), with
 *                                                               traces, the sentences holding WORD only (events22)
 */
import { readFileSync } from 'node:fs';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples, tripleKey } from '../src/events/eval.ts';
import { setEventTrace, type TriggerTrace } from '../src/events/stage.ts';

const trace = process.argv.includes('--trace');
const traces: TriggerTrace[] = [];
if (trace) setEventTrace((t) => traces.push(t));
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const id = process.argv.includes('--id') ? process.argv[process.argv.indexOf('--id') + 1]! : '';
if (id) {
  const { corpusLineRange } = await import('./corpus-pool.ts');
  const { articleIdsIn } = await import('./gold-ids.ts');
  const grep = process.argv.includes('--grep') ? process.argv[process.argv.indexOf('--grep') + 1]! : '';
  const side = (s: TriggerTrace['source']) => (s ? `${s.entity.name}/${s.prep || '-'}/${s.kind}` : '-');
  setEventTrace((t) => traces.push(t));
  for await (const { id: got, article } of corpusLineRange({ from: 1, to: 17537, exclude: new Set(articleIdsIn('scripts/reserved-articles.txt')) })) {
    if (got !== id) continue;
    traces.length = 0;
    const a = analyzer.analyzeArticle(article);
    const text = a.document.text;
    for (const s of a.sentences) {
      const st = text.slice(s.start, s.end);
      if (grep && !st.includes(grep)) continue;
      console.log(st.replace(/\s+/g, ' '));
      for (const e of a.events) if (e.trigger.start >= s.start && e.trigger.start < s.end) console.log(`  EV  ${tripleKey(toTriples([e], a.entities)[0] ?? { plover: e.plover, source: null, target: null })}[${e.trigger.text}] ${e.standing ?? ''}`);
      for (const t of traces) if (t.span.start >= s.start && t.span.start < s.end) console.log(`  TR  [${t.span.text}] ${t.plover} ${side(t.source)} > ${side(t.target)}`);
    }
    break;
  }
  process.exit(0);
}
for (const text of readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim())) {
  traces.length = 0;
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01', title: '' } as never);
  const ents = a.entities.map((e) => `${e.name}(${e.actor ?? e.country ?? '?'})`).join(' ');
  const evs = a.events.map((e) => `${tripleKey(toTriples([e], a.entities)[0] ?? { plover: e.plover, source: null, target: null })}[${e.trigger.text}]${e.modality === "asserted" ? "" : ":" + e.modality}`).join(' ');
  console.log(`${text}\n  ENT ${ents}\n  EV  ${evs}`);
  const side = (s: TriggerTrace['source']) => (s ? `${s.entity.name}/${s.prep || '-'}/${s.kind}` : '-');
  for (const t of traces) console.log(`  TR  [${t.span.text}] ${t.plover} ${side(t.source)} > ${side(t.target)}`);
}
