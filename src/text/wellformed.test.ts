import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toWellFormed } from './wellformed.ts';

test('lone surrogates become U+FFFD and the length stays', () => {
  const s = 'وصل \ud800 الوفد \udc00 إلى دمشق \ud83d';
  const w = toWellFormed(s);
  assert.equal(w.length, s.length);
  assert.equal(w, 'وصل \ufffd الوفد \ufffd إلى دمشق \ufffd');
  assert.equal(Buffer.from(w, 'utf8').toString('utf8'), w);
});

test('pairs and ordinary text are left alone', () => {
  const s = 'قال 😀 الرئيس \ud83d\ude00';
  assert.equal(toWellFormed(s), s);
  assert.equal(toWellFormed(''), '');
});
