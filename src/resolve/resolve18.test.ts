/**
 * (resolve18) Descriptive governments, named only by their head and state, that no quote or event names
 * (docs/knowledge-base.md, "Sixteenth session (resolve18)"). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './title-test-kit.ts';
import { descriptiveMention } from './state-organs.ts';
import { loadResources } from '../resources/load.ts';

const kb = loadResources().kb;

test('a government named by its state is descriptive; a named government is not', () => {
  assert.equal(descriptiveMention('الحكومة التركية', kb), 'state');
  assert.equal(descriptiveMention('حكومة روسيا', kb), 'state');
  assert.equal(descriptiveMention('لحكومة اليابان', kb), 'state');
  assert.equal(descriptiveMention('الحكومة', kb), 'bare');
  assert.equal(descriptiveMention('حكومة الوفاق الوطني', kb), null);
  assert.equal(descriptiveMention('حكومة إقليم كردستان', kb), null);
  assert.equal(descriptiveMention('وزارة الخارجية التركية', kb), null);
});

test('an idle descriptive government leaves the entity list; one that speaks stays', () => {
  const idle = run('زار وفد من رجال الأعمال أنقرة الأسبوع الماضي في إطار تعاون مع الحكومة التركية في مجال الطاقة.', '2018-06-01');
  assert.ok(!idle.entities.some((e) => e.kbId === 'org:turkish-government'), 'idle government left out');
  assert.ok(idle.entities.some((e) => e.kbId === 'loc:ankara' || e.nameEn === 'Ankara'), 'the place stays');
  const speaks = run('وقالت الحكومة التركية في بيان إنها "لن تقبل بأي تدخل في شؤونها الداخلية".', '2018-06-01');
  const gov = speaks.entities.find((e) => e.kbId === 'org:turkish-government');
  assert.ok(gov, 'a speaking government stays');
  assert.ok(speaks.quotes.some((q) => q.speaker === gov!.id));
});

test('a named government stays although nothing names it as an actor', () => {
  const a = run('عقد وفد من حكومة الوفاق الوطني لقاء مع ممثلين عن المجتمع المدني في طرابلس.', '2018-06-01');
  assert.ok(a.entities.some((e) => e.kbId === 'org:government-of-national-accord'));
});

test('a body named without its state is the one of its states the article names in full', () => {
  const a = run('خفض البنك المركزي الإيراني قيمة العملة بعد العقوبات التي فرضتها الولايات المتحدة على طهران. واعتقلت السلطات نائب مدير البنك المركزي السابق بتهم فساد.', '2018-08-13');
  const bare = a.document.text.indexOf('البنك المركزي السابق');
  const e = a.entities.find((x) => x.mentions.some((m) => m.start === bare && m.text === 'البنك المركزي'));
  assert.equal(e?.kbId, 'org:central-bank-of-iran');
});

test('a governorate named by its unit noun is the governorate, not the city', () => {
  const a = run('سقط صاروخ في محافظة تعز جنوب غرب اليمن، فيما هدأ القتال داخل مدينة تعز نفسها.', '2018-06-01');
  const gov = a.entities.find((e) => e.mentions.some((m) => m.text === 'محافظة تعز'));
  assert.equal(gov?.nameEn, 'Taiz Governorate');
  assert.equal(gov?.country, 'YEM');
  assert.notEqual(gov?.kbId, 'loc:taizz-ye');
  // The KB's governorate where it has one, also behind a hashtag.
  const b = run('قصفت الميليشيات قرى في محافظة #الحديدة غرب اليمن.', '2018-06-01');
  const m = b.entities.flatMap((e) => e.mentions.map((x) => ({ e, x }))).find(({ x }) => x.text.startsWith('محافظة'));
  assert.equal(m?.e.kbId, 'loc:hodeidah-governorate');
  assert.equal(b.document.text.slice(m!.x.start, m!.x.end), 'محافظة #الحديدة');
  // Not in a country that calls other units so.
  const c = run('زار الوفد محافظة باريس الأسبوع الماضي.', '2018-06-01');
  assert.ok(!c.entities.some((e) => / Governorate$/.test(e.nameEn ?? '')));
});

test('the governorate file is checked', async () => {
  const { buildUnitCountries } = await import('./words17.ts');
  assert.throws(() => buildUnitCountries('x.json', { countries: { yem: 'Governorate' } }), /RASD_E008|countries/);
  assert.equal(buildUnitCountries('x.json', { countries: { YEM: 'Governorate' } }).get('YEM'), 'Governorate');
});

test('a foreign name the recognizer missed after a title is the title holder', () => {
  const a = run('وقالت سفيرة كندا بريتا نوفلاكي إن بلادها تدعم القرار.', '2018-06-01');
  const t = a.entities.find((e) => e.mentions.some((m) => m.kind === 'title' && m.text === 'سفيرة كندا'));
  assert.ok(t, 'the title has an entity');
  assert.ok(t!.mentions.some((m) => m.kind === 'name' && m.text === 'بريتا نوفلاكي'), 'the name is its mention');
  // Common words after a title are no name.
  const b = run('وقال الرئيس الأمريكي أمس إن الاقتصاد قوي.', '2018-06-01');
  assert.ok(!b.entities.some((e) => e.mentions.some((m) => m.kind === 'name' && m.text.includes('أمس'))));
});

test('words after a title that read as Arabic nouns or verbs are no missed name', () => {
  for (const t of ['وقالت الملكة رانيا سيزوران البلاد الأسبوع المقبل.', 'فكان الرد أن الوزيرة قصدت تضاعف الإعدامات.']) {
    const a = run(t, '2018-06-01');
    assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.kind === 'name' && /سيزوران|قصدت/.test(m.text))), t);
  }
});

test('a state body named without its state is the clear story state\'s', () => {
  const a = run('جرت الانتخابات في فنزويلا الأحد وسط مقاطعة المعارضة. وأعلنت المحكمة العليا أن النتائج نهائية، فيما احتفل أنصار الرئيس في كراكاس.', '2018-06-01');
  const court = a.entities.find((e) => e.mentions.some((m) => m.text === 'المحكمة العليا'));
  assert.equal(court?.country, 'VEN');
  assert.match(court?.nameEn ?? '', /Venezuelan/);
  // A story of two states gives none.
  const b = run('التقى وزير خارجية تركيا بنظيره السعودي في الرياض بعد زيارة إلى أنقرة. وقالت النيابة العامة إن التحقيق مستمر في إسطنبول.', '2018-10-19');
  const pros = b.entities.find((e) => e.mentions.some((m) => m.text === 'النيابة العامة'));
  assert.ok(!pros || !pros.country, `${pros?.nameEn}`);
});
