/**
 * Prints the entity mentions and events the full analyzer gives for sentences written on the command line or in a file
 * (one text per line): for trying argument rules on written sentences (branch events21).
 *
 *   npx tsx scripts/event-try.ts FILE
 */
import { readFileSync } from 'node:fs';
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples, tripleKey } from '../src/events/eval.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
for (const text of readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim())) {
  const a = analyzer.analyzeArticle({ text, date: '2018-05-01', title: '' } as never);
  const ents = a.entities.map((e) => `${e.name}(${e.actor ?? e.country ?? '?'})`).join(' ');
  const evs = a.events.map((e, i) => `${tripleKey(toTriples([e], a.entities)[0] ?? { plover: e.plover, source: null, target: null })}[${e.trigger.text}]`).join(' ');
  console.log(`${text}\n  ENT ${ents}\n  EV  ${evs}`);
}
