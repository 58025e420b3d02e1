import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastStartingAtOrBefore } from './offsets.ts';

test('lastStartingAtOrBefore finds the item holding an offset', () => {
  const starts = [0, 4, 9, 15];
  const at = (pos: number) => lastStartingAtOrBefore(starts.length, (i) => starts[i]!, pos);
  assert.equal(at(0), 0);
  assert.equal(at(3), 0);
  assert.equal(at(4), 1);
  assert.equal(at(14), 2);
  assert.equal(at(15), 3);
  assert.equal(at(99), 3);
  assert.equal(lastStartingAtOrBefore(starts.length, (i) => starts[i]! + 2, 1), 0); // before the first item
  assert.equal(lastStartingAtOrBefore(0, () => 0, 5), 0); // no items
});
