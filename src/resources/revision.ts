/**
 * The analysis revision (Node): a short fingerprint of everything that decides
 * what an analysis holds, namely the data files (through data/manifest.json,
 * which carries each file's sha256) and the source of the analyzer core (the
 * stages, the text core, the loaders). The analyzer appends it to its version,
 * so an upgrade that changes a lexicon, the knowledge base, the model or a
 * rule makes every stored analysis stale and `rasd reanalyze` redoes them; the
 * stage ids alone (`events.v1` ...) only change when a stage's contract does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Folders of src/ whose code shapes an analysis; outer layers (cli, store, server, ingest, io, readers) do not. */
export const ANALYSIS_SOURCE_DIRS = ['core', 'text', 'ner', 'kb', 'resolve', 'quotes', 'events', 'time', 'geo', 'resources'] as const;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/**
 * sha256 over the data manifest and the analyzer's source files (tests left
 * out), first 12 hex digits. A data file edited without `scripts/update-manifest.ts`
 * is caught by the manifest test, so the manifest stands for the data.
 */
export function analysisRevision(dataDir: string, srcDir = SRC_DIR): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(dataDir, 'manifest.json')));
  const files = [join(srcDir, 'analyzer.ts'), ...ANALYSIS_SOURCE_DIRS.flatMap((d) => sourceFiles(join(srcDir, d)))];
  for (const file of files) {
    hash.update(`\0${file.slice(srcDir.length)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}
