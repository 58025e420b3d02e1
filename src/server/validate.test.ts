import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BadRequest, optPlover, PLOVER_TYPES } from './validate.ts';

test('the PLOVER types the API accepts are the contract\'s', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
  const find = (o: unknown): string[] | null => {
    if (!o || typeof o !== 'object') return null;
    const rec = o as Record<string, unknown>;
    const pl = (rec.properties as Record<string, { enum?: string[] }> | undefined)?.plover?.enum;
    if (pl) return pl;
    for (const v of Object.values(rec)) {
      const f = find(v);
      if (f) return f;
    }
    return null;
  };
  assert.deepEqual([...PLOVER_TYPES].sort(), find(schema)!.slice().sort());
  assert.equal(optPlover({ plover: 'ASSAULT' }, 'plover'), 'ASSAULT');
  assert.equal(optPlover({}, 'plover'), undefined);
  assert.throws(() => optPlover({ plover: 'XYZ' }, 'plover'), BadRequest);
});
