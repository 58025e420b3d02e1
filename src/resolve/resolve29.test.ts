/**
 * (resolve29) Titles on new text, the classes of a blind audit (docs/knowledge-base.md, "Twentieth session
 * (resolve29)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('a head title right after a name that a preposition governs is that name\'s apposition', () => {
  const a = run('ونقلت الوكالة عن يوسف بن علي زعيم حزب الحرية الشعبية قوله إن الانتخابات ستجري في موعدها.');
  assert.match(titleOf(a, 'زعيم حزب') ?? '', /Ali/);
  const b = run('وجاءت الدعوة على لسان مراد الخطيب الأمين العام للحزب الحاكم خلال لقاء مع النواب.');
  assert.match(titleOf(b, 'الأمين العام') ?? '', /Khatib/);
});

test('a head title right after a verb\'s subject, with no comma, stays no title of that subject', () => {
  // استقبل فلان رئيس الشركة: the title is the verb's object, another person.
  const a = run('واستقبل يوسف بن علي رئيس شركة سيمنس في مكتبه بالعاصمة.');
  assert.equal(titleOf(a, 'رئيس شركة'), null);
});

test('a construct title\'s country written as a hashtag gives the title its country', () => {
  const a = run('والتقى وزير خارجية #كوريا_الشمالية، ري يونغ هو، رئيس الوزراء السويدي في ستوكهولم.', '2018-03-16');
  assert.equal(titleOf(a, 'وزير خارجية'), 'per:ri-yong-ho');
  const b = run('وقال زعيم #كوريا_الشمالية إن بلاده تريد السلام.', '2018-03-16');
  assert.equal(titleOf(b, 'زعيم'), 'per:kim-jong-un');
});

test('a head title whose body or holder is a hashtag is the holder\'s', () => {
  const a = run('وانتقد رئيس حزب #القوات_اللبنانية سمير جعجع قرار الحكومة الأخير.', '2018-02-20');
  assert.equal(titleOf(a, 'رئيس حزب'), 'per:samir-geagea');
  const b = run('وقال خليل حمادة الناطق باسم #نقابة_الموظفين إن الإضراب مستمر.', '2018-02-20');
  const e = b.entities.find((x) => x.mentions.some((m) => m.kind === 'title'));
  assert.equal(e?.mentions.find((m) => m.kind === 'title')?.text, 'الناطق باسم #نقابة_الموظفين');
});

test('a foreign military rank between a title and its holder\'s name is passed over', () => {
  const a = run('وقال قائد الجيش الإسرائيلي، اللفتنانت جنرال جادي إيزنكوت، إن الجيش مستعد لكل الاحتمالات.', '2018-03-21');
  assert.equal(titleOf(a, 'قائد الجيش'), 'per:gadi-eisenkot');
  const b = run('وقال نائب قائد الحرس الثوري الإيراني، سردار حسين سلامي، إن بلاده لا تخشى العقوبات.', '2018-05-08');
  assert.equal(titleOf(b, 'قائد الحرس'), 'per:hossein-salami');
});

test('a spokesperson\'s noun alone right before a name is that person\'s title', () => {
  const a = run('وقال المتحدث ستيف غولدشتاين إن الوزير سيستأنف برنامجه غدا.', '2018-03-10');
  assert.equal(titleOf(a, 'المتحدث'), 'per:steve-goldstein');
  const b = run('وصرحت المتحدثة ماريا زاخاروفا بأن موسكو سترد على القرار.', '2018-03-10');
  assert.equal(titleOf(b, 'المتحدثة'), 'per:maria-zakharova');
  // One adjective may stand between (الحكومي، الرئاسي، العسكري).
  const d = run('وأعلن المتحدث الرئاسي بسام راضي أن الرئيس قبل الاستقالة.', '2018-06-05');
  assert.equal(titleOf(d, 'المتحدث الرئاسي'), 'per:bassam-rady');
  // With باسم the phrase is the spokesperson's body, as before; a spokesperson with no name after it names no one here.
  const c = run('وقال المتحدث إن الوزير سيستأنف برنامجه غدا.', '2018-03-10');
  assert.equal(titleOf(c, 'المتحدث'), null);
});

test('a head title\'s phrase after a name ends before a relative pronoun', () => {
  const a = run('وقالت سلمى حداد، المتحدثة باسم التجمع الذي يحتج على القرار، إن العدد كبير.');
  const e = a.entities.find((x) => x.mentions.some((m) => m.kind === 'title'));
  assert.equal(e?.mentions.find((m) => m.kind === 'title')?.text, 'المتحدثة باسم التجمع');
});
