import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisRevision } from './revision.ts';
import { DATA_DIR, loadResources } from './load.ts';
import { createAnalyzer } from '../analyzer.ts';

describe('analysis revision', () => {
  it('changes with the data manifest and with the analyzer code, not with tests or outer layers', () => {
    const root = mkdtempSync(join(tmpdir(), 'rasd-rev-'));
    try {
      const data = join(root, 'data');
      const src = join(root, 'src');
      mkdirSync(data);
      mkdirSync(join(src, 'events'), { recursive: true });
      mkdirSync(join(src, 'cli'), { recursive: true });
      writeFileSync(join(data, 'manifest.json'), '{"files":{}}');
      writeFileSync(join(src, 'analyzer.ts'), 'export {};');
      writeFileSync(join(src, 'events', 'stage.ts'), 'export const rule = 1;');
      const first = analysisRevision(data, src + '/');
      assert.match(first, /^[0-9a-f]{12}$/);
      assert.equal(analysisRevision(data, src + '/'), first, 'deterministic');

      writeFileSync(join(src, 'events', 'stage.test.ts'), 'a test');
      writeFileSync(join(src, 'cli', 'main.ts'), 'outer layer');
      assert.equal(analysisRevision(data, src + '/'), first, 'tests and outer layers do not count');

      writeFileSync(join(src, 'events', 'stage.ts'), 'export const rule = 2;');
      const second = analysisRevision(data, src + '/');
      assert.notEqual(second, first, 'a changed rule');

      writeFileSync(join(data, 'manifest.json'), '{"files":{"events/lexicon.json":{"sha256":"00"}}}');
      assert.notEqual(analysisRevision(data, src + '/'), second, 'a changed data file');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is part of the analyzer's version, after the stage ids", () => {
    const resources = loadResources();
    const analyzer = createAnalyzer(resources);
    assert.equal(resources.revision, analysisRevision(DATA_DIR));
    assert.match(analyzer.version, /^text\.v1 time\.v1 ner\.v1 .* rev:[0-9a-f]{12}$/);
    assert.doesNotMatch(createAnalyzer({ ...resources, revision: undefined }).version, /rev:/);
  });
});
