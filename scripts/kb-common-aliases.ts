/**
 * Finds knowledge-base names that are also ordinary words or phrases: for every KB name (people,
 * organizations, places, countries; demonyms aside), how often its text stands in a stretch of the
 * unlabelled ANT corpus and how often the NER stage tags it there as an entity of the name's type.
 * A name that mostly stands untagged (البيت "the house" for Elbit Systems, أبيا "proud" for Apia,
 * ريم a given name for Rome) is a candidate for `weak` / `arRecognized` in data/kb (see
 * docs/knowledge-base.md, "Names that are common words").
 *
 *   nice -n 10 npx tsx scripts/kb-common-aliases.ts [--skip 9000] [--limit 2000] [--min 5] [--max-tagged 0.5] [--corpus PATH] [--json]
 *
 * Matching is the resolver's in simple form: at each token, as written and without the segmenter's
 * one-letter proclitics, the longest KB name (normalized). A match counts as tagged when a recognizer
 * mention of the name's type overlaps it. Also printed: the word's corpus count (data/lexicon/word-freq.tsv)
 * for one-word names, the share of the name's occurrences the recognizer tags with another type, and
 * which weak/arRecognized marks the name already has. Nothing is written.
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { createAnalyzer, buildStages } from '../src/analyzer.ts';
import { loadResources } from '../src/resources/load.ts';
import { sharedPath } from '../src/resources/shared.ts';
import { normalize } from '../src/text/normalize.ts';
import { segmentationKey } from '../src/text/clitics.ts';
import type { EntityType } from '../src/core/analysis.ts';
import { flag } from './flag.ts';

const skip = Number(flag('skip', '9000'));
const limit = Number(flag('limit', '2000'));
const minCount = Number(flag('min', '5'));
const maxTagged = Number(flag('max-tagged', '0.5'));
const asJson = process.argv.includes('--json');
const corpus = flag('corpus', sharedPath('data/news/ant-corpus.jsonl.gz') ?? '');
if (!corpus) {
  console.error('no corpus: pass --corpus or set RASD_SHARED');
  process.exit(1);
}

const resources = loadResources();
const kb = resources.kb;
const freq = resources.wordFrequencies;
const nerStage = buildStages(resources).find((s) => s.assigns === 'nerMentions');
if (!nerStage) {
  console.error('no NER model: the counts need the recognizer');
  process.exit(1);
}
const analyzer = createAnalyzer(resources, [nerStage]);

interface Alias { key: string; ids: Set<string>; types: Set<EntityType>; marked: Set<string> }
const aliases = new Map<string, Alias>();
const prefixes = new Set<string>();
let maxWords = 1;
const keyOf = (s: string) => normalize(s).replace(/\s+/g, ' ').trim();
function add(name: string, id: string, type: EntityType, mark?: string) {
  const key = keyOf(name);
  if (!key) return;
  const words = key.split(' ');
  maxWords = Math.max(maxWords, words.length);
  for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  let a = aliases.get(key);
  if (!a) aliases.set(key, (a = { key, ids: new Set(), types: new Set(), marked: new Set() }));
  a.ids.add(id);
  a.types.add(type);
  if (mark) a.marked.add(mark);
}
for (const c of kb.countries) for (const n of c.ar) add(n, c.id, 'LOC');
for (const p of kb.places) for (const n of p.ar) add(n, p.id, 'LOC', p.weak ? 'weak' : p.geonameId ? 'geonames' : undefined);
for (const o of kb.organizations) {
  for (const n of o.ar) add(n, o.id, 'ORG');
  for (const n of o.arRecognized ?? []) add(n, o.id, 'ORG', 'arRecognized');
}
for (const p of kb.people) for (const n of p.ar) add(n, p.id, 'PER');
// Marks of the generalized mechanism (data/kb/weak-names.json) as they stand now.
for (const [key, ids] of kb.weakNameEntries()) for (const id of ids) aliases.get(key)?.marked.add(`weak-name:${id}`);

interface Count { n: number; tagged: number; other: number; docs: number; examples: string[] }
const counts = new Map<string, Count>();

let seen = 0;
let docs = 0;
for await (const rec of readJsonLines(corpus, skip + limit)) {
  if (seen++ < skip) continue;
  if (typeof rec.text !== 'string' || !rec.text.trim()) continue;
  const doc = analyzer.document({ text: rec.text, title: rec.title ?? null, date: null });
  const ner = analyzer.pipeline.run(doc).nerMentions ?? [];
  docs++;
  const inDoc = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'arabic' && tok.kind !== 'latin') continue;
    const seg = doc.segment(i);
    const starts = seg.baseStart > 0 ? [0, seg.baseStart] : [0];
    let best: { key: string; start: number; end: number; tokenEnd: number } | null = null;
    for (const off of starts) {
      let key = keyOf(tok.text.slice(off));
      if (!prefixes.has(key)) continue;
      for (let j = i, n = 1; n <= maxWords && j < tokens.length; n++, j++) {
        if (n > 1) {
          const t = tokens[j]!;
          if (t.kind !== 'arabic' && t.kind !== 'latin') break;
          key += ' ' + keyOf(t.text);
          if (!prefixes.has(key)) break;
        }
        if (aliases.has(key) && (!best || tokens[j]!.end - (tok.start + off) > best.end - best.start)) best = { key, start: tok.start + off, end: tokens[j]!.end, tokenEnd: j + 1 };
      }
      if (best) break;
    }
    if (!best) continue;
    const a = aliases.get(best.key)!;
    let c = counts.get(best.key);
    if (!c) counts.set(best.key, (c = { n: 0, tagged: 0, other: 0, docs: 0, examples: [] }));
    c.n++;
    if (!inDoc.has(best.key)) {
      inDoc.add(best.key);
      c.docs++;
    }
    const over = ner.filter((m) => m.start < best!.end && best!.start < m.end);
    if (over.some((m) => a.types.has(m.type))) c.tagged++;
    else {
      if (over.length) c.other++;
      if (c.examples.length < 3) c.examples.push(doc.text.slice(Math.max(0, best.start - 20), Math.min(doc.text.length, best.end + 20)).replace(/\s+/g, ' '));
    }
    i = best.tokenEnd - 1;
  }
}

const rows = [...counts.entries()]
  .map(([key, c]) => {
    const a = aliases.get(key)!;
    const words = key.split(' ').length;
    return {
      key, n: c.n, docs: c.docs, tagged: c.tagged, share: c.tagged / c.n, other: c.other,
      wordFreq: words === 1 ? (freq.get(segmentationKey(key)) ?? 0) : null,
      ids: [...a.ids], types: [...a.types], marked: [...a.marked], examples: c.examples,
    };
  })
  .filter((r) => r.n >= minCount && r.share <= maxTagged)
  .sort((x, y) => (y.n - y.tagged) - (x.n - x.tagged));

if (asJson) console.log(JSON.stringify({ skip, limit, docs, rows }, null, 1));
else {
  console.log(`# ${docs} articles (corpus lines ${skip}-${skip + limit}); KB names seen >= ${minCount} times, tagged with their type <= ${Math.round(maxTagged * 100)}%`);
  console.log('# untagged\tseen\ttagged%\tother-type\tword-freq\tname\tids\tmarks\texample');
  for (const r of rows) {
    console.log([r.n - r.tagged, r.n, `${Math.round(r.share * 100)}%`, r.other, r.wordFreq ?? '-', r.key, r.ids.join(','), r.marked.join(',') || '-', r.examples[0] ?? ''].join('\t'));
  }
}
