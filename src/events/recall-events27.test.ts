/**
 * Branch events27: kinds of miss found on new random news (test/gold/events-audit12 with events-audit11), each counted
 * on corpus text: a withdrawal from "the nuclear deal" with no party named (the lexicon's objectStates: Iran's deal); an
 * arrest or sentence whose target is named and whose doer is not, done by the state of the place after في (placeDoer);
 * the one-word agent phrase بأيدي. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية', 'إيرانية', 'إيرانيين', 'إيراني']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'الأميركي', 'أمريكي']);
const DEU = state('deu', 'DEU', ['ألمانيا', 'برلين'], ['الألمانية', 'ألمان']);
const ISR = state('isr', 'ISR', ['إسرائيل'], ['الإسرائيلي', 'إسرائيليين']);
const PSE = state('pse', 'PSE', ['غزة'], ['الفلسطينيين']);
const PRK = state('prk', 'PRK', ['كوريا الشمالية'], []);
const opts: TripleOptions = { extra: [IRN, USA, DEU, ISR, PSE, PRK] };

test("a withdrawal from the nuclear deal with no party named is a rejection of Iran's deal", () => {
  expectTriples('وتأتي هذه التطورات بعد الانسحاب الأميركي من الاتفاق النووي.', ['REJECT USA>IRN asserted'], opts);
  expectTriples('وأعلن الرئيس انسحاب الولايات المتحدة من الاتفاق النووي الموقع عام 2015.', ['REJECT USA>IRN asserted'], opts);
});

test('not a rejection of Iran by those who reject its cancellation, nor a deal with another party', () => {
  assert.ok(!triples('وأعربت فرنسا وألمانيا عن رفضهما لإلغاء الاتفاق النووي.', opts).some((t) => t.startsWith('REJECT DEU>IRN') || t.startsWith('REJECT FRA>IRN')));
  assert.ok(!triples('وهدد الرئيس الأمريكي بالانسحاب من الاتفاق النووي مع كوريا الشمالية.', opts).some((t) => t.includes('>IRN')));
  assert.ok(!triples('وقال الوزير الإيراني إن بلاده لن تنسحب من الاتفاق النووي.', opts).some((t) => t.includes('IRN>IRN')));
});

test('an arrest with its target named and no doer is done by the state of the place after في', () => {
  expectTriples('وألقي القبض على ثلاثة إيرانيين في ألمانيا.', ['COERCE DEU>IRN asserted'], opts);
  expectTriples('وألقت الشرطة القبض على رجل إيراني في ألمانيا.', ['COERCE DEU>IRN asserted'], opts);
  expectTriples('وأعربت برلين عن قلقها إزاء اعتقال مواطنين ألمان في تركيا.', ['COERCE TUR>DEU asserted'], opts);
});

test("not the place of a relative clause or of another act, not البلاد, not when the doer is named", () => {
  assert.ok(!triples('ويمثل إلقاء القبض على القيادي ضربة للإيرانيين الذين يشنون هجمات في مصر.', opts).some((t) => t.startsWith('COERCE EGY>')));
  assert.ok(!triples('وطالبت الجامعة بمحاكمة المسؤولين الإسرائيليين عن قتل المتظاهرين في غزة.', opts).some((t) => t.startsWith('COERCE PSE>')));
  expectTriples('واعتقلت الشرطة التركية ثلاثة ألمان في ألمانيا.', ['COERCE TUR>DEU asserted'], opts);
});

test('بأيدي, one word, is an agent phrase like على أيدي', () => {
  expectTriples('وقتل ثلاثة من الفلسطينيين بأيدي جنود إسرائيليين على الحدود.', ['ASSAULT ISR>PSE asserted'], opts);
});

const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري']);
const OPCW = { id: 'opcw', type: 'ORG' as const, name: 'منظمة حظر الأسلحة الكيميائية', country: 'IGO', actor: 'IGOOPCW', surfaces: ['منظمة حظر الأسلحة الكيميائية'] };
const pairOpts: TripleOptions = { extra: [...opts.extra!, RUS, SYR, OPCW] };

test('a dual verb right after two actors joined by و has them as its subject, not the actor after it', () => {
  expectTriples('وأكد السفير أن موسكو ودمشق تطالبان منظمة حظر الأسلحة الكيميائية بإرسال محققين.', ['REQUEST RUS>IGO asserted', 'REQUEST SYR>IGO asserted'], pairOpts);
  expectTriples('وقال إن روسيا وإيران تدعمان النظام السوري.', ['SUPPORT RUS>SYR asserted', 'SUPPORT IRN>SYR asserted'], pairOpts);
  expectTriples('وكانت مصر والأردن قد طالبتا إسرائيل بوقف الهجوم.', ['REQUEST EGY>ISR asserted', 'REQUEST JOR>ISR asserted'], pairOpts);
  assert.ok(!triples('وقال إن روسيا وإيران تدعمان النظام السوري.', pairOpts).some((t) => t.startsWith('SUPPORT SYR>')));
});

test('a mutual dual verb keeps both ways; an accusative noun (دعما) is no dual verb', () => {
  expectTriples('وكانت روسيا وتركيا قد اتفقتا على وقف إطلاق النار.', ['AGREE RUS>TUR asserted', 'AGREE TUR>RUS asserted'], pairOpts);
  assert.ok(!triples('وتتلقى القوات السورية والوحدات التركية دعما أمريكيا.', pairOpts).some((t) => t.startsWith('SUPPORT SYR>USA') || t.startsWith('SUPPORT TUR>USA')));
});
