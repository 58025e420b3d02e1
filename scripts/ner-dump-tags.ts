/**
 * Prints the tags a model gives the ANERcorp test file (read as one stream,
 * as `rasd eval ner`) and the first N ANT articles (per article, as the
 * stage): for checking that a change to the tagger leaves its output as it was.
 *
 *   npx tsx scripts/ner-dump-tags.ts [--model FILE] [--articles N] > tags.txt
 */
import { readFileSync } from 'node:fs';
import { readJsonLines } from '../src/io/corpus.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { createSegmenter } from '../src/text/clitics.ts';
import { loadResources, DATA_DIR } from '../src/resources/load.ts';
import { loadNerResources, sharedPath } from '../src/resources/ner.ts';
import { createNerTagger } from '../src/ner/stage.ts';
import { parseConll } from '../src/ner/conll.ts';
import { TAGS } from '../src/ner/model.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const ner = loadNerResources(DATA_DIR, opt('--model'));
if (!ner) throw new Error('no model');
const tagger = createNerTagger(ner, createSegmenter(loadResources().wordFrequencies));
const out: string[] = [];
const gold = parseConll(readFileSync(sharedPath('data/ner/anercorp/test.txt'), 'utf8'));
for (const tags of tagger.tagDocument(gold.map((s) => s.words))) out.push(Array.from(tags, (t) => TAGS[t]).join(' '));
for await (const rec of readJsonLines(sharedPath('data/news/ant-corpus.jsonl.gz'), Number(opt('--articles') ?? 300))) {
  const text = `${rec.title ?? ''}\n\n${rec.text ?? ''}`;
  const toks = tokenize(text);
  const sentences: string[][] = [];
  let t = 0;
  for (const s of splitSentences(text, toks)) {
    const words: string[] = [];
    while (t < toks.length && toks[t]!.start < s.end) words.push(toks[t++]!.text);
    if (words.length) sentences.push(words);
  }
  out.push('#doc');
  for (const tags of tagger.tagDocument(sentences)) out.push(Array.from(tags, (t) => TAGS[t]).join(' '));
}
process.stdout.write(out.join('\n') + '\n');
