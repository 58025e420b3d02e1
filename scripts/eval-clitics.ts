/**
 * Scores the clitic segmenter on a labelled word list.
 *   npx tsx scripts/eval-clitics.ts [test/fixtures/clitic-segmentation.tsv]
 */
import { readFileSync } from 'node:fs';
import { segmentWord } from '../src/text/clitics.ts';
import { scoreSegmenter } from '../src/text/clitics-eval.ts';
import { loadResources } from '../src/resources/load.ts';

const path = process.argv[2] ?? new URL('../test/fixtures/clitic-segmentation.tsv', import.meta.url).pathname;
const freq = loadResources().wordFrequencies;
const s = scoreSegmenter(readFileSync(path, 'utf8'), (w) => segmentWord(w, freq));
const pct = (n: number) => ((100 * n) / s.words).toFixed(1);
console.log(`${path}: ${s.words} words; exact segmentation ${s.exact} (${pct(s.exact)}%); one-letter proclitics right ${s.baseRight} (${pct(s.baseRight)}%)`);
for (const e of s.errors) console.log(`  ${e.word}: expected ${e.expected.replace('\t', ' | ')}, got ${e.got.replace('\t', ' | ')}`);
