/**
 * Checks the promises of the analysis contract that a JSON Schema cannot:
 * every span lies inside document.text and slicing it gives back its text,
 * entity references point at entities, sentences are ordered and disjoint.
 * Returns a list of problems (empty when the analysis keeps its promises).
 */
import type { Analysis, TextSpan } from './analysis.ts';

export function checkAnalysis(a: Analysis): string[] {
  const problems: string[] = [];
  const text = a.document.text;
  const span = (where: string, s: { start: number; end: number; text?: string }) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      problems.push(`${where}: span [${s.start}, ${s.end}) outside text of length ${text.length}`);
      return;
    }
    if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: text.slice(${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, span says ${JSON.stringify(s.text)}`);
    }
  };
  let prevEnd = 0;
  a.sentences.forEach((s, i) => {
    span(`sentences[${i}]`, s);
    if (s.start < prevEnd) problems.push(`sentences[${i}] overlaps the sentence before it`);
    if (s.start === s.end) problems.push(`sentences[${i}] is empty`);
    prevEnd = s.end;
  });
  const ids = new Set<string>();
  a.entities.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`entities[${i}]: duplicate id ${e.id}`);
    ids.add(e.id);
    e.mentions.forEach((m, j) => span(`entities[${i}].mentions[${j}]`, m));
  });
  const ref = (where: string, id: string | null) => {
    if (id !== null && !ids.has(id)) problems.push(`${where}: unknown entity ${id}`);
  };
  a.quotes.forEach((q, i) => {
    span(`quotes[${i}]`, q);
    span(`quotes[${i}].cue`, q.cue as TextSpan);
    ref(`quotes[${i}].speaker`, q.speaker);
    ref(`quotes[${i}].via`, q.via);
  });
  a.events.forEach((e, i) => {
    span(`events[${i}].trigger`, e.trigger);
    ref(`events[${i}].source`, e.source);
    ref(`events[${i}].target`, e.target);
    ref(`events[${i}].location`, e.location);
    if (e.sentence < 0 || e.sentence >= a.sentences.length) problems.push(`events[${i}]: sentence ${e.sentence} out of range`);
  });
  a.times.forEach((t, i) => span(`times[${i}]`, t));
  a.places.forEach((p, i) => ref(`places[${i}].entity`, p.entity));
  return problems;
}
