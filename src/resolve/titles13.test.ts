import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityAt, run, titleOf } from './title-test-kit.ts';
import { LEFT_OFFICE, TITLES13_WORDS, administrationParts, groupNounAfterHead } from './titles13.ts';
import { normalize } from '../text/normalize.ts';

test('data/kb/titles13-words.json loads its sections', () => {
  assert.ok(TITLES13_WORDS.bodyNouns.has(normalize('التنظيم')));
  assert.ok(TITLES13_WORDS.administrationHeads.has(normalize('إدارة')));
  assert.ok(LEFT_OFFICE.includes('المستقيل'));
  assert.ok(groupNounAfterHead(normalize('للكتلة')));
  assert.ok(!groupNounAfterHead(normalize('الوزراء')));
});

test('the title and the name inside an administration\'s KB name are the person\'s (rule U1)', () => {
  const text = 'إدارة الرئيس الأمريكي، دونالد ترامب';
  const parts = administrationParts(text, 10, (n) => n === 'دونالد ترامب');
  assert.ok(parts);
  assert.equal(text.slice(parts.title.start - 10, parts.title.end - 10), 'الرئيس الأمريكي');
  assert.equal(text.slice(parts.name.start - 10, parts.name.end - 10), 'دونالد ترامب');
  assert.equal(administrationParts('إدارة الأزمة الأمريكية', 0, () => true), null);
  const a = run('وكانت إدارة الرئيس الأمريكي دونالد ترامب قد انسحبت من الاتفاق النووي.', '2018-06-16');
  assert.equal(titleOf(a, 'الرئيس الأمريكي'), 'per:donald-trump');
  assert.equal(entityAt(a, 'إدارة'), 'org:us-government');
});

test('a head title before a definite group noun is the title of the name after it (rule U2)', () => {
  assert.equal(titleOf(run('وقال زعيم التنظيم أبو بكر البغدادي في تسجيل إن الحرب مستمرة.', '2018-09-12'), 'زعيم التنظيم'), 'per:abu-bakr-al-baghdadi');
  assert.equal(titleOf(run('وحذر رئيس الكتلة تشاك شومر من توقيع الاتفاق.', '2018-06-06'), 'رئيس الكتلة'), 'per:chuck-schumer');
  // Not a clause run on after the noun (the brother named after it does not get the leader's title).
  assert.equal(titleOf(run('ودفعت الانهيارات بزعيم الميليشيات الانقلابية لتكليف شقيقه عبد الخالق الحوثي القيادة.', '2018-06-02'), 'الميليشيات'), null);
  // No name after it: no one.
  assert.equal(titleOf(run('وقال زعيم الجماعة في بيان إن الهدنة انتهت.', '2018-06-06'), 'زعيم الجماعة'), null);
});

test("a hashtag's # between a title and its name (rule U3)", () => {
  assert.equal(titleOf(run('وقد يلحق بهم رئيس الوزراء السابق، #إيهود_أولمرت، قريبا.', '2018-03-13'), 'رئيس الوزراء'), 'per:ehud-olmert');
});

test('a resigned or dismissed holder: the name after the title is its, no name is not the holder on the date (rule U4)', () => {
  assert.equal(titleOf(run('وقال وزير الخارجية البريطاني المستقيل بوريس جونسون إن الخطة فاشلة.', '2018-10-10'), 'وزير الخارجية'), 'per:boris-johnson');
  assert.equal(titleOf(run('وقالت السفيرة المستقيلة نيكي هايلي إنها لن تترشح.', '2018-10-10'), 'السفيرة'), 'per:nikki-haley');
  assert.notEqual(titleOf(run('وانتقد وزير الخارجية البريطاني المستقيل الخطة بشدة.', '2018-10-10'), 'وزير الخارجية'), 'per:jeremy-hunt');
});

test('Moshe Kahlon spelled كاحلون (data/kb/people/titles13-variants.jsonl)', () => {
  assert.equal(titleOf(run('وأعلن حزب كلنا برئاسة وزير المالية كاحلون معارضته للقانون.', '2018-03-13'), 'وزير المالية'), 'per:moshe-kahlon');
});

test('a body-head title with no name refers back to the one person given it before (rule U5)', () => {
  const a = run('وقال حسن جونين رئيس جامعة عثمان غازي إن أربعة قتلوا. وذكر رئيس الجامعة أن المسلح باحث.', '2018-04-05');
  const at = a.document.text.indexOf('رئيس الجامعة');
  const e = a.entities.find((x) => x.mentions.some((m) => m.kind === 'title' && m.start === at));
  assert.equal(e?.mentions.some((m) => m.kind === 'name' && m.text === 'حسن جونين'), true);
  // Another body after the noun, or an office: no one.
  assert.equal(titleOf(run('وقال حسن جونين رئيس جامعة عثمان غازي إن أربعة قتلوا. وذكر رئيس الجامعة الأمريكية أن المسلح باحث.', '2018-04-05'), 'رئيس الجامعة'), null);
});

test("a UN envoy named by the secretary-general's envoy phrase (rule U6, titles12.ts UN_ENVOY)", () => {
  const a = run('أعلن ستيفان دي ميستورا، مبعوث الأمين العام الخاص إلى سوريا، تنحيه عن منصبه.', '2018-10-17');
  assert.equal(titleOf(a, 'مبعوث'), 'per:staffan-de-mistura');
  assert.equal(titleOf(run('وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن إن الحل ممكن.', '2018-10-17'), 'المبعوث'), 'per:martin-griffiths');
  // The secretary-general without the UN's name and with no post: no one.
  assert.equal(titleOf(run('وقال مبعوث الأمين العام إن الحل ممكن.', '2018-10-17'), 'مبعوث'), null);
});
