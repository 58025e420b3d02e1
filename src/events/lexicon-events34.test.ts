/**
 * Branch events34: trigger families that news uses and the lexicon lacked (docs/events.md, "Thirteenth session ...
 * (events34)"): cutting off water or electricity (قطعت المياه عن), a field advance towards a side (تقدمت القوات نحو),
 * a surrender (استسلم), running people over (دهس). Sentences written for these tests, entities from the stand-in surface
 * finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية', 'إسرائيليين', 'إسرائيلية']);
const PSE = state('pse', 'PSE', ['غزة', 'فلسطين'], ['الفلسطيني', 'الفلسطينية', 'الفلسطينيين', 'فلسطيني']);
const QAT = state('qat', 'QAT', ['قطر', 'الدوحة'], ['القطري', 'القطرية', 'القطريين']);
const ARE = state('are', 'ARE', ['الإمارات', 'أبوظبي'], ['الإماراتي', 'الإماراتية']);
const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية']);
const EGY = state('egy', 'EGY', ['مصر', 'القاهرة'], ['المصري', 'المصرية']);
const SDN = state('sdn', 'SDN', ['السودان', 'الخرطوم'], ['السوداني', 'السودانية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق', 'عفرين'], ['السوري', 'السورية']);
const opts: TripleOptions = { extra: [ISR, PSE, QAT, ARE, TUR, SYR, EGY, SDN] };

test('cutting off water or electricity from a side is coercion', () => {
  const t = triples('وقطعت إسرائيل الكهرباء عن غزة منذ ثلاثة أيام.', opts);
  assert.ok(t.includes('COERCE ISR>PSE asserted'), t.join(' | '));
  // cutting relations stays a sanction
  assert.ok(!triples('وقطعت الإمارات العلاقات مع قطر.', opts).some((x) => x.startsWith('COERCE')));
});

test('a field advance towards a side is an assault', () => {
  const t = triples('وتقدمت القوات التركية نحو عفرين بعد قصف عنيف.', opts);
  assert.ok(t.some((x) => x.startsWith('ASSAULT TUR>SYR')), t.join(' | '));
  // an advance in talks is no assault
  assert.ok(!triples('وأحرزت تركيا تقدما في المحادثات مع سوريا.', opts).some((x) => x.startsWith('ASSAULT')));
});

test('a surrender is a retreat', () => {
  const t = triples('واستسلمت القوات السورية للقوات التركية قرب الحدود.', opts);
  assert.ok(t.some((x) => x.startsWith('RETREAT SYR>TUR')), t.join(' | '));
});

test('running people over is an assault by the driver\'s side', () => {
  const t = triples('ودهس فلسطيني بسيارته جنودا إسرائيليين قرب الخليل.', opts);
  assert.ok(t.some((x) => x.startsWith('ASSAULT PSE>ISR')), t.join(' | '));
});

test('an advance must name where it goes (نحو، باتجاه): a political track that moves on is no assault', () => {
  const t = triples('وشدد الوزير التركي على ضرورة أن يتقدم المسار السياسي في سوريا ضمن خطة الأمم المتحدة.', opts);
  assert.ok(!t.some((x) => x.startsWith('ASSAULT')), t.join(' | '));
});

test('a verb that is no advance without نحو/باتجاه leaves the clause to the complaint after it (تقدمت بشكوى ضد)', () => {
  const t = triples('وأكد وزير الخارجية المصري أن القاهرة تقدمت بشكوى ضد الخرطوم في مجلس الأمن.', opts);
  assert.ok(t.includes('ACCUSE EGY>SDN asserted'), t.join(' | '));
});

test('a raid on a side (أغارت على) is an assault', () => {
  const t = triples('وأغارت طائرات إسرائيلية على مواقع في غزة ليلا.', opts);
  assert.ok(t.some((x) => x.startsWith('ASSAULT ISR>PSE')), t.join(' | '));
});
