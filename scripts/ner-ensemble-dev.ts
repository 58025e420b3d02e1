/**
 * Scores the combination rules of src/ner/ensemble.ts on a split of ANERcorp train (branch ner14): the last
 * --dev-fraction of the sentences (default 0.1, as `rasd train ner` cuts its dev set), tagged by two models trained
 * on the rest (`train ner ... --no-retrain --tune-blocks 1 --o-penalty P --no-propagation --out FILE`). Every rule is
 * printed with P/R/F1 and per-type F1, without and with the name post-filter (src/ner/name-filter.ts) applied after the
 * combination. Never give it the test file: the rule is chosen here.
 *
 *   RASD_NER_VECTORS=FILE npx tsx scripts/ner-ensemble-dev.ts --main DENSE.bin --other SHIPPED.bin
 *       [--main-propagation 30,10] [--other-propagation 22,5] [--train FILE] [--dev-fraction 0.1]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeModel, TAGS } from '../src/ner/model.ts';
import { createTagger, type Propagation } from '../src/ner/tagger.ts';
import { scoreNer } from '../src/ner/score.ts';
import { parseConll } from '../src/ner/conll.ts';
import { combineTags, createListedName, ENSEMBLE_RULES } from '../src/ner/ensemble.ts';
import { createNameFilter, DEFAULT_NAME_FILTER } from '../src/ner/name-filter.ts';
import { featureResources, sharedPath, loadNerAutoLexicon, loadNerPlaceContext } from '../src/resources/ner.ts';
import { DATA_DIR, loadResources } from '../src/resources/load.ts';

const { values } = parseArgs({
  options: {
    main: { type: 'string' },
    other: { type: 'string' },
    'main-propagation': { type: 'string' },
    'other-propagation': { type: 'string' },
    train: { type: 'string' },
    'dev-fraction': { type: 'string', default: '0.1' },
  },
});
if (!values.main || !values.other) {
  console.error('usage: npx tsx scripts/ner-ensemble-dev.ts --main FILE --other FILE [--main-propagation B,W] [--other-propagation B,W]');
  process.exit(2);
}
const all = parseConll(readFileSync(values.train ?? sharedPath('data/ner/anercorp/train.txt'), 'utf8'));
const devCount = Math.round(all.length * Number(values['dev-fraction']));
const dev = all.slice(all.length - devCount);
const resources = featureResources();
const propagation = (v: string | undefined): Propagation | null | undefined => {
  if (!v) return undefined;
  const [bonus, window] = v.split(',').map(Number);
  return { bonus: bonus!, window: window! };
};
const sentences = dev.map((s) => s.words);
const mainTags = createTagger(decodeModel(readFileSync(values.main)), resources).tagDocument(sentences, propagation(values['main-propagation']));
const otherTags = createTagger(decodeModel(readFileSync(values.other)), resources).tagDocument(sentences, propagation(values['other-propagation']));
const filter = createNameFilter(loadResources().wordFrequencies, undefined, resources.segment, resources.lexicon, DEFAULT_NAME_FILTER, {
  sightings: loadNerAutoLexicon(DATA_DIR),
  placeContext: loadNerPlaceContext(DATA_DIR),
});
const listed = createListedName(resources.lexicon, resources.segment);
const pct = (x: number) => (100 * x).toFixed(2);
console.log(`dev: the last ${devCount} of ${all.length} sentences`);
for (const filtered of [false, true])
  for (const rule of ENSEMBLE_RULES) {
    const tagged = mainTags.map((m, i) => combineTags(m, otherTags[i]!, rule, listed(sentences[i]!)));
    if (filtered) tagged.forEach((t, i) => filter.apply(sentences[i]!, t));
    const s = scoreNer(
      dev.map((x) => x.tags),
      tagged.map((t) => Array.from(t, (k) => TAGS[k]!)),
    );
    const per = Object.entries(s.types)
      .map(([t, x]) => `${t} ${pct(x.f1)}`)
      .join(' ');
    console.log(`${(rule + (filtered ? ' +filter' : '')).padEnd(18)} P ${pct(s.micro.precision)} R ${pct(s.micro.recall)} F1 ${pct(s.micro.f1)}  ${per}`);
  }
