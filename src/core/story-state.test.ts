import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantState, stateOfSentence, type StatePlace } from './story-state.ts';

const p = (country: string | null, sentence: number, afterFi = false): StatePlace => ({ country, sentence, afterFi });

test('the dominant state is named at least twice and more than any other', () => {
  assert.equal(dominantState([p('TUR', 0), p('TUR', 2), p('SYR', 1)]), 'TUR');
  assert.equal(dominantState([p('TUR', 0)]), null);
  assert.equal(dominantState([p('TUR', 0), p('TUR', 1), p('SYR', 2), p('SYR', 3)]), null);
  // International bodies and places with no state are not counted.
  assert.equal(dominantState([p('IGO', 0), p('IGO', 1), p('IGO', 2), p(null, 3), p('FRA', 1), p('FRA', 4)]), 'FRA');
});

test('a sentence that names one state after في decides; two decide nothing; none falls back to the dominant state', () => {
  const places = [p('TUR', 0), p('TUR', 1), p('DEU', 3, true), p('SYR', 4, true), p('IRQ', 4, true)];
  const dominant = () => dominantState(places);
  assert.equal(stateOfSentence(places, 3, dominant), 'DEU');
  assert.equal(stateOfSentence(places, 4, dominant), null);
  assert.equal(stateOfSentence(places, 5, dominant), 'TUR');
  // A place named without في (an object, a possessor) does not place the sentence's act.
  assert.equal(stateOfSentence([...places, p('FRA', 5)], 5, dominant), 'TUR');
});
