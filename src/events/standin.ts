/**
 * A stand-in for the entity layer, for evaluating and testing the event stage
 * before knowledge-base resolution (resolve.v1) is merged: it finds country
 * names, capitals, demonyms and a few well-known leaders and bodies listed in
 * data/events/standin-actors.json and makes one entity per country or body.
 * It is NOT entity resolution: no people are told apart, no titles resolved.
 * `rasd eval events` labels every figure computed with it as stand-in.
 */
import type { Entity, EntityType, MentionKind } from '../core/analysis.ts';
import type { Doc } from '../core/document.ts';

export interface SurfaceSpec {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string | null;
  country: string | null;
  actor?: string | null;
  /** Surface strings, matched on word boundaries after one-letter proclitics, longest first. */
  surfaces: Array<string | { text: string; kind: MentionKind }>;
}

const PROCLITIC_RE = /^[وف]?[بلك]?$/;

/**
 * Entities whose mentions are every occurrence of their surfaces in the text,
 * on word boundaries (a one-letter proclitic and the article of "لل" may stand
 * before), longest surfaces first, never overlapping.
 */
export function entitiesFromSurfaces(text: string, specs: SurfaceSpec[]): Entity[] {
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const all = specs.flatMap((spec) =>
    spec.surfaces.flatMap((sf) => {
      const surface = typeof sf === 'string' ? sf : sf.text;
      const kind = (typeof sf === 'string' ? 'name' : sf.kind) as MentionKind;
      // After the preposition ل the article loses its alef: للأمم → ل + لأمم.
      const variants = [{ spec, text: surface, kind, afterLam: false }];
      if (surface.startsWith('ال')) variants.push({ spec, text: 'ل' + surface.slice(2), kind, afterLam: true });
      return variants;
    }),
  );
  all.sort((a, b) => b.text.length - a.text.length);
  const mentions = new Map<string, Entity['mentions']>();
  for (const { spec, text: surface, kind, afterLam } of all) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(surface, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + surface.length;
      let wordStart = at;
      while (wordStart > 0 && /[\u0600-\u06FF]/.test(text[wordStart - 1]!)) wordStart--;
      const prefix = text.slice(wordStart, at);
      if (afterLam ? !/^[وف]?ل$/.test(prefix) : !PROCLITIC_RE.test(prefix) || prefix.endsWith('ال') || prefix.endsWith('لل')) continue;
      if (end < text.length && /[\u0621-\u064A]/.test(text[end]!)) continue;
      if (overlaps(at, end)) continue;
      taken.push([at, end]);
      const list = mentions.get(spec.id) ?? [];
      list.push({ start: at, end, text: surface, kind });
      mentions.set(spec.id, list);
    }
  }
  return specs
    .filter((s) => mentions.has(s.id))
    .map((s) => ({
      id: s.id,
      type: s.type,
      name: s.name,
      nameEn: s.nameEn ?? null,
      kbId: null,
      country: s.country,
      actor: s.actor ?? null,
      mentions: mentions.get(s.id)!.sort((a, b) => a.start - b.start),
    }));
}

export interface StandinActorData {
  actors: Array<{ code: string; type: EntityType; nameEn: string; country: string | null; names: string[]; demonyms?: string[] }>;
}

/** Demonym forms from a stem: روسي → روسي، الروسي، روسية، الروسية، روسيين، الروس ... */
export function demonymForms(stem: string, plurals: string[] = []): string[] {
  const base = stem.endsWith('ي') ? stem : stem + 'ي';
  const forms = [base, base + 'ة', base + 'ان', base + 'ين', base + 'ون', base + 'تين', base + 'تان', base + 'ا', ...plurals];
  return forms.flatMap((f) => [f, 'ال' + f]);
}

/** The stand-in country and body finder over a document. */
export function createStandinFinder(data: StandinActorData): (doc: Doc) => Entity[] {
  const specs: SurfaceSpec[] = data.actors.map((a, i) => ({
    id: `x${i + 1}`,
    type: a.type,
    name: a.names[0]!,
    nameEn: a.nameEn,
    country: a.country,
    actor: a.country === null || a.country === 'IGO' ? a.code : null,
    surfaces: [
      ...a.names,
      ...(a.demonyms ?? []).flatMap((d) => {
        const [stem, ...plurals] = d.split('|');
        return demonymForms(stem!, plurals).map((text) => ({ text, kind: 'demonym' as const }));
      }),
    ],
  }));
  return (doc: Doc) => entitiesFromSurfaces(doc.text, specs).map((e, i) => ({ ...e, id: `e${i + 1}` }));
}
