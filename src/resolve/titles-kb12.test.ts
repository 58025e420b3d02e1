import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test('a title without a country is the office holder the article names, before or after it', () => {
  const a = run('طالب المتظاهرون رئيس الوزراء بالاستقالة. وكان رجب طيب أردوغان قد رفض الاتهامات في أنقرة.', '2014-01-05');
  assert.equal(titleOf(a, 'رئيس الوزراء'), 'per:recep-tayyip-erdogan');
});

test('a title without a country and no holder named is the holder in the country the article names most', () => {
  const a = run('أصدر رئيس مجلس الوزراء قرارا جديدا في القاهرة. وقالت الحكومة المصرية إن القرار يخص مصر وحدها.', '2018-04-14');
  assert.equal(titleOf(a, 'رئيس مجلس الوزراء'), 'per:sherif-ismail');
  const b = run('التقى رئيس البلاد قادة الأحزاب في روما لتشكيل حكومة إيطالية جديدة بعد انتخابات إيطاليا.');
  assert.equal(titleOf(b, 'رئيس البلاد'), 'per:sergio-mattarella');
});

test('a bare title is no office holder as an adjective, a chief executive, a past holder or an office being filled', () => {
  const a = run('قصفت الطائرات المعقل الرئيس للمسلحين في مصر. وقال الرئيس التنفيذي للشركة المصرية إن العمل توقف.');
  assert.equal(titleOf(a, 'الرئيس للمسلحين'), null);
  assert.equal(titleOf(a, 'الرئيس التنفيذي'), null);
  const b = run('يسعى التحالف في العراق إلى التأثير على اختيار رئيس الوزراء بعد الانتخابات العراقية.', '2018-07-20');
  assert.equal(titleOf(b, 'رئيس الوزراء'), null);
});

test('a bare title next to a name is that name\'s (after it, or before it behind a comma)', () => {
  const a = run('خرج المتظاهرون ضد إطاحة الجيش بالرئيس الإسلامي محمد مرسي في مصر. وقال عبد الفتاح السيسي إن الجيش استجاب.', '2018-08-12');
  assert.equal(titleOf(a, 'الرئيس الإسلامي'), 'per:mohamed-morsi');
  const b = run('ولم يحدد أوباما، الرئيس الرابع والأربعين للبلاد، موعدا لنشر الكتاب. وانتقد دونالد ترامب الكتاب.', '2018-02-26');
  assert.equal(titleOf(b, 'الرئيس الرابع'), 'per:barack-obama');
});

test('the head of a body or a minister the title table lacks is tied to the name next to it', () => {
  const a = run('حذر قائد فيلق القدس في الحرس الثوري الإيراني اللواء قاسم سليماني الولايات المتحدة.', '2018-07-26');
  assert.equal(titleOf(a, 'قائد فيلق'), 'per:qasem-soleimani');
  const b = run('ونقلت الوكالة عن فلاديمير شامانوف، رئيس لجنة الدفاع بمجلس النواب، قوله إن السفن غادرت.', '2018-04-13');
  assert.equal(titleOf(b, 'رئيس لجنة'), 'per:vladimir-shamanov');
  const c = run('وكان زعيم حزب الرابطة، ماتيو سالفيني، قد وعد بتسريع الترحيل في إيطاليا.');
  assert.equal(titleOf(c, 'زعيم حزب'), 'per:matteo-salvini');
});

test('a head title is not tied across a preposition, a clause or a person noun', () => {
  // لترامب: the name has a preposition on it.
  const a = run('تحذير شديد اللهجة من زعيم الجمهوريين لترامب بشأن الرسوم الجمركية.');
  assert.notEqual(titleOf(a, 'زعيم الجمهوريين'), 'per:donald-trump');
  // The family's spokesperson is not the journalist named after "the journalist".
  const b = run('وقال المتحدث باسم عائلة الصحفي السعودي جمال خاشقجي إن العائلة تنتظر.', '2018-10-18');
  assert.notEqual(titleOf(b, 'المتحدث باسم عائلة'), 'per:jamal-khashoggi');
});

test('رئيس الجمهورية، أمير البلاد and مرشد الجمهورية الإسلامية are office titles', () => {
  const a = run('وقع رئيس الجمهورية ميشال عون المرسوم في بيروت. وطلب رئيس الجمهورية من اللبنانيين التريث.', '2018-06-08');
  assert.equal(titleOf(a, 'رئيس الجمهورية ميشال'), 'per:michel-aoun');
  const b = run('قالت آخر رسالة نشرها مرشد الجمهورية الإسلامية على تلغرام إن القرار نهائي.', '2018-04-19');
  assert.equal(titleOf(b, 'مرشد الجمهورية'), 'per:ali-khamenei');
});

test('a title with a pronoun country is the office of the country named last before it', () => {
  const a = run('أعلن الأردن إغلاق حدوده. وأكد وزير خارجيته أيمن الصفدي أن الحدود ستظل مغلقة.', '2018-06-28');
  assert.equal(titleOf(a, 'وزير خارجيته'), 'per:ayman-safadi');
  const b = run('نفت روسيا ضلوعها في الهجوم، ووصف وزير خارجيتها الاتهامات بأنها سخيفة.', '2018-03-15');
  assert.equal(titleOf(b, 'وزير خارجيتها'), 'per:sergey-lavrov');
  // No country before it: no one.
  assert.equal(titleOf(run('ووصف وزير خارجيتها الاتهامات بأنها سخيفة.'), 'وزير خارجيتها'), null);
});

test('a state office with its country and another country\'s person after it stays untied', () => {
  const a = run('وكان الرئيس الأمريكي إيمانويل ماكرون قد زار واشنطن.');
  assert.equal(titleOf(a, 'الرئيس الأمريكي'), null);
});

test('وكيل and مساعد make a deputy title: not the holder of the office itself', () => {
  const a = run('وحذر مساعد الأمين العام للأمم المتحدة من تدهور الأوضاع في غزة.');
  assert.notEqual(titleOf(a, 'الأمين العام'), 'per:antonio-guterres');
  const b = run('وقال مساعد وزير الخارجية الأمريكي إن المحادثات مستمرة.');
  assert.notEqual(titleOf(b, 'وزير الخارجية'), 'per:mike-pompeo');
});

test('a masculine role noun before a woman\'s name is not given to her as a title', () => {
  const a = run('نقلت الصحيفة تصريحات الناطق الرسمي باسم الحكومة هدى العلي التي قالت إن الحدود مغلقة.');
  assert.equal(titleOf(a, 'الناطق الرسمي'), null);
  const b = run('نقلت الصحيفة تصريحات الناطق الرسمي باسم الحكومة خالد العلي الذي قال إن الحدود مغلقة.');
  assert.notEqual(titleOf(b, 'الناطق الرسمي'), null);
});
