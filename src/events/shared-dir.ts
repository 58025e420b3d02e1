/**
 * Where ../shared lives (Node only): beside the repository, or one level up
 * when the repository is a worktree in a subfolder; RASD_SHARED overrides.
 * Gold files name articles as "../shared/..." relative to the repository root.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function sharedDir(): string | null {
  const candidates = [process.env.RASD_SHARED, join(REPO_ROOT, '../shared'), join(REPO_ROOT, '../../shared')].filter((x): x is string => !!x);
  return candidates.map((c) => resolve(c)).find((c) => existsSync(join(c, 'data'))) ?? null;
}

/** Resolves a gold path ("../shared/data/...") to a file on this machine, or null. */
export function resolveSharedPath(path: string): string | null {
  const shared = sharedDir();
  if (path.startsWith('../shared/')) return shared ? join(shared, path.slice('../shared/'.length)) : null;
  return resolve(REPO_ROOT, path);
}
