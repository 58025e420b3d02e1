/**
 * English names for organizations the KB does not know, from the pieces the
 * resolver's org pattern found (see docs/knowledge-base.md, "Unknown
 * organizations"): a head noun (وزارة → Ministry), the words after it
 * (translated by the word table, else romanized), a foreign name, and the
 * country of a demonym or country name.
 */
import type { OrgHeadDef } from '../kb/orgs.ts';

export interface OrgPart {
  /** English of the word (or of a foreign name). */
  en: string;
  /** An adjective: in English it comes before the noun it follows. */
  adj: boolean;
  /** A foreign or proper name (هيومن رايتس ووتش, a place). */
  name: boolean;
}

/**
 * Arabic order noun-adjective(s), noun-adjective(s) … becomes English
 * adjectives-noun, with later nouns (genitives) first: الأمن القومي →
 * National Security, الوسط الديمقراطي → Democratic Center.
 */
export function englishOfParts(parts: readonly OrgPart[]): string {
  const groups: string[][] = [];
  for (const p of parts) {
    if (p.adj && groups.length) groups[groups.length - 1]!.unshift(p.en);
    else groups.push([p.en]);
  }
  return groups.reverse().map((g) => g.join(' ')).join(' ');
}

/**
 * The English name: head adjectives (النيابة العامة → Public Prosecution),
 * the head in its form ('of': Ministry of Health; 'pre': National Security
 * Council), a country adjective before it (Croatian Police). A head that takes
 * a bare foreign name (صحيفة ديلي ميل) is named by that name alone.
 */
export function orgNameEn(head: OrgHeadDef, headAdjs: readonly string[], parts: readonly OrgPart[], countryAdj: string | null): string {
  if (head.bare && parts.length > 0 && parts.every((p) => p.name)) return englishOfParts(parts);
  const rest = englishOfParts(parts);
  const adjs = [...headAdjs].reverse().join(' ');
  const core = head.form === 'of' && rest
    ? [adjs, head.en, 'of', rest].filter(Boolean).join(' ')
    : [rest, adjs, head.en].filter(Boolean).join(' ');
  return countryAdj ? `${countryAdj} ${core}` : core;
}

/** The English adjective for a country in an organization's name: the demonym unless it is a noun (New Zealander → New Zealand). */
export function countryAdjective(demonymEn: string | undefined, nameEn: string): string {
  if (!demonymEn || /er$/.test(demonymEn)) return nameEn;
  return demonymEn;
}
