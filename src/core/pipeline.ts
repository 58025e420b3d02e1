/**
 * Runs stages in order over a document. The order is checked once, when the
 * pipeline is built: a stage may only require layers assigned before it.
 */
import { copyEntity } from './entity.ts';
import { RasdError } from './errors.ts';
import type { Doc } from './document.ts';
import type { LayerName, Layers, Stage } from './stage.ts';
import { ANALYSIS_SCHEMA, type Analysis } from './analysis.ts';

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc): Partial<Layers>;
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) throw new RasdError('RASD_E009', `stage ${stage.id} requires layer "${need}", which no earlier stage assigns`);
    }
    if (assigned.has(stage.assigns)) throw new RasdError('RASD_E009', `stage ${stage.id} assigns layer "${stage.assigns}", already assigned by an earlier stage`);
    assigned.add(stage.assigns);
  }
  return {
    stages,
    run(doc) {
      const layers: Partial<Layers> = {};
      for (const stage of stages) {
        try {
          (layers as Record<string, unknown>)[stage.assigns] = stage.run(doc, layers);
        } catch (err) {
          throw new RasdError('RASD_E010', `stage ${stage.id} failed on document ${doc.info.id}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        }
      }
      return layers;
    },
  };
}

/**
 * Invisible format characters: bidi marks (LRM, RLM, ALM), embeddings and isolates, zero-width space and joiners, BOM,
 * soft hyphen. The text core keeps them inside words (an RLM between two letters does not split a word, qa9), so a
 * span could begin or end with one: "\u200Fاليمن", "البريطانية\u200E", a quote ending in U+202D (qa15: 70 of 6,877
 * spans of the 126 pool articles that hold such marks).
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/;

/** A span without the invisible characters at its edges (the same object when it has none; never emptied). */
export function withoutInvisibleEdges<T extends { start: number; end: number; text: string }>(span: T): T {
  const { text } = span;
  let a = 0;
  let b = text.length;
  while (a < b && INVISIBLE.test(text[a]!)) a++;
  while (b > a && INVISIBLE.test(text[b - 1]!)) b--;
  if ((a === 0 && b === text.length) || a === b) return span;
  return { ...span, start: span.start + a, end: span.start + b, text: text.slice(a, b) };
}

/** Assembles the contract object; layers no stage produced are empty arrays. Spans lose invisible edge characters. */
export function toAnalysis(doc: Doc, layers: Partial<Layers>): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    document: doc.info,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: (layers.entities ?? []).map((e) => (e.mentions.some((m) => withoutInvisibleEdges(m) !== m) ? copyEntity(e, { mentions: e.mentions.map(withoutInvisibleEdges) }) : e)),
    quotes: (layers.quotes ?? []).map((q) => {
      const trimmed = withoutInvisibleEdges(q);
      const cue = withoutInvisibleEdges(q.cue);
      return trimmed === q && cue === q.cue ? q : { ...trimmed, cue };
    }),
    events: (layers.events ?? []).map((v) => (withoutInvisibleEdges(v.trigger) === v.trigger ? v : { ...v, trigger: withoutInvisibleEdges(v.trigger) })),
    times: (layers.times ?? []).map(withoutInvisibleEdges),
    places: layers.places ?? [],
  };
}
