import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, toAnalysis } from './pipeline.ts';
import { createDoc } from './document.ts';
import type { Stage } from './stage.ts';
import { RasdError } from './errors.ts';

const segmenter = () => ({ proclitics: [], enclitic: null, baseStart: 0, stemStart: 0, stemEnd: 0, stem: '' });

const timeStage: Stage<'times'> = {
  id: 'fake-time.v1',
  requires: [],
  assigns: 'times',
  run: (doc) => [{ start: 0, end: 4, text: doc.text.slice(0, 4), type: 'DATE', value: '2025-10-15' }],
};
const eventStage: Stage<'events'> = { id: 'fake-events.v1', requires: ['entities'], assigns: 'events', run: () => [] };

test('a stage may only require layers assigned before it', () => {
  assert.throws(() => createPipeline([eventStage]), (e: unknown) => e instanceof RasdError && e.code === 'RASD_E009');
  assert.throws(() => createPipeline([timeStage, timeStage]), /already assigned/);
});

test('runs stages in order and assembles the contract with empty layers', () => {
  const doc = createDoc({ text: 'اليوم وصل الوفد.', date: '2025-10-15', title: 'عنوان' }, segmenter);
  const layers = createPipeline([timeStage]).run(doc);
  const a = toAnalysis(doc, layers);
  assert.equal(a.document.text, 'عنوان\n\nاليوم وصل الوفد.');
  assert.equal(a.times.length, 1);
  assert.deepEqual([a.entities, a.quotes, a.events, a.places], [[], [], [], []]);
});

test('a failing stage is reported with its id and the document', () => {
  const broken: Stage<'times'> = { id: 'broken.v1', requires: [], assigns: 'times', run: () => { throw new Error('boom'); } };
  const doc = createDoc({ text: 'نص', id: 'd1' }, segmenter);
  assert.throws(() => createPipeline([broken]).run(doc), /stage broken.v1 failed on document d1: boom/);
});
