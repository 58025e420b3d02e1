/**
 * Builds data/ner/gazetteer.json, the NER tagger's lexicon lists derived from
 * rasd's knowledge base (data/kb/): person first names and surnames, full
 * person names, organization names, places, countries and demonyms.
 *
 * The lists are generalized rather than memorized: a person's names are split
 * into the parts the tagger can reuse for people it never saw (a first name
 * before an unknown surname, a known surname after an unknown first name).
 * Nothing here comes from the NER training or test data.
 *
 *   npx tsx scripts/build-ner-gazetteer.ts [--only kbCountries,demonyms] [--out FILE]
 *
 * --out writes FILE instead of data/ner/gazetteer.json (the lists not named by --only still come from the committed
 * file); RASD_NER_GAZETTEER=FILE makes the tagger's tools read it (cross-validation of one list at a time).
 *
 * With --only, just the named lists are rebuilt and the others are kept as the file has them: the NER model
 * (data/ner/model.bin) was trained with the lists as they were, and a full rebuild after the KB doubled (resolve15:
 * 593 more first names, 1,066 surnames, 655 bodies) made the tagger take common words that are now one-word KB names
 * (عزيز، بوب، لينين) for entities: 9 more false positives on the 30 articles, precision 88.9% → 86.9%, though
 * ANERcorp F1 rose 73.50 → 74.11 (docs/knowledge-base.md, resolve15).
 * Rebuild all lists only together with a retrained model.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { normalize } from '../src/text/normalize.ts';

const KB = new URL('../data/kb/', import.meta.url);
const COMMITTED = new URL('../data/ner/gazetteer.json', import.meta.url);
const OUT = process.argv.includes('--out') ? new URL(process.argv[process.argv.indexOf('--out') + 1]!, `file://${process.cwd()}/`) : COMMITTED;

const readJsonl = (path: URL): Array<Record<string, unknown>> =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const jsonlIn = (dir: string) =>
  readdirSync(new URL(dir, KB))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(new URL(`${dir}/${f}`, KB)));

/** Words that join name parts; never a name part by themselves. */
const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'أبو', 'ام', 'أم', 'آل', 'ال', 'عبد', 'عبدال', 'دي', 'دو', 'فون', 'فان', 'لا', 'دا', 'و', 'بو']);
/** Compound first names whose first word is a particle: عبد الله، أبو بكر. */
const COMPOUND_HEAD = new Set(['عبد', 'ابو', 'أبو', 'ام', 'أم']);

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

const firstNames = new Set<string>();
const surnames = new Set<string>();
const people = new Set<string>();
for (const rec of jsonlIn('people')) {
  for (const name of (rec.ar as string[] | undefined) ?? []) {
    const w = words(name);
    if (w.length === 0) continue;
    if (w.length >= 2) people.add(w.join(' '));
    if (w.length === 1) {
      if (!PARTICLES.has(w[0]!)) surnames.add(w[0]!);
      continue;
    }
    // First name: one word, or two when the first is عبد/أبو (the compound goes in as a two-word entry).
    const headLen = COMPOUND_HEAD.has(w[0]!) && w.length >= 3 ? 2 : 1;
    const first = w.slice(0, headLen).join(' ');
    if (!PARTICLES.has(first)) firstNames.add(first);
    // Surname: the last word, or the last two after عبد/أبو (عبد العزيز, not العزيز).
    const tailLen = w.length >= 3 && COMPOUND_HEAD.has(w[w.length - 2]!) ? 2 : 1;
    const last = w.slice(w.length - tailLen).join(' ');
    if (!PARTICLES.has(last) && w.length - tailLen >= headLen) surnames.add(last);
  }
}
// Name parts rasd romanizes (data/kb/name-parts.json) are Arabic given names and family-name words.
const nameParts = JSON.parse(readFileSync(new URL('name-parts.json', KB), 'utf8')) as { parts: Record<string, string> };
for (const part of Object.keys(nameParts.parts)) if (!PARTICLES.has(part) && !part.includes(' ')) firstNames.add(part);

const organizations = new Set<string>();
for (const rec of jsonlIn('organizations')) for (const name of (rec.ar as string[] | undefined) ?? []) if (words(name).length) organizations.add(words(name).join(' '));

const stopnames = new Set(
  readFileSync(new URL('place-stopnames.txt', KB), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => normalize(l.trim())),
);
const places = new Set<string>();
for (const file of ['places.jsonl', 'place-additions.jsonl'])
  for (const rec of readJsonl(new URL(file, KB))) for (const name of (rec.ar as string[] | undefined) ?? []) if (!stopnames.has(normalize(name))) places.add(words(name).join(' '));

const countries = new Set<string>();
const demonyms = new Set<string>();
for (const file of ['countries.json', 'country-additions.json']) {
  let recs: unknown;
  try {
    recs = JSON.parse(readFileSync(new URL(file, KB), 'utf8'));
  } catch {
    continue;
  }
  for (const rec of (Array.isArray(recs) ? recs : []) as Array<{ ar?: string[]; demonyms?: string[] }>) {
    for (const n of rec.ar ?? []) countries.add(words(n).join(' '));
    for (const d of rec.demonyms ?? []) if (words(d).length === 1) demonyms.add(d);
  }
}

// Titles that the KB writes into some names (الملك عبد الله) are triggers, not names; demonyms (المصري) have their own list.
const hand = JSON.parse(readFileSync(new URL('../data/ner/lexicon.json', import.meta.url), 'utf8')) as { triggers: Record<string, string[]> };
const notNames = new Set([...Object.values(hand.triggers).flat(), ...demonyms, 'الله'].map((w) => normalize(w)));
for (const set of [firstNames, surnames]) for (const n of [...set]) if (notNames.has(normalize(n))) set.delete(n);

// A word that is both a given name and a frequent surname part stays in both lists; the tagger weighs them.
const sorted = (s: Set<string>) => [...s].sort();
const out = {
  _comment:
    'Generated by scripts/build-ner-gazetteer.ts from rasd\'s knowledge base (data/kb/): NER lexicon features. Do not edit by hand; rebuild after changing the KB.',
  kbFirstNames: sorted(firstNames),
  kbSurnames: sorted(surnames),
  kbPeople: sorted(people),
  kbOrganizations: sorted(organizations),
  kbPlaces: sorted(places),
  kbCountries: sorted(countries),
  demonyms: sorted(demonyms),
};
const only = process.argv.includes('--only') ? new Set((process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean)) : null;
if (only) {
  const unknown = [...only].filter((k) => !(k in out) || k === '_comment');
  if (unknown.length) throw new Error(`--only: no list ${unknown.join(', ')}`);
  const old = JSON.parse(readFileSync(COMMITTED, 'utf8')) as Record<string, unknown>;
  for (const k of Object.keys(out) as Array<keyof typeof out>) if (k !== '_comment' && !only.has(k)) (out as Record<string, unknown>)[k] = old[k];
}
writeFileSync(OUT, JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(Object.entries(out).map(([k, v]) => `${k} ${Array.isArray(v) ? v.length : ''}`).join(', '));
