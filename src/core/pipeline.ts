/**
 * Runs stages in order over a document. The order is checked once, when the
 * pipeline is built: a stage may only require layers assigned before it.
 */
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

/** Assembles the contract object; layers no stage produced are empty arrays. */
export function toAnalysis(doc: Doc, layers: Partial<Layers>): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    document: doc.info,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: layers.entities ?? [],
    quotes: layers.quotes ?? [],
    events: layers.events ?? [],
    times: layers.times ?? [],
    places: layers.places ?? [],
  };
}
