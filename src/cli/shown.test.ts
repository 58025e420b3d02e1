import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shownName } from './shown.ts';

test('qa16: a name with a line break or control character is shown quoted on one line', () => {
  assert.equal(shownName('مقال جديد.txt'), 'مقال جديد.txt');
  assert.equal(shownName('a.jsonl: line 5'), 'a.jsonl: line 5');
  assert.equal(shownName('bad\nname.txt'), '"bad\\nname.txt"');
  assert.equal(shownName('x\u2028y\u0007'), '"x\u2028y\\u0007"'.replace('\u2028', '\\u2028'));
  assert.doesNotMatch(shownName('a\r\nb\tc'), /[\r\n\t]/);
});
