/**
 * Rewrites data/manifest.json: every file under data/ with its size and
 * sha256, keeping the description, source and licence already recorded for
 * it (new files get "written for rasd" until someone says otherwise).
 *   npx tsx scripts/update-manifest.ts
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { listDataFiles, sha256File, MANIFEST_PATH, type Manifest } from '../src/resources/manifest.ts';

const old: Manifest = existsSync(MANIFEST_PATH) ? JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) : { files: {} };
const files: Manifest['files'] = {};
for (const rel of listDataFiles()) {
  const prev = old.files[rel];
  files[rel] = {
    description: prev?.description ?? '',
    source: prev?.source ?? 'written for rasd',
    licence: prev?.licence ?? 'MIT (rasd)',
    bytes: readFileSync(new URL(`../data/${rel}`, import.meta.url)).length,
    sha256: sha256File(rel),
  };
}
writeFileSync(MANIFEST_PATH, JSON.stringify({ $comment: 'Every resource file under data/ with its hash; test/manifest.test.ts checks them. Regenerate with: npx tsx scripts/update-manifest.ts', files }, null, 2) + '\n');
console.log(`${Object.keys(files).length} files in data/manifest.json`);
const undescribed = Object.keys(files).filter((rel) => !files[rel]!.description.trim());
// test/manifest.test.ts fails on these: each needs a description (and its source and licence if derived)
if (undescribed.length) console.log(`describe in data/manifest.json: ${undescribed.join(', ')}`);
