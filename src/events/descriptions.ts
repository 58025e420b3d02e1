/**
 * Actors from descriptions (data/events/descriptions.json): sides a text gives by what they are rather than by name.
 * Two things are compiled here and joined to the compiled event lexicon:
 * - the demonym forms of every country of the knowledge base with its accusative singular (إسرائيليا، أفغانيا), which
 *   the knowledge base does not list, and the group nouns that name a side by themselves (حوثيون، مستوطنون): both
 *   as lexicon actor names, so the stage finds them where the entity layer found nothing;
 * - the person and force nouns (جندي، شرطي، محكمة، مسلح ...) with the CAMEO actor-type suffix they give the state whose
 *   demonym follows them (جنود أتراك → TURMIL, شرطي مصري → EGYCOP), with every demonym form by country, for the stage's
 *   noun + adjective pass.
 * Pure: the loader (src/resources/load.ts) reads the file and passes the countries.
 */
import { normalize } from '../text/normalize.ts';
import type { ActorNameData, CompiledActorName, CompiledLexicon } from './lexicon.ts';

export interface DescriptionData {
  heads: Array<{ suffix: string; forms: string[] }>;
  groups: ActorNameData[];
  accusativeExceptions?: string[];
}

/** What a country of the knowledge base gives: its code, names and demonym forms. */
export interface DescriptionCountry {
  iso3: string;
  readonly ar: readonly string[];
  readonly demonyms: readonly string[];
}

export interface CompiledDescriptions {
  /** Head noun (normalized words, no article or clitic) → its actor-type suffix; keyed by the first word. */
  heads: Map<string, Array<{ words: string[]; suffix: string }>>;
  /** Normalized demonym form (with or without the article) → country code. */
  demonyms: Map<string, string>;
}

const n = (s: string) => normalize(s).replace(/\s+/g, ' ').trim();

/**
 * The accusative singular of each indefinite masculine demonym (إسرائيلي → إسرائيليا) that is no name of a country or
 * place (تركيا، روسيا، سوريا، كينيا are countries) and no listed exception.
 */
export function accusativeDemonyms(countries: readonly DescriptionCountry[], names: Set<string>, exceptions: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of countries) {
    const forms = new Set(c.demonyms.map(n));
    for (const f of forms) {
      if (f.includes(' ') || f.startsWith('ال') || !f.endsWith('ي') || !forms.has(f + 'ه') && !forms.has(f.slice(0, -1) + 'يه') && !forms.has(f + 'ة')) continue;
      const acc = f + 'ا';
      if (names.has(acc) || exceptions.has(acc) || forms.has(acc)) continue;
      out.set(acc, c.iso3);
    }
  }
  return out;
}

/**
 * Joins the descriptions to a compiled lexicon: accusative demonyms and group nouns become actor names (after the
 * lexicon's own, which win on the same words), and the heads and demonym table are set on `descriptions`.
 */
export function addDescriptions(lex: CompiledLexicon, data: DescriptionData, countries: readonly DescriptionCountry[], placeNames: Iterable<string> = []): CompiledLexicon {
  const names = new Set<string>();
  for (const c of countries) for (const a of c.ar) names.add(n(a));
  for (const p of placeNames) names.add(n(p));
  const demonyms = new Map<string, string>();
  for (const c of countries) for (const d of c.demonyms) if (!demonyms.has(n(d))) demonyms.set(n(d), c.iso3);
  const accusative = accusativeDemonyms(countries, names, new Set((data.accusativeExceptions ?? []).map(n)));
  // Broken-plural demonyms the knowledge base lacks (أفغان، صرب) are demonyms for the noun + adjective pass too.
  for (const g of data.groups) if (g.kind === 'demonym' && g.country) for (const name of g.names) if (!demonyms.has(n(name))) demonyms.set(n(name), g.country);
  const specs: ActorNameData[] = [...data.groups];
  const byCountry = new Map<string, string[]>();
  for (const [form, iso3] of accusative) {
    if (!demonyms.has(form)) demonyms.set(form, iso3);
    const list = byCountry.get(iso3) ?? [];
    list.push(form);
    byCountry.set(iso3, list);
  }
  for (const [iso3, forms] of byCountry) specs.push({ names: forms, kind: 'demonym', country: iso3 });
  specs.forEach((spec, i) => {
    for (const name of spec.names) {
      const words = name.split(/\s+/).map(n);
      const list = lex.actorNames.get(words[0]!) ?? [];
      // The lexicon's own names come first; a form it already has is not added again.
      if (list.some((c) => c.words.join(' ') === words.join(' '))) continue;
      list.push({ words, spec, key: `d${i}` } satisfies CompiledActorName);
      list.sort((a, b) => b.words.length - a.words.length);
      lex.actorNames.set(words[0]!, list);
    }
  });
  const heads = new Map<string, Array<{ words: string[]; suffix: string }>>();
  for (const h of data.heads) {
    for (const f of h.forms) {
      const words = n(f).split(' ');
      const list = heads.get(words[0]!) ?? [];
      list.push({ words, suffix: h.suffix });
      list.sort((a, b) => b.words.length - a.words.length);
      heads.set(words[0]!, list);
    }
  }
  lex.descriptions = { heads, demonyms };
  return lex;
}
