/**
 * (events35) The second side pass's article-level parts (src/events/side-fallback.ts): the dominant dyad and the level
 * list of data/events/grammar.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleDyad, otherOfDyad, sideFallbackLevels } from './side-fallback.ts';
import { resources } from './test-kit.ts';

const m = (country: string | null, sentence: number) => ({ country, sentence });

test('the dyad is the two states named in the most sentences, each in two at least', () => {
  const mentions = [m('USA', 0), m('PRK', 0), m('USA', 1), m('PRK', 2), m('USA', 3), m('KOR', 3), m('PRK', 4)];
  assert.deepEqual(articleDyad(mentions), ['PRK', 'USA']);
  // counted by sentences, not mentions: a state named five times in one sentence counts once
  assert.deepEqual(articleDyad([m('USA', 0), m('USA', 0), m('USA', 0), m('USA', 0), m('IRN', 1), m('IRN', 2), m('USA', 3)]), ['IRN', 'USA']);
});

test('no dyad with a tie for second place, a second state named once, or two states that are not most of the article', () => {
  assert.equal(articleDyad([m('USA', 0), m('USA', 1), m('USA', 2), m('IRN', 1), m('IRN', 2), m('RUS', 3), m('RUS', 4)]), null);
  assert.equal(articleDyad([m('USA', 0), m('USA', 1), m('IRN', 1)]), null);
  const spread = [m('USA', 0), m('USA', 1), m('IRN', 2), m('IRN', 3), m('RUS', 4), m('TUR', 5), m('FRA', 6), m('DEU', 7), m('GBR', 8)];
  assert.equal(articleDyad(spread), null);
});

test('IGO and unplaced sides never count', () => {
  assert.equal(articleDyad([m('IGO', 0), m('IGO', 1), m('USA', 0), m('USA', 2), m(null, 3), m(null, 4)]), null);
});

test('the other side of the dyad, only for a side of one of its two states', () => {
  assert.equal(otherOfDyad(['ISR', 'PSE'], 'PSE'), 'ISR');
  assert.equal(otherOfDyad(['ISR', 'PSE'], 'ISR'), 'PSE');
  assert.equal(otherOfDyad(['ISR', 'PSE'], 'EGY'), null);
  assert.equal(otherOfDyad(null, 'ISR'), null);
});

test('the level list is checked: known names, each once; the shipped grammar names only known levels', () => {
  assert.deepEqual(sideFallbackLevels(['dyad']), ['dyad']);
  assert.throws(() => sideFallbackLevels(['nearest']), /unknown level/);
  assert.throws(() => sideFallbackLevels(['dyad', 'dyad']), /twice/);
  assert.doesNotThrow(() => sideFallbackLevels(resources.eventLexicon.grammar!.sideFallbackLevels));
});
