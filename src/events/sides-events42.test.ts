/**
 * Branch events42: sides on new text (docs/events.md, "Seventeenth session: sides on new text (events42)"). A verb-first
 * clause's object after a comma-closed occasion aside that names where or how the act was said (، في قصر الحسينية،
 * ، في تغريدة على تويتر،). Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';
import type { SurfaceSpec } from './standin.ts';

const KWT = state('kwt', 'KWT', ['الكويت'], ['الكويتي', 'الكويتية']);
const IRN = state('irn', 'IRN', ['إيران', 'طهران'], ['الإيراني', 'الإيرانية']);
const RUS = state('rus', 'RUS', ['روسيا', 'موسكو'], ['الروسي', 'الروسية']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي', 'السعودية']);
/** A place the knowledge base does not place: an entity with no code. */
const PALACE: SurfaceSpec = { id: 'palace', type: 'LOC', name: 'قصر الندى', country: null, actor: null, surfaces: ['قصر الندى'] };
const opts: TripleOptions = { extra: [KWT, IRN, RUS, SAU, PALACE] };

test('an occasion aside naming an uncoded place does not hide the object after it', () => {
  const got = triples('استقبل العاهل الأردني، في قصر الندى، الاثنين، وزير الخارجية الكويتي.', opts);
  assert.ok(got.includes('CONSULT JOR>KWT asserted'), got.join('; '));
});

test('an occasion aside naming a city (a place after في) does not hide the object after it', () => {
  const got = triples('واتهم وزير الخارجية الفرنسي، في كلمة بالرياض، إيران بدعم الإرهاب.', opts);
  assert.ok(got.includes('ACCUSE FRA>IRN asserted'), got.join('; '));
  const got2 = triples('واتهم وزير الخارجية الفرنسي، خلال مؤتمر صحفي في الرياض، إيران بدعم الإرهاب.', opts);
  assert.ok(got2.includes('ACCUSE FRA>IRN asserted'), got2.join('; '));
});

test('an aside naming another side is still no aside to skip: its actor may be the other party', () => {
  // the partner of a talk named in the aside keeps being the talk's other side
  const got = triples('وبحث وزير الخارجية المصري، خلال اتصال هاتفي مع نظيره الروسي، الأزمة في سوريا.', opts);
  assert.ok(got.includes('CONSULT EGY>RUS asserted'), got.join('; '));
});

test('a noun of being killed takes as its doer the doer of the attack it happened in', () => {
  let got = triples('مقتل مسلحين عراقيين في غارات تركية قرب الحدود.', opts);
  assert.ok(got.includes('ASSAULT TUR>IRQ asserted'), got.join('; '));
  got = triples('وأعلنت وزارة الدفاع مقتل جنديين مصريين في هجوم شنه مسلحون أتراك.', opts);
  assert.ok(got.includes('ASSAULT TUR>EGY asserted'), got.join('; '));
  // an attack with no doer named gives no side
  got = triples('مقتل مسلحين عراقيين في غارات قرب الحدود.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
  // a verb between: the attack belongs to a clause on the victim, not to the killing
  got = triples('مقتل عراقيين شاركوا في غارات تركية قرب الحدود.', opts);
  assert.ok(!got.includes('ASSAULT TUR>IRQ asserted'), got.join('; '));
});

test('an accusation noun names the accused in the clause after بأن / أن', () => {
  let got = triples('وقال المتحدث إن الاتهامات البريطانية بأن روسيا تقف وراء الهجوم لا أساس لها.', { extra: [...opts.extra!, state('gbr', 'GBR', ['بريطانيا', 'لندن'], ['البريطاني', 'البريطانية'])] });
  assert.ok(got.includes('ACCUSE GBR>RUS asserted'), got.join('; '));
  // a noun with its accused already named keeps it
  got = triples('وجاء ذلك ردا على اتهامات مصرية لإيران بأن طهران تدعم المسلحين.', opts);
  assert.ok(got.includes('ACCUSE EGY>IRN asserted'), got.join('; '));
  // a word other than the noun's qualifiers between: the clause is not what it charges
  got = triples('وتصاعدت الاتهامات المصرية في الأيام الأخيرة بعد أن أعلنت إيران دعمها للمسلحين.', opts);
  assert.ok(!got.includes('ACCUSE EGY>IRN asserted'), got.join('; '));
});

test('an adjective of kind (إعلامي، دبلوماسي، لوجستي، إنساني) between a noun and its demonym doer (grammar mannerAdjectives)', () => {
  const got = triples('وتحدث الوزير عن الدعم الإعلامي الإيراني للعراق.', opts);
  assert.ok(got.includes('SUPPORT IRN>IRQ asserted'), got.join('; '));
});
