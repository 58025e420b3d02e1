/**
 * Branch events30: trigger families and one code rule found by a dense audit of random corpus news
 * (test/gold/events-audit14) and counted on corpus text: an attack verb between two persons is criticism (هاجم الوزير
 * رئيس الوزراء); slapping and kicking (صفع، ركل); encircling (طوق، تطويق); a banquet with someone (مأدبة غداء مع);
 * opposition by its possessed verbal noun (معارضتها لـ) or after أبدى (أبدت معارضة لـ); sending officials or an
 * envoy to a state (أرسل مسؤولين إلى: a visit, both ways); protest marches named with their kind (مسيرات العودة، مسيرة احتجاجية). Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';

const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const ISR = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلي', 'الإسرائيلية', 'إسرائيليا']);
const PSE = state('pse', 'PSE', ['غزة'], ['الفلسطيني', 'الفلسطينية', 'فلسطينيا', 'فلسطينية', 'الفلسطينيون']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const DEU = state('deu', 'DEU', ['ألمانيا', 'برلين'], ['الألماني', 'الألمانية', 'الألمان']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const CHN = state('chn', 'CHN', ['الصين', 'بكين'], ['الصيني', 'الصينية']);
const KWT = state('kwt', 'KWT', ['الكويت'], ['الكويتي', 'الكويتية']);
const DUMA = state('duma', 'SYR', ['مدينة دوما', 'دوما'], []);
const PHL = state('phl', 'PHL', ['الفلبين', 'مانيلا'], ['الفلبيني', 'الفلبينية']);
const person = (id: string, country: string, surface: string): SurfaceSpec => ({ id, type: 'PER', name: surface, country, actor: `${country}GOV`, surfaces: [surface] });
const opts: TripleOptions = { extra: [USA, ISR, PSE, SYR, DEU, RUS, CHN, KWT, PHL, DUMA] };

test('an attack verb whose doer and object are both persons is criticism, not an armed attack', () => {
  const o = { extra: [...opts.extra!, person('p1', 'DEU', 'كارل مولر'), person('p2', 'CHN', 'لي وانغ')] };
  expectTriples('وهاجم كارل مولر لي وانغ بسبب تصريحاته الأخيرة.', ['ACCUSE DEU>CHN asserted'], o);
  assert.ok(!triples('وهاجم كارل مولر لي وانغ بسبب تصريحاته الأخيرة.', o).some((t) => t.startsWith('ASSAULT')));
  // the doer a state or its army: the attack stays armed
  expectTriples('وهاجمت القوات الإسرائيلية غزة فجر اليوم.', ['ASSAULT ISR>PSE asserted'], opts);
});

test('slapping and kicking a person are assaults', () => {
  expectTriples('وصفعت فتاة فلسطينية جنديا إسرائيليا أمام منزلها.', ['ASSAULT PSE>ISR asserted'], opts);
  expectTriples('ويركل جندي إسرائيلي شابا فلسطينيا عند الحاجز.', ['ASSAULT ISR>PSE asserted'], opts);
  // a state named as the one slapped is a figure of speech (peopleOnly)
  assert.deepEqual(triples('العراق يصفع إيران في الانتخابات.', opts).filter((t) => t.startsWith('ASSAULT')), []);
  // the noun صفعة (a slap, often a figure of speech) is no trigger
  assert.deepEqual(triples('ووصفت دمشق القرار بأنه صفعة للولايات المتحدة.', opts).filter((t) => t.startsWith('ASSAULT')), []);
});

test('encircling a town is coercion, the noun طوق (a cordon) is not', () => {
  expectTriples('وتطوق القوات الإسرائيلية غزة منذ أسابيع.', ['COERCE ISR>PSE asserted'], opts);
  assert.deepEqual(triples('وأقام الجيش السوري طوقا أمنيا حول دوما.', opts).filter((t) => t.startsWith('COERCE')), []);
});

test('a banquet with someone is a meeting both ways', () => {
  expectTriples('وأقام الرئيس الأمريكي مأدبة عشاء مع الرئيس الصيني في بكين.', ['CONSULT USA>CHN asserted', 'CONSULT CHN>USA asserted'], opts);
  assert.deepEqual(triples('وأقيمت مأدبة غداء في الفندق.', opts), []);
});

test('opposition named by its possessed verbal noun, or after أبدى, is a rejection of the side after ل', () => {
  expectTriples('وأعلنت الحكومة الألمانية معارضتها للعقوبات الأمريكية.', ['REJECT DEU>USA asserted'], opts);
  expectTriples('وأبدت الولايات المتحدة معارضة للمشروع الألماني مع روسيا.', ['REJECT USA>DEU asserted'], opts);
  // the opposed act keeps its own modality: opposing a withdrawal does not say it did not happen
  assert.ok(!triples('وأعلن الوزير الأمريكي معارضته لانسحاب القوات الروسية من سوريا.', opts).some((t) => t.endsWith('negated')));
  // "the opposition" (a party) is no rejection
  assert.ok(!triples('وقالت المعارضة السورية إنها تدعم الحوار مع روسيا.', opts).some((t) => t.startsWith('REJECT')));
});

test('sending officials or an envoy to a state is a visit, both ways', () => {
  expectTriples('وأرسلت الفلبين مسؤولين إلى الكويت هذا الأسبوع.', ['CONSULT PHL>KWT asserted', 'CONSULT KWT>PHL asserted'], opts);
  expectTriples('وأوفدت الصين مبعوثا إلى دمشق.', ['CONSULT CHN>SYR asserted', 'CONSULT SYR>CHN asserted'], opts);
  // sending forces stays a mobilization
  assert.ok(!triples('وأرسلت روسيا قوات إلى سوريا.', opts).some((t) => t.startsWith('CONSULT')));
});

test('a protest march named with its kind (مسيرات العودة، مسيرة احتجاجية، مسيرات حاشدة) is a protest; the march word alone is not', () => {
  expectTriples('وبدأ الفلسطينيون تنظيم مسيرات العودة قرب الحدود مع إسرائيل.', ['PROTEST PSE>- asserted'], opts);
  expectTriples('وخرج آلاف الألمان في مسيرات احتجاجية في برلين.', ['PROTEST DEU>- asserted'], opts);
  // طائرة مسيرة is a drone, مسيرة alone a career or a march of any kind
  assert.ok(!triples('وأسقطت القوات الإسرائيلية طائرة مسيرة فوق غزة.', opts).some((t) => t.startsWith('PROTEST')));
});
