/**
 * Branch events32: general forms found by the study of audit15's misses (docs/events.md, "Thirteenth session"). Allowing
 * negated in the future (لن نسمح لإيران) is a threat; a post's place after the subject (السفارة الروسية في فرنسا) does not hide
 * the verb's direct object; an accusation noun with a pronoun and ب + the charge (لاتهامها بدعم) names the accused; a case
 * filed against a state (رفع قضية ضد) is a lawsuit. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, FRA, type TripleOptions } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';

const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية', 'إيرانيين']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية', 'روسا']);
const QAT = state('qat', 'QAT', ['قطر', 'الدوحة'], ['القطري', 'القطرية']);
const ARE = state('are', 'ARE', ['الإمارات', 'أبوظبي'], ['الإماراتي', 'الإماراتية']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['البريطاني', 'البريطانية']);
const RUS_EMBASSY: SurfaceSpec = { id: 'rusemb', type: 'ORG', name: 'السفارة الروسية', country: 'RUS', actor: 'RUSGOV', surfaces: ['السفارة الروسية'] };
const FRA_GOV: SurfaceSpec = { id: 'fragov', type: 'ORG', name: 'الحكومة الفرنسية', country: 'FRA', actor: 'FRAGOV', surfaces: ['الحكومة الفرنسية'] };
const opts: TripleOptions = { extra: [ISR, IRN, RUS, QAT, ARE, GBR, FRA] };
const embassy: TripleOptions = { extra: [RUS, RUS_EMBASSY, FRA_GOV] };

test('allowing negated by لن is a threat, asserted; negated by لم it stays a negated allowing', () => {
  const s1 = 'وقال الوزير إن إسرائيل لن تسمح لإيران بإقامة قواعد عسكرية قرب حدودها.';
  assert.ok(triples(s1, opts).includes('THREATEN ISR>IRN asserted'));
  assert.ok(!triples(s1, opts).some((t) => t.startsWith('CONCEDE')));
  const s2 = 'ولم تسمح إسرائيل لإيران بإقامة قواعد عسكرية.';
  assert.ok(triples(s2, opts).includes('CONCEDE ISR>IRN negated'));
  assert.ok(!triples(s2, opts).some((t) => t.startsWith('THREATEN')));
});

test('a post\'s place after the subject leaves the direct object to the verb', () => {
  assert.ok(triples('دعت السفارة الروسية في فرنسا الحكومة الفرنسية إلى وقف الحملة الإعلامية.', embassy).includes('REQUEST RUS>FRA asserted'));
  // a place with no actor after it is still no object
  assert.ok(!triples('دعت السفارة الروسية في فرنسا إلى وقف الحملة الإعلامية.', embassy).some((t) => t.startsWith('REQUEST RUS>FRA')));
});

test('an accusation noun with a pronoun and ب + the charge: the clause subject accuses the one the pronoun stands for', () => {
  assert.ok(triples('وقاطعت الإمارات قطر العام الماضي لاتهامها بدعم جماعات مسلحة.', opts).includes('ACCUSE ARE>QAT asserted'));
  assert.ok(triples('وطردت بريطانيا دبلوماسيين روسا لاتهامهم بالتجسس.', opts).includes('ACCUSE GBR>RUS asserted'));
  // after إثر/بعد the accusers may be others: no reading
  assert.ok(!triples('وقصفت بريطانيا مواقع روسية إثر اتهامهم بالتجسس.', opts).some((t) => t.startsWith('ACCUSE')));
  // the pronoun stands for the subject: someone else accused it
  assert.ok(!triples('ونفت قطر الأمر لاتهامها بدعم جماعات مسلحة.', opts).some((t) => t.startsWith('ACCUSE')));
  // a pronoun followed by its object is the accuser (the older reading)
  assert.ok(!triples('وهاجمت قطر الإمارات لاتهامها الدوحة بدعم جماعات مسلحة.', opts).includes('ACCUSE QAT>ARE asserted'));
});

test('a case filed against a state is a lawsuit', () => {
  assert.ok(triples('ورفعت قطر قضية ضد الإمارات أمام المحكمة الدولية.', opts).includes('ACCUSE QAT>ARE asserted'));
});

test('a press conference with someone is a meeting both ways; one without a partner is none', () => {
  const got = triples('وقال وزير الخارجية الفرنسي في مؤتمر صحفي مشترك مع نظيره الإيراني في باريس إن الاتفاق صامد.', opts);
  assert.ok(got.includes('CONSULT FRA>IRN asserted') && got.includes('CONSULT IRN>FRA asserted'), got.join('; '));
  assert.ok(!triples('وقال وزير الخارجية الفرنسي في مؤتمر صحفي في باريس إن الاتفاق صامد.', opts).some((t) => t.startsWith('CONSULT')));
});

test('the accused-pronoun reading is not taken when the subject is a person', () => {
  const ROUHANI: SurfaceSpec = { id: 'rouhani', type: 'PER', name: 'روحاني', country: 'IRN', actor: 'IRNGOV', surfaces: ['روحاني'] };
  const ISR2 = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلية', 'إسرائيلية']);
  const o = { extra: [IRN, ISR2, ROUHANI] };
  assert.ok(!triples('وتعرض روحاني لحملة إسرائيلية لاتهامه بدعم جماعات مسلحة.', o).some((t) => t.startsWith('ACCUSE')));
});

test('a crowd gathered to bid farewell or to celebrate is no protest', () => {
  assert.ok(!triples('واحتشد الفرنسيون في باريس لوداع المغني الراحل.', opts).some((t) => t.startsWith('PROTEST')));
  assert.ok(!triples('واحتشد الفرنسيون في باريس للاحتفال بفوز المنتخب.', opts).some((t) => t.startsWith('PROTEST')));
  assert.ok(triples('واحتشد الفرنسيون في باريس احتجاجا على الحكم.', opts).includes('PROTEST FRA>- asserted'));
});
