/**
 * Branch events38: constructions and families found by a dense recall audit of random news (docs/events.md, "Fifteenth
 * session: a recall audit and families (events38)"). A pattern's object word heading a relative clause (الصواريخ التي
 * أطلقها الحوثيون، الصواريخ الحوثية التي أطلقت على), a request "بطلب من X" between states, and one held by another
 * (محتجز لدى، مختطف لدى). Sentences written for these tests, entities from the stand-in surface finder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, state, type TripleOptions } from './test-kit.ts';

const YEM = state('yem', 'YEM', ['اليمن', 'صنعاء', 'الحوثيين', 'الحوثيون'], ['اليمني', 'الحوثية']);
const SAU = state('sau', 'SAU', ['السعودية', 'الرياض'], ['السعودي']);
const ISR = state('isr', 'ISR', ['إسرائيل', 'تل أبيب'], ['الإسرائيلي', 'الإسرائيلية']);
const PSE = state('pse', 'PSE', ['غزة', 'فلسطين'], ['الفلسطيني', 'الفلسطينية']);
const GBR = state('gbr', 'GBR', ['بريطانيا', 'المملكة المتحدة'], ['البريطاني', 'البريطانية']);
const FRA = state('fra', 'FRA', ['فرنسا', 'باريس'], ['الفرنسي', 'الفرنسية']);
const DEU = state('deu', 'DEU', ['ألمانيا', 'برلين'], ['الألماني', 'الألمانية']);
const TUR = state('tur', 'TUR', ['تركيا', 'أنقرة'], ['التركي', 'التركية']);
const EGY = state('egy', 'EGY', ['مصر', 'القاهرة'], ['المصري', 'المصرية']);
const opts: TripleOptions = { extra: [YEM, SAU, ISR, PSE, GBR, FRA, DEU, TUR, EGY] };

test('a pattern object heading a relative clause: the verb after the pronoun is still a trigger', () => {
  // resumed by a pronoun on the verb: the subject follows it
  let got = triples('واعترضت الدفاعات الجوية الصواريخ التي أطلقها الحوثيون على الرياض.', opts);
  assert.ok(got.includes('ASSAULT YEM>SAU asserted'), got.join('; '));
  // no pronoun, a target preposition after it: passive, the doer the head's demonym
  got = triples('وتحدث الوزير عن الصواريخ الحوثية التي أطلقت على السعودية أمس.', opts);
  assert.ok(got.includes('ASSAULT YEM>SAU asserted'), got.join('; '));
  // the head a doer, the object after the verb: not the passive reading (the head is no object word)
  got = triples('وقالت مصر إن الجهة التي أطلقت الصواريخ على إسرائيل معروفة.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT EGY>')), got.join('; '));
  // the doer is never an actor before the head: "ندد الوزير المصري بالضربات التي شنتها الدول الغربية" is no Egyptian strike
  got = triples('وندد الوزير المصري بالضربات التي شنتها الدول الغربية على غزة.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT EGY>')), got.join('; '));
  got = triples('وأدان الوزير المصري الضربات التي شنتها إسرائيل على غزة.', opts);
  assert.ok(got.includes('ASSAULT ISR>PSE asserted'), got.join('; '));
  // a relative verb with no target preposition after it is no passive launch
  got = triples('وتحدث الوزير عن الصواريخ الحوثية التي أطلقت أمس.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
});

test('a request "بطلب من X" is X asking the clause subject, between states too', () => {
  const got = triples('وعقدت فرنسا اجتماعا طارئا بطلب من بريطانيا.', opts);
  assert.ok(got.includes('REQUEST GBR>FRA asserted'), got.join('; '));
  assert.ok(!got.includes('REQUEST FRA>GBR asserted'), got.join('; '));
  assert.ok(triples('وأفرجت تركيا عن الصحفي بناء على طلب من ألمانيا.', opts).includes('REQUEST DEU>TUR asserted'));
});

test('one held by another (محتجز لدى، مختطف لدى) is coerced by the holder', () => {
  let got = triples('وقالت برلين إن المواطن الألماني محتجز لدى السلطات التركية.', opts);
  assert.ok(got.includes('COERCE TUR>DEU asserted'), got.join('; '));
  got = triples('وأعلنت باريس أن الصحفي الفرنسي مختطف لدى الحوثيين منذ شهرين.', opts);
  assert.ok(got.includes('COERCE YEM>FRA asserted'), got.join('; '));
  // the participle without لدى right after it is no trigger (a camp, a prisoner)
  got = triples('وزار الوزير الفرنسي معتقل غزة في مصر.', opts);
  assert.ok(!got.some((t) => t.startsWith('COERCE')), got.join('; '));
});

test('waging battles or a war (خاض معارك/حربا ضد، مع) is a fight', () => {
  let got = triples('وتخوض القوات الحوثية معارك عنيفة ضد الجيش السعودي قرب الحدود.', opts);
  assert.ok(got.includes('ASSAULT YEM>SAU asserted'), got.join('; '));
  got = triples('وخاضت إسرائيل حربا على غزة عام 2014.', opts);
  assert.ok(got.includes('ASSAULT ISR>PSE asserted'), got.join('; '));
  // a trade war, an electoral battle or a war on terrorism is no armed fight
  got = triples('وتخوض الصين حربا تجارية مع مصر منذ أشهر.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
  got = triples('وتخوض مصر الحرب على الإرهاب جنبا إلى جنب مع فرنسا.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
  // an election is no battle
  got = triples('وخاضت الأحزاب المصرية الانتخابات ضد مرشحي الحزب الحاكم في القاهرة.', opts);
  assert.ok(!got.some((t) => t.startsWith('ASSAULT')), got.join('; '));
});
