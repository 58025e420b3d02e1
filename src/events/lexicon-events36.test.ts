/**
 * Branch events36: forms and families the lexicon lacked (docs/events.md, "Fourteenth session ... (events36)"): closing a
 * state's embassy, consulate or office (SANCTION 161), blaming with أنحى باللائمة, complaining with شكا من, condolences and
 * congratulations offered with تقدم ب / أعرب عن. Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const USA = state('usa', 'USA', ['الولايات المتحدة', 'واشنطن'], ['الأمريكي', 'الأمريكية', 'الأميركية']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const SYR = state('syr', 'SYR', ['سوريا', 'دمشق'], ['السوري', 'السورية']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['البريطاني', 'البريطانية']);
const CHN = state('chn', 'CHN', ['الصين', 'بكين'], ['الصيني', 'الصينية']);
const KWT = state('kwt', 'KWT', ['الكويت'], ['الكويتي', 'الكويتية']);
const opts: TripleOptions = { extra: [USA, RUS, SYR, GBR, CHN, KWT] };

test('closing another state\'s mission, or one\'s own mission in a state, reduces relations', () => {
  let t = triples('وأغلقت روسيا القنصلية الأمريكية في مدينة سان بطرسبرغ.', opts);
  assert.ok(t.includes('SANCTION RUS>USA asserted'), t.join(' | '));
  assert.ok(!t.some((x) => x.startsWith('COERCE')), t.join(' | '));
  t = triples('وأغلقت الولايات المتحدة سفارتها في دمشق.', opts);
  assert.ok(t.includes('SANCTION USA>SYR asserted'), t.join(' | '));
  t = triples('وقررت بريطانيا إغلاق القنصلية الروسية.', opts);
  assert.ok(t.includes('SANCTION GBR>RUS asserted'), t.join(' | '));
  // closing a border stays coercion
  assert.ok(!triples('وأغلقت سوريا الحدود أمام الشاحنات الروسية.', opts).some((x) => x.startsWith('SANCTION')));
});

test('blame laid with أنحى باللائمة على', () => {
  const t = triples('وأنحت بريطانيا باللائمة على روسيا في الهجوم.', opts);
  assert.ok(t.includes('ACCUSE GBR>RUS asserted'), t.join(' | '));
  // the verb without the blame word is nothing
  assert.ok(!triples('وأنحت بريطانيا الخلافات جانبا مع روسيا.', opts).some((x) => x.startsWith('ACCUSE')));
});

test('a complaint with شكا من an actor', () => {
  const t = triples('وشكت الولايات المتحدة من عرقلة الصين لجهودها في مجلس الأمن.', opts);
  assert.ok(t.includes('ACCUSE USA>CHN asserted'), t.join(' | '));
  assert.ok(!triples('ويشكو السكان من نقص المياه.', opts).some((x) => x.startsWith('ACCUSE')));
});

test('condolences and congratulations offered with تقدم ب or أعرب عن', () => {
  let t = triples('وتقدم أمير الكويت بالتعازي إلى الرئيس السوري.', opts);
  assert.ok(t.includes('SUPPORT KWT>SYR asserted'), t.join(' | '));
  t = triples('وأعرب أمير الكويت عن تعازيه للشعب السوري.', opts);
  assert.ok(t.includes('SUPPORT KWT>SYR asserted'), t.join(' | '));
  t = triples('وتقدم أمير الكويت بالتهنئة إلى الرئيس السوري.', opts);
  assert.ok(t.includes('SUPPORT KWT>SYR asserted'), t.join(' | '));
  // an advance stays an advance
  assert.ok(triples('وتقدمت القوات الروسية نحو دمشق.', opts).some((x) => x.startsWith('ASSAULT RUS>SYR')));
});

test('an order to another state\'s actor with its ب complement is a request; the ordered act is requested of that actor', () => {
  const t = triples('وأمرت محكمة العدل الدولية الولايات المتحدة بتخفيف العقوبات على سوريا.', { extra: [...(opts.extra ?? []), { id: 'icj', type: 'ORG', name: 'محكمة العدل الدولية', country: 'IGO', actor: 'IGOICJ', surfaces: ['محكمة العدل الدولية'] }] });
  assert.ok(t.includes('REQUEST IGO>USA asserted'), t.join(' | '));
  assert.ok(t.includes('RETREAT USA>SYR requested'), t.join(' | '));
  // an order with no object actor keeps the ordered act asserted, its doer the verb's subject
  const u = triples('وأمرت الولايات المتحدة بطرد 60 دبلوماسيا روسيا.', opts);
  assert.ok(u.includes('SANCTION USA>RUS asserted'), u.join(' | '));
  assert.ok(!u.some((x) => x.startsWith('REQUEST')), u.join(' | '));
  // an order within one state is no request between sides
  assert.ok(!triples('وأمرت الحكومة السورية الجيش السوري بالانسحاب.', opts).some((x) => x.startsWith('REQUEST')));
});

test('his ministry is no visit', () => {
  const t = triples('وانتقد وزير الخارجية البريطاني، الأحد، روسيا، منحيا عليها باللائمة في هجوم إلكتروني استهدف وزارته.', opts);
  assert.ok(!t.some((x) => x.startsWith('CONSULT')), t.join(' | '));
  assert.ok(t.includes('ACCUSE GBR>RUS asserted'), t.join(' | '));
});
