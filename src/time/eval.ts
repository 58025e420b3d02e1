/**
 * Scores recognized temporal expressions against gold annotations: the share
 * of gold expressions found (any overlap), the share of those found with the
 * right TIMEX3 value (and type), and precision (the share of recognized
 * expressions that overlap a gold one).
 */
import type { TimeExpression, TimeType } from '../core/analysis.ts';

export interface GoldTime {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
}

export interface TimeScore {
  gold: number;
  found: number;
  rightValue: number;
  predicted: number;
  predictedMatched: number;
}

export function emptyScore(): TimeScore {
  return { gold: 0, found: 0, rightValue: 0, predicted: 0, predictedMatched: 0 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Adds one document's counts to `score`; returns the gold expressions missed or valued wrong, for reports. */
export function scoreTimes(score: TimeScore, gold: readonly GoldTime[], predicted: readonly TimeExpression[]): Array<{ gold: GoldTime; got: TimeExpression | null }> {
  const errors: Array<{ gold: GoldTime; got: TimeExpression | null }> = [];
  score.gold += gold.length;
  score.predicted += predicted.length;
  for (const g of gold) {
    const hits = predicted.filter((p) => overlaps(p, g));
    if (hits.length === 0) {
      errors.push({ gold: g, got: null });
      continue;
    }
    score.found++;
    if (hits.some((p) => p.value === g.value && p.type === g.type)) score.rightValue++;
    else errors.push({ gold: g, got: hits[0]! });
  }
  for (const p of predicted) if (gold.some((g) => overlaps(p, g))) score.predictedMatched++;
  return errors;
}

export function formatScore(name: string, s: TimeScore): string {
  const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  return `${name.padEnd(8)} gold ${String(s.gold).padStart(4)}  found ${pct(s.found, s.gold).padStart(6)}  right value ${pct(s.rightValue, s.found).padStart(6)} of found  precision ${pct(s.predictedMatched, s.predicted).padStart(6)} (${s.predicted} predicted)`;
}
