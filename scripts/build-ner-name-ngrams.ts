/**
 * Learns how person and place names are spelled, for the NER tagger's
 * "looks like a name" features: data/ner/name-ngrams.tsv, one character
 * n-gram per line with its log-ratio for person names and for place names
 * against ordinary news words.
 *
 * Most persons in news that the tagger has never seen are also absent from the
 * unlabelled corpus (sports players, artists, transliterated foreign names),
 * so neither word identity nor word clusters can help there; their spelling
 * can (long vowels, endings such as ـوف، ـسكي، ـيني، ـز). The name words are
 * those of rasd's own lexicons (data/ner/lexicon.json, data/ner/gazetteer.json,
 * from the knowledge base): person first names, surnames and the words of full
 * names; places, cities and countries. The ordinary words are the corpus word
 * list (data/lexicon/word-freq.tsv) minus those names. Nothing comes from ANERcorp.
 *
 * Multinomial naive Bayes over the n-grams (1-3 letters, word edges marked)
 * of each word type, add-half smoothing; `nameScores` in src/ner/features.ts
 * averages the log-ratios over a word's n-grams.
 *
 *   npx tsx scripts/build-ner-name-ngrams.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize } from '../src/text/normalize.ts';
import { nameNgrams } from '../src/ner/features.ts';

const data = (p: string) => new URL(`../data/${p}`, import.meta.url);
const lexicon = JSON.parse(readFileSync(data('ner/lexicon.json'), 'utf8')) as Record<string, unknown>;
const kb = JSON.parse(readFileSync(data('ner/gazetteer.json'), 'utf8')) as Record<string, unknown>;
const list = (src: Record<string, unknown>, key: string) => (Array.isArray(src[key]) ? (src[key] as string[]) : []);
const wordsOf = (items: string[]) => items.flatMap((s) => normalize(s).split(/\s+/)).filter((w) => w.length > 1);

// Words that are both (e.g. a first name and a city) count for both classes.
const titles = new Set(wordsOf(Object.values((lexicon.triggers ?? {}) as Record<string, string[]>).flat()));
const person = new Set([...wordsOf(list(lexicon, 'firstNames')), ...wordsOf(list(kb, 'kbFirstNames')), ...wordsOf(list(kb, 'kbSurnames')), ...wordsOf(list(kb, 'kbPeople'))].filter((w) => !titles.has(w) && w !== 'بن' && w !== 'ابن' && w !== 'عبد' && w !== 'ابو'));
const place = new Set([...wordsOf(list(lexicon, 'countries')), ...wordsOf(list(lexicon, 'cities')), ...wordsOf(list(kb, 'kbPlaces')), ...wordsOf(list(kb, 'kbCountries'))].filter((w) => !titles.has(w)));
const ordinary = new Set<string>();
for (const line of readFileSync(data('lexicon/word-freq.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const w = normalize(line.slice(0, line.indexOf('\t')));
  if (w.length > 1 && !person.has(w) && !place.has(w) && /^\p{Script=Arabic}+$/u.test(w)) ordinary.add(w);
}

function counts(words: Iterable<string>): { table: Map<string, number>; total: number } {
  const table = new Map<string, number>();
  let total = 0;
  for (const w of words)
    for (const g of nameNgrams(w)) {
      table.set(g, (table.get(g) ?? 0) + 1);
      total++;
    }
  return { table, total };
}
const P = counts(person);
const L = counts(place);
const O = counts(ordinary);
const grams = new Set([...P.table.keys(), ...L.table.keys()]);
const vocabulary = new Set([...grams, ...O.table.keys()]).size;
const logp = (c: { table: Map<string, number>; total: number }, g: string) => Math.log(((c.table.get(g) ?? 0) + 0.5) / (c.total + 0.5 * vocabulary));
const lines: string[] = [];
for (const g of [...grams].sort()) {
  // n-grams too rare in every class say nothing.
  if ((P.table.get(g) ?? 0) + (L.table.get(g) ?? 0) + (O.table.get(g) ?? 0) < 3) continue;
  const o = logp(O, g);
  lines.push(`${g}\t${(logp(P, g) - o).toFixed(2)}\t${(logp(L, g) - o).toFixed(2)}`);
}
const header = `# character n-grams of names learned by scripts/build-ner-name-ngrams.ts from rasd's lexicons (${person.size} person-name words, ${place.size} place-name words) against ${ordinary.size} words of the ANT corpus word list; columns: n-gram, log-ratio person/ordinary, log-ratio place/ordinary\n`;
writeFileSync(data('ner/name-ngrams.tsv'), header + lines.join('\n') + '\n');
console.error(`${person.size} person words, ${place.size} place words, ${ordinary.size} ordinary words; wrote ${lines.length} n-grams`);
