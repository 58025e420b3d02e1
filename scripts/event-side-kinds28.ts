/**
 * Counts the entities that the event stage takes as sides, by type and name, over a stretch of the unlabelled corpus
 * (events28): for finding kinds of false side (a city or a building taken as an actor) that recur. With --show NAME,
 * prints the events whose side is that entity, with their sentence (article text: it stays on the machine).
 *
 *   npx tsx scripts/event-side-kinds28.ts --from 1 --to 17537 --every 7 [--type LOC] [--show NAME]
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { corpusLineRange, corpusRangeFlags } from './corpus-pool.ts';
import { flag } from './flag.ts';

const { from, to, every, exclude } = corpusRangeFlags();
const type = flag('type', 'LOC');
const show = flag('show', '');
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
const counts = new Map<string, number>();
for await (const { id, article } of corpusLineRange({ from, to, every, exclude })) {
  const a = analyzer.analyzeArticle(article);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const text = a.document.text;
  for (const ev of a.events) {
    for (const side of [ev.source, ev.target]) {
      const e = side ? byId.get(side) : undefined;
      if (!e || e.type !== type) continue;
      const key = `${e.name}\t${e.kbId ?? '-'}\t${e.country ?? '-'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (show && e.name === show) {
        const s = a.sentences?.[ev.sentence];
        console.log(`${id}\t${ev.plover}\t${ev.trigger.text}\t${s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : ''}`);
      }
    }
  }
}
if (!show) for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1]).slice(0, 80)) console.log(`${n}\t${k}`);
