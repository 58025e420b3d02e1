/**
 * Branch events31: sides left by events29/30. A word spelled as a past verb with a pronoun, after إثر، بعد، بسبب ... or
 * with ل/ب, is a verbal noun whose pronoun is the doer (إثر ركلها جنديين); a request "بناء على طلب" between organs of one
 * state is that state's domestic request. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';

const ISR = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلي', 'الإسرائيلية', 'إسرائيليا', 'إسرائيليين']);
const PSE = state('pse', 'PSE', ['غزة'], ['الفلسطيني', 'الفلسطينية', 'فلسطينيا', 'فلسطينية']);
const EGY = state('egy', 'EGY', ['مصر', 'القاهرة'], ['المصري', 'المصرية']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const opts: TripleOptions = { extra: [ISR, PSE, EGY, RUS] };
const opts2: TripleOptions = { extra: [ISR, PSE, EGY, RUS, USA] };

test('a verb-spelled word with a pronoun after إثر/بسبب or with ل is a verbal noun: the pronoun does the act', () => {
  const s1 = 'واعتقلت القوات الإسرائيلية الفتاة الفلسطينية بسبب صفعها جنديا إسرائيليا.';
  assert.ok(triples(s1, opts).includes('ASSAULT PSE>ISR asserted'));
  assert.ok(!triples(s1, opts).includes('ASSAULT ISR>PSE asserted'));
  const s2 = 'وسجنت إسرائيل الفتاة الفلسطينية لصفعها وركلها جنديا إسرائيليا.';
  assert.ok(triples(s2, opts).includes('ASSAULT PSE>ISR asserted'));
  assert.ok(!triples(s2, opts).includes('ASSAULT ISR>PSE asserted'));
});

test('a request "بناء على طلب" between organs of one state is the domestic request', () => {
  expectTriples('وأصدرت المحكمة في مصر أمرا بحبس الناشط بناء على طلب النيابة.', ['COERCE EGY>EGY asserted', 'REQUEST EGY>EGY asserted'], opts);
  assert.ok(triples('وأصدرت المحكمة في مصر أمرا بحبس الناشط بطلب من النيابة.', opts).includes('REQUEST EGY>EGY asserted'));
  // a foreign requester is not this reading
  assert.ok(!triples('وأصدرت المحكمة في مصر أمرا بحبس الناشط بناء على طلب روسيا.', opts).some((t) => t.startsWith('REQUEST EGY>EGY')));
  // the same organ word on both sides is no dyad
  assert.ok(!triples('وأصدرت المحكمة في مصر أمرا بحبس الناشط بناء على طلب المحكمة.', opts).some((t) => t.startsWith('REQUEST')));
});

test('a reply in kind is the earlier act turned around, with its own modality', () => {
  const e = 'وطردت الولايات المتحدة 60 دبلوماسيا روسيا.';
  assert.ok(triples(`${e} وردت روسيا بالمثل.`, opts2).includes('SANCTION RUS>USA asserted'));
  assert.ok(triples('وطردت الولايات المتحدة 60 دبلوماسيا روسيا، وقالت موسكو إنها سترد بالمثل.', opts2).includes('SANCTION RUS>USA future'));
  assert.ok(triples('وطردت الولايات المتحدة 60 دبلوماسيا روسيا، ولم ترد روسيا بالمثل.', opts2).includes('SANCTION RUS>USA negated'));
  // a third state replying in kind was not the one acted on
  assert.ok(!triples(`${e} وقالت مصر إنها سترد بالمثل.`, opts2).some((t) => t.startsWith('SANCTION EGY')));
  // an act two sentences back is too far
  assert.ok(!triples(`${e} وتحدث الوزير عن الاقتصاد طويلا. وردت روسيا بالمثل.`, opts2).includes('SANCTION RUS>USA asserted'));
});

test('a protest noun right after a request verb is its subject: the march is held, not requested', () => {
  assert.ok(triples('وتطالب المسيرات الاحتجاجية في غزة بعودة اللاجئين.', opts).includes('PROTEST PSE>- asserted'));
  // a protest called for stays requested
  assert.ok(triples('ودعت حماس إلى المشاركة في مسيرة احتجاجية في غزة.', opts).includes('PROTEST PSE>- requested'));
});

test('the object of such a verbal noun may be a noun with its demonym (integrator)', () => {
  // the girl kicked the soldiers; without the noun + demonym object the older reading made Israel (named in "سجون
  // إسرائيل") the one who kicked
  const s = 'وخرجت الفتاة الفلسطينية بعد أشهر في سجون إسرائيل، إثر ركلها وصفعها جنديين إسرائيليين.';
  assert.ok(triples(s, opts).includes('ASSAULT PSE>ISR asserted'));
  assert.ok(!triples(s, opts).includes('ASSAULT ISR>PSE asserted'));
});
