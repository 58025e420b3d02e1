import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/load.ts';
import { createAnalyzer } from '../../src/analyzer.ts';

/**
 * The analyzer and small readers the KB branches' tests share (test/kb/kb21-24.test.ts): each test file checks that
 * the resolver picks up the records its branch added, on sentences written for it, at a 2018 article date unless
 * the test gives another (offices are resolved on the article's date).
 */
const analyzer = createAnalyzer(loadResources());

export const run = (text: string, date = '2018-06-01') => analyzer.analyze(text, { date });

/** The KB ids of the entities found, '' for an entity with none. */
export const ids = (text: string, date?: string) => run(text, date).entities.map((e) => e.kbId ?? '');

/** The KB id of the first person found through a title, or null. */
export const titleHolder = (text: string, date?: string) =>
  run(text, date).entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.kind === 'title'))?.kbId ?? null;

/** Every mention's offsets slice the document back to its text. */
export const spansHold = (text: string) => {
  const a = run(text);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
};
