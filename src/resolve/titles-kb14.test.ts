import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, titleOf } from './title-test-kit.ts';

test("a country's envoy in a Security Council or General Assembly story is its envoy to the UN", () => {
  const a = run('شهدت جلسة مجلس الأمن الدولي سجالا حادا حول سوريا. وقال المندوب الروسي إن بلاده ترفض الاتهامات.');
  assert.equal(titleOf(a, 'المندوب الروسي'), 'per:vasily-nebenzya');
  const b = run('صوتت الجمعية العامة على القرار بأغلبية كبيرة، وهاجمت المندوبة الأمريكية الدول التي أيدته.', '2017-12-21');
  assert.equal(titleOf(b, 'المندوبة الأمريكية'), 'per:nikki-haley');
});

test('an envoy in a story that names neither the UN nor its two councils stays generic', () => {
  const a = run('التقى المندوب الروسي وفد المعارضة في جنيف لبحث الدستور السوري.');
  assert.notEqual(titleOf(a, 'المندوب الروسي'), 'per:vasily-nebenzya');
});

test('a post named after an ambassadorial title chooses the holder posted there, whatever the counts', () => {
  // Saudi Arabia's ambassador in Yemen is not its ambassador to the United States, the one the KB holds.
  const a = run('قال سفير السعودية في اليمن إن المساعدات وصلت إلى عدن. وتدعم السعودية الحكومة اليمنية في اليمن.', '2018-09-02');
  assert.notEqual(titleOf(a, 'سفير السعودية'), 'per:khalid-bin-salman');
  // A country's ambassador to the UN is its envoy there.
  const b = run('قال السفير الروسي لدى الأمم المتحدة إن بلاده ستطلب اجتماعا طارئا.', '2018-04-13');
  assert.equal(titleOf(b, 'السفير الروسي'), 'per:vasily-nebenzya');
});

test("a deputy's or a chargé's phrase is not the holder's", () => {
  const a = run('وقال مساعد السفير الروسي لدى الأمم المتحدة إن بلاده ترفض القرار.', '2018-07-28');
  assert.notEqual(titleOf(a, 'السفير الروسي'), 'per:vasily-nebenzya');
  const b = run('وقال القائم بأعمال السفير الروسي لدى الأمم المتحدة إن بلاده ترفض القرار.', '2018-07-28');
  assert.notEqual(titleOf(b, 'السفير الروسي'), 'per:vasily-nebenzya');
});

test('a former ambassador is not the sitting one', () => {
  const a = run('عين ترامب السفير الأميركي السابق لدى الأمم المتحدة مستشارا للأمن القومي.', '2018-03-22');
  assert.notEqual(titleOf(a, 'السفير الأميركي'), 'per:nikki-haley');
});

test('a name before a comma takes the title after it also when the title names its post', () => {
  const a = run('وقال رياض حداد، السفير السوري في موسكو، إن الحكومة ستواصل العمليات.', '2018-04-16');
  const e = a.entities.find((x) => x.mentions.some((m) => m.kind === 'name' && m.text.includes('حداد')));
  assert.ok(e, 'the name is found');
  assert.ok(e.mentions.some((m) => m.kind === 'title' && m.text.startsWith('السفير السوري')));
});
