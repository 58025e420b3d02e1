/**
 * (resolve25) Titles on new text: a leader's title said again without a name (docs/knowledge-base.md, "Nineteenth
 * session (resolve25)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('a leader\'s title said again with the same word is the person the article tied it to', () => {
  const a = run('ودعا الزعيم الدرزي وليد جنبلاط إلى الهدوء في الجبل. وقال الزعيم الدرزي إن الانتخابات انتهت.', '2018-05-20');
  const text = a.document.text;
  const second = text.indexOf('الزعيم الدرزي إن');
  const e = a.entities.find((x) => x.mentions.some((m) => m.kind === 'title' && m.start <= second && m.end > second));
  assert.equal(e?.kbId, 'per:walid-jumblatt');
  const b = run('وفازت الزعيمة البورمية أونغ سان سو تشي بالجائزة عام 1991. وسحبت منظمات عدة تكريمها من الزعيمة البورمية في العام الماضي.', '2018-03-08');
  const at = b.document.text.lastIndexOf('الزعيمة البورمية');
  const f = b.entities.find((x) => x.mentions.some((m) => m.kind === 'title' && m.start <= at && m.end > at));
  assert.equal(f?.kbId, 'per:aung-san-suu-kyi');
});

test('a leader\'s title with the demonym of that person\'s country is that person, not the head of state', () => {
  const a = run('وانتقد الزعيم الدرزي وليد جنبلاط الحكومة. ورأى الزعيم اللبناني أن التسوية سقطت.', '2018-05-20');
  assert.equal(titleOf(a, 'الزعيم اللبناني'), 'per:walid-jumblatt');
});

test('a leader\'s title with another word, or with a name after it, is left to the other rules', () => {
  // Another party's leader (a different word after the noun) is not the one tied before.
  const a = run('وقال زعيم حزب العمال جيريمي كوربين إن الحكومة فشلت. ورد زعيم المحافظين على الانتقادات.', '2018-05-20');
  assert.notEqual(titleOf(a, 'زعيم المحافظين'), 'per:jeremy-corbyn');
  // A name right after the noun is its own.
  const b = run('وقال الزعيم الكوري الشمالي كيم جونغ أون إن القمة ناجحة. ووصل الزعيم كيم إلى سنغافورة.', '2018-06-11');
  assert.equal(titleOf(b, 'الزعيم كيم'), 'per:kim-jong-un');
});

test('a bare ambassador is the KB\'s only in a story of the country he is posted to, the one it names most', () => {
  const a = run('قالت وزارة الخارجية التركية إن أنقرة استدعت السفير السعودي لتقديم توضيحات. وأضافت أن تركيا ستواصل التحقيق في إسطنبول، فيما دعت واشنطن إلى الشفافية.', '2018-10-08');
  assert.notEqual(titleOf(a, 'السفير السعودي'), 'per:khalid-bin-salman');
  // In a story of the United States he is.
  const b = run('وقال السفير السعودي في مقابلة مع شبكة أمريكية إن العلاقات مع الولايات المتحدة قوية، وإن واشنطن شريك أساسي.', '2018-05-08');
  assert.equal(titleOf(b, 'السفير السعودي'), 'per:khalid-bin-salman');
});

test('a title after the name of the person who held it before the date is that person\'s, not the successor\'s', () => {
  const a = run('وألقى الحوثي كلمة بعد تشييع صالح الصماد، رئيس المجلس السياسي الأعلى، الذي قتل في غارة جوية.', '2018-04-29');
  assert.equal(titleOf(a, 'رئيس المجلس السياسي'), 'per:saleh-al-sammad');
  const b = run('وشيع الحوثيون صالح الصماد رئيس المجلس السياسي الأعلى الذي قتل في غارة جوية.', '2018-04-29');
  assert.equal(titleOf(b, 'رئيس المجلس السياسي'), 'per:saleh-al-sammad');
  // The holder on the date after another name is left as it was (an object of the verb: استقبل فلان رئيس ...).
  const c = run('واستقبل عبد الملك الحوثي رئيس المجلس السياسي الأعلى في صنعاء.', '2018-06-01');
  assert.equal(titleOf(c, 'رئيس المجلس السياسي'), 'per:mahdi-al-mashat');
});

test('a head title whose phrase ends in a body named after a person does not name that person', () => {
  const a = run('وكان الوزير الجديد مديرا للبنك، ورئيس لمجلس أمناء صندوق الملك عبد الله الثاني للتنمية، قبل أن يدخل الحكومة.', '2018-06-05');
  assert.notEqual(titleOf(a, 'لمجلس أمناء'), 'per:abdullah-ii');
  const b = run('وقال رئيس مجلس أمناء جامعة الملك سعود إن العام الدراسي يبدأ غدا.', '2018-06-05');
  assert.notEqual(titleOf(b, 'مجلس أمناء'), 'per:king-saud');
});
