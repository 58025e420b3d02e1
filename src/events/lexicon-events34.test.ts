/**
 * Branch events34: trigger families that news uses and the lexicon lacked (docs/events.md, "Thirteenth session ...
 * (events34)"): an order to a named side (أمرت المحكمة الدولة بـ), cutting off water or electricity (قطعت المياه عن),
 * a field advance towards a side (تقدمت القوات نحو), a surrender (استسلم). Sentences written for these tests, entities
 * from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية']);
const PSE = state('pse', 'PSE', ['غزة', 'فلسطين'], ['الفلسطيني', 'الفلسطينية', 'الفلسطينيين']);
const QAT = state('qat', 'QAT', ['قطر', 'الدوحة'], ['القطري', 'القطرية', 'القطريين']);
const ARE = state('are', 'ARE', ['الإمارات', 'أبوظبي'], ['الإماراتي', 'الإماراتية']);
const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق', 'عفرين'], ['السوري', 'السورية']);
const ICJ: SurfaceSpec = { id: 'icj', type: 'ORG', name: 'محكمة العدل الدولية', country: 'IGO', actor: 'IGOUNOJUD', surfaces: ['محكمة العدل الدولية'] };
const opts: TripleOptions = { extra: [ISR, PSE, QAT, ARE, TUR, SYR, ICJ] };

test('an order to a named side is a demand, and what it orders is requested', () => {
  const t = triples('وأمرت محكمة العدل الدولية الإمارات بالسماح للطلاب القطريين بإكمال دراستهم.', opts);
  assert.ok(t.includes('REQUEST IGO>ARE asserted'), t.join(' | '));
  assert.ok(!t.includes('CONCEDE IGO>QAT asserted'), t.join(' | '));
  // no side ordered: no demand
  assert.ok(!triples('وأمر الرئيس بفتح تحقيق في الحادث.', opts).some((x) => x.startsWith('REQUEST')));
});

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
