/**
 * Precision audit of the event stage on random corpus text (events28): draws N articles of the shuffled corpus pool
 * (scripts/corpus-pool.ts: gold and reserved ids left out) with a fixed seed, keeps those within [min, max] characters,
 * and prints every event triple rasd codes with its trigger and sentence, one line each:
 * "id<TAB>PLOVER SRC>TGT modality<TAB>trigger<TAB>sentence". Its output holds article text: it stays on the machine.
 *
 *   npx tsx scripts/event-audit28.ts --seed 8484 --n 15 [--skip 0] [--min 600] [--max 2200]
 */
import { loadResources } from '../src/resources/load.ts';
import { buildStages, createAnalyzer } from '../src/analyzer.ts';
import { toTriples } from '../src/events/eval.ts';
import { shuffledCorpusPool } from './corpus-pool.ts';
import { resolveSharedPath } from '../src/resources/shared.ts';
import { flag } from './flag.ts';

const seed = Number(flag('seed', '8484'));
const n = Number(flag('n', '15'));
const skip = Number(flag('skip', '0'));
const min = Number(flag('min', '600'));
const max = Number(flag('max', '2200'));
const { pool } = await shuffledCorpusPool(resolveSharedPath('../shared/data/news/ant-corpus.jsonl.gz')!, seed);
const picked = pool.filter((a) => a.text.length >= min && a.text.length <= max).slice(skip, skip + n);
const resources = loadResources();
const analyzer = createAnalyzer(resources, buildStages(resources));
for (const p of picked) {
  const a = analyzer.analyzeArticle({ id: p.id, title: p.title, text: p.text, date: p.date });
  const text = a.document.text;
  const sentences = a.sentences ?? [];
  const lines = new Set<string>();
  for (const ev of a.events) {
    const t = toTriples([ev], a.entities)[0];
    if (!t) continue;
    const s = sentences[ev.sentence];
    const sentence = s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    lines.add(`${p.id}\t${t.plover} ${t.source ?? '-'}>${t.target ?? '-'} ${t.modality}\t${ev.trigger.text}\t${sentence}`);
  }
  console.log(`##### ${p.id} chars=${p.text.length} events=${lines.size}`);
  for (const l of [...lines].sort()) console.log(l);
}
