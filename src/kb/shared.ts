/**
 * Finds ../shared (the project's data folder outside the repo) from a
 * checkout or a worktree: $RASD_SHARED, else the first "shared" folder
 * beside the repo or one level further up. Node only (tests, eval).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function sharedDir(): string | null {
  const candidates = [process.env.RASD_SHARED, join(REPO_ROOT, '..', 'shared'), join(REPO_ROOT, '..', '..', 'shared')];
  for (const c of candidates) if (c && existsSync(c)) return resolve(c);
  return null;
}

/** Absolute path of a file under shared/, or null when shared/ is not there. */
export function sharedPath(relative: string): string | null {
  const dir = sharedDir();
  return dir ? join(dir, relative) : null;
}

/** Resolves a gold file's article path ("../shared/..." relative to the repo). */
export function resolveArticlePath(path: string): string | null {
  const rel = path.replace(/^\.\.\/shared\//, '');
  return sharedPath(rel);
}
