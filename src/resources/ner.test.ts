import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from './load.ts';
import { normalize } from '../text/normalize.ts';
import { loadNerLexicon, loadNerResources } from './ner.ts';

/** Runs `f` with the environment variables set (undefined: removed), then restores them. */
function withEnv<T>(vars: Record<string, string | undefined>, f: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  try {
    return f();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

test('RASD_NER_GAZETTEER: the lexicon reads another build of the KB lists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-gaz-'));
  const file = join(dir, 'gazetteer.json');
  // a made-up place name that no committed list holds
  writeFileSync(file, JSON.stringify({ kbPlaces: ['زهرانستان الغربية', 'قريةزلفانة'] }));
  const other = withEnv({ RASD_NER_GAZETTEER: file }, () => loadNerLexicon(DATA_DIR));
  const committed = withEnv({ RASD_NER_GAZETTEER: undefined }, () => loadNerLexicon(DATA_DIR));
  assert.ok(other.singles.get(normalize('قريةزلفانة'))?.some((e) => e.cls === 'city' && e.kb));
  assert.equal(committed.singles.get(normalize('قريةزلفانة')), undefined);
  // the committed KB lists are not read with another file named (a KB surname of the committed file)
  const committedSurname = [...committed.singles].find(([, cls]) => cls.every((e) => e.kb && e.cls === 'last'))?.[0];
  assert.ok(committedSurname);
  assert.equal(other.singles.get(committedSurname), undefined);
});

test('the name post-filter is on for RASD_NER_NAME_FILTER=1 and off by default for the shipped model', () => {
  const plain = withEnv({ RASD_NER_NAME_FILTER: undefined, RASD_NER_MODEL: undefined }, () => loadNerResources(DATA_DIR));
  const filtered = withEnv({ RASD_NER_NAME_FILTER: '1', RASD_NER_MODEL: undefined }, () => loadNerResources(DATA_DIR));
  assert.ok(plain && filtered);
  assert.equal(plain.model.info.nameFilter === true, Boolean(plain.commonWords));
  assert.ok(filtered.commonWords);
  assert.equal(plain.commonWords, undefined);
});
