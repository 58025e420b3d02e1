/**
 * Reads the knowledge base from data/kb/ (Node): countries.json,
 * places.jsonl, every *.jsonl under people/ and organizations/ (files from
 * several authors; the same id in two files is merged), titles.json and
 * name-parts.json (and romanizer.json, the learned romanizer, when asked for: readKbData).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RasdError } from '../core/errors.ts';
import { KnowledgeBase, type KbData, type TitleLexicon } from '../kb/index.ts';
import type { OrgLexicon } from '../kb/orgs.ts';
import type { TranslitData } from '../kb/translit.ts';
import type { ConceptData } from '../kb/concepts.ts';
import type { CountryRecord, OrgRecord, PersonRecord, PlaceRecord } from '../kb/types.ts';

function readJsonLines<T>(path: string): T[] {
  const out: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('//')) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch (err) {
      throw new RasdError('RASD_E008', `bad JSON in ${path} line ${i + 1}: ${(err as Error).message}`);
    }
  }
  return out;
}

function readFolder<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    // Files of spelling variants (*-variants.jsonl) last: a merged record keeps its own first name as the canonical
    // one, not a variant (بوتن for Putin, فرانس24 for France 24).
    .sort((a, b) => Number(a.endsWith('-variants.jsonl')) - Number(b.endsWith('-variants.jsonl')) || (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((f) => readJsonLines<T>(join(dir, f)));
}

/**
 * The learned romanizer (romanizer.json) is read only when asked for: `learnedRomanizer`, else
 * RASD_ROMANIZER=learned in the environment. It spells more unknown names as English news does (52.5%
 * against 48.1% of Arab-world words, 37.3% against 32.1% of foreign ones, scripts/eval-romanize.ts) but
 * costs about 0.4 ms for each new word: ingesting the corpus took 20% more CPU (docs/benchmarks.md,
 * "Learned romanization"), for one more person right on the entity gold sets.
 */
export function readKbData(kbDir: string, opts: { learnedRomanizer?: boolean; nameVocab?: boolean } = {}): KbData {
  const learned = opts.learnedRomanizer ?? process.env.RASD_ROMANIZER === 'learned';
  try {
    const people = readFolder<PersonRecord>(join(kbDir, 'people')).filter((p) => p && p.id && Array.isArray(p.ar));
    for (const p of people) p.roles ??= [];
    return {
      countries: JSON.parse(readFileSync(join(kbDir, 'countries.json'), 'utf8')) as CountryRecord[],
      places: readJsonLines<PlaceRecord>(join(kbDir, 'places.jsonl')),
      people,
      organizations: readFolder<OrgRecord>(join(kbDir, 'organizations')).filter((o) => o && o.id && Array.isArray(o.ar)),
      titles: JSON.parse(readFileSync(join(kbDir, 'titles.json'), 'utf8')) as TitleLexicon,
      ...(() => {
        const np = JSON.parse(readFileSync(join(kbDir, 'name-parts.json'), 'utf8')) as { parts: Record<string, string>; foreign?: string[] };
        return { nameParts: np.parts, foreignParts: np.foreign ?? [] };
      })(),
      ...(existsSync(join(kbDir, 'name-spellings.json'))
        ? (() => {
            const ns = JSON.parse(readFileSync(join(kbDir, 'name-spellings.json'), 'utf8')) as { given?: Record<string, string>; family?: Record<string, string>; female?: string[] };
            return { nameSpellings: { ...ns.given, ...ns.family }, femaleNames: ns.female ?? [] };
          })()
        : {}),
      ...(existsSync(join(kbDir, 'western-names.json')) ? westernNames(join(kbDir, 'western-names.json')) : {}),
      ...(existsSync(join(kbDir, 'foreign-names.json')) ? foreignNames(join(kbDir, 'foreign-names.json')) : {}),
      ...(existsSync(join(kbDir, 'org-heads.json')) ? { orgHeads: JSON.parse(readFileSync(join(kbDir, 'org-heads.json'), 'utf8')) as OrgLexicon } : {}),
      ...(existsSync(join(kbDir, 'weak-names.json')) ? { weakNames: (JSON.parse(readFileSync(join(kbDir, 'weak-names.json'), 'utf8')) as { names: Record<string, string[]> }).names } : {}),
      ...(learned && existsSync(join(kbDir, 'romanizer.json')) ? { romanizer: JSON.parse(readFileSync(join(kbDir, 'romanizer.json'), 'utf8')) as TranslitData } : {}),
      // The name vocabulary serves the learned romanizer only (it needs the model's p(English | Arabic)), and only when
      // asked for (`nameVocab`, or RASD_NAME_VOCAB=1): read against corpus names, fewer than half of the words it
      // respells are then right (docs/knowledge-base.md, "Name vocabulary").
      ...(learned && (opts.nameVocab ?? process.env.RASD_NAME_VOCAB === '1') && existsSync(join(kbDir, 'name-vocab.json')) ? { nameVocab: (JSON.parse(readFileSync(join(kbDir, 'name-vocab.json'), 'utf8')) as { words: Array<[string, number]> }).words } : {}),
      ...(existsSync(join(kbDir, 'english-words.json'))
        ? (() => {
            const ew = JSON.parse(readFileSync(join(kbDir, 'english-words.json'), 'utf8')) as { words: Record<string, string>; arabicToo?: string[] };
            return { englishWords: ew.words, englishWordsArabicToo: ew.arabicToo ?? [] };
          })()
        : {}),
      ...(existsSync(join(kbDir, 'concepts.json')) ? { concepts: JSON.parse(readFileSync(join(kbDir, 'concepts.json'), 'utf8')) as ConceptData } : {}),
      ...(existsSync(join(kbDir, 'non-entities.json'))
        ? (() => {
            const ne = JSON.parse(readFileSync(join(kbDir, 'non-entities.json'), 'utf8')) as { words: string[]; things?: string[] };
            return { nonEntities: ne.words, nonEntityThings: ne.things ?? [] };
          })()
        : {}),
    };
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError('RASD_E008', `cannot read the knowledge base in ${kbDir}: ${(err as Error).message}`);
  }
}

export function loadKnowledgeBase(kbDir: string): KnowledgeBase {
  return new KnowledgeBase(readKbData(kbDir));
}

/** data/kb/western-names.json: `given` and `family` (Arabic → English), `arabicToo` (given names that do not make a name foreign). */
export function westernNames(path: string): { westernNames: Record<string, string>; westernArabicToo: string[] } {
  const { names, arabicToo } = givenFamilyTable(path, 'western-names.json');
  return { westernNames: names, westernArabicToo: arabicToo };
}

/**
 * data/kb/foreign-names.json (resolve22): foreign given names and family names or surname parts of every origin
 * (Arabic → English), `arabicToo` (words of either list that do not make a name foreign). Same shape as western-names.json.
 */
export function foreignNames(path: string): { foreignNames: Record<string, string>; foreignNamesArabicToo: string[] } {
  const { names, arabicToo } = givenFamilyTable(path, 'foreign-names.json');
  return { foreignNames: names, foreignNamesArabicToo: arabicToo };
}

function givenFamilyTable(path: string, file: string): { names: Record<string, string>; arabicToo: string[] } {
  const j = JSON.parse(readFileSync(path, 'utf8')) as { given?: unknown; family?: unknown; arabicToo?: unknown };
  const table = (v: unknown, key: string): Record<string, string> => {
    if (!v || typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string' || !/^[A-Z]/.test(x))) {
      throw new RasdError('RASD_E008', `kb/${file}: "${key}" must map Arabic names to capitalized English`);
    }
    return v as Record<string, string>;
  };
  const given = table(j.given, 'given');
  const family = table(j.family, 'family');
  const arabicToo = j.arabicToo ?? [];
  const listed = file === 'western-names.json' ? given : { ...family, ...given };
  if (!Array.isArray(arabicToo) || arabicToo.some((w) => typeof w !== 'string' || !(w in listed))) {
    throw new RasdError('RASD_E008', `kb/${file}: "arabicToo" must list words of "given"${file === 'western-names.json' ? '' : ' or "family"'}`);
  }
  return { names: { ...family, ...given }, arabicToo: arabicToo as string[] };
}
