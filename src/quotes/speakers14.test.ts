/**
 * Cue rules of the quotes14 pass, checked on unlabelled corpus text (scripts/quote-speaker-gaps.ts --compare):
 * sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

test('تبيّن with no subject before أن is "it turned out", not a statement', () => {
  assert.equal(run('وعندما فتح الباب تبين أنه شقيقه الأصغر.', []).length, 0);
  assert.equal(run('وتبين لاحقا أن معظم الركاب من الأطفال.', []).length, 0);
  assert.equal(run('وبعد فحص العينات، تبين أن الماء ملوث.', []).length, 0);
});

test('تبيّن with a subject before أن (documents, pictures show) is still a cue', () => {
  const quotes = run('وتبين الصور أن الجسر انهار بالكامل.', []);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.text, /^الجسر انهار/);
});

test('يتوقع right before أن is the passive "it is expected", with a subject between it is a cue', () => {
  assert.equal(run('وبعد اكتمال المشروع، يتوقع أن يرتفع إنتاج الكهرباء.', []).length, 0);
  assert.equal(run('وهي الخطة التي يتوقع أن يقرها البرلمان الأسبوع المقبل.', []).length, 0);
  const quotes = run('ويتوقع خبراء أن ترتفع الأسعار.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerText, 'خبراء');
});
