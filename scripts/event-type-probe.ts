/**
 * Sentences of the unlabelled corpus that hold a word of one kind (a regular expression over the raw text, e.g. the
 * aid words), with the countries of the entities named in them and every event rasd codes there: for reading how a
 * weak event type is missed in news generally (branch events23). Prints only sentences naming actors of at least two
 * countries (or one with --one). Gold and reserved articles are skipped; the output holds article text, so it stays
 * on the machine.
 *
 *   npx tsx scripts/event-type-probe.ts --words 'مساعد|معون|إغاث' --from 1 --to 17537 --every 40 [--one] [--type AID]
 *
 * With --type, a last column says whether an event of that PLOVER type was coded in the sentence (HIT/MISS).
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples } from '../src/events/eval.ts';
import { corpusLineRange } from './corpus-pool.ts';
import { flag } from './flag.ts';

const words = new RegExp(flag('words', 'مساعد'));
const from = Number(flag('from', '1'));
const to = Number(flag('to', '1000'));
const every = Number(flag('every', '1'));
const one = process.argv.includes('--one');
const type = flag('type', '');
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
let hits = 0;
let misses = 0;
for await (const { id, article } of corpusLineRange({ from, to, every })) {
  const a = analyzer.analyzeArticle(article);
  const text = a.document.text;
  (a.sentences ?? []).forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    if (!words.test(sentence)) return;
    const countries = new Set<string>();
    for (const e of a.entities) {
      if (!e.country) continue;
      if (e.mentions.some((m) => m.start >= s.start && m.end <= s.end)) countries.add(e.country);
    }
    if (countries.size < (one ? 1 : 2)) return;
    const evs = a.events.filter((e) => e.sentence === i);
    const triples = evs.map((e) => {
      const t = toTriples([e], a.entities)[0];
      return t ? `${t.plover} ${t.source ?? '-'}>${t.target ?? '-'} [${e.trigger.text}]` : '';
    }).filter(Boolean);
    const hit = type ? evs.some((e) => e.plover === type) : false;
    if (type) hit ? hits++ : misses++;
    console.log(`${id}\t${[...countries].join(',')}\t${triples.join('; ') || '-'}\t${type ? (hit ? 'HIT' : 'MISS') : ''}\t${sentence.replace(/\s+/g, ' ').slice(0, 400)}`);
  });
}
if (type) console.error(`${type}: sentences with an event of the type ${hits}, without ${misses}`);
