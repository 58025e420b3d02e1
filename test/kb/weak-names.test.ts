// data/kb/weak-names.json: each weak name must be a name of each record it lists (else the mark does nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadResources } from '../../src/resources/load.ts';
import { normalize } from '../../src/text/normalize.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const weak = JSON.parse(readFileSync(root + 'data/kb/weak-names.json', 'utf8')) as { names: Record<string, string[]> };
const kb = loadResources().kb;

test('every weak name names the records it lists, and is marked', () => {
  assert.ok(Object.keys(weak.names).length >= 20);
  for (const [name, ids] of Object.entries(weak.names)) {
    for (const id of ids) {
      assert.ok(kb.byId(id), `${name}: no record ${id}`);
      assert.ok(kb.lookup(name).some((t) => t.id === id), `${name} is not a name of ${id}`);
      assert.ok(kb.isWeakName(normalize(name), id));
    }
  }
});
