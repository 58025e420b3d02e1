import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionFile } from './sections.ts';

const e008 = (f: () => unknown, message: RegExp) => assert.throws(f, (err: Error & { code?: string }) => err.code === 'RASD_E008' && message.test(err.message));

test('a section file: its sections, their compare and words checked, faults named by file and section', () => {
  const file = sectionFile('x/words.json', { $comment: 'لغة', verbs: { compare: 'normalized', words: ['قال', 'أكد'] }, nouns: { compare: 'raw', words: [] } });
  assert.deepEqual(file.strings('verbs', file.section('verbs', 'normalized').words), ['قال', 'أكد']);
  assert.equal(file.section('nouns').compare, 'raw');
  e008(() => file.section('verbs', 'raw'), /^x\/words\.json: section "verbs" must say "compare": "raw" \(found "normalized"\)$/);
  e008(() => file.section('missing'), /section "missing" is missing or not an object/);
  e008(() => file.strings('nouns', file.section('nouns').words), /section "nouns" has no words \(a non-empty array is expected\)/);
  e008(() => file.strings('nouns', 'وزير', 'phrases'), /section "nouns" has no phrases/);
  e008(() => file.strings('nouns', ['وزير', ' ']), /section "nouns" has an entry that is not a non-empty string: " "/);
  e008(() => file.strings('nouns', [3]), /an entry that is not a non-empty string: 3/);
  file.noOtherSections(['verbs', 'nouns']);
  e008(() => file.noOtherSections(['verbs']), /unknown section "nouns" \(no rule reads it\)/);
  e008(() => file.fail('bad'), /^x\/words\.json: bad$/);
  for (const bad of [null, [], 'نص', 3]) e008(() => sectionFile('y.json', bad), /^y\.json: is not a JSON object$/);
});
