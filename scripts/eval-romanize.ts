/**
 * How often the romanizer (src/kb/romanize.ts) writes a name word as English news does, measured on the
 * knowledge base's own people: each person whose first Arabic name has as many words as the English name
 * gives one test per word. People are split in two by their order in the KB: the romanizer learns which
 * words mark a foreign name (kbForeignWords' rule) from the even-numbered half only and is scored on the
 * odd-numbered half, and the KB's own spellings (kbSpellings) are not used, so a test word is never looked
 * up from its own answer. name-parts.json is used (its words are scored separately: "rules" counts only
 * words the letter rules spell). "arab" = people of countries with Arabic-derived names, "foreign" = the rest.
 * Comparison ignores case, accents, apostrophes, hyphens and al-/el-.
 *
 * The learned model (src/kb/translit.ts) is trained on the learning half (and name-parts.json) and scored the
 * same way: "rules" = the letter rules, "learned" = the model for every word (no name-parts table),
 * "combined" = name-parts.json first, the model for the other words (what createRomanizer does with a model).
 *
 *   npx tsx scripts/eval-romanize.ts [arab|foreign] [N] [rules|learned|combined]
 *     (prints the counts, then N errors of that group for that system; env TRANSLIT_ORDER, TRANSLIT_BEAM, TRANSLIT_MIX)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readKbData } from '../src/resources/kb.ts';
import { foreignNameWords } from '../src/kb/index.ts';
import { createRomanizer } from '../src/kb/romanize.ts';
import { normalize } from '../src/text/normalize.ts';
import { createTransliterator, namePairs, partPairs, trainTranslit, type TranslitPair } from '../src/kb/translit.ts';

const data = readKbData(fileURLToPath(new URL('../data/kb', import.meta.url)), { learnedRomanizer: true });
// The same list as src/kb/index.ts (ARABIC_NAMING), restricted to the countries the KB has many people of.
const ARABIC_NAMING = new Set(['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM', 'IRN', 'TUR', 'PAK', 'AFG']);
const people = data.people;
// TRANSLIT_DEV=1: learn on every fourth person, score the next-but-one (both within the learning half), for
// tuning the model's settings without looking at the scored half.
const dev = process.env.TRANSLIT_DEV === '1';
const learn = (i: number) => (dev ? i % 4 === 0 : i % 2 === 0);
const scored = (i: number) => (dev ? i % 4 === 2 : i % 2 === 1);
const foreignWords = new Set<string>();
const arabicWords = new Set<string>();
people.forEach((p, i) => {
  if (!learn(i) || !p.country) return;
  for (const a of p.ar) for (const w of normalize(a).split(/\s+/)) (ARABIC_NAMING.has(p.country) ? arabicWords : foreignWords).add(w);
});
for (const w of arabicWords) foreignWords.delete(w);
const foreignList = [...foreignWords, ...(data.foreignParts ?? [])];
// The learned model (src/kb/translit.ts), trained here on the learning half only, plus name-parts.json's one-word
// parts (hand-written spellings, never a test person's), as scripts/build-romanizer.ts trains the shipped one.
const order = Number(process.env.TRANSLIT_ORDER ?? 4);
const places = process.env.TRANSLIT_PLACES !== '0' ? namePairs(data.places.filter((p) => (p as { verified?: boolean }).verified !== false), ARABIC_NAMING) : [];
const pairs: TranslitPair[] = [...namePairs(people.filter((_, i) => learn(i)), ARABIC_NAMING), ...places, ...partPairs(data.nameParts ?? {}, new Set((data.foreignParts ?? []).map((w) => normalize(w))))];
const model = createTransliterator(trainTranslit(pairs, order, 12, Number(process.env.TRANSLIT_DROP ?? 0.05)), { beam: Number(process.env.TRANSLIT_BEAM ?? 8), mix: Number(process.env.TRANSLIT_MIX ?? 0.5), charWeight: Number(process.env.TRANSLIT_CW ?? 0.3), ruleBonus: Number(process.env.TRANSLIT_BONUS ?? 300), foreignRuleBonus: Number(process.env.TRANSLIT_FBONUS ?? 30), minCount: Number(process.env.TRANSLIT_MIN ?? 2), perLetterBonus: process.env.TRANSLIT_PERLETTER !== '0', maxReadings: Number(process.env.TRANSLIT_READINGS ?? 16), kneserNey: process.env.TRANSLIT_KN === '1', discount: Number(process.env.TRANSLIT_D ?? 0.7) });
// The name vocabulary (data/kb/name-vocab.json, scripts/build-name-vocab.ts): Latin-script name words of many
// languages, and the foreign people's English name words of the learning half (as src/kb/index.ts adds the KB's).
const vocabWords = [...(JSON.parse(readFileSync(fileURLToPath(new URL('../data/kb/name-vocab.json', import.meta.url)), 'utf8')) as { words: Array<[string, number]> }).words, ...foreignNameWords(people.filter((_, i) => learn(i)))];
const withVocab = createTransliterator(trainTranslit(pairs, order, 12, Number(process.env.TRANSLIT_DROP ?? 0.05)), { beam: Number(process.env.TRANSLIT_BEAM ?? 8), mix: Number(process.env.TRANSLIT_MIX ?? 0.5), charWeight: Number(process.env.TRANSLIT_CW ?? 0.3), ruleBonus: Number(process.env.TRANSLIT_BONUS ?? 300), foreignRuleBonus: Number(process.env.TRANSLIT_FBONUS ?? 30), minCount: Number(process.env.TRANSLIT_MIN ?? 2), vocab: vocabWords, vocabBonus: Number(process.env.TRANSLIT_VABONUS ?? 0), foreignVocabBonus: Number(process.env.TRANSLIT_VBONUS ?? 1000), vocabPrior: Number(process.env.TRANSLIT_VPRIOR ?? 0), vocabDistance: Number(process.env.TRANSLIT_VDIST ?? 0.34) });
const systems = {
  rules: createRomanizer(data.nameParts ?? {}, foreignList),
  learned: createRomanizer({}, foreignList, model),
  combined: createRomanizer(data.nameParts ?? {}, foreignList, model),
  vocab: createRomanizer(data.nameParts ?? {}, foreignList, withVocab),
};
const partKeys = new Set(Object.keys(data.nameParts ?? {}).map((k) => normalize(k)));
const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/^(al|el)-/, '').replace(/['’‘-]/g, '');
const which = process.argv[2] ?? 'foreign';
const show = (process.argv[4] ?? 'rules') as keyof typeof systems;
console.log(`learning pairs: ${pairs.length}; order ${order}`);
console.log('system\tgroup\tall words\t\tnot in name-parts');
const right: Record<string, boolean[]> = {};
for (const [name, romanize] of Object.entries(systems)) {
  const r: boolean[] = (right[name] = []);
  const stats: Record<string, [number, number]> = { arab: [0, 0], foreign: [0, 0], arabRules: [0, 0], foreignRules: [0, 0] };
  const errors: Record<string, string[]> = { arab: [], foreign: [] };
  people.forEach((p, i) => {
    if (!scored(i) || !p.country || !p.ar[0]) return;
    const en = p.nameEn.split(/\s+/);
    const words = p.ar[0].split(/\s+/);
    const out = romanize(p.ar[0]).split(/\s+/);
    if (words.length !== en.length || out.length !== en.length) return;
    const group = ARABIC_NAMING.has(p.country) ? 'arab' : 'foreign';
    out.forEach((o, j) => {
      const ok = fold(o) === fold(en[j]!);
      if (!partKeys.has(normalize(words[j]!))) r.push(ok);
      stats[group]![1]++;
      if (ok) stats[group]![0]++;
      else errors[group]!.push(`${words[j]}\t${o}\t≠ ${en[j]}`);
      if (!partKeys.has(normalize(words[j]!))) {
        stats[group + 'Rules']![1]++;
        if (ok) stats[group + 'Rules']![0]++;
      }
    });
  });
  const pct = ([ok, n]: [number, number]) => `${ok}/${n}\t${n ? ((100 * ok) / n).toFixed(1) : '-'}%`;
  for (const g of ['arab', 'foreign']) console.log(`${name}\t${g}\t${pct(stats[g]!)}\t${pct(stats[g + 'Rules']!)}`);
  if (name === show) console.log(errors[which]?.slice(0, Number(process.argv[3] ?? 0)).join('\n') ?? '');
}
if (process.env.TRANSLIT_ORACLE) {
  const [a, b] = [right.rules!, right.learned!];
  const n = (f: (x: boolean, y: boolean) => boolean) => a.filter((x, i) => f(x, b[i]!)).length;
  console.log(`words the rules spell: both right ${n((x, y) => x && y)}, rules only ${n((x, y) => x && !y)}, learned only ${n((x, y) => !x && y)}, neither ${n((x, y) => !x && !y)}`);
}

