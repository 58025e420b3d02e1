import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listDataFiles, sha256File, MANIFEST_PATH, type Manifest } from '../src/resources/manifest.ts';

test('every data file is in the manifest with its current hash', () => {
  const manifest: Manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  const files = listDataFiles();
  const hint = ' (run: npx tsx scripts/update-manifest.ts)';
  for (const rel of files) {
    const entry = manifest.files[rel];
    assert.ok(entry, `data/${rel} is not in data/manifest.json${hint}`);
    assert.equal(entry.sha256, sha256File(rel), `data/${rel} changed since the manifest was written${hint}`);
    assert.ok(entry.source && entry.licence, `data/${rel} has no source or licence`);
    // what a file is and where it came from: a new file gets an empty description from the script until someone writes one
    assert.ok(entry.description.trim(), `data/${rel} has no description in data/manifest.json: say what it is and which code reads it (and its source and licence if it is derived from someone else's data)`);
  }
  for (const rel of Object.keys(manifest.files)) assert.ok(files.includes(rel), `manifest lists missing file data/${rel}`);
});
