/**
 * Places: every LOC entity the knowledge base knows goes on the map. The
 * resolver has already chosen among places of the same name by the countries
 * the article names (Tripoli in Libya or in Lebanon), so this stage reads the
 * coordinates of the chosen record; a LOC entity the KB does not know is left
 * off rather than guessed. A country named in the text by its capital
 * (واشنطن for the United States) is also placed at that capital: the text
 * names the city even when the resolver reads it as the state.
 */
import type { Place } from '../core/analysis.ts';
import type { Stage } from '../core/stage.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { normalize } from '../text/normalize.ts';

export function createPlacesStage(kb: KnowledgeBase): Stage<'places'> {
  return {
    id: 'places.v1',
    requires: ['entities'],
    assigns: 'places',
    run(_doc, layers) {
      const out: Place[] = [];
      for (const e of layers.entities ?? []) {
        if (e.type !== 'LOC' || !e.kbId) continue;
        const rec = kb.byId(e.kbId);
        if (!rec) continue;
        if (rec.place) out.push({ entity: e.id, lat: rec.place.lat, lon: rec.place.lon, country: rec.place.country, feature: rec.place.feature });
        else if (rec.countryRecord) {
          out.push({ entity: e.id, lat: rec.countryRecord.lat, lon: rec.countryRecord.lon, country: rec.countryRecord.iso3, feature: 'country' });
          const cap = rec.countryRecord.capital?.placeId ? kb.byId(rec.countryRecord.capital.placeId)?.place : undefined;
          if (!cap) continue;
          const capNames = new Set(cap.ar.map((n) => normalize(n)));
          // Only a name the capital and the country share (واشنطن), not the country's own name (الكويت is both).
          const countryOwn = normalize(rec.countryRecord.ar[0] ?? '');
          if (e.mentions.some((m) => m.kind === 'name' && capNames.has(normalize(m.text)) && normalize(m.text) !== countryOwn)) {
            out.push({ entity: e.id, lat: cap.lat, lon: cap.lon, country: cap.country, feature: cap.feature });
          }
        }
      }
      return out;
    },
  };
}
