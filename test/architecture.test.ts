// Guards the layering: the analyzer core (src/analyzer.ts and all it imports)
// uses no Node-only module, so it runs in a worker or a browser, and it never
// imports the outer layers (io, store, server, ingest, cli, resources loader).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

// qa17: the walk above starts at src/analyzer.ts, so a file of the core folders that the analyzer does not import was
// never checked: src/ner/commands.ts (the CLI's `train ner` and `eval ner`: node:fs, node:util's parseArgs),
// src/ner/load.ts and src/kb/load.ts (file loaders, now in src/resources/), and src/time/load.ts, which
// src/readers/date.ts imported, so src/index.ts's readArticles read a file with node:fs.
const CORE_DIRS = ['core', 'text', 'readers', 'ner', 'kb', 'resolve', 'quotes', 'events', 'time', 'geo'];
const NODE_GLOBAL_RE = /\bprocess\s*\.\s*(?:env|argv|exit|stdout|stderr|stdin|cwd|on|platform|hrtime|memoryUsage|nextTick)\b|\bBuffer\s*\.|\brequire\s*\(|\b__dirname\b|\b__filename\b/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Node-only uses in one file: node: imports, outer-layer imports, Node globals (comments left out). */
export function nodeUsesOf(file: string): string[] {
  const from = relative(root, file);
  const out: string[] = [];
  for (const spec of importsOf(file)) {
    if (spec.startsWith('node:') || ['fs', 'path', 'zlib', 'crypto', 'os', 'child_process', 'worker_threads', 'util', 'url'].includes(spec)) out.push(`${from} imports ${spec}`);
    else if (spec.startsWith('.')) {
      const rel = relative(root, join(dirname(file), spec));
      if (OUTER.some((o) => rel.startsWith(o))) out.push(`${from} imports outer layer ${rel}`);
    }
  }
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const m = NODE_GLOBAL_RE.exec(code);
  if (m) out.push(`${from} uses ${m[0].replace(/\s+/g, '')}`);
  return out;
}

test('no file of the core folders uses Node, except helpers only tests import', () => {
  const all = tsFiles(join(root, 'src'));
  const isTest = (f: string) => f.endsWith('.test.ts');
  const importers = new Map<string, string[]>();
  for (const f of all)
    for (const spec of importsOf(f))
      if (spec.startsWith('.')) {
        const target = join(dirname(f), spec);
        importers.set(target, [...(importers.get(target) ?? []), f]);
      }
  const core = [join(root, 'src/analyzer.ts'), join(root, 'src/index.ts'), ...CORE_DIRS.flatMap((d) => tsFiles(join(root, 'src', d)))].filter((f) => !isTest(f));
  // a test helper (src/events/test-kit.ts: node:assert) is a file that only tests, or other such helpers, import
  const helpers = new Set(core.filter((f) => nodeUsesOf(f).length > 0));
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of helpers)
      if ((importers.get(h) ?? []).some((i) => !isTest(i) && !helpers.has(i))) {
        helpers.delete(h);
        changed = true;
      }
  }
  const problems = core.filter((f) => !helpers.has(f)).flatMap(nodeUsesOf);
  assert.deepEqual(problems, []);
  assert.ok(core.length > 60, `only ${core.length} core files`);
  // a helper must not be named like library code that others would import by mistake: today's four are these
  assert.deepEqual([...helpers].map((f) => relative(root, f)).sort(), ['src/events/test-kit.ts', 'src/quotes/speaker-cases.ts', 'src/resolve/span-test-kit.ts', 'src/resolve/spans-cases.ts', 'src/resolve/title-test-kit.ts']);
});

test('the library entry (src/index.ts) reaches no Node-only or outer-layer module', () => {
  const seen = new Set<string>();
  const problems: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    problems.push(...nodeUsesOf(file));
    for (const spec of importsOf(file)) if (spec.startsWith('.') && spec.endsWith('.ts')) visit(join(dirname(file), spec));
  };
  visit(join(root, 'src/index.ts'));
  assert.deepEqual(problems, []);
});
