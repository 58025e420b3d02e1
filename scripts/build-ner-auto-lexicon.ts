/**
 * What the contexts of a word in unlabelled news say about it, for the NER
 * tagger: data/ner/auto-lexicon.tsv, `word<TAB>occurrences<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC`.
 *
 * A context-only tagger (the perceptron trained on ANERcorp with every
 * word-identity feature hidden: word dropout 1, so it judges a token by its
 * neighbours, clusters, lexicons and shape, and cannot have memorized the
 * names of the training data) tags every sentence of the ANT corpus; for each
 * word (normalized, without one-letter proclitics) the file counts how many of
 * its occurrences that tagger put inside a name of each type. A surname seen
 * 30 times after "قال" and "اللاعب" is a person whatever the training data
 * held. Only words with at least MIN_COUNT occurrences and one name among them.
 *
 *   npx tsx scripts/build-ner-auto-lexicon.ts [--exclude-dev]
 *
 * --exclude-dev trains the context tagger without the dev split (the last 10%
 * of train), for choosing the features on dev. Deterministic; about two
 * minutes on one core.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/ner/conll.ts';
import { chunks } from '../src/ner/score.ts';
import { createTagger } from '../src/ner/tagger.ts';
import { DEFAULT_FEATURES, TAGS } from '../src/ner/model.ts';
import { trainPerceptron } from '../src/ner/train.ts';
import { featureResources } from '../src/resources/ner.ts';
import { sharedPath } from '../src/resources/ner.ts';
import { readJsonLines } from '../src/io/corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { normalize } from '../src/text/normalize.ts';

const MIN_COUNT = 2;
const { values } = parseArgs({
  options: {
    'exclude-dev': { type: 'boolean', default: false },
    out: { type: 'string' },
    /** Also writes the multi-word names the context tagger found (data/ner/auto-spans.tsv, or this path). */
    spans: { type: 'boolean', default: false },
    'spans-out': { type: 'string' },
    /** Also writes the words that the found names follow or precede (data/ner/auto-triggers.tsv, or this path). */
    triggers: { type: 'boolean', default: false },
    'triggers-out': { type: 'string' },
  },
});
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
let train = parseConll(readFileSync(sharedPath('data/ner/anercorp/train.txt'), 'utf8'));
if (values['exclude-dev']) train = train.slice(0, train.length - Math.round(train.length * 0.1));
const resources = featureResources();
// The tagger's features without this file's own (it is what is being built).
const features = { ...DEFAULT_FEATURES, autoLexicon: false };
const model = trainPerceptron(train, resources, { epochs: 5, seed: 1, features, minCount: 2, wordDropout: 1 });
const tagger = createTagger(model, resources);
console.error(`context tagger trained on ${train.length} sentences (${elapsed()})`);

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];
const counts = new Map<string, Uint32Array>();
// Multi-word names (2-4 words, keys joined by spaces) → how often the context tagger tagged them as each type.
const spanCounts = new Map<string, Uint32Array>();
// Word → [occurrences, right before a name of type PERS..MISC (4), right after one (4)]: learned triggers.
const triggerCounts = new Map<string, Uint32Array>();
const keyCache = new Map<string, string>();
const keyOf = (word: string) => {
  let k = keyCache.get(word);
  if (k === undefined) {
    const seg = resources.segment(word);
    k = seg.baseStart > 0 ? normalize(word.slice(seg.baseStart)) : normalize(word);
    if (keyCache.size > 500_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
};
let articles = 0;
let tokens = 0;
for await (const rec of readJsonLines(sharedPath('data/news/ant-corpus.jsonl.gz'))) {
  articles++;
  const text = `${rec.title ?? ''}\n${rec.text ?? ''}`;
  const toks = tokenize(text);
  const sentences = splitSentences(text, toks);
  const words: string[][] = [];
  let t = 0;
  for (const s of sentences) {
    const ws: string[] = [];
    while (t < toks.length && toks[t]!.end <= s.start) t++;
    while (t < toks.length && toks[t]!.start < s.end) ws.push(toks[t++]!.text);
    if (ws.length) words.push(ws);
  }
  const tags = tagger.tagDocument(words, null);
  if (values.triggers)
    words.forEach((ws, i) => {
      const t = tags[i]!;
      for (let j = 0; j < ws.length; j++) {
        const key = keyOf(ws[j]!);
        let c = triggerCounts.get(key);
        if (!c) triggerCounts.set(key, (c = new Uint32Array(9)));
        c[0]++;
        if (TAGS[t[j]!] !== 'O') continue;
        const next = j + 1 < ws.length ? TAGS[t[j + 1]!]! : 'O';
        if (next.startsWith('B-')) c[1 + TYPES.indexOf(next.slice(2))]++;
        const prev = j > 0 ? TAGS[t[j - 1]!]! : 'O';
        if (prev !== 'O') c[5 + TYPES.indexOf(prev.slice(2))]++;
      }
    });
  if (values.spans)
    words.forEach((ws, i) => {
      for (const { type, start, end } of chunks(Array.from(tags[i]!.slice(0, ws.length), (k) => TAGS[k]!))) {
        if (end - start < 2 || end - start > 4) continue;
        const key = ws.slice(start, end).map(keyOf).join(' ');
        let c = spanCounts.get(key);
        if (!c) spanCounts.set(key, (c = new Uint32Array(TYPES.length)));
        c[TYPES.indexOf(type)]++;
      }
    });
  words.forEach((ws, i) =>
    ws.forEach((w, j) => {
      tokens++;
      const key = keyOf(w);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Uint32Array(1 + TYPES.length)));
      c[0]++;
      const tag = TAGS[tags[i]![j]!]!;
      if (tag !== 'O') c[1 + TYPES.indexOf(tag.slice(2))]++;
    }),
  );
}
const lines: string[] = [];
for (const [word, c] of [...counts].sort((a, b) => b[1][0]! - a[1][0]! || (a[0] < b[0] ? -1 : 1))) {
  if (c[0]! < MIN_COUNT || c[1]! + c[2]! + c[3]! + c[4]! === 0 || !/\p{L}/u.test(word)) continue;
  lines.push(`${word}\t${Array.from(c).join('\t')}`);
}
const header = `# names in context learned by scripts/build-ner-auto-lexicon.ts: a context-only tagger trained on ANERcorp train${values['exclude-dev'] ? ' minus its last 10% (dev)' : ''} tagged the ANT corpus (Chouigui et al., AICCSA 2017: ${articles} articles, ${tokens} tokens); word, occurrences, occurrences inside a PERS, LOC, ORG, MISC name\n`;
const out = values.out ?? new URL('../data/ner/auto-lexicon.tsv', import.meta.url).pathname;
writeFileSync(out, header + lines.join('\n') + '\n');
console.error(`wrote ${lines.length} words to ${out} (${elapsed()})`);
if (values.spans) {
  const spanLines: string[] = [];
  for (const [key, c] of [...spanCounts].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0) || (a[0] < b[0] ? -1 : 1))) {
    if (c.reduce((x, y) => x + y, 0) < MIN_COUNT) continue;
    spanLines.push(`${key}\t${Array.from(c).join('\t')}`);
  }
  const spanHeader = `# multi-word names in context learned by scripts/build-ner-auto-lexicon.ts --spans (the same context-only tagger over the same corpus): words (normalized, without one-letter proclitics), times tagged as a PERS, LOC, ORG, MISC name; spans of 2-4 words seen at least ${MIN_COUNT} times\n`;
  const spansOut = values['spans-out'] ?? new URL('../data/ner/auto-spans.tsv', import.meta.url).pathname;
  writeFileSync(spansOut, spanHeader + spanLines.join('\n') + '\n');
  console.error(`wrote ${spanLines.length} spans to ${spansOut} (${elapsed()})`);
}
if (values.triggers) {
  const lines: string[] = [];
  for (const [key, c] of [...triggerCounts].sort((a, b) => b[1][0]! - a[1][0]! || (a[0] < b[0] ? -1 : 1))) {
    // Words seen 10 times, at least 5 of them next to a name.
    let near = 0;
    for (let k = 1; k < 9; k++) near += c[k]!;
    if (c[0]! < 10 || near < 5 || !/\p{L}/u.test(key)) continue;
    lines.push(`${key}\t${Array.from(c).join('\t')}`);
  }
  const header = `# learned triggers by scripts/build-ner-auto-lexicon.ts --triggers (the same context-only tagger over the same corpus): word (normalized, without one-letter proclitics), occurrences, occurrences outside a name right before a PERS, LOC, ORG, MISC name, right after one\n`;
  const out = values['triggers-out'] ?? new URL('../data/ner/auto-triggers.tsv', import.meta.url).pathname;
  writeFileSync(out, header + lines.join('\n') + '\n');
  console.error(`wrote ${lines.length} trigger words to ${out} (${elapsed()})`);
}
