/**
 * Builds data/kb/countries.json from the npm packages world-countries (codes,
 * English names, capitals, coordinates, Arabic translation; ODbL),
 * i18n-iso-countries (Arabic names; MIT) and Node's Intl.DisplayNames (ICU),
 * plus rasd's own additions in data/kb/country-additions.json (variants,
 * demonym stems, broken plurals). Every demonym form is generated here from
 * its stem, so the additions stay short.
 *
 *   npx tsx scripts/build-kb-countries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CountryRecord } from '../src/kb/types.ts';
import { normalize } from '../src/text/normalize.ts';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  latlng: [number, number];
  region: string;
  subregion: string;
  independent: boolean | null;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m?: string; f?: string }>;
}

interface Additions {
  drop: string[];
  countries: Record<string, { nameEn?: string; ar?: string[]; demonym?: string[]; plural?: string[]; demonymEn?: string; latlng?: [number, number] }>;
}

const ARTICLE = 'ال';

/** All inflected forms of one demonym word ending in ي (nisba): gender, number, dual, with and without the article. */
function nisbaForms(word: string): string[] {
  const stems = [word, word + 'ة', word + 'ون', word + 'ين', word + 'ات', word + 'ان', word + 'تان', word + 'تين'];
  return stems;
}

/** Demonym forms of a stem of one or more words ("روسي", "كوري جنوبي", "جنوب أفريقي"). */
export function demonymForms(stem: string): string[] {
  const words = stem.split(' ');
  const inflectable = words.map((w) => w.endsWith('ي'));
  const perWord = words.map((w, i) => (inflectable[i] ? nisbaForms(w) : null));
  const out: string[] = [];
  for (let k = 0; k < 8; k++) {
    const bare = words.map((w, i) => perWord[i]?.[k] ?? w);
    out.push(bare.join(' '));
    // The article goes on every adjective, and on a leading noun only when all words are adjectives.
    if (inflectable.every(Boolean)) out.push(bare.map((w) => ARTICLE + w).join(' '));
    else {
      out.push(bare.map((w, i) => (inflectable[i] && i > 0 ? ARTICLE + w : w)).join(' '));
      // News also puts the article on the leading noun alone: الجنوب أفريقي، الجنوب سودانية.
      if (!inflectable[0] && inflectable.slice(1).every(Boolean)) out.push(bare.map((w, i) => (i === 0 ? ARTICLE + w : w)).join(' '));
    }
  }
  return out;
}

/** Nisba derived from a country's Arabic name where the additions give none: سوريا → سوري. */
function deriveNisba(name: string): string | null {
  if (name.includes(' ')) return null;
  let s = name.startsWith(ARTICLE) ? name.slice(2) : name;
  if (s.endsWith('يا')) s = s.slice(0, -2) + 'ي';
  else if (s.endsWith('ا') || s.endsWith('ة') || s.endsWith('و')) s = s.slice(0, -1) + 'ي';
  else if (!s.endsWith('ي')) s = s + 'ي';
  return normalize(s).length >= 4 ? s : null;
}

function main(): void {
  const world = require('world-countries') as WorldCountry[];
  const isoCountries = require('i18n-iso-countries');
  isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  const display = new Intl.DisplayNames(['ar'], { type: 'region' });
  const additions = JSON.parse(readFileSync(`${ROOT}data/kb/country-additions.json`, 'utf8')) as Additions;
  const drop = new Set(additions.drop);
  const out: CountryRecord[] = [];
  const demonymOwner = new Map<string, string>();
  const clash = new Set<string>();
  for (const c of world) {
    const add = additions.countries[c.cca3] ?? {};
    const names: string[] = [];
    const push = (n: string | undefined | null) => {
      if (!n) return;
      const clean = n.replace(/\s+/g, ' ').trim();
      // Names with brackets or dashes are ICU's descriptive forms, not what news writes.
      if (!clean || /[()\-–]/.test(clean) || drop.has(clean)) return;
      if (!names.some((x) => normalize(x) === normalize(clean))) names.push(clean);
    };
    push(c.translations.ara?.common);
    for (const n of (isoCountries.getName(c.cca2, 'ar', { select: 'all' }) as string[] | undefined) ?? []) push(n);
    push(display.of(c.cca2));
    for (const n of add.ar ?? []) push(n);
    push(c.translations.ara?.official);
    if (names.length === 0) continue;
    const stems = add.demonym ?? (c.independent ? [deriveNisba(names[0]!)].filter((x): x is string => !!x) : []);
    const demonyms = new Set<string>();
    for (const s of stems) for (const f of demonymForms(s)) demonyms.add(f);
    for (const p of add.plural ?? []) {
      demonyms.add(p);
      if (!p.startsWith(ARTICLE)) demonyms.add(ARTICLE + p);
    }
    for (const d of demonyms) {
      const key = normalize(d);
      const owner = demonymOwner.get(key);
      if (owner && owner !== c.cca3) clash.add(key);
      demonymOwner.set(key, c.cca3);
    }
    out.push({
      id: `cty:${c.cca3}`,
      iso3: c.cca3,
      iso2: c.cca2,
      nameEn: add.nameEn ?? c.name.common,
      nameEnOfficial: c.name.official,
      ar: names,
      demonyms: [...demonyms],
      // English adjective for titles without a KB holder ("French ambassador").
      demonymEn: add.demonymEn ?? c.demonyms?.eng?.m ?? (add.nameEn ?? c.name.common),
      capital: c.capital?.[0] ? { nameEn: c.capital[0], placeId: null } : null,
      // The package's point for a few countries lies outside them (Kuwait's in Saudi Arabia, Israel's in the West
      // Bank): `latlng` in the additions moves it inside.
      lat: (add.latlng ?? c.latlng)[0],
      lon: (add.latlng ?? c.latlng)[1],
      region: c.region,
      subregion: c.subregion,
      independent: !!c.independent,
    });
  }
  // A form two countries share (كونغولي) names neither.
  for (const c of out) c.demonyms = c.demonyms.filter((d) => !clash.has(normalize(d)));
  out.sort((a, b) => a.iso3.localeCompare(b.iso3));
  writeFileSync(`${ROOT}data/kb/countries.json`, JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`countries.json: ${out.length} countries, ${out.reduce((n, c) => n + c.demonyms.length, 0)} demonym forms, ${clash.size} shared forms dropped`);
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) main();
