/**
 * Newsroom labels before a line's colon (data/quotes/cues.json newsLabels): "عاجل: ..." labels the item and has no
 * speaker, while a speaker's headline of the same shape still is a quote. The sentences are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, type Spec } from './speaker-cases.ts';

test('a newsroom label before the colon is not a speaker', () => {
  const qs = quotesOf('عاجل: الحرب في المنطقة لن تنتهي قريبا\nوقال الوزير إن الوضع صعب.', []);
  assert.equal(qs.filter((q) => q.cue.text === ':').length, 0, 'no quote of عاجل');
  assert.ok(qs.some((q) => q.cue.text === 'قال'), 'the body sentence keeps its quote');
});

test('a doer noun naming a speaker before the colon is still a headline quote', () => {
  const qs = quotesOf('حارس المرمى: سنفوز في المباراة القادمة\nوأضاف أن الفريق جاهز.', []);
  const q = qs.find((x) => x.cue.text === ':');
  assert.ok(q, 'the headline quote of حارس المرمى');
  assert.equal(q.speakerText, 'حارس المرمى');
});

test('a named speaker before the colon keeps the headline quote', () => {
  const minister: Spec = { id: 'm', type: 'PER', kbId: null, forms: [['سامي الحداد', 'name']] };
  const qs = quotesOf('سامي الحداد: لن نقبل بالشروط الجديدة\nوقال الحداد إن المفاوضات مستمرة.', [minister]);
  assert.equal(qs.find((x) => x.cue.text === ':')?.speaker, 'm');
});
