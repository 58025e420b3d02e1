import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentence, trainingKnowledge } from './ner-error-split.ts';

const seen = trainingKnowledge([
  { words: ['قال', 'خالد', 'سعيد', 'في', 'دمشق'], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
]);

test('training knowledge: a name seen, words seen, an unseen word', () => {
  assert.equal(seen(['خالد', 'سعيد']), 'name seen');
  assert.equal(seen(['سعيد', 'خالد']), 'words seen');
  assert.equal(seen(['دمشق', 'الجديدة']), 'unseen');
});

test('each gold name gets one kind; a predicted name over no gold name is spurious', () => {
  const words = ['زار', 'خالد', 'سعيد', 'دمشق', 'وبيروت', 'مع', 'وفد', 'كبير'];
  const gold = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'B-LOC', 'O', 'O', 'O'];
  const pred = ['B-PERS', 'I-PERS', 'O', 'B-ORG', 'O', 'O', 'B-MISC', 'O'];
  const rows = splitSentence(words, gold, pred, seen);
  assert.deepEqual(
    rows.map((r) => [r.kind, r.type, r.detail ?? r.predType ?? '']),
    [
      ['boundary', 'PERS', 'starts early, ends early'],
      ['type', 'LOC', 'ORG'],
      ['missed', 'LOC', ''],
      ['spurious', 'MISC', ''],
    ],
  );
  assert.equal(rows[0]!.seen, 'name seen');
});

test('a gold name cut in two is split; two gold names taken as one are joined', () => {
  const words = ['أ', 'ب', 'ج', 'د'];
  assert.equal(splitSentence(words, ['B-PERS', 'I-PERS', 'I-PERS', 'O'], ['B-PERS', 'B-PERS', 'I-PERS', 'O'], seen)[0]!.detail, 'split');
  const joined = splitSentence(words, ['B-LOC', 'B-LOC', 'O', 'O'], ['B-LOC', 'I-LOC', 'O', 'O'], seen);
  assert.deepEqual(joined.map((r) => r.detail), ['joined', 'joined']);
  assert.equal(splitSentence(words, ['B-ORG', 'I-ORG', 'O', 'O'], ['B-ORG', 'I-ORG', 'O', 'O'], seen)[0]!.kind, 'correct');
  assert.equal(splitSentence(words, ['B-ORG', 'I-ORG', 'O', 'O'], ['O', 'B-LOC', 'O', 'O'], seen)[0]!.kind, 'overlap');
});
