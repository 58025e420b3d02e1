/**
 * Branch events48: wrong types and sides (docs/events.md, "Eighteenth session (events48)"). The genitive of تفجير is what
 * was bombed; an indefinite plural actor in the oblique before a verb with a plural object pronoun is that verb's object.
 * Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';

const USA = state('usa', 'USA', ['أمريكا', 'واشنطن', 'الولايات المتحدة'], ['الأمريكي', 'الأمريكية', 'أمريكيين', 'أمريكيا']);
const LBN = state('lbn', 'LBN', ['لبنان', 'بيروت'], ['اللبناني', 'اللبنانية']);
const PRK = state('prk', 'PRK', ['كوريا الشمالية', 'بيونغ يانغ'], ['الكوري الشمالي', 'الكورية الشمالية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية', 'سوريين']);
const IRQ = state('irq', 'IRQ', ['العراق', 'بغداد'], ['العراقي', 'العراقية', 'عراقيين']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const opts: TripleOptions = { extra: [USA, LBN, PRK, SYR, IRQ, RUS] };

test('the genitive of تفجير is what was bombed, not the bomber', () => {
  let got = triples('وأدين الرجلان بالتخطيط لتفجير السفارة الأمريكية في بيروت.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT USA>')), got.join('; '));
  got = triples('وأدين رجل بالتآمر لتفجير سفارات روسيا والعراق في دمشق.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT RUS>') || t.startsWith('ASSAULT IRQ>')), got.join('; '));
  // the doer named by a demonym adjective stays the source
  got = triples('وأدانت دمشق تفجيرا عراقيا استهدف السفارة الأمريكية.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT USA>')), got.join('; '));
});

test('an indefinite plural actor before a verb with a plural object pronoun is its object', () => {
  // the subject after the verb
  assert.ok(triples('وطالبت واشنطن بالإفراج عن ثلاثة أمريكيين تحتجزهم كوريا الشمالية.', opts).some((t) => t.startsWith('COERCE PRK>USA')));
  // the subject dropped: the captives are no captors
  let got = triples('وتسعى واشنطن لإقناع كوريا الشمالية بإطلاق سراح ثلاثة أمريكيين يحتجزهم.', opts);
  assert.ok(!got.some((t) => t.startsWith('COERCE USA>')), got.join('; '));
  got = triples('وأفرج الجيش عن عشرة عراقيين خطفهم مسلحون سوريون.', opts);
  assert.ok(got.includes('ASSAULT SYR>IRQ asserted') && !got.some((t) => t.startsWith('ASSAULT IRQ>')), got.join('; '));
});

const SC: SurfaceSpec = { id: 'sc', type: 'ORG', name: 'مجلس الأمن', country: 'IGO', actor: 'IGOUNO', surfaces: ['مجلس الأمن الدولي', 'مجلس الأمن'] };

test('what a meeting is to discuss (لمناقشة، لبحث ...) holds no side of it', () => {
  let got = triples('وجاء البيان في الوقت الذي يجتمع فيه مجلس الأمن الدولي لمناقشة محاولة اغتيال الجاسوس الروسي.', { extra: [...opts.extra!, SC] });
  assert.ok(!got.some((t) => t.startsWith('CONSULT')), got.join('; '));
  got = triples('ويجتمع مجلس الأمن الدولي الخميس لبحث الأزمة السورية.', { extra: [...opts.extra!, SC] });
  assert.ok(!got.some((t) => t.startsWith('CONSULT')), got.join('; '));
  // a partner after مع before the topic stays
  got = triples('والتقى الوزير الروسي مع نظيره الأمريكي لبحث الأزمة السورية.', opts);
  assert.ok(got.includes('CONSULT RUS>USA asserted'), got.join('; '));
});

test('the future form of a verb carrying an act noun makes the act future', () => {
  let got = triples('وقال إن الوزير الروسي سيحظى بلقاء مع الرئيس الأمريكي.', opts);
  assert.ok(got.includes('CONSULT RUS>USA future'), got.join('; '));
  got = triples('وستستضيف دمشق جولة من المحادثات بين روسيا والعراق.', opts);
  assert.ok(got.includes('CONSULT RUS>IRQ future'), got.join('; '));
  got = triples('وقال إنه سيتم خلال زيارة الرئيس الروسي إلى دمشق توقيع اتفاق.', opts);
  assert.ok(got.some((t) => t.startsWith('CONSULT RUS>SYR') && t.endsWith('future')), got.join('; '));
  // the past form asserts
  got = triples('وشهدت دمشق محادثات بين روسيا والعراق.', opts);
  assert.ok(got.includes('CONSULT RUS>IRQ asserted'), got.join('; '));
});
