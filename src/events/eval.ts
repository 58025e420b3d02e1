/**
 * Scoring of events against gold annotations (test/gold/events/): per
 * article, precision and recall on distinct (PLOVER type, source country,
 * target country) triples, and modality accuracy on the gold events whose
 * triple was found. Pure functions; the command is cli/commands/eval-events.ts.
 */
import { eventSideCountry } from './side-country.ts';
import type { Entity, Event, Modality } from '../core/analysis.ts';

export interface GoldEvent {
  plover: string;
  source: string | null;
  target: string | null;
  modality: Modality;
  /** A short trigger word, for the annotator's and reader's orientation only. */
  trigger?: string;
}

export interface GoldFile {
  /** Path of the article relative to the repository root ("../shared/data/news/ant-dev/..."). */
  article?: string;
  /** Or a record of a JSON-lines corpus: its path relative to the repository root and the record's id (no article text in gold). */
  corpus?: string;
  id?: string;
  /** "dev", "dev2" and "dev3" (test/gold/events-dev2, -dev3) articles may be looked at while tuning; "heldout" ones are only measured. */
  split?: 'dev' | 'heldout' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6' | 'dev7' | 'corpus1' | 'corpus2' | 'corpus3';
  events: GoldEvent[];
}

export interface PredictedTriple {
  plover: string;
  source: string | null;
  target: string | null;
  modality: Modality;
}

export interface Score {
  predicted: number;
  gold: number;
  matched: number;
  modalityTotal: number;
  modalityRight: number;
}

export const tripleKey = (t: { plover: string; source: string | null; target: string | null }) => `${t.plover} ${t.source ?? '-'}>${t.target ?? '-'}`;

/** The country an event side is scored under (eventSideCountry: the same the store records). */
function sideCountry(entities: readonly Entity[], id: string | null, actor: string | null): string | null {
  return eventSideCountry(id ? entities.find((x) => x.id === id) : undefined, actor);
}

export function toTriples(events: readonly Event[], entities: readonly Entity[]): PredictedTriple[] {
  return events
    // A side the event stage found itself (no entity id) is scored by its actor code's country part (SAUMIL → SAU).
    .map((e) => ({ plover: e.plover, source: sideCountry(entities, e.source, e.sourceActor), target: sideCountry(entities, e.target, e.targetActor), modality: e.modality }))
    .filter((t) => t.source !== null || t.target !== null);
}

export function scoreArticle(predicted: readonly PredictedTriple[], gold: readonly GoldEvent[]): Score & { missed: string[]; spurious: string[] } {
  const pred = new Map<string, Set<Modality>>();
  for (const p of predicted) {
    const k = tripleKey(p);
    if (!pred.has(k)) pred.set(k, new Set());
    pred.get(k)!.add(p.modality);
  }
  const goldKeys = new Set(gold.map(tripleKey));
  let matched = 0;
  for (const k of goldKeys) if (pred.has(k)) matched++;
  let modalityTotal = 0;
  let modalityRight = 0;
  for (const g of gold) {
    const mods = pred.get(tripleKey(g));
    if (!mods) continue;
    modalityTotal++;
    if (mods.has(g.modality)) modalityRight++;
  }
  return {
    predicted: pred.size,
    gold: goldKeys.size,
    matched,
    modalityTotal,
    modalityRight,
    missed: [...goldKeys].filter((k) => !pred.has(k)),
    spurious: [...pred.keys()].filter((k) => !goldKeys.has(k)),
  };
}

export function addScores(a: Score, b: Score): Score {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    matched: a.matched + b.matched,
    modalityTotal: a.modalityTotal + b.modalityTotal,
    modalityRight: a.modalityRight + b.modalityRight,
  };
}

export const emptyScore = (): Score => ({ predicted: 0, gold: 0, matched: 0, modalityTotal: 0, modalityRight: 0 });
