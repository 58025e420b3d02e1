/**
 * Branch events29: sides the sentence does not name in the words of its act. A noun of deciding or intending that carries
 * a pronoun (قرارها، نيته، استعدادها) names the doer of the act after it through that pronoun; a both-sides word (الجانبان،
 * الطرفان، البلدان) as the subject of a one-way act makes each of the two sides named before a doer of it toward a third
 * party. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, expectTriples, state, type TripleOptions } from './test-kit.ts';

const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية', 'الإيرانيين']);
const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'الأمريكيين']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['البريطاني', 'البريطانية', 'البريطانيين']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية', 'الروس']);
const opts: TripleOptions = { extra: [IRN, USA, GBR, RUS] };

test('a decision or intention noun with a pronoun: the pronoun is the doer of the act after it', () => {
  expectTriples('وجدد الرئيس الأمريكي تأكيد نيته سحب القوات الأمريكية من العراق.', ['RETREAT USA>IRQ intended'], opts);
  expectTriples('وانتقد الكرملين واشنطن بعد إعلان اعتزامها الانسحاب من الاتفاق النووي مع إيران.', ['REJECT USA>IRN intended'], opts);
  expectTriples('وقال الوزير إن الحكومة البريطانية أعلنت قرارها طرد 23 دبلوماسيا روسيا.', ['SANCTION GBR>RUS asserted'], opts);
});

test('an intention noun makes the act intended, with a genitive or a pronoun', () => {
  expectTriples('وأعلن الكرملين نية روسيا طرد الدبلوماسيين البريطانيين.', ['SANCTION RUS>GBR intended'], opts);
  expectTriples('وأعلنت روسيا عزمها طرد الدبلوماسيين البريطانيين.', ['SANCTION RUS>GBR intended'], opts);
  // Under a denial the act stays negated.
  expectTriples('وتنفي روسيا نيتها طرد الدبلوماسيين البريطانيين.', ['SANCTION RUS>GBR negated'], opts);
  expectTriples('وقال الوزير إن روسيا ليست لديها نية لطرد الدبلوماسيين البريطانيين.', ['SANCTION RUS>GBR negated'], opts);
});

test('not the one who demands the act (مطالبتها), and not a pronoun whose antecedent is not there', () => {
  assert.ok(!triples('وجددت بريطانيا مطالبتها بطرد الدبلوماسيين الروس.', opts).some((t) => t.startsWith('SANCTION GBR>RUS asserted')));
  assert.deepEqual(triples('وأكد البيان نيته طرد الدبلوماسيين الروس.', opts), []);
});

test('a both-sides word as the subject of a one-way act: each side does it to the third party', () => {
  const meeting = 'التقى الرئيس الإيراني وزير الخارجية الروسي في طهران. ';
  expectTriples(meeting + 'واتهم الطرفان الولايات المتحدة بزعزعة الاستقرار في المنطقة.', ['ACCUSE IRN>USA asserted', 'ACCUSE RUS>USA asserted'], opts);
  expectTriples(meeting + 'والجانبان يدينان العقوبات الأمريكية.', ['ACCUSE IRN>USA asserted', 'ACCUSE RUS>USA asserted'], opts);
  expectTriples(meeting + 'وأدان الجانبان الهجوم الأمريكي على العراق.', ['ACCUSE IRN>USA asserted', 'ACCUSE RUS>USA asserted'], opts);
});

test('the two sides do not condemn each other, and mutual acts keep both directions', () => {
  const meeting = 'التقى الرئيس الإيراني وزير الخارجية الروسي في طهران. ';
  const got = triples(meeting + 'وأدان الجانبان الهجوم الأمريكي على العراق.', opts);
  assert.ok(!got.includes('ACCUSE IRN>RUS asserted') && !got.includes('ACCUSE RUS>IRN asserted'), got.join('; '));
  assert.ok(!triples(meeting + 'وأدان الجانبان الهجوم.', opts).some((t) => t.startsWith('ACCUSE')));
  expectTriples(meeting + 'واتفق الجانبان على تعزيز التعاون.', ['AGREE IRN>RUS asserted', 'AGREE RUS>IRN asserted'], opts);
  assert.ok(!triples(meeting + 'ودعا الزعيمان إلى عملية سياسية شاملة.', opts).some((t) => t.startsWith('REQUEST')));
  // Acts other than voice keep their reading between the two when no third party follows.
  expectTriples(meeting + 'ووافق الجانبان على فتح سفارة كل منهما لدى الأخرى.', ['CONCEDE IRN>RUS asserted', 'CONCEDE RUS>IRN asserted'], opts);
});

test('بين البلدين is no subject', () => {
  const got = triples('التقى الرئيس الإيراني وزير الخارجية الروسي. وتتواصل المحادثات بين البلدين لإدانة العقوبات الأمريكية.', opts);
  assert.ok(!got.includes('ACCUSE IRN>USA asserted'), got.join('; '));
});

test('a denial answers an accusation up to three sentences back, also one whose triple was coded before', () => {
  const accusation = 'واتهمت بريطانيا روسيا بتسميم الجاسوس. ';
  const between = 'وقال الوزير إن التحقيق مستمر. وأضاف أن الأدلة كثيرة. ';
  expectTriples(accusation + between + 'وتنفي روسيا أي تورط في الهجوم.', ['REJECT RUS>GBR asserted'], opts);
  expectTriples(accusation + 'وعقد البرلمان جلسة. ' + accusation.replace('واتهمت', 'وكانت قد اتهمت') + between + 'لكن روسيا نفت تورطها.', ['REJECT RUS>GBR asserted'], opts);
  assert.ok(!triples(accusation + between + 'وقال الوزير إن التحقيق طويل. ' + 'وتنفي روسيا أي تورط في الهجوم.', opts).includes('REJECT RUS>GBR asserted'));
});

test('the victims of a harm read as passive take the doer of the attack that harmed them', () => {
  expectTriples('وقتل ثلاثة جنود بريطانيين في غارة شنتها الطائرات الروسية.', ['ASSAULT RUS>GBR asserted'], opts);
  expectTriples('وأصيب ثلاثة جنود بريطانيين بغارة شنتها الطائرات الروسية.', ['ASSAULT RUS>GBR asserted'], opts);
  assert.ok(!triples('وأصيب ثلاثة جنود بريطانيين في حادث سير قرب القاعدة الروسية.', opts).some((t) => t.startsWith('ASSAULT RUS>GBR')));
});
