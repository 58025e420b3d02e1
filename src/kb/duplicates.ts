/**
 * Finds knowledge-base records that describe the same body under two ids:
 * two people (or two organizations) with the same English name, or sharing a
 * full Arabic name (a name of two words or more, or a record's canonical
 * name). Case, accents and Arabic spelling variants (normalize()) are folded.
 * One-word names other than the canonical one (surnames such as الأسد,
 * acronyms) may be shared. Used by the KB tests: entities must be one per
 * real-world body across articles.
 */
import { normalize } from '../text/normalize.ts';

export interface NamedRecord {
  id: string;
  type: string;
  nameEn: string;
  ar: readonly string[];
}

export interface Duplicate {
  ids: [string, string];
  /** The English or Arabic name the two records share. */
  name: string;
}

/** English name folded: case, accents, hyphens and spacing ("Agence France-Presse" = "agence france presse"). */
export function foldEnglish(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-‐\s]+/g, ' ').trim();
}

export function findDuplicates(records: readonly NamedRecord[]): Duplicate[] {
  const out: Duplicate[] = [];
  const seen = new Map<string, string>();
  const reported = new Set<string>();
  const note = (key: string, id: string, name: string) => {
    const other = seen.get(key);
    if (other === undefined) seen.set(key, id);
    else if (other !== id) {
      const pair = [other, id].sort().join(' ');
      if (!reported.has(pair)) {
        reported.add(pair);
        out.push({ ids: [other, id], name });
      }
    }
  };
  for (const r of records) {
    note(`${r.type}|en|${foldEnglish(r.nameEn)}`, r.id, r.nameEn);
    r.ar.forEach((a, i) => {
      const key = normalize(a).replace(/\s+/g, ' ').trim();
      if (key && (i === 0 || key.includes(' '))) note(`${r.type}|ar|${key}`, r.id, a);
    });
  }
  return out;
}
