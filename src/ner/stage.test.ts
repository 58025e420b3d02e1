import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../analyzer.ts';
import { loadResources } from '../resources/load.ts';
import { readInput } from '../io/input.ts';
import { SAMPLES_DIR } from '../cli/commands/demo.ts';
import type { NerMention } from '../core/stage.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources);
const nerStage = analyzer.pipeline.stages.find((s) => s.id === 'ner.v1');

function mentions(text: string): NerMention[] {
  const doc = analyzer.document({ text });
  return nerStage!.run(doc, {}) as NerMention[];
}

test('the committed model loads and is part of the pipeline', () => {
  assert.ok(resources.ner, 'data/ner/model.bin should load');
  assert.ok(resources.ner.model.index.size > 1000);
  assert.ok(nerStage);
  assert.match(analyzer.version, /ner\.v1/);
});

test('the committed model tags a sentence with the expected entities', () => {
  const text = 'وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده ستواصل التعاون مع الأمم المتحدة ، فيما زار وزير الخارجية الفرنسي باريس ولندن .';
  const got = mentions(text).map((m) => `${m.type}:${m.text}`);
  for (const want of ['PER:فلاديمير بوتين', 'LOC:موسكو', 'ORG:الأمم المتحدة']) assert.ok(got.includes(want), `${want} not in ${got.join(', ')}`);
  // The stacked model (since ner4) tags "باريس ولندن" as one place, the single model as two; both are places.
  // A known weakness (docs/ner.md); the check holds the names to LOC without fixing the split.
  for (const city of ['باريس', 'لندن']) assert.ok(got.some((g) => g.startsWith('LOC:') && g.includes(city)), `no LOC mention of ${city} in ${got.join(', ')}`);
});

test('mention spans exclude attached one-letter proclitics and map back to the text', () => {
  const text = 'التقى المبعوث الأمريكي وبوتين في بغداد ، ثم سافر إلى لبنان وسوريا .';
  const ms = mentions(text);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  const names = ms.map((m) => m.text);
  assert.ok(names.includes('سوريا'), names.join(', '));
  assert.ok(!names.some((n) => n.startsWith('وسوريا') || n.startsWith('وبوتين')), names.join(', '));
});

test('spans map back to the original text on the sample articles', () => {
  let count = 0;
  for (const file of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt'))) {
    for (const item of readInput(join(SAMPLES_DIR, file))) {
      if (!item.article) continue;
      const a = analyzer.analyzeArticle(item.article);
      for (const e of a.entities) {
        assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(e.type));
        for (const m of e.mentions) {
          assert.equal(a.document.text.slice(m.start, m.end), m.text);
          count++;
        }
      }
    }
  }
  assert.ok(count > 5, `only ${count} mentions in the samples`);
});
