/**
 * Named things that are no person, organization or place (data/kb/concepts.json): faiths, holidays, wars,
 * tournaments, prizes, treaties, operations, agents, and weapon models written as a letter code and a number.
 * The recognizer tags them MISC; without this table each got a romanized English name ("Moundayal") and one id per
 * spelling, so an analyst saw المونديال and مونديال as two things called by no English name. No Node-only imports.
 */
import { normalize } from '../text/normalize.ts';
import { letterName } from './romanize.ts';

export interface ConceptRecord {
  id: string;
  en: string;
  ar: string[];
  /** The English name of one edition, `{year}` standing for the year written after the name (2018 FIFA World Cup). */
  withYear?: string;
}

export interface ConceptData {
  concepts: ConceptRecord[];
  /** Model names written before a number (سو → Su: سو-35 is Su-35); Latin letters spelled out (إس، إف) need no entry. */
  codePrefixes?: Record<string, string>;
}

export interface Concept {
  id: string;
  en: string;
}

export interface ConceptIndex {
  /** The named thing a recognizer span is, or null. */
  lookup(span: string): Concept | null;
}

/** A year written after a name: four digits from 1900 to 2099. */
const YEAR = /^(.*\S)\s+((?:19|20)\d\d)$/;
/** A model code: Arabic letters, then a number after a hyphen, a space or nothing (إس-400، إف 16، سو35). */
/** What a name may carry before it (article, one-letter proclitics), tried longest first. */
const NAME_PREFIXES = ['لل', 'وال', 'بال', 'فال', 'كال', 'ال', 'و', 'ب', 'ل', 'ف'] as const;

const CODE = /^([\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?)\s*[-–]?\s*(\d+)$/;

export function createConceptIndex(data: ConceptData): ConceptIndex {
  const byName = new Map<string, ConceptRecord>();
  for (const c of data.concepts) for (const ar of c.ar) byName.set(key(ar), c);
  const prefixes = new Map<string, string>();
  for (const [ar, en] of Object.entries(data.codePrefixes ?? {})) prefixes.set(key(ar), en);

  /** A name as written, or without its article or a one-letter proclitic (للمونديال، والإسلام، بمونديال). */
  const find = (k: string): ConceptRecord | undefined => {
    const hit = byName.get(k);
    if (hit) return hit;
    for (const p of NAME_PREFIXES) {
      if (!k.startsWith(p) || k.length - p.length < 3) continue;
      const rest = k.slice(p.length);
      const found = byName.get(rest) ?? byName.get('ال' + rest);
      if (found) return found;
    }
    return undefined;
  };

  const code = (k: string): Concept | null => {
    const m = CODE.exec(k);
    if (!m) return null;
    const letters = m[1]!;
    // A model name of the table (سو، ميغ، سام) before any number of up to three digits; spelled Latin letters (إس S,
    // إف F, "إيه آر" AR) only before two or three: a letter and one digit is more often a name of another kind (F1 the
    // races, G7 the group, K2 the mountain), and four digits a flight or a serial.
    const model = prefixes.get(letters);
    const names = letters.split(' ').map((w) => letterName(w));
    const spelled = names.every(Boolean) ? names.join('') : undefined;
    const latin = m[2]!.length <= 3 && (model ?? (m[2]!.length >= 2 ? spelled : undefined));
    if (!latin) return null;
    const en = `${latin}-${m[2]}`;
    return { id: `misc:model:${en.toLowerCase()}`, en };
  };

  return {
    lookup(span: string): Concept | null {
      const k = key(span);
      if (!k) return null;
      const c = find(k);
      if (c) return { id: c.id, en: c.en };
      const y = YEAR.exec(k);
      if (y) {
        const base = find(y[1]!);
        if (base?.withYear) return { id: `${base.id}-${y[2]}`, en: base.withYear.replace('{year}', y[2]!) };
      }
      return code(k);
    },
  };
}

function key(s: string): string {
  return normalize(s).replace(/\s+/g, ' ').trim();
}
