/**
 * Trains the learned romanizer (src/kb/translit.ts) on the knowledge base itself and writes
 * data/kb/romanizer.json: word pairs from every KB person whose Arabic name has as many words as the English
 * name, from the verified KB places likewise, and name-parts.json's one-word parts. Groups: people and places
 * of countries with Arabic-derived names (src/kb/index.ts ARABIC_NAMING) vs the rest. Deterministic (EM from a
 * uniform start, no sampling: the same KB gives the same file). Measured by scripts/eval-romanize.ts, which
 * trains the same way on half the people.
 *
 *   npx tsx scripts/build-romanizer.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readKbData } from '../src/resources/kb.ts';
import { ARABIC_NAMING } from '../src/kb/index.ts';
import { namePairs, partPairs, trainTranslit } from '../src/kb/translit.ts';
import { normalize } from '../src/text/normalize.ts';

const kbDir = fileURLToPath(new URL('../data/kb', import.meta.url));
const data = readKbData(kbDir);
const pairs = [
  ...namePairs(data.people, ARABIC_NAMING),
  ...namePairs(data.places.filter((p) => (p as { verified?: boolean }).verified !== false), ARABIC_NAMING),
  ...partPairs(data.nameParts ?? {}, new Set((data.foreignParts ?? []).map((w) => normalize(w)))),
];
const trained = trainTranslit(pairs);
const model = { _comment: `Learned romanizer of unknown name words, written by scripts/build-romanizer.ts from rasd's own knowledge base (${pairs.length} Arabic/English word pairs of data/kb people, places and name-parts.json): graphone ${trained.order}-gram counts per group (a: Arab-world names, f: foreign) and English name words; read by src/kb/translit.ts.`, ...trained };
const json = JSON.stringify(model)
  .replace(/\],\[/g, '],\n[');
writeFileSync(`${kbDir}/romanizer.json`, json + '\n');
console.log(`${pairs.length} pairs; ${model.grams.a!.length} + ${model.grams.f!.length} n-grams; ${model.words!.length} English words; ${json.length} bytes`);
