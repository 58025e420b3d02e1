/**
 * Cues of the quotes31 recall pass (docs/quotes.md, "Fourteenth session"): verbs of saying the lexicon lacked, each
 * only with a complement clause (نبه إلى أن، استبعد أن، أنكر أن), and the same verbs with a noun
 * object, which report nothing the gold counts. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

const contentOf = (text: string) => run(text, []).map((q) => q.text);

test('نبه إلى أن / من أن reports the clause; نبه إلى + a noun does not', () => {
  const quotes = run('ونبه رئيس البلدية إلى أن شبكة الصرف لن تتحمل أمطارا غزيرة.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'نبه');
  assert.equal(quotes[0]!.speakerText, 'رئيس البلدية');
  assert.equal(quotes[0]!.text, 'شبكة الصرف لن تتحمل أمطارا غزيرة');
  assert.deepEqual(contentOf('ونبه الطبيب إلى خطورة التدخين على القلب.'), []);
});

test('استبعد أن reports the clause; استبعد + a noun does not', () => {
  const quotes = run('واستبعد وزير المالية أن ترتفع الأسعار خلال الأشهر المقبلة.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerText, 'وزير المالية');
  assert.equal(quotes[0]!.text, 'ترتفع الأسعار خلال الأشهر المقبلة');
  assert.deepEqual(contentOf('واستبعد المدرب المهاجم من قائمة المباراة.'), []);
});

test('أنكر أن reports its clause; أنكر + a noun does not; لاحظ أن (a perception in a story) stays no cue', () => {
  const denial = run('وأنكر السائق أنه كان يقود بسرعة كبيرة.', []);
  assert.equal(denial.length, 1);
  assert.equal(denial[0]!.text, 'كان يقود بسرعة كبيرة');
  assert.deepEqual(contentOf('وأنكر الرجل معرفته بالحادث.'), []);
  assert.deepEqual(contentOf('وعاد الصياد إلى البيت عندما لاحظ أن الغيوم تتجمع فوق البحر.'), []);
});

test('ولا يستبعد أن (the passive "it is not ruled out") is no cue; with a subject between it is', () => {
  assert.deepEqual(contentOf('ولا يستبعد أن ترتفع أسعار الوقود مجددا الشهر المقبل.'), []);
  const quotes = run('ولا يستبعد خبراء أن ترتفع أسعار الوقود مجددا الشهر المقبل.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerText, 'خبراء');
});

const country = (name: string, iso: string) => ({ id: iso, type: 'LOC' as const, kbId: `cty:${iso}`, forms: [[name, 'name']] as Array<[string, 'name']> });

test('a country\'s headline with a first-person clause is its quote; a label in the third person is not', () => {
  const quotes = run('تركيا: سنرد بحزم على أي اعتداء جديد\nوأعلنت الحكومة التركية تعزيز قواتها على الحدود.', [country('تركيا', 'TUR')]);
  const headline = quotes.filter((q) => q.cue.text === ':');
  assert.equal(headline.length, 1);
  assert.equal(headline[0]!.speaker, 'TUR');
  assert.equal(headline[0]!.text, 'سنرد بحزم على أي اعتداء جديد');
  const present = run('كندا: ندعم جهود الوساطة بين البلدين\nوجاء ذلك في مؤتمر صحفي عقد في العاصمة.', [country('كندا', 'CAN')]);
  assert.equal(present.filter((q) => q.cue.text === ':').length, 1);
  const negated = run('اليابان: لا نريد حربا تجارية مع أحد\nوتراجعت الأسهم في طوكيو أمس.', [country('اليابان', 'JPN')]);
  assert.equal(negated.filter((q) => q.cue.text === ':').length, 1);
});

test('a country\'s headline with a noun after the colon stays a label (النظام، النواب are written with the article)', () => {
  for (const text of ['مصر: ارتفاع أسعار الوقود للمرة الثالثة\nوقررت اللجنة رفع الأسعار.', 'اليابان: نظام جديد لتأشيرات العمال الأجانب\nويبدأ العمل به الشهر المقبل.', 'الأردن: نواب يطالبون بإقالة الحكومة\nوجاءت المطالبة بعد جلسة طويلة.'])
    assert.deepEqual(run(text, [country(text.slice(0, text.indexOf(':')), 'XXX')]).filter((q) => q.cue.text === ':'), []);
});

test('a straight quotation holding a short quoted name runs to its own closing mark', () => {
  const quotes = run('وقالت الجمعية في بيان نشرته صحيفة محلية "نعرف أن أعضاء "الرابطة" تسببوا في أضرار كبيرة للسكان ونحن نعتذر بصدق".', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, true);
  assert.equal(quotes[0]!.text, 'نعرف أن أعضاء "الرابطة" تسببوا في أضرار كبيرة للسكان ونحن نعتذر بصدق');
  // Two quotations side by side are not nested.
  assert.deepEqual(contentOf('وقال "نعم" ثم أضاف "لا نعرف شيئا عن الموضوع".'), ['لا نعرف شيئا عن الموضوع']);
});

test('ختم with a long quotation that ends its clause reports it; ختم with a noun object does not', () => {
  const quotes = run('وختمت الوزيرة "سنواصل العمل حتى يعود كل طالب إلى مدرسته".', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'سنواصل العمل حتى يعود كل طالب إلى مدرسته');
  assert.deepEqual(contentOf('وختم اللاعب مسيرته مع النادي الموسم الماضي.'), []);
});

test('a poll and residents are attribution sources', () => {
  const poll = run('ويؤيد نصف الناخبين الإصلاحات الجديدة، بحسب استطلاع للرأي نشر أمس.', []);
  assert.equal(poll.length, 1);
  assert.equal(poll[0]!.speaker, null);
  assert.equal(poll[0]!.text, 'يؤيد نصف الناخبين الإصلاحات الجديدة');
  const residents = run('وبحسب قاطنين في الحي، فإن الانفجار وقع قرب السوق المركزي.', []);
  assert.equal(residents.length, 1);
  assert.equal(residents[0]!.text, 'الانفجار وقع قرب السوق المركزي');
});
