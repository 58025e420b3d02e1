import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.ts';

test('Arabic, Persian and Urdu are told apart by letters Arabic never writes or by their function words', () => {
  assert.equal(detectLanguage('أعلنت وزارة الخارجية أن الوزير سيزور القاهرة الأسبوع المقبل لبحث العلاقات الثنائية.'), 'ar');
  assert.equal(detectLanguage('وزیر امور خارجه ایران گفت که این سفر برای گسترش روابط دو کشور است و از آن استقبال می شود.'), 'fa');
  assert.equal(detectLanguage('وزیر خارجہ نے کہا ہے کہ دونوں ملکوں کے درمیان تعلقات میں بہتری آئی ہے اور یہ سلسلہ جاری رہے گا۔'), 'ur');
  assert.equal(detectLanguage('The minister said on Monday that the talks with the delegation would continue next week.'), 'en');
});

test('Arabic typed on a Persian or Urdu keyboard (ی for ي, ک for ك, ھ for ه) is still Arabic', () => {
  const arabic = 'قال الرئیس اللبنانی إن الحکومة الجدیدة ستعمل علی إصلاح الاقتصاد، وأکد أن الانتخابات ستجری فی موعدھا رغم التحدیات التی تواجھ البلاد.';
  assert.equal(detectLanguage(arabic), 'ar');
  // a shadda inside a word does not split it into pieces that look like Persian words (الرزّاز is no "از")
  assert.equal(detectLanguage('شكّل الرزّاز حكومته، وأدّت حكومة الرزّاز اليمين أمام الملك، وقال الرزّاز إن حكومته ستعمل بسرعة.'), 'ar');
});
