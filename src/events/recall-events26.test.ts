/**
 * Branch events26: kinds of miss found by the miss anatomy (scripts/event-miss-anatomy.ts) and the random-news audit
 * (test/gold/events-audit11), each counted on corpus text: reaching an agreement named by its verbal noun (التوصل إلى
 * اتفاق, spelt as its verb, so matched only with the article); a verbal noun whose doer, in the genitive, stands between
 * it and its pattern's object (إطلاق قوات إسرائيلية النار); backing named by "بدعم من X" and a passive participle of
 * support with its backer after ب (مدعومة بالطيران الروسي). Sentences written for these tests, entities from the
 * stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية', 'إيرانية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const ISR = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلي', 'الإسرائيلية', 'إسرائيلية']);
const PSE = state('pse', 'PSE', ['غزة'], ['الفلسطينيين', 'الفلسطيني', 'الفلسطينية']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const YEM = state('yem', 'YEM', ['اليمن'], ['اليمني', 'اليمنية']);
const opts: TripleOptions = { extra: [IRN, USA, ISR, PSE, SAU, RUS, SYR, YEM] };

test('reaching an agreement named by its verbal noun, with the article, is an agreement with the side after مع or بين', () => {
  expectTriples('ويسعى الرئيس الأمريكي إلى التوصل إلى اتفاق جديد مع إيران.', ['AGREE USA>IRN intended', 'AGREE IRN>USA intended'], opts);
  expectTriples('وأعلن الوسطاء التوصل إلى هدنة بين إسرائيل وغزة.', ['AGREE ISR>PSE asserted', 'AGREE PSE>ISR asserted'], opts);
  expectTriples('وتأمل موسكو في التوصل لاتفاق مع واشنطن.', ['AGREE RUS>USA intended'], opts);
});

test('the verb توصل keeps its own reading: its subject after it is the side', () => {
  expectTriples('وتوصلت إيران إلى اتفاق مع الولايات المتحدة.', ['AGREE IRN>USA asserted'], opts);
  // without the article the word is the verb, not the noun pattern: no agreement of the speaker's state
  assert.ok(!triples('وقال الوزير السعودي إنه توصل إلى اتفاق مع الشركة.', opts).some((t) => t.startsWith('AGREE SAU>')));
});

test("a verbal noun's doer between it and its object: إطلاق قوات إسرائيلية النار، افتتاح الولايات المتحدة سفارتها", () => {
  expectTriples('وقتل شابان إثر إطلاق قوات إسرائيلية النار على المتظاهرين الفلسطينيين.', ['ASSAULT ISR>PSE asserted'], opts);
  expectTriples('وتزامنت الاحتجاجات مع افتتاح الولايات المتحدة سفارتها في القدس.', ['SUPPORT USA>ISR asserted'], { extra: [...opts.extra!, state('jer', 'ISR', ['القدس'], [])] });
  expectTriples('وأدان المجلس إطلاق الحوثيين لصواريخ باتجاه الرياض.', [], opts);
});

test('no doer in the gap for a verb of two objects: the first genitive of تسليم is its receiver', () => {
  assert.ok(!triples('وحذرت إسرائيل من تسليم النظام السوري منظومة صواريخ.', opts).some((t) => t.startsWith('AID SYR>')));
});

test('backing named by بدعم من X, and by a passive participle with its backer after ب, is from X to the forces before', () => {
  expectTriples('وأحرز الجيش السوري بدعم من روسيا تقدما في ريف المدينة.', ['AID RUS>SYR asserted'], opts);
  expectTriples('وتقدمت قوات الجيش اليمني، بدعم من السعودية، نحو المدينة.', ['AID SAU>YEM asserted'], opts);
  // (events46) backed by an air force is military backing, AID as بإسناد من is (supported-by contextCodes)
  expectTriples('وتستمر قوات النظام السوري، مدعومة بالطيران الروسي، بعمليتها العسكرية.', ['AID RUS>SYR asserted'], opts);
});

test('the backer of a backing phrase before is not the one backed', () => {
  const got = triples('وتتقدم القوات اليمنية بإسناد من السعودية وبدعم من إيران نحو المدينة.', opts);
  assert.ok(!got.includes('AID IRN>SAU asserted'), got.join('; '));
});

test('defeat (دحر) by its verb forms and its verbal noun, whose genitive is the defeated', () => {
  expectTriples('ودحرت القوات السعودية ميليشيات الحوثي في اليمن.', ['ASSAULT SAU>YEM asserted'], opts);
  expectTriples('وتمكن الجيش السعودي من دحر القوات اليمنية.', ['ASSAULT SAU>YEM asserted'], opts);
});

test('an indefinite act of force followed by ل + a force is that force act; ل after a verbal noun names the target', () => {
  expectTriples('وقتل مدنيون في غارة جوية للقوات السعودية على صعدة في اليمن.', ['ASSAULT SAU>YEM asserted'], opts);
  assert.ok(!triples('ومنعت موسكو توجيه ضربات جوية للقوات الإيرانية في سوريا.', opts).some((t) => t.startsWith('ASSAULT IRN>')));
  assert.ok(!triples('وهدد ترامب بتوجيه ضربة عسكرية لسوريا.', opts).includes('ASSAULT SYR>- asserted'));
});
