/**
 * Heads that name an area by its place (data/kb/org-heads.json `place`): a battle front (جبهة مقبنة), a district
 * seat (مركز كتاف، مركز مديرية موزع), an electoral district (دائرة كسروان), a district (مديرية الدريهمي). An
 * indefinite head of that kind followed by a KB place and nothing of a body's name after it is the place (matched
 * on its own), not an unknown organization (docs/knowledge-base.md, resolve10). A body named after a place goes on
 * with a prepositional phrase (مركز القدس للدراسات) and stays an organization.
 */
import type { Doc } from '../core/document.ts';

export interface PlaceHeadDeps {
  /** The normalized word at token j. */
  tn: (doc: Doc, j: number) => string;
  /** Is the normalized word (indefinite, a one-letter conjunction allowed) a head marked `place`? */
  placeHead: (key: string) => boolean;
  /** The KB name match at token j: its end token and whether it names a place other than a country. */
  placeAt: (doc: Doc, j: number) => { tokenEnd: number } | null;
  /** Does the table of organization-name words know the normalized word or phrase (الدراسات، حقوق الإنسان)? */
  bodyWord: (key: string) => boolean;
}

/** Token j is ل + a word (للدراسات، لحقوق الإنسان): by the segmenter, or ل + a word of the organization table. */
function lamJoined(doc: Doc, j: number, deps: PlaceHeadDeps): boolean {
  const t = deps.tn(doc, j);
  if (!t.startsWith('ل')) return false;
  if (doc.segment(j).proclitics.includes('ل')) return true;
  const rest = t.slice(1);
  const after = j + 1 < doc.tokens.length ? ` ${deps.tn(doc, j + 1)}` : '';
  return deps.bodyWord(rest) || deps.bodyWord(`ال${rest}`) || (!!after && deps.bodyWord(rest + after));
}


/** Is the indefinite area head at token i (the caller checked it) followed by a place that ends the phrase (an area, not a body)? */
export function placeByHead(doc: Doc, i: number, deps: PlaceHeadDeps): boolean {
  const { tn, placeHead, placeAt } = deps;
  let at = i + 1;
  let m = at < doc.tokens.length ? placeAt(doc, at) : null;
  // A chain of area heads (مركز مديرية موزع): the place after the second.
  if (!m && at + 1 < doc.tokens.length && placeHead(tn(doc, at))) m = placeAt(doc, ++at);
  if (!m) return false;
  const next = doc.tokens[m.tokenEnd];
  // A word joined to the preposition ل (للدراسات، لحقوق الإنسان): a body's name goes on.
  // So does a word of the organization table after the place (مركز دمشق الإسلامي).
  if (next && next.kind === 'arabic' && doc.text.slice(doc.tokens[m.tokenEnd - 1]!.end, next.start).trim() === '' && (lamJoined(doc, m.tokenEnd, deps) || deps.bodyWord(deps.tn(doc, m.tokenEnd)))) return false;
  return true;
}

/** Compass adjectives: a KB place named by a noun and one of them (الضاحية الجنوبية) is a description, too. */
const COMPASS = /^ال(?:جنوبي|شمالي|شرقي|غربي)[ةه]?$/;

export interface PartOfDeps {
  /** The normalized word at token j. */
  tn: (doc: Doc, j: number) => string;
  /** The KB places (not countries, nor demonyms) the name at token j (as written, or after ل) names, by country; null when none. */
  placeCountriesAt: (doc: Doc, j: number) => readonly string[] | null;
  /** Does the name at token j name a country (للولايات المتحدة)? */
  countryAt: (doc: Doc, j: number) => string | null;
}

/**
 * Is a KB place named by a description (الضاحية الجنوبية: Beirut's Dahieh) here the part of another place the text
 * names right after it, in another country (الضاحية الجنوبية من القدس، الضاحية الجنوبية لدمشق)?
 */
export function partOfOtherPlace(doc: Doc, tokenStart: number, tokenEnd: number, country: string | null, deps: PartOfDeps): boolean {
  if (tokenEnd - tokenStart !== 2 || !COMPASS.test(deps.tn(doc, tokenEnd - 1)) || !deps.tn(doc, tokenStart).startsWith('ال') || tokenEnd >= doc.tokens.length) return false;
  const next = deps.tn(doc, tokenEnd);
  const at = next === 'من' || next === 'في' ? tokenEnd + 1 : tokenEnd;
  if (at >= doc.tokens.length) return false;
  // لبيروت: the preposition ل joined to the place (the KB's own longer name, الضاحية الجنوبية لبيروت, matched first).
  if (at === tokenEnd && !next.startsWith('ل')) return false;
  // After من a country is mostly where a place was taken from (احتلت القدس الشرقية من الأردن): only a place counts.
  const countries = deps.placeCountriesAt(doc, at) ?? (at === tokenEnd && deps.countryAt(doc, at) ? [deps.countryAt(doc, at)!] : null);
  return !!countries && countries.length > 0 && !countries.includes(country ?? '');
}
