/**
 * Branch events25: kinds of event the random-news audit (test/gold/events-audit10b) found uncoded and that recur on
 * corpus text. Demonstrators whose place comes before the protest word (شهدت X مظاهرات، وفي X، يعتصم); a civil organ's
 * arrest, trial or referral named by a verbal noun with unnamed people as its object (a domestic act); a referral to the
 * courts (أحال ... إلى القضاء); a statement that is its speaker's act on the clause's subject, inside a quote (X تتحمل
 * المسؤولية: blame; X ستدفع الثمن: threat). Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/document.ts';
import { ALL, segmenter, stage, triples, expectTriples, state, type TripleOptions } from './test-kit.ts';
import { entitiesFromSurfaces, type SurfaceSpec } from './standin.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية']);
const ISR = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلي', 'الإسرائيلية']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي', 'السعودية']);
const opts: TripleOptions = { extra: [IRN, USA, ISR, SAU] };

test('a place a protest is witnessed in, or a place after في before the protest word, names the demonstrators', () => {
  expectTriples('وشهدت مدن جنوب العراق مظاهرات مستمرة بسبب سوء الخدمات.', ['PROTEST IRQ>- asserted'], opts);
  expectTriples('وتشهد العاصمة الأردنية عمان احتجاجات واسعة ضد قانون الضريبة.', ['PROTEST JOR>- asserted'], opts);
  expectTriples('وفي بغداد، يعتصم العشرات أمام مبنى المحافظة.', ['PROTEST IRQ>- asserted'], opts);
  expectTriples('وخرج آلاف المتظاهرين في شوارع طهران احتجاجا على غلاء الأسعار.', ['PROTEST IRN>- asserted'], opts);
});

test('no protest where none was seen, and none where another clause stands between the place and the word', () => {
  assert.deepEqual(triples('ولم تشهد العاصمة عمان أي احتجاجات تذكر.', opts), []);
  assert.deepEqual(triples('وفي القاهرة قال المتحدث إن الاحتجاجات انتهت.', opts), []);
});

test("a civil organ's arrest, detention or trial named by a verbal noun with unnamed people is a domestic act", () => {
  expectTriples('وقررت محكمة مصرية حبس خمسة متهمين.', ['COERCE EGY>EGY asserted'], opts);
  expectTriples('وأعلنت الشرطة الفرنسية توقيف ثلاثة أشخاص.', ['COERCE FRA>FRA asserted'], opts);
  expectTriples('وبدأت محكمة تركية محاكمة عشرين صحفيا.', ['COERCE TUR>TUR asserted'], opts);
  // another state named after the noun: the people may be its own
  assert.ok(!triples('وأعلنت الشرطة الفرنسية توقيف ثلاثة أشخاص يحملون الجنسية الإيرانية.', opts).includes('COERCE FRA>FRA asserted'));
});

test('a referral to the courts is a legal act, also with its court several words on', () => {
  expectTriples('وأحالت النيابة المصرية ستة من رجال الشرطة إلى محكمة الجنايات.', ['COERCE EGY>EGY asserted'], opts);
  expectTriples('وقررت محكمة مصرية إحالة أوراق ستة متهمين في القضية إلى المفتي.', ['COERCE EGY>EGY asserted'], opts);
  // a referral of a file to a committee is no legal act
  assert.deepEqual(triples('وأحالت الحكومة المصرية مشروع القانون إلى البرلمان.', opts).filter((t) => t.startsWith('COERCE')), []);
});

/** The triples of a text whose whole body after the colon is a quote of the given speaker (as the quote stage gives it). */
function quotedTriples(text: string, speaker: SurfaceSpec): string[] {
  const doc = createDoc({ text, date: '2024-05-01' }, segmenter);
  const entities = entitiesFromSurfaces(doc.text, [...ALL, IRN, USA, ISR, SAU, speaker]);
  const who = entities.find((e) => e.id === speaker.id)!;
  const start = text.indexOf(' إن ') >= 0 ? text.indexOf(' إن ') + 1 : text.indexOf('"');
  const quotes = [{ start, end: text.length, text: text.slice(start), speaker: who.id }] as never;
  const events = stage.run(doc, { entities, quotes });
  const country = (id: string | null) => entities.find((e) => e.id === id)?.country ?? '-';
  return [...new Set(events.map((e) => `${e.plover} ${country(e.source)}>${country(e.target)} ${e.modality}`))].sort();
}

const ZARIF: SurfaceSpec = { id: 'zarif', type: 'PER', name: 'محمد جواد ظريف', country: 'IRN', actor: 'IRNGOV', surfaces: ['محمد جواد ظريف', 'ظريف'] };
const TRUMP: SurfaceSpec = { id: 'trump', type: 'PER', name: 'دونالد ترامب', country: 'USA', actor: 'USAGOV', surfaces: ['دونالد ترامب', 'ترامب'] };

test("a speaker saying X bears the responsibility blames X; saying X will pay the price threatens X", () => {
  assert.ok(quotedTriples('وقال ظريف إن الولايات المتحدة تتحمل المسؤولية الكاملة عن الأزمة.', ZARIF).includes('ACCUSE IRN>USA asserted'));
  assert.ok(quotedTriples('وقال ترامب إن إيران ستدفع ثمنا باهظا.', TRUMP).includes('THREATEN USA>IRN future'));
});

test('no blame for a duty asked for, no threat for a price already paid, nothing outside a quote', () => {
  assert.ok(!quotedTriples('وقال ترامب إن السعودية يجب أن تتحمل المسؤولية.', TRUMP).some((t) => t.startsWith('ACCUSE')));
  assert.ok(!quotedTriples('وقال ظريف إن إيران دفعت ثمنا باهظا.', ZARIF).some((t) => t.startsWith('THREATEN')));
  assert.deepEqual(triples('وتتحمل الحكومة المسؤولية عن الأزمة.', opts), []);
});

const YEM = state('yem', 'YEM', ['اليمن', 'صنعاء'], ['اليمني', 'اليمنية']);
const HOUTHIS: SurfaceSpec = { id: 'houthis', type: 'ORG', name: 'الحوثيون', country: 'YEM', actor: 'YEMREB', surfaces: ['الحوثيين', 'الحوثيون'] };
const ISIS: SurfaceSpec = { id: 'isis', type: 'ORG', name: 'تنظيم داعش', country: 'IRQ', actor: 'IRQREB', surfaces: ['تنظيم داعش', 'داعش'] };
const war: TripleOptions = { extra: [IRN, USA, ISR, YEM, HOUTHIS, ISIS] };

test('a count of people from an actor, as the object of a verb with its subject named, is that actor', () => {
  expectTriples('وقتلت قوات الجيش الإسرائيلي 20 من الحوثيين.', ['ASSAULT ISR>YEM asserted'], war);
  expectTriples('واعتقلت الشرطة التركية عددا من عناصر داعش.', ['COERCE TUR>IRQ asserted'], war);
  expectTriples('وطردت السلطات التركية اثنين من مواطني إيران.', ['COERCE TUR>IRN asserted'], war);
  // hosting people counted is no meeting
  assert.ok(!triples('واستقبلت فرنسا مئات الآلاف من العراقيين.', war).some((t) => t.startsWith('CONSULT')));
});

test('capture named by its verbal noun before a count of fighters; families (أسر) are no capture', () => {
  expectTriples('وتمكنت القوات اليمنية من أسر عدد من مقاتلي الحوثيين.', ['COERCE YEM>YEM asserted'], war);
  assert.deepEqual(triples('واستقبل الرئيس الإيراني أسر الجنود القتلى.', war).filter((t) => t.startsWith('COERCE')), []);
});
