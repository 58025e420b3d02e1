// Guards the layering: the analyzer core (src/analyzer.ts and all it imports)
// uses no Node-only module, so it runs in a worker or a browser, and it never
// imports the outer layers (io, store, server, ingest, cli, resources loader).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const OUTER = ['src/io/', 'src/store/', 'src/server/', 'src/ingest/', 'src/cli/', 'src/resources/', 'web/'];

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(IMPORT_RE)].map((m) => (m[1] ?? m[2])!).filter(Boolean);
}

test('the analyzer core has no Node-only or outer-layer dependency', () => {
  const seen = new Set<string>();
  const problems: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) {
      const from = relative(root, file);
      if (spec.startsWith('node:') || ['fs', 'path', 'zlib', 'crypto', 'os', 'child_process', 'worker_threads'].includes(spec)) {
        problems.push(`${from} imports ${spec}`);
        continue;
      }
      if (!spec.startsWith('.')) continue; // packages: allowed if they are browser-safe (checked by review)
      const target = join(dirname(file), spec);
      const rel = relative(root, target);
      if (OUTER.some((o) => rel.startsWith(o))) problems.push(`${from} imports outer layer ${rel}`);
      if (target.endsWith('.ts')) visit(target);
    }
  };
  visit(join(root, 'src/analyzer.ts'));
  assert.ok(seen.size >= 8, `only ${seen.size} modules reached`);
  assert.deepEqual(problems, []);
});
