/**
 * Where the project's data folder outside the repository (../shared) is:
 * $RASD_SHARED, else a "shared" folder beside the repository or one level
 * further up (a worktree in a subfolder). Gold files name articles as
 * "../shared/..." relative to the repository root. Node only: tests, eval,
 * training and benchmark scripts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function sharedDir(): string | null {
  const candidates = [process.env.RASD_SHARED, join(REPO_ROOT, '..', 'shared'), join(REPO_ROOT, '..', '..', 'shared')];
  for (const c of candidates) if (c && existsSync(join(c, 'data'))) return resolve(c);
  return null;
}

/** Absolute path of a file under shared/, or null when shared/ is not there. */
export function sharedPath(relative: string): string | null {
  const dir = sharedDir();
  return dir ? join(dir, relative) : null;
}

/** A gold file's article path ("../shared/...", else relative to the repository) on this machine, or null. */
export function resolveSharedPath(path: string): string | null {
  const m = /^(?:\.\.\/)+shared\/(.*)$/.exec(path);
  return m ? sharedPath(m[1]!) : resolve(REPO_ROOT, path);
}
