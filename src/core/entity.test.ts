import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyEntity, newEntity } from './entity.ts';

const KEYS = ['id', 'type', 'name', 'nameEn', 'kbId', 'country', 'actor', 'mentions'];

test('an entity and its copies have every field, in one order (one hidden class)', () => {
  const e = newEntity('e1', 'LOC', 'مصر', 'Egypt', 'cty:EGY', 'EGY', 'EGY', [{ start: 0, end: 3, text: 'مصر', kind: 'name' }]);
  assert.deepEqual(Object.keys(e), KEYS);
  const c = copyEntity(e, { type: 'ORG', actor: 'EGYMIL' });
  assert.deepEqual(Object.keys(c), KEYS);
  assert.deepEqual(c, { ...e, type: 'ORG', actor: 'EGYMIL' });
  assert.equal(c.mentions, e.mentions);
});

test('a copy takes a null it is given, and keeps a field given as undefined', () => {
  const e = newEntity('e2', 'ORG', 'الجيش', null, null, 'SYR', 'SYRMIL', []);
  assert.equal(copyEntity(e, { actor: null }).actor, null);
  assert.equal(copyEntity(e, { actor: undefined }).actor, 'SYRMIL');
  const mentions = [{ start: 4, end: 9, text: 'الجيش', kind: 'name' as const }];
  assert.equal(copyEntity(e, { mentions }).mentions, mentions);
});
