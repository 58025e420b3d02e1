/**
 * (resolve32) Office holders the KB lacked for head titles of bodies (docs/knowledge-base.md, "Twenty-first session
 * (resolve32)"): party and group leaders, commanders and agency heads with their body (data/kb/people/
 * offices-resolve32-variants.jsonl, corpus-resolve32-variants.jsonl), a branch of a body elsewhere, a central bank's
 * governor, and the UN High Commissioner for Human Rights named by a title that names its body itself. The sentences
 * are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';
import type { Analysis } from '../core/analysis.ts';

/** The kbId of the organization with a name mention over `words`. */
const orgAt = (a: Analysis, words: string) => {
  const at = a.document.text.indexOf(words);
  return a.entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => m.kind === 'name' && m.start <= at && m.end > at))?.kbId ?? null;
};

test('a head title of a party or armed group is its leader on the date', () => {
  assert.equal(titleOf(run('وقال رئيس حزب الغد في مؤتمر صحفي إن الانتخابات جرت بهدوء.', '2018-03-28'), 'رئيس حزب'), 'per:moussa-mostafa-moussa');
  assert.equal(titleOf(run('ودعا زعيم التيار الصدري أنصاره إلى الهدوء.', '2018-05-20'), 'زعيم التيار'), 'per:muqtada-al-sadr');
  assert.equal(titleOf(run('وقال قائد الحرس الثوري الإيراني إن بلاده لن تتراجع.', '2018-05-15'), 'قائد الحرس'), 'per:mohammad-ali-jafari');
  // The leader changes with the date.
  assert.equal(titleOf(run('وقال الأمين العام لحركة الجهاد الإسلامي إن المقاومة مستمرة.', '2018-10-10'), 'الأمين العام'), 'per:ziyad-al-nakhalah');
  assert.equal(titleOf(run('وقال الأمين العام لحركة الجهاد الإسلامي إن المقاومة مستمرة.', '2018-03-10'), 'الأمين العام'), 'per:ramadan-shalah');
});

test('a name in apposition keeps the head title, and the added offices leave the actor of the main office', () => {
  const a = run('وقال ماتيو سالفيني زعيم حزب الرابطة إن الحكومة لن تسمح برسو السفينة.', '2018-07-14');
  assert.equal(titleOf(a, 'زعيم حزب'), 'per:matteo-salvini');
  // Salvini is the interior minister on that date: the party's office comes after it.
  assert.equal(a.entities.find((e) => e.kbId === 'per:matteo-salvini')?.actor, 'ITAGOV');
  const b = run('وقال جيمس كومي مدير مكتب التحقيقات الفيدرالي إن التحقيق مستمر.', '2018-04-20');
  assert.equal(titleOf(b, 'مدير مكتب'), 'per:james-comey');
});

test('a body followed by في and another country, a place of it or an unnamed place is a branch, whose head is not the body\'s', () => {
  assert.equal(titleOf(run('وقال زعيم تنظيم الدولة الإسلامية في أفغانستان إن الهجمات ستستمر.', '2018-03-04'), 'زعيم تنظيم'), null);
  assert.equal(titleOf(run('وقال قائد الحرس الثوري في سوريا إن قواته باقية.', '2018-05-15'), 'قائد الحرس'), null);
  assert.equal(titleOf(run('وأكدت القوات الأمريكية أن قائد تنظيم داعش في البلاد قتل في هجوم.', '2018-09-03'), 'قائد تنظيم'), null);
  // A place of the body's own country tells where the sentence happens; a demonym describes the body.
  assert.equal(titleOf(run('واستقبل عبد الملك الحوثي رئيس المجلس السياسي الأعلى في صنعاء.', '2018-06-01'), 'رئيس المجلس'), 'per:mahdi-al-mashat');
  assert.equal(titleOf(run('وأقر زعيم ميليشيات الحوثي الإيرانية بالهزائم المتلاحقة.', '2018-05-27'), 'زعيم ميليشيات'), 'per:abdul-malik-al-houthi');
  // An adjective may stand between the body and the place; a name after it is the title's.
  const a = run('لكن رئيس حزب العمال المعارض في أستراليا بيني وونغ قال إن الحكومة تلعب بالنار.', '2018-10-16');
  assert.equal(titleOf(a, 'رئيس حزب'), 'per:penny-wong');
  // في and the body's own country is the body itself.
  assert.equal(titleOf(run('وقال رئيس المجلس القومي للمرأة في مصر إن القانون خطوة مهمة.', '2018-07-24'), 'رئيس المجلس'), 'per:maya-morsy');
});

test('a central bank\'s governor is its head on the date', () => {
  assert.equal(titleOf(run('وفرضت واشنطن عقوبات على محافظ البنك المركزي الإيراني.', '2018-05-16'), 'محافظ البنك'), 'per:valiollah-seif');
  assert.equal(titleOf(run('وقال محافظ البنك المركزي الإيراني إن الريال سيتعافى.', '2018-09-01'), 'محافظ البنك'), 'per:abdolnaser-hemmati');
});

test('the UN High Commissioner for Human Rights, named by the title alone, and the UN inside the title', () => {
  const a = run('وانتقد مفوض الأمم المتحدة السامي لحقوق الإنسان قرار الحكومة.', '2018-06-19');
  assert.equal(titleOf(a, 'مفوض الأمم'), 'per:zeid-raad-al-hussein');
  assert.equal(orgAt(a, 'الأمم المتحدة'), 'org:united-nations');
  assert.equal(titleOf(run('وقالت المفوضة السامية لحقوق الإنسان إن التقرير سينشر قريبا.', '2018-09-11'), 'المفوضة السامية'), 'per:michelle-bachelet');
  const b = run('وحذر المفوض السامي للأمم المتحدة لحقوق الإنسان من كارثة وشيكة.', '2018-07-02');
  assert.equal(titleOf(b, 'المفوض السامي'), 'per:zeid-raad-al-hussein');
  assert.equal(orgAt(b, 'لأمم المتحدة'), 'org:united-nations');
  // A former holder is not the one in office.
  assert.notEqual(titleOf(run('وقال المفوض السامي لحقوق الإنسان السابق إن الوضع خطير.', '2018-09-11'), 'المفوض السامي'), 'per:michelle-bachelet');
});

test('a spokesperson of the High Commissioner keeps her title, with the body inside the title (a guard: main reads it so)', () => {
  const a = run('وقالت الناطقة باسم مفوض الأمم المتحدة السامي لحقوق الإنسان، ليز ثروسيل، إن الهدم يجب أن يتوقف.', '2018-07-04');
  assert.equal(titleOf(a, 'الناطقة باسم'), 'per:liz-throssell');
  assert.equal(orgAt(a, 'الأمم المتحدة'), 'org:united-nations');
});
