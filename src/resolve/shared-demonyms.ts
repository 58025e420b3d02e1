/**
 * Demonyms two countries share (data/kb/resolver-words.json `sharedDemonyms`: الكونغولي is Congolese of DR Congo and
 * of the Republic of the Congo). The KB gives such a demonym to one country; a title with it (الرئيس الكونغولي)
 * should name that country's holder only when the article is about it. The article decides: the country whose own
 * names or capital it writes (جمهورية الكونغو، برازافيل; كينشاسا، الكونغو الديمقراطية), when exactly one of them;
 * otherwise the demonym is ambiguous and the title names no holder by it (docs/knowledge-base.md, resolve15).
 */
import type { KnowledgeBase } from '../kb/index.ts';
import { normalize } from '../text/normalize.ts';
import { RESOLVER_WORDS } from './words.ts';

/** ISO code → every country sharing its demonyms (itself included), from the data file. */
const SHARED_DEMONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const line of RESOLVER_WORDS.sharedDemonyms) {
    const isos = line.trim().split(/\s+/);
    if (isos.length < 2 || isos.some((x) => !/^[A-Z]{3}$/.test(x))) throw new Error(`kb/resolver-words.json sharedDemonyms: "${line}" is not ISO codes`);
    m.set(isos[0]!, isos);
  }
  return m;
})();

/** The countries sharing the demonyms of iso, or null when it shares none. */
export function sharedWith(iso: string): readonly string[] | null {
  return SHARED_DEMONYMS.get(iso) ?? null;
}

/**
 * Which of the countries sharing iso's demonym the text is about: { iso } when exactly one is named by its own
 * names or capital, { iso, ambiguous: true } (iso as the KB gives it) when none or several are. A name inside a
 * longer name of another of them does not count (جمهورية الكونغو inside جمهورية الكونغو الديمقراطية).
 */
export function demonymCountry(kb: KnowledgeBase, text: string, iso: string): { iso: string; ambiguous: boolean } {
  const group = sharedWith(iso);
  if (!group) return { iso, ambiguous: false };
  const norm = normalize(text);
  const hits: Array<{ iso: string; start: number; end: number }> = [];
  for (const c of group) {
    const rec = kb.country(c);
    const capital = rec?.capital?.placeId ? kb.byId(rec.capital.placeId)?.ar ?? [] : [];
    for (const name of new Set([...(rec?.ar ?? []), ...capital].map((n) => normalize(n)).filter((n) => n.length >= 3))) {
      for (let at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
        const before = norm[at - 1] ?? ' ';
        const after = norm[at + name.length] ?? ' ';
        // Whole words only (with the prefixes و، ب، ل، ف before them).
        if (/[\u0621-\u064a]/.test(after) || (/[\u0621-\u064a]/.test(before) && !/^[وبلف]$/.test(before))) continue;
        hits.push({ iso: c, start: at, end: at + name.length });
      }
    }
  }
  const named = new Set(hits.filter((h) => !hits.some((o) => o.iso !== h.iso && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)).map((h) => h.iso));
  return named.size === 1 ? { iso: [...named][0]!, ambiguous: false } : { iso, ambiguous: true };
}
