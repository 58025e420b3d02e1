/**
 * The analysis contract: what `rasd analyze` prints and `analyze()` returns.
 *
 * Every `start`/`end` is a half-open UTF-16 index pair into `document.text`,
 * and `document.text.slice(start, end) === text` wherever a span has text.
 * Documented in docs/analysis-schema.md; the JSON Schema is
 * schema/analysis.schema.json and tests validate real output against it.
 */

export const ANALYSIS_SCHEMA = 'rasd.analysis/1';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'title' | 'pronoun' | 'demonym';
export type Modality = 'asserted' | 'future' | 'intended' | 'requested' | 'negated' | 'hypothetical';
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface SentenceRef {
  start: number;
  end: number;
}

export interface DocumentInfo {
  id: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD, in the time zone the source wrote. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** "ar" for Arabic, else an ISO 639-1 code or "und". */
  language: string;
  /** Exactly the text analyzed: title (if any), a blank line, then the body. */
  text: string;
}

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Arabic canonical name. */
  name: string;
  nameEn: string | null;
  kbId: string | null;
  /** ISO 3166-1 alpha-3, "IGO" for international bodies, or null. */
  country: string | null;
  /** CAMEO-style actor code valid on the document date. */
  actor: string | null;
  mentions: Mention[];
}

export interface Quote {
  speaker: string | null;
  speakerText: string | null;
  cue: TextSpan;
  via: string | null;
  direct: boolean;
  start: number;
  end: number;
  text: string;
}

export interface Event {
  plover: string;
  mode: string | null;
  cameo: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  source: string | null;
  target: string | null;
  sourceActor: string | null;
  targetActor: string | null;
  location: string | null;
  date: string | null;
  modality: Modality;
  trigger: TextSpan;
  sentence: number;
  /** 'fallback' when the event stage's fallback found a side that its argument rules did not (a weaker reading); absent otherwise. */
  standing?: 'fallback';
  /** (events35) With `standing: 'fallback'`, the level of the second side pass that found a side (src/events/side-fallback.ts); absent otherwise. */
  sideRule?: 'speaker-object' | 'answered' | 'reacted' | 'dyad' | 'model';
}

export interface TimeExpression extends TextSpan {
  type: TimeType;
  value: string;
}

export interface Place {
  entity: string;
  lat: number;
  lon: number;
  country: string | null;
  feature: string;
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  document: DocumentInfo;
  sentences: SentenceRef[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  times: TimeExpression[];
  places: Place[];
}
