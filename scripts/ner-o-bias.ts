/**
 * Writes a copy of a trained NER model whose O score is raised by BONUS on every token (a negative O penalty,
 * through the bias feature of the final model): fewer, surer names. Branch ner7 chose the bonus on rasd's own
 * 30 hand-annotated articles (`rasd eval entities`), where the corpus-learned features made names too easily.
 *
 *   npx tsx scripts/ner-o-bias.ts MODEL BONUS OUT
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, encodeModel } from '../src/ner/model.ts';
import { withOPenalty } from '../src/ner/evaluate.ts';

const [input, bonus, out] = process.argv.slice(2);
if (!input || bonus === undefined || !out) {
  console.error('usage: npx tsx scripts/ner-o-bias.ts MODEL BONUS OUT');
  process.exit(2);
}
const model = decodeModel(readFileSync(input));
writeFileSync(out, encodeModel(withOPenalty(model, -Number(bonus))));
console.log(`wrote ${out}: O score +${bonus}`);
