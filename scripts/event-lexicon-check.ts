/**
 * Corpus check of new event-lexicon entries: runs the event stage twice over a stretch of the unlabelled
 * corpus (gold articles left out), once with the lexicon without the named entries and once with it
 * whole, and prints the (article, PLOVER type, source, target) events the entries add and drop, grouped
 * by entry, with their sentence, then a seeded random sample of the added ones to read by hand.
 *
 *   npx tsx scripts/event-lexicon-check.ts --ids seize-control,export [--from 4001] [--to 5000] [--sample 30]
 *   npx tsx scripts/event-lexicon-check.ts --base /tmp/main-lexicon.json   (the whole lexicon against another one)
 *   npx tsx scripts/event-lexicon-check.ts --base /tmp/main-lexicon.json --from 1 --to 17537 --match 'مصافح|قمع'   (events58: only
 *        the articles whose text matches)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readJsonLines } from '../src/io/corpus.ts';
import { loadResources, readDataFile } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { compileLexicon, type CameoTable, type EventLexiconData } from '../src/events/lexicon.ts';
import { createEventStage } from '../src/events/stage.ts';
import { toTriples } from '../src/events/eval.ts';
import type { Event, Entity } from '../src/core/analysis.ts';
import type { Layers } from '../src/core/stage.ts';
import { goldArticleIds } from './gold-ids.ts';

const { values } = parseArgs({ options: { ids: { type: 'string' }, base: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string' }, match: { type: 'string' } } });
// --match REGEX (events58): only articles whose title or text matches are analyzed, to read every change new trigger
// words make over the whole corpus without analyzing all of it (as scripts/event-dump.ts --match).
const match = values.match ? new RegExp(values.match) : null;
const ids = new Set((values.ids ?? '').split(',').filter(Boolean));
const from = Number(values.from ?? 4001);
const to = Number(values.to ?? 5000);
const sampleSize = Number(values.sample ?? 30);
let seed = Number(values.seed ?? 7);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const resources = loadResources();
const data = JSON.parse(readDataFile('events/lexicon.json')) as EventLexiconData;
const cameo = JSON.parse(readDataFile('events/cameo.json')) as CameoTable;
const grammar: unknown = JSON.parse(readDataFile('events/grammar.json'));
// --base FILE: compare with another lexicon file (e.g. main's, from `git show main:data/events/lexicon.json`), so
// that forms added to existing entries are checked too; else the lexicon without the --ids entries.
const baseData = values.base ? (JSON.parse(readFileSync(values.base, 'utf8')) as EventLexiconData) : { ...data, entries: data.entries.filter((e) => !ids.has(e.id)) };
const base = createEventStage(compileLexicon(baseData, cameo, grammar), cameo);
const full = createEventStage(compileLexicon(data, cameo, grammar), cameo);
const stages = buildStages(resources).filter((s) => s.assigns !== 'events');
const analyzer = createAnalyzer(resources, stages);
const ids2 = ids; void ids2;
const corpus = sharedPath('data/news/ant-corpus.jsonl.gz')!;
const gold = goldArticleIds(new URL('../test/gold/', import.meta.url).pathname);

interface Found { key: string; entry: string; line: string }
const added: Found[] = [];
const dropped: Found[] = [];
let line = 0;
let articles = 0;
let baseCount = 0;
let fullCount = 0;
const keyed = (events: readonly Event[], entities: readonly Entity[], text: string, sentences: ReadonlyArray<{ start: number; end: number }>) => {
  const triples = toTriples(events, entities);
  const out = new Map<string, { ev: Event; sentence: string }>();
  // toTriples drops events with no side; keep the index pairing by recomputing per event.
  events.forEach((ev) => {
    const t = toTriples([ev], entities)[0];
    if (!t) return;
    const k = `${t.plover} ${t.source ?? '-'}>${t.target ?? '-'}`;
    if (!out.has(k)) out.set(k, { ev, sentence: text.slice(sentences[ev.sentence]!.start, sentences[ev.sentence]!.end).replace(/\s+/g, ' ') });
  });
  void triples;
  return out;
};
for await (const rec of readJsonLines(corpus, to)) {
  line++;
  if (line < from || typeof rec.text !== 'string' || !rec.text.trim() || (rec.id && gold.has(rec.id))) continue;
  if (match && !match.test(`${rec.title ?? ''}\n${rec.text}`)) continue;
  articles++;
  const doc = analyzer.document({ id: rec.id ?? null, title: rec.title ?? null, text: rec.text, source: rec.source ?? null });
  const layers: Partial<Layers> = {};
  for (const stage of stages) (layers as Record<string, unknown>)[stage.assigns] = stage.run(doc, layers);
  const a = { entities: (layers.entities ?? []) as Entity[] };
  const eb = base.run(doc, layers);
  const ef = full.run(doc, layers);
  baseCount += eb.length;
  fullCount += ef.length;
  const kb = keyed(eb, a.entities, doc.text, doc.sentences);
  const kf = keyed(ef, a.entities, doc.text, doc.sentences);
  const entryOf = (ev: Event) => (ev as unknown as { entry?: string }).entry ?? `${ev.cameo} "${ev.trigger.text}"`;
  for (const [k, v] of kf) if (!kb.has(k)) added.push({ key: `${rec.id} ${k}`, entry: entryOf(v.ev), line: `«${v.ev.trigger.text}» ${v.sentence.slice(0, 300)}` });
  for (const [k, v] of kb) if (!kf.has(k)) dropped.push({ key: `${rec.id} ${k}`, entry: entryOf(v.ev), line: `«${v.ev.trigger.text}» ${v.sentence.slice(0, 300)}` });
}
console.log(`corpus lines ${from}-${to}: ${articles} articles (gold ones left out); events without the entries ${baseCount}, with them ${fullCount}; (article, triple) added ${added.length}, dropped ${dropped.length}`);
const byEntry = new Map<string, Found[]>();
for (const f of added) byEntry.set(f.entry, [...(byEntry.get(f.entry) ?? []), f]);
for (const [entry, list] of [...byEntry].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## added by ${entry}: ${list.length}`);
  for (const f of list) console.log(`  ${f.key}\n      ${f.line}`);
}
console.log('\n## dropped');
for (const f of dropped) console.log(`  ${f.key} [${f.entry}]\n      ${f.line}`);
console.log(`\n## random sample of ${sampleSize} added (seed ${values.seed ?? 7})`);
const pool = [...added];
for (let i = 0; i < sampleSize && pool.length; i++) {
  const f = pool.splice(Math.floor(random() * pool.length), 1)[0]!;
  console.log(`  ${i + 1}. ${f.key}\n      ${f.line}`);
}
