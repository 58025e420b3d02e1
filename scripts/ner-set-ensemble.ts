/**
 * Writes a copy of a trained NER model whose info names a second model to run beside it (src/ner/ensemble.ts, branch
 * ner14): `info.ensemble = { model: PATH under data/, rule }`, and with --name-filter `info.nameFilter = true` (the
 * post-filter the ensemble's news gate was passed with). loadNerResources and `rasd eval ner` then load both models.
 * The weights are re-encoded unchanged (check: `RASD_NER_ENSEMBLE=0 rasd eval ner --model OUT` scores as the input).
 *
 *   npx tsx scripts/ner-set-ensemble.ts MODEL SECOND_UNDER_DATA RULE OUT [--name-filter]
 *   e.g. npx tsx scripts/ner-set-ensemble.ts data/ner/model.bin ner/model-dense.bin fill-listed /tmp/m.bin --name-filter
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, encodeModel } from '../src/ner/model.ts';
import { ENSEMBLE_RULES, isEnsembleRule } from '../src/ner/ensemble.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [input, second, rule, out] = args;
if (!input || !second || !rule || !out || !isEnsembleRule(rule)) {
  console.error(`usage: npx tsx scripts/ner-set-ensemble.ts MODEL SECOND_UNDER_DATA RULE OUT [--name-filter]  (RULE: ${ENSEMBLE_RULES.join(', ')})`);
  process.exit(2);
}
const model = decodeModel(readFileSync(input));
const info = { ...model.info, ensemble: { model: second, rule }, ...(process.argv.includes('--name-filter') ? { nameFilter: true } : {}) };
writeFileSync(out, encodeModel({ ...model, info }));
console.log(`wrote ${out}: info.ensemble ${JSON.stringify(info.ensemble)}${info.nameFilter ? ', nameFilter' : ''}`);
