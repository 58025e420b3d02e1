import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, entityAt } from './title-test-kit.ts';

test('a capital that bears its country\'s name is the country after a locative word, the city when the text says so', () => {
  const a = run('وقرر الرئيس الفلبيني فرض حظر على سفر العمالة إلى الكويت بعد مقتل عاملة في الكويت.', '2018-04-30');
  assert.equal(entityAt(a, 'الكويت'), 'cty:KWT');
  const b = run('وأضرب الأطباء المقيمون في الجزائر عن العمل منذ أشهر.', '2018-05-01');
  assert.equal(entityAt(b, 'الجزائر'), 'cty:DZA');
  // مدينة before it, العاصمة after it: the city.
  const c = run('انتخب أعضاء مجلس بلدية مدينة تونس امرأة لتولي منصب العمدة.', '2018-07-03');
  assert.equal(entityAt(c, 'تونس'), 'loc:tunis');
  const d = run('وتظاهر المئات في تونس العاصمة يوم السبت.', '2018-07-03');
  assert.equal(entityAt(d, 'تونس'), 'loc:tunis');
  // A capital that names its state only as a metonym stays the city after a locative word.
  const e = run('وعقد الاجتماع في واشنطن يوم الثلاثاء.', '2018-07-03');
  assert.equal(entityAt(e, 'واشنطن'), 'loc:washington-d-c');
});

test('a KB name, then a word of the clause in one recognizer span, is the KB name', () => {
  const a = run('ويرى نصر الله أن "ترامب ينهب بطريقة علنية مكشوفة".', '2018-05-01');
  assert.equal(entityAt(a, 'ترامب'), 'per:donald-trump');
  const b = run('أمير قطر يهنئ روحاني برمضان ويشكره على موقف إيران.', '2018-05-17');
  assert.equal(entityAt(b, 'روحاني'), 'per:hassan-rouhani');
  const c = run('وقال دبلوماسي: اعتقد أن مساعدة الاتحاد الأوروبي تساعدنا في الأزمة.', '2018-05-01');
  assert.equal(entityAt(c, 'الاتحاد الأوروبي'), 'org:european-union');
  // Another person's surname after a given name stays part of the name.
  const d = run('وقال عباس الجوهري إن المشروع سيكتمل.', '2018-05-01');
  assert.notEqual(entityAt(d, 'عباس'), 'per:mahmoud-abbas');
});

test('a word of the clause before a KB person\'s full name in one recognizer span is no part of it', () => {
  const a = run('ومن المرتقب أن يتباحث بن سلمان مع الرئيس الأمريكي في البيت الأبيض.', '2018-03-19');
  assert.equal(entityAt(a, 'بن سلمان'), 'per:mohammed-bin-salman');
  // A given name before a KB name is another person's full name.
  const b = run('وقال الشاعر عبدالرحمن يوسف القرضاوي إن القضية لن تنسى.', '2018-10-20');
  assert.notEqual(entityAt(b, 'عبدالرحمن'), 'per:yusuf-al-qaradawi');
});

test('an office noun (رئاسة) behind ب or ل, or after a word of taking or leaving office, names no body', () => {
  const a = run('وسيعقد مجلس الجامعة اجتماعا طارئا برئاسة السعودية الثلاثاء.', '2018-04-02');
  assert.ok(!a.entities.some((e) => e.type === 'ORG' && e.name.includes('رئاسة')));
  assert.equal(entityAt(a, 'السعودية'), 'cty:SAU');
  const b = run('وكان سيف تولى رئاسة البنك المركزي قبل أعوام. واستقال سركسيان من رئاسة الوزراء.', '2018-07-25');
  assert.ok(!b.entities.some((e) => e.type === 'ORG' && e.name.includes('رئاسة')));
  // A presidency that speaks is the body.
  const c = run('وأعلنت رئاسة كوريا الجنوبية أن القمة ستعقد قريبا.', '2018-09-01');
  assert.ok(c.entities.some((e) => e.type === 'ORG' && e.name.includes('رئاسة')));
});

test('البيضاء alone is Yemen\'s governorate after a locative word, not the colour; بوينوس آيرس is Buenos Aires', () => {
  const a = run('وقتل ثلاثة حوثيين في البيضاء وسط اليمن، فيما رفع آخرون الراية البيضاء.', '2018-05-05');
  assert.equal(entityAt(a, 'في البيضاء'.slice(3)), 'loc:al-bayda-governorate');
  assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.start > a.document.text.indexOf('الراية') && m.text === 'البيضاء')));
  const b = run('لأن ذلك متعذر في بوينوس آيرس.', '2018-06-02');
  assert.equal(entityAt(b, 'بوينوس'), 'loc:buenos-aires');
});
