/**
 * Branch events24: recall on random corpus text. The verbal noun of every verb-object pattern is a trigger through the
 * lexicon's masdar table (إبرام اتفاق، إجراء محادثات، قبول دعوة), never shadowing a written pattern nor a verb spelt like
 * its noun; a launch with no named doer takes its source from where it was fired (من قطاع غزة، من الأراضي السورية),
 * also with the projectile before a passive verb and an approximate count inside the pattern; a pattern ending in ة
 * has no pronoun doer. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, resources, triples, state, type TripleOptions } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';
import { masdarObjectSeqs } from './lexicon.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية']);
const PSE = state('pse', 'PSE', ['قطاع غزة', 'غزة'], ['الفلسطيني', 'الفلسطينية']);
const YEM = state('yem', 'YEM', ['اليمن', 'صعدة'], ['اليمني', 'اليمنية']);
const SAU = state('sau', 'SAU', ['السعودية', 'جازان', 'نجران'], ['السعودي', 'السعودية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const ETH = state('eth', 'ETH', ['إثيوبيا', 'أديس أبابا'], ['الإثيوبي', 'الإثيوبية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const HOUTHIS: SurfaceSpec = { id: 'houthis', type: 'ORG', name: 'الحوثيون', country: 'YEM', actor: 'YEMREB', surfaces: ['الحوثيين', 'الحوثيون'] };
const PRK = state('prk', 'PRK', ['كوريا الشمالية', 'بيونغ يانغ'], ['الكوري الشمالي', 'الكورية الشمالية']);
const opts: TripleOptions = { extra: [...ALL, ISR, PSE, YEM, SAU, SYR, ETH, USA, PRK] };

test('the loader adds MASDAR OBJECT patterns from the masdar table, object in the genitive', () => {
  const seqs = masdarObjectSeqs(
    { id: 'x', verbs: [['أبرم', 'يبرم'], ['شن', 'يشن']], object: ['اتفاقا', 'صفقة'], cameo: '057', plover: 'SUPPORT', target: ['مع'] },
    { أبرم: ['إبرام'], شن: ['شن'] },
  ).map((s) => s.join(' '));
  assert.ok(seqs.includes('ابرام اتفاق'), seqs.join('; '));
  assert.ok(seqs.includes('ابرام صفقه'), seqs.join('; '));
  // A verbal noun spelt as its verb stays the verb's.
  assert.ok(!seqs.some((s) => s.startsWith('شن')), seqs.join('; '));
  assert.ok(resources.eventLexicon.nounSeqs.some((q) => q.words.join(' ') === 'ابرام اتفاق'));
});

test('a verbal noun of a verb-object pattern is an event with the sides of its clause', () => {
  const got = triples('وتسعى مصر إلى إبرام اتفاق مع إثيوبيا حول مياه النيل.', opts);
  assert.ok(got.some((t) => t.startsWith('SUPPORT EGY>ETH')), got.join('; '));
  const talks = triples('وقالت واشنطن إنها مستعدة لإجراء محادثات مع كوريا الشمالية.', opts);
  assert.ok(talks.some((t) => t.startsWith('CONSULT USA>PRK')), talks.join('; '));
  const deal = triples('وتحدث الرئيس الأمريكي عن إمكانية إبرام صفقة كبرى مع كوريا الشمالية.', opts);
  assert.ok(deal.some((t) => t.startsWith('SUPPORT USA>PRK')), deal.join('; '));
});

test('a verb spelt like its verbal noun keeps the verb reading and its subject', () => {
  const got = triples('وشن الطيران الإسرائيلي غارة على موقع في قطاع غزة.', opts);
  assert.ok(got.some((t) => t.startsWith('ASSAULT ISR>PSE')), got.join('; '));
});

test('a launch with no named doer is coded from where it was fired', () => {
  const gaza = triples('وأطلقت صواريخ من قطاع غزة على جنوب إسرائيل مساء السبت.', opts);
  assert.ok(gaza.includes('ASSAULT PSE>ISR asserted'), gaza.join('; '));
  const count = triples('وتم إطلاق نحو 100 صاروخ من غزة باتجاه إسرائيل.', opts);
  assert.ok(count.includes('ASSAULT PSE>ISR asserted'), count.join('; '));
  const land = triples('وتم إطلاق صاروخين من الأراضي السورية نحو إسرائيل.', opts);
  assert.ok(land.includes('ASSAULT SYR>ISR asserted'), land.join('; '));
});

test('a projectile before a passive launch verb, the origin after it', () => {
  const got = triples('واعترضت الدفاعات الجوية صاروخا باليستيا أطلق من اليمن باتجاه جازان.', opts);
  assert.ok(got.includes('ASSAULT YEM>SAU asserted'), got.join('; '));
});

test('a named launcher stays the source; a place after في is no origin', () => {
  const named = triples('وأطلقت ميليشيات يمنية صاروخا من صعدة باتجاه نجران.', opts);
  assert.ok(!named.some((t) => t.startsWith('ASSAULT YEM>YEM')), named.join('; '));
  const none = triples('وسقطت قذيفة أطلقت في سوريا.', opts);
  assert.ok(!none.some((t) => t.startsWith('ASSAULT')), none.join('; '));
});

test('the origin is no person and not the target itself', () => {
  const got = triples('وأطلقت صواريخ من إسرائيل على إسرائيل.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT ISR>ISR')), got.join('; '));
});

test('a shipment from a state is that state\'s, not the interceptor\'s', () => {
  const got = triples('وأحبطت القوات اليمنية محاولة لتهريب الأسلحة من إيران إلى الحوثيين في صعدة.', { extra: [...opts.extra!, IRN, HOUTHIS] });
  assert.ok(got.some((t) => t.startsWith('AID IRN>YEM')), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('AID YEM>YEM')), got.join('; '));
});

test('بين X، وY pairs the two named with و, not the backer after من', () => {
  const ARE = state('are', 'ARE', ['الإمارات', 'أبوظبي'], ['الإماراتي', 'الإماراتية']);
  const got = triples('واحتدمت المعارك بين الحوثيين، والمقاومة اليمنية، بإسناد من القوات الإماراتية.', { extra: [...opts.extra!, HOUTHIS, ARE] });
  assert.ok(!got.some((t) => t.startsWith('ASSAULT YEM>ARE') || t.startsWith('ASSAULT ARE>YEM')), got.join('; '));
  assert.ok(got.includes('ASSAULT YEM>YEM asserted'), got.join('; '));
});
