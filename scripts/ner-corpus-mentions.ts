/**
 * Tags a seeded random sample of corpus articles (gold and reserved articles left out) with the NER stage and
 * writes each article's mentions as JSON lines, so that two models (or a model with and without a filter) can be
 * compared by reading the mentions that changed (`--diff A B` prints them with their sentence).
 *
 *   npx tsx scripts/ner-corpus-mentions.ts --out FILE [--model FILE] [--sample N] [--seed S] [--name-filter]
 *   npx tsx scripts/ner-corpus-mentions.ts --diff A.jsonl B.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readJsonLines } from '../src/io/corpus.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { loadResources, DATA_DIR } from '../src/resources/load.ts';
import { loadNerResources, withNameFilter } from '../src/resources/ner.ts';
import { createNerStage } from '../src/ner/stage.ts';
import { createSegmenter } from '../src/text/clitics.ts';
import { createDoc } from '../src/core/document.ts';
import { goldArticleIds } from './gold-ids.ts';
import { lcgRandom } from './lcg.ts';

interface Row { id: string; mentions: Array<{ start: number; end: number; text: string; type: string; context: string }> }
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

if (args[0] === '--diff') {
  const read = (p: string) => new Map(readFileSync(p, 'utf8').trim().split('\n').map((l) => { const r = JSON.parse(l) as Row; return [r.id, r] as const; }));
  const a = read(args[1]!);
  const b = read(args[2]!);
  let removed = 0, added = 0;
  for (const [id, ra] of a) {
    const rb = b.get(id);
    if (!rb) continue;
    const key = (m: Row['mentions'][number]) => `${m.start}:${m.end}:${m.type}`;
    const kb = new Set(rb.mentions.map(key));
    const ka = new Set(ra.mentions.map(key));
    for (const m of ra.mentions) if (!kb.has(key(m))) { removed++; console.log(`- ${id} ${m.type} «${m.text}» | ${m.context}`); }
    for (const m of rb.mentions) if (!ka.has(key(m))) { added++; console.log(`+ ${id} ${m.type} «${m.text}» | ${m.context}`); }
  }
  console.log(`removed ${removed}, added ${added}`);
  process.exit(0);
}

const sample = Number(opt('--sample') ?? 100);
const random = lcgRandom(Number(opt('--seed') ?? 7));
const resources = loadResources();
const loaded = loadNerResources(DATA_DIR, opt('--model'));
if (!loaded) throw new Error('no model');
const ner = args.includes('--name-filter') ? withNameFilter(loaded, DATA_DIR) : loaded;
const segmenter = createSegmenter(resources.wordFrequencies);
// the sightings the analyzer passes (src/analyzer.ts): the mention start and the post-filter read them
const stage = createNerStage({ ...ner, nameEvidence: resources.nameEvidence }, segmenter);
const gold = goldArticleIds('test/gold', /./);
const corpus = sharedPath('data/news/ant-corpus.jsonl.gz')!;
// 17,537 articles: keep each with probability sample / 17,537 (fixed seed), in corpus order.
const p = sample / 17537;
const out: string[] = [];
for await (const rec of readJsonLines(corpus)) {
  const r = rec as { id: string; title?: string; text: string; date?: string };
  if (random() >= p || gold.has(r.id)) continue;
  const doc = createDoc({ text: r.text, title: r.title ?? null, date: r.date ?? null, id: r.id }, segmenter);
  const mentions = stage.run(doc, {} as never).map((m) => {
    const s = doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
    const context = s ? doc.text.slice(Math.max(s.start, m.start - 60), Math.min(s.end, m.end + 60)).replace(/\s+/g, ' ') : '';
    return { start: m.start, end: m.end, text: m.text, type: m.type, context };
  });
  out.push(JSON.stringify({ id: r.id, mentions }));
}
writeFileSync(opt('--out')!, out.join('\n') + '\n');
console.log(`${out.length} articles`);
