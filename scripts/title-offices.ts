/**
 * The office-title heads and the country-word table that the title-gap scripts (title-gaps.ts over analyzed corpus
 * articles, title-gaps-store.ts over a store) both count by: their own patterns, not rasd's title table, so that the
 * count measures rasd instead of repeating it.
 */
import { readFileSync } from 'node:fs';
import { normalize } from '../src/text/normalize.ts';

/** [office, alternatives of its head words] for the offices both scripts count; each script adds its own. */
export const CORE_OFFICES: readonly [string, string][] = [
  ['president', 'الرئيس|رئيس|الرئيسة|رئيسة'],
  ['prime minister', 'رئيس الوزراء|رئيس الحكومة|رئيسة الوزراء|رئيسة الحكومة|رئيس وزراء|رئيس حكومة|رئيسة وزراء|رئيسة حكومة'],
  ['king', 'الملك|العاهل|ملك|عاهل'],
  ['crown prince', 'ولي العهد|ولي عهد'],
  ['emir', 'أمير'],
  ['foreign minister', 'وزير الخارجية|وزيرة الخارجية|وزير خارجية|وزيرة خارجية'],
  ['defence minister', 'وزير الدفاع|وزيرة الدفاع|وزير دفاع|وزيرة دفاع'],
  ['interior minister', 'وزير الداخلية|وزيرة الداخلية|وزير داخلية|وزيرة داخلية'],
  ['finance minister', 'وزير المالية|وزيرة المالية|وزير مالية|وزير الخزانة'],
  ['vice president', 'نائب الرئيس|نائبة الرئيس|نائب رئيس'],
  ['chief of staff', 'رئيس الأركان|رئيس هيئة الأركان|رئيس أركان'],
];

/** Normalized country name or demonym (data/kb/countries.json) → ISO3; the first country listing a word keeps it. */
export function countryByWord(): Map<string, string> {
  const countries = JSON.parse(readFileSync(new URL('../data/kb/countries.json', import.meta.url), 'utf8')) as { iso3: string; ar: string[]; demonyms: string[] }[];
  const byWord = new Map<string, string>();
  for (const c of countries) for (const w of [...c.ar, ...c.demonyms]) if (!byWord.has(normalize(w))) byWord.set(normalize(w), c.iso3);
  return byWord;
}

/** The office whose alternatives match a head word exactly ('?' when none). */
export function officeOf(offices: readonly [string, string][], head: string): string {
  return offices.find((o) => new RegExp(`^(?:${o[1]})$`, 'u').test(head))?.[0] ?? '?';
}
