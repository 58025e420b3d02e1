/**
 * What the event stage's sentence tests share (coverage.test.ts, lexicon-coverage.test.ts): the stage built from the
 * shipped lexicon, states and bodies as stand-in surfaces (so the tests check the lexicon and the argument rules, not
 * entity resolution), and the triples a sentence gives: "PLOVER [CAMEO] SOURCE>TARGET modality".
 */
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { createSegmenter } from '../text/clitics.ts';
import { loadResources } from '../resources/load.ts';
import { createTimeStage } from '../time/stage.ts';
import { createEventStage } from './stage.ts';
import { entitiesFromSurfaces, type SurfaceSpec } from './standin.ts';

export const resources = loadResources();
export const segmenter = createSegmenter(resources.wordFrequencies);
export const stage = createEventStage(resources.eventLexicon, resources.eventLexicon.cameo);
const timeStage = createTimeStage(resources.timeLexicon);

export const state = (id: string, country: string, names: string[], demonyms: string[]): SurfaceSpec => ({
  id,
  type: 'LOC',
  name: names[0]!,
  country,
  actor: country,
  surfaces: [...names, ...demonyms.map((text) => ({ text, kind: 'demonym' as const }))],
});
export const EGY = state('egy', 'EGY', ['مصر', 'القاهرة'], ['المصري', 'المصرية', 'مصرية', 'المصريون', 'المصريين']);
export const JOR = state('jor', 'JOR', ['الأردن', 'عمان'], ['الأردني', 'الأردنية', 'أردنية']);
export const FRA = state('fra', 'FRA', ['فرنسا', 'باريس'], ['الفرنسي', 'الفرنسية', 'فرنسية', 'فرنسيا', 'فرنسي']);
export const IRQ = state('irq', 'IRQ', ['العراق', 'بغداد'], ['العراقي', 'العراقية', 'عراقية', 'العراقيون', 'العراقيين', 'عراقيين']);
export const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية', 'تركية', 'أتراك']);
/** The five states every sentence may name. */
export const ALL = [EGY, JOR, FRA, IRQ, TUR];
export const UN: SurfaceSpec = { id: 'un', type: 'ORG', name: 'الأمم المتحدة', country: 'IGO', actor: 'IGOUNO', surfaces: ['الأمم المتحدة'] };

export interface TripleOptions {
  /** Surfaces besides ALL. */
  extra?: SurfaceSpec[];
  /** Put the CAMEO code after the PLOVER type. */
  cameo?: boolean;
  /** Run the time stage first, as the analyzer does (dates are asides to the event stage). */
  times?: boolean;
}

/** The distinct triples of a sentence, sorted; every trigger's offsets are checked against the text. */
export function triples(text: string, options: TripleOptions = {}): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, [...ALL, ...(options.extra ?? [])]);
  const events = options.times ? stage.run(doc, { entities, times: timeStage.run(doc, { entities }) }) : stage.run(doc, { entities });
  // A side the event stage found by itself (lexicon `actors`, بلاده) has no entity id, only its actor code.
  const country = (id: string | null, actor: string | null = null) => entities.find((e) => e.id === id)?.country ?? actor?.slice(0, 3) ?? '-';
  for (const e of events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  return [...new Set(events.map((e) => `${e.plover}${options.cameo ? ` ${e.cameo}` : ''} ${country(e.source, e.sourceActor)}>${country(e.target, e.targetActor)} ${e.modality}`))].sort();
}

/** Asserts that the sentence gives each wanted triple (others may come too). */
export function expectTriples(text: string, want: string[], options: TripleOptions = {}): void {
  const got = triples(text, options);
  for (const w of want) assert.ok(got.includes(w), `"${text}": missing ${w}; got [${got.join('; ')}]`);
}

/** Asserts that the sentence gives this triple. */
export function hasTriple(text: string, want: string, options: TripleOptions = {}): void {
  expectTriples(text, [want], options);
}

/** Asserts that the sentence does not give this triple. */
export function lacksTriple(text: string, bad: string, options: TripleOptions = {}): void {
  const got = triples(text, options);
  assert.ok(!got.includes(bad), `"${text}": has ${bad}; got [${got.join('; ')}]`);
}
