/**
 * Places: every LOC entity the knowledge base knows goes on the map. The
 * resolver has already chosen among places of the same name by the countries
 * the article names (Tripoli in Libya or in Lebanon), so this stage reads the
 * coordinates of the chosen record; a LOC entity the KB does not know is left
 * off rather than guessed.
 */
import type { Place } from '../core/analysis.ts';
import type { Stage } from '../core/stage.ts';
import type { KnowledgeBase } from '../kb/index.ts';

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
        else if (rec.countryRecord) out.push({ entity: e.id, lat: rec.countryRecord.lat, lon: rec.countryRecord.lon, country: rec.countryRecord.iso3, feature: 'country' });
      }
      return out;
    },
  };
}
