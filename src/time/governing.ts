/**
 * Which date governs a stretch of text, for later stages (events take "the
 * date of the temporal expression that governs them, else the document date").
 *
 * The governing expression of a sentence is a point (DATE or TIME, not a
 * duration, a set, or a vague PAST_REF/PRESENT_REF/FUTURE_REF) inside the
 * sentence; with several, the one nearest to `at` (e.g. an event trigger's
 * start), preferring one after it on a tie (Arabic puts the time after the verb); without `at`, the first.
 */
import type { SentenceRef, TimeExpression } from '../core/analysis.ts';

const VAGUE = new Set(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF']);

export function isPoint(t: TimeExpression): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && !VAGUE.has(t.value);
}

export function timeForSentence(times: readonly TimeExpression[], sentence: SentenceRef, at?: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || !isPoint(t)) continue;
    if (at === undefined) return t;
    // Arabic puts the verb first and its time after it ("سافر الخميس"), so on a tie the one after wins.
    const distance = t.end <= at ? at - t.end + 0.5 : t.start >= at ? t.start - at : 0;
    if (distance < bestDistance) (best = t), (bestDistance = distance);
  }
  return best;
}

/** The TIMEX3 value governing a sentence, else the document date (YYYY-MM-DD or null). */
export function dateForSentence(times: readonly TimeExpression[], sentence: SentenceRef, documentDate: string | null, at?: number): string | null {
  return timeForSentence(times, sentence, at)?.value ?? documentDate;
}
