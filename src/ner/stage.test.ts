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

test('a listed name that opens with a proclitic-like letter keeps it (ner12: باب, not ب + أب)', () => {
  // the segmenter reads باب as ب + أب; the lists hold باب as the opening of longer places
  const text = 'وصل الوفد إلى منطقة باب الريان قرب الحدود .';
  const ms = mentions(text);
  assert.ok(ms.some((m) => m.text === 'باب الريان'), ms.map((m) => m.text).join(', '));
  assert.ok(!ms.some((m) => m.text.startsWith('اب ')), ms.map((m) => m.text).join(', '));
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

test('with the name filter on, the stage keeps spans exact and only drops or trims mentions', async () => {
  const { withNameFilter } = await import('../resources/ner.ts');
  const { createNerStage } = await import('./stage.ts');
  const { createSegmenter } = await import('../text/clitics.ts');
  const { DATA_DIR } = await import('../resources/load.ts');
  const filtered = createNerStage(withNameFilter(resources.ner!, DATA_DIR), createSegmenter(resources.wordFrequencies));
  const text = 'وزار الرئيس الروسي فلاديمير بوتين مدينة حلب ، وقال حزب إن عائلة فرت من منطقة صحراوية نائية .';
  const doc = analyzer.document({ text });
  const plain = nerStage!.run(doc, {}) as NerMention[];
  const got = filtered.run(doc, {}) as NerMention[];
  for (const m of got) {
    assert.equal(doc.text.slice(m.start, m.end), m.text);
    // every filtered mention is a plain one or a plain one with leading words cut off
    assert.ok(plain.some((p) => p.end === m.end && p.start <= m.start && p.type === m.type), `${m.text} not from the model's mentions`);
  }
  assert.ok(got.some((m) => m.text === 'فلاديمير بوتين'));
  // the model takes the adjective for a place; the corpus mostly sees it with ال or a suffix (الصحراوية)
  assert.ok(plain.some((m) => m.text === 'صحراوية'), 'the model no longer tags the adjective: choose another sentence');
  assert.ok(!got.some((m) => m.text === 'صحراوية'), 'a common word alone is not a name');
});

test('the stage joins the halves of a place the lists open with a word never a place alone (span guard)', async () => {
  const { createNerStage } = await import('./stage.ts');
  const { createSegmenter } = await import('../text/clitics.ts');
  const segment = createSegmenter(resources.wordFrequencies);
  const unguarded = createNerStage({ ...resources.ner!, spanGuard: false }, segment);
  // بئر opens the listed بئر السبع and is no place alone; the town after it is in no list
  const text = 'عثرت الشرطة على سيارة في بلدة بئر بورقبة صباح اليوم .';
  const doc = analyzer.document({ text });
  const split = (unguarded.run(doc, {}) as NerMention[]).map((m) => m.text);
  assert.ok(split.includes('بئر') && split.includes('بورقبة'), `the model no longer splits the name (${split.join(', ')}): choose another sentence`);
  const got = nerStage!.run(doc, {}) as NerMention[];
  const joined = got.find((m) => m.text === 'بئر بورقبة');
  assert.ok(joined, `not joined: ${got.map((m) => m.text).join(', ')}`);
  assert.equal(joined.type, 'LOC');
  assert.equal(doc.text.slice(joined.start, joined.end), joined.text);
});

test('an ensemble stage combines a second model\'s chunks with the model\'s by its rule (ner14)', async () => {
  const { createNerStage } = await import('./stage.ts');
  const { createSegmenter } = await import('../text/clitics.ts');
  const { withOPenalty } = await import('./evaluate.ts');
  const segment = createSegmenter(resources.wordFrequencies);
  // a second model that tags nothing (its O score raised far above any name's)
  const silent = withOPenalty(resources.ner!.model, -1e6);
  const text = 'وقال الرئيس الروسي فلاديمير بوتين في موسكو إن بلاده ستواصل التعاون مع الأمم المتحدة .';
  const doc = analyzer.document({ text });
  const plain = (nerStage!.run(doc, {}) as NerMention[]).map((m) => `${m.type}:${m.text}`);
  const run = (rule: 'fill' | 'main' | 'agree' | 'other') =>
    (createNerStage({ ...resources.ner!, ensemble: { model: silent, rule } }, segment).run(doc, {}) as NerMention[]).map((m) => `${m.type}:${m.text}`);
  assert.ok(plain.length >= 3, plain.join(', '));
  // fill: the silent main model's (no) chunks plus every chunk of the model: the model's mentions
  assert.deepEqual(run('fill'), plain);
  assert.deepEqual(run('other'), plain);
  // the silent model alone, or only what both tag: nothing
  assert.deepEqual(run('main'), []);
  assert.deepEqual(run('agree'), []);
});

test('RASD_NER_ENSEMBLE names the second model and RASD_NER_ENSEMBLE_RULE its rule; an unknown rule is refused (ner14)', async () => {
  const { loadNerResources } = await import('../resources/ner.ts');
  const { DATA_DIR } = await import('../resources/load.ts');
  const saved = { file: process.env.RASD_NER_ENSEMBLE, rule: process.env.RASD_NER_ENSEMBLE_RULE };
  try {
    process.env.RASD_NER_ENSEMBLE = join(DATA_DIR, 'ner/model.bin');
    process.env.RASD_NER_ENSEMBLE_RULE = 'agree';
    const ner = loadNerResources(DATA_DIR);
    assert.equal(ner?.ensemble?.rule, 'agree');
    assert.ok(ner.ensemble.model.index.size > 1000);
    process.env.RASD_NER_ENSEMBLE_RULE = 'union';
    assert.throws(() => loadNerResources(DATA_DIR), /unknown ensemble rule/);
    process.env.RASD_NER_ENSEMBLE = '0';
    assert.equal(loadNerResources(DATA_DIR)?.ensemble, undefined);
  } finally {
    for (const [k, v] of [['RASD_NER_ENSEMBLE', saved.file], ['RASD_NER_ENSEMBLE_RULE', saved.rule]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  // the committed model names no ensemble
  assert.equal(resources.ner!.ensemble, undefined);
});
