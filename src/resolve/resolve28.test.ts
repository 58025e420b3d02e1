/**
 * (resolve28) Titles on new text: a construct title whose genitive names no country (docs/knowledge-base.md,
 * "Nineteenth session (resolve28)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('a chief of staff\'s title with the army but no demonym is the name right after it', () => {
  const a = run('وأكد رئيس أركان القوات المسلحة غادي إيزنكوت أن الجيش جاهز لكل الاحتمالات.', '2018-05-01');
  assert.equal(titleOf(a, 'رئيس أركان'), 'per:gadi-eisenkot');
  // A rank between the army and the name is passed over.
  const b = run('وتفقد رئيس أركان الجيش الفريق محمد فريد حجازي الوحدات المنتشرة على الحدود.', '2018-05-01');
  assert.equal(titleOf(b, 'رئيس أركان'), 'per:mohamed-farid-hegazy');
});

test('a chief of staff\'s title with the army, no demonym and no name after it names no one', () => {
  const a = run('وقال رئيس أركان الجيش إن القوات مستعدة لأي طارئ.', '2018-05-01');
  assert.equal(a.entities.some((e) => e.mentions.some((m) => m.kind === 'title')), false);
});
