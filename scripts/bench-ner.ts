/**
 * Measures the NER tagger: model load time, tagging speed on one core
 * (tokens/s, feature extraction and decoding included, on the articles of the
 * unlabelled corpus tokenized and split into sentences beforehand), and the
 * resident memory the loaded model adds.
 *
 *   npx tsx scripts/bench-ner.ts [CORPUS.jsonl.gz] [--articles N] [--model FILE]
 *
 * With an ensemble (RASD_NER_ENSEMBLE=FILE or a model whose info names one; src/ner/ensemble.ts, branch ner14) both
 * models tag every document and their chunks are combined, as the stage does; the memory is that of both.
 */
import { readJsonLines } from '../src/io/corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { createSegmenter } from '../src/text/clitics.ts';
import { loadResources, DATA_DIR } from '../src/resources/load.ts';
import { loadNerResources, sharedPath } from '../src/resources/ner.ts';
import { createNerTagger } from '../src/ner/stage.ts';
import { createTagger } from '../src/ner/tagger.ts';
import { combineTags, createListedName } from '../src/ner/ensemble.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--articles');
const limit = at >= 0 ? Number(args[at + 1]) : 3000;
const modelAt = args.indexOf('--model');
const modelPath = modelAt >= 0 ? args[modelAt + 1] : undefined;
const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--articles' && args[i - 1] !== '--model') ?? sharedPath('data/news/ant-corpus.jsonl.gz');

const sentences: string[][] = [];
/** Sentences per article: the stage tags a document at once (document-level consistency). */
const articles: string[][][] = [];
let tokens = 0;
for await (const rec of readJsonLines(corpus, limit)) {
  const text = `${rec.title ?? ''}\n\n${rec.text ?? ''}`;
  const toks = tokenize(text);
  let t = 0;
  articles.push([]);
  for (const s of splitSentences(text, toks)) {
    const words: string[] = [];
    while (t < toks.length && toks[t]!.start < s.end) words.push(toks[t++]!.text);
    if (words.length) {
      sentences.push(words);
      articles[articles.length - 1]!.push(words);
    }
    tokens += words.length;
  }
}
const wordFrequencies = loadResources().wordFrequencies;
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const ner = loadNerResources(DATA_DIR, modelPath);
const loadMs = performance.now() - t0;
if (!ner) throw new Error('no NER model in data/ner/model.bin');
global.gc?.();
const rssModel = process.memoryUsage().rss - rssBefore;
// the stage's tagging: one model, or both of an ensemble and their chunks combined
const createStageTagger = () => {
  const segment = createSegmenter(wordFrequencies);
  const one = createNerTagger(ner, segment);
  const ensemble = ner.ensemble;
  if (!ensemble) return one;
  const main = createTagger(ensemble.model, { ...ner, segment });
  const listed = createListedName(ner.lexicon, segment);
  return {
    tagDocument: (s: string[][]) => {
      const other = one.tagDocument(s);
      return main.tagDocument(s).map((tags, i) => combineTags(tags, other[i]!, ensemble.rule, listed(s[i]!)));
    },
  };
};
const tagger = createStageTagger();
// One warm-up pass over a tenth of the text (JIT), then the timed pass from a cold word cache.
for (let i = 0; i < articles.length / 10; i++) tagger.tagDocument(articles[i]!);
const fresh = createStageTagger();
// CPU time of this process beside wall time: on a shared machine the wall time includes waiting for a core.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const c1 = process.cpuUsage();
const t1 = performance.now();
let entities = 0;
for (const a of articles) for (const tags of fresh.tagDocument(a)) for (const t of tags) if (t % 2 === 1) entities++;
const seconds = (performance.now() - t1) / 1000;
const cpu = cpuSeconds(c1);
// Steady state of a long-running analyzer: the same text again, word caches warm.
const c2 = process.cpuUsage();
const t2 = performance.now();
for (const a of articles) fresh.tagDocument(a);
const warmSeconds = (performance.now() - t2) / 1000;
const warmCpu = cpuSeconds(c2);
console.log(`articles ${limit}, sentences ${sentences.length}, tokens ${tokens}`);
console.log(`model load ${loadMs.toFixed(0)} ms (${ner.model.index.size} features), resident memory of the loaded model ≈ ${(rssModel / 1e6).toFixed(0)} MB`);
console.log(`tagging ${Math.round(tokens / seconds)} tokens/s (${seconds.toFixed(2)} s, ${entities} entities; features, segmentation, Viterbi and the document-consistency pass included)`);
console.log(`tagging, word caches warm: ${Math.round(tokens / warmSeconds)} tokens/s (${warmSeconds.toFixed(2)} s)`);
console.log(`per CPU second (this process, GC threads included): cold ${Math.round(tokens / cpu)} tokens/s (${cpu.toFixed(2)} s), warm ${Math.round(tokens / warmCpu)} tokens/s (${warmCpu.toFixed(2)} s); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
console.log(`peak rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
