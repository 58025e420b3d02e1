/**
 * Cues of the quotes26 recall pass (docs/quotes.md): a finding with its clause (خلص إلى أن), a belief with its clause
 * (اعتقد، and the passive يُعتقد أن that is no one's), a comment in a long quotation (علق "..."), an attribution through
 * an account (حسب رواية X), and وصف with its بـ inside the quotation marks. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf as run } from './speaker-cases.ts';

const contentOf = (text: string) => run(text, []).map((q) => q.text);

test('خلص إلى أن reports a finding; خلص من does not', () => {
  const quotes = run('وخلصت لجنة التحقيق إلى أن الحريق نجم عن خلل كهربائي في المخزن.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue.text, 'خلصت');
  assert.equal(quotes[0]!.text, 'الحريق نجم عن خلل كهربائي في المخزن');
  assert.deepEqual(contentOf('وخلص التاجر من ديونه بعد سنوات من العمل.'), []);
});

test('a belief with a subject and its clause is a quote, the passive يعتقد أن is not', () => {
  const quotes = run('وتعتقد الشرطة المحلية أن عصابة منظمة تقف وراء السرقة.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerText, 'الشرطة المحلية');
  assert.deepEqual(contentOf('ويعتقد أن اللص فر إلى مدينة مجاورة.'), []);
});

test('علق with a long quotation after the subject and an addressee reports it', () => {
  const quotes = run('وعلق مسؤول في البلدية لإذاعة محلية "نتوقع أن تنتهي أعمال الصيانة قبل نهاية الشهر الجاري".', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, true);
  assert.equal(quotes[0]!.text, 'نتوقع أن تنتهي أعمال الصيانة قبل نهاية الشهر الجاري');
});

test('حسب رواية X attributes the clause before it to X', () => {
  const quotes = run('وانقطعت الكهرباء عن الحي طوال الليل، بحسب رواية السكان المحليين.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerText, 'السكان المحليين');
  assert.equal(quotes[0]!.text, 'انقطعت الكهرباء عن الحي طوال الليل');
});

test('وصف with بـ inside the quotation marks reports the label', () => {
  const quotes = run('ووصف رئيس البلدية المشروع "بالإنجاز التاريخي" خلال الحفل.', []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, true);
  assert.equal(quotes[0]!.text, 'بالإنجاز التاريخي');
  // A quoted name that does not open with بال is not what وصف calls its object.
  assert.deepEqual(contentOf('ووصف رئيس البلدية مشروع "الحديقة الكبرى" خلال الحفل.'), []);
});

test('the passive يعتقد with an adverb before أن is no one\'s belief', () => {
  assert.deepEqual(contentOf('وكان يعتقد أيضا أن السفينة غرقت قرب الساحل.'), []);
  assert.deepEqual(contentOf('كما يعتقد على نطاق واسع أن المصنع سيغلق قريبا.'), []);
  assert.deepEqual(contentOf('وحوصر السكان في القرية، ويعتقد بأنهم فروا إلى الغابة.'), []);
  // A subject after the verb keeps it a cue.
  assert.equal(run('ويعتقد الباحثون أيضا أن السفينة غرقت قرب الساحل.', []).length, 1);
});

test('a belief needs its believer before it when أن follows the verb', () => {
  // A subject before the verb, or a connector with its pronoun.
  assert.equal(run('ولكن العلماء يعتقدون أن الموقع انهار جزئيا.', []).length, 1);
  assert.equal(run('وكانت الوزيرة تعتقد أنها توصلت إلى اتفاق.', []).length, 1);
  // A thought told of someone: و/ف on the verb, حيث, لمن.
  assert.deepEqual(contentOf('واعتقدت أنها طلبت الرقم الخطأ.'), []);
  assert.deepEqual(contentOf('فاعتقدت أن اللقاء سيكون قصيرا.'), []);
  assert.deepEqual(contentOf('ووصل إلى المطار حيث اعتقد أن الطائرة ستقلع.'), []);
});

test('a belief after a relative pronoun describes, and the participle of اعتقد is no cue', () => {
  assert.deepEqual(contentOf('وزار الوفد الصخرة التي يعتقد السكان أن النبي صلى عليها.'), []);
  assert.deepEqual(contentOf('وقفز من النافذة معتقدا أن الماء عميق.'), []);
});
