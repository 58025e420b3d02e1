/**
 * The stage contract. A stage is a function of the document and the layers
 * earlier stages produced; it declares what it requires and the one layer it
 * assigns, and the pipeline checks the order when it is built (spaCy's
 * requires/assigns, without its mutable Doc).
 */
import type { Doc } from './document.ts';
import type { Entity, EntityType, Event, Place, Quote, TimeExpression } from './analysis.ts';

/** A typed span found by the entity recognizer, before resolution. */
export interface NerMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Index of the first token of the mention. */
  tokenStart: number;
  /** Index just after the last token. */
  tokenEnd: number;
}

export interface Layers {
  nerMentions: NerMention[];
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  quotes: Quote[];
  events: Event[];
}

export type LayerName = keyof Layers;

export interface Stage<A extends LayerName = LayerName> {
  /** Versioned id, e.g. "ner.v1": recorded with every stored annotation. */
  readonly id: `${string}.v${number}`;
  readonly requires: readonly LayerName[];
  readonly assigns: A;
  run(doc: Doc, layers: Readonly<Partial<Layers>>): Layers[A];
}
