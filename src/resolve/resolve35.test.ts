/**
 * (resolve35) Title phrasings on new text (docs/knowledge-base.md, "Twenty-second session (resolve35)"): the
 * construct form أمين عام + body, an adviser's noun as a head title, a head title's phrase that stops before a clause
 * particle or a ب-governed noun, and the Taliban and Workers' Party records split by country. The sentences are written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf, entityAt } from './title-test-kit.ts';

test('أمين عام + a body (the construct form of الأمين العام) is the title of the name beside it', () => {
  assert.equal(titleOf(run('وقال أمين عام الجامعة العربية أحمد أبو الغيط إن الاجتماع سيعقد الشهر المقبل.'), 'أمين عام'), 'per:ahmed-aboul-gheit');
  assert.equal(titleOf(run('وقال جينس ستولتنبرغ، أمين عام حلف الناتو، إن الحلف سيبقى موحدا.'), 'أمين عام'), 'per:jens-stoltenberg');
  // A body the KB lacks: the title is the named person's all the same.
  const a = run('وأكد أمين عام وزارة الزراعة المصرية حسين عبد الرحمن أن المحصول وفير هذا العام.');
  assert.equal(titleOf(a, 'أمين عام'), entityAt(a, 'حسين عبد الرحمن')?.replace(/^PER /, ''));
  // أمين alone is a given name, not a head.
  assert.equal(titleOf(run('وقال محمد أمين إن الأسعار ارتفعت في الأسواق.'), 'أمين'), null);
});

test('a head title after a name stops before a clause particle, so a later mention of the body does not stretch it', () => {
  const a = run('وقال حسن نصرالله أمين عام حزب الله إن الحزب باق في سوريا.');
  assert.equal(titleOf(a, 'أمين عام'), 'per:hassan-nasrallah');
});

test("an adviser's noun before a body is a head title", () => {
  assert.equal(titleOf(run('وكتب المستشار في الديوان الملكي سعود القحطاني تغريدة مطولة.'), 'المستشار في'), 'per:saud-al-qahtani');
  assert.equal(titleOf(run('وقال مستشار الكرملين يوري أوشاكوف إن موعد القمة لم يحدد بعد.'), 'مستشار الكرملين'), 'per:yuri-ushakov');
  assert.equal(titleOf(run('وقال جاريد كوشنر، مستشار البيت الأبيض، إن الخطة شبه جاهزة.'), 'مستشار البيت'), 'per:jared-kushner');
  // The chancellor's title of the table stays the chancellor's.
  assert.equal(titleOf(run('وقالت المستشارة الألمانية أنغيلا ميركل إن أوروبا موحدة.'), 'المستشارة'), 'per:angela-merkel');
});

test('a noun with ب on it ends a title phrase: the name it governs is not the title holder', () => {
  const a = run('ورحب سعود القحطاني، المستشار في الديوان الملكي بزيارة الأمير بندر، بالنتائج.');
  assert.equal(titleOf(a, 'المستشار في'), 'per:saud-al-qahtani');
});

test("the Pakistani Taliban and Brazil's Workers' Party are their own bodies, with their heads on the date", () => {
  assert.equal(entityAt(run('وتبنت حركة طالبان الباكستانية الهجوم على المدرسة.'), 'حركة طالبان'), 'org:tehrik-i-taliban-pakistan');
  assert.equal(titleOf(run('وعرضت الخارجية الأمريكية مكافأة مالية مقابل معلومات عن زعيم طالبان الباكستانية.', '2018-03-09'), 'زعيم طالبان'), 'per:mullah-fazlullah');
  assert.equal(titleOf(run('وقال زعيم حركة طالبان في رسالة إن الحركة لن تفاوض.', '2018-06-14'), 'زعيم حركة'), 'per:hibatullah-akhundzada');
  assert.equal(entityAt(run('وقال حزب العمال البرازيلي إن مرشحه سيخوض الانتخابات.'), 'حزب العمال'), 'org:workers-party-brazil');
  // The bare name stays the British party.
  assert.equal(entityAt(run('وقال حزب العمال المعارض إن الحكومة فشلت.'), 'حزب العمال'), 'org:labour-party');
});

test('نظيره: the counterpart of a subject named by name or in the sentence before, and of another title', () => {
  // A president's counterpart in an emirate is its emir.
  assert.equal(titleOf(run('وأكد الرئيس التركي ونظيره القطري على تطوير العلاقات بين البلدين.', '2018-08-15'), 'نظيره'), 'per:tamim-bin-hamad-al-thani');
  // A subject named by name only: his office's title on the date (the Iranian president, not the supreme leader).
  assert.equal(titleOf(run('وقال ترامب إنه مستعد للقاء نظيره الإيراني دون شروط.', '2018-07-31'), 'نظيره'), 'per:hassan-rouhani');
  // The subject in the sentence before.
  assert.equal(titleOf(run('وقال وزير الخارجية الأمريكي إن الحوار ضروري. وفي المقابل أكد نظيره القطري أن الأزمة ستنتهي.', '2018-09-29'), 'نظيره'), 'per:mohammed-bin-abdulrahman-al-thani');
  // Not when a body or a demonym before it in its sentence is what it is the counterpart of.
  assert.equal(titleOf(run('وقال بوتين إن البطولة ناجحة. وفاز المنتخب الروسي على نظيره السعودي بخمسة أهداف.', '2018-06-14'), 'نظيره'), null);
});
