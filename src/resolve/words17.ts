/**
 * (resolve17) Two small word lists of the resolver, each a data file of one-word Arabic nouns:
 * - data/resolve/local-body-units.json: the nouns of a place with its own local bodies (الشرطة في ولاية كاليفورنيا is
 *   California's police as الشرطة في كاليفورنيا is; localBodies in src/resolve/stage.ts);
 * - data/resolve/adjective-bodies.json: first words of bodies' names that are also adjectives (السياسة الخارجية
 *   الأمريكية is US foreign policy, not the State Department; adjectiveBody in src/resolve/stage.ts);
 * - data/resolve/person-led-heads.json: heads of a body named by its leader (حكومة نوري المالكي: the person is the
 *   mention where the pattern's weak reading of the phrase was dropped; merge in src/resolve/stage.ts);
 * - data/resolve/state-body-heads.json: heads of a state's own bodies (وزارة الدفاع في مالي is Mali's ministry;
 *   localBodies in src/resolve/stage.ts);
 * - data/resolve/descriptive-heads.json: (resolve18) heads of a body named only by its state (الحكومة التركية), which
 *   the entity gold does not list (markDescriptiveBodies in src/resolve/state-organs.ts);
 * - data/resolve/governorate-units.json: (resolve18) the unit noun of a governorate (محافظة تعز) and, per country, the
 *   English word for it (unitPlace in src/resolve/stage.ts).
 */
import { normalize } from '../text/normalize.ts';
import { RasdError } from '../core/errors.ts';
import localUnits from '../../data/resolve/local-body-units.json' with { type: 'json' };
import adjectiveBodies from '../../data/resolve/adjective-bodies.json' with { type: 'json' };
import personLedHeads from '../../data/resolve/person-led-heads.json' with { type: 'json' };
import stateBodyHeads from '../../data/resolve/state-body-heads.json' with { type: 'json' };
import descriptiveHeads from '../../data/resolve/descriptive-heads.json' with { type: 'json' };
import governorateUnits from '../../data/resolve/governorate-units.json' with { type: 'json' };

/** Checks a parsed word file and gives its words normalized; a malformed file is RASD_E008. */
export function buildWordSet(file: string, json: unknown): Set<string> {
  const words = (json as { words?: unknown })?.words;
  if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string' && /^[\u0621-\u064A]+$/.test(w))) {
    throw new RasdError('RASD_E008', `${file}: "words" must be a non-empty list of one-word Arabic nouns`);
  }
  return new Set(words.map((w: string) => normalize(w)));
}

/** The unit nouns, normalized. */
export const LOCAL_UNITS: Set<string> = buildWordSet('resolve/local-body-units.json', localUnits);
/** The adjective first words, normalized. */
export const ADJECTIVE_BODIES: Set<string> = buildWordSet('resolve/adjective-bodies.json', adjectiveBodies);
/** The heads of a body named by its leader, normalized. */
export const PERSON_LED_HEADS: Set<string> = buildWordSet('resolve/person-led-heads.json', personLedHeads);
/** The heads of a state's own bodies, normalized. */
export const STATE_BODY_HEADS: Set<string> = buildWordSet('resolve/state-body-heads.json', stateBodyHeads);
/** (resolve18) The heads of a body named only by its state, normalized. */
export const DESCRIPTIVE_HEADS: Set<string> = buildWordSet('resolve/descriptive-heads.json', descriptiveHeads);
/** (resolve18) The governorate unit nouns, normalized, and the English word for the unit per country (ISO3). */
export const GOVERNORATE_UNITS: Set<string> = buildWordSet('resolve/governorate-units.json', governorateUnits);
export const GOVERNORATE_COUNTRIES: Map<string, string> = buildUnitCountries('resolve/governorate-units.json', governorateUnits);

/** Checks a file's "countries" (ISO3 → an English word) ; a malformed file is RASD_E008. */
export function buildUnitCountries(file: string, json: unknown): Map<string, string> {
  const c = (json as { countries?: unknown })?.countries;
  if (!c || typeof c !== 'object' || Array.isArray(c) || !Object.entries(c).every(([k, v]) => /^[A-Z]{3}$/.test(k) && typeof v === 'string' && /^[A-Z][a-z]+$/.test(v))) {
    throw new RasdError('RASD_E008', `${file}: "countries" must map ISO3 codes to one English word`);
  }
  return new Map(Object.entries(c as Record<string, string>));
}
