/**
 * The resource manifest: every data file rasd ships, with its provenance,
 * licence and sha256, so that a changed or corrupt resource is caught by the
 * tests (and the store can record which resources produced an analysis).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR } from './load.ts';

export interface ManifestEntry {
  description: string;
  source: string;
  licence: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  files: Record<string, ManifestEntry>;
}

export const MANIFEST_PATH = join(DATA_DIR, 'manifest.json');

export function listDataFiles(dir = DATA_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p !== MANIFEST_PATH && !name.startsWith('.')) out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

export function sha256File(rel: string, dir = DATA_DIR): string {
  return createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex');
}
