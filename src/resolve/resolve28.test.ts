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

test('a national security adviser\'s title before a name is that person\'s, with or without the demonym', () => {
  const a = run('واجتمع مستشار الأمن القومي جون بولتون بنظيره الروسي في جنيف.', '2018-08-20');
  assert.equal(titleOf(a, 'مستشار الأمن'), 'per:john-bolton');
  const b = run('وحذر مستشار الأمن القومي الأمريكي جون بولتون من أي تصعيد. وقال مستشار الأمن القومي إن الخيارات كلها مطروحة.', '2018-08-20');
  assert.equal(titleOf(b, 'مستشار الأمن القومي الأمريكي'), 'per:john-bolton');
  assert.equal(titleOf(b, 'مستشار الأمن القومي إن'), 'per:john-bolton');
  // A former holder's title with his name after it.
  const c = run('وكان مستشار الأمن القومي السابق مايكل فلين قد أقر بالكذب.', '2018-08-20');
  assert.equal(titleOf(c, 'مستشار الأمن'), 'per:michael-flynn');
});
